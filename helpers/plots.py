"""The static figures of the notebooks and the README, one builder per figure.

Every builder returns a :class:`matplotlib.figure.Figure` made with the
object-oriented API inside :func:`helpers.style.styled`: pyplot is never
imported and the caller's rcParams are left as they were. Each figure has a
fixed size and a dpi of 100, so a saved PNG is the same every time, and
carries a one-sentence description for screen readers in ``fig.alt_text``,
the same sentence as ``ALT_TEXT[builder_name]``.

Every word a figure draws or carries (titles, axis labels, legend entries,
annotations, alt text) comes from :mod:`helpers.messages`, by id, in the
language current when the figure is built; numbers are formatted here, and
pure mathematics such as ``$\\sigma(z)$`` stays here too.

The curves are computed with :mod:`helpers.numerics`, so a figure shows
exactly what the notebooks compute. Key artists carry a ``gid`` (such as
``"sigmoid"``) so that tests can find them.

In a notebook, a figure shows as the last expression of a cell, as a picture
with its alt text (:class:`helpers.style.DescribedFigure`); :func:`save_png`
writes one to a file.
"""

import itertools

import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.patches import ConnectionPatch, FancyArrowPatch, FancyBboxPatch, Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

from helpers import numerics
from helpers.messages import MessageMap, message
from helpers.style import (
    HATCHES,
    HIGHLIGHT,
    NEUTRAL,
    OKABE_ITO,
    SERIES,
    new_figure,
    series,
    styled,
    write_png,
)

__all__ = [
    "ALT_TEXT",
    "base_sweep_figure",
    "class_covariances_figure",
    "convexity_figure",
    "decision_regions_figure",
    "derivation_figure",
    "generative_boundaries_figure",
    "gradient_bars_figure",
    "hard_soft_figure",
    "hero_figure",
    "horse_race_figure",
    "inverse_figure",
    "inverse_tangents_figure",
    "log_square_figure",
    "logit_figure",
    "loss_curve_figure",
    "naive_softmax_figure",
    "naive_softmax_levels",
    "odds_figure",
    "odds_ratio_figure",
    "other_class_figure",
    "path_map_figure",
    "reliability_figure",
    "round_trip_figure",
    "save_png",
    "score_bars_figure",
    "score_shifts_figure",
    "shift_rounding_figure",
    "sigmoid_figure",
    "sigmoid_slope_figure",
    "temperature_figure",
    "temperature_sweep",
    "temperature_tie_figure",
    "two_class_softmax_figure",
    "two_classes_figure",
]

ALT_TEXT = MessageMap({
    "sigmoid_figure": "alt.sigmoid_figure",
    "odds_figure": "alt.odds_figure",
    "logit_figure": "alt.logit_figure",
    "inverse_figure": "alt.inverse_figure",
    "score_bars_figure": "alt.score_bars_figure",
    "derivation_figure": "alt.derivation_figure",
    "temperature_figure": "alt.temperature_figure",
    "convexity_figure": "alt.convexity_figure",
    "log_square_figure": "alt.log_square_figure",
    "hero_figure": "alt.hero_figure",
    "path_map_figure": "alt.path_map_figure",
    "sigmoid_slope_figure": "alt.sigmoid_slope_figure",
    "two_classes_figure": "alt.two_classes_figure",
    "horse_race_figure": "alt.horse_race_figure",
    "odds_ratio_figure": "alt.odds_ratio_figure",
    "round_trip_figure": "alt.round_trip_figure",
    "inverse_tangents_figure": "alt.inverse_tangents_figure",
    "other_class_figure": "alt.other_class_figure",
    "two_class_softmax_figure": "alt.two_class_softmax_figure",
    "shift_rounding_figure": "alt.shift_rounding_figure",
    "temperature_tie_figure": "alt.temperature_tie_figure",
    "base_sweep_figure": "alt.base_sweep_figure",
    "hard_soft_figure": "alt.hard_soft_figure",
    "gradient_bars_figure": "alt.gradient_bars_figure",
    "naive_softmax_figure": "alt.naive_softmax_figure",
    "score_shifts_figure": "alt.score_shifts_figure",
    # notebook 08
    "decision_regions_figure": "alt.decision_regions_figure",
    "loss_curve_figure": "alt.loss_curve_figure",
    "reliability_figure": "alt.reliability_figure",
    "generative_boundaries_figure": "alt.generative_boundaries_figure",
    "class_covariances_figure": "alt.class_covariances_figure",
})
"""builder name → its one-sentence alt text, read from :mod:`helpers.messages` in the
current language (``"sigmoid_figure"`` → the message ``"alt.sigmoid_figure"``)."""

DEFAULT_SCORES = (2.0, 1.0, 0.1)
DEFAULT_LOG_ODDS = (1.9, 0.9)  # the default scores minus the last: the same probabilities
DPI = 100
SHADE = {"color": NEUTRAL, "alpha": 0.12, "linewidth": 0}
GUIDE = {"color": NEUTRAL, "linewidth": 1.4}
POINT = {"markersize": 10, "markeredgecolor": "black", "linestyle": "none", "zorder": 4}


# --- small shared pieces ---------------------------------------------------------------


def _finish(fig, name):
    fig.alt_text = ALT_TEXT[name]
    return fig


def _curve(i):
    """Colour and line style of the i-th series, without markers (for dense curves)."""
    color, _, linestyle = SERIES[i % len(SERIES)]
    return {"color": color, "linestyle": linestyle}


def _point(i, **extra):
    """A single marked point in the i-th series' colour and marker."""
    style = series(i)
    return {"color": style["color"], "marker": style["marker"], **POINT, **extra}


CLASS_BAR_WIDTH = 0.7  # class i's bar spans i ± CLASS_BAR_WIDTH / 2


def draw_class_axes(ax, k):
    """Slots for K classes along x, at 0 … K − 1, labelled 1 … K, with no vertical grid
    (used by the class-bar figures and the scores, derivation and softmax explorers)."""
    xs = np.arange(k)
    ax.set_xticks(xs, [str(i + 1) for i in xs])
    ax.set_xlabel(message("plot.common.class"))
    ax.grid(False, axis="x")


def _class_bars(ax, values, *, fmt="{:.2f}"):
    """One bar per class: colour and hatch from the style, values written on the bars."""
    values = np.asarray(values, dtype=float)
    xs = np.arange(values.size)
    colors = [SERIES[i % len(SERIES)][0] for i in xs]
    bars = ax.bar(xs, values, color=colors, edgecolor="black", linewidth=1.0,
                  width=CLASS_BAR_WIDTH)
    for i, bar in enumerate(bars):
        bar.set_hatch(HATCHES[i % len(HATCHES)])
    ax.bar_label(bars, labels=[fmt.format(v) for v in values], padding=3)
    draw_class_axes(ax, values.size)
    return bars


def _scores(scores, func):
    z = np.asarray(scores, dtype=float)
    if z.ndim != 1 or z.size < 2 or not np.all(np.isfinite(z)):
        raise ValueError(f"{func}: scores must be a 1-D list of at least 2 finite numbers, "
                         f"got {scores!r}")
    return z


def _number_ticks(axis, values, labels=None):
    """Fixed ticks with plain labels (1/3, 3) rather than powers of ten."""
    axis.set_major_locator(FixedLocator(values))
    axis.set_major_formatter(FuncFormatter(
        lambda v, pos: labels[pos] if labels is not None else f"{v:g}"))
    axis.set_minor_locator(NullLocator())
    axis.set_minor_formatter(NullFormatter())


def save_png(fig, path):
    """Write ``fig`` as a PNG at 100 dpi, with no version string in the file.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        A figure from one of the builders.
    path : str, os.PathLike or binary file object
        Where to write the PNG.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from helpers.plots import sigmoid_figure, save_png
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp, "sigmoid.png")
    ...     save_png(sigmoid_figure(), path)
    ...     print(path.read_bytes()[1:4])
    b'PNG'
    """
    write_png(fig, path, dpi=DPI)


def readout_box(ax, xy, width, height):
    """A white rounded box at ``xy`` (axes fractions) to write readouts on."""
    return FancyBboxPatch(xy, width, height, transform=ax.transAxes,
                          boxstyle="round,pad=0.01", facecolor="white", edgecolor=NEUTRAL,
                          zorder=3)


# --- 02 sigmoid ------------------------------------------------------------------------


def draw_sigmoid(ax, z_max=8.0):
    """Draw σ(z) on [-z_max, z_max] into ``ax`` (used by :func:`sigmoid_figure` and the
    sigmoid explorer); returns the line."""
    zs = np.linspace(-z_max, z_max, 401)
    (line,) = ax.plot(zs, numerics.sigmoid(zs), **_curve(0), label=r"$\sigma(z)$", gid="sigmoid")
    ax.set_xlim(-z_max, z_max)
    ax.set_ylim(-0.05, 1.05)
    return line


def sigmoid_figure():
    """The sigmoid, its 0.5 threshold, the decision boundary z = 0 and the saturated tails.

    Beyond |z| = 4 the slope σ(1 − σ) is below 0.02: the curve is nearly flat
    and a change of score barely changes the probability.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 7 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, sigmoid_figure
    >>> fig = sigmoid_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['The sigmoid']
    >>> fig.alt_text == ALT_TEXT["sigmoid_figure"]
    True
    """
    with styled():
        fig, ax = new_figure(7.0, 4.2, dpi=DPI)
        draw_sigmoid(ax)
        for low, high, x_text, y_text in ((-8, -4, -6, 0.25), (4, 8, 6, 0.75)):
            ax.axvspan(low, high, **SHADE, gid="saturated")
            ax.text(x_text, y_text, message("plot.sigmoid.saturated"), ha="center",
                    va="center")
        ax.axhline(0.5, **GUIDE, linestyle="--", label=message("plot.sigmoid.threshold"),
                   gid="threshold")
        ax.axvline(0.0, **GUIDE, linestyle=":", label=message("plot.sigmoid.boundary"),
                   gid="boundary")
        ax.text(-0.3, 0.93, message("plot.sigmoid.predict_c2"), ha="right", va="center")
        ax.text(0.3, 0.07, message("plot.sigmoid.predict_c1"), ha="left", va="center")
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.sigmoid.ylabel"))
        ax.set_title(message("plot.sigmoid.title"))
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, 0.86))
    return _finish(fig, "sigmoid_figure")


# --- 03 odds ---------------------------------------------------------------------------

ODDS_POINTS = ((0.25, "1 : 3", 1), (0.75, "3 : 1", 0))  # (p, as "a : b", series index)


def _mark_odds(ax, p, text, i, offset):
    o = float(numerics.odds(p))
    ax.plot([p], [o], **_point(i), gid=f"odds-point-{p}")
    ax.annotate(message("plot.odds.point", p=f"{p}", ratio=text), (p, o), xytext=offset,
                textcoords="offset points", ha="center", va="center")


def _odds_linear(ax):
    ps = np.linspace(0.0, 0.95, 400)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds")
    ax.axvline(1.0, **GUIDE, linestyle="--", gid="asymptote")
    ax.text(0.85, 8.5, message("plot.odds.to_infinity"), ha="right", va="center")
    for (p, text, i), offset in zip(ODDS_POINTS, ((0, 38), (-55, 18)), strict=True):
        _mark_odds(ax, p, text, i, offset)
    ax.set_xlim(0.0, 1.02)
    ax.set_ylim(0.0, 10.0)
    ax.set_ylabel(message("plot.odds.ylabel"))
    ax.set_title(message("plot.odds.title"))


def _odds_log(ax):
    ps = np.linspace(0.02, 0.98, 400)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds-log")
    ax.set_yscale("log")
    ax.axhline(1.0, **GUIDE, linestyle="--", gid="even")
    ax.text(0.03, 1.25, message("plot.odds.even"), ha="left", va="bottom")
    for (p, text, i), offset in zip(ODDS_POINTS, ((40, -15), (-40, 15)), strict=True):
        _mark_odds(ax, p, text, i, offset)
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(1 / 20, 20)
    _number_ticks(ax.yaxis, [1 / 9, 1 / 3, 1, 3, 9], ["1/9", "1/3", "1", "3", "9"])
    ax.set_ylabel(message("plot.odds.log_ylabel"))
    ax.set_title(message("plot.odds.log_title"))


