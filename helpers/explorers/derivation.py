"""06: log-odds against a reference class, and a shift of every score (front end:
derivation.js)."""

import ipywidgets as widgets
import numpy as np
from matplotlib.lines import Line2D

from helpers import numerics, plots
from helpers.explorers.core import (
    Explorer,
    choice,
    class_bar,
    class_values,
    points,
    rect,
    slider,
    text,
    text_strip,
    vector_repr,
)
from helpers.formatting import number, shown
from helpers.messages import message
from helpers.style import HATCHES, HIGHLIGHT, NEUTRAL, SERIES

# Pure mathematics, the same in every language: filled by str.format here and by fill() in JS.
SLIDER_NAME = "r{j}"
RATIO = "log(P{i}/P{ref})"
REFERENCE_PROBABILITY = "P{k} = {p}"
P_REF_FORMULA = r"$P_{\mathrm{ref}} = 1\,/\,(1 + \Sigma_j\, e^{r_j})$"
KEY_SHIFTED = "z + c"
KEY_CHECK = "softmax(z + c)"

BAND_COLOR = "#808080"  # the grey band behind the reference class
BAND_ALPHA = 0.2
RATIO_SIZES = {2: 11, 3: 11, 4: 11, 5: 10, 6: 9}  # by K: the widest fits in a class's slot
LABEL_PAD = 0.05  # between a probability bar's top and its label
ROWS = ("p_ref", "difference")  # the readout strip, top to bottom
ROW_X, ROW_TOP, ROW_STEP, ROW_GAP, ROW_SIZE = 0.5, 0.62, 0.42, 0.012, 14
DIAMOND = {"color": "white", "marker": "D", "markersize": 10, "markeredgecolor": "black",
           "markeredgewidth": 1.2, "linestyle": "none"}

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(n):
    """A whole number in subscript digits: 3 -> ₃."""
    return str(n).translate(_SUBSCRIPTS)


def _band(ref):
    """The grey band behind class ``ref``, spanning the axes in y."""
    return {"x": ref - 0.5, "y": 0.0, "w": 1.0, "h": 1.0}


