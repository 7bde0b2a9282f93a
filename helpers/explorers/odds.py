"""03: a probability read as odds, as a ratio and as games won (front end: odds.js)."""

import math
from fractions import Fraction

from matplotlib.lines import Line2D

from helpers import numerics
from helpers.explorers.core import Explorer, points, rect, slider, text
from helpers.formatting import shown
from helpers.messages import message, template
from helpers.style import HIGHLIGHT, OKABE_ITO

ROWS = {  # readout row → its label
    "p": "explorer.odds.row.p",
    "q": "explorer.odds.row.q",
    "odds": "explorer.odds.row.odds",
    "ratio": "explorer.odds.row.ratio",
}
# Templates the front end fills: the games readout and its counts.
TEMPLATES = {
    "exact": "explorer.odds.games.exact",
    "about": "explorer.odds.games.about",
    "win": "explorer.odds.count.win",
    "wins": "explorer.odds.count.wins",
    "loss": "explorer.odds.count.loss",
    "losses": "explorer.odds.count.losses",
}
WIN = (OKABE_ITO["green"], "o", "")  # colour, marker, hatch
LOSS = (OKABE_ITO["vermillion"], "X", "//")
BAR_HEIGHT = 0.7  # of the two lengths p and 1 - p, centred on y = 0
READOUT_X, READOUT_GAP = 0.30, 0.012  # labels end left of READOUT_X, values start right of it


def odds_ratio(p):
    """Odds p : (1 - p) in small whole numbers, with "≈" when that is rounded.

    Exact when the smaller term is at most 20; otherwise rounded to a ratio
    whose smaller term is at most 4, which is what one would say aloud.

    >>> odds_ratio(0.75), odds_ratio(0.6), odds_ratio(0.33), odds_ratio(0.0), odds_ratio(1.0)
    ('3 : 1', '3 : 2', '≈ 1 : 2', '0 : 1', '1 : 0')
    """
    if p <= 0.0:
        return "0 : 1"
    if p >= 1.0:
        return "1 : 0"
    odds = float(numerics.odds(p))
    wins, losses = _small_ratio(odds, 20)
    if math.isclose(wins / losses, odds, rel_tol=1e-9):
        return f"{wins} : {losses}"
    wins, losses = _small_ratio(odds, 4)
    return f"≈ {wins} : {losses}"


def _small_ratio(odds, most):
    """Whole numbers (a, b), the smaller at most ``most``, with a / b close to ``odds``."""
    if odds >= 1.0:
        ratio = Fraction(odds).limit_denominator(most)
        return ratio.numerator, ratio.denominator
    ratio = (1 / Fraction(odds)).limit_denominator(most)
    return ratio.denominator, ratio.numerator


def _marker(color, marker, size):
    """Keyword arguments of a point drawn as the moving points are: a black edge, no line."""
    return {"color": color, "marker": marker, "markersize": size, "markeredgecolor": "black",
            "markeredgewidth": 1.2, "linestyle": "none"}