def odds_figure():
    """Odds against probability, on a linear axis and on a log axis.

    The linear panel shows odds running to infinity as p → 1 and p = 0.75
    giving odds of 3 ("3 : 1"). Both panels mark p = 0.25 (odds 1/3) and
    p = 0.75 (odds 3): lopsided on the linear axis, symmetric about 1 on the
    log axis, which is why the next step takes the log.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, odds_figure
    >>> fig = odds_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['Odds', 'Odds, log scale']
    >>> fig.alt_text == ALT_TEXT["odds_figure"]
    True
    """
    with styled():
        fig, (linear, log) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        _odds_linear(linear)
        _odds_log(log)
        for ax in (linear, log):
            ax.set_xlabel(message("plot.common.probability_p"))
    return _finish(fig, "odds_figure")


# --- 04 logit --------------------------------------------------------------------------


def _draw_logit(ax, z_max=7.0, **style):
    ps = numerics.sigmoid(np.linspace(-z_max, z_max, 401))  # dense where the curve is steep
    (line,) = ax.plot(ps, numerics.logit(ps), **(style or _curve(0)), gid="logit")
    return line


def logit_figure():
    """The logit log(p / (1 − p)): asymptotes at p = 0 and 1, symmetric about (0.5, 0).

    The points p = 0.25 and p = 0.75 land on −log 3 and log 3: swapping p for
    1 − p only flips the sign.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 7 × 4.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, logit_figure
    >>> fig = logit_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['The logit (log-odds)']
    >>> fig.alt_text == ALT_TEXT["logit_figure"]
    True
    """
    with styled():
        fig, ax = new_figure(7.0, 4.6, dpi=DPI)
        _draw_logit(ax)
        for p in (0.0, 1.0):
            ax.axvline(p, **GUIDE, linestyle="--", gid="asymptote")
        ps = np.array([0.25, 0.75])
        ax.plot([0.5], [0.0], **_point(2), gid="centre")
        ax.plot(ps, numerics.logit(ps), **_point(1), gid="logit-points")
        ax.annotate(message("plot.logit.centre"), (0.5, 0.0), xytext=(12, -22),
                    textcoords="offset points")
        ax.annotate("p = 0.25: −log 3", (0.25, -np.log(3)), xytext=(14, -16),
                    textcoords="offset points")
        ax.annotate("p = 0.75: log 3", (0.75, np.log(3)), xytext=(-14, 16),
                    textcoords="offset points", ha="right")
        ax.text(0.95, 5.0, message("plot.logit.to_plus_infinity"), ha="right", va="center")
        ax.text(0.05, -5.0, message("plot.logit.to_minus_infinity"), ha="left", va="center")
        ax.set_xlim(-0.05, 1.05)
        ax.set_ylim(-6.5, 6.5)
        ax.set_xlabel(message("plot.common.probability_p"))
        ax.set_ylabel(message("plot.logit.ylabel", logit=r"$\mathrm{logit}(p)$"))
        ax.set_title(message("plot.logit.title"))
    return _finish(fig, "logit_figure")


# --- 05 inverse ------------------------------------------------------------------------


def draw_inverse_curves(ax, lim=4.0):
    """Draw σ(z), logit(p) and the mirror line y = x on the square [-lim, lim]² into ``ax``,
    with equal aspect, axis labels and legend (used by :func:`inverse_figure` and the
    inverse explorer)."""
    draw_sigmoid(ax, z_max=lim)
    _draw_logit(ax, z_max=lim, **_curve(2), label=r"$\mathrm{logit}(p)$")
    ax.plot([-lim, lim], [-lim, lim], **GUIDE, linestyle="--", label="$y = x$",
            gid="identity")
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.set_xlabel(message("plot.common.input"))
    ax.set_ylabel(message("plot.common.output"))
    ax.legend(loc="upper left")


def inverse_figure(z=2.0):
    """The sigmoid and the logit mirrored about y = x, with one point and its mirror image.

    Parameters
    ----------
    z : float, default 2.0
        The score of the example point (z, σ(z)); its mirror is (σ(z), z).
        Must lie within the axes, |z| < 4.

    Returns
    -------
    matplotlib.figure.Figure
        One square axes with equal limits, 6.2 × 6.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, inverse_figure
    >>> fig = inverse_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['Sigmoid and logit are inverses']
    >>> fig.alt_text == ALT_TEXT["inverse_figure"]
    True
    """
    lim = 4.0
    if not abs(z) < lim:
        raise ValueError(f"inverse_figure: z must be in (-{lim}, {lim}), got {z!r}")
    p = float(numerics.sigmoid(z))
    with styled():
        fig, ax = new_figure(6.2, 6.2, dpi=DPI)
        draw_inverse_curves(ax, lim)
        ax.plot([z, p], [p, z], color=HIGHLIGHT, linestyle=":", linewidth=1.8, gid="mirror")
        ax.plot([z], [p], **_point(0), gid="example-sigmoid")
        ax.plot([p], [z], **_point(2), gid="example-logit")
        ax.annotate(rf"$({z:g},\ \sigma({z:g}))$", (z, p), xytext=(8, -24),
                    textcoords="offset points")
        ax.annotate(rf"$(\sigma({z:g}),\ {z:g})$", (p, z), xytext=(-10, 6),
                    textcoords="offset points", ha="right")
        ax.set_title(message("plot.inverse.title"))
    return _finish(fig, "inverse_figure")


# --- 01 scores -------------------------------------------------------------------------


def score_bars_figure(scores=DEFAULT_SCORES):
    """Raw scores, a sigmoid per score (their sum is not 1) and softmax (sum 1), as bars.

    Parameters
    ----------
    scores : sequence of float, default (2.0, 1.0, 0.1)
        One score per class, at least two.

    Returns
    -------
    matplotlib.figure.Figure
        Three axes side by side, 11 × 4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, score_bars_figure
    >>> fig = score_bars_figure([2.0, 1.0, 0.1])
    >>> [ax.get_xlabel() for ax in fig.axes]
    ['class', 'class\\nsum = 2.14 ≠ 1', 'class\\nsum = 1.00']
    >>> fig.alt_text == ALT_TEXT["score_bars_figure"]
    True
    """
    z = _scores(scores, "score_bars_figure")
    sig = numerics.sigmoid(z)
    soft = numerics.softmax(z)
    with styled():
        fig, (raw, each, joint) = new_figure(11.0, 4.0, dpi=DPI, ncols=3)
        _class_bars(raw, z)
        raw.axhline(0.0, color="black", linewidth=1.0)
        raw.margins(y=0.2)
        raw.set_title(message("plot.score_bars.raw_title"))
        _class_bars(each, sig)
        each.set_title(message("plot.score_bars.sigmoid_title"))
        total = f"{sig.sum():.2f}"
        each.set_xlabel(message("plot.score_bars.sum_xlabel" if total == "1.00"
                                else "plot.score_bars.sum_not_one_xlabel", total=total))
        _class_bars(joint, soft)
        joint.set_title(message("plot.score_bars.softmax_title"))
        joint.set_xlabel(message("plot.score_bars.sum_xlabel", total=f"{soft.sum():.2f}"))
        for ax in (each, joint):
            ax.set_ylim(0.0, 1.15)
    return _finish(fig, "score_bars_figure")


# --- 06 derivation ---------------------------------------------------------------------


def derivation_figure(log_odds=DEFAULT_LOG_ODDS):
    """K − 1 log-odds against the reference class K, and the K probabilities they give.

    The probabilities come from
    :func:`helpers.numerics.probs_from_reference_log_odds`; the reference
    class has log-odds 0 against itself, drawn as a marker on the zero line.
    The default log-odds are the scores (2, 1, 0.1) minus the last one, so the
    probabilities are those of softmax([2, 1, 0.1]).

    Parameters
    ----------
    log_odds : sequence of float, default (1.9, 0.9)
        :math:`\\log(P_i / P_K)` for i = 1, ..., K − 1; at least one.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, derivation_figure
    >>> fig = derivation_figure([1.9, 0.9])
    >>> [t.get_text() for t in fig.axes[1].get_xticklabels()]
    ['1', '2', '3\\n(ref.)']
    >>> fig.alt_text == ALT_TEXT["derivation_figure"]
    True
    """
    r = np.atleast_1d(np.asarray(log_odds, dtype=float))
    if r.ndim != 1 or not np.all(np.isfinite(r)):
        raise ValueError(f"derivation_figure: log_odds must be a 1-D list of finite numbers, "
                         f"got {log_odds!r}")
    probs = numerics.probs_from_reference_log_odds(r)
    k = probs.size
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        _class_bars(left, r)
        left.set_xlim(-0.6, k - 0.4)
        left.plot([k - 1], [0.0], **_point(k - 1), clip_on=False, gid="reference-zero")
        left.annotate(message("plot.derivation.zero_by_definition"), (k - 1, 0.0), xytext=(0, 14),
                      textcoords="offset points", ha="center", va="bottom")
        left.axhline(0.0, color="black", linewidth=1.0)
        left.margins(y=0.2)
        left.set_title(message("plot.derivation.log_odds_title",
                               ratio=rf"$\log(P_i\,/\,P_{k})$"))
        bars = _class_bars(right, probs)
        bars[-1].set_linewidth(2.5)
        bars[-1].set_linestyle("--")
        bars[-1].set_gid("reference-bar")
        right.set_ylim(0.0, 1.15)
        right.set_title(message("plot.derivation.probs_title", total=f"{probs.sum():.2f}"))
        ticks = [str(i + 1) for i in range(k - 1)]
        ticks.append(message("plot.derivation.reference_tick", k=f"{k}"))
        for ax in (left, right):
            ax.set_xticks(np.arange(k), ticks)
    return _finish(fig, "derivation_figure")


# --- 07 temperature --------------------------------------------------------------------


def temperature_sweep(scores=DEFAULT_SCORES, t_min=0.05, t_max=50.0, num=121):
    """Temperatures on a log grid, and the softmax of ``scores`` at each of them.

    Parameters
    ----------
    scores : sequence of float, default (2.0, 1.0, 0.1)
        One score per class, at least two.
    t_min, t_max : float
        The smallest and largest temperature.
    num : int
        How many temperatures, evenly spaced on a log scale.

    Returns
    -------
    temps : ndarray, shape (num,)
    probs : ndarray, shape (num, K)
        ``probs[j]`` is ``softmax(scores, temperature=temps[j])``.

    Examples
    --------
    >>> from helpers.plots import temperature_sweep
    >>> temps, probs = temperature_sweep([2.0, 1.0, 0.1], t_min=0.1, t_max=10.0, num=3)
    >>> print(temps)
    [ 0.1  1.  10. ]
    >>> print(probs.round(3))
    [[1.    0.    0.   ]
     [0.659 0.242 0.099]
     [0.366 0.331 0.303]]
    """
    z = _scores(scores, "temperature_sweep")
    temps = np.geomspace(t_min, t_max, num)
    return temps, np.array([numerics.softmax(z, temperature=t) for t in temps])


