"""Interactive explorers: sliders that move logits, and a figure that follows.

Each explorer owns its controls and one matplotlib Figure, drawn once. When a
control moves, only the artists that change are redrawn (Agg blitting: the
static layer is saved once and restored), and the frame is encoded as a PNG
into an :class:`ipywidgets.Image`. That is several times faster than drawing
a new figure per change, as ``interact`` with ``%matplotlib inline`` does.

Displaying an explorer produces one output carrying three views of it:

* the live widget (Jupyter, Voila, Colab);
* a PNG snapshot of its current state (GitHub, nbviewer, a static export);
* a short, deterministic ``text/plain`` line, which is what nbval compares.

Only ipywidgets API that behaves the same in 7.7.1 (Colab) and 8.x is used.
Every control and image carries a stable CSS class for browser tests, named
``s2p-<explorer>-<control>`` and ``s2p-<explorer>-image``.

The explorers, by notebook:

* 01 :class:`ScoresExplorer`: raw scores, a sigmoid per score, and softmax;
* 02 :class:`SigmoidExplorer`: a point on the sigmoid, its tangent, the threshold;
* 03 :class:`OddsExplorer`: a probability as odds, a ratio and games won;
* 04 :class:`LogitExplorer`: p, odds and log-odds as linked number lines;
* 05 :class:`InverseExplorer`: sigmoid and logit mirrored about y = x;
* 06 :class:`DerivationExplorer`: log-odds against a reference class, and a shift;
* 07 :class:`SoftmaxExplorer`: temperature, base, argmax and entropy.
"""

import base64
import collections
import contextlib
import itertools
import math
import struct
import zlib
from fractions import Fraction

import ipywidgets as widgets
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_rgba
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Affine2D

from helpers import numerics
from helpers.style import HATCHES, HIGHLIGHT, NEUTRAL, OKABE_ITO, SERIES, new_figure, styled

__all__ = [
    "DerivationExplorer",
    "Explorer",
    "InverseExplorer",
    "LogitExplorer",
    "OddsExplorer",
    "ScoresExplorer",
    "SigmoidExplorer",
    "SoftmaxExplorer",
]


def number(x, digits=6):
    """A float as a short, deterministic string: 2.0, 0.1, -inf."""
    x = float(x)
    if not np.isfinite(x):
        return repr(x)
    return repr(round(x, digits) + 0.0)  # + 0.0 turns -0.0 into 0.0


def numbers(values, digits=6):
    """A sequence of floats as a short, deterministic list: [2.0, 1.0, 0.1]."""
    return "[" + ", ".join(number(v, digits) for v in values) + "]"


def shown(x, digits=2):
    """A number as the figure shows it: fixed digits, a true minus sign, ∞ for infinity.

    >>> shown(-1.5), shown(float("inf")), shown(float("-inf")), shown(-0.001)
    ('−1.50', '∞', '−∞', '0.00')
    """
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    text = f"{x:.{digits}f}"
    if float(text) == 0.0:
        text = text.lstrip("-")  # never "−0.00"
    return text.replace("-", "−")


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def encode_png(canvas):
    """The canvas's current pixels as PNG bytes: 8-bit RGB, no filter, fast zlib.

    Plots are mostly flat colour, so level-1 deflate alone compresses them
    well, at a fraction of the time a general PNG encoder spends.
    """
    return _PngEncoder().encode(canvas)


