"""What every explorer shares: controls, a static SVG, moving marks, and two renderers.

An explorer is drawn in two layers.

* **The static layer** (axes, curves, ticks, labels) is drawn once by matplotlib,
  with the same :mod:`helpers.plots` code as the static figures, and exported
  as SVG. It is cached per layout, so a second explorer of the same shape costs
  no drawing.
* **The marks** are what moves: points, lines, bars and readouts. Each is
  declared once with its style (:func:`line`, :func:`points`, :func:`rect`,
  :func:`text`), and each state of the controls gives a *frame*: every mark's
  geometry in data coordinates and every readout's text.

A frame is computed twice, in two languages, from the same formulas: by the
explorer's ``frame`` method in Python and by the ``frame`` function of its
front-end module (``<name>.js`` beside this file) in the browser. The browser
draws the marks over the static SVG on every move of a control, with no kernel
round trip; Python draws them with matplotlib for the PNG snapshot that GitHub,
nbval and print see, and for the kernel-drawn fallback
(:func:`use_kernel_drawing`). ``tests/test_explorer_frames.py`` runs both on a
grid of states and holds them equal.

The controls are standard ipywidgets, linked to the view in the browser
(``ipywidgets.jslink``), so the picture follows them even with no kernel; the
kernel reads their values, so ``explorer.z``, ``explorer.set(...)`` and
``explorer.hold()`` work from code.
"""

import base64
import contextlib
import functools
import hashlib
import io
import itertools
import json
import math
import re
import weakref
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib import rc_context
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from helpers.formatting import number, numbers
from helpers.messages import current_language, message, speaking
from helpers.style import HANGUL_FONT, new_figure, styled, write_png

__all__ = [
    "MAX_WIDTH_PX",
    "Explorer",
    "cells",
    "choice",
    "class_bar",
    "class_values",
    "kernel_drawing",
    "line",
    "live_explorers",
    "points",
    "rect",
    "slider",
    "snap",
    "steps_slider",
    "text",
    "text_strip",
    "use_kernel_drawing",
]

HERE = Path(__file__).resolve().parent
MAX_WIDTH_PX = 840  # fits JupyterLab's notebook column with the file browser open
DPI = 100
SVG_RC = {"svg.fonttype": "path", "svg.hashsalt": "scores-to-probabilities",
          "svg.image_inline": True}

HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")

_settings = {"kernel_drawing": False}


def use_kernel_drawing(on=True):
    """Draw explorers in the kernel, as PNG images, instead of in the browser.

    The fallback for a front end that cannot load the browser-drawn view. Each
    move of a control then waits for the kernel to redraw, so it is slower, and
    a page with no kernel shows a still picture. It applies to explorers made
    after the call.

    >>> use_kernel_drawing(True); kernel_drawing()
    True
    >>> use_kernel_drawing(False); kernel_drawing()
    False
    """
    _settings["kernel_drawing"] = bool(on)


def kernel_drawing():
    """Whether explorers made now draw in the kernel (see :func:`use_kernel_drawing`)."""
    return _settings["kernel_drawing"]


# Every explorer made in this process, by creation order; weak, so it keeps none alive.
_live = weakref.WeakValueDictionary()
_made = itertools.count()


def live_explorers():
    """The explorers of this kernel that still exist, oldest first.

    A notebook's explorers, found from code that did not keep them (a debugger, a
    test driving the page): ``{e.view.model_id: e for e in live_explorers()}``.
    It holds them weakly: an explorer no name refers to drops out.

    >>> from helpers.widgets import SigmoidExplorer
    >>> explorer = SigmoidExplorer(z=1.0)
    >>> live_explorers()[-1] is explorer
    True
    """
    return list(_live.values())


# --- controls -------------------------------------------------------------------------------


def slider(description, value, low, high, step, fmt=".1f", width="420px"):
    """A FloatSlider styled the same way in ipywidgets 7 and 8, its value on a step."""
    control = widgets.FloatSlider(
        value=low, min=low, max=high, step=step, description=description,
        readout_format=fmt, continuous_update=True,
        style={"description_width": "initial"}, layout=widgets.Layout(width=width),
    )
    control.value = snap(control, value)
    return control


def steps_slider(description, options, value, width="420px"):
    """A SelectionSlider over round values (label, value), such as temperatures.

    Round values are what one says aloud ("T = 0.5"); a log slider's front end
    would move a value set from code to its own grid (0.5 to 0.501187).
    """
    control = widgets.SelectionSlider(
        options=list(options), description=description, continuous_update=True,
        style={"description_width": "initial"}, layout=widgets.Layout(width=width))
    control.value = snap(control, value)
    return control