class OddsExplorer(Explorer):
    """Move a probability p and read it as odds: a number, a ratio, and games won.

    The odds p / (1 - p) compare the chance of a win with the chance of a loss.
    At p = 0.75 they are 3, said "3 to 1": in 20 games, on average, 15 wins and 5
    losses. p = 0 gives odds 0 and p = 1 gives odds ∞. The strip at the bottom
    shows the two lengths p and 1 - p whose ratio the odds are.

    Parameters
    ----------
    p : float, default 0.75
        The initial probability of a win, in [0, 1], on a step of 0.01.

    Examples
    --------
    >>> from helpers.widgets import OddsExplorer
    >>> OddsExplorer(p=0.75)
    OddsExplorer(p=0.75)
    >>> frame = OddsExplorer(p=0.75).frame()
    >>> frame["odds"]["text"], frame["ratio"]["text"], frame["games"]["text"]
    ('3.00', '3 : 1', '15 wins, 5 losses')
    >>> OddsExplorer(p=1.0).frame()["odds"]["text"]
    '∞'

    See Also
    --------
    odds_ratio : the ratio readout, on its own.
    helpers.plots.odds_figure : odds against p, still, on a linear and a log axis.
    """

    name = "odds"
    script = "odds.js"
    size = (8.6, 4.4)
    GAMES = 20
    COLUMNS = 10

    def __init__(self, p=0.75):
        super().__init__(p=p)

    def _make_controls(self, p):
        return {"p": slider(message("explorer.odds.control.p"), p, 0.0, 1.0, 0.01, fmt=".2f")}

    def _figure_kwargs(self):
        return {"nrows": 2, "height_ratios": [3.0, 1.0]}

    # --- the static layer ------------------------------------------------------------

    def _draw_static(self, axes):
        top, strip = axes
        top.set_axis_off()
        top.set_xlim(0.0, 1.0)
        top.set_ylim(0.0, 1.0)
        for i, label in enumerate(ROWS.values()):
            top.text(READOUT_X - READOUT_GAP, self._row_y(i), message(label),
                     transform=top.transAxes, ha="right", va="baseline", fontsize=14)
        self._draw_games_key(top)
        self._draw_lengths_axes(strip)
        return {"top": top, "strip": strip}

    @staticmethod
    def _row_y(i):
        return 0.84 - 0.2 * i

    def _draw_games_key(self, ax):
        ax.text(0.725, 0.86, message("explorer.odds.games.title", games=self.GAMES),
                ha="center", va="baseline", fontsize=14)
        handles = [Line2D([], [], **_marker(color, marker, 12)) for color, marker, _ in (WIN, LOSS)]
        ax.legend(handles, [message("explorer.odds.legend.win"),
                            message("explorer.odds.legend.loss")],
                  loc="lower center", ncol=2, bbox_to_anchor=(0.725, 0.0))

    @staticmethod
    def _draw_lengths_axes(ax):
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(-0.5, 0.5)
        ax.set_yticks([])
        ax.grid(False)
        ax.set_title(message("explorer.odds.strip.title"), loc="left")

    # --- the moving marks ------------------------------------------------------------

    def _marks(self):
        marks = {row: text("top", READOUT_X + READOUT_GAP, self._row_y(i), coords="axes",
                           size=14, color=HIGHLIGHT, weight="bold", name=message(label))
                 for i, (row, label) in enumerate(ROWS.items())}
        marks["wins"] = points("top", WIN[0], WIN[1], 16)
        marks["losses"] = points("top", LOSS[0], LOSS[1], 16)
        marks["games"] = text("top", 0.725, 0.20, ha="center", size=14, color=HIGHLIGHT,
                              weight="bold")
        for key, (color, _, hatch) in (("win_part", WIN), ("loss_part", LOSS)):
            marks[key] = rect("strip", color, hatch=hatch, edge="black", width=1.0)
        return marks

    def _seats(self):
        """Where the games sit: rows of ``COLUMNS``, left to right, top to bottom."""
        seats = range(self.GAMES)
        return {"xs": [0.5 + 0.05 * (s % self.COLUMNS) for s in seats],
                "ys": [0.64 - 0.18 * (s // self.COLUMNS) for s in seats]}

    def _constants(self):
        return {"games": self.GAMES, "seats": self._seats(),
                "bar_height": BAR_HEIGHT,
                "templates": {key: template(i) for key, i in TEMPLATES.items()}}

    def _frame(self, values):
        p = float(values["p"])
        seats = self._seats()
        expected = p * self.GAMES
        wins = math.floor(expected + 0.5)
        half = BAR_HEIGHT / 2
        return {
            "p": {"text": shown(p)},
            "q": {"text": shown(1.0 - p)},
            "odds": {"text": shown(float(numerics.odds(p)))},
            "ratio": {"text": odds_ratio(p)},
            "wins": {"xs": seats["xs"][:wins], "ys": seats["ys"][:wins]},
            "losses": {"xs": seats["xs"][wins:], "ys": seats["ys"][wins:]},
            "games": {"text": self._games_text(expected, wins)},
            "win_part": {"x": 0.0, "y": -half, "w": p, "h": BAR_HEIGHT},
            "loss_part": {"x": p, "y": -half, "w": 1.0 - p, "h": BAR_HEIGHT},
        }

    def _games_text(self, expected, wins):
        """"15 wins, 5 losses", with "≈" when p × games is not a whole number."""
        losses = self.GAMES - wins
        won = message("explorer.odds.count.win" if wins == 1 else "explorer.odds.count.wins",
                      n=wins)
        lost = message("explorer.odds.count.loss" if losses == 1
                       else "explorer.odds.count.losses", n=losses)
        exact = math.isclose(expected, wins, abs_tol=1e-9)
        return message("explorer.odds.games.exact" if exact else "explorer.odds.games.about",
                       wins=won, losses=lost)
