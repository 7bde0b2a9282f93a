"""07: three probabilities as a point in a triangle, a shift that moves nothing, and the
temperature path (front end: simplex.js)."""

import math

import numpy as np
from matplotlib.lines import Line2D

from helpers import numerics
from helpers.explorers.core import (
    Explorer,
    class_values,
    line,
    points,
    slider,
    steps_slider,
    text,
    vector_repr,
)
from helpers.explorers.softmax import SoftmaxExplorer
from helpers.formatting import number, shown
from helpers.messages import message
from helpers.style import HIGHLIGHT, NEUTRAL, SERIES

HEIGHT = math.sqrt(3.0) / 2.0  # of the triangle with corners (0.5, HEIGHT), (0, 0), (1, 0)
LEVELS = (0.2, 0.4, 0.6, 0.8)  # the probabilities each class's level lines mark
PATH_TEMPERATURES = tuple(float(t) for t in np.logspace(-2.0, 2.0, 121))  # 30 per decade
LEVEL_WIDTH = 0.9
LABEL_OFFSET = 0.045  # level labels, outside the edge they end on
ROWS = ("p0", "p1", "p2", "shifted")  # the readout, top to bottom
ROW_X, ROW_TOP, ROW_STEP, ROW_GAP, ROW_SIZE = 0.2, 0.46, 0.09, 0.02, 14
CENTRE = {"marker": "P", "markersize": 11, "color": "white", "markeredgecolor": "black",
          "markeredgewidth": 1.2, "linestyle": "none"}

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def to_triangle(p):
    """(x, y) of the probabilities p = (P1, P2, P3): class 1 at the top, 2 bottom left,
    3 bottom right. The front end's ``simplexToTriangle`` is the same formula.

    >>> to_triangle([0.0, 0.0, 1.0])
    (1.0, 0.0)
    """
    return 0.5 * float(p[0]) + float(p[2]), HEIGHT * float(p[0])


def shifted_scores_text(shifted):
    """The readout of the shifted scores: (2.00, 1.00, 0.10)."""
    return "(" + ", ".join(shown(v) for v in shifted) + ")"


class SimplexExplorer(Explorer):
    """Move three scores, a shift and the temperature; follow the probabilities as a point.

    Three probabilities that sum to 1 are a point of a triangle, the probability
    simplex: each corner is a one-hot (class 1 at the top, 2 bottom left, 3 bottom
    right), the centre is uniform, and a class's probability is constant along
    lines parallel to the side opposite its corner (drawn at 0.2, 0.4, 0.6, 0.8).
    The point is :math:`p = \\mathrm{softmax}((z + c) / T)`
    (:func:`helpers.softmax`). The shift c adds the same number to every score:
    the readout of z + c changes, the point does not, which is why three scores
    have two degrees of freedom. The line is the path of the point as T runs
    from 0.01 (near the corner of the top score, or the middle of an edge for a
    tie) to 100 (near the centre).

    Parameters
    ----------
    z : sequence of float, default (2.0, 1.0, 0.1)
        The initial scores of the three classes, each in [-6, 6], on a step of 0.1.
    T : float, default 1.0
        The initial temperature: one of 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1,
        1.5, 2, 3, 5, 10, 20, 50, 100 (another value goes to the nearest of them).
    shift : float, default 0.0
        The initial shift c, in [-5, 5], on a step of 0.1.

    Examples
    --------
    >>> from helpers.widgets import SimplexExplorer
    >>> SimplexExplorer(z=(2.0, 1.0, 0.1), T=1.0)
    SimplexExplorer(z=[2.0, 1.0, 0.1], T=1.0, shift=0.0)
    >>> frame = SimplexExplorer().frame()
    >>> [frame[f"p{i}"]["text"] for i in range(3)], frame["shifted"]["text"]
    (['0.659', '0.242', '0.099'], '(2.00, 1.00, 0.10)')
    >>> shifted = SimplexExplorer(shift=-3.0).frame()
    >>> shifted["shifted"]["text"], shifted["p0"]["text"]
    ('(−1.00, −2.00, −2.90)', '0.659')

    See Also
    --------
    helpers.numerics.softmax : the probabilities the point shows.
    helpers.widgets.SoftmaxExplorer : the same probabilities as bars, with a base.
    helpers.widgets.DerivationExplorer : the shift, against a reference class.
    """

    name = "simplex"
    script = "simplex.js"
    size = (9.6, 4.8)
    LIMIT = 6.0
    SHIFT_LIMIT = 5.0
    TEMPERATURES = SoftmaxExplorer.TEMPERATURES

    def __init__(self, z=(2.0, 1.0, 0.1), T=1.0, shift=0.0):
        super().__init__(z=z, T=T, shift=shift)

    # --- controls -----------------------------------------------------------------------

    def _make_controls(self, z, T, shift):
        if np.size(z) != 3:
            raise ValueError(f"SimplexExplorer: z needs 3 scores, one per class, got {np.size(z)}")
        scores = class_values(z, "SimplexExplorer", "z", 3, 3)
        controls = {f"z{i}": slider(message("explorer.simplex.control.z", i=i + 1), value,
                                    -self.LIMIT, self.LIMIT, 0.1)
                    for i, value in enumerate(scores)}
        controls["shift"] = slider(message("explorer.simplex.control.shift"), shift,
                                   -self.SHIFT_LIMIT, self.SHIFT_LIMIT, 0.1)
        controls["T"] = steps_slider(message("explorer.simplex.control.temperature"),
                                     [(f"{t:g}", t) for t in self.TEMPERATURES], T)
        return controls

    def _describe(self):
        values = self.values
        return (f"z={vector_repr(self._vector('z', values))}, T={number(values['T'])}, "
                f"shift={number(values['shift'])}")

    # --- the static layer -----------------------------------------------------------------

    def _figure_kwargs(self):
        return {"ncols": 2, "width_ratios": [1.6, 1.0]}

    def _draw_static(self, axes):
        triangle, panel = axes
        draw_simplex(triangle)
        panel.set_axis_off()
        panel.legend(handles=_key_handles(), loc="upper left", bbox_to_anchor=(0.0, 1.0),
                     frameon=False, fontsize=12)
        for i, row in enumerate(ROWS):
            panel.text(ROW_X - ROW_GAP, _row_y(i), _row_name(row), transform=panel.transAxes,
                       ha="right", va="baseline", fontsize=ROW_SIZE)
        panel.text(0.0, _row_y(len(ROWS)) - 0.02, message("explorer.simplex.note"),
                   transform=panel.transAxes, ha="left", va="baseline", fontsize=11,
                   color=NEUTRAL)
        return {"triangle": triangle, "panel": panel}

    # --- the moving marks -------------------------------------------------------------------

    def _marks(self):
        marks = {
            "path": line("triangle", "black", 2.0),
            "point": points("triangle", HIGHLIGHT, "o", 13, edgewidth=1.4),
        }
        for i, row in enumerate(ROWS):
            marks[row] = text("panel", ROW_X + ROW_GAP, _row_y(i), coords="axes",
                              size=ROW_SIZE, color=HIGHLIGHT, weight="bold",
                              name=_row_name(row))
        return marks

    def _constants(self):
        return {"temperatures": list(PATH_TEMPERATURES), "height": HEIGHT}

    def _frame(self, values):
        shifted = self._vector("z", values) + float(values["shift"])
        probs = numerics.softmax(shifted, temperature=float(values["T"]))
        path = [to_triangle(numerics.softmax(shifted, temperature=t))
                for t in PATH_TEMPERATURES]
        x, y = to_triangle(probs)
        frame = {
            "path": {"xs": [px for px, _ in path], "ys": [py for _, py in path]},
            "point": {"xs": [x], "ys": [y]},
        }
        for i, p in enumerate(probs):
            frame[f"p{i}"] = {"text": shown(float(p), 3)}
        frame["shifted"] = {"text": shifted_scores_text(shifted)}
        return frame


