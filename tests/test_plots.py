"""Tests for helpers.plots and tools/make_images.py.

They check what a reader sees: the drawn data (against helpers.numerics and
the mathematics), the alt text, readable tick labels, series told apart by
more than colour, the palette, and that a builder leaves matplotlib's global
state alone. The committed images must match a fresh run of the tool.
"""

import base64
import io
import re
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.colors import to_hex, to_rgba
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

from helpers import numerics, plots
from helpers.style import NEUTRAL, OKABE_ITO, TICK_SIZE

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = sorted(plots.ALT_TEXT)
COMMITTED_IMAGES = ("hero.png", "sigmoid_logit.png", "softmax_temperature.png")
PALETTE = {c.lower() for c in OKABE_ITO.values()} | {NEUTRAL.lower(), "#ffffff"}
MIN_FONT = 11


@pytest.fixture(scope="module", params=BUILDERS)
def built(request):
    """(builder name, its figure, drawn once so that tick labels exist)."""
    fig = getattr(plots, request.param)()
    fig.canvas.draw()
    return request.param, fig


def by_gid(artist, gid):
    """Artists with this gid in a figure or axes."""
    found = artist.findobj(lambda artist: artist.get_gid() == gid)
    assert found, f"no artist with gid {gid!r}"
    return found


def line(artist, gid):
    """(x, y) of the one line with this gid in a figure or axes."""
    (found,) = by_gid(artist, gid)
    return np.asarray(found.get_xdata(), float), np.asarray(found.get_ydata(), float)


def bar_heights(ax, index=0):
    bars = [c for c in ax.containers if isinstance(c, BarContainer)][index]
    return np.array([bar.get_height() for bar in bars])


def second_difference(y):
    return y[2:] - 2.0 * y[1:-1] + y[:-2]


# --- every builder ---------------------------------------------------------------------


def test_every_public_figure_builder_has_alt_text():
    builders = {name for name in plots.__all__ if name.endswith("_figure")}
    assert builders == set(plots.ALT_TEXT)


def test_builder_returns_a_figure_with_one_sentence_of_alt_text(built):
    name, fig = built
    assert isinstance(fig, Figure)
    assert fig.alt_text == plots.ALT_TEXT[name]
    text = fig.alt_text
    assert 40 <= len(text) <= 400 and "\n" not in text
    assert text[0].isupper() and text.endswith(".")
    # A full stop followed by a space or the end would start a second sentence.
    assert not re.search(r"[.!?;](\s|$)", text[:-1]), text


def test_a_notebook_shows_a_builders_figure_as_a_picture_with_its_alt_text():
    formatters = pytest.importorskip("IPython.core.formatters")
    fig = plots.sigmoid_figure()
    data, metadata = formatters.DisplayFormatter().format(fig)
    assert data["text/plain"] == plots.ALT_TEXT["sigmoid_figure"]
    assert metadata["image/png"]["alt"] == plots.ALT_TEXT["sigmoid_figure"]
    png = io.BytesIO(base64.b64decode(data["image/png"]))
    assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    assert b"Software" not in png.getvalue()  # no matplotlib version in a committed output


def test_figure_size_and_dpi_are_fixed(built):
    name, fig = built
    assert fig.dpi == 100
    again = getattr(plots, name)()
    assert tuple(again.get_size_inches()) == tuple(fig.get_size_inches())


def test_tick_labels_and_texts_are_large_enough(built):
    _, fig = built
    for ax in fig.axes:
        labels = [label for axis in (ax.xaxis, ax.yaxis)
                  for label in axis.get_ticklabels(which="both")
                  if label.get_visible() and label.get_text()]
        assert labels, f"{ax.get_title()!r} has no tick labels"
        sizes = {label.get_fontsize() for label in labels}
        assert min(sizes) >= MIN_FONT, (ax.get_title(), sizes)
    texts = [t for t in fig.findobj(mpl.text.Text) if t.get_visible() and t.get_text()]
    small = [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < MIN_FONT]
    assert not small


def test_tick_label_size_is_the_style_size(built):
    _, fig = built
    for ax in fig.axes:
        assert ax.xaxis.get_ticklabels()[0].get_fontsize() == TICK_SIZE


def test_series_differ_by_more_than_colour(built):
    """Any two lines of different colour in one axes differ in marker or line style."""
    _, fig = built
    for ax in fig.axes:
        looks = {}
        for artist in ax.lines:
            colour = to_hex(artist.get_color())
            looks.setdefault((artist.get_marker(), artist.get_linestyle()), set()).add(colour)
        clashes = {look: colours for look, colours in looks.items() if len(colours) > 1}
        assert not clashes, (ax.get_title(), clashes)