class _PngEncoder:
    """PNG frames of one canvas, reusing the compressed rows that did not change.

    The pixels are deflated in bands of rows, each band on its own (a full
    flush between bands), so a band's bytes depend only on its pixels: a band
    equal to the one in the previous frame is reused as it is. When a control
    moves, most bands stay the same, and the frame is the same PNG whatever
    came before it.
    """

    band = 16  # rows per band

    def __init__(self):
        self._pixels = None  # RGBA of the previous frame
        self._bands = []  # its deflated bands

    def encode(self, canvas):
        rgba = np.asarray(canvas.buffer_rgba())
        height, width, _ = rgba.shape
        previous = self._pixels
        if previous is None or previous.shape != rgba.shape:
            previous, self._bands = None, [None] * -(-height // self.band)
        rows = np.empty((self.band, 1 + 3 * width), dtype=np.uint8)
        rows[:, 0] = 0  # filter type "None" for every scanline
        pixels = rows[:, 1:]
        pixels.shape = (self.band, width, 3)  # a view: raises rather than copy
        checksum = zlib.adler32(b"")
        for i, start in enumerate(range(0, height, self.band)):
            stop = min(start + self.band, height)
            n = stop - start
            band = rgba[start:stop]
            if previous is None or not np.array_equal(band, previous[start:stop]):
                for channel in range(3):  # one plane at a time: faster than one RGB copy
                    pixels[:n, :, channel] = band[:, :, channel]
                deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
                data = rows[:n].tobytes()
                self._bands[i] = (deflate.compress(data) + deflate.flush(zlib.Z_FULL_FLUSH),
                                  zlib.adler32(data), len(data))
            _, band_checksum, length = self._bands[i]
            checksum = _adler32_combine(checksum, band_checksum, length)
        self._pixels = rgba.copy()
        stream = b"".join([b"\x78\x01", *(band for band, _, _ in self._bands),
                           b"\x03\x00", struct.pack(">I", checksum)])  # zlib header, end
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit truecolour
        return b"".join([
            b"\x89PNG\r\n\x1a\n",
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", stream),
            _png_chunk(b"IEND", b""),
        ])


def _adler32_combine(first, second, length):
    """The Adler-32 of two byte strings joined, from theirs and the second's length."""
    base = 65521
    a1, b1 = first & 0xFFFF, first >> 16
    a2, b2 = second & 0xFFFF, second >> 16
    a = (a1 + a2 - 1) % base
    b = (b1 + b2 + length * (a1 - 1)) % base
    return (b << 16) | a


def _image_key(artist):
    """What fixes the pixels of a moving text or rectangle; None for other artists.

    The explorers change only these properties of such artists after building them.
    """
    if isinstance(artist, Text):
        return (id(artist), artist.get_text(), tuple(artist.get_position()),
                to_rgba(artist.get_color()), artist.get_fontproperties(), artist.get_ha(),
                artist.get_va(), artist.get_rotation(), artist.get_visible())
    if isinstance(artist, Rectangle):
        return (id(artist), artist.get_x(), artist.get_y(), artist.get_width(),
                artist.get_height(), artist.get_facecolor(), artist.get_edgecolor(),
                artist.get_hatch(), artist.get_linewidth(), artist.get_visible())
    return None


def _ink(rgba):
    """(top, bottom, left, right) of the pixels with any alpha, or None if there are none."""
    # Whole pixels as little-endian words: alpha is the top byte, so inked >= 1 << 24.
    words = rgba.view("<u4")[:, :, 0]
    rows = np.flatnonzero(words.max(axis=1) >= 1 << 24)
    if rows.size == 0:
        return None
    top, bottom = rows[0], rows[-1] + 1
    cols = np.flatnonzero(words[top:bottom].max(axis=0) >= 1 << 24)
    return int(top), int(bottom), int(cols[0]), int(cols[-1] + 1)


class _GlyphImages:
    """Plain texts composed from images of their glyphs, each glyph rasterised once.

    From matplotlib 3.11, every new string is shaped as a whole before its glyphs
    are drawn, over 1 ms for a short number, so a number seen for the first time
    is the costliest thing in a frame. Here each glyph is drawn once, by
    matplotlib, with its origin on a whole pixel, and a text is composed from
    those images: its glyphs follow each other by their advance widths (whole
    pixels with hinting) from the origin that the text's position and alignment
    give, rounded to a whole pixel; a box behind the text (``bbox``) is drawn
    where matplotlib would draw it. That is matplotlib's own layout without
    kerning, and the glyphs are matplotlib's, so a text lands within a pixel of
    drawing it directly. Only plain texts take this path (see :meth:`handles`).
    """

    available = hasattr(FT2Font, "_layout")  # the per-string shaping it avoids

    def __init__(self, dpi):
        self._dpi = dpi
        self._metrics = {}  # (char, font) -> (advance, ascent, descent), in pixels
        self._heights = {}  # font -> (least ascent, least descent, line gap)
        self._images = {}  # (char, font, rgba, antialiased) -> (left, bottom, pixels)

    @classmethod
    def handles(cls, artist):
        """Whether ``artist`` is a plain text, which this class draws within a pixel."""
        text = artist.get_text()
        return (cls.available and not artist.get_usetex()
                and artist.get_rotation() == 0
                and not artist.get_path_effects() and not artist.get_wrap()
                and not artist.get_clip_on() and artist.get_alpha() is None
                and artist.get_fontfeatures() is None and artist.get_language() is None
                and not artist._preprocess_math(text)[1])

    def rasterise(self, artist, renderer):
        """(left, bottom, RGBA pixels bottom row first) of the text alone, or None.

        ``renderer`` measures the glyphs; the text is composed on a canvas just
        large enough for it, which is whole pixels away from the figure's, so
        that it comes out the same as composed in place.
        """
        text = artist.get_text()
        if not artist.get_visible() or not text:
            return None
        x, y = artist.get_transform().transform(artist.get_unitless_position())
        if not (np.isfinite(x) and np.isfinite(y)):
            return None
        (left, bottom, width, height), lines = self._layout(artist, renderer)
        margin = 2 * renderer.points_to_pixels(artist.get_size()) + 4  # overhangs, box pad
        left, bottom = math.floor(x + left - margin), math.floor(y + bottom - margin)
        canvas = RendererAgg(math.ceil(width + 2 * margin) + 1,
                             math.ceil(height + 2 * margin) + 1, self._dpi)
        self._draw(artist, canvas, x - left, y - bottom, lines)
        rgba = np.asarray(canvas.buffer_rgba())
        ink = _ink(rgba)
        if ink is None:
            return None
        top, ink_bottom, ink_left, ink_right = ink
        pixels = rgba[top:ink_bottom, ink_left:ink_right][::-1].copy()
        return left + ink_left, bottom + rgba.shape[0] - ink_bottom, pixels

    def _draw(self, artist, renderer, x, y, lines):
        """Draw ``artist`` with its position at (x, y) pixels, from the bottom left."""
        font = artist.get_fontproperties()
        box = artist.get_bbox_patch()
        if box is not None:  # placed as Text.update_bbox_position_size places it
            (left, bottom, width, height), _ = self._layout(artist, renderer)
            box.set_bounds(0.0, 0.0, width, height)
            box.set_transform(Affine2D().translate(x + left, y + bottom))
            box.set_mutation_scale(renderer.points_to_pixels(artist.get_size()))
            box.draw(renderer)
        color = to_rgba(artist.get_color())
        antialiased = artist.get_antialiased()
        gc = renderer.new_gc()
        for line, metrics, (line_x, line_y) in lines:
            # math.floor(v + 0.5) rather than round(): the same for v + n, n whole.
            glyph_x, glyph_y = math.floor(x + line_x + 0.5), math.floor(y + line_y + 0.5)
            for char, (advance, _, _) in zip(line, metrics, strict=True):
                image = self._image(char, font, color, antialiased)
                if image is not None:
                    image_left, image_bottom, pixels = image
                    renderer.draw_image(gc, glyph_x + image_left, glyph_y + image_bottom, pixels)
                glyph_x += advance
        gc.restore()

    def _layout(self, artist, renderer):
        """The text's box (left, bottom, width, height) from its position, in pixels, and
        (line, glyph metrics, baseline origin from the position) for each line.

        The same arithmetic as :meth:`matplotlib.text.Text._get_layout` without
        rotation, with a line's size from its glyphs' advances and extents.
        """
        font = artist.get_fontproperties()
        least_ascent, least_descent, line_gap = self._font_heights(artist, renderer)
        lines = artist.get_text().split("\n")
        if len(lines) == 1:
            line_gap = 0.0
        spacing = artist.get_linespacing()
        rows, top = [], 0.0
        for line in lines:
            metrics = [self._metric(char, font, renderer) for char in line]
            width = sum(advance for advance, _, _ in metrics)
            ascent = max((a for _, a, _ in metrics), default=0.0)
            descent = max((d for _, _, d in metrics), default=0.0)
            if spacing == "normal":
                ascent = max(ascent, least_ascent) + line_gap / 2
                descent = max(descent, least_descent) + line_gap / 2
            else:
                leading = spacing * (least_ascent + least_descent) - (ascent + descent)
                ascent, descent = ascent + leading / 2, descent + leading / 2
            baseline = ascent - top
            top -= ascent
            rows.append((line, metrics, width, top))
            top -= descent
        width = max(row[2] for row in rows)
        bottom = top  # the last baseline less its descent
        align = artist._get_multialignment()
        shift = {"left": 0.0, "center": 0.5, "right": 1.0}
        offset_x = shift[artist.get_ha()] * width
        offset_y = {"bottom": bottom, "top": 0.0, "center": bottom / 2,
                    "baseline": bottom + descent, "center_baseline": -baseline / 2}[artist.get_va()]
        placed = [(line, metrics, (shift[align] * (width - line_width) - offset_x,
                                   line_y - offset_y))
                  for line, metrics, line_width, line_y in rows]
        return (-offset_x, bottom - offset_y, width, -bottom), placed

    def _metric(self, char, font, renderer):
        key = (char, font)
        if key not in self._metrics:
            width, height, descent = renderer.get_text_width_height_descent(char, font, False)
            self._metrics[key] = (width, height - descent, descent)
        return self._metrics[key]

    def _font_heights(self, artist, renderer):
        """The least ascent and descent of a line in ``artist``'s font, and the line gap."""
        font = artist.get_fontproperties()
        if font not in self._heights:
            probe = Text(0.0, 0.0, "", fontproperties=font, linespacing="normal")
            probe.set_figure(artist.get_figure(root=True))
            _, [(_, (_, ascent, descent), _)], _ = probe._get_layout(renderer)
            probe.set_text("\n")
            _, [(_, (_, gapped, _), _), _], _ = probe._get_layout(renderer)
            self._heights[font] = (ascent, descent, 2 * (gapped - ascent))
        return self._heights[font]

    def _image(self, char, font, color, antialiased):
        """(left, bottom, RGBA pixels bottom row first) of a glyph from its origin, or None."""
        key = (char, font, color, antialiased)
        if key not in self._images:
            size = int(4 * font.get_size_in_points() * self._dpi / 72) + 8
            scratch = RendererAgg(size, size, self._dpi)
            origin = size // 4  # from the left, and from the bottom
            gc = scratch.new_gc()
            gc.set_foreground(color, isRGBA=True)
            gc.set_antialiased(antialiased)
            scratch.draw_text(gc, origin, size - origin, char, font, 0)
            gc.restore()
            rgba = np.asarray(scratch.buffer_rgba())
            ink = _ink(rgba)
            if ink is None:
                self._images[key] = None
            else:
                top, bottom, left, right = ink
                pixels = rgba[top:bottom, left:right][::-1].copy()
                self._images[key] = (left - origin, size - bottom - origin, pixels)
        return self._images[key]


class _ArtistImages:
    """Moving texts and bars, each distinct one rasterised once, then pasted as an image.

    matplotlib lays out and rasterises text glyph by glyph, about 1 ms for a
    short number, and fills a hatched bar pixel by pixel, up to 1 ms more: these
    are the costliest artists in a frame. An artist in the same state always
    gives the same pixels, so each state is drawn once onto a transparent canvas,
    cropped, and from then on composited with ``draw_image`` in microseconds.
    Plain texts are rasterised by composing images of their glyphs instead
    (:class:`_GlyphImages`), so that a new number costs little more than one
    seen before.
    Other texts come out identical to drawing them directly; bars within one
    level of one colour channel in a few edge pixels. A frame depends only on
    the state of its artists, never on what the cache holds.
    """

    capacity = 32 * 2**20  # bytes of images kept; the least recently used go first

    def __init__(self, figure):
        width, height = figure.canvas.get_width_height()
        self._scratch = RendererAgg(width, height, figure.dpi)
        self._images = collections.OrderedDict()
        self._bytes = 0
        self._glyphs = _GlyphImages(figure.dpi)

    def draw(self, key, artist, renderer):
        if key in self._images:
            self._images.move_to_end(key)
        elif isinstance(artist, Text) and _GlyphImages.handles(artist):
            self._store(key, self._glyphs.rasterise(artist, self._scratch))
        else:
            self._store(key, self._rasterise(artist))
        image = self._images[key]
        if image is not None:
            left, bottom, pixels = image
            renderer.draw_image(renderer.new_gc(), left, bottom, pixels)

    def _store(self, key, image):
        self._images[key] = image
        self._bytes += 0 if image is None else image[2].nbytes
        while self._bytes > self.capacity:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= 0 if dropped is None else dropped[2].nbytes

    def _rasterise(self, artist):
        """(left, bottom, RGBA pixels bottom row first) of the artist alone, or None."""
        self._scratch.clear()
        artist.draw(self._scratch)
        rgba = np.asarray(self._scratch.buffer_rgba())
        height, width, _ = rgba.shape
        top, left = 0, 0
        if isinstance(artist, Rectangle):  # look for ink only around it, edge included
            extent = artist.get_window_extent(self._scratch)
            pad = self._scratch.points_to_pixels(artist.get_linewidth()) + 2
            if np.all(np.isfinite(extent.extents)):
                top = min(max(math.floor(height - extent.y1 - pad), 0), height)
                left = min(max(math.floor(extent.x0 - pad), 0), width)
                rgba = rgba[top:max(math.ceil(height - extent.y0 + pad), top),
                            left:max(math.ceil(extent.x1 + pad), left)]
        ink = _ink(rgba) if rgba.size else None
        if ink is None:
            return None
        ink_top, ink_bottom, ink_left, ink_right = ink
        pixels = rgba[ink_top:ink_bottom, ink_left:ink_right][::-1].copy()  # bottom row first
        return left + ink_left, height - (top + ink_bottom), pixels


class Explorer:
    """Base class: controls, one Figure, an Image widget, and the display bundle.

    A subclass sets ``name``, ``size`` (inches) and implements:

    * ``_make_controls(**initial)``: a dict of control name -> ipywidgets control;
    * ``_draw_static(fig_axes)``: draw everything that never moves, and return a
      dict of the artists that do (they are redrawn on every change, in order);
    * ``_update()``: set the moving artists from :attr:`values`;
    * ``_describe()``: the arguments shown in ``repr``, as a string.

    Controls named ``z0, z1, ...`` form a vector: ``set(z=[3.0, 1.0, 0.0])`` sets
    them all, and ``_vector("z")`` reads them as an array. Moving texts and
    rectangles are drawn from a cache of their images (see :class:`_ArtistImages`),
    so only the properties in :func:`_image_key` may change on them.
    """

    name = "explorer"
    size = (7.0, 4.0)
    dpi = 100

    def __init__(self, **initial):
        self.controls = self._make_controls(**initial)
        for key, control in self.controls.items():
            control.add_class(f"s2p-{self.name}-{key}")
        with styled():
            self.figure, self.artists = self._build_figure()
        self._canvas = self.figure.canvas
        self._background = self._save_static_layer()
        self._images = _ArtistImages(self.figure)
        self._encoder = _PngEncoder()
        width_px, _ = self._canvas.get_width_height()
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=f"{width_px}px"))
        self.image.add_class(f"s2p-{self.name}-image")
        self.widget = widgets.VBox([self._layout_controls(), self.image])
        self.widget.add_class(f"s2p-{self.name}")
        self._held = False
        self._png = b""
        self.refresh()
        for control in self.controls.values():
            control.observe(self._on_change, names="value")

    # --- the public surface -------------------------------------------------------

    @property
    def values(self):
        """The current control values, by control name."""
        return {key: control.value for key, control in self.controls.items()}

    def set(self, **values):
        """Set controls by name, then redraw once: ``explorer.set(z=3.0)``.

        A vector sets its numbered controls: ``set(z=[3.0, 1.0, 0.0])`` sets
        ``z0``, ``z1`` and ``z2``. Values outside a slider's range are clipped
        to it, as dragging would.
        """
        values = self._by_control(values)
        unknown = set(values) - set(self.controls)
        if unknown:
            raise ValueError(f"{type(self).__name__}.set: unknown control(s) "
                             f"{sorted(unknown)}; the controls are {sorted(self.controls)}")
        with self.hold():
            for key, value in values.items():
                self.controls[key].value = value
        return self

    @contextlib.contextmanager
    def hold(self):
        """Change several controls with one redraw at the end."""
        held, self._held = self._held, True
        try:
            yield self
        finally:
            self._held = held
            if not held:
                self.refresh()

    def refresh(self):
        """Update the moving artists from the controls and publish a new frame."""
        self._update()
        self._png = self._render()
        self.image.value = self._png

    @property
    def png(self):
        """PNG bytes of the current frame."""
        return self._png

    def __repr__(self):
        return f"{type(self).__name__}({self._describe()})"

    @property
    def alt_text(self):
        """A description of the snapshot for readers who cannot see it."""
        purpose = (type(self).__doc__ or "").strip().split("\n")[0].rstrip(".")
        return f"A still picture of {self!r}. {purpose}."

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self.widget.model_id,
            },
            "image/png": base64.b64encode(self._png).decode("ascii"),
            "text/plain": repr(self),
        }
        return data, {"image/png": {"alt": self.alt_text}}

    # --- vectors of controls ---------------------------------------------------------

    def _vector_keys(self, name):
        """The control names of vector ``name``: z0, z1, ... (empty if there is none)."""
        keys = (f"{name}{i}" for i in itertools.count())
        return list(itertools.takewhile(self.controls.__contains__, keys))

    def _vector(self, name):
        return np.array([float(self.controls[key].value) for key in self._vector_keys(name)])

    def _by_control(self, values):
        """``values`` with each vector spread over its controls: z=[a, b] -> z0=a, z1=b."""
        spread = {}
        for key, value in values.items():
            keys = self._vector_keys(key)
            if key in self.controls or not keys:
                spread[key] = value
                continue
            items = [float(v) for v in np.ravel(value)]
            if len(items) != len(keys):
                raise ValueError(f"{type(self).__name__}.set: {key} takes {len(keys)} "
                                 f"values ({', '.join(keys)}), got {len(items)}")
            spread.update(zip(keys, items, strict=True))
        return spread

    # --- rendering ---------------------------------------------------------------

    def _build_figure(self):
        fig, axes = new_figure(*self.size, dpi=self.dpi, **self._figure_kwargs())
        return fig, self._draw_static(axes)

    def _figure_kwargs(self):
        return {}

    def _save_static_layer(self):
        for artist in self.artists.values():
            artist.set_animated(True)
        self._canvas.draw()
        self.figure.set_layout_engine("none")  # freeze the layout the blit relies on
        return self._canvas.copy_from_bbox(self.figure.bbox)

    def _render(self):
        self._canvas.restore_region(self._background)
        renderer = self._canvas.get_renderer()
        for artist in self.artists.values():
            key = _image_key(artist)
            if key is None:
                self.figure.draw_artist(artist)
            else:
                self._images.draw(key, artist, renderer)
        return self._encoder.encode(self._canvas)

    def _on_change(self, _change):
        if not self._held:
            self.refresh()

    def _layout_controls(self):
        return widgets.VBox(list(self.controls.values()))

    # --- for subclasses ------------------------------------------------------------

    def _make_controls(self, **initial):
        raise NotImplementedError

    def _draw_static(self, axes):
        raise NotImplementedError

    def _update(self):
        raise NotImplementedError

    def _describe(self):
        return ", ".join(f"{k}={number(v)}" for k, v in self.values.items())