def choice(kind, description, options, value, width=None):
    """A Dropdown or ToggleButtons over (label, value) pairs."""
    layout = widgets.Layout(width=width) if width else widgets.Layout()
    return kind(options=list(options), value=value, description=description,
                style={"description_width": "initial"}, layout=layout)


def _snap_linear(value, low, high, step):
    clipped = min(high, max(low, float(value)))
    steps = math.floor((clipped - low) / step + 0.5)  # as JavaScript's Math.round
    return round(low + steps * step, 10)


def snap(control, value):
    """``value`` as the control holds it: clipped to the range, on the nearest step
    (a SelectionSlider's nearest option).

    The front end computes the same number (``snap`` in ``core.js``), so a
    slider never shows 1.8000000000000007.

    >>> snap(slider("z", 0.0, -8.0, 8.0, 0.1), 1.8000000000000007)
    1.8
    """
    if isinstance(control, widgets.SelectionSlider):
        values = [v for _, v in control.options]
        if value in values:
            return value
        if all(v > 0 for v in values) and value > 0:  # the nearest option, in log scale
            return min(values, key=lambda v: abs(math.log(v) - math.log(value)))
        return min(values, key=lambda v: abs(v - value))
    if isinstance(control, (widgets.FloatSlider, widgets.IntSlider)):
        return _snap_linear(value, control.min, control.max, control.step)
    return value


def _control_spec(control):
    """What the front end needs to read a control: its range and step, or its options."""
    if isinstance(control, widgets.FloatSlider):
        return {"kind": "float", "min": control.min, "max": control.max, "step": control.step}
    if isinstance(control, widgets.SelectionSlider | widgets.Dropdown | widgets.ToggleButtons):
        return {"kind": "index", "options": [value for _, value in control.options]}
    raise TypeError(f"an explorer's control must be a FloatSlider, SelectionSlider, Dropdown "
                    f"or ToggleButtons, not {type(control).__name__}")


def class_values(values, owner, name, fewest, most):
    """Initial values, one per class (or per non-reference class), as floats.

    >>> class_values([1, 2], "ScoresExplorer", "z", 2, 6)
    [1.0, 2.0]
    """
    values = [float(v) for v in np.ravel(values)]
    if not fewest <= len(values) <= most:
        raise ValueError(f"{owner}: {name} needs {fewest} to {most} values, got {len(values)}")
    return values


# --- marks ----------------------------------------------------------------------------------


def line(axes, color, width=1.5, dash="-"):
    """A polyline; a frame gives it ``{"xs": [...], "ys": [...]}`` (axes "figure": fractions)."""
    return {"kind": "line", "axes": axes, "color": color, "width": width, "dash": dash}


def points(axes, color, marker="o", size=12, edge="black", edgewidth=1.2):
    """Markers; a frame gives ``{"xs": [...], "ys": [...]}`` and may change ``marker``."""
    return {"kind": "points", "axes": axes, "color": color, "marker": marker, "size": size,
            "edge": edge, "edgewidth": edgewidth}


def rect(axes, color, *, coords="data", hatch="", edge=None, width=1.0, dash="-", fill=True,
         alpha=1.0):
    """A rectangle; a frame gives ``{"x", "y", "w", "h"}``. ``coords="xaxis"``: y in axes
    fractions."""
    return {"kind": "rect", "axes": axes, "coords": coords, "color": color, "hatch": hatch,
            "edge": edge, "width": width, "dash": dash, "fill": fill, "alpha": alpha}


def cells(axes, colors, extent, shape):
    """A grid of coloured cells over ``extent`` = (x0, x1, y0, y1) in data, ``shape`` =
    (rows, columns), row 0 at the bottom; a frame gives ``{"color": [i, ...], "alpha":
    [a, ...]}``, one colour index into ``colors`` and one opacity per cell, row by row."""
    return {"kind": "cells", "axes": axes, "colors": list(colors), "extent": list(extent),
            "shape": list(shape)}


def text(axes, x=0.0, y=0.0, *, coords="data", ha="left", va="baseline", size=12,
         color="black", weight="normal", mask=False, readout=True, name=""):
    """A text; a frame gives ``{"text": ...}`` and may move it (``x``, ``y``, ``va``).

    ``readout=True`` puts it in the picture's accessible label, after its ``name``
    (the label the static layer draws beside it): "σ(z) 0.119".
    """
    return {"kind": "text", "axes": axes, "x": x, "y": y, "coords": coords, "ha": ha,
            "va": va, "size": size, "color": color, "weight": weight, "mask": mask,
            "readout": readout, "name": name}


