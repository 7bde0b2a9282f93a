"""Time each explorer's update, from a control change to new PNG bytes, against two alternatives.

Run by hand: ``python benchmarks/bench_widgets.py``. Options: ``--changes N``
(100), ``--only NAME ...`` (explorers to run), ``--compare NAME ... | all | none``
(explorers also timed the other ways; sigmoid and softmax by default, as
``all`` takes several minutes), ``--separate`` and ``--profile`` (below).

Every explorer in :mod:`helpers.widgets` is found by itself (the subclasses of
``Explorer``). For each one, the first slider among its controls is swept across
its range in ``--changes`` steps, after a few untimed ones (which the explorer
itself does not draw: it only draws the start value). At each step, the
same new value is timed each way, one way after the other, so that all see the
same machine load; ``--separate`` times each way's whole sweep in turn instead.
Everything runs in one process, with no kernel and no browser; ipywidgets then
talks to a dummy comm, so sending messages costs nothing here.

explorer
    ``explorer.controls[key].value = v``. The assignment fires the explorer's
    observer, as a change coming from the browser does. The clock stops when
    the assignment returns; ``explorer.image.value`` then holds the new PNG
    bytes (this is checked). It includes setting the moving artists, the blit
    onto the saved static layer, the PNG encoding and the widget's trait
    machinery. Each value is new to the explorer here, so nothing it caches per
    value helps.

explorer, 2nd pass
    The same sweep once more, after the timed one: every value has been shown
    before, as when a learner drags a slider back and forth.

interact + inline (the baseline)
    What ``interact`` / ``interactive_output`` does per change with
    ``%matplotlib inline``, with its callback called directly. A new pyplot
    figure is made (``plt.figure``, then ``subplots``), and the explorer's own
    drawing code (``_draw_static``, then ``_update``) draws the same content on
    it. The callback's ``plt.show()`` then makes the inline formatter's PNG:
    ``IPython.core.pylabtools.print_figure(fig, 'png', bbox_inches='tight',
    base64=True)``. Last comes ``plt.close(fig)``. pyplot uses the inline
    backend (``matplotlib_inline``), or Agg if that is not installed. Not
    timed: the Output widget capturing the display message.

ipympl (``%matplotlib widget``), only if ipympl is installed
    The figure is made once, as the explorer makes it, and shown through
    ``ipympl.backend_nbagg.Canvas`` and ``FigureManager``. ``syncing_data_url``
    is set to False, as ipympl does once the browser has connected; otherwise
    each frame would also encode a full PNG. Per change, the timer covers the
    artist update (``_update``) and ``canvas.draw_idle()``, which only sends a
    message. Then comes the work ipympl does when the browser asks for a frame:
    ``canvas.draw()``. That is a full Agg redraw, since ipympl cannot blit, with
    the figure's layout engine running each time. Its ``refresh_all()`` then
    calls ``get_diff_image()``: the pixel diff against the previous frame, PNG
    encoded. Not timed: the round trip to the browser and back that ipympl
    needs before each frame.

ipympl, layout frozen
    The same, but with the layout engine switched off after the first draw, as
    the explorer does. It shows how much of the gap comes from the layout engine
    alone.

The table gives the median and the 95th percentile in milliseconds, the PNG
size per frame (ipympl's is a diff), and each alternative's median divided by
the explorer's. The targets are checked at the end of the table.

``--profile`` then runs each explorer's sweep once more under cProfile, on a new
explorer (so with nothing cached), and prints the functions that take the time.
"""

import argparse
import base64
import contextlib
import copy
import cProfile
import inspect
import io
import os
import platform
import pstats
import sys
import time
import warnings

import ipywidgets
import matplotlib
import numpy as np

from helpers import style, widgets

TARGET_MEDIAN_MS = 15.0
TARGET_BASELINE_RATIO = 4.0


# --- what to sweep -----------------------------------------------------------------------------


def explorer_classes():
    """Concrete subclasses of Explorer in helpers.widgets, in the order they are defined."""
    found = []
    for obj in vars(widgets).values():
        if (inspect.isclass(obj) and issubclass(obj, widgets.Explorer)
                and obj is not widgets.Explorer and obj.__module__ == widgets.__name__
                and obj._make_controls is not widgets.Explorer._make_controls):
            found.append(obj)
    return found


