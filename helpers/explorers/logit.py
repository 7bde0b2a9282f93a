"""04: p, odds and log-odds as three linked number lines (front end: logit.js)."""

import math

from helpers import numerics
from helpers.explorers.core import Explorer, line, points, slider, text
from helpers.formatting import shown
from helpers.messages import message
from helpers.style import HIGHLIGHT, NEUTRAL, OKABE_ITO, TITLE_SIZE

LINES = ("p", "odds", "log_odds")  # top to bottom, one axes each
READOUT_LABELS = {"p": "explorer.logit.row.p", "odds": "explorer.logit.row.odds",
                  "log_odds": "explorer.logit.row.log_odds"}
HALF_COLORS = (OKABE_ITO["sky_blue"], OKABE_ITO["orange"])
HALVES = {"p": (0.0, 0.5, 1.0), "odds": (0.0, 1.0, 10.0)}  # (low, middle, high) in data


def number_line(ax, xlim, ticks, tick_labels):
    """Make ``ax`` a bare horizontal number line at y = 0."""
    ax.set_xlim(*xlim)
    ax.set_ylim(-1.0, 1.0)
    ax.set_yticks([])
    ax.set_xticks(ticks, tick_labels)
    ax.grid(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_position(("data", 0.0))


def colour_halves(ax, low, middle, high):
    """Colour the number line below and above its middle."""
    for (start, end), color in zip(((low, middle), (middle, high)), HALF_COLORS, strict=True):
        ax.plot([start, end], [0.0, 0.0], color=color, linestyle="-", linewidth=9, alpha=0.55,
                solid_capstyle="butt")


def figure_affine(ax):
    """Data → figure fraction in ``ax``, x ↦ a + b·x and y ↦ c + d·y, as
    ``{"x": [a, b], "y": [c, d]}``: what the front end needs to join points of different axes."""
    to_figure = ax.figure.transFigure.inverted()
    (x0, y0), (x1, y1) = to_figure.transform(ax.transData.transform([[0.0, 0.0], [1.0, 1.0]]))
    return {"x": [float(x0), float(x1 - x0)], "y": [float(y0), float(y1 - y0)]}


def on_figure(affine, x, y):
    """The figure-fraction position of the data point (x, y) under ``affine``."""
    return affine["x"][0] + affine["x"][1] * x, affine["y"][0] + affine["y"][1] * y


class LogitExplorer(Explorer):
    """Move p and follow it on three linked number lines: p, odds and log-odds.

    Probability p = 1/2 means odds 1 and log-odds 0. The halves p < 1/2 and
    p > 1/2 have the same length on the p line; on the odds line the first is
    squeezed into [0, 1) while the second runs to ∞; the log of the odds makes
    them symmetric again, p and 1 - p giving log-odds of opposite sign. Odds
    above 9 are drawn squeezed into the last unit before ∞. At p = 0 or 1 the
    log-odds are -∞ or ∞: the marker is pinned at the end of its line as an
    arrow, and the readout says ∞.

    Parameters
    ----------
    p : float, default 0.75
        The initial probability, in [0, 1], on a step of 0.01.

    Examples
    --------
    >>> from helpers.widgets import LogitExplorer
    >>> LogitExplorer(p=0.75)
    LogitExplorer(p=0.75)
    >>> frame = LogitExplorer(p=0.75).frame()
    >>> frame["odds"]["text"], frame["log_odds"]["text"]
    ('3.00', '1.10')
    >>> frame = LogitExplorer(p=1.0).frame()
    >>> frame["log_odds"]["text"], frame["log_odds_point"]["marker"]
    ('∞', '>')

    See Also
    --------
    helpers.plots.odds_figure : odds against p, still.
    helpers.plots.logit_figure : the logit curve, still.
    """

    name = "logit"
    script = "logit.js"
    size = (8.6, 5.2)
    LOG_ODDS_END = 6.7  # where ±∞, and anything beyond the last tick, is pinned
    ODDS_KNEE = 9.0  # odds beyond this are squeezed into [9, 10)

    def __init__(self, p=0.75):
        super().__init__(p=p)

    def _make_controls(self, p):
        return {"p": slider(message("explorer.logit.control.p"), p, 0.0, 1.0, 0.01, fmt=".2f")}

    def _figure_kwargs(self):
        return {"nrows": 3}

    # --- the static layer ---------------------------------------------------------------

    def _draw_static(self, axes):
        p_ax, odds_ax, log_ax = axes
        self._draw_p_line(p_ax)
        self._draw_odds_line(odds_ax)
        self._draw_log_odds_line(log_ax)
        for key, ax in zip(LINES, axes, strict=True):
            ax.text(0.895, 1.0, message(READOUT_LABELS[key]), ha="right", va="bottom",
                    transform=ax.transAxes, fontsize=14)
        return dict(zip(LINES, axes, strict=True))

    @staticmethod
    def _draw_p_line(ax):
        number_line(ax, (-0.04, 1.04), [0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5", "0.75", "1"])
        colour_halves(ax, *HALVES["p"])

    def _draw_odds_line(self, ax):
        ticks = [*range(10), self._odds_position(18.0), self._odds_position(math.inf)]
        number_line(ax, (-0.35, 10.35), ticks, [*map(str, range(10)), "18", "∞"])
        colour_halves(ax, *HALVES["odds"])

    def _draw_log_odds_line(self, ax):
        end = self.LOG_ODDS_END + 0.3
        number_line(ax, (-end, end), range(-6, 7, 2), [shown(t, 0) for t in range(-6, 7, 2)])
        colour_halves(ax, -end, 0.0, end)

    def _labels(self):
        """The lines' names and their halves' names: still, but drawn over the moving link
        with a white edge, so that it passes behind them. Id → (axes, x, y, mark style)."""
        end = self.LOG_ODDS_END + 0.3
        halves = {"p": HALVES["p"], "odds": HALVES["odds"], "log_odds": (-end, 0.0, end)}
        labels = {}
        for key in LINES:
            labels[f"line_{key}"] = (key, 0.0, 1.04, message(f"explorer.logit.line.{key}"),
                                     {"coords": "axes", "size": TITLE_SIZE})
            low, middle, high = halves[key]
            for side, (start, stop) in (("below", (low, middle)), ("above", (middle, high))):
                labels[f"half_{key}_{side}"] = (
                    key, (start + stop) / 2, 0.42, message(f"explorer.logit.half.{key}_{side}"),
                    {"ha": "center", "color": NEUTRAL})
        labels["squeezed"] = ("odds", 9.5, 0.42, message("explorer.logit.squeezed"),
                              {"ha": "center", "size": 10, "color": NEUTRAL})
        return labels

    # --- the moving marks -----------------------------------------------------------------

    def _marks(self):
        # The link first, so that the names, points and readouts are drawn over it.
        marks = {"link": line("figure", NEUTRAL, 1.6, ":")}
        for key, (axes, x, y, _, style) in self._labels().items():
            marks[key] = text(axes, x, y, mask=True, readout=False, **style)
        for key in LINES:
            marks[f"{key}_point"] = points(key, HIGHLIGHT, "o", 14)
        for key in LINES:
            marks[key] = text(key, 0.9, 1.0, coords="axes", ha="left", va="bottom", size=14,
                              color=HIGHLIGHT, weight="bold", mask=True,
                              name=message(READOUT_LABELS[key]))
        return marks

    def _constants(self):
        return {"knee": self.ODDS_KNEE, "end": self.LOG_ODDS_END,
                "labels": {key: label[3] for key, label in self._labels().items()},
                "to_figure": {key: figure_affine(self._layout.axes[key]) for key in LINES}}

    def _odds_position(self, odds):
        """Linear up to the knee, then the rest (up to ∞) squeezed into one unit."""
        knee = self.ODDS_KNEE
        return odds if odds <= knee else knee + 1.0 - knee / odds

    def _log_odds_position(self, log_odds):
        """(x, marker): pinned as an arrow at the end of the line if off the scale."""
        end = self.LOG_ODDS_END
        if abs(log_odds) <= end:
            return log_odds, "o"
        return (end, ">") if log_odds > 0 else (-end, "<")

    def _frame(self, values):
        p = float(values["p"])
        odds = float(numerics.odds(p))
        log_odds = float(numerics.logit(p))
        positions = {"p": (p, "o"),
                     "odds": (self._odds_position(odds), ">" if math.isinf(odds) else "o"),
                     "log_odds": self._log_odds_position(log_odds)}
        to_figure = self._constants()["to_figure"]
        joined = [on_figure(to_figure[key], x, 0.0) for key, (x, _) in positions.items()]
        return {
            "link": {"xs": [x for x, _ in joined], "ys": [y for _, y in joined]},
            **{key: {"text": label[3]} for key, label in self._labels().items()},
            **{f"{key}_point": {"xs": [x], "ys": [0.0], "marker": marker}
               for key, (x, marker) in positions.items()},
            "p": {"text": shown(p)},
            "odds": {"text": shown(odds)},
            "log_odds": {"text": shown(log_odds)},
        }
