"""05: a point on the sigmoid and its mirror image on the logit (front end: inverse.js)."""

from helpers import numerics, plots
from helpers.explorers.core import Explorer, line, points, slider, text
from helpers.formatting import shown
from helpers.messages import message
from helpers.style import HIGHLIGHT, NEUTRAL, SERIES

ROWS = ("z", "p", "logit")
# Each point in the colour of its curve, as plots.draw_inverse_curves draws them.
SIGMOID_COLOR, SIGMOID_MARKER = SERIES[0][:2]
LOGIT_COLOR = SERIES[2][0]
LOGIT_MARKER = "s"  # the front end draws no "^", the marker of SERIES[2]


class InverseExplorer(Explorer):
    """Move z: the point (z, σ(z)) on the sigmoid and its mirror (σ(z), z) on the logit.

    The sigmoid and the logit are inverse functions, so their curves are mirror
    images about the line y = x (dashed): swapping the coordinates of a point on
    one gives a point on the other. The dotted segment joining the two points
    crosses y = x at a right angle, and logit(σ(z)) gives back z.

    Parameters
    ----------
    z : float, default 3.0
        The initial score, in [-6, 6], on a step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import InverseExplorer
    >>> InverseExplorer(z=3.0)
    InverseExplorer(z=3.0)
    >>> frame = InverseExplorer(z=3.0).frame()
    >>> frame["z"]["text"], frame["p"]["text"], frame["logit"]["text"]
    ('3.00', '0.9526', '3.0000')
    >>> [round(x, 4) for x in frame["on_logit"]["xs"]], frame["on_logit"]["ys"]
    ([0.9526], [3.0])

    See Also
    --------
    helpers.plots.inverse_figure : the same curves, still, with one point.
    helpers.plots.draw_inverse_curves : draws the curves for both.
    """

    name = "inverse"
    script = "inverse.js"
    size = (8.4, 5.8)
    LIMIT = 6.0
    AXIS = 6.5  # both axes span [-AXIS, AXIS]

    def __init__(self, z=3.0):
        super().__init__(z=z)

    def _make_controls(self, z):
        return {"z": slider(message("explorer.inverse.control.z"), z, -self.LIMIT, self.LIMIT,
                            0.1)}

    def _figure_kwargs(self):
        return {"ncols": 2, "width_ratios": [2.1, 1.0]}

    def _draw_static(self, axes):
        ax, side = axes
        plots.draw_inverse_curves(ax, self.AXIS)
        ticks = range(-6, 7, 2)
        ax.set_xticks(ticks)
        ax.set_yticks(ticks)
        side.set_axis_off()
        side.text(0.0, 0.97, message("explorer.inverse.mirror"), va="top", fontsize=13,
                  linespacing=1.5)
        for i, row in enumerate(ROWS):
            side.text(0.488, self._row_y(i), message(f"explorer.inverse.row.{row}"),
                      transform=side.transAxes, ha="right", va="baseline", fontsize=14)
        side.text(0.0, 0.20, message("explorer.inverse.undoes"), va="top", fontsize=13,
                  color=NEUTRAL, linespacing=1.5)
        return {"main": ax, "side": side}

    @staticmethod
    def _row_y(i):
        return 0.64 - 0.1 * i

    def _marks(self):
        marks = {
            "segment": line("main", NEUTRAL, 2.0, ":"),
            "on_sigmoid": points("main", SIGMOID_COLOR, SIGMOID_MARKER, 12),
            "on_logit": points("main", LOGIT_COLOR, LOGIT_MARKER, 11),
        }
        for i, row in enumerate(ROWS):
            marks[row] = text("side", 0.512, self._row_y(i), coords="axes", size=14,
                              color=HIGHLIGHT, weight="bold",
                              name=message(f"explorer.inverse.row.{row}"))
        return marks

    def _frame(self, values):
        z = float(values["z"])
        p = float(numerics.sigmoid(z))
        back = float(numerics.logit(p))  # the slider keeps p in (0, 1): back is finite
        return {
            "segment": {"xs": [z, p], "ys": [p, z]},
            "on_sigmoid": {"xs": [z], "ys": [p]},
            "on_logit": {"xs": [p], "ys": [z]},
            "z": {"text": shown(z)},
            "p": {"text": shown(p, 4)},
            "logit": {"text": shown(back, 4)},
        }
