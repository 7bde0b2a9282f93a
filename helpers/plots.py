"""The static figures of the notebooks and the README, one builder per figure.

Every builder returns a :class:`matplotlib.figure.Figure` made with the
object-oriented API inside :func:`helpers.style.styled`: pyplot is never
imported and the caller's rcParams are left as they were. Each figure has a
fixed size and a dpi of 100, so a saved PNG is the same every time, and
carries a one-sentence description for screen readers in ``fig.alt_text``,
the same sentence as ``ALT_TEXT[builder_name]``.

The curves are computed with :mod:`helpers.numerics`, so a figure shows
exactly what the notebooks compute. Key artists carry a ``gid`` (such as
``"sigmoid"``) so that tests can find them.

In a notebook, a figure shows as the last expression of a cell, as a picture
with its alt text (:class:`helpers.style.DescribedFigure`); :func:`save_png`
writes one to a file.
"""

import itertools

import numpy as np
from matplotlib.patches import ConnectionPatch
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

from helpers import numerics
from helpers.style import (
    HATCHES,
    HIGHLIGHT,
    NEUTRAL,
    SERIES,
    new_figure,
    series,
    styled,
    write_png,
)

__all__ = [
    "ALT_TEXT",
    "convexity_figure",
    "derivation_figure",
    "hero_figure",
    "inverse_figure",
    "log_square_figure",
    "logit_figure",
    "odds_figure",
    "save_png",
    "score_bars_figure",
    "sigmoid_figure",
    "temperature_figure",
    "temperature_sweep",
]

ALT_TEXT = {
    "sigmoid_figure": (
        "The S-shaped sigmoid curve rises from 0 to 1 as the score z goes from −8 to 8, "
        "crossing the dashed 0.5 threshold at the dotted decision boundary z = 0, "
        "with flat saturated regions shaded beyond |z| = 4."
    ),
    "odds_figure": (
        "Two panels plot the odds p/(1 − p) against the probability p: on a linear axis "
        "the odds shoot up towards infinity as p nears 1 and p = 0.75 gives odds of 3 (3 : 1), "
        "while on a log axis p = 0.25 (odds 1/3) and p = 0.75 (odds 3) sit symmetrically "
        "about even odds of 1."
    ),
    "logit_figure": (
        "The logit curve log(p/(1 − p)) runs from minus infinity near p = 0 to plus infinity "
        "near p = 1, with dashed asymptotes at both ends and point symmetry about (0.5, 0), "
        "where p = 0.25 and p = 0.75 give −log 3 and log 3."
    ),
    "inverse_figure": (
        "On square axes with equal limits, the sigmoid and the logit curves are mirror images "
        "across the dashed line y = x, and the point (2, σ(2)) on the sigmoid is joined to "
        "its mirror point (σ(2), 2) on the logit."
    ),
    "score_bars_figure": (
        "Three bar panels show the same class scores as raw scores, as a sigmoid of each score "
        "whose sum is not 1, and as softmax probabilities whose sum is 1, each class with its "
        "own colour and hatch."
    ),
    "derivation_figure": (
        "Two bar panels show the log-odds of each class against the reference class K, "
        "which is 0 for K itself, and the K probabilities they give, with the reference "
        "class's bar marked."
    ),
    "temperature_figure": (
        "The softmax probability of each of three classes is plotted against the temperature T "
        "on a log axis from 0.05 to 50, each class with its own colour, marker and line style, "
        "going from one-hot at small T to the uniform 1/3 at large T."
    ),
    "convexity_figure": (
        "Two panels show that a log transform does not keep convexity: f(x) = x² + 1 is convex "
        "with every chord above it, while log f bends the other way beyond its inflection "
        "points at x = ±1, where a chord falls below the curve."
    ),
    "log_square_figure": (
        "Two panels show f(x) = x² on (0, 3], which is convex with its chord above the curve, "
        "and log f = 2 log x, which is concave everywhere there with its chord below the curve."
    ),
    "hero_figure": (
        "Five small panels follow the scores 2, 1 and 0.1 along the path: bars of the raw "
        "scores, their points on the sigmoid, their odds, the logit that turns the "
        "probabilities back into the scores, and the softmax bars that sum to 1."
    ),
}

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