def sweep_control(explorer):
    """The name of the first slider among the explorer's controls, or None."""
    for key, control in explorer.controls.items():
        if isinstance(control, (ipywidgets.FloatSlider, ipywidgets.IntSlider,
                                ipywidgets.FloatLogSlider)):
            return key
    return None


def sweep_values(control, changes):
    """``changes + 1`` values on the slider's grid, each different from the one before.

    They run from the minimum to the maximum, or up and down again when the grid
    has fewer points than that.
    """
    count = round((control.max - control.min) / control.step) + 1
    if count - 1 >= changes:
        positions = np.rint(np.linspace(0, count - 1, changes + 1)).astype(int)
    else:
        cycle = np.r_[np.arange(count), np.arange(count - 2, 0, -1)]
        positions = np.resize(cycle, changes + 1)
    grid = control.min + positions * control.step
    if isinstance(control, ipywidgets.IntSlider):
        return [int(v) for v in grid]
    if isinstance(control, ipywidgets.FloatLogSlider):
        return [float(control.base ** round(v, 10)) for v in grid]
    return [round(float(v), 10) for v in grid]


# --- the ways of updating --------------------------------------------------------------------


class ExplorerUpdate:
    """The explorer itself: set the control, wait for the new PNG bytes."""

    label = "explorer"

    def __init__(self, explorer, key):
        self.explorer = explorer
        self.control = explorer.controls[key]
        self.sizes = []

    def __call__(self, value):
        before = self.explorer.image.value
        changes = self.control.value != value
        start = time.perf_counter()
        self.control.value = value
        elapsed = time.perf_counter() - start
        png = self.explorer.image.value  # bytes in ipywidgets 7, a memoryview in 8
        if (changes and png is before) or bytes(png[:8]) != b"\x89PNG\r\n\x1a\n":
            raise RuntimeError(f"{type(self.explorer).__name__}: no new PNG after value={value}")
        self.sizes.append(memoryview(png).nbytes)
        return elapsed


def shadow_of(explorer):
    """A shallow copy of the explorer that shares its controls but gets its own figure."""
    return copy.copy(explorer)


class InlineBaseline:
    """interact + %matplotlib inline: a new pyplot figure per change, drawn in full."""

    label = "interact + inline"

    def __init__(self, explorer):
        from IPython.core.pylabtools import print_figure
        from matplotlib import pyplot

        self.plt = pyplot
        self.print_figure = print_figure
        self.base64 = "base64" in inspect.signature(print_figure).parameters
        self.shadow = shadow_of(explorer)
        self.sizes = []

    def new_figure(self, width, height, *, dpi=100, nrows=1, ncols=1, layout="constrained",
                   **kwargs):
        """helpers.style.new_figure, made through pyplot as a notebook user would."""
        fig = self.plt.figure(figsize=(width, height), dpi=dpi, layout=layout)
        axes = fig.subplots(nrows, ncols, squeeze=True, **kwargs)
        for ax in getattr(axes, "flat", [axes]):
            ax.tick_params(labelsize=style.TICK_SIZE)
        return fig, axes

    def plot(self):
        """The interact callback: build, draw and encode the whole figure, then close it."""
        saved, widgets.new_figure = widgets.new_figure, self.new_figure
        try:
            with style.styled():
                self.shadow.figure, self.shadow.artists = self.shadow._build_figure()
                self.shadow._update()
                data = self.print_figure(self.shadow.figure, "png", bbox_inches="tight",
                                         **({"base64": True} if self.base64 else {}))
        finally:
            widgets.new_figure = saved
        self.plt.close(self.shadow.figure)
        return data

    def __call__(self, _value):
        start = time.perf_counter()
        data = self.plot()
        elapsed = time.perf_counter() - start
        self.sizes.append(len(base64.b64decode(data)) if self.base64 else len(data))
        return elapsed