def class_bar(i, height, width=0.7):
    """A frame's rectangle for class i's bar, from 0 to ``height`` (down when negative)."""
    return {"x": i - width / 2, "y": 0.0, "w": width, "h": height}


def text_strip(axes):
    """One axis-less strip in place of the bottom row of a 2-row grid of axes."""
    grid = axes[0, 0].get_subplotspec().get_gridspec()
    for ax in axes[1]:
        ax.remove()
    strip = axes[0, 0].figure.add_subplot(grid[1, :])
    strip.set_axis_off()
    return strip


# --- the static layer -----------------------------------------------------------------------

_LAYOUTS = {}


class _Layout:
    """One explorer shape, drawn once: its figure, SVG and data → SVG transforms."""

    def __init__(self, explorer):
        with styled():
            fig, axes = new_figure(*explorer.size, dpi=DPI, **explorer._figure_kwargs())
            self.axes = explorer._draw_static(axes)
        buffer = io.StringIO()
        with rc_context(SVG_RC):
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        fig.set_layout_engine("none")  # the transforms below stay true for every render
        self.figure = fig
        svg = buffer.getvalue()
        self.svg = svg[svg.index("<svg"):]
        width_in, height_in = fig.get_size_inches()
        self.width_pt, self.height_pt = 72.0 * width_in, 72.0 * height_in
        self.width_px = min(MAX_WIDTH_PX, round(DPI * width_in))
        self.transforms = {name: self._transform(ax) for name, ax in self.axes.items()}

    def _transform(self, ax):
        """Data → SVG user units (points, y down) as x = a + b·x, y = c + d·y, and the box."""
        to_figure = self.figure.transFigure.inverted()
        (x0, y0), (x1, y1) = to_figure.transform(ax.transData.transform([[0.0, 0.0],
                                                                         [1.0, 1.0]]))
        w, h = self.width_pt, self.height_pt
        box = ax.get_position()
        return {"x": [w * x0, w * (x1 - x0)], "y": [h * (1.0 - y0), -h * (y1 - y0)],
                "box": [w * box.x0, h * (1.0 - box.y1), w * box.x1, h * (1.0 - box.y0)]}


def _layout_for(explorer):
    key = (type(explorer), explorer._layout_key(), current_language())
    if key not in _LAYOUTS:
        _LAYOUTS[key] = _Layout(explorer)
    return _LAYOUTS[key]


# --- the view -------------------------------------------------------------------------------


