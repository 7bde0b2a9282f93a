"""The explorers in helpers.widgets: values on screen, frames, display, test hooks.

Every explorer is checked without a browser: setting a control from Python must
move the artists to the values helpers.numerics gives, publish a new valid PNG,
and never warn or show nan, whatever the controls are set to.
"""

import base64
import io
import itertools
import math
import re
import subprocess
import sys
import warnings
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.display import display
from IPython.utils.capture import capture_output
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image
from traitlets.config import Config

import helpers
from helpers import widgets as w

ROOT = Path(__file__).resolve().parent.parent

EXPLORERS = [
    w.ScoresExplorer,
    w.SigmoidExplorer,
    w.OddsExplorer,
    w.LogitExplorer,
    w.InverseExplorer,
    w.DerivationExplorer,
    w.SoftmaxExplorer,
]
# A control of each explorer, and a value that differs from its default.
A_CHANGE = {
    w.ScoresExplorer: {"z1": -2.5},
    w.SigmoidExplorer: {"z": -1.5},
    w.OddsExplorer: {"p": 0.4},
    w.LogitExplorer: {"p": 0.2},
    w.InverseExplorer: {"z": -2.0},
    w.DerivationExplorer: {"shift": 2.0},
    w.SoftmaxExplorer: {"T": 0.5},
}
SELECTIONS = (widgets.Dropdown, widgets.ToggleButtons)
ALLOWED_CONTROLS = (widgets.FloatSlider, widgets.FloatLogSlider, widgets.IntSlider,
                    widgets.Checkbox, *SELECTIONS)

each_explorer = pytest.mark.parametrize("cls", EXPLORERS, ids=lambda cls: cls.__name__)


@pytest.fixture(autouse=True)
def _warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def text(explorer, key):
    return explorer.artists[key].get_text()


def heights(explorer, prefix, k):
    return np.array([explorer.artists[f"{prefix}{i}"].get_height() for i in range(k)])


def point(explorer, key):
    x, y = explorer.artists[key].get_xydata()[0]
    return float(x), float(y)


# --- values on screen ----------------------------------------------------------------


def test_sigmoid_point_tangent_and_readout():
    explorer = w.SigmoidExplorer().set(z=1.3)
    p = float(helpers.sigmoid(1.3))
    assert point(explorer, "point") == pytest.approx((1.3, p), abs=1e-15)
    (x0, x1), (y0, y1) = explorer.artists["tangent"].get_data()
    assert (y1 - y0) / (x1 - x0) == pytest.approx(p * (1 - p))
    assert text(explorer, "readout").split("\n")[:2] == ["1.30", f"{p:.3f}"]


def test_scores_bars_follow_numerics():
    z = np.array([3.0, 1.0, -0.5])
    explorer = w.ScoresExplorer().set(z=z)
    np.testing.assert_allclose(heights(explorer, "raw", 3), z, rtol=0, atol=0)
    np.testing.assert_allclose(heights(explorer, "sigmoid", 3), helpers.sigmoid(z), rtol=1e-15)
    np.testing.assert_allclose(heights(explorer, "softmax", 3), helpers.softmax(z), rtol=1e-15)
    assert text(explorer, "softmax_label0") == f"{helpers.softmax(z)[0]:.2f}"
    assert text(explorer, "raw_label2") == "−0.50"
    assert text(explorer, "sigmoid_sum") == f"sum = {helpers.sigmoid(z).sum():.2f}  ≠ 1"
    assert text(explorer, "softmax_sum") == "sum = 1.00"


