"""07: softmax with a temperature and a base, its argmax and entropy (front end: softmax.js)."""

import math

import ipywidgets as widgets
import numpy as np

from helpers import numerics, plots
from helpers.explorers.core import (
    Explorer,
    choice,
    class_values,
    rect,
    slider,
    steps_slider,
    text,
    text_strip,
    vector_repr,
)
from helpers.formatting import number, shown, significant
from helpers.messages import message
from helpers.style import HATCHES, HIGHLIGHT, SERIES

READOUT = {"x": 0.62, "top": 0.62, "step": 0.42, "gap": 0.012, "size": 14}
ROWS = ("entropy", "temperature_e")


class SoftmaxExplorer(Explorer):
    """Move the logits, the temperature T and the base b; watch softmax and its argmax.

    The bars are :math:`b^{z_i/T} / \\sum_j b^{z_j/T}` (:func:`helpers.softmax`).
    A low temperature sharpens them towards the one-hot of the argmax (right); a
    high one flattens them towards uniform. Since :math:`b^z = e^{z \\log b}`, base b
    at temperature T is base e at temperature T / log b (shown); a base below 1
    reverses the order. The entropy, in bits, measures how spread out the
    probabilities are: 0 for a one-hot, log2 K for uniform. Ties in the argmax go
    to the first class.

    Parameters
    ----------
    z : sequence of float, default (2.0, 1.0, 0.1)
        The initial logits, one per class: 2 to 6 classes, each in [-6, 6], on a
        step of 0.1.
    T : float, default 1.0
        The initial temperature: one of 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1,
        1.5, 2, 3, 5, 10, 20, 50, 100 (another value goes to the nearest of them).
    base : {"e", "2", "10", "0.5"} or the number, default "e"
        The initial base b, by its label or its value (``base=2``).

    Examples
    --------
    >>> from helpers.widgets import SoftmaxExplorer
    >>> SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base="e")
    SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base=e)
    >>> explorer = SoftmaxExplorer().set(T=0.1, base=2)
    >>> explorer
    SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=0.1, base=2)
    >>> explorer.frame()["temperature_e"]["text"]
    '0.144'
    >>> SoftmaxExplorer(z=[2.0, 2.0, 0.0], T=0.01).frame()["entropy"]["text"]
    '1.00 bits'

    See Also
    --------
    helpers.numerics.softmax : the probabilities the bars show.
    helpers.plots.temperature_figure : softmax against T, still.
    helpers.plots.base_sweep_figure : softmax against the base b, still.
    helpers.plots.hard_soft_figure : soft and hard predictions side by side.
    """

    name = "softmax"
    script = "softmax.js"
    size = (9.6, 5.0)
    LIMIT = 6.0
    TEMPERATURES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0,
                    20.0, 50.0, 100.0)
    MOST_CLASSES = len(SERIES)
    BASES = (("e", math.e), ("2", 2.0), ("10", 10.0), ("0.5", 0.5))
    LABEL_PAD = 0.02

    def __init__(self, z=(2.0, 1.0, 0.1), T=1.0, base="e"):
        super().__init__(z=z, T=T, base=base)

    # --- controls -----------------------------------------------------------------------

    def _make_controls(self, z, T, base):
        logits = class_values(z, "SoftmaxExplorer", "z", 2, self.MOST_CLASSES)
        controls = {f"z{i}": slider(message("explorer.softmax.control.z", i=i + 1), value,
                                    -self.LIMIT, self.LIMIT, 0.1)
                    for i, value in enumerate(logits)}
        controls["T"] = steps_slider(message("explorer.softmax.control.temperature"),
                                     [(f"{t:g}", t) for t in self.TEMPERATURES], T)
        controls["base"] = choice(widgets.Dropdown, message("explorer.softmax.control.base"),
                                  self.BASES, self._base_value(base), width="160px")
        return controls

    def _layout_controls(self):
        logits = [self.controls[key] for key in self._vector_keys("z")]
        return widgets.VBox([*logits, widgets.HBox([self.controls["T"], self.controls["base"]])])

    def _base_value(self, base):
        """The Dropdown value for a base given by its label ("e") or its value (2)."""
        if isinstance(base, str):
            return dict(self.BASES).get(base, base)
        return next((value for _, value in self.BASES if value == base), base)

    def _by_control(self, values):
        if "base" in values:
            values = {**values, "base": self._base_value(values["base"])}
        return super()._by_control(values)

    def _describe(self):
        values = self.values
        label = next((text for text, value in self.BASES if value == values["base"]),
                     number(values["base"]))
        return f"z={vector_repr(self._vector('z', values))}, T={number(values['T'])}, base={label}"

    # --- the static layer -----------------------------------------------------------------

    def _classes(self):
        return len(self._vector_keys("z"))

    def _layout_key(self):
        return (self._classes(),)

    def _figure_kwargs(self):
        return {"nrows": 2, "ncols": 2, "height_ratios": [3.6, 1.0], "width_ratios": [2.2, 1.0]}

    def _draw_static(self, axes):
        k = self._classes()
        probs_ax, onehot_ax = axes[0]
        strip = text_strip(axes)
        for ax, title in ((probs_ax, message("explorer.softmax.panel.probs")),
                          (onehot_ax, message("explorer.softmax.panel.onehot"))):
            plots.draw_class_axes(ax, k)
            ax.set_xlim(-0.6, k - 0.4)
            ax.set_ylim(0.0, 1.15)
            ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
            ax.set_title(title)
        labels = (message("explorer.softmax.row.entropy", uniform=shown(math.log2(k))),
                  message("explorer.softmax.row.temperature_e"))
        for i, label in enumerate(labels):
            strip.text(READOUT["x"] - READOUT["gap"], _row_y(i), label, transform=strip.transAxes,
                       ha="right", va="baseline", fontsize=READOUT["size"])
        return {"probs": probs_ax, "onehot": onehot_ax, "readout": strip}

    # --- the moving marks -------------------------------------------------------------------

    def _marks(self):
        k = self._classes()
        label_size = 12 if k <= 4 else 10
        marks = {}
        for i in range(k):
            marks[f"prob{i}"] = _bar("probs", i)
        for i in range(k):
            marks[f"prob_label{i}"] = text("probs", ha="center", va="bottom", size=label_size)
        for i in range(k):
            marks[f"onehot{i}"] = _bar("onehot", i)
        for i, row in enumerate(ROWS):
            marks[row] = text("readout", READOUT["x"] + READOUT["gap"], _row_y(i), coords="axes",
                              size=READOUT["size"], color=HIGHLIGHT, weight="bold",
                              name=message(f"explorer.softmax.row.{row}",
                                           uniform=shown(math.log2(len(self._vector_keys("z"))))))
        return marks

    def _constants(self):
        return {"bar_width": plots.CLASS_BAR_WIDTH, "label_pad": self.LABEL_PAD,
                "bits": message("explorer.softmax.bits", value="{value}")}  # the template

    def _frame(self, values):
        z = self._vector("z", values)
        temperature, base = float(values["T"]), float(values["base"])
        probs = numerics.softmax(z, temperature=temperature, base=base)
        scale = math.log(base) / temperature  # softmax(z, T, b) is softmax(z * scale)
        bits = entropy_bits(probs, numerics.log_softmax(z * scale))
        onehot = numerics.one_hot(int(np.argmax(probs)), z.size)
        half = plots.CLASS_BAR_WIDTH / 2
        frame = {}
        for i, (p, hot) in enumerate(zip(probs, onehot, strict=True)):
            p, hot = float(p), float(hot)
            frame[f"prob{i}"] = {"x": i - half, "y": 0.0, "w": plots.CLASS_BAR_WIDTH, "h": p}
            frame[f"prob_label{i}"] = {"text": shown(p, 3), "x": float(i),
                                       "y": p + self.LABEL_PAD}
            frame[f"onehot{i}"] = {"x": i - half, "y": 0.0, "w": plots.CLASS_BAR_WIDTH,
                                   "h": hot}
        frame["entropy"] = {"text": message("explorer.softmax.bits", value=shown(bits))}
        frame["temperature_e"] = {"text": significant(1.0 / scale)}
        return frame


def entropy_bits(probs, log_probs):
    """−Σ p log₂ p from the probabilities and their natural logs, summed in class order.

    The sum runs left to right, as the front end's twin does, so that both print
    the same digits.

    >>> entropy_bits([0.5, 0.5], [-math.log(2.0), -math.log(2.0)])
    1.0
    """
    total = 0.0
    for p, log_p in zip(probs, log_probs, strict=True):
        total += float(p) * float(log_p)
    return -total / math.log(2.0)


def _row_y(i):
    return READOUT["top"] - i * READOUT["step"]


def _bar(axes, i):
    """Class i's bar: its series colour and hatch, a black edge."""
    return rect(axes, SERIES[i][0], hatch=HATCHES[i], edge="black", width=1.0)
