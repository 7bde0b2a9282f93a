"""Build the Hangul fonts that helpers ships: ``helpers/fonts/S2PHangul-{Regular,Bold}.ttf``.

Usage::

    python tools/build_fonts.py

Colab, Binder and most learners' machines have no Korean font, and a figure
whose font lacks Hangul draws every syllable as an empty box. So helpers ships
one: a subset of NanumGothic Regular and Bold (SIL Open Font License 1.1), taken from
the ``koreanize-matplotlib`` wheel on PyPI at a pinned version and hash.

The subset keeps Basic Latin, Latin-1, general punctuation, the CJK symbols
and punctuation block, the Hangul compatibility jamo, the 2,350 syllables of
KS X 1001 (nearly all modern Korean text; a rarer syllable falls back to
another font), and every other character of
the Korean message table that NanumGothic has. Each weight is 0.8 MB where the
whole font is 4.7 MB. Bold is there because figure titles and some readouts are
bold, and matplotlib does not embolden a regular font. NanumGothic's licence
reserves its name, so the subset, a modified version, is renamed "S2P Hangul"
(the OFL's condition for modified versions); ``helpers/fonts/OFL.txt`` is the
licence, and the font's own name table says where it comes from.

NanumGothic lacks a few symbols the figures draw (the minus sign U+2212, ᵀ, ✕,
most superscript and subscript digits) and has a tiny ₂ beside them. matplotlib
takes every word of a text with ``$maths$`` in it, and the digits of a
logarithmic axis's labels, from the first font alone; so those glyphs are
copied in, scaled, from DejaVu Sans (matplotlib's own font, under the
Bitstream Vera licence, which allows this under a new name), and NanumGothic's
own are left out.

The output is byte-for-byte the same on every run. The wheel is downloaded
once with pip and kept in ``~/.cache/scores-to-probabilities/fonts``.
"""

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "helpers" / "fonts"
CACHE = Path.home() / ".cache" / "scores-to-probabilities" / "fonts"
WHEEL = "koreanize_matplotlib-0.1.1-py3-none-any.whl"
WHEEL_SHA256 = "4f563db1a75d9eb6bdb667a435adf8a5daf7e41504486f1b0fb1c20e4bfed4ca"
WEIGHTS = {"Regular": "koreanize_matplotlib/fonts/NanumGothic.ttf",
           "Bold": "koreanize_matplotlib/fonts/NanumGothicBold.ttf"}
FAMILY = "S2P Hangul"
FROM_DEJAVU = "\u2212\u1d40\u2715¹²³⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"
DEJAVU = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf"}

BLOCKS = (
    range(0x0020, 0x007F),  # Basic Latin
    range(0x00A0, 0x0100),  # Latin-1: ·, ×, °
    range(0x2010, 0x2028),  # general punctuation: – — ‘ ’ “ ” …
    range(0x3000, 0x3040),  # CJK symbols and punctuation: 「 」 〈 〉
    range(0x3131, 0x318F),  # Hangul compatibility jamo: ㄱ ㅏ
)


def ks_x_1001_syllables():
    """The 2,350 Hangul syllables of KS X 1001: those that EUC-KR encodes."""
    return [cp for cp in range(0xAC00, 0xD7A4)
            if len(chr(cp).encode("euc-kr", errors="ignore")) == 2]


def message_characters():
    from helpers.messages import MESSAGES

    return sorted({ord(ch) for text in MESSAGES.get("ko", {}).values() for ch in text})


def wheel():
    """The pinned wheel, downloaded once and checked against its hash."""
    path = CACHE / WHEEL
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--dest", str(CACHE), "koreanize-matplotlib==0.1.1"], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {WHEEL_SHA256}")
    return path


def renamed(font, weight):
    """Give the subset its own name, keeping the copyright and saying where it comes from."""
    postscript = f"S2PHangul-{weight}"
    names = font["name"]
    copyright_notice = names.getDebugName(0)
    for record in list(names.names):
        if record.nameID not in (0,):
            names.removeNames(nameID=record.nameID)
    entries = {
        1: FAMILY,
        2: weight,
        3: f"{postscript};scores-to-probabilities",
        4: f"{FAMILY} {weight}",
        5: f"Version 1.0; a subset of NanumGothic {weight}",
        6: postscript,
        10: f"A subset of NanumGothic {weight} (Hangul of KS X 1001, Latin, punctuation), "
            "renamed as the SIL Open Font License requires of a modified version.",
        13: "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        14: "https://openfontlicense.org",
    }
    for name_id, text in entries.items():
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    assert copyright_notice
    return font


def borrow_glyphs(font, weight):
    """Copy the glyphs of FROM_DEJAVU from DejaVu Sans into ``font``, scaled to its em."""
    import matplotlib
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    dejavu = TTFont(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / DEJAVU[weight])
    scale = font["head"].unitsPerEm / dejavu["head"].unitsPerEm
    source_glyphs = dejavu.getGlyphSet()
    source_cmap = dejavu.getBestCmap()
    order = list(font.getGlyphOrder())
    for ch in FROM_DEJAVU:
        name = f"dejavu.{ord(ch):04X}"
        outline = DecomposingRecordingPen(source_glyphs)  # components become outlines
        source_glyphs[source_cmap[ord(ch)]].draw(outline)
        pen = TTGlyphPen(None)
        outline.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
        glyph = pen.glyph()
        glyph.recalcBounds(font["glyf"])
        font["glyf"].glyphs[name] = glyph
        advance = round(dejavu["hmtx"][source_cmap[ord(ch)]][0] * scale)
        font["hmtx"][name] = (advance, glyph.xMin if glyph.numberOfContours else 0)
        order.append(name)
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap[ord(ch)] = name
    font.setGlyphOrder(order)
    font["glyf"].setGlyphOrder(order)
    font["maxp"].numGlyphs = len(order)


def build(out=OUT):
    for weight, member in WEIGHTS.items():
        build_weight(member, weight, out / f"S2PHangul-{weight}.ttf")


def build_weight(member, weight, out):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    with tempfile.TemporaryDirectory() as scratch:
        with zipfile.ZipFile(wheel()) as archive:
            source = Path(archive.extract(member, scratch))
        font = TTFont(source, recalcTimestamp=False)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]  # VTT sources
        subsetter = subset.Subsetter(options)
        wanted = {cp for block in BLOCKS for cp in block}
        wanted |= set(ks_x_1001_syllables()) | set(message_characters())
        wanted -= {ord(ch) for ch in FROM_DEJAVU}
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        borrow_glyphs(font, weight)
        if weight == "Bold":
            font["OS/2"].usWeightClass = 700  # NanumGothic Bold says 600; matplotlib asks 700
        renamed(font, weight)
        out.parent.mkdir(parents=True, exist_ok=True)
        font.save(out)
    print(f"wrote {out.relative_to(ROOT)}: {out.stat().st_size:,} bytes, "
          f"{len(TTFont(out).getBestCmap()):,} characters")


if __name__ == "__main__":
    build()
