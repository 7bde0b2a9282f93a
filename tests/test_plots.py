"""Tests for helpers.plots and tools/make_images.py.

They check what a reader sees: the drawn data (against helpers.numerics and
the mathematics), the alt text, readable tick labels, series told apart by
more than colour, the palette, and that a builder leaves matplotlib's global
state alone. Every word a figure draws comes from helpers.messages: under a
marked copy of the English table, every text with words carries the mark. The
committed images must match a fresh run of the tool.
"""

import base64
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.colors import to_hex, to_rgba
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

from helpers import messages, numerics, plots
from helpers.datasets import load_penguins
from helpers.style import NEUTRAL, OKABE_ITO, TICK_SIZE

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = sorted(plots.ALT_TEXT)
COMMITTED_IMAGES = ("hero.ko.png", "hero.png", "sigmoid_logit.png", "softmax_temperature.png")
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


# --- every word comes from the message table --------------------------------------------

MARKER = "XX "  # the prefix of every template in the marked copy of the English table
# Names of functions, written as maths in code: "p = softmax(z)", "log p", "p = 0.25: −log 3".
MATH_WORDS = {"log", "logit", "softmax", "exp", "nan", "inf"}
# Every builder, and arguments that reach the branches its defaults do not.
WORDED_BUILDS = [*((name, {}) for name in BUILDERS),
                 ("score_bars_figure", {"scores": [0.0, 0.0]})]  # the sum is 1: no "≠ 1"


def words(text):
    """The words of a drawn text, outside mathtext ($...$) and names of functions."""
    prose = re.sub(r"\$[^$]*\$", " ", text)
    return [word for word in re.findall(r"[^\W\d_]{2,}", prose) if word not in MATH_WORDS]


def test_words_finds_words_and_only_words():
    assert words(r"score $z$") == ["score"]
    assert words("class\nsum = 2.14 ≠ 1") == ["class", "sum"]
    assert words("← predict C2") == ["predict"]
    assert words("XX 3\n(ref.)") == ["XX", "ref"]
    for maths in (r"$\sigma(z)$", "p = softmax(z)", "log p", "p = 0.25: −log 3", "T = 1",
                  "z = (2, 1, 0.1)", "1 : 3", "e", "1/9", "z + 3", r"softmax$([z, 0])_1$"):
        assert words(maths) == [], maths


def worded_texts(fig):
    """(what, text) for every text a figure draws, and every artist label, that holds words."""
    for artist in fig.findobj(mpl.text.Text):
        if artist.get_visible() and words(artist.get_text()):
            yield type(artist).__name__, artist.get_text()
    for artist in fig.findobj():
        label = artist.get_label()
        if isinstance(label, str) and not label.startswith("_") and words(label):
            yield f"label of a {type(artist).__name__}", label


@pytest.fixture
def marked_language(monkeypatch):
    """A second language "xx": the English table with MARKER before every template."""
    marked = {key: MARKER + template for key, template in messages.MESSAGES["en"].items()}
    monkeypatch.setitem(messages.MESSAGES, "xx", marked)
    messages.use_language("xx")
    try:
        yield marked
    finally:
        messages.use_language("en")


@pytest.mark.parametrize(("name", "kwargs"), WORDED_BUILDS,
                         ids=[f"{name}{'-' if kw else ''}{'-'.join(kw)}"
                              for name, kw in WORDED_BUILDS])
def test_every_word_a_figure_draws_comes_from_the_message_table(marked_language, name, kwargs):
    fig = getattr(plots, name)(**kwargs)
    fig.canvas.draw()  # tick labels exist only once drawn
    assert fig.alt_text == plots.ALT_TEXT[name] == marked_language[f"alt.{name}"]
    assert fig.alt_text.startswith(MARKER)
    found = list(worded_texts(fig))
    assert found, f"{name} draws no words at all"
    left_in_code = [(what, text) for what, text in found if MARKER not in text]
    assert not left_in_code, f"{name} draws words that are not in the message table"


