"""02: a point on the sigmoid, its tangent and the 0.5 threshold (front end: sigmoid.js)."""

from helpers import numerics, plots
from helpers.explorers.core import Explorer, line, points, slider, text
from helpers.formatting import shown
from helpers.messages import message
from helpers.style import HIGHLIGHT

ROWS = ("z", "p", "slope", "prediction")


class SigmoidExplorer(Explorer):
    """Move z and follow the point on the sigmoid, its tangent and the 0.5 threshold.

    The tangent's slope is the derivative :math:`\\sigma'(z) = \\sigma(z)(1-\\sigma(z))`,
    largest (1/4) at z = 0 and vanishing where the curve saturates. The point
    is in class C1 when σ(z) ≥ 0.5, that is when z ≥ 0.

    Parameters
    ----------
    z : float, default 0.0
        The initial score, in [-8, 8], on a step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import SigmoidExplorer
    >>> SigmoidExplorer(z=2.0)
    SigmoidExplorer(z=2.0)
    >>> SigmoidExplorer(z=2.0).frame()["p"]["text"]
    '0.881'

    See Also
    --------
    helpers.plots.sigmoid_figure : the same axes, still.
    """

    name = "sigmoid"
    script = "sigmoid.js"
    size = (7.0, 4.2)
    Z_RANGE = 8.0
    TANGENT_HALF_WIDTH = 1.5

    def __init__(self, z=0.0):
        super().__init__(z=z)

    def _make_controls(self, z):
        description = message("explorer.sigmoid.control.z")
        return {"z": slider(description, z, -self.Z_RANGE, self.Z_RANGE, 0.1)}

    def _draw_static(self, ax):
        plots.draw_sigmoid(ax, self.Z_RANGE)
        ax.axhline(0.5, **plots.GUIDE, linestyle="--", label=message("plot.sigmoid.threshold"))
        ax.axvline(0.0, **plots.GUIDE, linestyle=":")
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.sigmoid.ylabel"))
        ax.legend(loc="upper left")
        # A box left of z = -1 and between σ = 0.31 and 0.58: the point, its drop line
        # and its tangent never reach it.
        ax.add_patch(plots.readout_box(ax, (0.03, 0.33), 0.41, 0.245))
        for i, row in enumerate(ROWS):
            ax.text(0.29, self._row_y(i), message(f"explorer.sigmoid.row.{row}"),
                    transform=ax.transAxes, ha="right", va="baseline", fontsize=12, zorder=4)
        return {"main": ax}

    @staticmethod
    def _row_y(i):
        return 0.525 - 0.055 * i

    def _marks(self):
        marks = {
            "tangent": line("main", HIGHLIGHT, 2.0, "-."),
            "drop": line("main", HIGHLIGHT, 1.4, ":"),
            "point": points("main", HIGHLIGHT, "o", 11, edgewidth=1.0),
        }
        for i, row in enumerate(ROWS):
            marks[row] = text("main", 0.31, self._row_y(i), coords="axes", size=12,
                              color=HIGHLIGHT, weight="bold",
                              name=message(f"explorer.sigmoid.row.{row}"))
        return marks

    def _constants(self):
        return {"half": self.TANGENT_HALF_WIDTH,
                "c1": message("explorer.sigmoid.c1"), "c2": message("explorer.sigmoid.c2")}

    def _frame(self, values):
        z = float(values["z"])
        p = float(numerics.sigmoid(z))
        slope = p * (1.0 - p)
        half = self.TANGENT_HALF_WIDTH
        decision = "c1" if p >= 0.5 else "c2"
        return {
            "tangent": {"xs": [z - half, z + half], "ys": [p - slope * half, p + slope * half]},
            "drop": {"xs": [z, z], "ys": [0.0, p]},
            "point": {"xs": [z], "ys": [p]},
            "z": {"text": shown(z)},
            "p": {"text": shown(p, 3)},
            "slope": {"text": shown(slope, 3)},
            "prediction": {"text": message(f"explorer.sigmoid.{decision}")},
        }