def slider(description, value, low, high, step, fmt=".1f", width="420px"):
    """A FloatSlider styled the same way in ipywidgets 7 and 8."""
    return widgets.FloatSlider(
        value=value, min=low, max=high, step=step, description=description,
        readout_format=fmt, continuous_update=True,
        style={"description_width": "initial"}, layout=widgets.Layout(width=width),
    )


# --- pieces shared by the explorers ---------------------------------------------------


def _class_values(values, owner, name, fewest, most):
    """Initial values, one per class (or per non-reference class), as floats."""
    values = [float(v) for v in np.ravel(values)]
    if not fewest <= len(values) <= most:
        raise ValueError(f"{owner}: {name} needs {fewest} to {most} values, got {len(values)}")
    return values


def _sliders(name, values, description, limit):
    """Sliders ``name0, name1, ...`` on [-limit, limit], one per value."""
    return {f"{name}{i}": slider(description(i), value, -limit, limit, 0.1)
            for i, value in enumerate(values)}


def _class_axes(ax, k, title, ylim):
    """Axes with one slot per class, labelled 1 … K."""
    ax.set_xticks(range(k), [str(i + 1) for i in range(k)])
    ax.set_xlim(-0.6, k - 0.4)
    ax.set_ylim(*ylim)
    ax.set_xlabel("class")
    ax.set_title(title)
    ax.grid(axis="x", visible=False)