def temperature_figure(scores=DEFAULT_SCORES):
    """Each class's softmax probability against the temperature T, from 0.05 to 50.

    At small T the largest score takes everything (one-hot); at large T every
    class tends to 1/K (uniform). T = 1 is plain softmax.

    Parameters
    ----------
    scores : sequence of float, default (2.0, 1.0, 0.1)
        One score per class, at least two.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 4.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, temperature_figure
    >>> fig = temperature_figure()
    >>> [line.get_label() for line in fig.axes[0].get_legend().get_lines()]
    ['class 1 (z = 2)', 'class 2 (z = 1)', 'class 3 (z = 0.1)']
    >>> fig.alt_text == ALT_TEXT["temperature_figure"]
    True
    """
    z = _scores(scores, "temperature_figure")
    temps, probs = temperature_sweep(z)
    k = z.size
    with styled():
        fig, ax = new_figure(8.0, 4.6, dpi=DPI)
        ax.set_xscale("log")
        for i in range(k):
            ax.plot(temps, probs[:, i], **series(i), markevery=(3 * i, 15), markersize=7,
                    label=message("plot.common.class_n_score", i=f"{i + 1}", z=f"{z[i]:g}"),
                    gid=f"class-{i + 1}")
        ax.axhline(1 / k, **GUIDE, linestyle=(0, (8, 4)), gid="uniform")
        ax.axvline(1.0, **GUIDE, linestyle=":", gid="t-one")
        ax.text(0.06, 1.04, message("plot.temperature.one_hot"), ha="left", va="bottom")
        ax.text(45, 1 / k + 0.03, message("plot.temperature.uniform", k=f"{k}"), ha="right",
                va="bottom")
        ax.text(1.1, 1.04, "T = 1", ha="left", va="bottom")
        _number_ticks(ax.xaxis, [0.1, 1, 10])
        ax.set_xlim(temps[0], temps[-1])
        ax.set_ylim(-0.03, 1.12)
        ax.set_xlabel(message("plot.common.temperature_log"))
        ax.set_ylabel(message("plot.temperature.ylabel"))
        ax.set_title(message("plot.temperature.title"))
        ax.legend(loc="center left", bbox_to_anchor=(0.0, 0.62))
    return _finish(fig, "temperature_figure")


# --- 04 convexity ----------------------------------------------------------------------


def _convexity_panel(ax, xs, ys, chord, title, gid):
    ax.plot(xs, ys, **_curve(0), gid=gid)
    cx = np.asarray(chord)
    cy = np.interp(cx, xs, ys)
    ax.plot(cx, cy, **series(1), markersize=8, label=message("plot.common.chord"),
            gid=f"{gid}-chord")
    ax.set_xlabel("$x$")
    ax.set_title(title)


def convexity_figure():
    """Counterexample: f(x) = x² + 1 is convex, log f is not.

    The second derivative of log(x² + 1) is 2(1 − x²)/(1 + x²)²: positive for
    |x| < 1, negative for |x| > 1. The chord from x = 1.2 to x = 3 lies above f
    but below log f. The log is increasing, so it keeps where the minimum is,
    but not the shape of the curve.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, convexity_figure
    >>> fig = convexity_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['$f(x) = x^2 + 1$: convex', '$\\\\log f(x)$: not convex']
    >>> fig.alt_text == ALT_TEXT["convexity_figure"]
    True
    """
    xs = np.linspace(-3.0, 3.0, 601)
    f = xs**2 + 1.0
    chord = (1.2, 3.0)
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        _convexity_panel(left, xs, f, chord, message("plot.convexity.left_title"), "f")
        left.text(0.0, 7.0, message("plot.convexity.curves_up"), ha="center", va="center")
        _convexity_panel(right, xs, np.log(f), chord, message("plot.convexity.right_title"),
                         "log-f")
        for low, high in ((-3, -1), (1, 3)):
            right.axvspan(low, high, **SHADE, gid="concave")
        right.plot([-1.0, 1.0], np.log([2.0, 2.0]), **_point(2),
                   label=message("plot.convexity.inflection"), gid="inflection")
        for x_text in (-2.0, 2.0):
            right.text(x_text, 0.35, message("plot.convexity.concave"), ha="center", va="center")
        right.text(0.0, 1.6, message("plot.convexity.convex"), ha="center", va="center")
        right.legend(loc="upper center")
        left.legend(loc="upper center")
    return _finish(fig, "convexity_figure")


def log_square_figure():
    """A second counterexample: f(x) = x² is convex on (0, 3], log f = 2 log x is concave.

    Here the log turns a convex function into one that bends the wrong way
    everywhere: the chord from x = 0.5 to x = 3 lies above f and below log f.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, log_square_figure
    >>> fig = log_square_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['$f(x) = x^2$: convex', '$\\\\log f(x) = 2 \\\\log x$: concave']
    >>> fig.alt_text == ALT_TEXT["log_square_figure"]
    True
    """
    xs = np.linspace(0.1, 3.0, 581)
    chord = (0.5, 3.0)
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        _convexity_panel(left, xs, xs**2, chord, message("plot.log_square.left_title"), "f")
        _convexity_panel(right, xs, 2.0 * np.log(xs), chord,
                         message("plot.log_square.right_title"), "log-f")
        for ax in (left, right):
            ax.set_xlim(0.0, 3.1)
            ax.legend(loc="upper left")
    return _finish(fig, "log_square_figure")


# --- README --------------------------------------------------------------------------------


def _hero_scores(ax, z):
    _class_bars(ax, z, fmt="{:g}")
    ax.set_ylim(0.0, 2.6)
    ax.set_title(message("plot.hero.scores_title"))


def _hero_sigmoid(ax, z, p):
    draw_sigmoid(ax, z_max=5.0)
    for i in range(z.size):
        ax.plot([z[i]], [p[i]], **_point(i), gid=f"hero-sigmoid-{i + 1}")
    ax.set_xticks([-4, 0, 4])
    ax.set_xlabel("$z$")
    ax.set_title(message("plot.hero.sigmoid_title"))


def _hero_odds(ax, p):
    ps = np.linspace(0.0, 0.92, 200)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds")
    for i in range(p.size):
        ax.plot([p[i]], [numerics.odds(p[i])], **_point(i), gid=f"hero-odds-{i + 1}")
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 10.0)
    ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.set_xlabel("$p$")
    ax.set_title(message("plot.hero.odds_title"))


def _hero_logit(ax, z, p):
    _draw_logit(ax, z_max=5.0)
    for i in range(p.size):
        ax.plot([p[i]], [z[i]], **_point(i), gid=f"hero-logit-{i + 1}")
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(-5.0, 5.0)
    ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.set_xlabel("$p$")
    ax.set_title(message("plot.hero.logit_title"))


def _hero_softmax(ax, z):
    _class_bars(ax, numerics.softmax(z))
    ax.set_ylim(0.0, 1.0)
    ax.set_title(message("plot.hero.softmax_title"))


def _arrows_between(fig, axes):
    """Arrows in the gaps between neighbouring panels, at title height."""
    for left, right in itertools.pairwise(axes):
        fig.add_artist(ConnectionPatch(
            (1.0, 1.07), (0.0, 1.07), coordsA=left.transAxes, coordsB=right.transAxes,
            arrowstyle="-|>", mutation_scale=18, color=NEUTRAL, linewidth=1.6))


def hero_figure():
    """The whole path as five small panels: scores, sigmoid, odds, logit, softmax.

    The scores (2, 1, 0.1) are followed through every step: each class has one
    colour and marker throughout.

    Returns
    -------
    matplotlib.figure.Figure
        Five axes in a row, 15 × 3.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, hero_figure
    >>> fig = hero_figure()
    >>> len(fig.axes)
    5
    >>> fig.alt_text == ALT_TEXT["hero_figure"]
    True
    """
    z = np.asarray(DEFAULT_SCORES)
    p = numerics.sigmoid(z)
    with styled():
        fig, axes = new_figure(15.0, 3.4, dpi=DPI, ncols=5)
        fig.get_layout_engine().set(wspace=0.08)
        _hero_scores(axes[0], z)
        _hero_sigmoid(axes[1], z, p)
        _hero_odds(axes[2], p)
        _hero_logit(axes[3], z, p)
        _hero_softmax(axes[4], z)
        _arrows_between(fig, axes)
    return _finish(fig, "hero_figure")


# --- figures of notebook 00 ---

PATH_STOPS = (  # (number, message id of its name, key formula, kind)
    ("00", "plot.path_map.stop_00", r"$z \longrightarrow P$", "start"),
    ("01", "plot.path_map.stop_01", r"$z_i \in \mathbb{R}$", "many"),
    ("02", "plot.path_map.stop_02", r"$\sigma(z) = 1/(1+e^{-z})$", "one"),
    ("03", "plot.path_map.stop_03", r"$o = p/(1-p)$", "one"),
    ("04", "plot.path_map.stop_04", r"$\mathrm{logit}(p) = \log o$", "one"),
    ("05", "plot.path_map.stop_05", r"$\sigma(\mathrm{logit}(p)) = p$", "one"),
    ("06", "plot.path_map.stop_06", r"$r_i = \log(P_i/P_K)$", "many"),
    ("07", "plot.path_map.stop_07", r"$P_i = e^{z_i} / \Sigma_j\, e^{z_j}$", "many"),
    ("08", "plot.path_map.stop_08", r"$P = \mathrm{softmax}(xW + w_0)$", "many"),
)
PATH_COLUMNS = 3  # boxes per row of the map, in reading order
_PATH_KIND = {  # told apart by line style as well as colour
    "start": {"edgecolor": "black", "linestyle": "-", "linewidth": 3.0,
              "facecolor": to_rgba(NEUTRAL, 0.08)},
    "one": {"edgecolor": OKABE_ITO["blue"], "linestyle": "-", "linewidth": 2.6,
            "facecolor": to_rgba(OKABE_ITO["blue"], 0.1)},
    "many": {"edgecolor": OKABE_ITO["vermillion"], "linestyle": "--", "linewidth": 2.6,
             "facecolor": to_rgba(OKABE_ITO["vermillion"], 0.1)},
}


