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
"""

import base64
import contextlib
import struct
import zlib

import ipywidgets as widgets
import numpy as np

from helpers import numerics
from helpers.style import HIGHLIGHT, NEUTRAL, OKABE_ITO, new_figure, styled

__all__ = ["Explorer", "SigmoidExplorer"]


def number(x, digits=6):
    """A float as a short, deterministic string: 2.0, 0.1, -inf."""
    x = float(x)
    if not np.isfinite(x):
        return repr(x)
    return repr(round(x, digits) + 0.0)  # + 0.0 turns -0.0 into 0.0


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def encode_png(canvas):
    """The canvas's current pixels as PNG bytes: 8-bit RGB, no filter, fast zlib.

    Plots are mostly flat colour, so level-1 deflate alone compresses them
    well, at a fraction of the time a general PNG encoder spends.
    """
    rgba = np.asarray(canvas.buffer_rgba())
    height, width, _ = rgba.shape
    rows = np.empty((height, 1 + 3 * width), dtype=np.uint8)
    rows[:, 0] = 0  # filter type "None" for every scanline
    pixels = rows[:, 1:]
    pixels.shape = (height, width, 3)  # a view: raises rather than copy
    pixels[...] = rgba[:, :, :3]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit truecolour
    return b"".join([
        b"\x89PNG\r\n\x1a\n",
        _png_chunk(b"IHDR", header),
        _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), 1)),
        _png_chunk(b"IEND", b""),
    ])


class Explorer:
    """Base class: controls, one Figure, an Image widget, and the display bundle.

    A subclass sets ``name``, ``size`` (inches) and implements:

    * ``_make_controls(**initial)``: a dict of control name -> ipywidgets control;
    * ``_draw_static(fig_axes)``: draw everything that never moves, and return a
      dict of the artists that do (they are redrawn on every change);
    * ``_update()``: set the moving artists from :attr:`values`;
    * ``_describe()``: the arguments shown in ``repr``, as a string.
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

        Values outside a slider's range are clipped to it, as dragging would.
        """
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

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self.widget.model_id,
            },
            "image/png": base64.b64encode(self._png).decode("ascii"),
            "text/plain": repr(self),
        }

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
        for artist in self.artists.values():
            self.figure.draw_artist(artist)
        return encode_png(self._canvas)

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
        box = {"facecolor": "white", "edgecolor": NEUTRAL, "boxstyle": "round,pad=0.4"}
        ax.text(0.70, 0.05, labels, transform=ax.transAxes, ha="right", va="bottom",
                fontsize=12, bbox=box)
        # Only the numbers are redrawn per change: text is the costliest artist to draw.
        readout = ax.text(0.72, 0.05, "", transform=ax.transAxes, ha="left", va="bottom",
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
        decision = "class 1" if p >= 0.5 else "class 0"
        a["readout"].set_text(f"{z:.2f}\n{p:.3f}\n{slope:.3f}\n{decision}")