class DerivationExplorer(Explorer):
    """Set K - 1 log-odds against a reference class; get K probabilities; shift them all.

    Each slider is the log-odds of one class against the reference class,
    chosen with the buttons: slider :math:`r_j` takes the j-th class other than
    the reference, so with reference K it is :math:`r_i = \\log(P_i / P_K)`, and
    the picture names each slider's ratio above its class. The probabilities
    follow: :math:`P_{ref} = 1 / (1 + \\sum_j e^{r_j})` and
    :math:`P_i = e^{r_i} P_{ref}` (:func:`helpers.probs_from_reference_log_odds`),
    which is softmax of the scores z = [r, 0], the reference scoring 0. The
    shift c adds the same number to every score (dashed outlines); softmax of
    the shifted scores (white diamonds) lands on the same probabilities, and the
    readout gives the largest difference.

    Parameters
    ----------
    r : sequence of float, default (1.0, 0.5)
        The initial log-odds of the other classes, in class order: K - 1 values
        for K = 2 to 6 classes, each in [-5, 5], on a step of 0.1.
    ref : int, default K
        The reference class, 1 to K.
    shift : float, default 0.0
        The initial shift c, in [-5, 5], on a step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import DerivationExplorer
    >>> DerivationExplorer(r=[1.0, 0.5], ref=3)
    DerivationExplorer(r=[1.0, 0.5], ref=3, shift=0.0)
    >>> frame = DerivationExplorer(r=[1.0, 0.5], ref=3).frame()
    >>> [frame[f"prob_label{i}"]["text"] for i in range(3)], frame["p_ref"]["text"]
    (['0.506', '0.307', '0.186'], 'P₃ = 0.186')
    >>> frame = DerivationExplorer(r=[1.0, 0.5], ref=1, shift=4.0).frame()
    >>> frame["ratio0"]["text"], frame["ratio1"]["text"], frame["difference"]["text"]
    ('log(P₂/P₁)', 'log(P₃/P₁)', '0.000000')

    See Also
    --------
    helpers.plots.derivation_figure : log-odds against class K and the probabilities, still.
    helpers.numerics.probs_from_reference_log_odds : the probabilities from the log-odds.
    """

    name = "derivation"
    script = "derivation.js"
    size = (9.6, 5.2)
    LIMIT = 5.0

    def __init__(self, r=(1.0, 0.5), ref=None, shift=0.0):
        super().__init__(r=r, ref=ref, shift=shift)

    def _make_controls(self, r, ref, shift):
        r = class_values(r, "DerivationExplorer", "r", 1, len(SERIES) - 1)
        k = len(r) + 1
        controls = {
            f"r{j}": slider(message("explorer.derivation.control.r", j=subscript(j + 1)), value,
                            -self.LIMIT, self.LIMIT, 0.1)
            for j, value in enumerate(r)
        }
        options = [(message("plot.common.class_n", i=str(i)), i) for i in range(1, k + 1)]
        controls["ref"] = choice(widgets.ToggleButtons,
                                 message("explorer.derivation.control.ref"), options,
                                 k if ref is None else ref)
        controls["shift"] = slider(message("explorer.derivation.control.shift"), shift,
                                   -self.LIMIT, self.LIMIT, 0.1, width="520px")
        return controls

    def _classes(self):
        return len(self._vector_keys("r")) + 1

    def _layout_key(self):
        return (self._classes(),)

    def _figure_kwargs(self):
        return {"nrows": 2, "ncols": 2, "height_ratios": [3.6, 1.0]}

    # --- the static layer -------------------------------------------------------------

    def _draw_static(self, axes):
        k = self._classes()
        scores_ax, probs_ax = axes[0]
        strip = text_strip(axes)
        limit = 2 * self.LIMIT
        self._class_axes(scores_ax, k, "scores", (-limit - 1.2, limit + 1.2))
        scores_ax.axhline(0.0, color=NEUTRAL, linewidth=1.0)
        scores_ax.set_yticks(range(-10, 11, 5))
        self._class_axes(probs_ax, k, "probs", (0.0, 1.22))
        probs_ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
        labels = (message("explorer.derivation.row.p_ref", formula=P_REF_FORMULA),
                  message("explorer.derivation.row.difference"))
        for i, label in enumerate(labels):
            strip.text(ROW_X - ROW_GAP, self._row_y(i), label, transform=strip.transAxes,
                       ha="right", va="baseline", fontsize=ROW_SIZE)
        strip.legend(handles=[
            Line2D([], [], color="black", linestyle="--", linewidth=1.8, label=KEY_SHIFTED),
            Line2D([], [], **DIAMOND, label=KEY_CHECK),
        ], loc="center right", ncol=1)
        return {"scores": scores_ax, "probs": probs_ax, "strip": strip}

    @staticmethod
    def _class_axes(ax, k, panel, ylim):
        plots.draw_class_axes(ax, k)
        ax.set_xlim(-0.6, k - 0.4)
        ax.set_ylim(*ylim)
        ax.set_title(message(f"explorer.derivation.panel.{panel}"))

    @staticmethod
    def _row_y(i):
        return ROW_TOP - i * ROW_STEP

    # --- the moving marks --------------------------------------------------------------

    def _marks(self):
        k = self._classes()
        top = 2 * self.LIMIT + 0.9
        marks = {"scores_band": rect("scores", BAND_COLOR, coords="xaxis", alpha=BAND_ALPHA)}
        for i in range(k):
            marks[f"score{i}"] = rect("scores", SERIES[i][0], hatch=HATCHES[i], edge="black")
        for i in range(k):
            marks[f"shifted{i}"] = rect("scores", "black", edge="black", width=1.8, dash="--",
                                        fill=False)
        marks["reference"] = text("scores", 0.0, top, ha="center", va="top", size=12,
                                  weight="bold")
        for j in range(k - 1):
            marks[f"name{j}"] = text("scores", 0.0, top, ha="center", va="top", size=12,
                                     weight="bold", mask=True)
            marks[f"ratio{j}"] = text("scores", 0.0, top - 1.7, ha="center", va="top",
                                      size=RATIO_SIZES[k], mask=True)
        marks["probs_band"] = rect("probs", BAND_COLOR, coords="xaxis", alpha=BAND_ALPHA)
        for i in range(k):
            marks[f"prob{i}"] = rect("probs", SERIES[i][0], hatch=HATCHES[i], edge="black")
        marks["check"] = points("probs", "white", "D", 10)
        for i in range(k):
            marks[f"prob_label{i}"] = text("probs", ha="center", va="bottom",
                                           size=12 if k <= 4 else 10)
        for i, row in enumerate(ROWS):
            marks[row] = text("strip", ROW_X + ROW_GAP, self._row_y(i), coords="axes",
                              size=ROW_SIZE, color=HIGHLIGHT, weight="bold",
                              name=message(f"explorer.derivation.row.{row}",
                                           formula="1 / (1 + Σ exp(r))"))
        return marks

    def _constants(self):
        return {"half": plots.CLASS_BAR_WIDTH / 2, "width": plots.CLASS_BAR_WIDTH,
                "pad": LABEL_PAD, "reference": message("explorer.derivation.reference"),
                "name": SLIDER_NAME, "ratio": RATIO, "p_ref": REFERENCE_PROBABILITY}

    def _frame(self, values):
        r = self._vector("r", values)
        k = r.size + 1
        ref = int(values["ref"]) - 1
        others = [i for i in range(k) if i != ref]
        from_reference = numerics.probs_from_reference_log_odds(r)  # the reference last
        probs = np.empty(k)
        probs[others], probs[ref] = from_reference[:-1], from_reference[-1]
        scores = np.zeros(k)
        scores[others] = r
        shift = float(values["shift"])
        shifted = numerics.softmax(scores + shift)
        difference = float(np.max(np.abs(shifted - probs)))
        frame = {"scores_band": _band(ref)}
        for i in range(k):
            frame[f"score{i}"] = class_bar(i, float(scores[i]), plots.CLASS_BAR_WIDTH)
            frame[f"shifted{i}"] = class_bar(i, float(scores[i]) + shift, plots.CLASS_BAR_WIDTH)
        frame["reference"] = {"text": message("explorer.derivation.reference"), "x": ref}
        for j, i in enumerate(others):
            frame[f"name{j}"] = {"text": SLIDER_NAME.format(j=subscript(j + 1)), "x": i}
            frame[f"ratio{j}"] = {"text": RATIO.format(i=subscript(i + 1),
                                                       ref=subscript(ref + 1)), "x": i}
        frame["probs_band"] = _band(ref)
        for i in range(k):
            frame[f"prob{i}"] = class_bar(i, float(probs[i]), plots.CLASS_BAR_WIDTH)
        frame["check"] = {"xs": list(range(k)), "ys": [float(p) for p in shifted]}
        for i in range(k):
            frame[f"prob_label{i}"] = {"text": shown(probs[i], 3), "x": i,
                                       "y": float(probs[i]) + LABEL_PAD}
        frame["p_ref"] = {"text": REFERENCE_PROBABILITY.format(k=subscript(ref + 1),
                                                                p=shown(probs[ref], 3))}
        frame["difference"] = {"text": shown(difference, 6)}
        return frame

    def _describe(self):
        values = self.values
        return (f"r={vector_repr(self._vector('r', values))}, ref={values['ref']}, "
                f"shift={number(values['shift'])}")