def _class_bars(ax, values, *, fmt="{:.2f}"):
    """One bar per class: colour and hatch from the style, values written on the bars."""
    values = np.asarray(values, dtype=float)
    xs = np.arange(values.size)
    colors = [SERIES[i % len(SERIES)][0] for i in xs]
    bars = ax.bar(xs, values, color=colors, edgecolor="black", linewidth=1.0, width=0.7)
    for i, bar in enumerate(bars):
        bar.set_hatch(HATCHES[i % len(HATCHES)])
    ax.bar_label(bars, labels=[fmt.format(v) for v in values], padding=3)
    ax.set_xticks(xs, [str(i + 1) for i in xs])
    ax.set_xlabel("class")
    ax.grid(False, axis="x")
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


# --- 02 sigmoid ------------------------------------------------------------------------


def _draw_sigmoid(ax, z_max=8.0):
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
        _draw_sigmoid(ax)
        for low, high, x_text, y_text in ((-8, -4, -6, 0.25), (4, 8, 6, 0.75)):
            ax.axvspan(low, high, **SHADE, gid="saturated")
            ax.text(x_text, y_text, "saturated\n(flat)", ha="center", va="center")
        ax.axhline(0.5, **GUIDE, linestyle="--", label="threshold 0.5", gid="threshold")
        ax.axvline(0.0, **GUIDE, linestyle=":", label="decision boundary z = 0", gid="boundary")
        ax.text(-0.3, 0.93, "← predict C2", ha="right", va="center")
        ax.text(0.3, 0.07, "predict C1 →", ha="left", va="center")
        ax.set_xlabel(r"score $z$")
        ax.set_ylabel(r"probability $\sigma(z)$")
        ax.set_title("The sigmoid")
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, 0.86))
    return _finish(fig, "sigmoid_figure")


# --- 03 odds ---------------------------------------------------------------------------

ODDS_POINTS = ((0.25, "1 : 3", 1), (0.75, "3 : 1", 0))  # (p, as "a : b", series index)


def _mark_odds(ax, p, text, i, offset):
    o = float(numerics.odds(p))
    ax.plot([p], [o], **_point(i), gid=f"odds-point-{p}")
    ax.annotate(f"p = {p}\nodds {text}", (p, o), xytext=offset, textcoords="offset points",
                ha="center", va="center")


def _odds_linear(ax):
    ps = np.linspace(0.0, 0.95, 400)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds")
    ax.axvline(1.0, **GUIDE, linestyle="--", gid="asymptote")
    ax.text(0.85, 8.5, "odds → ∞\nas p → 1", ha="right", va="center")
    for (p, text, i), offset in zip(ODDS_POINTS, ((0, 38), (-55, 18)), strict=True):
        _mark_odds(ax, p, text, i, offset)
    ax.set_xlim(0.0, 1.02)
    ax.set_ylim(0.0, 10.0)
    ax.set_ylabel(r"odds $p\,/\,(1-p)$")
    ax.set_title("Odds")