def _class_bars(ax, k, width=0.7):
    """K bars, height 0 until the first update, told apart by colour and hatch."""
    bars = ax.bar(range(k), np.zeros(k), width=width, edgecolor="black", linewidth=1.0)
    for i, bar in enumerate(bars):
        bar.set_facecolor(SERIES[i][0])
        bar.set_hatch(HATCHES[i])
    return list(bars)


def _bar_labels(ax, k, fontsize=12):
    return [ax.text(i, 0.0, "", ha="center", va="bottom", fontsize=fontsize) for i in range(k)]


def _set_bar(bar, label, height, text, pad):
    """Set a bar's height and write ``text`` just beyond its end."""
    bar.set_height(height)
    x = bar.get_x() + bar.get_width() / 2
    above = height >= 0
    label.set_position((x, height + pad if above else height - pad))
    label.set_va("bottom" if above else "top")
    label.set_text(text)


def _readout(ax, labels, *, x, top, step, fontsize=13, gap=0.012):
    """Rows of static labels, right-aligned at ``x`` (axes fraction), and a moving
    Text for each value beside them."""
    values = []
    for i, label in enumerate(labels):
        y = top - i * step
        ax.text(x - gap, y, label, transform=ax.transAxes, ha="right", va="baseline",
                fontsize=fontsize)
        values.append(ax.text(x + gap, y, "", transform=ax.transAxes, ha="left",
                              va="baseline", fontsize=fontsize, color=HIGHLIGHT,
                              fontweight="bold"))
    return values


def _merge_bottom_row(axes):
    """One text strip in place of the bottom row of a 2-row grid of axes."""
    grid = axes[0, 0].get_subplotspec().get_gridspec()
    for ax in axes[1]:
        ax.remove()
    strip = axes[0, 0].figure.add_subplot(grid[1, :])
    strip.set_axis_off()
    return strip


def _marker(color, marker, size=12):
    """A moving point: one marker with a black edge, no line."""
    return {"color": color, "marker": marker, "markersize": size, "markeredgecolor": "black",
            "markeredgewidth": 1.2, "linestyle": "none"}


def _sub(number):
    """A whole number in subscript digits: 3 -> ₃."""
    return str(number).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _count(number, one, many):
    """``3 wins``, ``1 win``."""
    return f"{number} {one if number == 1 else many}"


class SigmoidExplorer(Explorer):
    """Move z and follow the point on the sigmoid, its tangent and the 0.5 threshold.

    The tangent's slope is the derivative :math:`\\sigma'(z) = \\sigma(z)(1-\\sigma(z))`,
    largest (1/4) at z = 0 and vanishing where the curve saturates.

    >>> from helpers.widgets import SigmoidExplorer
    >>> SigmoidExplorer(z=2.0)
    SigmoidExplorer(z=2.0)
    """

    name = "sigmoid"
    size = (7.0, 4.2)
    Z_RANGE = 8.0
    TANGENT_HALF_WIDTH = 1.5

    def _make_controls(self, z=0.0):
        return {"z": slider("score z", z, -self.Z_RANGE, self.Z_RANGE, 0.1)}

    def _draw_static(self, ax):
        zs = np.linspace(-self.Z_RANGE, self.Z_RANGE, 400)
        ax.plot(zs, numerics.sigmoid(zs), color=OKABE_ITO["blue"], label=r"$\sigma(z)$")
        ax.axhline(0.5, color=NEUTRAL, linestyle="--", linewidth=1.4, label="threshold 0.5")
        ax.axvline(0.0, color=NEUTRAL, linestyle=":", linewidth=1.2)
        ax.set_xlim(-self.Z_RANGE, self.Z_RANGE)
        ax.set_ylim(-0.05, 1.05)
        ax.set_xlabel(r"score $z$")
        ax.set_ylabel(r"probability $\sigma(z)$")
        ax.legend(loc="upper left")
        (tangent,) = ax.plot([], [], color=HIGHLIGHT, linestyle="-.", linewidth=2.0)
        (drop,) = ax.plot([], [], color=HIGHLIGHT, linestyle=":", linewidth=1.4)
        (point,) = ax.plot([], [], marker="o", markersize=11, color=HIGHLIGHT,
                           markeredgecolor="black", linestyle="none")
        labels = "z\nσ(z)\nslope σ(1 − σ)\nprediction"
        # Left of z = -1 and between σ = 0.31 and 0.58: a corner that the point, its drop
        # line and its tangent never reach (they are drawn over the still background).
        ax.add_patch(FancyBboxPatch((0.03, 0.33), 0.41, 0.245, transform=ax.transAxes,
                                    boxstyle="round,pad=0.01", facecolor="white",
                                    edgecolor=NEUTRAL, zorder=3))
        ax.text(0.29, 0.34, labels, transform=ax.transAxes, ha="right", va="bottom",
                fontsize=12, zorder=4)
        # Only the numbers are redrawn per change: text is the costliest artist to draw.
        readout = ax.text(0.31, 0.34, "", transform=ax.transAxes, ha="left", va="bottom",
                          fontsize=12, color=HIGHLIGHT, fontweight="bold")
        return {"tangent": tangent, "drop": drop, "point": point, "readout": readout}

    def _update(self):
        z = float(self.controls["z"].value)
        p = float(numerics.sigmoid(z))
        slope = p * (1.0 - p)
        half = self.TANGENT_HALF_WIDTH
        a = self.artists
        a["point"].set_data([z], [p])
        a["drop"].set_data([z, z], [0.0, p])
        a["tangent"].set_data([z - half, z + half], [p - slope * half, p + slope * half])
        decision = "C1" if p >= 0.5 else "C2"
        a["readout"].set_text(f"{shown(z)}\n{shown(p, 3)}\n{shown(slope, 3)}\n{decision}")


