"""08: softmax regression trained by gradient descent on two penguin measurements (front end:
training.js)."""

import functools
import math

import ipywidgets as widgets
import numpy as np
from matplotlib.lines import Line2D

from helpers import numerics, plots
from helpers.datasets import load_penguins
from helpers.explorers.core import Explorer, cells, choice, line, points, slider, snap, text
from helpers.formatting import number, numbers, shown
from helpers.messages import message
from helpers.style import HIGHLIGHT, NEUTRAL, OKABE_ITO, SERIES

FEATURES = ("bill_length_mm", "bill_depth_mm")
LEARNING_RATES = (0.05, 0.5, 5.0)
STEPS = 200
MOST_STEPS = 5000  # the loss at every step travels to the browser
MOST_RATES = 6
EXTENT = 3.0  # the picture spans [-EXTENT, EXTENT]² in standardized units
CELLS = 40  # cells per side of the decision regions
ALPHA_MAX = 0.5  # a cell's opacity when its class is certain; 0 when all are equally likely
POINT_SIZE = 5.5  # the penguins' markers, in points
LOSS_COLOR = OKABE_ITO["black"]  # not a species' colour
ROWS = ("step", "rate", "loss", "prob0", "prob1", "prob2")  # the readout strip, top to bottom
ROW_X, ROW_TOP, ROW_STEP, ROW_GAP, ROW_SIZE = 0.60, 0.90, 0.135, 0.015, 13


# --- the data and the training run ---------------------------------------------------------


@functools.cache
def standardized_penguins(features=FEATURES):
    """Two penguin measurements, each standardized to mean 0 and standard deviation 1.

    The mean and the (population) standard deviation are taken over all rows of
    :func:`helpers.datasets.load_penguins`.

    Returns
    -------
    x : ndarray of float64, shape (n, 2)
        The standardized measurements, read-only.
    species : ndarray of int64, shape (n,)
        The species of each row, 0, 1 or 2.

    Examples
    --------
    >>> x, species = standardized_penguins(("bill_length_mm", "bill_depth_mm"))
    >>> x.shape, species.shape
    ((342, 2), (342,))
    >>> [f"{v:.12f}" for v in np.abs(x.mean(axis=0))], [f"{v:.12f}" for v in x.std(axis=0)]
    (['0.000000000000', '0.000000000000'], ['1.000000000000', '1.000000000000'])
    """
    penguins = load_penguins()
    columns = [penguins.feature_names.index(name) for name in features]
    raw = penguins.features[:, columns]
    x = (raw - raw.mean(axis=0)) / raw.std(axis=0)
    x.flags.writeable = False
    return x, penguins.species


def checkpoints(steps):
    """The steps a training run keeps: every step at first, then fewer and fewer.

    Each spacing s of 1, 2, 5, 10, 20, 50, ... runs up to 20·s, so the fast start
    is seen step by step; ``steps`` itself ends the list.

    >>> checkpoints(200)[:24]
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 26]
    >>> checkpoints(200)[-6:], len(checkpoints(200))
    ([150, 160, 170, 180, 190, 200], 53)
    >>> checkpoints(3)
    [0, 1, 2, 3]
    """
    kept, step, rank = [], 0, 0
    while step < steps:
        kept.append(step)
        while step >= 20 * _spacing(rank):
            rank += 1
        step += _spacing(rank)
    kept.append(steps)
    return kept