class IpymplUpdate:
    """%matplotlib widget: update the artists, then the frame ipympl renders when asked."""

    def __init__(self, explorer, backend, freeze_layout):
        self.label = "ipympl, layout frozen" if freeze_layout else "ipympl"
        self.shadow = shadow_of(explorer)
        with style.styled():
            self.shadow.figure, self.shadow.artists = self.shadow._build_figure()
        self.canvas = backend.Canvas(self.shadow.figure)
        with warnings.catch_warnings():
            # ipympl's Toolbar passes the canvas on to traitlets, which warns; harmless.
            warnings.filterwarnings("ignore", "Passing unrecognized arguments",
                                    DeprecationWarning)
            self.manager = backend.FigureManager(self.canvas, 1)
        self.canvas.header_visible = self.canvas.footer_visible = False
        self.canvas.toolbar_visible = False
        self.canvas.syncing_data_url = False
        self.sizes = []
        self.modes = set()
        send_binary = self.canvas.send_binary

        def counting_send_binary(data):
            self.sizes.append(len(data))
            self.modes.add(self.canvas._current_image_mode)
            send_binary(data)

        self.canvas.send_binary = counting_send_binary
        self.canvas.draw()  # the first frame is always a full one
        if freeze_layout:
            self.shadow.figure.set_layout_engine("none")
        self.sizes.clear()
        self.modes.clear()

    def __call__(self, _value):
        start = time.perf_counter()
        self.shadow._update()
        self.canvas.draw_idle()
        self.canvas.draw()
        return time.perf_counter() - start


def load_ipympl():
    """ipympl's backend module, or None; pyplot is then set to the inline backend (or Agg).

    Importing ipympl switches matplotlib's backend to ipympl's, so the backend is
    set back afterwards, before pyplot is first used.
    """
    try:
        from ipympl import backend_nbagg
    except ImportError as error:
        print(f"ipympl: not installed ({error}); its rows are skipped")
        backend_nbagg = None
    try:
        import matplotlib_inline.backend_inline  # noqa: F401

        matplotlib.use("module://matplotlib_inline.backend_inline")
    except ImportError:
        matplotlib.use("agg")
    return backend_nbagg


# --- running and reporting ----------------------------------------------------------------------


def measure(cls, args, backend, compare):
    """Time one explorer class; returns (explorer, key, values, {label: (times, sizes, note)})."""
    explorer = cls()
    key = sweep_control(explorer)
    if key is None:
        raise RuntimeError("no slider to sweep")
    control = explorer.controls[key]
    values = sweep_values(control, args.changes)
    ways = [ExplorerUpdate(explorer, key)]
    if compare:
        ways.append(InlineBaseline(explorer))
        if backend is not None:
            ways.append(IpymplUpdate(explorer, backend, freeze_layout=False))
            ways.append(IpymplUpdate(explorer, backend, freeze_layout=True))
    # Warm-up: the other ways draw a few frames; the explorer, held, draws only
    # the start value, so that every value of the timed sweep is new to it.
    with explorer.hold():
        for value in [*values[1:args.warmup + 1], values[0]]:
            control.value = value
            for way in ways[1:]:
                way(value)
    for way in ways:
        way.sizes.clear()
    times = {way.label: [] for way in ways}
    if not args.separate:
        for value in values[1:]:
            for way in ways:
                times[way.label].append(way(value))
    else:
        for way in ways:
            # The explorer sets its control itself; for the others the control is
            # set untimed, with the explorer held so that it does not redraw.
            held = contextlib.nullcontext() if way is ways[0] else explorer.hold()
            with held:
                for value in values[1:]:
                    if way is not ways[0]:
                        control.value = value
                    times[way.label].append(way(value))
    results = {}
    for way in ways:
        note = ""
        if isinstance(way, IpymplUpdate):
            note = "diff frames" if way.modes == {"diff"} else f"frames: {sorted(way.modes)}"
        results[way.label] = (np.array(times[way.label]), list(way.sizes), note)
    # The same sweep again: now every frame's values have been shown before.
    again = ways[0]
    again.sizes.clear()
    control.value = values[0]
    seen = np.array([again(value) for value in values[1:]])
    results[SECOND_PASS] = (seen, again.sizes, "same values again")
    return explorer, key, values, results


def profile(cls, key, values, top):
    """cProfile of the timed sweep, top functions by own time and by cumulative time.

    A new explorer is made for it, so that nothing it caches (such as the images
    of its moving artists) is left over from the timed run.
    """
    explorer = cls()
    control = explorer.controls[key]
    control.value = values[0]
    profiler = cProfile.Profile()
    profiler.enable()
    for value in values[1:]:
        control.value = value
    profiler.disable()
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(order).print_stats(top)
        lines = [line for line in out.getvalue().splitlines() if line.strip()]
        print(f"\n  {cls.__name__}: {len(values) - 1} changes, by {order}")
        for line in lines[2:]:
            print(f"    {line}")