def path_map_figure():
    """The map of the core path: one box per notebook, with its key formula.

    Boxes about one score and two classes have solid edges; boxes about K
    scores and K classes have dashed ones (colour is never the only cue). Each
    box's patch carries the notebook's number as its ``gid``.

    >>> from helpers.plots import ALT_TEXT, path_map_figure
    >>> fig = path_map_figure()
    >>> fig.alt_text == ALT_TEXT["path_map_figure"]
    True
    """
    width, height = 2.62, 1.62  # box size in data units
    rows = -(-len(PATH_STOPS) // PATH_COLUMNS)
    centres = [(1.45 + 3.1 * (i % PATH_COLUMNS), 0.98 + 2.12 * (rows - 1 - i // PATH_COLUMNS))
               for i in range(len(PATH_STOPS))]
    arrow = {"arrowstyle": "-|>", "mutation_scale": 22, "linewidth": 2.2, "color": NEUTRAL}
    with styled():
        fig, ax = new_figure(8.4, 2.0 * rows + 1.6, dpi=DPI, layout=None)
        fig.subplots_adjust(left=0.005, right=0.995, bottom=0.1, top=0.995)
        ax.set_xlim(0.0, 3.1 * PATH_COLUMNS + 0.25)
        ax.set_ylim(0.05, 2.12 * rows - 0.24)
        ax.set_axis_off()
        for (number, name, formula, kind), (x, y) in zip(PATH_STOPS, centres, strict=True):
            ax.add_patch(FancyBboxPatch((x - width / 2, y - height / 2), width, height,
                                        boxstyle="round,pad=0.02,rounding_size=0.12",
                                        gid=number, **_PATH_KIND[kind]))
            ax.text(x, y + 0.56, number, ha="center", va="center", fontsize=18,
                    fontweight="bold")
            ax.text(x, y + 0.08, message(name), ha="center", va="center", fontsize=14,
                    linespacing=1.05)
            ax.text(x, y - 0.5, formula, ha="center", va="center", fontsize=14)
        for i in range(len(PATH_STOPS) - 1):
            (x0, y0), (x1, y1) = centres[i], centres[i + 1]
            if y0 == y1:  # along a row
                ax.add_patch(FancyArrowPatch((x0 + width / 2 + 0.03, y0),
                                             (x1 - width / 2 - 0.03, y1), **arrow))
                continue
            y_gap = (y0 + y1) / 2  # from the end of a row to the start of the next
            ax.plot([x0, x0, x1], [y0 - height / 2 - 0.03, y_gap, y_gap], color=NEUTRAL,
                    linestyle="-", linewidth=2.2, solid_joinstyle="miter")
            ax.add_patch(FancyArrowPatch((x1, y_gap), (x1, y1 + height / 2 + 0.03), **arrow))
        legend = [Patch(label=message("plot.path_map.legend_start"), **_PATH_KIND["start"]),
                  Patch(label=message("plot.path_map.legend_one"), **_PATH_KIND["one"]),
                  Patch(label=message("plot.path_map.legend_many"), **_PATH_KIND["many"])]
        fig.legend(handles=legend, loc="lower center", ncol=3, fontsize=14, frameon=False,
                   handlelength=2.6, handleheight=1.2)
    return _finish(fig, "path_map_figure")

# --- figures of notebook 02 and its deeper notebooks ---


def sigmoid_slope_figure():
    """The sigmoid and its slope σ'(z) = σ(z)(1 − σ(z)), with the steepest point starred.

    The slope is a bell-shaped bump, largest (1/4) at z = 0 and nearly 0 in the
    saturated tails.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 7 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, sigmoid_slope_figure
    >>> fig = sigmoid_slope_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['The sigmoid and its slope']
    >>> fig.alt_text == ALT_TEXT["sigmoid_slope_figure"]
    True
    """
    zs = np.linspace(-8.0, 8.0, 401)
    p = numerics.sigmoid(zs)
    with styled():
        fig, ax = new_figure(7.0, 4.2, dpi=DPI)
        draw_sigmoid(ax)
        ax.plot(zs, p * (1.0 - p), **_curve(1), gid="slope",
                label=message("plot.sigmoid_slope.slope"))
        ax.axhline(0.25, **GUIDE, linestyle=":", gid="quarter")
        ax.plot([0.0], [0.25], marker="*", markersize=16, color=HIGHLIGHT,
                markeredgecolor="black", linestyle="none", zorder=4, gid="steepest")
        ax.annotate(message("plot.sigmoid_slope.steepest"), (0.1, 0.26), xytext=(1.6, 0.42),
                    ha="left", va="center", arrowprops={"arrowstyle": "->", "color": NEUTRAL})
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.common.value"))
        ax.set_title(message("plot.sigmoid_slope.title"))
        ax.legend(loc="upper left")
    return _finish(fig, "sigmoid_slope_figure")


# --- figures of notebook 03 and its deeper notebooks ---


def two_classes_figure(z_max=6.0):
    """The two class probabilities p = σ(z) and 1 − p against the score, and the tie.

    The curves cross at p = 0.5 where z = 0: to the right the rule decides C1,
    to the left C2, and the crossing itself needs a stated convention.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 4.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, two_classes_figure
    >>> fig = two_classes_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['Two classes share one number: p and 1 − p']
    >>> fig.alt_text == ALT_TEXT["two_classes_figure"]
    True
    """
    zs = np.linspace(-z_max, z_max, 241)
    p = numerics.sigmoid(zs)
    with styled():
        fig, ax = new_figure(8.0, 4.4, dpi=DPI)
        for low, high, i, gid in ((-z_max, 0.0, 1, "decide-c2"), (0.0, z_max, 0, "decide-c1")):
            ax.axvspan(low, high, color=SERIES[i][0], alpha=0.08, linewidth=0, gid=gid)
        ax.plot(zs, p, **_curve(0), label=r"$P(C_1 \mid x) = p = \sigma(z)$", gid="class-1")
        ax.plot(zs, 1 - p, **_curve(1), label=r"$P(C_2 \mid x) = 1 - p$", gid="class-2")
        ax.axvline(0.0, **GUIDE, linestyle=":", gid="boundary")
        ax.plot([0.0], [0.5], color="black", marker="o", **POINT, gid="tie")
        ax.annotate(message("plot.two_classes.tie"), (0.0, 0.5), xytext=(1.0, 0.40),
                    ha="left", va="center", arrowprops={"arrowstyle": "->", "color": NEUTRAL})
        ax.text(-z_max + 0.3, 0.58, message("plot.two_classes.decide_c2"), ha="left", va="center")
        ax.text(z_max - 0.3, 0.62, message("plot.two_classes.decide_c1"), ha="right", va="center")
        ax.set_xlim(-z_max, z_max)
        ax.set_ylim(-0.03, 1.03)
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.common.probability"))
        ax.set_title(message("plot.two_classes.title"))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
    return _finish(fig, "two_classes_figure")


def horse_race_figure(p=0.75, n_races=1_000_000, seed=0):
    """A simulated horse that wins each race with probability p: the long run and blocks of 4.

    Left, the share of races won so far settles at p as the races add up. Right,
    the share of 4-race blocks with 0 to 4 wins (bars) matches the binomial
    probabilities (points): at p = 0.75, exactly 3 wins in only 42 % of the blocks.
    The races are ``numpy.random.default_rng(seed).random(n_races) < p``, so the
    figure is the same every time and matches a notebook that draws them so.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 11 × 4.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, horse_race_figure
    >>> fig = horse_race_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['The share won settles at p', 'Wins in a block of 4 races']
    >>> fig.alt_text == ALT_TEXT["horse_race_figure"]
    True
    """
    from math import comb

    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    won = np.random.default_rng(seed).random(n_races) < p
    races = np.unique(np.geomspace(1, n_races, 400).astype(int))  # log-spaced sample
    running = np.cumsum(won)[races - 1] / races
    blocks = won[: n_races // 4 * 4].reshape(-1, 4).sum(axis=1)
    simulated = np.bincount(blocks, minlength=5) / blocks.size
    ks = np.arange(5)
    exact = np.array([comb(4, int(k)) * p**k * (1 - p) ** (4 - k) for k in ks])
    with styled():
        fig, (left, right) = new_figure(11.0, 4.4, dpi=DPI, ncols=2, width_ratios=[1.3, 1.0])
        left.plot(races, running, **_curve(0), label=message("plot.horse_race.running"),
                  gid="running-share")
        left.axhline(p, **GUIDE, linestyle="--", label=f"p = {p:g}", gid="p")
        left.set_xscale("log")
        left.set_xlim(1, n_races)
        left.set_ylim(0.0, 1.05)
        left.set_xlabel(message("plot.horse_race.races_xlabel"))
        left.set_ylabel(message("plot.horse_race.share_ylabel"))
        left.set_title(message("plot.horse_race.running_title"))
        left.legend(loc="lower right")

        bars = right.bar(ks, simulated, color=[SERIES[k % len(SERIES)][0] for k in ks],
                         edgecolor="black", linewidth=1.0, width=0.7, gid="simulated")
        for k, bar in enumerate(bars):
            bar.set_hatch(HATCHES[k % len(HATCHES)])
        right.bar_label(bars, labels=[f"{v:.2f}" for v in simulated], padding=3)
        right.plot(ks, exact, color="black", marker="D", linestyle="none", markersize=8,
                   zorder=4, gid="exact")
        right.set_xticks(ks)
        right.set_ylim(0.0, 1.15 * max(simulated.max(), exact.max()) + 0.05)
        right.set_xlabel(message("plot.horse_race.wins_xlabel"))
        right.set_ylabel(message("plot.horse_race.blocks_ylabel"))
        right.set_title(message("plot.horse_race.blocks_title"))
        right.grid(False, axis="x")
        right.legend([Patch(facecolor="white", edgecolor="black"),
                      Line2D([], [], color="black", marker="D", linestyle="none")],
                     [message("plot.horse_race.simulated"), message("plot.horse_race.exact")],
                     loc="upper left")
    return _finish(fig, "horse_race_figure")


# --- figures of notebook 04 and its deeper notebooks ---


def odds_ratio_figure():
    """Multiply the odds by 2: the step in p depends on the start, the step in log-odds does not.

    An odds ratio k multiplies the odds, so it adds log k to the log-odds from
    any starting probability; the step it makes in p is largest in the middle
    and near 0 at both ends. Here k = 2, with the starts 0.1, 0.25, 0.5, 0.75
    and 0.9 marked.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, odds_ratio_figure
    >>> fig = odds_ratio_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['Odds × 2: the step in $p$', 'Odds × 2: the step in log-odds']
    >>> fig.alt_text == ALT_TEXT["odds_ratio_figure"]
    True
    """
    k = 2.0
    ps = numerics.sigmoid(np.linspace(-5.0, 5.0, 401))  # dense near both ends
    starts = np.array([0.1, 0.25, 0.5, 0.75, 0.9])
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        for ax, i, name, step in (
            (left, 0, "p", lambda p, q: q - p),
            (right, 1, "log-odds", lambda p, q: numerics.logit(q) - numerics.logit(p)),
        ):
            for xs, style, gid in ((ps, _curve(i), f"step-{name}"),
                                   (starts, _point(i), f"step-{name}-points")):
                after = numerics.prob_from_odds(k * numerics.odds(xs))
                ax.plot(xs, step(xs, after), **style, gid=gid)
            ax.set_xlim(0.0, 1.0)
            ax.set_xlabel(message("plot.odds_ratio.xlabel"))
        left.set_ylim(0.0, 0.2)
        factor = f"{k:g}"
        left.set_ylabel(message("plot.odds_ratio.p_ylabel"))
        left.set_title(message("plot.odds_ratio.p_title", k=factor))
        right.set_ylim(0.0, 1.0)
        right.set_ylabel(message("plot.odds_ratio.log_odds_ylabel"))
        right.set_title(message("plot.odds_ratio.log_odds_title", k=factor))
        right.text(0.5, np.log(k) + 0.08,
                   message("plot.odds_ratio.always", k=factor, step=f"{np.log(k):.3f}"),
                   ha="center", va="bottom")
    return _finish(fig, "odds_ratio_figure")


# --- figures of notebook 05 and its deeper notebooks ---


def _first_float_where(condition, low, high):
    """The smallest float z in (low, high] with condition(z), for a condition that turns on once."""
    while True:
        middle = (low + high) / 2
        if middle in (low, high):
            return high
        low, high = (low, middle) if condition(middle) else (middle, high)


def round_trip_figure():
    """The relative error of logit(σ(z)) in float64 for z from −40 to 40, measured and predicted.

    Returns
    -------
    matplotlib.figure.Figure
        One axes with a log y axis, 9 × 5 inches. Points where z comes back
        exactly are drawn at the floor (1e-18), points where σ(z) is stored as
        1.0 (so the logit is inf) at the top; the shaded band starts at the
        smallest float z with σ(z) == 1.0.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, round_trip_figure
    >>> round_trip_figure().alt_text == ALT_TEXT["round_trip_figure"]
    True
    """
    z = np.linspace(-40.0, 40.0, 321)
    z = z[z != 0.0]
    s = numerics.sigmoid(z)
    with np.errstate(divide="ignore"):
        measured = np.abs(numerics.logit(s) - z) / np.abs(z)
    one_gap = np.spacing(s) / (s * numerics.sigmoid(-z)) / np.abs(z)  # one gap, times logit′
    exact, lost = measured == 0, np.isinf(measured)
    some = ~exact & ~lost
    stored_as_one = _first_float_where(lambda v: numerics.sigmoid(v) == 1.0, 30.0, 40.0)
    floor, top = 1e-18, 1.0
    with styled():
        fig, ax = new_figure(9, 5, dpi=DPI)
        ax.set_yscale("log")
        ax.axvspan(stored_as_one, 41.0, **SHADE, gid="stored-as-one")
        ax.plot(z[~lost], one_gap[~lost], color=NEUTRAL, linestyle="-", linewidth=1.2,
                label=message("plot.round_trip.one_gap"), gid="one-gap")
        ax.plot(z[some], measured[some], **{**series(0), "linestyle": "none"}, markersize=5,
                label=message("plot.round_trip.measured"), gid="measured")
        ax.plot(z[exact], np.full(exact.sum(), floor), **{**series(0), "linestyle": "none"},
                markersize=5, fillstyle="none", clip_on=False,
                label=message("plot.round_trip.exact"), gid="exact")
        ax.plot(z[lost], np.full(lost.sum(), top), color=HIGHLIGHT, marker="^", markersize=9,
                linestyle="none", clip_on=False, label=message("plot.round_trip.infinite"),
                gid="infinite")
        ax.set_ylim(floor, top)
        ax.set_xlim(-41, 41)
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.round_trip.ylabel"))
        ax.set_title(message("plot.round_trip.title"))
        ax.legend(loc="upper left", fontsize=11)
    return _finish(fig, "round_trip_figure")


def inverse_tangents_figure(z=1.0):
    """The tangents of σ at (z, σ(z)) and of the logit at (σ(z), z): slopes m and 1/m.

    Parameters
    ----------
    z : float, default 1.0
        The score of the point of tangency, in [-1, 1.5] so that both tangents fit.

    Returns
    -------
    matplotlib.figure.Figure
        One square axes with equal limits, 6.4 × 6.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, inverse_tangents_figure
    >>> inverse_tangents_figure().alt_text == ALT_TEXT["inverse_tangents_figure"]
    True
    """
    if not -1.0 <= z <= 1.5:
        raise ValueError(f"inverse_tangents_figure: z must be in [-1, 1.5], got {z!r}")
    p = float(numerics.sigmoid(z))
    m = p * float(numerics.sigmoid(-z))  # σ′(z) = σ(z)(1 − σ(z))
    along = np.array([-1.6, 1.6])
    curve = np.linspace(-2.0, 4.0, 401)
    with styled():
        fig, ax = new_figure(6.4, 6.4, dpi=DPI)
        ax.plot([-1.5, 3], [-1.5, 3], **GUIDE, linestyle="--", label="$y = x$", gid="identity")
        ax.plot(curve, numerics.sigmoid(curve), **_curve(0), label=r"$\sigma(z)$", gid="sigmoid")
        ax.plot(numerics.sigmoid(curve), curve, color=SERIES[1][0], linestyle="-.",
                label=r"$\mathrm{logit}(p)$", gid="logit")
        ax.plot(z + along, p + m * along, color="black", linestyle=":", linewidth=2.0,
                label=message("plot.inverse_tangents.tangents"), gid="tangent-sigmoid")
        ax.plot(p + m * along, z + along, color="black", linestyle=":", linewidth=2.0,
                gid="tangent-logit")
        ax.plot([z], [p], **_point(0, markersize=11), gid="point-sigmoid")
        ax.plot([p], [z], **_point(1, markersize=11), gid="point-logit")
        slope = f"{m:.3f}"
        ax.annotate(message("plot.inverse_tangents.slope", z=f"{z:g}", m=slope),
                    (z + 1.4, p + 1.4 * m), xytext=(1.2, -0.4),
                    ha="left", arrowprops={"arrowstyle": "->", "color": NEUTRAL})
        ax.annotate(message("plot.inverse_tangents.reciprocal_slope", m=slope,
                            reciprocal=f"{1 / m:.2f}"), (p + 1.4 * m, z + 1.4),
                    xytext=(-1.35, 2.6), ha="left",
                    arrowprops={"arrowstyle": "->", "color": NEUTRAL})
        ax.set_xlim(-1.5, 3)
        ax.set_ylim(-1.5, 3)
        ax.set_aspect("equal")
        ax.set_xlabel(message("plot.common.input"))
        ax.set_ylabel(message("plot.common.output"))
        ax.set_title(message("plot.inverse_tangents.title"))
        ax.legend(loc="lower right")
    return _finish(fig, "inverse_tangents_figure")


def other_class_figure():
    """The other class's probability for z in [20, 45]: σ(−z), and 1 − σ(z) by subtraction.

    Returns
    -------
    matplotlib.figure.Figure
        One axes with a log y axis, 8 × 4.5 inches. Where the subtraction gives
        exactly 0, its markers are drawn open at the floor (1e-20).

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, other_class_figure
    >>> other_class_figure().alt_text == ALT_TEXT["other_class_figure"]
    True
    """
    dense = np.linspace(20.0, 45.0, 251)
    whole = np.arange(20.0, 46.0)
    by_subtraction = 1.0 - numerics.sigmoid(whole)
    kept = by_subtraction > 0
    floor, gap = 1e-20, 2.0**-53
    with styled():
        fig, ax = new_figure(8, 4.5, dpi=DPI)
        ax.set_yscale("log")
        ax.plot(dense, numerics.sigmoid(-dense), **_curve(0),
                label=message("plot.other_class.direct"), gid="direct")
        ax.plot(whole[kept], by_subtraction[kept], **{**series(1), "linestyle": "none"},
                label=message("plot.other_class.subtraction"), gid="subtraction")
        ax.plot(whole[~kept], np.full((~kept).sum(), floor), **{**series(1), "linestyle": "none"},
                fillstyle="none", markersize=9, clip_on=False,
                label=message("plot.other_class.subtraction_zero"), gid="subtraction-zero")
        ax.axhline(gap, **GUIDE, linestyle=":", gid="gap")
        ax.text(20.4, gap * 2.2, message("plot.other_class.gap", gap="$2^{-53}$"), ha="left",
                va="bottom")
        ax.set_ylim(floor, 1e-7)
        ax.set_xlim(20, 45.5)
        ax.set_xlabel(message("plot.common.score_z"))
        ax.set_ylabel(message("plot.other_class.ylabel"))
        ax.set_title(message("plot.other_class.title"))
        ax.legend(loc="upper right")
    return _finish(fig, "other_class_figure")


# --- figures of notebook 06 and its deeper notebooks ---


def two_class_softmax_figure(others=(-2.0, 0.0, 2.0)):
    """The sigmoid is the two-class softmax, drawn two ways.

    Left: markers of softmax([z, 0])_1 on the curve σ(z). Right: for two free
    scores, softmax([z1, z2])_1 = σ(z1 − z2) against z1, one curve per z2, each
    crossing 0.5 at z1 = z2.

    Parameters
    ----------
    others : sequence of float, default (−2, 0, 2)
        The values of the second score z2 drawn in the right panel, at most six.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, two_class_softmax_figure
    >>> fig = two_class_softmax_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['One score against a fixed 0', 'Two scores: softmax$([z_1, z_2])_1$']
    >>> fig.alt_text == ALT_TEXT["two_class_softmax_figure"]
    True
    """
    curve, marks = np.linspace(-8.0, 8.0, 321), np.linspace(-8.0, 8.0, 17)
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2)
        draw_sigmoid(left)
        pairs = np.stack([marks, np.zeros_like(marks)], axis=-1)
        left.plot(marks, numerics.softmax(pairs)[:, 0], **_point(1, markersize=8),
                  label=r"softmax$([z, 0])_1$", gid="two-class-softmax")
        left.set_title(message("plot.two_class_softmax.left_title"))
        left.set_xlabel(message("plot.common.score_z"))
        left.set_ylabel(message("plot.two_class_softmax.ylabel"))
        left.legend(loc="upper left")
        for i, other in enumerate(others):
            pairs = np.stack([curve, np.full_like(curve, other)], axis=-1)
            right.plot(curve, numerics.softmax(pairs)[:, 0], **_curve(i),
                       label=rf"$z_2 = {other:g}$", gid=f"second-score-{i}")
            right.plot([other], [0.5], **_point(i), gid=f"crossing-{i}")
        right.axhline(0.5, **GUIDE, linestyle=":")
        right.set_title(message("plot.two_class_softmax.right_title"))
        right.set_xlabel(message("plot.two_class_softmax.right_xlabel"))
        right.legend(loc="upper left")
        right.set_xlim(-8.0, 8.0)
        right.set_ylim(-0.05, 1.05)
    return _finish(fig, "two_class_softmax_figure")


def shift_rounding_figure(scores=(2.0, 1.0, 0.1, 0.0)):
    """softmax(z + c) against the shift c from 1e8 to 1e18: exact in algebra, rounded in floats.

    Up to about c = 1e15 every class keeps its probability; beyond, the sum
    z + c rounds to the float grid (spacing 8 from 2**55 ≈ 3.6e16, 16 near
    1e17), and from 2**55 on these scores all round to one number: uniform.

    Parameters
    ----------
    scores : sequence of float, default (2, 1, 0.1, 0)
        The scores z, at most six.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 9 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, shift_rounding_figure
    >>> fig = shift_rounding_figure()
    >>> fig.axes[0].get_xscale()
    'log'
    >>> fig.alt_text == ALT_TEXT["shift_rounding_figure"]
    True
    """
    z = _scores(scores, "shift_rounding_figure")
    shifts = np.logspace(8.0, 18.0, 801)
    probs = numerics.softmax(z[None, :] + shifts[:, None])
    with styled():
        fig, ax = new_figure(9.0, 4.2, dpi=DPI)
        for i in range(z.size):
            ax.plot(shifts, probs[:, i], **_curve(i),
                    label=message("plot.common.class_n", i=f"{i + 1}"), gid=f"class-{i + 1}")
        ax.set_xscale("log")
        ax.set_xlim(1e8, 1e18)
        ax.set_ylim(0.0, 1.0)
        ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
        ax.set_xlabel(message("plot.shift_rounding.xlabel"))
        ax.set_ylabel(message("plot.shift_rounding.ylabel"))
        ax.set_title(message("plot.shift_rounding.title"))
        ax.legend(loc="upper left", ncol=2)
    return _finish(fig, "shift_rounding_figure")


# --- figures of notebook 07 and its deeper notebooks ---


def temperature_tie_figure(scores=DEFAULT_SCORES, tied=(2.0, 2.0, 0.0)):
    """Softmax against the temperature T for a unique maximum and for a tied one.

    Left, ``scores``: at small T the top class takes everything (one-hot). Right,
    ``tied``: the classes sharing the maximum keep equal shares at every T, so at
    small T the mass splits equally among them. Both tend to 1/K at large T.

    Parameters
    ----------
    scores, tied : sequence of float
        Two score vectors with the same number of classes, at least two each.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes side by side, 10 × 4.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, temperature_tie_figure
    >>> fig = temperature_tie_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['z = (2, 1, 0.1)', 'z = (2, 2, 0): a tie at the top']
    >>> fig.alt_text == ALT_TEXT["temperature_tie_figure"]
    True
    """
    panels = (_scores(scores, "temperature_tie_figure"), _scores(tied, "temperature_tie_figure"))
    with styled():
        fig, axes = new_figure(10.0, 4.4, dpi=DPI, ncols=2, sharey=True)
        for ax, z, tag in zip(axes, panels, ("unique", "tie"), strict=True):
            temps, probs = temperature_sweep(z)
            ax.set_xscale("log")
            for i in range(z.size):
                ax.plot(temps, probs[:, i], **series(i), markevery=(4 * i, 15), markersize=7,
                        label=message("plot.common.class_n_score", i=f"{i + 1}", z=f"{z[i]:g}"),
                        gid=f"{tag}-class-{i + 1}")
            ax.axhline(1 / z.size, **GUIDE, linestyle=(0, (8, 4)), gid=f"{tag}-uniform")
            _number_ticks(ax.xaxis, [0.1, 1, 10])
            ax.set_xlim(temps[0], temps[-1])
            ax.set_ylim(-0.03, 1.12)
            ax.set_xlabel(message("plot.common.temperature_log"))
            scores = f"z = ({', '.join(f'{v:g}' for v in z)})"
            ax.set_title(scores if tag == "unique"
                         else message("plot.temperature_tie.tie_title", scores=scores))
            ax.legend(loc="upper right")
        axes[0].set_ylabel(message("plot.temperature_tie.ylabel"))
    return _finish(fig, "temperature_tie_figure")


def base_sweep_figure(scores=DEFAULT_SCORES):
    """Softmax with base b, for b from 0.1 to 100: base e is one temperature among many.

    Above b = 1 the top score leads, more and more as b grows; at b = 1 every
    class gets 1/K; below 1 the order is reversed (a negative temperature).

    Parameters
    ----------
    scores : sequence of float, default (2.0, 1.0, 0.1)
        One score per class, at least two.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 4.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, base_sweep_figure
    >>> fig = base_sweep_figure()
    >>> fig.axes[0].get_xscale()
    'log'
    >>> fig.alt_text == ALT_TEXT["base_sweep_figure"]
    True
    """
    z = _scores(scores, "base_sweep_figure")
    bases = np.geomspace(0.1, 100.0, 301)
    probs = np.array([numerics.softmax(z, base=b) for b in bases])
    with styled():
        fig, ax = new_figure(8.0, 4.6, dpi=DPI)
        ax.set_xscale("log")
        for i in range(z.size):
            ax.plot(bases, probs[:, i], **series(i), markevery=(12 * i, 40), markersize=7,
                    label=message("plot.common.class_n_score", i=f"{i + 1}", z=f"{z[i]:g}"),
                    gid=f"class-{i + 1}")
        ax.axvline(1.0, ymax=0.9, **GUIDE, linestyle=":", gid="base-one")
        ax.text(1.08, 0.93, message("plot.base_sweep.uniform"), ha="left", va="top")
        dotted = ((0.5, "0.5"), (2.0, "2"), (np.e, "e"), (10.0, "10"))
        for b, label in dotted:
            ax.axvline(b, ymax=0.9, color=NEUTRAL, linewidth=0.8, linestyle=(0, (2, 3)))
            ax.text(b, 1.0, label, ha="center", va="bottom")
        ax.text(0.115, 0.45, message("plot.base_sweep.reversed"), ha="left", va="center")
        _number_ticks(ax.xaxis, [0.1, 1.0, 10.0, 100.0])
        ax.set_xlim(bases[0], bases[-1])
        ax.set_ylim(0.0, 1.1)
        ax.set_xlabel(message("plot.base_sweep.xlabel"))
        ax.set_ylabel(message("plot.base_sweep.ylabel"))
        ax.set_title(message("plot.base_sweep.title",
                             bases=", ".join(label for _, label in dotted)))
        ax.legend(loc="center right")
    return _finish(fig, "base_sweep_figure")


def hard_soft_figure(confident=(4.0, 1.0, 0.5), unsure=(0.3, 0.2, 0.1)):
    """Soft (softmax) and hard (one-hot of the argmax) predictions of two score vectors.

    Both vectors have the same winner, so the hard predictions are equal; the
    soft ones show how sure each is.

    Parameters
    ----------
    confident, unsure : sequence of float
        Two score vectors with the same number of classes.

    Returns
    -------
    matplotlib.figure.Figure
        A 2 × 2 grid of bar panels, 10 × 5.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, hard_soft_figure
    >>> fig = hard_soft_figure()
    >>> [ax.get_title() for ax in fig.axes][:2]
    ['confident: softmax(z)', 'confident: one-hot of argmax']
    >>> fig.alt_text == ALT_TEXT["hard_soft_figure"]
    True
    """
    rows = ((message("plot.hard_soft.confident"), _scores(confident, "hard_soft_figure")),
            (message("plot.hard_soft.unsure"), _scores(unsure, "hard_soft_figure")))
    with styled():
        fig, axes = new_figure(10.0, 5.6, dpi=DPI, nrows=2, ncols=2, sharey=True)
        for (name, z), (soft_ax, hard_ax) in zip(rows, axes, strict=True):
            soft = numerics.softmax(z)
            hard = numerics.one_hot(int(np.argmax(z)), z.size)
            _class_bars(soft_ax, soft)
            _class_bars(hard_ax, hard, fmt="{:.0f}")
            soft_ax.set_title(message("plot.hard_soft.soft_title", row=name))
            hard_ax.set_title(message("plot.hard_soft.hard_title", row=name))
            soft_ax.set_ylabel(f"z = ({', '.join(f'{v:g}' for v in z)})")
            for ax in (soft_ax, hard_ax):
                ax.set_ylim(0.0, 1.25)
    return _finish(fig, "hard_soft_figure")


def gradient_bars_figure(scores=(1.0, 3.0, -0.5, 0.5), true_class=0):
    """The cross-entropy gradient p − y with respect to the scores, next to p and y.

    Parameters
    ----------
    scores : sequence of float, default (1, 3, −0.5, 0.5)
        One score per class, at least two.
    true_class : int, default 0
        The index of the true class.

    Returns
    -------
    matplotlib.figure.Figure
        Three bar panels side by side, 11 × 4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, gradient_bars_figure
    >>> fig = gradient_bars_figure()
    >>> [ax.get_title() for ax in fig.axes]
    ['p = softmax(z)', 'y (true class 1)', 'gradient p − y']
    >>> fig.alt_text == ALT_TEXT["gradient_bars_figure"]
    True
    """
    z = _scores(scores, "gradient_bars_figure")
    p = numerics.softmax(z)
    y = numerics.one_hot(true_class, z.size)
    panels = (("p = softmax(z)", p, "{:.2f}"),
              (message("plot.gradient_bars.target_title", c=f"{true_class + 1}"), y, "{:.0f}"),
              (message("plot.gradient_bars.gradient_title"), p - y, "{:+.2f}"))
    with styled():
        fig, axes = new_figure(11.0, 4.0, dpi=DPI, ncols=3, sharey=True)
        for ax, (title, values, fmt) in zip(axes, panels, strict=True):
            _class_bars(ax, values, fmt=fmt)
            ax.axhline(0.0, color="black", linewidth=1.0)
            ax.set_title(title)
            ax.set_ylim(-1.15, 1.15)
        axes[0].set_ylabel(message("plot.common.value"))
    return _finish(fig, "gradient_bars_figure")


def naive_softmax_levels(levels=None):
    """P_1 of the scores (s, s − 1) by the naive formula and by :func:`helpers.softmax`.

    Parameters
    ----------
    levels : array of float, optional
        The levels s; by default 801 points from −1000 to 1000.

    Returns
    -------
    levels, naive, stable : ndarray
        The naive value is nan where the formula gives 0/0 or inf/inf.

    Examples
    --------
    >>> from helpers.plots import naive_softmax_levels
    >>> s, naive, stable = naive_softmax_levels([-1000.0, 0.0, 1000.0])
    >>> print(naive.round(6), stable.round(6))
    [     nan 0.731059      nan] [0.731059 0.731059 0.731059]
    """
    levels = np.linspace(-1000.0, 1000.0, 801) if levels is None else np.asarray(levels, float)
    pairs = np.stack([levels, levels - 1.0], axis=-1)
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        e = np.exp(pairs)
        naive = e[:, 0] / e.sum(axis=-1)
    return levels, naive, numerics.softmax(pairs)[:, 0]


def naive_softmax_figure():
    """Where the naive softmax formula fails: P_1 of (s, s − 1) for s from −1000 to 1000.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 4.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, naive_softmax_figure
    >>> fig = naive_softmax_figure()
    >>> fig.alt_text == ALT_TEXT["naive_softmax_figure"]
    True
    """
    levels, naive, stable = naive_softmax_levels()
    right = np.isclose(naive, stable, rtol=1e-3, atol=0.0)
    wrong = np.isfinite(naive) & ~right
    with styled():
        fig, ax = new_figure(8.0, 4.4, dpi=DPI)
        ax.axvspan(-1000, -745.13, color=NEUTRAL, alpha=0.18, linewidth=0)
        ax.axvspan(-745.13, -708.4, color=NEUTRAL, alpha=0.07, linewidth=0)
        ax.axvspan(709.78, 1000, color=NEUTRAL, alpha=0.18, linewidth=0)
        ax.plot(levels, stable, **series(0), markevery=40,
                label=message("plot.naive_softmax.stable"), gid="stable")
        ax.plot(levels[right], naive[right], color=series(1)["color"], marker="s",
                linestyle="none", markevery=12, markersize=6,
                label=message("plot.naive_softmax.naive_right"), gid="naive-right")
        ax.plot(levels[wrong], naive[wrong], color="black", marker="X", linestyle="none",
                markersize=9, label=message("plot.naive_softmax.naive_wrong"), gid="naive-wrong")
        ax.text(-990, 0.3, message("plot.naive_softmax.nan_low"), ha="left", va="bottom")
        ax.text(990, 0.3, message("plot.naive_softmax.nan_high"), ha="right", va="bottom")
        ax.set_xlim(-1000, 1000)
        ax.set_ylim(0.0, 1.12)
        ax.set_xlabel(message("plot.naive_softmax.xlabel"))
        ax.set_ylabel("$P_1$")
        ax.legend(loc="lower center")
    return _finish(fig, "naive_softmax_figure")


def score_shifts_figure(scores=DEFAULT_SCORES, shift=3.0):
    """Three score vectors that differ by a constant, and the one softmax they share.

    The vectors are z, z + shift and log softmax(z) = z − logsumexp(z).

    Parameters
    ----------
    scores : sequence of float, default (2.0, 1.0, 0.1)
    shift : float, default 3.0

    Returns
    -------
    matplotlib.figure.Figure
        Two axes, 10 × 4.2 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, score_shifts_figure
    >>> fig = score_shifts_figure()
    >>> [line.get_label() for line in fig.axes[0].get_legend().get_lines()]
    ['z', 'z + 3', 'log p']
    >>> fig.alt_text == ALT_TEXT["score_shifts_figure"]
    True
    """
    z = _scores(scores, "score_shifts_figure")
    vectors = (("z", z), (f"z + {shift:g}", z + shift), ("log p", numerics.log_softmax(z)))
    xs = np.arange(z.size)
    with styled():
        fig, (left, right) = new_figure(10.0, 4.2, dpi=DPI, ncols=2, width_ratios=[1.4, 1.0])
        for g, (name, values) in enumerate(vectors):
            left.plot(xs, values, **series(g), label=name, gid=f"scores-{g}")
        left.axhline(0.0, color="black", linewidth=1.0)
        left.set_xticks(xs, [str(i + 1) for i in xs])
        left.set_xlabel(message("plot.common.class"))
        left.set_ylabel(message("plot.score_shifts.ylabel"))
        left.set_title(message("plot.score_shifts.vectors_title"))
        left.legend(loc="upper right", ncols=3)
        left.set_ylim(-3.2, 6.4)
        _class_bars(right, numerics.softmax(z), fmt="{:.3f}")
        right.set_ylim(0.0, 0.8)
        right.set_ylabel(message("plot.common.probability"))
        right.set_title(message("plot.score_shifts.softmax_title"))
    return _finish(fig, "score_shifts_figure")


# --- builders: notebook 08 ---

PENGUIN_FEATURES = ("bill_length_mm", "bill_depth_mm")
PENGUIN_SPLIT_SEED, PENGUIN_RATE, PENGUIN_STEPS = 0, 0.5, 5000
PENGUIN_EXTENT = 3.0  # the decision-region figures span [-3, 3]² in standardized units
# Shading of a decision region: the probability of the predicted class, in bands.
CONFIDENCE_LEVELS = (1 / 3, 0.5, 0.8, 0.95, 0.99, 1.0 + 1e-9)
CONFIDENCE_ALPHAS = (0.06, 0.16, 0.28, 0.42, 0.58)
_PENGUIN_CACHE = {}


def _penguin_example():
    """Notebook 08's two-feature softmax regression, computed as the notebook computes it.

    The penguins (:func:`helpers.datasets.load_penguins`) are split 60/20/20 % with
    the seed ``PENGUIN_SPLIT_SEED``, bill length and depth standardized with the
    training split's mean and standard deviation, and softmax regression trained
    from zero weights by ``PENGUIN_STEPS`` steps of full-batch gradient descent at
    ``PENGUIN_RATE``. Also: the temperature fitted on the validation split, and the
    Gaussian classes with a shared covariance fitted on the training split.

    Returns
    -------
    dict
        ``x`` (n, 2) standardized, ``species`` (n,), ``train``/``val``/``test`` row
        indices, ``weights`` (2, 3) and ``biases`` (3,), ``train_losses`` and
        ``val_losses`` (steps + 1,), ``temperature``, ``means`` (3, 2),
        ``covariance`` (2, 2), ``gaussian_weights`` (2, 3) and ``gaussian_biases``
        (3,). Computed once per session; the arrays are read-only.
    """
    if _PENGUIN_CACHE:
        return dict(_PENGUIN_CACHE)
    from helpers.datasets import load_penguins

    penguins = load_penguins()
    columns = [penguins.feature_names.index(name) for name in PENGUIN_FEATURES]
    raw, species = penguins.features[:, columns], penguins.species
    n, classes = len(species), len(penguins.species_names)
    order = np.random.default_rng(PENGUIN_SPLIT_SEED).permutation(n)
    train, val, test = np.split(order, [int(0.6 * n), int(0.8 * n)])
    x = (raw - raw[train].mean(axis=0)) / raw[train].std(axis=0)
    x1 = np.column_stack([x, np.ones(n)])
    targets = numerics.one_hot(species, classes)

    def loss(rows, w):
        return -np.mean(np.sum(targets[rows] * numerics.log_softmax(x1[rows] @ w), axis=1))

    w = np.zeros((x1.shape[1], classes))
    train_losses, val_losses = [loss(train, w)], [loss(val, w)]
    for _ in range(PENGUIN_STEPS):
        error = numerics.softmax(x1[train] @ w) - targets[train]
        w = w - PENGUIN_RATE * x1[train].T @ error / len(train)
        train_losses.append(loss(train, w))
        val_losses.append(loss(val, w))
    temperatures = np.geomspace(0.25, 4.0, 801)
    temperature = temperatures[np.argmin([loss(val, w / t) for t in temperatures])]

    means, _, covariance, priors = _gaussian_fit(x[train], species[train], classes)
    inverse = np.linalg.inv(covariance)
    result = {
        "x": x, "species": species, "train": train, "val": val, "test": test,
        "weights": w[:-1], "biases": w[-1],
        "train_losses": np.array(train_losses), "val_losses": np.array(val_losses),
        "temperature": float(temperature), "means": means, "covariance": covariance,
        "gaussian_weights": inverse @ means.T,
        "gaussian_biases": -0.5 * np.sum(means @ inverse * means, axis=1) + np.log(priors),
    }
    for value in result.values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
    _PENGUIN_CACHE.update(result)
    return dict(result)


def _penguin_inputs(features, labels, func):
    """(x, labels) as float (n, 2) and int (n,) arrays, checked; the notebook's training split
    when both are None."""
    if features is None and labels is None:
        example = _penguin_example()
        rows = example["train"]
        return example["x"][rows], example["species"][rows]
    x, y = np.asarray(features, dtype=float), np.asarray(labels)
    if x.ndim != 2 or x.shape[1] != 2 or y.shape != (len(x),):
        raise ValueError(f"{func}: features must have shape (n, 2) and labels shape (n,), "
                         f"got {x.shape} and {y.shape}")
    return x, y.astype(int)


def _linear_model(weights, biases, func):
    w, b = np.asarray(weights, dtype=float), np.asarray(biases, dtype=float)
    if w.ndim != 2 or w.shape[0] != 2 or b.shape != (w.shape[1],) or w.shape[1] < 2:
        raise ValueError(f"{func}: weights must have shape (2, K) and biases shape (K,), "
                         f"got {w.shape} and {b.shape}")
    return w, b


def _penguin_axes(ax, features=PENGUIN_FEATURES, extent=PENGUIN_EXTENT):
    ax.set_xlim(-extent, extent)
    ax.set_ylim(-extent, extent)
    ax.set_aspect("equal")
    for axis, name in zip((ax.xaxis, ax.yaxis), features, strict=True):
        axis.set_label_text(message("plot.penguins.standardized",
                                    feature=message(f"plot.penguins.{name}")))


def _penguin_points(ax, x, labels, **extra):
    """The penguins, one series per species: colour AND marker shape."""
    for k in range(int(labels.max()) + 1):
        style = series(k)
        ax.plot(x[labels == k, 0], x[labels == k, 1], color=style["color"],
                marker=style["marker"], linestyle="none", markersize=6,
                markeredgecolor="black", markeredgewidth=0.6,
                label=message(f"plot.penguins.species_{k}"), gid=f"penguins-{k}", **extra)


def penguin_grid(extent=PENGUIN_EXTENT, num=241):
    """The points of a square grid over [-extent, extent]², as ``(xs, ys, points)``.

    ``xs`` and ``ys`` are (num, num) arrays as ``np.meshgrid`` gives them, and
    ``points`` the (num², 2) array of the same points, row by row.

    >>> xs, ys, points = penguin_grid(num=3)
    >>> points.tolist()[:4]
    [[-3.0, -3.0], [0.0, -3.0], [3.0, -3.0], [-3.0, 0.0]]
    """
    axis = np.linspace(-extent, extent, num)
    xs, ys = np.meshgrid(axis, axis)
    return xs, ys, np.column_stack([xs.ravel(), ys.ravel()])


def _boundaries(ax, xs, ys, scores, gid, **style):
    """The lines where the two largest of the K scores are equal (the decision boundaries),
    one contour set per pair of classes, with the gid ``f"{gid}-{i}-{j}"``."""
    k = scores.shape[-1]
    for i, j in itertools.combinations(range(k), 2):
        others = np.delete(scores, [i, j], axis=-1)
        top_two = np.maximum(scores[..., i], scores[..., j])
        hidden = np.any(others > top_two[..., None], axis=-1)
        difference = np.ma.masked_where(hidden, scores[..., i] - scores[..., j])
        if difference.count() and difference.min() < 0 < difference.max():
            ax.contour(xs, ys, difference, levels=[0.0], **style).set_gid(f"{gid}-{i}-{j}")


def decision_regions_figure(weights=None, biases=None, features=None, labels=None):
    """Decision regions of a two-feature softmax regression, shaded by how sure it is.

    Every point of the plane gets the class with the largest score ``x @ weights
    + biases``; its region is drawn in that class's colour, the darker the
    higher the probability of that class (bands at 1/3, 0.5, 0.8, 0.95 and 0.99).
    The decision boundaries, where two scores tie, are straight black lines. The
    penguins are drawn in their species' colour and marker.

    Parameters
    ----------
    weights : array, shape (2, K), optional
    biases : array, shape (K,), optional
        The trained model; by default notebook 08's (``_penguin_example``).
    features : array, shape (n, 2), optional
    labels : array of int, shape (n,), optional
        The points to draw; by default notebook 08's training split.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 6.6 inches, in standardized units over [-3, 3]².

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, decision_regions_figure
    >>> fig = decision_regions_figure()
    >>> fig.axes[0].get_xlabel()
    'bill length (standardized)'
    >>> fig.alt_text == ALT_TEXT["decision_regions_figure"]
    True
    """
    if weights is None and biases is None:
        example = _penguin_example()
        weights, biases = example["weights"], example["biases"]
    w, b = _linear_model(weights, biases, "decision_regions_figure")
    x, y = _penguin_inputs(features, labels, "decision_regions_figure")
    xs, ys, grid = penguin_grid()
    scores = (grid @ w + b).reshape(*xs.shape, -1)
    probs = numerics.softmax(scores)
    predicted, top = probs.argmax(axis=-1), probs.max(axis=-1)
    with styled():
        fig, ax = new_figure(8.0, 6.6, dpi=DPI)
        for k in range(w.shape[1]):
            colour = SERIES[k % len(SERIES)][0]
            region = ax.contourf(xs, ys, np.where(predicted == k, top, np.nan),
                                 levels=CONFIDENCE_LEVELS,
                                 colors=[to_rgba(colour, a) for a in CONFIDENCE_ALPHAS])
            region.set_gid(f"region-{k}")
        _boundaries(ax, xs, ys, scores, "boundary", colors="black", linewidths=2.0)
        _penguin_points(ax, x, y)
        _penguin_axes(ax)
        shades = [Patch(facecolor=to_rgba(NEUTRAL, a), edgecolor=NEUTRAL, linewidth=0.5,
                        label=f"{low:.2f}–{high:.2f}" if high <= 1 else f"≥ {low:.2f}")
                  for low, high, a in zip(CONFIDENCE_LEVELS[:-1], CONFIDENCE_LEVELS[1:],
                                          CONFIDENCE_ALPHAS, strict=True)]
        shades[0].set_label(f"1/{w.shape[1]}–{CONFIDENCE_LEVELS[1]:.2f}")
        shades[-1].set_label(f"≥ {CONFIDENCE_LEVELS[-2]:.2f}")
        species_legend = ax.legend(loc="upper left", title=message("plot.penguins.species"))
        ax.add_artist(species_legend)
        ax.legend(handles=shades, loc="lower left", title=message("plot.decision_regions.shade"))
        ax.set_title(message("plot.decision_regions.title"))
    return _finish(fig, "decision_regions_figure")


def loss_curve_figure(train_losses=None, val_losses=None):
    """The mean cross-entropy on the training and validation splits, step by step.

    Parameters
    ----------
    train_losses, val_losses : sequence of float, optional
        The loss before the first step and after each step (``steps + 1`` values);
        by default notebook 08's run. The step axis is logarithmic, from step 1;
        a guide marks log K, the loss at zero weights (step 0).

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 4.4 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, loss_curve_figure
    >>> fig = loss_curve_figure([1.0986, 0.8, 0.5, 0.3], [1.0986, 0.85, 0.6, 0.4])
    >>> fig.axes[0].get_xscale()
    'log'
    >>> fig.alt_text == ALT_TEXT["loss_curve_figure"]
    True
    """
    if train_losses is None and val_losses is None:
        example = _penguin_example()
        train_losses, val_losses = example["train_losses"], example["val_losses"]
    curves = [np.asarray(v, dtype=float) for v in (train_losses, val_losses)]
    if any(c.ndim != 1 or c.size < 2 or c.size != curves[0].size for c in curves):
        raise ValueError("loss_curve_figure: give two 1-D sequences of the same length, "
                         "at least 2 values each")
    steps = np.arange(curves[0].size)
    start = curves[0][0]
    with styled():
        fig, ax = new_figure(8.0, 4.4, dpi=DPI)
        ax.set_xscale("log")
        names = ("plot.loss_curve.train", "plot.loss_curve.validation")
        for i, (curve, name, gid) in enumerate(zip(curves, names, ("train", "validation"),
                                                   strict=True)):
            marks = np.unique(np.geomspace(1, steps[-1], 12).astype(int))
            ax.plot(steps[1:], curve[1:], **series(i), markevery=list(marks - 1),
                    label=message(name), gid=gid)
        ax.axhline(start, **GUIDE, linestyle=(0, (8, 4)), gid="start")
        ax.text(1.1, start * 0.985, message("plot.loss_curve.start", value=f"{start:.3f}"),
                ha="left", va="top")
        ax.set_xlim(1, steps[-1])
        ax.set_ylim(0.0, start * 1.08)
        ax.set_xlabel(message("plot.loss_curve.xlabel"))
        ax.set_ylabel(message("plot.loss_curve.ylabel"))
        ax.set_title(message("plot.loss_curve.title"))
        ax.legend(loc="upper right")
    return _finish(fig, "loss_curve_figure")


def reliability_bins(probs, labels, bins=10):
    """Accuracy, mean confidence and count of the predictions in each confidence bin.

    The confidence of a prediction is its largest probability; bin ``i`` holds the
    confidences in ``[i / bins, (i + 1) / bins)`` (1.0 in the last bin).

    Returns
    -------
    accuracy, confidence, count : ndarray, shape (bins,)
        nan for the accuracy and confidence of an empty bin.

    >>> acc, conf, count = reliability_bins([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8]], [0, 1, 1], bins=5)
    >>> count.tolist(), float(acc[4]), round(float(conf[4]), 6)
    ([0, 0, 0, 1, 2], 1.0, 0.85)
    """
    probs, labels = np.asarray(probs, dtype=float), np.asarray(labels)
    confidence = probs.max(axis=-1)
    correct = probs.argmax(axis=-1) == labels
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    count = np.bincount(which, minlength=bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        accuracy = np.bincount(which, weights=correct, minlength=bins) / count
        mean_confidence = np.bincount(which, weights=confidence, minlength=bins) / count
    return accuracy, mean_confidence, count


def reliability_figure(scores=None, labels=None, temperature=None, bins=10):
    """Reliability diagrams of softmax(scores) and softmax(scores / T), side by side.

    In each confidence bin a bar gives the share of correct predictions and a
    diamond their mean confidence; on the diagonal the two agree (calibrated).
    Each title gives the expected calibration error (ECE), the bins' gaps
    weighted by their share of the predictions.

    Parameters
    ----------
    scores : array, shape (n, K), optional
    labels : array of int, shape (n,), optional
        The scores and the true classes; by default notebook 08's test split.
    temperature : float, optional
        The temperature of the right panel; by default the one notebook 08 fits.
    bins : int, default 10

    Returns
    -------
    matplotlib.figure.Figure
        Two axes, 10 × 4.8 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, reliability_figure
    >>> fig = reliability_figure([[2.0, 0.0], [0.0, 1.0], [3.0, 0.0]], [0, 0, 0], 2.0)
    >>> [ax.get_title() for ax in fig.axes]
    ['T = 1: ECE 0.299', 'T = 2.00 (fitted): ECE 0.358']
    >>> fig.alt_text == ALT_TEXT["reliability_figure"]
    True
    """
    if scores is None and labels is None:
        example = _penguin_example()
        rows = example["test"]
        x1 = np.column_stack([example["x"][rows], np.ones(len(rows))])
        scores = x1 @ np.vstack([example["weights"], example["biases"]])
        labels = example["species"][rows]
        temperature = example["temperature"] if temperature is None else temperature
    z, y = np.asarray(scores, dtype=float), np.asarray(labels)
    if z.ndim != 2 or y.shape != (len(z),) or temperature is None or not temperature > 0:
        raise ValueError("reliability_figure: scores must have shape (n, K), labels shape (n,), "
                         "and the temperature must be > 0")
    from matplotlib.patches import Rectangle

    edges = np.linspace(0.0, 1.0, bins + 1)
    width = 1.0 / bins
    panels = ((1.0, "T = 1"),
              (temperature, message("plot.reliability.scaled", t=f"{temperature:.2f}")))
    with styled():
        fig, axes = new_figure(10.0, 4.8, dpi=DPI, ncols=2, sharey=True)
        for ax, (t, name) in zip(axes, panels, strict=True):
            accuracy, confidence, count = reliability_bins(numerics.softmax(z / t), y, bins)
            filled = count > 0
            ece = np.sum(count[filled] / count.sum() * np.abs(accuracy - confidence)[filled])
            ax.plot([0, 1], [0, 1], **GUIDE, linestyle=(0, (8, 4)),
                    label=message("plot.reliability.diagonal"), gid="diagonal")
            # One rectangle per filled bin (all one colour: not a bar chart of classes).
            for i, (left, height) in enumerate(zip(edges[:-1][filled], accuracy[filled],
                                                   strict=True)):
                ax.add_patch(Rectangle((left, 0.0), width, height, facecolor=SERIES[0][0],
                                       alpha=0.75, edgecolor="black", linewidth=1.0,
                                       gid=f"accuracy-{i}",
                                       label=message("plot.reliability.accuracy") if i == 0
                                       else "_nolegend_"))
                ax.text(left + width / 2, 0.03, f"{count[filled][i]}", ha="center", va="bottom",
                        color="white" if height > 0.1 else "black")
            ax.plot(edges[:-1][filled] + width / 2, confidence[filled], color=HIGHLIGHT,
                    marker="D", linestyle="none", markeredgecolor="black", markersize=8,
                    label=message("plot.reliability.confidence"), gid="confidence")
            ax.set_xlim(0.3, 1.0)
            ax.set_ylim(0.0, 1.05)
            ax.set_xlabel(message("plot.reliability.xlabel"))
            ax.set_title(message("plot.reliability.title", name=name, ece=f"{ece:.3f}"))
        axes[0].set_ylabel(message("plot.reliability.ylabel"))
        axes[0].legend(loc="upper left")
    return _finish(fig, "reliability_figure")


def generative_boundaries_figure(weights=None, biases=None, gaussian_weights=None,
                                 gaussian_biases=None, features=None, labels=None,
                                 means=None, covariance=None):
    """The decision boundaries of trained scores and of Gaussian classes, on one picture.

    Solid black: where two trained scores ``x @ weights + biases`` tie. Dashed
    orange: where two Gaussian scores ``x @ gaussian_weights + gaussian_biases``
    tie. Each species' mean is a large marker, with the shared covariance drawn
    as an ellipse of 2 standard deviations around it.

    Parameters
    ----------
    weights, biases, gaussian_weights, gaussian_biases : arrays, optional
        Two linear models, (2, K) and (K,) each; by default notebook 08's.
    features, labels : arrays, optional
        The points; by default notebook 08's training split.
    means : array, shape (K, 2), optional
    covariance : array, shape (2, 2), optional
        The class means and shared covariance; by default notebook 08's.

    Returns
    -------
    matplotlib.figure.Figure
        One axes, 8 × 6.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, generative_boundaries_figure
    >>> fig = generative_boundaries_figure()
    >>> fig.alt_text == ALT_TEXT["generative_boundaries_figure"]
    True
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Ellipse

    example = _penguin_example() if any(v is None for v in (
        weights, biases, gaussian_weights, gaussian_biases, means, covariance)) else {}

    def pick(value, key):
        return example[key] if value is None else value

    w, b = _linear_model(pick(weights, "weights"), pick(biases, "biases"),
                         "generative_boundaries_figure")
    wg, bg = _linear_model(pick(gaussian_weights, "gaussian_weights"),
                           pick(gaussian_biases, "gaussian_biases"), "generative_boundaries_figure")
    mu = np.asarray(pick(means, "means"), dtype=float)
    cov = np.asarray(pick(covariance, "covariance"), dtype=float)
    x, y = _penguin_inputs(features, labels, "generative_boundaries_figure")
    xs, ys, grid = penguin_grid()
    gaussian = {"colors": OKABE_ITO["orange"], "linewidths": 2.6, "linestyles": "--"}
    values, vectors = np.linalg.eigh(cov)
    angle = np.degrees(np.arctan2(vectors[1, -1], vectors[0, -1]))
    with styled():
        fig, ax = new_figure(8.0, 6.6, dpi=DPI)
        _penguin_points(ax, x, y, alpha=0.45)
        _boundaries(ax, xs, ys, (grid @ w + b).reshape(*xs.shape, -1), "trained",
                    colors="black", linewidths=2.0)
        _boundaries(ax, xs, ys, (grid @ wg + bg).reshape(*xs.shape, -1), "gaussian", **gaussian)
        for k, centre in enumerate(mu):
            style = series(k)
            ax.add_patch(Ellipse(centre, *(4.0 * np.sqrt(values[::-1])), angle=angle,
                                 facecolor="none", edgecolor=style["color"], linewidth=2.0,
                                 gid=f"ellipse-{k}"))
            ax.plot(*centre, color=style["color"], marker=style["marker"], markersize=15,
                    markeredgecolor="black", markeredgewidth=2.0, linestyle="none",
                    gid=f"mean-{k}")
        _penguin_axes(ax)
        handles = [*ax.get_legend_handles_labels()[0],
                   Line2D([], [], color="black", linewidth=2.0,
                          label=message("plot.generative.trained")),
                   Line2D([], [], color=gaussian["colors"], linewidth=2.6, linestyle="--",
                          label=message("plot.generative.gaussian"))]
        ax.legend(handles=handles, loc="upper left")
        ax.set_title(message("plot.generative.title"))
    return _finish(fig, "generative_boundaries_figure")


def _gaussian_fit(x, y, classes):
    """Means (K, d), own covariances (K, d, d), shared covariance (d, d) and priors (K,) of
    Gaussian classes, fitted by maximum likelihood (covariances divided by the counts)."""
    means = np.array([x[y == k].mean(axis=0) for k in range(classes)])
    centred = x - means[y]
    own = np.array([centred[y == k].T @ centred[y == k] / np.sum(y == k) for k in range(classes)])
    return means, own, centred.T @ centred / len(x), np.bincount(y, minlength=classes) / len(y)


def gaussian_scores(points, means, covariances, priors):
    """log π_k + log N(x | μ_k, Σ_k) for every point and class: the scores whose softmax is
    Bayes' rule for Gaussian classes (``covariances`` (K, d, d), one per class).

    >>> z = gaussian_scores([[0.0, 0.0]], [[0.0, 0.0], [1.0, 0.0]], [np.eye(2)] * 2, [0.5, 0.5])
    >>> [round(float(v), 6) for v in z[0]]
    [-2.531024, -3.031024]
    """
    points = np.asarray(points, dtype=float)
    scores = []
    for mean, cov, prior in zip(means, covariances, priors, strict=True):
        d = points - mean
        quadratic = np.sum(d @ np.linalg.inv(cov) * d, axis=1)
        scores.append(np.log(prior) - 0.5 * quadratic
                      - 0.5 * np.log(np.linalg.det(2 * np.pi * np.asarray(cov))))
    return np.column_stack(scores)


def class_covariances_figure(features=None, labels=None):
    """Each class's own covariance against the shared one, and the boundaries of both models.

    Gaussian classes are fitted to the points: each class's own covariance (solid
    ellipse of 2 standard deviations in its colour) and the covariance they share
    (dotted grey ellipse around each mean). Black: the decision boundaries with
    the own covariances, curved (quadratic log-odds). Dashed orange: those with
    the shared one, straight (linear log-odds).

    Parameters
    ----------
    features : array, shape (n, 2), optional
    labels : array of int, shape (n,), optional
        The points; by default notebook 08's training split.

    Returns
    -------
    matplotlib.figure.Figure
        One axes and its legend beside it, 11 × 6.6 inches.

    Examples
    --------
    >>> from helpers.plots import ALT_TEXT, class_covariances_figure
    >>> fig = class_covariances_figure()
    >>> fig.alt_text == ALT_TEXT["class_covariances_figure"]
    True
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Ellipse

    x, y = _penguin_inputs(features, labels, "class_covariances_figure")
    classes = int(y.max()) + 1
    means, own, shared, priors = _gaussian_fit(x, y, classes)
    xs, ys, grid = penguin_grid()
    linear = {"colors": OKABE_ITO["orange"], "linewidths": 2.6, "linestyles": "--"}

    def ellipse(centre, cov, **style):
        values, vectors = np.linalg.eigh(cov)
        angle = np.degrees(np.arctan2(vectors[1, -1], vectors[0, -1]))
        return Ellipse(centre, *(4.0 * np.sqrt(values[::-1])), angle=angle, facecolor="none",
                       **style)

    with styled():
        fig, ax = new_figure(11.0, 6.6, dpi=DPI)
        _penguin_points(ax, x, y, alpha=0.45)
        quadratic = gaussian_scores(grid, means, own, priors).reshape(*xs.shape, -1)
        _boundaries(ax, xs, ys, quadratic, "own", colors="black", linewidths=2.0)
        shared_scores = gaussian_scores(grid, means, [shared] * classes, priors)
        _boundaries(ax, xs, ys, shared_scores.reshape(*xs.shape, -1), "shared", **linear)
        for k in range(classes):
            colour = series(k)["color"]
            ax.add_patch(ellipse(means[k], own[k], edgecolor=colour, linewidth=2.4,
                                 gid=f"own-{k}"))
            ax.add_patch(ellipse(means[k], shared, edgecolor=NEUTRAL, linewidth=1.6,
                                 linestyle=":", gid=f"shared-{k}"))
        _penguin_axes(ax)
        handles = [*ax.get_legend_handles_labels()[0],
                   Line2D([], [], color=NEUTRAL, linewidth=2.4,
                          label=message("plot.class_covariances.own")),
                   Line2D([], [], color=NEUTRAL, linewidth=1.6, linestyle=":",
                          label=message("plot.class_covariances.shared")),
                   Line2D([], [], color="black", linewidth=2.0,
                          label=message("plot.class_covariances.quadratic")),
                   Line2D([], [], color=linear["colors"], linewidth=2.6, linestyle="--",
                          label=message("plot.class_covariances.linear"))]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0))
        ax.set_title(message("plot.class_covariances.title"))
    return _finish(fig, "class_covariances_figure")