def test_scores_takes_two_to_six_classes():
    assert len(w.ScoresExplorer(z=[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).controls) == 6
    for z in ([1.0], [0.0] * 7):
        with pytest.raises(ValueError, match="z needs 2 to 6 values"):
            w.ScoresExplorer(z=z)


@pytest.mark.parametrize(("p", "ratio"), [
    (0.75, "3 : 1"), (0.6, "3 : 2"), (0.5, "1 : 1"), (0.25, "1 : 3"), (0.97, "97 : 3"),
    (0.01, "1 : 99"), (0.33, "≈ 1 : 2"), (0.0, "0 : 1"), (1.0, "1 : 0"),
])
def test_odds_ratio(p, ratio):
    assert text(w.OddsExplorer(p=p), "ratio") == ratio


def test_odds_number_games_and_lengths():
    explorer = w.OddsExplorer().set(p=0.75)
    assert text(explorer, "odds") == "3.00"
    assert text(explorer, "games") == "15 wins, 5 losses"
    assert len(explorer.artists["wins"].get_xdata()) == 15
    assert len(explorer.artists["losses"].get_xdata()) == 5
    assert explorer.artists["win_part"].get_width() == 0.75
    explorer.set(p=0.33)
    assert text(explorer, "games") == "≈ 7 wins, 13 losses"
    assert text(explorer, "odds") == f"{helpers.odds(0.33):.2f}"


def test_odds_at_the_ends():
    explorer = w.OddsExplorer(p=1.0)
    assert (text(explorer, "odds"), text(explorer, "games")) == ("∞", "20 wins, 0 losses")
    explorer.set(p=0.0)
    assert (text(explorer, "odds"), text(explorer, "games")) == ("0.00", "0 wins, 20 losses")
    assert explorer.artists["win_part"].get_width() == 0.0


def test_logit_number_lines_follow_numerics():
    explorer = w.LogitExplorer().set(p=0.75)
    assert point(explorer, "p_point") == (0.75, 0.0)
    assert point(explorer, "odds_point")[0] == pytest.approx(float(helpers.odds(0.75)))
    assert point(explorer, "log_odds_point")[0] == float(helpers.logit(0.75))
    assert text(explorer, "odds") == "3.00"
    assert text(explorer, "log_odds") == f"{helpers.logit(0.75):.2f}"
    explorer.set(p=0.2)
    assert text(explorer, "log_odds") == f"−{-helpers.logit(0.2):.2f}"


@pytest.mark.parametrize(("p", "odds", "log_odds", "arrow"), [
    (1.0, "∞", "∞", ">"), (0.0, "0.00", "−∞", "<"),
])
def test_logit_at_the_ends_is_pinned_and_says_infinity(p, odds, log_odds, arrow):
    explorer = w.LogitExplorer(p=p)
    assert (text(explorer, "odds"), text(explorer, "log_odds")) == (odds, log_odds)
    x, _ = point(explorer, "log_odds_point")
    assert abs(x) == w.LogitExplorer.LOG_ODDS_END
    assert explorer.artists["log_odds_point"].get_marker() == arrow
    assert (explorer.artists["odds_point"].get_marker() == ">") == (p == 1.0)


def test_inverse_points_mirror_each_other():
    explorer = w.InverseExplorer().set(z=2.5)
    p = float(helpers.sigmoid(2.5))
    assert point(explorer, "on_sigmoid") == (2.5, p)
    assert point(explorer, "on_logit") == (p, 2.5)
    assert [text(explorer, key) for key in ("z", "p", "logit")] == [
        "2.50", f"{p:.4f}", f"{helpers.logit(p):.4f}"]


@pytest.mark.parametrize("ref", [1, 2, 3])
def test_derivation_probabilities_for_each_reference(ref):
    r = np.array([1.0, -0.5])
    explorer = w.DerivationExplorer().set(r=r, ref=ref, shift=3.0)
    p_ref = 1.0 / (1.0 + np.exp(r).sum())
    expected = np.insert(np.exp(r) * p_ref, ref - 1, p_ref)
    shown = heights(explorer, "prob", 3)
    np.testing.assert_allclose(shown, expected, rtol=1e-14)
    from_reference = helpers.probs_from_reference_log_odds(r)
    np.testing.assert_array_equal(np.delete(shown, ref - 1), from_reference[:-1])
    assert shown[ref - 1] == from_reference[-1]
    others = [i for i in (1, 2, 3) if i != ref]
    sub = "₀₁₂₃"
    assert [explorer.controls[key].description for key in ("r0", "r1")] == [
        f"log(P{sub[i]} / P{sub[ref]})" for i in others]
    assert text(explorer, "p_ref") == f"P{sub[ref]} = {p_ref:.3f}"


def test_derivation_shift_changes_scores_not_probabilities():
    explorer = w.DerivationExplorer(r=[2.0, 0.5], ref=3).set(shift=-4.0)
    scores = np.array([2.0, 0.5, 0.0])
    np.testing.assert_array_equal(heights(explorer, "score", 3), scores)
    np.testing.assert_array_equal(heights(explorer, "shifted", 3), scores - 4.0)
    _, check = explorer.artists["check"].get_data()
    np.testing.assert_array_equal(check, helpers.softmax(scores - 4.0))
    difference = float(text(explorer, "difference").replace("−", "-"))
    assert difference == np.max(np.abs(check - heights(explorer, "prob", 3)))
    assert difference < 1e-15


@pytest.mark.parametrize(("base", "value"), [("e", math.e), ("2", 2.0), ("10", 10.0),
                                              ("0.5", 0.5), (2, 2.0)])
def test_softmax_bars_one_hot_and_entropy(base, value):
    z = np.array([0.5, 2.0, -1.0])
    explorer = w.SoftmaxExplorer().set(z=z, T=0.7, base=base)
    assert explorer.controls["base"].value == value
    probs = helpers.softmax(z, temperature=0.7, base=value)
    np.testing.assert_array_equal(heights(explorer, "prob", 3), probs)
    np.testing.assert_array_equal(heights(explorer, "onehot", 3),
                                  helpers.one_hot(np.argmax(probs), 3))
    entropy = -np.sum(probs * np.log2(probs))
    assert text(explorer, "entropy") == f"{entropy:.2f} bits"


def test_softmax_cold_is_one_hot_and_hot_is_uniform():
    explorer = w.SoftmaxExplorer(z=[2.0, 1.0, 0.1]).set(T=0.01)
    np.testing.assert_allclose(heights(explorer, "prob", 3), [1.0, 0.0, 0.0], rtol=0, atol=1e-40)
    assert [text(explorer, f"prob_label{i}") for i in range(3)] == ["1.000", "0.000", "0.000"]
    assert text(explorer, "entropy") == "0.00 bits"
    explorer.set(T=100.0)
    np.testing.assert_allclose(heights(explorer, "prob", 3), 1 / 3, atol=0.01)
    assert text(explorer, "entropy") == f"{math.log2(3):.2f} bits"


def test_softmax_base_acts_as_a_temperature():
    explorer = w.SoftmaxExplorer().set(T=2.0, base="10")
    assert text(explorer, "temperature_e") == f"{2.0 / math.log(10):#.3g}"


def test_a_control_moved_in_the_page_redraws():
    explorer = w.OddsExplorer()
    before = explorer.png
    explorer.controls["p"].value = 0.6  # what a slider drag does
    assert text(explorer, "ratio") == "3 : 2"
    assert explorer.png != before and explorer.image.value == explorer.png


def test_hold_redraws_once():
    explorer = w.ScoresExplorer()
    frames = []
    explorer.image.observe(frames.append, names="value")
    with explorer.hold():
        for key in ("z0", "z1", "z2"):
            explorer.controls[key].value = -1.0
    assert len(frames) == 1


def test_set_checks_names_and_vector_lengths():
    explorer = w.SoftmaxExplorer()
    with pytest.raises(ValueError, match="unknown control"):
        explorer.set(zz=1.0)
    with pytest.raises(ValueError, match="z takes 3 values"):
        explorer.set(z=[1.0, 2.0])
    assert explorer.set(z=[3.0, 1.0, 0.0]).values["z0"] == 3.0


# --- frames --------------------------------------------------------------------------


@each_explorer
def test_a_change_publishes_a_new_valid_png(cls):
    explorer = cls()
    before = explorer.png
    explorer.set(**A_CHANGE[cls])
    assert explorer.png != before
    assert explorer.image.value == explorer.png
    image = Image.open(io.BytesIO(explorer.png))
    image.load()  # decodes every byte: a broken stream or checksum raises
    assert image.size == explorer.figure.canvas.get_width_height()
    assert explorer.image.layout.width == f"{image.size[0]}px"


@each_explorer
def test_frames_do_not_depend_on_history(cls):
    """Texts come from an image cache: a frame must not depend on what it holds."""
    fresh = cls()
    explorer = cls()
    explorer.set(**A_CHANGE[cls])
    explorer.set(**fresh.values)
    assert explorer.png == fresh.png


def pixels(explorer):
    return np.asarray(Image.open(io.BytesIO(explorer.png))).astype(int)


def alone(explorer, draw):
    """Alpha of what ``draw(renderer)`` puts on a transparent canvas the size of the figure."""
    width, height = explorer.figure.canvas.get_width_height()
    renderer = RendererAgg(width, height, explorer.figure.dpi)
    draw(renderer)
    return np.asarray(renderer.buffer_rgba())[:, :, 3].astype(int)


def ink_box(alpha):
    rows, cols = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    return (rows[0], rows[-1] + 1, cols[0], cols[-1] + 1) if rows.size else None


def assert_text_near_direct(explorer, artist):
    """A text from the image cache lands within a pixel of drawing it directly."""
    direct = alone(explorer, artist.draw)
    cached = alone(explorer, lambda renderer: explorer._images.draw(
        w._image_key(artist), artist, renderer))
    where = f"{artist.get_text()!r}"
    box, cached_box = ink_box(direct), ink_box(cached)
    assert (box is None) == (cached_box is None), where
    if box is None:
        return
    assert max(abs(a - b) for a, b in zip(box, cached_box, strict=True)) <= 1, where
    # The same ink (anti-aliasing at another sub-pixel offset shares it out differently) ...
    assert abs(cached.sum() - direct.sum()) <= 0.05 * direct.sum(), where
    # ... with its centre within a pixel (the origin is rounded to a whole one) ...
    for axis in (0, 1):
        weights = np.arange(direct.shape[axis])
        centre = (direct.sum(axis=1 - axis) * weights).sum() / direct.sum()
        cached_centre = (cached.sum(axis=1 - axis) * weights).sum() / cached.sum()
        assert abs(centre - cached_centre) <= 0.75, where
    # ... and a small mean difference over the text's box.
    top, bottom, left, right = (min(box[0], cached_box[0]), max(box[1], cached_box[1]),
                                min(box[2], cached_box[2]), max(box[3], cached_box[3]))
    difference = np.abs(direct - cached)[top:bottom, left:right].mean()
    assert difference <= 0.2 * 255, where


def text_pixels(explorer):
    """Where the moving texts are (any ink, directly or from the cache), grown by a pixel."""
    mask = np.zeros(explorer.figure.canvas.get_width_height()[::-1], dtype=bool)
    for artist in explorer.artists.values():
        if isinstance(artist, Text):
            for draw in (artist.draw, lambda renderer, artist=artist: explorer._images.draw(
                    w._image_key(artist), artist, renderer)):
                box = ink_box(alone(explorer, draw))
                if box is not None:
                    top, bottom, left, right = box
                    mask[max(top - 1, 0):bottom + 1, max(left - 1, 0):right + 1] = True
    return mask


@each_explorer
def test_cached_images_match_drawing_directly(cls):
    """Bars from the image cache are within one level; texts within a pixel.

    Texts that are not composed from glyph images (see ``_GlyphImages``) are
    pixel-identical; the others differ only in their anti-aliased edges.
    """
    explorer, direct = cls(), cls()
    cache_draw = direct._images.draw

    def texts_directly(key, artist, renderer):
        if isinstance(artist, Text):
            direct.figure.draw_artist(artist)
        else:
            cache_draw(key, artist, renderer)

    def everything_directly(key, artist, renderer):
        direct.figure.draw_artist(artist)

    for setting in [A_CHANGE[cls], *settings(explorer), cls().values]:
        explorer.set(**setting)
        composed = [artist for artist in explorer.artists.values()
                    if isinstance(artist, Text) and w._GlyphImages.handles(artist)]
        for artist in composed:
            assert_text_near_direct(explorer, artist)
        texts = text_pixels(explorer) if composed else np.zeros(pixels(explorer).shape[:2], bool)
        direct._images.draw = texts_directly
        direct.set(**setting)
        np.testing.assert_array_equal(pixels(direct)[~texts], pixels(explorer)[~texts],
                                      err_msg=f"{setting}")
        assert np.abs(pixels(direct) - pixels(explorer)).mean() <= 0.5, setting
        direct._images.draw = everything_directly
        direct.refresh()
        assert np.abs(pixels(direct) - pixels(explorer))[~texts].max() <= 1, setting


# --- repr ----------------------------------------------------------------------------


@pytest.mark.parametrize(("explorer", "expected"), [
    (w.ScoresExplorer, "ScoresExplorer(z=[2.0, 1.0, 0.1])"),
    (lambda: w.SigmoidExplorer(z=2.0), "SigmoidExplorer(z=2.0)"),
    (lambda: w.OddsExplorer(p=0.6), "OddsExplorer(p=0.6)"),
    (lambda: w.LogitExplorer(p=1.0), "LogitExplorer(p=1.0)"),
    (lambda: w.InverseExplorer(z=-6.0), "InverseExplorer(z=-6.0)"),
    (w.DerivationExplorer, "DerivationExplorer(r=[1.0, 0.5], ref=3, shift=0.0)"),
    (lambda: w.DerivationExplorer(r=[1.0, 2.0, 3.0], ref=1, shift=-1.0),
     "DerivationExplorer(r=[1.0, 2.0, 3.0], ref=1, shift=-1.0)"),
    (w.SoftmaxExplorer, "SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base=e)"),
    (lambda: w.SoftmaxExplorer(T=0.01, base="0.5"),
     "SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=0.01, base=0.5)"),
    (lambda: w.SoftmaxExplorer().set(z=[3.0, 1.0, 0.0], base=10),
     "SoftmaxExplorer(z=[3.0, 1.0, 0.0], T=1.0, base=10)"),
], ids=itertools.count())
def test_repr(explorer, expected):
    assert repr(explorer()) == expected


@each_explorer
def test_repr_is_deterministic_and_follows_the_values(cls):
    one, two = cls(), cls()
    assert repr(one) == repr(two)
    assert re.fullmatch(rf"{cls.__name__}\([a-zA-Z]+=[^()]*\)", repr(one))
    one.set(**A_CHANGE[cls])
    assert repr(one) != repr(two)
    assert repr(two.set(**one.values)) == repr(one)


# --- extremes ------------------------------------------------------------------------


def control_extremes(control):
    """The values a control can take at its ends (every option of a selection)."""
    if isinstance(control, SELECTIONS):
        return [value for _, value in control.options]
    if isinstance(control, widgets.FloatLogSlider):
        return [control.base ** control.min, control.base ** control.max]
    return [control.min, control.max]


def settings(explorer):
    """Each control at each of its ends, then all at their minima, then all at their maxima."""
    for key, control in explorer.controls.items():
        for value in control_extremes(control):
            yield {key: value}
    for end in (0, -1):
        yield {key: control_extremes(control)[end] for key, control in explorer.controls.items()}


def assert_screen_is_sane(explorer, setting):
    for key, artist in explorer.artists.items():
        where = f"{explorer!r} after set({setting}): {key}"
        if isinstance(artist, Text):
            assert not re.search(r"nan|inf", artist.get_text(), re.IGNORECASE), where
        elif isinstance(artist, Line2D):
            assert np.isfinite(artist.get_xydata()).all(), where
        elif isinstance(artist, Rectangle):
            assert np.isfinite([*artist.get_xy(), artist.get_width(),
                                artist.get_height()]).all(), where


@each_explorer
def test_every_control_at_its_ends_draws_sanely_without_warnings(cls):
    explorer = cls()
    with np.errstate(all="raise"):
        for setting in settings(explorer):
            explorer.set(**setting)
            assert_screen_is_sane(explorer, setting)
            Image.open(io.BytesIO(explorer.png)).load()


def moving_text_boxes(explorer):
    renderer = explorer.figure.canvas.get_renderer()
    return {key: artist.get_window_extent(renderer) for key, artist in explorer.artists.items()
            if isinstance(artist, Text) and artist.get_text()}


@each_explorer
def test_moving_texts_stay_on_the_canvas_and_apart(cls):
    explorer = cls()
    width, height = explorer.figure.canvas.get_width_height()
    for setting in [{}, *settings(explorer)]:
        explorer.set(**setting)
        boxes = moving_text_boxes(explorer)
        for key, box in boxes.items():
            assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, (
                f"{key} is clipped after set({setting})")
        for (one, a), (two, b) in itertools.combinations(boxes.items(), 2):
            assert not a.overlaps(b), f"{one} and {two} overlap after set({setting})"


# --- display and test hooks ------------------------------------------------------------


@pytest.fixture(scope="module")
def shell():
    config = Config()
    config.HistoryManager.enabled = False
    return InteractiveShell.instance(config=config)


@each_explorer
def test_display_gives_one_output_with_three_views(cls, shell):
    with capture_output() as captured:  # as a notebook cell would: build, change, show
        explorer = cls()
        explorer.set(**A_CHANGE[cls])
        display(explorer)
    assert (captured.stdout, captured.stderr) == ("", "")
    assert len(captured.outputs) == 1
    bundle = captured.outputs[0].data
    assert set(bundle) == {"application/vnd.jupyter.widget-view+json", "image/png",
                           "text/plain"}
    assert bundle["application/vnd.jupyter.widget-view+json"] == {
        "version_major": 2, "version_minor": 0, "model_id": explorer.widget.model_id}
    assert base64.b64decode(bundle["image/png"]) == explorer.png
    assert bundle["text/plain"] == repr(explorer)
    alt = captured.outputs[0].metadata["image/png"]["alt"]
    assert alt.startswith(f"A still picture of {explorer!r}. ") and len(alt) > 60
    data, metadata = shell.display_formatter.format(explorer)
    assert data == bundle and metadata["image/png"]["alt"] == alt


@each_explorer
def test_controls_and_image_carry_css_classes(cls):
    explorer = cls()
    for key, control in explorer.controls.items():
        assert f"s2p-{explorer.name}-{key}" in control._dom_classes
    assert f"s2p-{explorer.name}-image" in explorer.image._dom_classes
    assert f"s2p-{explorer.name}" in explorer.widget._dom_classes


def test_css_classes_are_unique():
    classes = [cls_ for cls in EXPLORERS for cls_ in _all_classes(cls())]
    assert len(classes) == len(set(classes))


def _all_classes(explorer):
    return [*(c for control in explorer.controls.values() for c in control._dom_classes),
            *explorer.image._dom_classes]


@each_explorer
def test_controls_use_the_portable_subset(cls):
    for key, control in cls().controls.items():
        assert isinstance(control, ALLOWED_CONTROLS), key
        assert not getattr(control, "tooltip", None), key
        assert re.fullmatch(r"[a-zA-Z]+[0-9]?", key), key
        if isinstance(control, SELECTIONS):
            assert all(isinstance(option, tuple) for option in control.options), key


def test_no_pyplot_anywhere():
    names = ", ".join(cls.__name__ for cls in EXPLORERS)
    code = (
        "import sys\n"
        f"from helpers.widgets import {names}\n"
        f"for cls in ({names},):\n"
        "    explorer = cls()\n"
        "    explorer.refresh()\n"
        "    explorer._repr_mimebundle_()\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