def versions(backend):
    import IPython

    parts = [f"python {platform.python_version()}", f"numpy {np.__version__}",
             f"matplotlib {matplotlib.__version__}", f"ipywidgets {ipywidgets.__version__}",
             f"IPython {IPython.__version__}"]
    if backend is not None:
        import ipympl

        parts.append(f"ipympl {ipympl.__version__}")
    return ", ".join(parts)


def report(cls, explorer, key, values, results):
    """Print one explorer's rows; return the targets it misses."""
    control = explorer.controls[key]
    swept = f"{key} {values[0]:g}..{max(values):g}, step {control.step:g}"
    own = np.median(results["explorer"][0])
    for label, (times, sizes, note) in results.items():
        median, p95 = 1e3 * np.median(times), 1e3 * np.percentile(times, 95)
        ratio = f"{np.median(times) / own:.1f}" if label in COMPARED else ""
        size = f"{np.median(sizes) / 1024:.1f}" if sizes else "-"
        print(f"{cls.name:<10} {label:<22} {median:>9.1f} {p95:>7.1f} {size:>7}"
              f" {ratio:>10}  {swept if label == 'explorer' else note}")
    misses = []
    if 1e3 * own > TARGET_MEDIAN_MS:
        misses.append(f"median {1e3 * own:.1f} ms")
    if "interact + inline" in results:
        ratio = np.median(results["interact + inline"][0]) / own
        if ratio < TARGET_BASELINE_RATIO:
            misses.append(f"only {ratio:.1f}x faster than interact + inline")
    if "ipympl" in results:
        ratio = np.median(results["ipympl"][0]) / own
        if ratio <= 1.0:
            misses.append(f"ipympl is {1 / ratio:.2f}x faster")
    return [f"{cls.name}: {text}" for text in misses]


SECOND_PASS = "explorer, 2nd pass"
COMPARED = ("interact + inline", "ipympl", "ipympl, layout frozen")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100, help="timed changes per explorer")
    parser.add_argument("--warmup", type=int, default=5, help="untimed changes first")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="explorer names to run (e.g. sigmoid softmax); default all")
    parser.add_argument("--compare", nargs="+", metavar="NAME", default=["sigmoid", "softmax"],
                        help="explorers also timed as interact + inline and ipympl "
                             "(default: sigmoid softmax; 'all' or 'none')")
    parser.add_argument("--separate", action="store_true",
                        help="time each way's whole sweep in turn instead of interleaving")
    parser.add_argument("--profile", action="store_true",
                        help="also profile each explorer's sweep with cProfile")
    parser.add_argument("--top", type=int, default=15, help="functions shown per profile")
    args = parser.parse_args()

    started = time.perf_counter()
    backend = load_ipympl() if args.compare != ["none"] else None
    classes = explorer_classes()
    if args.only:
        classes = [cls for cls in classes if cls.name in args.only]
    print(versions(backend))
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"{args.changes} changes per explorer after {args.warmup} untimed, "
          f"{'each way in turn' if args.separate else 'interleaved'}")
    print(f"explorers found: {', '.join(cls.__name__ for cls in classes) or 'none'}")
    header = (f"{'explorer':<10} {'way':<22} {'median ms':>9} {'p95 ms':>7} {'PNG kB':>7}"
              f" {'x explorer':>10}  swept / note")
    print()
    print(header)
    print("-" * (len(header) + 12))
    misses = []
    profiled = []
    for cls in classes:
        compare = "all" in args.compare or cls.name in args.compare
        try:
            explorer, key, values, results = measure(cls, args, backend, compare)
        except Exception as error:  # an explorer still being written must not stop the rest
            print(f"{cls.name:<10} skipped: {type(error).__name__}: {error}")
            continue
        misses += report(cls, explorer, key, values, results)
        profiled.append((cls, key, values))
        print()
    print(f"targets: explorer median <= {TARGET_MEDIAN_MS:g} ms; interact + inline at least "
          f"{TARGET_BASELINE_RATIO:g}x the explorer's median; ipympl slower than the explorer")
    print("missed: " + ("; ".join(misses) if misses else "none"))
    print(f"run time {time.perf_counter() - started:.0f} s, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    if args.profile:
        for cls, key, values in profiled:
            profile(cls, key, values, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
