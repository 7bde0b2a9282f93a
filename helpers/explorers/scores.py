"""01: raw scores, a sigmoid per score, and softmax, as class bars (front end: scores.js)."""

from helpers import numerics, plots
from helpers.explorers.core import (
    Explorer,
    class_bar,
    class_values,
    rect,
    slider,
    text,
    vector_repr,
)
from helpers.formatting import shown
from helpers.messages import message, template
from helpers.style import HATCHES, HIGHLIGHT, LABEL_SIZE, NEUTRAL, SERIES

# (panel, y-limits, gap between a bar's end and its label), left to right.
PANELS = (
    ("raw", (-7.9, 7.9), 0.3),
    ("sigmoid", (0.0, 1.3), 0.02),
    ("softmax", (0.0, 1.3), 0.02),
)
SUMMED = ("sigmoid", "softmax")


def _bar_label(i, height, pad):
    """``height`` written just beyond the end of class i's bar."""
    above = height >= 0
    return {"text": shown(height), "x": i, "y": height + pad if above else height - pad,
            "va": "bottom" if above else "top"}


def _sum_readout(values):
    """The sum readout: "sum = 1.00", or "sum = 2.14  ≠ 1" when it does not show as 1.00."""
    total = shown(sum(values))  # left to right, as the front end adds
    return message("explorer.scores.sum" if total == "1.00" else "explorer.scores.sum_not_one",
                   total=total)


class ScoresExplorer(Explorer):
    """Move K raw scores; compare a sigmoid per score with softmax.

    Three panels, with the classes told apart by colour and hatch: the raw
    scores (any real number), the sigmoid of each score taken on its own (each
    in (0, 1), but their sum is not 1), and softmax (a distribution: sum = 1).

    Parameters
    ----------
    z : sequence of float, default (2.0, 1.0, 0.1)
        The initial scores, one per class: 2 to 6 classes, each in [-6, 6], on a
        step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import ScoresExplorer
    >>> ScoresExplorer(z=[2.0, 1.0, 0.1])
    ScoresExplorer(z=[2.0, 1.0, 0.1])
    >>> ScoresExplorer().set(z=[3.0, 1.0, 0.0])
    ScoresExplorer(z=[3.0, 1.0, 0.0])
    >>> ScoresExplorer().frame()["sigmoid_sum"]["text"]
    'sum = 2.14  ≠ 1'
    >>> ScoresExplorer(z=[2.0, -1.0]).frame()["raw_label1"]
    {'text': '−1.00', 'x': 1, 'y': -1.3, 'va': 'top'}

    See Also
    --------
    helpers.plots.score_bars_figure : the same three panels, still.
    helpers.explorers.softmax.SoftmaxExplorer : softmax with a temperature and a base.
    """

    name = "scores"
    script = "scores.js"
    size = (9.6, 4.0)
    LIMIT = 6.0

    def __init__(self, z=(2.0, 1.0, 0.1)):
        super().__init__(z=z)

    def _make_controls(self, z):
        z = class_values(z, "ScoresExplorer", "z", 2, len(SERIES))
        return {f"z{i}": slider(message("explorer.scores.control.z", i=str(i + 1)), value,
                                -self.LIMIT, self.LIMIT, 0.1)
                for i, value in enumerate(z)}

    def _classes(self):
        return len(self.controls)

    def _layout_key(self):
        return (self._classes(),)

    def _figure_kwargs(self):
        return {"ncols": 3}

    def _draw_static(self, axes):
        k = self._classes()
        for ax, (key, ylim, _) in zip(axes, PANELS, strict=True):
            plots.draw_class_axes(ax, k)
            ax.set_xlim(-0.6, k - 0.4)
            ax.set_ylim(*ylim)
            ax.set_title(message(f"explorer.scores.panel.{key}"))
            if key in SUMMED:
                ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
        axes[0].axhline(0.0, color=NEUTRAL, linewidth=1.0)
        axes[0].set_yticks(range(-6, 7, 3))
        return {key: ax for ax, (key, _, _) in zip(axes, PANELS, strict=True)}

    def _marks(self):
        k = self._classes()
        label_size = 12 if k <= 4 else 10
        marks = {}
        for key, _, _ in PANELS:
            for i in range(k):
                marks[f"{key}{i}"] = rect(key, SERIES[i][0], hatch=HATCHES[i], edge="black")
            for i in range(k):
                marks[f"{key}_label{i}"] = text(key, ha="center", va="bottom", size=label_size)
            if key in SUMMED:
                marks[f"{key}_sum"] = text(key, 0.5, 0.97, coords="axes", ha="center", va="top",
                                           size=LABEL_SIZE, color=HIGHLIGHT, weight="bold")
        return marks

    def _constants(self):
        return {"panels": [{"key": key, "pad": pad} for key, _, pad in PANELS],
                "summed": list(SUMMED), "half": plots.CLASS_BAR_WIDTH / 2,
                "width": plots.CLASS_BAR_WIDTH, "sum": template("explorer.scores.sum"),
                "sum_not_one": template("explorer.scores.sum_not_one")}

    def _frame(self, values):
        z = self._vector("z", values)
        heights = {"raw": [float(v) for v in z],
                   "sigmoid": [float(v) for v in numerics.sigmoid(z)],
                   "softmax": [float(v) for v in numerics.softmax(z)]}
        frame = {}
        for key, _, pad in PANELS:
            for i, height in enumerate(heights[key]):
                frame[f"{key}{i}"] = class_bar(i, height, plots.CLASS_BAR_WIDTH)
                frame[f"{key}_label{i}"] = _bar_label(i, height, pad)
        for key in SUMMED:
            frame[f"{key}_sum"] = {"text": _sum_readout(heights[key])}
        return frame

    def _describe(self):
        return f"z={vector_repr(self._vector('z'))}"