def test_bars_differ_by_hatch_as_well_as_colour(built):
    _, fig = built
    for ax in fig.axes:
        for container in ax.containers:
            if not isinstance(container, BarContainer):
                continue
            colours = [to_hex(bar.get_facecolor()) for bar in container]
            hatches = [bar.get_hatch() or "" for bar in container]
            assert len(set(colours)) == len(colours), (ax.get_title(), colours)
            assert len(set(hatches)) == len(hatches), (ax.get_title(), hatches)


def _data_colours(fig):
    """The colours of everything drawn as data or annotation (not grid, spines or legend)."""
    for ax in fig.axes:
        for artist in ax.lines:
            yield artist.get_color()
            yield artist.get_markerfacecolor()
        for artist in [*ax.patches, *fig.artists]:
            yield artist.get_facecolor()
        for artist in ax.collections:
            yield from artist.get_facecolor()
        for artist in ax.texts:
            yield artist.get_color()


def test_colours_come_from_the_palette(built):
    _, fig = built
    used = {to_hex(c) for c in _data_colours(fig) if to_rgba(c)[3] > 0}
    assert used <= PALETTE, used - PALETTE


# A caller's own settings, all different from both matplotlib's defaults and the style.
CALLER_RC = {"font.size": 7.0, "xtick.labelsize": 8.0, "lines.linewidth": 0.7,
             "axes.grid": False, "axes.titlesize": 9.0, "figure.dpi": 72.0}


def test_building_leaves_rcparams_unchanged(built):
    name, _ = built
    with mpl.rc_context():
        # Start from a known state, so that a leak by an earlier build cannot hide one here.
        mpl.rcdefaults()
        mpl.rcParams.update(CALLER_RC)
        # rcParams.copy(), not dict(rcParams): reading rcParams["backend"] through
        # the mapping resolves the backend, which imports pyplot.
        before = mpl.rcParams.copy()
        fig = getattr(plots, name)()
        plots.save_png(fig, io.BytesIO())
        after = mpl.rcParams.copy()
    changed = sorted(k for k in before.keys() | after.keys()
                     if dict.get(before, k) != dict.get(after, k))
    assert not changed
    fig.canvas.draw()
    assert fig.dpi == 100
    assert fig.axes[0].xaxis.get_ticklabels()[0].get_fontsize() == TICK_SIZE