def _odds_log(ax):
    ps = np.linspace(0.02, 0.98, 400)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds-log")
    ax.set_yscale("log")
    ax.axhline(1.0, **GUIDE, linestyle="--", gid="even")
    ax.text(0.03, 1.25, "even odds 1 : 1", ha="left", va="bottom")
    for (p, text, i), offset in zip(ODDS_POINTS, ((40, -15), (-40, 15)), strict=True):
        _mark_odds(ax, p, text, i, offset)
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(1 / 20, 20)
    _number_ticks(ax.yaxis, [1 / 9, 1 / 3, 1, 3, 9], ["1/9", "1/3", "1", "3", "9"])
    ax.set_ylabel("odds (log scale)")
    ax.set_title("Odds, log scale")


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
            ax.set_xlabel(r"probability $p$")
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
        ax.annotate("centre (0.5, 0)", (0.5, 0.0), xytext=(12, -22), textcoords="offset points")
        ax.annotate("p = 0.25: −log 3", (0.25, -np.log(3)), xytext=(14, -16),
                    textcoords="offset points")
        ax.annotate("p = 0.75: log 3", (0.75, np.log(3)), xytext=(-14, 16),
                    textcoords="offset points", ha="right")
        ax.text(0.95, 5.0, "→ +∞ as p → 1", ha="right", va="center")
        ax.text(0.05, -5.0, "→ −∞ as p → 0", ha="left", va="center")
        ax.set_xlim(-0.05, 1.05)
        ax.set_ylim(-6.5, 6.5)
        ax.set_xlabel(r"probability $p$")
        ax.set_ylabel(r"log-odds $\mathrm{logit}(p)$")
        ax.set_title("The logit (log-odds)")
    return _finish(fig, "logit_figure")


# --- 05 inverse ------------------------------------------------------------------------


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
        _draw_sigmoid(ax, z_max=lim)
        _draw_logit(ax, z_max=lim, **_curve(2), label=r"$\mathrm{logit}(p)$")
        ax.plot([-lim, lim], [-lim, lim], **GUIDE, linestyle="--", label="$y = x$",
                gid="identity")
        ax.plot([z, p], [p, z], color=HIGHLIGHT, linestyle=":", linewidth=1.8, gid="mirror")
        ax.plot([z], [p], **_point(0), gid="example-sigmoid")
        ax.plot([p], [z], **_point(2), gid="example-logit")
        ax.annotate(rf"$({z:g},\ \sigma({z:g}))$", (z, p), xytext=(8, -24),
                    textcoords="offset points")
        ax.annotate(rf"$(\sigma({z:g}),\ {z:g})$", (p, z), xytext=(-10, 6),
                    textcoords="offset points", ha="right")
        ax.set_xlim(-lim, lim)
        ax.set_ylim(-lim, lim)
        ax.set_aspect("equal")
        ax.set_xlabel("input")
        ax.set_ylabel("output")
        ax.set_title("Sigmoid and logit are inverses")
        ax.legend(loc="upper left")
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
        raw.set_title("Raw scores $z_i$")
        _class_bars(each, sig)
        each.set_title(r"Sigmoid per score $\sigma(z_i)$")
        total = f"{sig.sum():.2f}"
        each.set_xlabel(f"class\nsum = {total}" + ("" if total == "1.00" else " ≠ 1"))
        _class_bars(joint, soft)
        joint.set_title("Softmax")
        joint.set_xlabel(f"class\nsum = {soft.sum():.2f}")
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
        left.annotate("0 by\ndefinition", (k - 1, 0.0), xytext=(0, 14),
                      textcoords="offset points", ha="center", va="bottom")
        left.axhline(0.0, color="black", linewidth=1.0)
        left.margins(y=0.2)
        left.set_title(rf"Log-odds $\log(P_i\,/\,P_{k})$")
        bars = _class_bars(right, probs)
        bars[-1].set_linewidth(2.5)
        bars[-1].set_linestyle("--")
        bars[-1].set_gid("reference-bar")
        right.set_ylim(0.0, 1.15)
        right.set_title(f"Probabilities, sum = {probs.sum():.2f}")
        for ax in (left, right):
            ax.set_xticks(np.arange(k), [str(i + 1) for i in range(k - 1)] + [f"{k}\n(ref.)"])
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
                    label=f"class {i + 1} (z = {z[i]:g})", gid=f"class-{i + 1}")
        ax.axhline(1 / k, **GUIDE, linestyle=(0, (8, 4)), gid="uniform")
        ax.axvline(1.0, **GUIDE, linestyle=":", gid="t-one")
        ax.text(0.06, 1.04, "one-hot", ha="left", va="bottom")
        ax.text(45, 1 / k + 0.03, f"uniform 1/{k}", ha="right", va="bottom")
        ax.text(1.1, 1.04, "T = 1", ha="left", va="bottom")
        _number_ticks(ax.xaxis, [0.1, 1, 10])
        ax.set_xlim(temps[0], temps[-1])
        ax.set_ylim(-0.03, 1.12)
        ax.set_xlabel("temperature $T$ (log scale)")
        ax.set_ylabel(r"softmax probability $p_i$")
        ax.set_title("Softmax temperature")
        ax.legend(loc="center left", bbox_to_anchor=(0.0, 0.62))
    return _finish(fig, "temperature_figure")