def _row_y(i):
    return ROW_TOP - i * ROW_STEP


def _row_name(row):
    if row == "shifted":
        return message("explorer.simplex.row.shifted")
    return message("explorer.simplex.row.p", i=str(int(row[1]) + 1).translate(_SUBSCRIPTS))


def _key_handles():
    """The key: the level lines of each class, the centre, the point and its path."""
    levels = ", ".join(f"{a:g}" for a in LEVELS)
    handles = [Line2D([], [], color=SERIES[i][0], linestyle=SERIES[i][2], linewidth=1.2,
                      label=message("explorer.simplex.key.levels",
                                    i=str(i + 1).translate(_SUBSCRIPTS), levels=levels))
               for i in range(3)]
    handles.append(Line2D([], [], **CENTRE, label=message("explorer.simplex.key.centre")))
    handles.append(Line2D([], [], color=HIGHLIGHT, marker="o", markersize=11,
                          markeredgecolor="black", markeredgewidth=1.2, linestyle="none",
                          label=message("explorer.simplex.key.point")))
    handles.append(Line2D([], [], color="black", linewidth=2.0,
                          label=message("explorer.simplex.key.path",
                                        low=f"{PATH_TEMPERATURES[0]:g}",
                                        high=f"{PATH_TEMPERATURES[-1]:g}")))
    return handles


def _level_ends(i, a):
    """The two ends of class i's level line P_i = a: the other classes share 1 − a
    all one way, then all the other way. The first end is where its label goes."""
    ends = []
    for full in ((i + 2) % 3, (i + 1) % 3):
        p = [0.0, 0.0, 0.0]
        p[i], p[full] = a, 1.0 - a
        ends.append(to_triangle(p))
    return ends


def draw_simplex(ax):
    """The probability triangle: its sides, corners, level lines and centre.

    Each class's lines are in its series colour and line style; their labels sit
    outside one side each (class 1 right, class 2 left, class 3 below), so that
    no two sets meet.
    """
    corners = [to_triangle(row) for row in np.eye(3)]
    centre = np.mean(corners, axis=0)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_xlim(-0.18, 1.18)
    ax.set_ylim(-0.09, HEIGHT + 0.05)
    xs, ys = zip(*corners, corners[0], strict=True)
    ax.plot(xs, ys, color="black", linewidth=1.4, zorder=2)
    for i in range(3):
        color, _, style = SERIES[i]
        side = (np.asarray(corners[i]) + corners[(i + 2) % 3]) / 2 - centre  # where labels go
        outward = side / np.hypot(*side)
        for a in LEVELS:
            (x0, y0), (x1, y1) = _level_ends(i, a)
            ax.plot([x0, x1], [y0, y1], color=color, linestyle=style, linewidth=LEVEL_WIDTH,
                    zorder=1)
            lx, ly = np.array([x0, y0]) + LABEL_OFFSET * outward
            ax.text(lx, ly, f"{a:g}", ha="center", va="center", fontsize=10, color=color)
    placements = (("left", (0.05, -0.01)), ("right", (-0.035, 0.0)), ("left", (0.035, 0.0)))
    for i, ((x, y), (ha, (dx, dy))) in enumerate(zip(corners, placements, strict=True)):
        one_hot = "(" + ", ".join("1" if j == i else "0" for j in range(3)) + ")"
        ax.text(x + dx, y + dy, f"{message('plot.common.class_n', i=i + 1)}\n{one_hot}",
                ha=ha, va="center", fontsize=12, linespacing=1.1)
    ax.plot(*centre, **CENTRE, zorder=3)
