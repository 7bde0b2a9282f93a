"""One visual style for every figure: colour-blind safe, projector-sized, pyplot-free.

Colours are the Okabe-Ito palette, which stays distinguishable under the
common colour-vision deficiencies. Colour never carries meaning alone: each
series also has its own marker and line style (:data:`SERIES`).

Figures are :class:`matplotlib.figure.Figure` objects made directly, never
through pyplot, so nothing is displayed or kept alive behind the caller's
back. The style is applied with :func:`styled`, a temporary rc context, so
the caller's own matplotlib settings are left exactly as they were.
"""

import base64
import contextlib
import io
from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager
from matplotlib.figure import Figure

from helpers.messages import current_language

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}

# (colour, marker, line style) per series, in order of use.
SERIES = (
    (OKABE_ITO["blue"], "o", "-"),
    (OKABE_ITO["vermillion"], "s", "--"),
    (OKABE_ITO["green"], "^", "-."),
    (OKABE_ITO["purple"], "D", ":"),
    (OKABE_ITO["orange"], "v", (0, (6, 2, 1, 2))),
    (OKABE_ITO["sky_blue"], "P", (0, (1, 1))),
)
# Hatches tell bars apart in greyscale and for readers who cannot tell the colours apart.
HATCHES = ("", "//", "..", "xx", "\\\\", "++")

NEUTRAL = "#555555"
HIGHLIGHT = OKABE_ITO["vermillion"]

# The font helpers ships draws Hangul (helpers/fonts/README.md). matplotlib takes each
# glyph of a plain text from the first family that has it, but a text with $maths$ in it
# takes all its words from the first family alone: so Korean figures put the Hangul font
# first (its Latin letters and digits are NanumGothic's), English ones DejaVu Sans.
HANGUL_FONT = Path(__file__).with_name("fonts") / "S2PHangul-Regular.ttf"
HANGUL_FONTS = (HANGUL_FONT, HANGUL_FONT.with_name("S2PHangul-Bold.ttf"))
FONT_FAMILIES = {"en": ["DejaVu Sans", "S2P Hangul"], "ko": ["S2P Hangul", "DejaVu Sans"]}

TICK_SIZE = 12
LABEL_SIZE = 13
TITLE_SIZE = 14

RC = {
    "font.size": LABEL_SIZE,
    "axes.titlesize": TITLE_SIZE,
    "axes.labelsize": LABEL_SIZE,
    "xtick.labelsize": TICK_SIZE,
    "ytick.labelsize": TICK_SIZE,
    "legend.fontsize": TICK_SIZE,
    "legend.framealpha": 0.9,
    "lines.linewidth": 2.4,
    "lines.markersize": 8,
    "axes.linewidth": 1.0,
    "axes.grid": True,
    "grid.alpha": 0.35,
    "grid.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=[s[0] for s in SERIES],
                                  linestyle=[s[2] for s in SERIES]),
    "mathtext.fontset": "dejavusans",
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "image.cmap": "cividis",
}


def register_fonts():
    """Make the shipped Hangul fonts known to matplotlib (once per process)."""
    known = {Path(entry.fname) for entry in font_manager.fontManager.ttflist}
    for path in HANGUL_FONTS:
        if path not in known:
            font_manager.fontManager.addfont(str(path))


@contextlib.contextmanager
def styled():
    """Apply the project style for the duration of a ``with`` block."""
    register_fonts()
    with mpl.rc_context({**RC, "font.family": font_families()}):
        yield


def font_families():
    """The font families of figures in the current language, first choice first."""
    return FONT_FAMILIES.get(current_language(), FONT_FAMILIES["en"])


def write_png(fig, target, dpi=None):
    """Write ``fig`` as PNG to a path or binary file, with no version string in the file."""
    with styled():
        fig.savefig(target, dpi=dpi or fig.dpi, format="png", metadata={"Software": None})


class DescribedFigure(Figure):
    """A Figure that shows itself in Jupyter as a picture with its alt text.

    Once ``fig.alt_text`` is set, the display bundle carries the PNG, the alt
    text as ``text/plain`` (what text-only front ends and nbval see) and the
    alt text in the PNG's display metadata, ``{"image/png": {"alt": ...}}``,
    the convention of ``IPython.display.Image(alt=...)``; nbconvert's classic
    HTML template writes it into the image's ``alt`` attribute. Without alt
    text it displays like any other Figure.

    >>> fig, ax = new_figure(3, 2)
    >>> fig._repr_mimebundle_() is None
    True
    >>> fig.alt_text = "An empty set of axes."
    >>> data, metadata = fig._repr_mimebundle_()
    >>> sorted(data), data["text/plain"], metadata["image/png"]["alt"]
    (['image/png', 'text/plain'], 'An empty set of axes.', 'An empty set of axes.')
    """

    alt_text = None

    def _repr_mimebundle_(self, include=None, exclude=None):
        if not self.alt_text:
            return None
        buffer = io.BytesIO()
        write_png(self, buffer)
        data = {
            "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
            "text/plain": self.alt_text,
        }
        return data, {"image/png": {"alt": self.alt_text}}


def new_figure(width, height, *, dpi=100, nrows=1, ncols=1, layout="constrained", **kwargs):
    """A styled Figure on an Agg canvas, and its axes (an array if more than one).

    Call it inside :func:`styled` and build the rest of the figure there too:
    matplotlib reads most style settings when an artist is created. Set
    ``fig.alt_text`` to a description of the finished figure: a notebook then
    shows the figure with it (see :class:`DescribedFigure`).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = DescribedFigure(figsize=(width, height), dpi=dpi, layout=layout)
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, squeeze=True, **kwargs)
    for ax in getattr(axes, "flat", [axes]):
        ax.tick_params(labelsize=TICK_SIZE)
    return fig, axes


def series(i):
    """Keyword arguments (color, marker, linestyle) for the i-th series."""
    color, marker, linestyle = SERIES[i % len(SERIES)]
    return {"color": color, "marker": marker, "linestyle": linestyle}