class ScoresExplorer(Explorer):
    """Move K raw scores; compare a sigmoid per score with softmax.

    Three panels, with the classes told apart by colour and hatch: the raw
    scores (any real number), the sigmoid of each score taken on its own (each
    in (0, 1), but their sum is not 1), and softmax (a distribution: sum = 1).

    Parameters
    ----------
    z : sequence of float, default (2.0, 1.0, 0.1)
        The initial scores, one per class: 2 to 6 classes, each in [-6, 6].

    Examples
    --------
    >>> from helpers.widgets import ScoresExplorer
    >>> ScoresExplorer(z=[2.0, 1.0, 0.1])
    ScoresExplorer(z=[2.0, 1.0, 0.1])
    >>> ScoresExplorer().set(z=[3.0, 1.0, 0.0])
    ScoresExplorer(z=[3.0, 1.0, 0.0])
    """

    name = "scores"
    size = (9.6, 4.0)
    LIMIT = 6.0
    PANELS = (
        ("raw", "raw scores z", (-7.9, 7.9), 0.3),
        ("sigmoid", "σ(z), one score at a time", (0.0, 1.3), 0.02),
        ("softmax", "softmax(z)", (0.0, 1.3), 0.02),
    )

    def _make_controls(self, z=(2.0, 1.0, 0.1)):
        z = _class_values(z, "ScoresExplorer", "z", 2, len(SERIES))
        return _sliders("z", z, lambda i: f"score of class {i + 1}", self.LIMIT)

    def _figure_kwargs(self):
        return {"ncols": 3}

    def _draw_static(self, axes):
        k = len(self.controls)
        artists = {}
        for ax, (key, title, ylim, _) in zip(axes, self.PANELS, strict=True):
            _class_axes(ax, k, title, ylim)
            artists.update({f"{key}{i}": bar for i, bar in enumerate(_class_bars(ax, k))})
            labels = _bar_labels(ax, k, fontsize=12 if k <= 4 else 10)
            artists.update({f"{key}_label{i}": text for i, text in enumerate(labels)})
            if key != "raw":
                ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
                artists[f"{key}_sum"] = ax.text(0.5, 0.97, "", transform=ax.transAxes,
                                                ha="center", va="top", color=HIGHLIGHT,
                                                fontweight="bold")
        axes[0].axhline(0.0, color=NEUTRAL, linewidth=1.0)
        axes[0].set_yticks(range(-6, 7, 3))
        return artists

    def _update(self):
        z = self._vector("z")
        heights = {"raw": z, "sigmoid": numerics.sigmoid(z), "softmax": numerics.softmax(z)}
        for key, _, _, pad in self.PANELS:
            for i, height in enumerate(heights[key]):
                _set_bar(self.artists[f"{key}{i}"], self.artists[f"{key}_label{i}"],
                         height, shown(height), pad)
        for key in ("sigmoid", "softmax"):
            total = shown(heights[key].sum())
            self.artists[f"{key}_sum"].set_text(
                f"sum = {total}" + ("" if total == "1.00" else "  ≠ 1"))

    def _describe(self):
        return f"z={numbers(self._vector('z'))}"


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