@functools.cache
def web_font(characters):
    """The shipped Hangul font cut down to ``characters``, for a browser.

    Returns ``{"family", "id", "woff"}``: a family name and a CSS class of its
    own (named after the subset's hash, so two explorers with different subsets
    never shadow each other) and the WOFF file as base64.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(HANGUL_FONT, recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = []
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()[:10]
    return {"family": f"S2P Hangul {digest}", "id": f"s2p-font-{digest}",
            "woff": base64.b64encode(data).decode("ascii")}


def _widget_texts(widget):
    """Every string a widget tree shows: descriptions, text values, option labels."""
    for name in ("description", "value", "placeholder"):
        value = getattr(widget, name, None)
        if isinstance(value, str):
            yield value
    for option in getattr(widget, "options", ()) or ():
        yield str(option[0] if isinstance(option, tuple) else option)
    for child in getattr(widget, "children", ()):
        yield from _widget_texts(child)


@functools.cache
def front_end_module(script):
    """The ES module of one explorer: ``core.js``, its ``script``, and the export."""
    core = (HERE / "core.js").read_text(encoding="utf-8")
    own = (HERE / script).read_text(encoding="utf-8")
    return f"{core}\n{own}\nexport default {{ render: mount(frame) }};\n"


@functools.cache
def _view_class(script):
    import anywidget

    return type("ExplorerView", (anywidget.AnyWidget,), {"_esm": front_end_module(script)})


def _draw_marks(layout, marks, frame):
    """matplotlib artists for a frame's marks, added to the layout's figure.

    As in the browser, the marks lie over the whole still layer, in their declared
    order, unclipped: each is the figure's own artist (only cells belong to their axes).
    """
    fig = layout.figure
    artists = []
    for order, (key, style) in enumerate(marks.items()):
        geometry = frame.get(key)
        if geometry is None:
            continue
        ax = layout.axes.get(style["axes"])
        zorder = 10 + order / 1000
        kind = style["kind"]
        if kind == "cells":
            rows, columns = style["shape"]
            rgba = np.array([to_rgba(style["colors"][i], a) for i, a in
                             zip(geometry["color"], geometry["alpha"], strict=True)])
            limits, aspect = (ax.get_xlim(), ax.get_ylim()), ax.get_aspect()
            artist = ax.imshow(rgba.reshape(rows, columns, 4), origin="lower",
                               extent=style["extent"], aspect="auto", interpolation="nearest",
                               zorder=zorder)
            ax.set_xlim(*limits[0])  # imshow rescales the axes; the still layer must not move
            ax.set_ylim(*limits[1])
            ax.set_aspect(aspect)
            artist.set_in_layout(False)
            artists.append(artist)
            continue
        if kind in ("line", "points"):
            transform = fig.transFigure if ax is None else ax.transData
            if kind == "line":
                artist = Line2D(geometry["xs"], geometry["ys"], color=style["color"],
                                linewidth=style["width"], linestyle=style["dash"],
                                transform=transform, zorder=zorder)
            else:
                artist = Line2D(geometry["xs"], geometry["ys"], linestyle="none",
                                marker=geometry.get("marker", style["marker"]),
                                markersize=style["size"], color=style["color"],
                                markeredgecolor=style["edge"] or "none",
                                markeredgewidth=style["edgewidth"], transform=transform,
                                zorder=zorder)
            fig.add_artist(artist)
        elif kind == "rect":
            transform = ax.get_xaxis_transform() if style["coords"] == "xaxis" else ax.transData
            face = to_rgba(style["color"], style["alpha"]) if style["fill"] else "none"
            artist = Rectangle((geometry["x"], geometry["y"]), geometry["w"], geometry["h"],
                               transform=transform, facecolor=face,
                               edgecolor=style["edge"] or "none", linewidth=style["width"],
                               linestyle=style["dash"], hatch=style["hatch"] or None,
                               zorder=zorder)
            fig.add_artist(artist)
        else:
            transform = _text_transform(fig, ax, style["coords"])
            artist = fig.text(geometry.get("x", style["x"]), geometry.get("y", style["y"]),
                                geometry["text"], transform=transform, ha=style["ha"],
                                va=geometry.get("va", style["va"]), fontsize=style["size"],
                                color=style["color"], fontweight=style["weight"],
                                zorder=zorder,
                                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0}
                                if style["mask"] else None)
        artist.set_in_layout(False)
        artists.append(artist)
    return artists


def _text_transform(fig, ax, coords):
    if ax is None:
        return fig.transFigure
    return {"data": ax.transData, "axes": ax.transAxes,
            "xaxis": ax.get_xaxis_transform()}[coords]


def _plain(value):
    """A constructor argument as JSON holds it: numbers (numpy's too), texts, lists."""
    if isinstance(value, np.generic | np.ndarray):
        return value.tolist()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return [_plain(v) for v in value]


def _point_to_svg(layout, axes, coords, x, y):
    """The twin of ``toSvg`` in core.js."""
    if axes == "figure":
        return [x * layout.width_pt, (1.0 - y) * layout.height_pt]
    t = layout.transforms[axes]
    left, top, right, bottom = t["box"]
    sx = left + (right - left) * x if coords == "axes" else t["x"][0] + t["x"][1] * x
    sy = (bottom + (top - bottom) * y if coords in ("axes", "xaxis")
          else t["y"][0] + t["y"][1] * y)
    return [sx, sy]


def _to_svg(layout, style, geometry):
    if geometry is None:
        return None
    kind, axes, coords = style["kind"], style["axes"], style.get("coords", "data")
    if kind == "cells":  # each cell's colour and opacity, as the page paints them
        return {"cells": [[style["colors"][c], a] for c, a in
                           zip(geometry["color"], geometry["alpha"], strict=True)]}
    if kind in ("line", "points"):
        return {"points": [_point_to_svg(layout, axes, "data", x, y)
                           for x, y in zip(geometry["xs"], geometry["ys"], strict=True)]}
    if kind == "rect":
        x0, y0 = _point_to_svg(layout, axes, coords, geometry["x"], geometry["y"])
        x1, y1 = _point_to_svg(layout, axes, coords, geometry["x"] + geometry["w"],
                               geometry["y"] + geometry["h"])
        return {"x": min(x0, x1), "y": min(y0, y1), "w": abs(x1 - x0), "h": abs(y1 - y0)}
    x, y = _point_to_svg(layout, axes, coords, geometry.get("x", style["x"]),
                         geometry.get("y", style["y"]))
    return {"x": x, "y": y, "text": geometry["text"]}


# --- the explorer ---------------------------------------------------------------------------


class Explorer:
    """Base class: controls, a browser-drawn view, a PNG snapshot and a deterministic repr.

    A subclass sets ``name``, ``size`` (inches) and ``script`` (its front-end
    file), and implements:

    * ``_make_controls(**initial)``: a dict of control name → ipywidgets control;
    * ``_draw_static(axes)``: draw what never moves; return the axes by name;
    * ``_marks()``: the moving marks by id, with their styles;
    * ``frame(values)``: each mark's geometry for these control values;
    * ``_constants()``: numbers and texts the front end's ``frame`` needs;
    * ``_layout_key()``: what makes two static layers differ (default: nothing);
    * ``_describe()``: the arguments shown in ``repr``.

    Controls named ``z0, z1, ...`` form a vector: ``set(z=[3.0, 1.0, 0.0])`` sets
    them all, and ``_vector("z")`` reads them as an array.
    """

    name = "explorer"
    size = (7.0, 4.0)
    script = None

    def __init__(self, **initial):
        self.language = current_language()  # its words stay in it, whatever comes later
        self._arguments = {key: _plain(value) for key, value in initial.items()}
        self.controls = self._make_controls(**initial)
        for key, control in self.controls.items():
            control.add_class(f"s2p-{self.name}-{key}")
        self._layout = _layout_for(self)
        self._marks_cache = self._marks()
        self._held = False
        if kernel_drawing():
            self.view = widgets.Image(format="png", value=b"",
                                      layout=widgets.Layout(width=f"{self._layout.width_px}px"))
            self.view.add_class(f"s2p-{self.name}-image")
            self._redraw()
            for control in self.controls.values():
                control.observe(self._on_change, names="value")
        else:
            self.view = self._browser_view()
        self.widget = widgets.VBox([self._layout_controls(), self.view])
        self.widget.add_class(f"s2p-{self.name}")
        if not kernel_drawing():
            self._attach_font()
        _live[next(_made)] = self

    # --- the public surface -------------------------------------------------------

    @property
    def values(self):
        """The current control values, by control name, each on its step."""
        return {key: snap(control, control.value) for key, control in self.controls.items()}

    def set(self, **values):
        """Set controls by name: ``explorer.set(z=3.0)``.

        A vector sets its numbered controls: ``set(z=[3.0, 1.0, 0.0])`` sets
        ``z0``, ``z1`` and ``z2``. Values outside a slider's range are clipped
        to it, and every value goes to its nearest step, as dragging would.
        """
        values = self._by_control(values)
        unknown = set(values) - set(self.controls)
        if unknown:
            raise ValueError(f"{type(self).__name__}.set: unknown control(s) "
                             f"{sorted(unknown)}; the controls are {sorted(self.controls)}")
        with self.hold():
            for key, value in values.items():
                control = self.controls[key]
                control.value = snap(control, value)
        return self

    @contextlib.contextmanager
    def hold(self):
        """Change several controls with one kernel redraw at the end (kernel drawing only)."""
        held, self._held = self._held, True
        try:
            yield self
        finally:
            self._held = held
            if not held and isinstance(self.view, widgets.Image):
                self._redraw()

    def frame(self, values=None):
        """Every mark's geometry and text for ``values`` (default: the controls' values),
        in the language the explorer was built in."""
        with speaking(self.language):
            return self._frame(self.values if values is None else values)

    def svg_frame(self, values=None):
        """The frame as the browser draws it: positions in the static SVG's user units.

        Lines and points give ``{"points": [[x, y], ...]}``, rectangles
        ``{"x", "y", "w", "h"}`` (top-left corner and size), texts ``{"x", "y",
        "text"}``. This is what the front end computes through each axes'
        transform; the browser tests compare the page with it.
        """
        frame = self.frame(values)
        return {key: _to_svg(self._layout, style, frame.get(key))
                for key, style in self._marks_cache.items()}

    @property
    def png(self):
        """PNG bytes of the current state, drawn by matplotlib."""
        with styled():  # the marks' text takes its fonts from the style, Hangul included
            artists = _draw_marks(self._layout, self._marks_cache, self.frame())
        try:
            buffer = io.BytesIO()
            write_png(self._layout.figure, buffer, dpi=DPI)
            return buffer.getvalue()
        finally:
            for artist in artists:
                artist.remove()

    def __repr__(self):
        return f"{type(self).__name__}({self._describe()})"

    @property
    def alt_text(self):
        """A description of the snapshot for readers who cannot see it."""
        with speaking(self.language):
            return message("explorer.alt", state=repr(self),
                           purpose=message(f"explorer.{self.name}.purpose"))

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self.widget.model_id,
            },
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": repr(self),
        }
        metadata = {"image/png": {"alt": self.alt_text}}
        if hasattr(self.view, "_repr_mimebundle_"):
            view_bundle = self.view._repr_mimebundle_()
            if isinstance(view_bundle, tuple):  # (data, metadata): Colab's widget manager
                metadata.update(view_bundle[1] or {})
        return data, metadata

    # --- the browser view ----------------------------------------------------------------

    def _browser_view(self):
        view = _view_class(self.script)()
        traits = {}
        for key, control in self.controls.items():
            spec = _control_spec(control)
            trait = traitlets.Int if spec["kind"] == "index" else traitlets.Float
            traits[key] = trait().tag(sync=True)
        view.add_traits(**traits)
        view.add_traits(scene=traitlets.Dict().tag(sync=True))
        view.scene = self._front_end_layout(view.model_id)
        self._links = []
        for key, control in self.controls.items():
            source = "index" if _control_spec(control)["kind"] == "index" else "value"
            setattr(view, key, getattr(control, source))
            self._links.append(widgets.jslink((control, source), (view, key)))
        view.add_class(f"s2p-{self.name}-view")
        return view

    def _front_end_layout(self, view_id):
        layout = self._layout
        return {
            "name": self.name,
            "id": view_id,
            "arguments": self._arguments,
            "svg": layout.svg,
            "width_pt": layout.width_pt,
            "height_pt": layout.height_pt,
            "width_px": layout.width_px,
            "axes": layout.transforms,
            "marks": self._marks_cache,
            "controls": {key: _control_spec(c) for key, c in self.controls.items()},
            "constants": self._constants(),
            "title": message(f"explorer.{self.name}.title"),
            "language": current_language(),
        }

    def _attach_font(self):
        """Send the browser the Hangul it needs to draw this explorer's text, if any.

        Most machines have no Korean font, so an explorer whose labels or readouts
        have Hangul carries the shipped font, cut down to the characters it draws
        (a few kilobytes), under a family name of its own. The view declares it
        and uses it in the picture and, once loaded, in the controls.
        """
        scene = {key: value for key, value in self.view.scene.items() if key != "svg"}
        texts = [json.dumps(scene, ensure_ascii=False), *_widget_texts(self.widget)]
        printable = {chr(code) for code in range(0x20, 0x7F)}  # numbers filled in later
        characters = "".join(sorted(set("".join(texts)) | printable | set("−×")))
        if not HANGUL.search(characters):
            return
        self.view.scene = {**self.view.scene, "font": web_font(characters)}

    # --- kernel drawing ---------------------------------------------------------------------

    def _redraw(self):
        self.view.value = self.png

    def _on_change(self, _change):
        if not self._held:
            self._redraw()

    # --- vectors of controls ---------------------------------------------------------

    def _vector_keys(self, name):
        """The control names of vector ``name``: z0, z1, ... (empty if there is none)."""
        keys = (f"{name}{i}" for i in itertools.count())
        return list(itertools.takewhile(self.controls.__contains__, keys))

    def _vector(self, name, values=None):
        values = self.values if values is None else values
        return np.array([float(values[key]) for key in self._vector_keys(name)])

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

    # --- for subclasses ------------------------------------------------------------

    def _figure_kwargs(self):
        return {}

    def _layout_key(self):
        return ()

    def _constants(self):
        return {}

    def _layout_controls(self):
        return widgets.VBox(list(self.controls.values()))

    def _make_controls(self, **initial):
        raise NotImplementedError

    def _draw_static(self, axes):
        raise NotImplementedError

    def _marks(self):
        raise NotImplementedError

    def _frame(self, values):
        raise NotImplementedError

    def _describe(self):
        return ", ".join(f"{k}={number(v)}" for k, v in self.values.items())


def vector_repr(values):
    """[2.0, 1.0, 0.1]: a vector of control values as ``repr`` shows it."""
    return numbers(values)