def _spacing(rank):
    """1, 2, 5, 10, 20, 50, ... for rank 0, 1, 2, ..."""
    return (1, 2, 5)[rank % 3] * 10 ** (rank // 3)


def mean_cross_entropy(scores, species):
    """The mean over rows of −log softmax(scores)[true species]."""
    log_probs = numerics.log_softmax(scores)
    return float(-np.mean(log_probs[np.arange(len(species)), species]))


def training_run(features=FEATURES, rate=0.5, steps=STEPS):
    """Plain full-batch gradient descent of softmax regression, from zero weights.

    The scores are ``x @ W + b`` for the standardized measurements x
    (:func:`standardized_penguins`); each step moves W and b against the
    gradient of the mean cross-entropy, ``x.T @ (P − Y) / n`` and the mean of
    ``P − Y``, times ``rate``.

    Returns
    -------
    weights : ndarray, shape (len(checkpoints(steps)), 2, 3)
        W at each checkpoint.
    biases : ndarray, shape (len(checkpoints(steps)), 3)
        b at each checkpoint.
    losses : ndarray, shape (steps + 1,)
        The mean cross-entropy before each step (``losses[0]`` at W = 0, b = 0: log 3).

    Examples
    --------
    >>> weights, biases, losses = training_run(rate=0.5, steps=200)
    >>> weights.shape, biases.shape, losses.shape
    ((53, 2, 3), (53, 3), (201,))
    >>> f"{losses[0]:.6f}", f"{math.log(3):.6f}", f"{losses[-1]:.3f}"
    ('1.098612', '1.098612', '0.123')
    """
    return _training_run(tuple(features), float(rate), int(steps))


@functools.cache  # once per argument set: every explorer of that set shares it
def _training_run(features, rate, steps):
    x, species = standardized_penguins(features)
    n, classes = len(species), 3
    targets = numerics.one_hot(species, classes)
    weights, bias = np.zeros((x.shape[1], classes)), np.zeros(classes)
    kept = set(checkpoints(steps))
    kept_weights, kept_biases, losses = [], [], []
    for step in range(steps + 1):
        scores = x @ weights + bias
        losses.append(mean_cross_entropy(scores, species))
        if step in kept:
            kept_weights.append(weights)
            kept_biases.append(bias)
        error = (numerics.softmax(scores) - targets) / n
        weights = weights - rate * (x.T @ error)
        bias = bias - rate * error.sum(axis=0)
    arrays = np.array(kept_weights), np.array(kept_biases), np.array(losses)
    for array in arrays:
        array.flags.writeable = False
    return arrays


# --- the decision regions, as both languages compute them ----------------------------------


def cell_centres(extent=EXTENT, count=CELLS):
    """The centres (x, y) of the cells, row by row from the bottom, as 1-D arrays."""
    width = (extent - -extent) / count
    offsets = -extent + (np.arange(count) + 0.5) * width
    ys, xs = np.meshgrid(offsets, offsets, indexing="ij")
    return xs.ravel(), ys.ravel()


def linear_scores(xs, ys, weights, biases):
    """x·W[0] + y·W[1] + b per point, in that order (the front end adds the same way)."""
    xs, ys = np.asarray(xs, dtype=float)[:, None], np.asarray(ys, dtype=float)[:, None]
    return xs * weights[0] + ys * weights[1] + biases


def cell_opacity(top_probability, classes=3):
    """ALPHA_MAX at certainty, 0 when the classes are equally likely, linear between.

    >>> float(cell_opacity(1.0)), float(cell_opacity(1 / 3))
    (0.5, 0.0)
    """
    return ALPHA_MAX * np.maximum(0.0, top_probability - 1 / classes) / (1 - 1 / classes)


def decision_cells(weights, biases):
    """The predicted class (the first of equal scores) and the opacity of every cell."""
    scores = linear_scores(*cell_centres(), weights, biases)
    predicted = np.argmax(scores, axis=1)
    probs = numerics.softmax(scores)
    top = probs[np.arange(len(predicted)), predicted]
    return predicted, cell_opacity(top, scores.shape[1])


# --- the explorer --------------------------------------------------------------------------


class TrainingExplorer(Explorer):
    """Step through gradient descent of softmax regression on the penguins, at a chosen rate.

    Two measurements of each penguin (:func:`helpers.datasets.load_penguins`),
    standardized to mean 0 and standard deviation 1, give three scores
    :math:`z = x W + b`, one per species. Training starts from :math:`W = 0,
    b = 0`, where every species gets probability 1/3 and the mean cross-entropy
    is :math:`\\log 3 = 1.099`, and takes plain full-batch gradient-descent steps
    on it at the chosen learning rate. The picture shows, at the chosen step,
    the species each cell of the plane is predicted to be (shaded by the
    probability of that species: clear where all three are equally likely), the
    loss so far, and the three probabilities at the chosen point ✕.

    Parameters
    ----------
    features : pair of str, default ("bill_length_mm", "bill_depth_mm")
        The two measurements, by their names in ``load_penguins().feature_names``.
    learning_rates : sequence of float, default (0.05, 0.5, 5.0)
        The learning rates to choose from (1 to 6, each in (0, 100]); the middle
        one is chosen first.
    steps : int, default 200
        How many steps each run takes (1 to 5000). About 50 of them are kept
        (:func:`checkpoints`): every step up to 20, then fewer and fewer.
    point : pair of float, default (0.0, 0.0)
        The initial point, in standardized units, each in [-3, 3] on a step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import TrainingExplorer
    >>> explorer = TrainingExplorer()
    >>> explorer
    TrainingExplorer(features=['bill_length_mm', 'bill_depth_mm'], step=0, rate=0.5,
    point=[0.0, 0.0])
    >>> [explorer.frame()[key]["text"] for key in ("loss", "prob0", "prob1", "prob2")]
    ['1.099', '0.333', '0.333', '0.333']
    >>> explorer.set(step=200, point=(1.5, -1.0))
    TrainingExplorer(features=['bill_length_mm', 'bill_depth_mm'], step=200, rate=0.5,
    point=[1.5, -1.0])
    >>> [explorer.frame()[key]["text"] for key in ("loss", "prob0", "prob1", "prob2")]
    ['0.123', '0.000', '0.016', '0.984']

    See Also
    --------
    training_run : the trajectory the explorer steps through.
    helpers.numerics.softmax : the probabilities of the cells and of the point.
    """

    name = "training"
    script = "training.js"
    size = (9.6, 5.2)

    def __init__(self, features=FEATURES, learning_rates=LEARNING_RATES, steps=STEPS,
                 point=(0.0, 0.0)):
        self._features = _features(features)
        self._rates = _rates(learning_rates)
        self._steps = _steps(steps)
        self._checkpoints = checkpoints(self._steps)
        super().__init__(features=self._features, learning_rates=self._rates,
                         steps=self._steps, point=_point(point))

    # --- controls -----------------------------------------------------------------------

    def _make_controls(self, features, learning_rates, steps, point):
        # Built by hand, not with steps_slider: its nearest option is taken on a log scale,
        # and step 0 has no logarithm.
        step = widgets.SelectionSlider(
            options=[(str(s), s) for s in self._checkpoints], value=0,
            description=message("explorer.training.control.step"), continuous_update=True,
            style={"description_width": "initial"}, layout=widgets.Layout(width="560px"))
        rate = choice(widgets.ToggleButtons, message("explorer.training.control.rate"),
                      [(f"{r:g}", r) for r in learning_rates],
                      learning_rates[len(learning_rates) // 2])
        coordinates = {
            f"x{i}": slider(message("explorer.training.control.x", feature=_label(name)),
                            value, -EXTENT, EXTENT, 0.1, fmt=".1f", width="340px")
            for i, (name, value) in enumerate(zip(features, point, strict=True))}
        return {"step": step, "rate": rate, **coordinates}

    def _layout_controls(self):
        c = self.controls
        return widgets.VBox([c["step"], c["rate"], widgets.HBox([c["x0"], c["x1"]])])

    @property
    def values(self):
        """The current control values, by control name, each on its step."""
        return {key: control.value if key == "step" else snap(control, control.value)
                for key, control in self.controls.items()}

    def set(self, **values):
        """Set controls by name, as :meth:`Explorer.set`; ``step`` goes to the nearest kept
        step, and ``point=(x, y)`` sets both coordinates."""
        if "step" not in values:
            return super().set(**values)
        values = dict(values)
        step = float(values.pop("step"))
        with self.hold():
            self.controls["step"].value = min(self._checkpoints,
                                              key=lambda kept: (abs(kept - step), kept))
            return super().set(**values)

    def _by_control(self, values):
        if "point" in values:
            values = {**values}
            values["x"] = values.pop("point")
        return super()._by_control(values)

    def _describe(self):
        values = self.values
        parts = [f"features={list(self._features)!r}"]
        if self._rates != LEARNING_RATES:
            parts.append(f"learning_rates={numbers(self._rates)}")
        if self._steps != STEPS:
            parts.append(f"steps={self._steps}")
        parts += [f"step={values['step']}", f"rate={number(values['rate'])}",
                  f"point={numbers([values['x0'], values['x1']])}"]
        return ", ".join(parts)

    # --- the static layer -----------------------------------------------------------------

    def _layout_key(self):
        return (self._features, self._rates, self._steps)

    def _figure_kwargs(self):
        return {"nrows": 2, "ncols": 2, "width_ratios": [1.0, 0.95], "height_ratios": [1.3, 1.0]}

    def _draw_static(self, axes):
        grid = axes[0, 0].get_subplotspec().get_gridspec()
        for ax in axes[:, 0]:
            ax.remove()
        regions = axes[0, 1].figure.add_subplot(grid[:, 0])
        loss, strip = axes[0, 1], axes[1, 1]
        _draw_regions_axes(regions, self._features)
        _draw_loss_axes(loss, self._steps, self._loss_top())
        strip.set_axis_off()
        for i, row in enumerate(ROWS):
            strip.text(ROW_X - ROW_GAP, _row_y(i), self._row_label(i, row),
                       transform=strip.transAxes, ha="right", va="baseline", fontsize=ROW_SIZE)
        return {"regions": regions, "loss": loss, "readout": strip}

    def _loss_top(self):
        highest = max(float(training_run(self._features, rate, self._steps)[2].max())
                      for rate in self._rates)
        return 1.12 * max(highest, math.log(3.0))

    @staticmethod
    def _row_label(i, row):
        if row.startswith("prob"):
            return message("explorer.training.row.prob", species=_species(int(row[-1])))
        return message(f"explorer.training.row.{row}")

    # --- the moving marks -------------------------------------------------------------------

    def _marks(self):
        marks = {"regions": cells("regions", [s[0] for s in SERIES[:3]],
                                  (-EXTENT, EXTENT, -EXTENT, EXTENT), (CELLS, CELLS))}
        for i in range(3):  # above the regions, so each penguin keeps its own colour
            color, marker, _ = SERIES[i]
            marks[f"penguins{i}"] = points("regions", color, marker, POINT_SIZE,
                                           edgewidth=0.6)
        marks["point"] = points("regions", "white", "X", 14, edgewidth=1.4)
        marks["loss_curve"] = line("loss", LOSS_COLOR, 2.0)
        marks["loss_now"] = points("loss", LOSS_COLOR, "o", 8, edgewidth=1.0)
        for i, row in enumerate(ROWS):
            marks[row] = text("readout", ROW_X + ROW_GAP, _row_y(i), coords="axes",
                              size=ROW_SIZE, color=HIGHLIGHT, weight="bold",
                              name=self._row_label(i, row))
        return marks

    def _constants(self):
        return _front_end_constants(self._features, self._rates, self._steps)

    def _frame(self, values):
        rate, step = float(values["rate"]), int(values["step"])
        weights, biases, losses = training_run(self._features, rate, self._steps)
        kept = self._checkpoints.index(step)
        predicted, opacity = decision_cells(weights[kept], biases[kept])
        x, y = float(values["x0"]), float(values["x1"])
        probs = numerics.softmax(linear_scores([x], [y], weights[kept], biases[kept])[0])
        frame = {"regions": {"color": predicted.tolist(), "alpha": opacity.tolist()}}
        for i, penguins in enumerate(_penguins_by_species(self._features)):
            frame[f"penguins{i}"] = dict(penguins)
        frame["point"] = {"xs": [x], "ys": [y]}
        frame["loss_curve"] = {"xs": list(range(step + 1)), "ys": losses[:step + 1].tolist()}
        frame["loss_now"] = {"xs": [step], "ys": [float(losses[step])]}
        frame["step"] = {"text": str(step)}
        frame["rate"] = {"text": f"{rate:g}"}
        frame["loss"] = {"text": shown(float(losses[step]), 3)}
        for i, p in enumerate(probs):
            frame[f"prob{i}"] = {"text": shown(float(p), 3)}
        return frame


@functools.cache
def _feature_names():
    return load_penguins().feature_names


def _row_y(i):
    return ROW_TOP - i * ROW_STEP


def _label(feature):
    """A measurement's name, as notebook 08's figures write it."""
    return message(f"plot.penguins.{feature}")


def _species(i):
    return message(f"plot.penguins.species_{i}")


def _draw_regions_axes(ax, features):
    ax.set_xlim(-EXTENT, EXTENT)
    ax.set_ylim(-EXTENT, EXTENT)
    ax.set_box_aspect(1.0)  # square cells: the same range on both axes
    ax.grid(False)
    ax.set_xticks(range(-3, 4))
    ax.set_yticks(range(-3, 4))
    ax.set_xlabel(message("plot.penguins.standardized", feature=_label(features[0])))
    ax.set_ylabel(message("plot.penguins.standardized", feature=_label(features[1])))
    keys = [Line2D([], [], color=color, marker=marker, markersize=7, markeredgecolor="black",
                   markeredgewidth=0.6, linestyle="none", label=_species(i))
            for i, (color, marker, _) in enumerate(SERIES[:3])]
    ax.legend(handles=keys, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3,
              frameon=False, handletextpad=0.2, columnspacing=1.0, borderaxespad=0.2)


def _draw_loss_axes(ax, steps, top):
    uniform = math.log(3.0)
    ax.axhline(uniform, **plots.GUIDE, linestyle="--")
    ax.text(0.98, uniform, message("explorer.training.loss.uniform", value=shown(uniform, 3)),
            transform=ax.get_yaxis_transform(), ha="right", va="bottom", fontsize=11,
            color=NEUTRAL)
    ax.set_xlim(0, steps)
    ax.set_ylim(0.0, top)
    ax.set_xlabel(message("explorer.training.loss.xlabel"))
    ax.set_ylabel(message("explorer.training.loss.ylabel"))
    ax.set_title(message("explorer.training.loss.title"))


@functools.cache
def _penguins_by_species(features):
    x, species = standardized_penguins(features)
    return tuple({"xs": x[species == i, 0].tolist(), "ys": x[species == i, 1].tolist()}
                 for i in range(3))


@functools.cache
def _front_end_constants(features, rates, steps):
    runs = [training_run(features, rate, steps) for rate in rates]
    return {
        "checkpoints": checkpoints(steps),
        "rates": list(rates),
        "rate_labels": [f"{rate:g}" for rate in rates],
        "weights": [run[0].tolist() for run in runs],
        "biases": [run[1].tolist() for run in runs],
        "losses": [run[2].tolist() for run in runs],
        "penguins": list(_penguins_by_species(features)),
        "extent": EXTENT,
        "cells": CELLS,
        "alpha_max": ALPHA_MAX,
    }


# --- arguments ------------------------------------------------------------------------------


def _features(features):
    names = _feature_names()
    features = tuple(str(name) for name in features)
    if len(features) != 2 or len(set(features)) != 2 or not set(features) <= set(names):
        raise ValueError(f"TrainingExplorer: features must be two different names of "
                         f"{names}, got {features}")
    return features


def _rates(rates):
    rates = tuple(float(r) for r in np.ravel(rates))
    if not 1 <= len(rates) <= MOST_RATES or not all(0.0 < r <= 100.0 for r in rates):
        raise ValueError(f"TrainingExplorer: learning_rates must be 1 to {MOST_RATES} numbers "
                         f"in (0, 100], got {rates}")
    if len(set(rates)) != len(rates):
        raise ValueError(f"TrainingExplorer: learning_rates must differ, got {rates}")
    return rates


def _steps(steps):
    if isinstance(steps, bool) or int(steps) != steps or not 1 <= steps <= MOST_STEPS:
        raise ValueError(f"TrainingExplorer: steps must be a whole number from 1 to "
                         f"{MOST_STEPS}, got {steps!r}")
    return int(steps)


def _point(point):
    point = tuple(float(v) for v in np.ravel(point))
    if len(point) != 2:
        raise ValueError(f"TrainingExplorer: point needs 2 values, got {len(point)}")
    return point
