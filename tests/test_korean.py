"""Hangul in every picture: the shipped font draws it, with no missing glyph anywhere.

Colab, Binder and most machines have no Korean font, and neither has the test
machine, which makes it a fair test: every Hangul glyph here comes from the font
helpers ships (``helpers/fonts/``). A glyph matplotlib cannot find is a
"Glyph ... missing" warning, which pytest's ``filterwarnings = error`` turns into
a failure.
"""

import json
import logging
import warnings

import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

from helpers import messages, plots, style
from helpers.widgets import EXPLORERS

HANGUL_SAMPLE = "확률 로짓 소프트맥스"


@pytest.fixture
def korean(caplog):
    """Korean messages; and no font warning from matplotlib's log either (a missing
    weight is logged there, not warned)."""
    messages.use_language("ko")
    try:
        with caplog.at_level(logging.WARNING, logger="matplotlib"):
            yield
        logged = caplog.get_records("setup") + caplog.get_records("call")
        assert not logged, [r.getMessage() for r in logged]
    finally:
        messages.use_language("en")


def rendered(text, families=None):
    """The pixels of ``text`` drawn at 24 pt with the project style (or other families)."""
    with style.styled():
        fig, ax = style.new_figure(4, 1)
        ax.set_axis_off()
        ax.text(0.0, 0.5, text, fontsize=24, family=families or style.FONT_FAMILIES["ko"])
        fig.canvas.draw()
        return np.asarray(fig.canvas.buffer_rgba())[..., :3].copy()


def test_hangul_is_drawn_with_real_glyphs():
    # Without a font, every syllable is the same empty box: different syllables
    # giving different pixels means real glyphs were drawn.
    first, second = rendered("가"), rendered("나")
    assert (first != 255).any(), "nothing was drawn"
    assert (first != second).any(), "two syllables drew the same glyph: a fallback box"
    assert (rendered(HANGUL_SAMPLE) != rendered("확률 로짓 소프트맥스!")).any()


def test_without_the_shipped_font_hangul_is_a_missing_glyph():
    # The check above can fail: DejaVu Sans alone has no Hangul.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rendered("가", families=["DejaVu Sans"])
    assert any("missing from" in str(w.message) for w in caught), [str(w.message) for w in caught]


def test_the_font_has_every_character_of_the_korean_messages():
    style.register_fonts()
    latin = set(FT2Font(font_manager.findfont("DejaVu Sans")).get_charmap())
    hangul = set(FT2Font(str(style.HANGUL_FONT)).get_charmap())
    text = "".join(messages.MESSAGES["ko"].values())
    missing = sorted({ch for ch in text if ord(ch) not in latin | hangul and not ch.isspace()})
    assert not missing, f"rebuild the font (python tools/build_fonts.py): {missing}"


def test_the_shipped_font_is_renamed_and_licensed():
    font = FT2Font(str(style.HANGUL_FONT))
    assert font.family_name == "S2P Hangul"  # the OFL reserves NanumGothic's names
    licence = (style.HANGUL_FONT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Reserved Font Name" in licence


@pytest.mark.parametrize("name", sorted(plots.ALT_TEXT))
def test_every_figure_draws_its_korean_text(korean, name):
    fig = getattr(plots, name)()
    fig.canvas.draw()  # a missing glyph warns here, and the warning fails the test
    drawn = " ".join(t.get_text() for t in fig.findobj(Text))
    assert fig.alt_text == messages.MESSAGES["ko"][f"alt.{name}"]
    assert any("\uac00" <= ch <= "\ud7a3" for ch in drawn + fig.alt_text), name


@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_every_explorer_draws_its_korean_text_in_the_kernel_and_sends_the_browser_its_font(
        korean, name):
    explorer = EXPLORERS[name]()
    assert explorer.png[:4] == b"\x89PNG"  # the snapshot: drawn by matplotlib, no warning
    scene = explorer.view.scene
    font = scene["font"]
    import base64
    import io

    from fontTools.ttLib import TTFont

    cmap = TTFont(io.BytesIO(base64.b64decode(font["woff"]))).getBestCmap()
    shown = json.dumps({k: v for k, v in scene.items() if k not in ("svg", "font")},
                       ensure_ascii=False)
    hangul = {ch for ch in shown if "\uac00" <= ch <= "\ud7a3"}
    assert hangul, f"{name}: no Hangul in the Korean explorer"
    assert not {ch for ch in hangul if ord(ch) not in cmap}, "the browser lacks glyphs"
    assert len(font["woff"]) < 200_000, "the font sent with an explorer is a small subset"


def test_an_english_explorer_sends_no_font():
    explorer = EXPLORERS["sigmoid"]()
    assert "font" not in explorer.view.scene