def test_pyplot_is_never_imported():
    code = (
        "import sys\n"
        "import helpers.plots as p\n"
        "for name in p.ALT_TEXT:\n"
        "    getattr(p, name)().canvas.draw()\n"
        "sys.path.insert(0, 'tools')\n"
        "import make_images\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# --- what each figure draws ------------------------------------------------------------


def test_sigmoid_figure_data():
    fig = plots.sigmoid_figure()
    z, p = line(fig, "sigmoid")
    np.testing.assert_allclose(p, numerics.sigmoid(z), rtol=1e-12, atol=0)
    assert z.min() <= -8 and z.max() >= 8
    assert np.all(line(fig, "threshold")[1] == 0.5)
    assert np.all(line(fig, "boundary")[0] == 0.0)
    spans = by_gid(fig, "saturated")
    edges = sorted((s.get_x(), s.get_x() + s.get_width()) for s in spans)
    assert edges == [(-8, -4), (4, 8)]
    slope_at_edge = numerics.sigmoid(4.0) * (1 - numerics.sigmoid(4.0))
    assert slope_at_edge < 0.02


def test_odds_figure_data():
    fig = plots.odds_figure()
    for gid in ("odds", "odds-log"):
        p, o = line(fig, gid)
        np.testing.assert_allclose(o, numerics.odds(p), rtol=1e-12, atol=0)
        assert p.max() < 1
    assert line(fig, "asymptote")[0].tolist() == [1.0, 1.0]
    linear, log = fig.axes
    assert linear.get_yscale() == "linear" and log.get_yscale() == "log"
    points = {(float(a.get_xdata()[0]), float(a.get_ydata()[0]))
              for a in by_gid(fig, "odds-point-0.75") + by_gid(fig, "odds-point-0.25")}
    assert points == {(0.75, 3.0), (0.25, float(numerics.odds(0.25)))}
    # On the log axis, odds 1/3 and 3 are equally far from even odds.
    np.testing.assert_allclose(np.log(numerics.odds(0.25)), -np.log(3.0))
    assert any("3 : 1" in t.get_text() for t in linear.texts)


def test_logit_figure_data():
    fig = plots.logit_figure()
    p, r = line(fig, "logit")
    np.testing.assert_allclose(r, numerics.logit(p), rtol=1e-12, atol=1e-15)
    assert sorted(a.get_xdata()[0] for a in by_gid(fig, "asymptote")) == [0.0, 1.0]
    assert line(fig, "centre") == ([0.5], [0.0])
    xs, ys = line(fig, "logit-points")
    np.testing.assert_allclose(xs, [0.25, 0.75])
    np.testing.assert_allclose(ys, [-np.log(3.0), np.log(3.0)], rtol=1e-15)


def test_inverse_figure_mirrors_about_y_equals_x():
    fig = plots.inverse_figure(z=2.0)
    (ax,) = fig.axes
    z, p = line(fig, "sigmoid")
    np.testing.assert_allclose(p, numerics.sigmoid(z), rtol=1e-12, atol=0)
    q, r = line(fig, "logit")
    np.testing.assert_allclose(r, numerics.logit(q), rtol=1e-12, atol=1e-15)
    a, b = line(fig, "example-sigmoid")
    c, d = line(fig, "example-logit")
    assert a[0] == 2.0 and b[0] == numerics.sigmoid(2.0)
    assert (c[0], d[0]) == (b[0], a[0])
    x, y = line(fig, "identity")
    np.testing.assert_array_equal(x, y)
    assert ax.get_xlim() == ax.get_ylim()
    assert ax.get_aspect() == 1.0
    assert by_gid(fig, "identity")[0].get_linestyle() == "--"
    width, height = fig.get_size_inches()
    assert width == height


@pytest.mark.parametrize("scores", [(2.0, 1.0, 0.1), (-1.0, 0.5, 3.0, 0.0)])
def test_score_bars_figure_data(scores):
    fig = plots.score_bars_figure(scores)
    raw, each, joint = fig.axes
    z = np.array(scores)
    np.testing.assert_array_equal(bar_heights(raw), z)
    np.testing.assert_allclose(bar_heights(each), numerics.sigmoid(z), rtol=1e-15)
    np.testing.assert_allclose(bar_heights(joint), numerics.softmax(z), rtol=1e-15)
    assert bar_heights(joint).sum() == pytest.approx(1.0, abs=1e-12)
    assert f"sum = {numerics.sigmoid(z).sum():.2f} ≠ 1" in each.get_xlabel()
    assert "sum = 1.00" in joint.get_xlabel()


def test_score_bars_figure_rejects_bad_scores():
    with pytest.raises(ValueError, match="score_bars_figure"):
        plots.score_bars_figure([1.0])
    with pytest.raises(ValueError, match="score_bars_figure"):
        plots.score_bars_figure([1.0, np.nan])


@pytest.mark.parametrize("log_odds", [(1.9, 0.9), (-1.0, 0.5, 2.0)])
def test_derivation_figure_data(log_odds):
    fig = plots.derivation_figure(log_odds)
    left, right = fig.axes
    r = np.array(log_odds)
    np.testing.assert_array_equal(bar_heights(left), r)
    probs = bar_heights(right)
    np.testing.assert_array_equal(probs, numerics.probs_from_reference_log_odds(r))
    np.testing.assert_allclose(probs, numerics.softmax(np.append(r, 0.0)), rtol=1e-15)
    np.testing.assert_allclose(np.log(probs[:-1] / probs[-1]), r, rtol=1e-12, atol=1e-15)
    (reference,) = by_gid(fig, "reference-bar")
    assert reference is list(right.containers[0])[-1]
    assert "ref" in right.get_xticklabels()[-1].get_text()
    assert line(fig, "reference-zero") == ([r.size], [0.0])


def test_default_derivation_matches_default_scores():
    fig = plots.derivation_figure()
    np.testing.assert_allclose(bar_heights(fig.axes[1]), numerics.softmax(plots.DEFAULT_SCORES),
                               rtol=1e-12)


@pytest.mark.parametrize("scores", [(2.0, 1.0, 0.1), (0.5, -1.0, 1.5, 0.0)])
def test_temperature_figure_data(scores):
    fig = plots.temperature_figure(scores)
    (ax,) = fig.axes
    assert ax.get_xscale() == "log"
    low, high = ax.get_xlim()
    assert low <= 0.05 and high >= 50
    k = len(scores)
    finals = []
    for i in range(k):
        temps, probs = line(fig, f"class-{i + 1}")
        expected = [numerics.softmax(scores, temperature=t)[i] for t in temps]
        np.testing.assert_allclose(probs, expected, rtol=1e-12, atol=1e-300)
        finals.append((probs[0], probs[-1]))
    first, last = np.array(finals).T
    np.testing.assert_allclose(first, numerics.one_hot(np.argmax(scores), k), atol=1e-3)
    np.testing.assert_allclose(last, 1 / k, atol=0.02)
    assert line(fig, "uniform")[1][0] == pytest.approx(1 / k)


def test_convexity_figure_data():
    fig = plots.convexity_figure()
    x, f = line(fig, "f")
    x_log, log_f = line(fig, "log-f")
    np.testing.assert_array_equal(x, x_log)
    np.testing.assert_allclose(f, x**2 + 1, rtol=1e-15)
    np.testing.assert_allclose(log_f, np.log(f), rtol=1e-15)
    assert np.all(second_difference(f) > 0)
    curvature = second_difference(log_f)
    inner = np.abs(x[1:-1]) < 0.95
    outer = np.abs(x[1:-1]) > 1.05
    assert np.all(curvature[inner] > 0) and np.all(curvature[outer] < 0)
    inflections, _ = line(fig, "inflection")
    np.testing.assert_array_equal(np.sort(inflections), [-1.0, 1.0])
    # A chord lies above a convex curve; on log f the same chord falls below it.
    for gid, sign in (("f", 1), ("log-f", -1)):
        cx, cy = line(fig, f"{gid}-chord")
        mid = cx.mean()
        curve_x, curve_y = line(fig, gid)
        assert sign * (cy.mean() - np.interp(mid, curve_x, curve_y)) > 0


def test_log_square_figure_data():
    fig = plots.log_square_figure()
    x, f = line(fig, "f")
    _, log_f = line(fig, "log-f")
    assert x.min() > 0
    np.testing.assert_allclose(f, x**2, rtol=1e-15)
    np.testing.assert_allclose(log_f, np.log(f), rtol=1e-14)
    assert np.all(second_difference(f) > 0)
    assert np.all(second_difference(log_f) < 0)


def test_hero_figure_follows_the_scores_through_the_path():
    fig = plots.hero_figure()
    scores_ax, sigmoid_ax, odds_ax, logit_ax, softmax_ax = fig.axes
    z = np.array(plots.DEFAULT_SCORES)
    p = numerics.sigmoid(z)
    np.testing.assert_array_equal(bar_heights(scores_ax), z)
    np.testing.assert_allclose(bar_heights(softmax_ax), numerics.softmax(z), rtol=1e-15)
    for ax, gid, func in ((sigmoid_ax, "sigmoid", numerics.sigmoid),
                          (odds_ax, "odds", numerics.odds),
                          (logit_ax, "logit", numerics.logit)):
        x, y = line(ax, gid)
        np.testing.assert_allclose(y, func(x), rtol=1e-12, atol=1e-15)
    for i in range(z.size):
        assert line(sigmoid_ax, f"hero-sigmoid-{i + 1}") == ([z[i]], [p[i]])
        ox, oy = line(odds_ax, f"hero-odds-{i + 1}")
        np.testing.assert_allclose([ox[0], oy[0]], [p[i], np.exp(z[i])], rtol=1e-12)
        lx, ly = line(logit_ax, f"hero-logit-{i + 1}")
        np.testing.assert_allclose([lx[0], ly[0]], [p[i], z[i]], rtol=1e-12)
    assert len(fig.artists) == 4  # an arrow between each pair of neighbouring panels


def test_readme_shows_the_hero_with_its_alt_text():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"![{plots.ALT_TEXT['hero_figure']}](images/hero.png)" in readme


# --- committed images ------------------------------------------------------------------


def test_committed_images_match_a_fresh_run(tmp_path):
    result = subprocess.run([sys.executable, "tools/make_images.py", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    fresh = sorted(path.name for path in tmp_path.glob("*.png"))
    committed = sorted(path.name for path in (ROOT / "images").glob("*.png"))
    assert fresh == committed == sorted(COMMITTED_IMAGES)
    for name in COMMITTED_IMAGES:
        failure = compare_images(str(ROOT / "images" / name), str(tmp_path / name), tol=2)
        assert failure is None, failure


def test_images_carry_no_version_string(tmp_path):
    plots.save_png(plots.sigmoid_figure(), tmp_path / "s.png")
    data = (tmp_path / "s.png").read_bytes()
    assert b"Software" not in data and b"matplotlib" not in data.lower()