# --- 04 convexity ----------------------------------------------------------------------


def _convexity_panel(ax, xs, ys, chord, title, gid):
    ax.plot(xs, ys, **_curve(0), gid=gid)
    cx = np.asarray(chord)
    cy = np.interp(cx, xs, ys)
    ax.plot(cx, cy, **series(1), markersize=8, label="chord", gid=f"{gid}-chord")
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
        _convexity_panel(left, xs, f, chord, "$f(x) = x^2 + 1$: convex", "f")
        left.text(0.0, 7.0, "curves up everywhere\n$f'' = 2 > 0$", ha="center", va="center")
        _convexity_panel(right, xs, np.log(f), chord, r"$\log f(x)$: not convex", "log-f")
        for low, high in ((-3, -1), (1, 3)):
            right.axvspan(low, high, **SHADE, gid="concave")
        right.plot([-1.0, 1.0], np.log([2.0, 2.0]), **_point(2), label="inflection $x = ±1$",
                   gid="inflection")
        for x_text in (-2.0, 2.0):
            right.text(x_text, 0.35, "concave", ha="center", va="center")
        right.text(0.0, 1.6, "convex", ha="center", va="center")
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
        _convexity_panel(left, xs, xs**2, chord, "$f(x) = x^2$: convex", "f")
        _convexity_panel(right, xs, 2.0 * np.log(xs), chord,
                         r"$\log f(x) = 2 \log x$: concave", "log-f")
        for ax in (left, right):
            ax.set_xlim(0.0, 3.1)
            ax.legend(loc="upper left")
    return _finish(fig, "log_square_figure")


# --- README --------------------------------------------------------------------------------


def _hero_scores(ax, z):
    _class_bars(ax, z, fmt="{:g}")
    ax.set_ylim(0.0, 2.6)
    ax.set_title("scores $z$")


def _hero_sigmoid(ax, z, p):
    _draw_sigmoid(ax, z_max=5.0)
    for i in range(z.size):
        ax.plot([z[i]], [p[i]], **_point(i), gid=f"hero-sigmoid-{i + 1}")
    ax.set_xticks([-4, 0, 4])
    ax.set_xlabel("$z$")
    ax.set_title(r"sigmoid $p = \sigma(z)$")


def _hero_odds(ax, p):
    ps = np.linspace(0.0, 0.92, 200)
    ax.plot(ps, numerics.odds(ps), **_curve(0), gid="odds")
    for i in range(p.size):
        ax.plot([p[i]], [numerics.odds(p[i])], **_point(i), gid=f"hero-odds-{i + 1}")
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 10.0)
    ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.set_xlabel("$p$")
    ax.set_title(r"odds $p\,/\,(1-p)$")


def _hero_logit(ax, z, p):
    _draw_logit(ax, z_max=5.0)
    for i in range(p.size):
        ax.plot([p[i]], [z[i]], **_point(i), gid=f"hero-logit-{i + 1}")
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(-5.0, 5.0)
    ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.set_xlabel("$p$")
    ax.set_title("logit: back to $z$")


def _hero_softmax(ax, z):
    _class_bars(ax, numerics.softmax(z))
    ax.set_ylim(0.0, 1.0)
    ax.set_title("softmax, sum 1")


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