def test_alt_text_is_a_read_only_view_of_the_table_in_the_current_language(marked_language):
    messages.use_language("en")
    english = plots.sigmoid_figure()  # built in English: it keeps its English text
    messages.use_language("xx")
    assert isinstance(plots.ALT_TEXT, Mapping)
    with pytest.raises(TypeError):
        plots.ALT_TEXT["sigmoid_figure"] = "A changed sentence."
    for name in BUILDERS:
        assert plots.ALT_TEXT.message_id(name) == f"alt.{name}"
        assert plots.ALT_TEXT[name] == marked_language[f"alt.{name}"]
    assert english.alt_text == messages.MESSAGES["en"]["alt.sigmoid_figure"]
    assert plots.sigmoid_figure().alt_text.startswith(MARKER)


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
        "import make_images\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False, env=env)
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
    korean = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    alt = messages.MESSAGES["ko"]["alt.hero_figure"]
    assert f"![{alt}](images/hero.ko.png)" in korean


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


# --- figures of notebook 00 ---


def test_path_map_has_one_box_per_core_notebook_told_apart_by_line_style():
    fig = plots.path_map_figure()
    boxes = {p.get_gid(): p for p in fig.axes[0].patches if p.get_gid()}
    core = sorted(p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert sorted(boxes) == core
    one = {s[0] for s in plots.PATH_STOPS if s[3] == "one"}
    many = {s[0] for s in plots.PATH_STOPS if s[3] == "many"}
    assert one and many
    assert {boxes[n].get_linestyle() for n in one}.isdisjoint(
        {boxes[n].get_linestyle() for n in many})

# --- figures of notebook 02 and its deeper notebooks ---


def test_sigmoid_slope_figure_data():
    fig = plots.sigmoid_slope_figure()
    z, p = line(fig, "sigmoid")
    np.testing.assert_allclose(p, numerics.sigmoid(z), rtol=1e-12, atol=0)
    zs, slope = line(fig, "slope")
    s = numerics.sigmoid(zs)
    np.testing.assert_allclose(slope, s * (1 - s), rtol=1e-12, atol=0)
    assert zs.min() <= -8 and zs.max() >= 8
    assert slope.max() == 0.25 and zs[np.argmax(slope)] == 0.0
    star_z, star_p = line(fig, "steepest")
    assert list(star_z) == [0.0] and list(star_p) == [0.25]
    assert np.all(line(fig, "quarter")[1] == 0.25)


# --- figures of notebook 03 and its deeper notebooks ---


def test_nb03_two_classes_figure_data():
    fig = plots.two_classes_figure()
    z, p_c1 = line(fig, "class-1")
    z_c2, p_c2 = line(fig, "class-2")
    np.testing.assert_allclose(p_c1, numerics.sigmoid(z), rtol=1e-12, atol=0)
    np.testing.assert_array_equal(z, z_c2)
    np.testing.assert_allclose(p_c1 + p_c2, 1.0, rtol=0, atol=1e-15)
    assert z.min() <= -6 and z.max() >= 6
    tie = line(fig, "tie")
    assert tie[0].tolist() == [0.0] and tie[1].tolist() == [float(numerics.sigmoid(0.0))] == [0.5]
    assert np.all(line(fig, "boundary")[0] == 0.0)
    # Each side is shaded where the rule picks the class whose curve is on top there.
    (c2,), (c1,) = by_gid(fig, "decide-c2"), by_gid(fig, "decide-c1")
    assert c2.get_x() + c2.get_width() == 0.0 == c1.get_x()
    assert np.all(p_c2[z < 0] > 0.5) and np.all(p_c1[z > 0] > 0.5)


def test_nb03_horse_race_figure_data():
    from math import comb

    fig = plots.horse_race_figure()
    _, right = fig.axes
    races, share = line(fig, "running-share")
    won = np.random.default_rng(0).random(1_000_000) < 0.75
    np.testing.assert_allclose(share, np.cumsum(won)[races.astype(int) - 1] / races, rtol=1e-12)
    assert races[0] == 1 and races[-1] == 1_000_000 and abs(share[-1] - 0.75) < 0.002
    # In the long run wins per loss settle at the odds of 0.75, which are 3.
    assert abs(share[-1] / (1 - share[-1]) - float(numerics.odds(0.75))) < 0.02
    k, exact = line(fig, "exact")
    np.testing.assert_allclose(
        exact, [comb(4, int(j)) * 0.75**j * 0.25 ** (4 - j) for j in k], rtol=1e-12, atol=0)
    assert exact[3] == 0.421875
    simulated = bar_heights(right)
    np.testing.assert_allclose(simulated, np.bincount(won.reshape(-1, 4).sum(axis=1)) / 250_000)
    np.testing.assert_allclose(simulated, exact, atol=0.005)

# --- figures of notebook 04 and its deeper notebooks ---


def test_odds_ratio_figure_data():
    fig = plots.odds_ratio_figure()
    p, step_p = line(fig, "step-p")
    after = numerics.prob_from_odds(2.0 * numerics.odds(p))
    np.testing.assert_allclose(step_p, after - p, rtol=1e-12, atol=1e-15)
    assert 0.17 < step_p.max() < 0.172 and step_p[0] < 0.01 and step_p[-1] < 0.01
    q, step_z = line(fig, "step-log-odds")
    np.testing.assert_array_equal(q, p)
    np.testing.assert_allclose(step_z, np.log(2.0), rtol=1e-9)
    for gid in ("step-p-points", "step-log-odds-points"):
        xs, _ = line(fig, gid)
        np.testing.assert_array_equal(xs, [0.1, 0.25, 0.5, 0.75, 0.9])
    np.testing.assert_allclose(line(fig, "step-log-odds-points")[1], np.log(2.0), rtol=1e-12)

# --- figures of notebook 05 and its deeper notebooks ---


def test_round_trip_figure_data():
    fig = plots.round_trip_figure()
    (ax,) = fig.axes
    assert ax.get_yscale() == "log"
    z, err = line(fig, "measured")
    back = numerics.logit(numerics.sigmoid(z))
    np.testing.assert_array_equal(err, np.abs(back - z) / np.abs(z))
    assert np.all(err > 0) and np.all(np.isfinite(err))
    exact, _ = line(fig, "exact")
    np.testing.assert_array_equal(numerics.logit(numerics.sigmoid(exact)), exact)
    lost, _ = line(fig, "infinite")
    assert np.all(numerics.sigmoid(lost) == 1.0) and lost.min() > 37
    assert exact.size + z.size + lost.size == 320  # the grid from −40 to 40 without 0
    # The measured error stays under one float gap magnified by logit′ from z = 3 on. Nearer 0
    # σ's own last-bit rounding, which depends on the C library's exp, can lift it above.
    gz, gap = line(fig, "one-gap")
    positive = z >= 3
    np.testing.assert_array_equal(gz[np.isin(gz, z)], z)
    assert np.all(err[positive] <= gap[np.isin(gz, z)][positive])
    # The shaded band starts at the smallest float with σ(z) == 1.0, 54 log 2 ≈ 37.43.
    (band,) = by_gid(fig, "stored-as-one")
    start = float(band.get_x())
    assert numerics.sigmoid(start) == 1.0 and numerics.sigmoid(np.nextafter(start, 0)) < 1.0
    np.testing.assert_allclose(start, 54 * np.log(2.0), rtol=1e-15)


def test_inverse_tangents_figure_data():
    fig = plots.inverse_tangents_figure(z=1.0)
    (ax,) = fig.axes
    z, p = line(fig, "sigmoid")
    np.testing.assert_allclose(p, numerics.sigmoid(z), rtol=1e-12, atol=0)
    q, r = line(fig, "logit")
    np.testing.assert_allclose(q, numerics.sigmoid(r), rtol=1e-12, atol=0)
    s1 = numerics.sigmoid(1.0)
    assert line(fig, "point-sigmoid") == ([1.0], [s1])
    assert line(fig, "point-logit") == ([s1], [1.0])
    x, y = line(fig, "tangent-sigmoid")
    slope = (y[1] - y[0]) / (x[1] - x[0])
    np.testing.assert_allclose(slope, s1 * (1 - s1), rtol=1e-12)
    u, v = line(fig, "tangent-logit")
    np.testing.assert_array_equal((u, v), (y, x))  # the mirror image of the other tangent
    np.testing.assert_allclose((v[1] - v[0]) / (u[1] - u[0]), 1 / (s1 * (1 - s1)), rtol=1e-12)
    assert ax.get_xlim() == ax.get_ylim() and ax.get_aspect() == 1.0
    with pytest.raises(ValueError, match="inverse_tangents_figure"):
        plots.inverse_tangents_figure(z=3.0)


def test_other_class_figure_data():
    fig = plots.other_class_figure()
    z, direct = line(fig, "direct")
    np.testing.assert_allclose(direct, numerics.sigmoid(-z), rtol=1e-12, atol=0)
    kept, by_subtraction = line(fig, "subtraction")
    np.testing.assert_array_equal(by_subtraction, 1.0 - numerics.sigmoid(kept))
    assert np.all(by_subtraction > 0)
    # Near 1 the subtraction can only give whole multiples of the gap 2^-53.
    multiples = by_subtraction / 2.0**-53
    np.testing.assert_array_equal(multiples[multiples < 1e3], np.round(multiples[multiples < 1e3]))
    zero, _ = line(fig, "subtraction-zero")
    assert np.all(numerics.sigmoid(zero) == 1.0) and np.all(numerics.sigmoid(-zero) > 0)
    assert kept.max() == 37.0 and zero.min() == 38.0
    assert line(fig, "gap")[1].tolist() == [2.0**-53, 2.0**-53]


# --- figures of notebook 06 and its deeper notebooks ---


def test_two_class_softmax_figure_data():
    fig = plots.two_class_softmax_figure()
    left, right = fig.axes
    z, p = line(left, "sigmoid")
    np.testing.assert_allclose(p, numerics.sigmoid(z), rtol=1e-12, atol=0)
    marks, two_class = line(left, "two-class-softmax")
    np.testing.assert_allclose(two_class, numerics.sigmoid(marks), rtol=1e-12, atol=1e-15)
    for i, other in enumerate((-2.0, 0.0, 2.0)):
        z1, first = line(right, f"second-score-{i}")
        np.testing.assert_allclose(first, numerics.sigmoid(z1 - other), rtol=1e-12, atol=1e-15)
        assert line(right, f"crossing-{i}") == ([other], [0.5])


def test_shift_rounding_figure_data():
    s = np.array([2.0, 1.0, 0.1, 0.0])
    fig = plots.shift_rounding_figure(s)
    for i in range(s.size):
        shifts, probs = line(fig, f"class-{i + 1}")
        np.testing.assert_array_equal(probs, numerics.softmax(s + shifts[:, None])[:, i])
        exact = shifts <= 1e12
        np.testing.assert_allclose(probs[exact], numerics.softmax(s)[i], rtol=1e-3)
        np.testing.assert_array_equal(probs[shifts >= 2.0**55], 0.25)
    assert shifts.min() <= 1e8 and shifts.max() >= 1e18


# --- figures of notebook 07 and its deeper notebooks ---


def test_temperature_tie_figure_data():
    fig = plots.temperature_tie_figure()
    unique, tied = fig.axes
    for ax, tag, scores in ((unique, "unique", (2.0, 1.0, 0.1)), (tied, "tie", (2.0, 2.0, 0.0))):
        assert ax.get_xscale() == "log"
        for i in range(3):
            temps, probs = line(ax, f"{tag}-class-{i + 1}")
            expected = [numerics.softmax(scores, temperature=t)[i] for t in temps]
            np.testing.assert_allclose(probs, expected, rtol=1e-12, atol=1e-300)
            assert probs[-1] == pytest.approx(1 / 3, abs=0.02)
    firsts = [line(unique, f"unique-class-{i + 1}")[1][0] for i in range(3)]
    np.testing.assert_allclose(firsts, [1.0, 0.0, 0.0], atol=1e-3)
    tied_firsts = [line(tied, f"tie-class-{i + 1}")[1][0] for i in range(3)]
    np.testing.assert_allclose(tied_firsts, [0.5, 0.5, 0.0], atol=1e-12)
    np.testing.assert_array_equal(line(tied, "tie-class-1")[1], line(tied, "tie-class-2")[1])


def test_base_sweep_figure_data():
    fig = plots.base_sweep_figure()
    (ax,) = fig.axes
    z = np.array(plots.DEFAULT_SCORES)
    rows = []
    for i in range(3):
        bases, probs = line(ax, f"class-{i + 1}")
        np.testing.assert_allclose(probs, [numerics.softmax(z * np.log(b))[i] for b in bases],
                                   rtol=1e-12)
        rows.append(probs)
    rows = np.array(rows)
    assert np.all(np.argmax(rows[:, bases > 1.01], axis=0) == 0)
    assert np.all(np.argmax(rows[:, bases < 0.99], axis=0) == 2)
    assert line(ax, "base-one")[0][0] == 1.0


def test_hard_soft_figure_data():
    fig = plots.hard_soft_figure()
    for row, scores in enumerate(((4.0, 1.0, 0.5), (0.3, 0.2, 0.1))):
        soft_ax, hard_ax = fig.axes[2 * row], fig.axes[2 * row + 1]
        np.testing.assert_array_equal(bar_heights(soft_ax), numerics.softmax(scores))
        np.testing.assert_array_equal(bar_heights(hard_ax), numerics.one_hot(0, 3))


def test_gradient_bars_figure_data():
    fig = plots.gradient_bars_figure()
    z = np.array([1.0, 3.0, -0.5, 0.5])
    p, y, grad = (bar_heights(ax) for ax in fig.axes)
    np.testing.assert_array_equal(p, numerics.softmax(z))
    np.testing.assert_array_equal(y, numerics.one_hot(0, 4))
    np.testing.assert_allclose(grad, p - y, rtol=0, atol=0)
    assert abs(grad.sum()) < 1e-12 and grad[0] < 0 < grad[1:].min()


def test_naive_softmax_figure_data():
    levels, naive, stable = plots.naive_softmax_levels()
    np.testing.assert_allclose(stable, numerics.sigmoid(1.0), rtol=1e-15)
    assert np.isnan(naive[levels < -746]).all() and np.isnan(naive[levels > 709.79]).all()
    middle = (levels > -700) & (levels < 709)
    np.testing.assert_allclose(naive[middle], stable[middle], rtol=1e-12)
    fig = plots.naive_softmax_figure()
    _xs, ys = line(fig, "stable")
    np.testing.assert_array_equal(ys, stable)
    wrong_x, wrong_y = line(fig, "naive-wrong")
    assert wrong_x.size and np.all((wrong_x > -745.14) & (wrong_x < -738))
    assert np.all(np.abs(wrong_y - numerics.sigmoid(1.0)) > 1e-3 * numerics.sigmoid(1.0))
    # The alt text: right to within 0.1 % only from about −738 to 709.
    right_x, right_y = line(fig, "naive-right")
    assert -738 < right_x.min() < -737 and 707 < right_x.max() < 709.47
    np.testing.assert_allclose(right_y, numerics.sigmoid(1.0), rtol=1e-3)


def test_score_shifts_figure_data():
    fig = plots.score_shifts_figure()
    left, right = fig.axes
    z = np.array(plots.DEFAULT_SCORES)
    np.testing.assert_array_equal(line(left, "scores-0")[1], z)
    np.testing.assert_array_equal(line(left, "scores-1")[1], z + 3.0)
    log_p = line(left, "scores-2")[1]
    np.testing.assert_allclose(z - log_p, numerics.logsumexp(z), rtol=1e-15)
    np.testing.assert_array_equal(bar_heights(right), numerics.softmax(z))


# --- figure data tests: notebook 08 ---


def _contour_vertices(artist):
    return np.concatenate([path.vertices for path in artist.get_paths() if len(path.vertices)])


def assert_boundaries_are_ties(artists, weights, biases, prefix):
    """Each contour ``f"{prefix}-{i}-{j}"`` runs where scores i and j tie, and no other score
    is above them (up to one cell of the drawing grid)."""
    cell = 2 * plots.PENGUIN_EXTENT / 240
    slope = np.abs(weights).sum() * cell
    found = [a for a in artists if (a.get_gid() or "").startswith(f"{prefix}-")]
    assert found
    for artist in found:
        i, j = map(int, artist.get_gid().split("-")[1:])
        scores = _contour_vertices(artist) @ weights + biases
        np.testing.assert_allclose(scores[:, i], scores[:, j], atol=1e-9)
        assert np.all(scores.max(axis=1) <= scores[:, i] + slope)
    return found


@pytest.fixture(scope="module")
def notebook_08():
    """Notebook 08's model, computed here as the notebook computes it.

    The penguins split 60/20/20 % with seed 0, bill length and depth standardized
    with the training split's mean and standard deviation, softmax regression
    trained from zero by 5000 steps of gradient descent at rate 0.5, the
    temperature fitted on the validation split, and Gaussian classes with a
    shared covariance fitted on the training split.
    """
    penguins = load_penguins()
    columns = [penguins.feature_names.index(name) for name in ("bill_length_mm", "bill_depth_mm")]
    raw, species = penguins.features[:, columns], penguins.species
    n, k = len(species), 3
    order = np.random.default_rng(0).permutation(n)
    train, val, test = np.split(order, [int(0.6 * n), int(0.8 * n)])
    x = (raw - raw[train].mean(axis=0)) / raw[train].std(axis=0)
    x1, y = np.column_stack([x, np.ones(n)]), numerics.one_hot(species, k)

    def loss(rows, w1):
        return -np.mean(np.sum(y[rows] * numerics.log_softmax(x1[rows] @ w1), axis=1))

    w1 = np.zeros((3, k))
    train_losses, val_losses = [loss(train, w1)], [loss(val, w1)]
    for _ in range(5000):
        gradient = x1[train].T @ (numerics.softmax(x1[train] @ w1) - y[train]) / len(train)
        w1 = w1 - 0.5 * gradient
        train_losses.append(loss(train, w1))
        val_losses.append(loss(val, w1))
    temperatures = np.geomspace(0.25, 4.0, 801)
    temperature = temperatures[np.argmin([loss(val, w1 / t) for t in temperatures])]
    xt, yt = x[train], species[train]
    means = np.array([xt[yt == c].mean(axis=0) for c in range(k)])
    centred = xt - means[yt]
    covariance = centred.T @ centred / len(xt)
    inverse = np.linalg.inv(covariance)
    priors = np.bincount(yt, minlength=k) / len(yt)
    return {
        "x": x, "species": species, "train": train, "test": test,
        "weights": w1[:-1], "biases": w1[-1],
        "train_losses": np.array(train_losses), "val_losses": np.array(val_losses),
        "temperature": float(temperature), "means": means, "covariance": covariance,
        "gaussian_weights": inverse @ means.T,
        "gaussian_biases": -0.5 * np.sum(means @ inverse * means, axis=1) + np.log(priors),
    }


def printed_by_notebook_08():
    """What notebook 08's committed outputs print (nbval holds them to the code)."""
    nb = json.loads((ROOT / "notebooks" / "08_softmax_regression.ipynb").read_text("utf-8"))
    return "".join("".join(output["text"]) for cell in nb["cells"]
                   for output in cell.get("outputs", []) if output.get("name") == "stdout")


def test_the_notebook_08_model_here_is_the_notebooks(notebook_08):
    printed = printed_by_notebook_08()
    biases = "  ".join(f"{v:+9.4f}" for v in notebook_08["biases"])
    assert f"biases        : {biases}\n" in printed
    assert f"fitted on the validation split: T = {notebook_08['temperature']:.2f}\n" in printed


def test_the_default_penguin_figures_draw_notebook_08s_model(notebook_08):
    """Without arguments, the figures of notebook 08 draw the notebook's split and model."""
    example = notebook_08
    x, species, train = example["x"], example["species"], example["train"]
    ax = plots.decision_regions_figure().axes[0]
    for k in range(3):
        np.testing.assert_allclose(np.column_stack(line(ax, f"penguins-{k}")),
                                   x[train][species[train] == k], rtol=1e-12)
    assert_boundaries_are_ties(ax.collections, example["weights"], example["biases"],
                               "boundary")
    ax = plots.loss_curve_figure().axes[0]
    for gid, losses in (("train", "train_losses"), ("validation", "val_losses")):
        xs, ys = line(ax, gid)
        np.testing.assert_array_equal(xs, np.arange(1, 5001))
        np.testing.assert_allclose(ys, example[losses][1:], rtol=1e-9)


def test_decision_regions_figure_data():
    weights = np.array([[2.0, -1.0, 0.0], [0.5, 1.5, -1.0]])
    biases = np.array([0.0, 0.3, -0.2])
    x = np.array([[-1.0, 0.5], [1.0, 1.0], [0.5, -2.0], [2.0, -1.0]])
    labels = np.array([0, 1, 2, 2])
    fig = plots.decision_regions_figure(weights, biases, x, labels)
    ax = fig.axes[0]
    for k in range(3):
        xs, ys = line(ax, f"penguins-{k}")
        np.testing.assert_array_equal(np.column_stack([xs, ys]), x[labels == k])
    assert_boundaries_are_ties(ax.collections, weights, biases, "boundary")
    # Inside each shaded band: that class is predicted, with a probability in the band.
    rng = np.random.default_rng(0)
    points = rng.uniform(-2.9, 2.9, size=(400, 2))
    probs = numerics.softmax(points @ weights + biases)
    predicted, top = probs.argmax(axis=1), probs.max(axis=1)
    levels = plots.CONFIDENCE_LEVELS
    band = np.searchsorted(levels, top, side="right") - 1
    near_edge = np.min(np.abs(top[:, None] - np.array(levels)[None, :]), axis=1) < 0.01
    scores = np.sort(points @ weights + biases, axis=1)
    clear = ~near_edge & (scores[:, -1] - scores[:, -2] > 0.05)
    for k in range(3):
        (region,) = by_gid(ax, f"region-{k}")
        assert list(region.levels) == list(levels)
        for i, path in enumerate(region.get_paths()):
            inside = path.contains_points(points[clear]) if len(path.vertices) else []
            expected = (predicted[clear] == k) & (band[clear] == i)
            np.testing.assert_array_equal(inside, expected)


def test_loss_curve_figure_data():
    train = [np.log(3.0), 0.8, 0.5, 0.3, 0.25]
    val = [np.log(3.0), 0.85, 0.6, 0.45, 0.4]
    ax = plots.loss_curve_figure(train, val).axes[0]
    for gid, values in (("train", train), ("validation", val)):
        xs, ys = line(ax, gid)
        np.testing.assert_array_equal(xs, [1, 2, 3, 4])  # step 0 is the guide
        np.testing.assert_array_equal(ys, values[1:])
    np.testing.assert_allclose(line(ax, "start")[1], np.log(3.0))
    default = plots.loss_curve_figure().axes[0]
    assert line(default, "start")[1][0] == pytest.approx(-numerics.log_softmax(np.zeros(3))[0])


def test_reliability_figure_data(notebook_08):
    rng = np.random.default_rng(1)
    scores = rng.normal(scale=3.0, size=(200, 3))
    labels = rng.integers(0, 3, size=200)
    fig = plots.reliability_figure(scores, labels, 1.7)
    for ax, t in zip(fig.axes, (1.0, 1.7), strict=True):
        probs = numerics.softmax(scores, temperature=t)
        confidence, correct = probs.max(axis=1), probs.argmax(axis=1) == labels
        which = np.minimum(np.floor(confidence * 10).astype(int), 9)
        filled = sorted(set(which.tolist()))
        accuracy = [correct[which == b].mean() for b in filled]
        mean_conf = [confidence[which == b].mean() for b in filled]
        heights = [p.get_height() for p in ax.patches if (p.get_gid() or "").startswith("acc")]
        lefts = [p.get_x() for p in ax.patches if (p.get_gid() or "").startswith("acc")]
        np.testing.assert_allclose(heights, accuracy, rtol=1e-12)
        np.testing.assert_allclose(lefts, np.array(filled) / 10, rtol=1e-12)
        np.testing.assert_allclose(line(ax, "confidence")[1], mean_conf, rtol=1e-12)
        ece = sum(np.mean(which == b) * abs(a - c)
                  for b, a, c in zip(filled, accuracy, mean_conf, strict=True))
        assert ax.get_title().endswith(f"ECE {ece:.3f}")
    # The default: notebook 08's test split; dividing by T changes no prediction.
    example = notebook_08
    default = plots.reliability_figure()
    assert default.axes[1].get_title().startswith(f"T = {example['temperature']:.2f}")
    counts = [int(t.get_text()) for t in default.axes[0].texts]
    assert sum(counts) == len(example["test"]) == 69


def test_generative_boundaries_figure_data(notebook_08):
    stats = pytest.importorskip("scipy.stats")
    example = notebook_08
    x, species, train = example["x"], example["species"], example["train"]
    # Bayes' rule with Gaussian classes of shared covariance: softmax of the linear scores.
    priors = np.bincount(species[train], minlength=3) / len(train)
    joint = np.column_stack([
        priors[k] * stats.multivariate_normal(example["means"][k], example["covariance"]).pdf(x)
        for k in range(3)])
    linear = numerics.softmax(x @ example["gaussian_weights"] + example["gaussian_biases"])
    np.testing.assert_allclose(linear, joint / joint.sum(axis=1, keepdims=True), atol=1e-12)
    ax = plots.generative_boundaries_figure().axes[0]
    for gid, w, b in (("trained", example["weights"], example["biases"]),
                      ("gaussian", example["gaussian_weights"], example["gaussian_biases"])):
        assert len(assert_boundaries_are_ties(ax.collections, w, b, gid)) == 3
    for k in range(3):
        np.testing.assert_allclose(line(ax, f"mean-{k}")[0], example["means"][k, 0])
        np.testing.assert_allclose(
            np.column_stack(line(ax, f"penguins-{k}")), x[train][species[train] == k])


def test_class_covariances_figure_data(notebook_08):
    stats = pytest.importorskip("scipy.stats")
    example = notebook_08
    x, y = example["x"][example["train"]], example["species"][example["train"]]
    means = np.array([x[y == k].mean(axis=0) for k in range(3)])
    own = [np.cov(x[y == k].T, bias=True) for k in range(3)]
    priors = np.bincount(y) / len(y)
    # The quadratic scores are log π_k + log N(x | μ_k, Σ_k): Bayes' rule with own covariances.
    points = np.random.default_rng(2).uniform(-3, 3, size=(50, 2))
    expected = np.column_stack([np.log(priors[k]) + stats.multivariate_normal(
        means[k], own[k]).logpdf(points) for k in range(3)])
    np.testing.assert_allclose(plots.gaussian_scores(points, means, own, priors), expected,
                               rtol=1e-12)
    ax = plots.class_covariances_figure().axes[0]
    for k in range(3):
        (ellipse,) = by_gid(ax, f"own-{k}")
        np.testing.assert_allclose(ellipse.center, means[k], rtol=1e-12)
        # Width and height: 4 standard deviations along the covariance's principal axes.
        np.testing.assert_allclose(sorted([ellipse.width, ellipse.height]),
                                   4 * np.sqrt(np.linalg.eigvalsh(own[k])), rtol=1e-12)
        (shared,) = by_gid(ax, f"shared-{k}")
        np.testing.assert_allclose(sorted([shared.width, shared.height]),
                                   4 * np.sqrt(np.linalg.eigvalsh(example["covariance"])),
                                   rtol=1e-12)
    for artist in (a for a in ax.collections if (a.get_gid() or "").startswith("own-")):
        i, j = map(int, artist.get_gid().split("-")[1:])
        scores = plots.gaussian_scores(_contour_vertices(artist), means, own, priors)
        # A quadratic is interpolated linearly along each grid cell's edge: about 1e-4 off.
        np.testing.assert_allclose(scores[:, i], scores[:, j], atol=1e-3)
    assert_boundaries_are_ties(ax.collections, example["gaussian_weights"],
                               example["gaussian_biases"], "shared")