class OddsExplorer(Explorer):
    """Move a probability p and read it as odds: a number, a ratio, and games won.

    The odds p / (1 - p) compare the chance of a win with the chance of a loss.
    At p = 0.75 they are 3, said "3 to 1": in 20 games, on average, 15 wins and 5
    losses. p = 0 gives odds 0 and p = 1 gives odds ∞. The strip at the bottom
    shows the two lengths p and 1 - p whose ratio the odds are.

    Parameters
    ----------
    p : float, default 0.75
        The initial probability of a win, in [0, 1].

    Examples
    --------
    >>> from helpers.widgets import OddsExplorer
    >>> OddsExplorer(p=0.75)
    OddsExplorer(p=0.75)
    """

    name = "odds"
    size = (8.6, 4.4)
    GAMES = 20
    COLUMNS = 10
    WIN = (OKABE_ITO["green"], "o", "")
    LOSS = (OKABE_ITO["vermillion"], "X", "//")

    def _make_controls(self, p=0.75):
        return {"p": slider("probability of a win p", p, 0.0, 1.0, 0.01, fmt=".2f")}

    def _figure_kwargs(self):
        return {"nrows": 2, "height_ratios": [3.0, 1.0]}

    def _draw_static(self, axes):
        top, strip = axes
        top.set_axis_off()
        top.set_xlim(0.0, 1.0)
        top.set_ylim(0.0, 1.0)
        labels = ("p = P(win)", "1 − p = P(loss)", "odds = p / (1 − p)", "odds as a ratio")
        readout = _readout(top, labels, x=0.30, top=0.84, step=0.2, fontsize=14)
        artists = dict(zip(("p", "q", "odds", "ratio"), readout, strict=True))
        artists.update(self._draw_games(top))
        artists.update(self._draw_lengths(strip))
        return artists

    def _draw_games(self, ax):
        seat = np.arange(self.GAMES)
        self._seats = (0.5 + 0.05 * (seat % self.COLUMNS), 0.64 - 0.18 * (seat // self.COLUMNS))
        ax.text(0.725, 0.86, f"in {self.GAMES} games, on average", ha="center", va="baseline",
                fontsize=14)
        kinds = {"wins": self.WIN, "losses": self.LOSS}
        artists = {key: Line2D([], [], **_marker(color, marker, 16))
                   for key, (color, marker, _) in kinds.items()}
        for artist in artists.values():
            ax.add_line(artist)
        key_handles = [Line2D([], [], **_marker(c, m, 12)) for c, m, _ in kinds.values()]
        ax.legend(key_handles, ["win", "loss"], loc="lower center", ncol=2,
                  bbox_to_anchor=(0.725, 0.0))
        artists["games"] = ax.text(0.725, 0.20, "", ha="center", va="baseline", fontsize=14,
                                   color=HIGHLIGHT, fontweight="bold")
        return artists

    def _draw_lengths(self, ax):
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(-0.5, 0.5)
        ax.set_yticks([])
        ax.grid(False)
        ax.set_title("win part p, loss part 1 − p: the odds are their ratio", loc="left")
        parts = {}
        for key, (color, _, hatch) in (("win_part", self.WIN), ("loss_part", self.LOSS)):
            parts[key] = ax.barh(0.0, 0.0, height=0.7, color=color, hatch=hatch,
                                 edgecolor="black", linewidth=1.0)[0]
        return parts

    def _update(self):
        p = float(self.controls["p"].value)
        odds = numerics.odds(p)
        a = self.artists
        a["p"].set_text(shown(p))
        a["q"].set_text(shown(1.0 - p))
        a["odds"].set_text(shown(odds))
        a["ratio"].set_text(odds_ratio(p))
        a["win_part"].set_width(p)
        a["loss_part"].set_x(p)
        a["loss_part"].set_width(1.0 - p)
        self._update_games(p)

    def _update_games(self, p):
        expected = p * self.GAMES
        wins = math.floor(expected + 0.5)
        xs, ys = self._seats
        self.artists["wins"].set_data(xs[:wins], ys[:wins])
        self.artists["losses"].set_data(xs[wins:], ys[wins:])
        about = "" if math.isclose(expected, wins, abs_tol=1e-9) else "≈ "
        self.artists["games"].set_text(
            f"{about}{_count(wins, 'win', 'wins')}, {_count(self.GAMES - wins, 'loss', 'losses')}")


# A white box behind a text, so that a line drawn across the figure passes behind it.
_MASK = {"facecolor": "white", "edgecolor": "none", "pad": 1.0}


def _number_line(ax, title, xlim, ticks, tick_labels):
    """Axes that are a bare horizontal number line at y = 0; returns the title."""
    ax.set_xlim(*xlim)
    ax.set_ylim(-1.0, 1.0)
    ax.set_yticks([])
    ax.set_xticks(ticks, tick_labels)
    ax.grid(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_position(("data", 0.0))
    return ax.set_title(title, loc="left", bbox=_MASK)


def _halves(ax, low, middle, high, names):
    """Colour the number line below and above its middle; returns the halves' names."""
    texts = []
    for (start, end), color, name in zip(((low, middle), (middle, high)),
                                         (OKABE_ITO["sky_blue"], OKABE_ITO["orange"]), names,
                                         strict=True):
        ax.plot([start, end], [0.0, 0.0], color=color, linestyle="-", linewidth=9, alpha=0.55,
                solid_capstyle="butt")
        texts.append(ax.text((start + end) / 2, 0.42, name, ha="center", va="bottom",
                             fontsize=12, color=NEUTRAL, bbox=_MASK))
    return texts


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
        The initial probability, in [0, 1].

    Examples
    --------
    >>> from helpers.widgets import LogitExplorer
    >>> LogitExplorer(p=0.75)
    LogitExplorer(p=0.75)
    """

    name = "logit"
    size = (8.6, 5.2)
    LOG_ODDS_END = 6.7  # where ±∞, and anything beyond the last tick, is pinned
    ODDS_KNEE = 9.0  # odds beyond this are squeezed into [9, 10)

    def _make_controls(self, p=0.75):
        return {"p": slider("probability p", p, 0.0, 1.0, 0.01, fmt=".2f")}

    def _figure_kwargs(self):
        return {"nrows": 3}

    def _draw_static(self, axes):
        names = self._draw_lines(*axes)
        fig = axes[0].figure
        link = fig.add_artist(Line2D([], [], transform=fig.transFigure, color=NEUTRAL,
                                     linestyle=":", linewidth=1.6))
        points, readouts = {}, {}
        for key, ax in zip(("p", "odds", "log_odds"), axes, strict=True):
            points[f"{key}_point"] = ax.plot([], [], **_marker(HIGHLIGHT, "o", 14))[0]
            names.append(ax.text(0.895, 1.0, f"{key.replace('_', '-')} =", ha="right",
                                 va="bottom", transform=ax.transAxes, fontsize=14, bbox=_MASK))
            readouts[key] = ax.text(0.9, 1.0, "", transform=ax.transAxes, ha="left",
                                    va="bottom", fontsize=14, color=HIGHLIGHT,
                                    fontweight="bold", bbox=_MASK)
        # The names are drawn after the link, so that it passes behind them.
        return {"link": link, **{f"name{i}": text for i, text in enumerate(names)},
                **points, **readouts}

    def _draw_lines(self, p_ax, odds_ax, log_ax):
        """The three number lines; returns the texts that name them and their halves."""
        names = [_number_line(p_ax, "probability p", (-0.04, 1.04), [0, 0.25, 0.5, 0.75, 1],
                              ["0", "0.25", "0.5", "0.75", "1"])]
        names += _halves(p_ax, 0.0, 0.5, 1.0, ("p < 0.5", "p > 0.5"))
        odds_ticks = [*range(10), self._odds_position(18.0), self._odds_position(np.inf)]
        names.append(_number_line(odds_ax, "odds p / (1 − p)", (-0.35, 10.35), odds_ticks,
                                  [*map(str, range(10)), "18", "∞"]))
        names += _halves(odds_ax, 0.0, 1.0, 10.0, ("< 1", "odds > 1"))
        names.append(odds_ax.text(9.5, 0.42, "squeezed", ha="center", va="bottom",
                                  fontsize=10, color=NEUTRAL, bbox=_MASK))
        end = self.LOG_ODDS_END + 0.3
        names.append(_number_line(log_ax, "log-odds log(p / (1 − p))", (-end, end),
                                  range(-6, 7, 2), [shown(t, 0) for t in range(-6, 7, 2)]))
        names += _halves(log_ax, -end, 0.0, end, ("log-odds < 0", "log-odds > 0"))
        return names

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

    def _update(self):
        p = float(self.controls["p"].value)
        odds = float(numerics.odds(p))
        log_odds = float(numerics.logit(p))
        x_log, marker = self._log_odds_position(log_odds)
        positions = {"p": (p, "o"), "odds": (self._odds_position(odds),
                                            ">" if math.isinf(odds) else "o"),
                     "log_odds": (x_log, marker)}
        for key, (x, shape) in positions.items():
            self.artists[f"{key}_point"].set_data([x], [0.0])
            self.artists[f"{key}_point"].set_marker(shape)
        a = self.artists
        a["p"].set_text(shown(p))
        a["odds"].set_text(shown(odds))
        a["log_odds"].set_text(shown(log_odds))
        a["link"].set_data(*self._link([a[f"{key}_point"] for key in positions]))

    def _link(self, points):
        """Figure coordinates of the points, for the line that joins them."""
        to_figure = self.figure.transFigure.inverted()
        xy = [to_figure.transform(point.axes.transData.transform(point.get_xydata()[0]))
              for point in points]
        return [x for x, _ in xy], [y for _, y in xy]


class InverseExplorer(Explorer):
    """Move z: the point (z, σ(z)) on the sigmoid and its mirror (σ(z), z) on the logit.

    The sigmoid and the logit are inverse functions, so their curves are mirror
    images about the line y = x (dashed): swapping the coordinates of a point on
    one gives a point on the other. The dotted segment joining the two points
    crosses y = x at a right angle, and logit(σ(z)) gives back z.

    Parameters
    ----------
    z : float, default 3.0
        The initial score, in [-6, 6].

    Examples
    --------
    >>> from helpers.widgets import InverseExplorer
    >>> InverseExplorer(z=3.0)
    InverseExplorer(z=3.0)
    """

    name = "inverse"
    size = (8.4, 5.8)
    LIMIT = 6.0
    AXIS = 6.5  # both axes span [-AXIS, AXIS]
    SIGMOID = (OKABE_ITO["blue"], "o", "-")
    LOGIT = (OKABE_ITO["vermillion"], "s", "-.")

    def _make_controls(self, z=3.0):
        return {"z": slider("score z", z, -self.LIMIT, self.LIMIT, 0.1)}

    def _figure_kwargs(self):
        return {"ncols": 2, "width_ratios": [2.1, 1.0]}

    def _draw_static(self, axes):
        ax, side = axes
        self._draw_curves(ax)
        segment = ax.plot([], [], color=NEUTRAL, linestyle=":", linewidth=2.0)[0]
        on_sigmoid = ax.plot([], [], **_marker(self.SIGMOID[0], self.SIGMOID[1], 12))[0]
        on_logit = ax.plot([], [], **_marker(self.LOGIT[0], self.LOGIT[1], 11))[0]
        side.set_axis_off()
        side.text(0.0, 0.97, "the point (z, σ(z)) on σ\nmirrors to (σ(z), z)\non the logit",
                  va="top", fontsize=13, linespacing=1.5)
        labels = ("z", "σ(z)", "logit(σ(z))")
        readout = _readout(side, labels, x=0.5, top=0.64, step=0.1, fontsize=14)
        side.text(0.0, 0.20, "logit(σ(z)) = z:\nthe logit undoes\nthe sigmoid", va="top",
                  fontsize=13, color=NEUTRAL, linespacing=1.5)
        artists = {"segment": segment, "on_sigmoid": on_sigmoid, "on_logit": on_logit}
        artists.update(zip(("z", "p", "logit"), readout, strict=True))
        return artists

    def _draw_curves(self, ax):
        end = self.AXIS
        zs = np.linspace(-end, end, 400)
        ps = numerics.sigmoid(zs)
        ax.plot([-end, end], [-end, end], color=NEUTRAL, linestyle="--", linewidth=1.4,
                label="y = x")
        ax.plot(zs, ps, color=self.SIGMOID[0], linestyle=self.SIGMOID[2], label="σ(z)")
        ax.plot(ps, numerics.logit(ps), color=self.LOGIT[0], linestyle=self.LOGIT[2],
                label="logit(p)")
        ax.set_xlim(-end, end)
        ax.set_ylim(-end, end)
        ax.set_aspect("equal")
        ticks = range(-6, 7, 2)
        ax.set_xticks(ticks)
        ax.set_yticks(ticks)
        ax.set_xlabel("input")
        ax.set_ylabel("output")
        ax.legend(loc="upper left")

    def _update(self):
        z = float(self.controls["z"].value)
        p = float(numerics.sigmoid(z))
        back = float(numerics.logit(p))
        a = self.artists
        a["on_sigmoid"].set_data([z], [p])
        a["on_logit"].set_data([p], [z])
        a["segment"].set_data([z, p], [p, z])
        a["z"].set_text(shown(z))
        a["p"].set_text(shown(p, 4))
        a["logit"].set_text(shown(back, 4))


class DerivationExplorer(Explorer):
    """Set K - 1 log-odds against a reference class; get K probabilities; shift them all.

    Each slider is a log-odds :math:`r_i = \\log(P_i / P_{ref})` of one class
    against the reference class, chosen with the buttons. The probabilities
    follow: :math:`P_{ref} = 1 / (1 + \\sum_j e^{r_j})` and
    :math:`P_i = e^{r_i} P_{ref}` (:func:`helpers.probs_from_reference_log_odds`),
    which is softmax of the scores z = [r, 0], the reference scoring 0. The
    shift c adds the same number to every score (dashed outlines); softmax of
    the shifted scores (white diamonds) lands on the same probabilities, and the
    readout gives the largest difference.

    Parameters
    ----------
    r : sequence of float, default (1.0, 0.5)
        The initial log-odds of the other classes, in class order: K - 1 values
        for K = 2 to 6 classes, each in [-5, 5].
    ref : int, default K
        The reference class, 1 to K.
    shift : float, default 0.0
        The initial shift c, in [-5, 5].

    Examples
    --------
    >>> from helpers.widgets import DerivationExplorer
    >>> DerivationExplorer(r=[1.0, 0.5], ref=3)
    DerivationExplorer(r=[1.0, 0.5], ref=3, shift=0.0)
    """

    name = "derivation"
    size = (9.6, 5.2)
    LIMIT = 5.0

    def _make_controls(self, r=(1.0, 0.5), ref=None, shift=0.0):
        r = _class_values(r, "DerivationExplorer", "r", 1, len(SERIES) - 1)
        k = len(r) + 1
        controls = _sliders("r", r, lambda i: "", self.LIMIT)  # described in _update
        controls["ref"] = widgets.ToggleButtons(
            options=[(f"class {i}", i) for i in range(1, k + 1)],
            value=k if ref is None else ref, description="reference",
            style={"description_width": "initial"})
        controls["shift"] = slider("shift c, added to every score", shift, -self.LIMIT,
                                   self.LIMIT, 0.1, width="520px")
        return controls

    def _figure_kwargs(self):
        return {"nrows": 2, "ncols": 2, "height_ratios": [3.6, 1.0]}

    def _draw_static(self, axes):
        k = len(self._vector_keys("r")) + 1
        scores_ax, probs_ax = axes[0]
        strip = _merge_bottom_row(axes)
        artists = self._draw_scores(scores_ax, k)
        artists.update(self._draw_probabilities(probs_ax, k))
        labels = (r"reference class: $P_{\mathrm{ref}} = 1\,/\,(1 + \Sigma_j\, e^{r_j})$",
                  "shift check: max |softmax(z + c) − P|")
        readout = _readout(strip, labels, x=0.5, top=0.62, step=0.42, fontsize=14)
        artists.update(zip(("p_ref", "difference"), readout, strict=True))
        strip.legend(handles=self._key(), loc="center right", ncol=1)
        return artists

    def _draw_scores(self, ax, k):
        limit = 2 * self.LIMIT
        _class_axes(ax, k, "scores z = [r, 0], and z + c", (-limit - 1.2, limit + 1.2))
        ax.axhline(0.0, color=NEUTRAL, linewidth=1.0)
        ax.set_yticks(range(-10, 11, 5))
        artists = {"scores_ref_band": self._reference_band(ax)}
        artists.update({f"score{i}": bar for i, bar in enumerate(_class_bars(ax, k))})
        shifted = ax.bar(range(k), np.zeros(k), width=0.7, fill=False, edgecolor="black",
                         linestyle="--", linewidth=1.8)
        artists.update({f"shifted{i}": bar for i, bar in enumerate(shifted)})
        artists["ref_label"] = ax.text(0.0, limit + 0.9, "reference", ha="center", va="top",
                                       fontsize=12, fontweight="bold")
        return artists

    def _draw_probabilities(self, ax, k):
        _class_axes(ax, k, "probabilities P", (0.0, 1.22))
        ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
        artists = {"probs_ref_band": self._reference_band(ax)}
        artists.update({f"prob{i}": bar for i, bar in enumerate(_class_bars(ax, k))})
        artists["check"] = ax.plot([], [], **_marker("white", "D", 10))[0]
        labels = _bar_labels(ax, k, fontsize=12 if k <= 4 else 10)
        artists.update({f"prob_label{i}": text for i, text in enumerate(labels)})
        return artists

    @staticmethod
    def _reference_band(ax):
        """A grey band behind the reference class (x in data, y spanning the axes)."""
        return ax.add_patch(Rectangle((-0.5, 0.0), 1.0, 1.0, transform=ax.get_xaxis_transform(),
                                      facecolor=(0.5, 0.5, 0.5, 0.2), edgecolor="none"))

    @staticmethod
    def _key():
        return [
            Line2D([], [], color="black", linestyle="--", linewidth=1.8, label="z + c"),
            Line2D([], [], **_marker("white", "D", 10), label="softmax(z + c)"),
        ]

    def _update(self):
        r = self._vector("r")
        ref = int(self.controls["ref"].value) - 1
        others = [i for i in range(len(r) + 1) if i != ref]
        for key, i in zip(self._vector_keys("r"), others, strict=True):
            self.controls[key].description = f"log(P{_sub(i + 1)} / P{_sub(ref + 1)})"
        from_reference = numerics.probs_from_reference_log_odds(r)  # reference last
        probs = np.empty_like(from_reference)
        probs[others], probs[ref] = from_reference[:-1], from_reference[-1]
        scores = np.zeros_like(probs)
        scores[others] = r
        shift = float(self.controls["shift"].value)
        shifted = numerics.softmax(scores + shift)
        self._draw_values(scores, shift, probs, shifted, ref)

    def _draw_values(self, scores, shift, probs, shifted, ref):
        a = self.artists
        for i, (score, prob) in enumerate(zip(scores, probs, strict=True)):
            a[f"score{i}"].set_height(score)
            a[f"shifted{i}"].set_height(score + shift)
            _set_bar(a[f"prob{i}"], a[f"prob_label{i}"], prob, shown(prob, 3), 0.05)
        a["check"].set_data(np.arange(len(probs)), shifted)
        for band in (a["scores_ref_band"], a["probs_ref_band"]):
            band.set_x(ref - 0.5)
        a["ref_label"].set_x(ref)
        a["p_ref"].set_text(f"P{_sub(ref + 1)} = {shown(probs[ref], 3)}")
        difference = float(np.max(np.abs(shifted - probs)))
        a["difference"].set_text(f"{difference:.1e}".replace("-", "−"))

    def _describe(self):
        return (f"r={numbers(self._vector('r'))}, ref={self.controls['ref'].value}, "
                f"shift={number(self.controls['shift'].value)}")


class SoftmaxExplorer(Explorer):
    """Move the logits, the temperature T and the base b; watch softmax and its argmax.

    The bars are :math:`b^{z_i/T} / \\sum_j b^{z_j/T}` (:func:`helpers.softmax`).
    A low temperature sharpens them towards the one-hot of the argmax (right); a
    high one flattens them towards uniform. Since :math:`b^z = e^{z \\log b}`, base b
    at temperature T is base e at temperature T / log b (shown); a base below 1
    reverses the order. The entropy, in bits, measures how spread out the
    probabilities are: 0 for a one-hot, log2 K for uniform. Ties in the argmax go
    to the first class.

    Parameters
    ----------
    z : sequence of float, default (2.0, 1.0, 0.1)
        The initial logits, one per class: 2 to 6 classes, each in [-6, 6].
    T : float, default 1.0
        The initial temperature, in [0.01, 100].
    base : {"e", "2", "10", "0.5"} or the number, default "e"

    Examples
    --------
    >>> from helpers.widgets import SoftmaxExplorer
    >>> SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base="e")
    SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base=e)
    >>> SoftmaxExplorer().set(T=0.5, base=2)
    SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=0.5, base=2)
    """

    name = "softmax"
    size = (9.6, 5.0)
    LIMIT = 6.0
    BASES = (("e", math.e), ("2", 2.0), ("10", 10.0), ("0.5", 0.5))

    def _make_controls(self, z=(2.0, 1.0, 0.1), T=1.0, base="e"):
        z = _class_values(z, "SoftmaxExplorer", "z", 2, len(SERIES))
        controls = _sliders("z", z, lambda i: f"logit of class {i + 1}", self.LIMIT)
        controls["T"] = widgets.FloatLogSlider(
            value=T, base=10, min=-2, max=2, step=0.01, description="temperature T",
            readout_format=".3g", continuous_update=True,
            style={"description_width": "initial"}, layout=widgets.Layout(width="420px"))
        controls["base"] = widgets.Dropdown(
            options=list(self.BASES), value=self._base_value(base), description="base b",
            style={"description_width": "initial"}, layout=widgets.Layout(width="160px"))
        return controls

    def _layout_controls(self):
        logits = [self.controls[key] for key in self._vector_keys("z")]
        return widgets.VBox([*logits, widgets.HBox([self.controls["T"], self.controls["base"]])])

    def _base_value(self, base):
        """The Dropdown value for a base given by its label ("e") or its value (2)."""
        labels = dict(self.BASES)
        return labels[base] if isinstance(base, str) and base in labels else base

    def _by_control(self, values):
        if "base" in values:
            values = {**values, "base": self._base_value(values["base"])}
        return super()._by_control(values)

    def _figure_kwargs(self):
        return {"nrows": 2, "ncols": 2, "height_ratios": [3.6, 1.0], "width_ratios": [2.2, 1.0]}

    def _draw_static(self, axes):
        k = len(self._vector_keys("z"))
        probs_ax, onehot_ax = axes[0]
        strip = _merge_bottom_row(axes)
        _class_axes(probs_ax, k, "softmax(z / T, base b)", (0.0, 1.15))
        _class_axes(onehot_ax, k, "argmax as one-hot", (0.0, 1.15))
        for ax in (probs_ax, onehot_ax):
            ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
        artists = {f"prob{i}": bar for i, bar in enumerate(_class_bars(probs_ax, k))}
        labels = _bar_labels(probs_ax, k, fontsize=12 if k <= 4 else 10)
        artists.update({f"prob_label{i}": text for i, text in enumerate(labels)})
        artists.update({f"onehot{i}": bar for i, bar in enumerate(_class_bars(onehot_ax, k))})
        rows = (f"entropy −Σ p log₂ p (uniform: {math.log2(k):.2f} bits)",
                "the same as base e at temperature T / log b")
        readout = _readout(strip, rows, x=0.62, top=0.62, step=0.42, fontsize=14)
        artists.update(zip(("entropy", "temperature_e"), readout, strict=True))
        return artists

    def _update(self):
        z = self._vector("z")
        temperature = float(self.controls["T"].value)
        base = float(self.controls["base"].value)
        probs = numerics.softmax(z, temperature=temperature, base=base)
        scale = math.log(base) / temperature  # softmax(z, T, b) is softmax(z * scale)
        entropy_bits = -float(np.sum(probs * numerics.log_softmax(z * scale))) / math.log(2)
        onehot = numerics.one_hot(int(np.argmax(probs)), len(z))
        a = self.artists
        for i, (prob, hot) in enumerate(zip(probs, onehot, strict=True)):
            _set_bar(a[f"prob{i}"], a[f"prob_label{i}"], prob, shown(prob, 3), 0.02)
            a[f"onehot{i}"].set_height(hot)
        a["entropy"].set_text(f"{shown(entropy_bits)} bits")
        a["temperature_e"].set_text(_significant(1.0 / scale))

    def _describe(self):
        base = self.controls["base"].value
        label = next((text for text, value in self.BASES if value == base), number(base))
        return (f"z={numbers(self._vector('z'))}, T={number(self.controls['T'].value)}, "
                f"base={label}")


def _significant(x):
    """Three significant digits, a true minus sign: 0.00434, 1.00, −1.44, 43.4, 144."""
    text = f"{x:.0f}" if abs(x) >= 100 else f"{x:#.3g}"
    return text.replace("-", "−")
