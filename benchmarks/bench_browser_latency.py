"""Key press to new picture painted, in JupyterLab 4 in Chromium: every explorer and baselines.

Run by hand (never a test): ``python -m benchmarks.bench_browser_latency``.
Options: ``--changes N`` (40 measured presses per target), ``--warmup N`` (3),
``--only NAME ...`` (explorers to measure; the baselines always run).

It needs what the browser tests need: Playwright and Debian's ``chromium``
(``tools/jupyter_browser.py`` starts the server and the browser). The ipympl
baseline runs if ``ipympl`` is installed (``pip install ipympl``); it is not a
project requirement.

What it does
    A temporary notebook in a temporary ``jupyter lab`` on loopback gets one
    cell per explorer (its defaults) and two baselines of the sigmoid
    explorer's size (700 x 420 px: curve, threshold, tangent, point, title):

    * ``interact``: ``ipywidgets.interact`` with ``%matplotlib inline``, a new
      figure per change, as most tutorials do it;
    * ``ipympl``: one figure on ipympl's canvas, its artists moved and
      ``draw_idle()`` called per change.

    Rounds: in each round every target's first slider gets one key press
    (ArrowRight or ArrowLeft, away from the nearer end), so all see the same
    machine load. Before a press the handle is focused and the page left alone
    for 150 ms; after it the script waits until the picture is painted, then
    150 ms more. The first ``--warmup`` rounds are not counted.

    The clock is the page's ``performance.now()``: a capture-phase ``keydown``
    listener stamps the press; the picture changing is a DOM mutation inside the
    explorer's SVG (explorers), a new ``<img>`` source, decoded (``interact``),
    or a ``drawImage`` onto ipympl's canvas; "painted" is two animation frames
    later.

    In the kernel process's stead, this script also builds each explorer here:
    the first build of a layout (matplotlib draws and exports the static SVG),
    a build with the layout cached, and the first display (the PNG snapshot).

Output
    Median and 95th percentile of key -> painted per target, each median as a
    fraction of the ``interact`` baseline's, against the targets (median <= 20 ms,
    p95 <= 40 ms), reported and never asserted; the build and display times; the
    lines of Python and JavaScript behind the explorers. The browser, server and
    kernel share the machine's cores: compare rows of one run, not runs.
"""

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from importlib import metadata, util
from pathlib import Path

sys.dont_write_bytecode = True  # nothing written next to the sources
ROOT = Path(__file__).resolve().parent.parent
from tools import jupyter_browser as jb  # noqa: E402  (after the bytecode switch)

TARGET_MEDIAN_MS = 20.0
TARGET_P95_MS = 40.0
PAUSE_S = 0.150
CHANGE_TIMEOUT_MS = 20_000

SETUP = r'''%matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from helpers import widgets as hw

def sig(x):
    return 1.0 / (1.0 + np.exp(-x))
'''

INTERACT = r'''def plot_sigmoid(z):
    fig, ax = plt.subplots(figsize=(7.0, 4.2), dpi=100)
    zs = np.linspace(-8, 8, 400)
    p = sig(z)
    ax.plot(zs, sig(zs))
    ax.axhline(0.5, linestyle="--")
    ax.plot([z - 1.5, z + 1.5], [p - 1.5 * p * (1 - p), p + 1.5 * p * (1 - p)])
    ax.plot([z], [p], "o")
    ax.set_title(f"z = {z:.2f}, sigma(z) = {p:.3f}")
    plt.show()

slider = widgets.FloatSlider(value=0.0, min=-8.0, max=8.0, step=0.1)
slider.add_class("bench-interact-slider")
box = widgets.interactive(plot_sigmoid, z=slider)
box.add_class("bench-interact")
box
'''

IPYMPL = r'''import ipympl.backend_nbagg as nbagg
%matplotlib inline
from matplotlib.figure import Figure

fig = Figure(figsize=(7.0, 4.2), dpi=100)
canvas = nbagg.Canvas(fig)
manager = nbagg.FigureManager(canvas, 1)
canvas.header_visible = False
canvas.footer_visible = False
canvas.toolbar_visible = False
ax = fig.subplots()
zs = np.linspace(-8, 8, 400)
ax.plot(zs, sig(zs))
ax.axhline(0.5, linestyle="--")
(tangent,) = ax.plot([], [])
(point,) = ax.plot([], [], "o")
title = ax.set_title("")

def follow(change):
    z = change["new"]
    p = sig(z)
    tangent.set_data([z - 1.5, z + 1.5], [p - 1.5 * p * (1 - p), p + 1.5 * p * (1 - p)])
    point.set_data([z], [p])
    title.set_text(f"z = {z:.2f}, sigma(z) = {p:.3f}")
    canvas.draw_idle()

ipympl_slider = widgets.FloatSlider(value=0.0, min=-8.0, max=8.0, step=0.1)
ipympl_slider.add_class("bench-ipympl-slider")
ipympl_slider.observe(follow, names="value")
follow({"new": 0.0})
ipympl_box = widgets.VBox([ipympl_slider, canvas])
ipympl_box.add_class("bench-ipympl")
ipympl_box
'''

# Installed before the page loads: stamps key presses and ipympl's drawImage calls.
INIT_JS = r'''(() => {
  window.__bench = { key: 0, onDraw: null };
  window.addEventListener("keydown", () => { window.__bench.key = performance.now(); }, true);
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    const result = drawImage.apply(this, args);
    if (window.__bench.onDraw) window.__bench.onDraw(this.canvas);
    return result;
  };
})();'''

ARM_JS = r'''([selector, kind]) => {
  const root = document.querySelector(selector);
  const bench = window.__bench;
  const before = kind === "img" ? (root.querySelector("img") || {}).src : null;
  window.__pending = new Promise((resolve) => {
    const done = (changed) => requestAnimationFrame(() => requestAnimationFrame(
      () => resolve({ key: bench.key, changed, painted: performance.now() })));
    if (kind === "canvas") {
      bench.onDraw = (canvas) => {
        if (canvas.isConnected && root.contains(canvas)) {
          bench.onDraw = null;
          done(performance.now());
        }
      };
      return;
    }
    const observer = new MutationObserver(async () => {
      if (kind === "img") {
        const img = root.querySelector("img");
        if (!img || img.src === before) return;
        observer.disconnect();
        const changed = performance.now();
        try { await img.decode(); } catch (error) { /* counted as painted */ }
        done(changed);
        return;
      }
      observer.disconnect();
      done(performance.now());
    });
    observer.observe(root, { subtree: true, attributes: true, childList: true,
                             characterData: true });
  });
}'''

HANDLE_JS = r'''(selector) => {
  const h = document.querySelector(selector);
  return [Number(h.getAttribute("aria-valuenow")), Number(h.getAttribute("aria-valuemin")),
          Number(h.getAttribute("aria-valuemax"))];
}'''


class Target:
    def __init__(self, name, picture, kind, slider):
        self.name, self.picture, self.kind = name, picture, kind
        self.handle = f"{slider} .noUi-handle"
        self.times = []

    def press(self, page, record):
        now, low, high = page.evaluate(HANDLE_JS, self.handle)
        key = "ArrowRight" if now - low < high - now else "ArrowLeft"
        page.focus(self.handle)
        time.sleep(PAUSE_S)
        page.evaluate(ARM_JS, [self.picture, self.kind])
        page.keyboard.press(key)
        result = page.evaluate("() => Promise.race([window.__pending, new Promise((_, no) => "
                               f"setTimeout(() => no('no new picture'), {CHANGE_TIMEOUT_MS}))])")
        if record:
            self.times.append(result["painted"] - result["key"])
        time.sleep(PAUSE_S)


def explorer_targets(only):
    from helpers.widgets import EXPLORERS

    targets = []
    for name, cls in EXPLORERS.items():
        if only and name not in only:
            continue
        first = next(iter(cls().controls))
        targets.append((name, cls.__name__,
                        Target(name, f".s2p-{name}-view", "svg", f".s2p-{name}-{first}")))
    return targets


def notebook(explorers, with_ipympl):
    import nbformat

    cells = [nbformat.v4.new_code_cell(SETUP)]
    cells += [nbformat.v4.new_code_cell(f"hw.{cls}()") for _, cls, _ in explorers]
    cells.append(nbformat.v4.new_code_cell(INTERACT))
    if with_ipympl:
        cells.append(nbformat.v4.new_code_cell(IPYMPL))
    return nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})


def median(values):
    return statistics.median(values)


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def kernel_side(only):
    """Build and first-display times per explorer, in ms.

    Run it in a fresh process (:func:`in_a_fresh_process`): there, each explorer's
    first build draws its still layer, and the later ones reuse it.
    """
    from IPython.core.formatters import DisplayFormatter

    from helpers.widgets import EXPLORERS

    rows = []
    for name, cls in EXPLORERS.items():
        if only and name not in only:
            continue
        start = time.perf_counter()
        explorer = cls()
        cold = (time.perf_counter() - start) * 1000
        warm = []
        for _ in range(20):
            start = time.perf_counter()
            cls()
            warm.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        DisplayFormatter().format(explorer)
        display = (time.perf_counter() - start) * 1000
        rows.append((name, cold, median(warm), display))
    return rows


def in_a_fresh_process(func, *args):
    """``func(*args)`` run in a new interpreter, where nothing is cached yet."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(func, *args).result()


def code_size():
    files = [ROOT / "helpers" / "widgets.py", *sorted((ROOT / "helpers" / "explorers").glob("*"))]
    python = sum(len(p.read_text().splitlines()) for p in files if p.suffix == ".py")
    js = sum(len(p.read_text().splitlines()) for p in files if p.suffix == ".js")
    return python, js


def versions(browser):
    names = ["jupyterlab", "ipywidgets", "anywidget", "matplotlib", "numpy", "ipympl"]
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    found["chromium"] = browser.version
    found["python"] = platform.python_version()
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    reason = jb.missing()
    if reason:
        sys.exit(f"cannot run: {reason}")
    with_ipympl = util.find_spec("ipympl") is not None
    explorers = explorer_targets(args.only)
    targets = [target for _, _, target in explorers]
    targets.append(Target("interact + inline", ".bench-interact", "img",
                          ".bench-interact-slider"))
    if with_ipympl:
        targets.append(Target("ipympl", ".bench-ipympl", "canvas", ".bench-ipympl-slider"))

    from playwright.sync_api import sync_playwright

    scratch = Path(tempfile.mkdtemp(prefix="s2p-bench-"))
    try:
        (scratch / "nb").mkdir()
        import nbformat

        nbformat.write(notebook(explorers, with_ipympl), scratch / "nb" / "bench.ipynb")
        load = os.getloadavg()[0]
        server = jb.start_lab(scratch / "nb", scratch / "lab")
        try:
            with sync_playwright() as playwright:
                browser = jb.launch_browser(playwright)
                page = browser.new_page(viewport={"width": 1400, "height": 1400})
                page.add_init_script(INIT_JS)
                jb.open_notebook(page, server, "bench.ipynb")
                jb.run_all(page)
                jb.wait_until_run(page, server, len(explorers) + 2 + with_ipympl)
                for target in targets:
                    page.wait_for_selector(target.handle, timeout=jb.LONG)
                for round_number in range(args.warmup + args.changes):
                    for target in targets:
                        target.press(page, record=round_number >= args.warmup)
                found = versions(browser)
                browser.close()
        finally:
            server.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    baseline = median(targets[len(explorers)].times)
    print(f"# key press -> painted, JupyterLab, {args.changes} presses each "
          f"(load average {load:.1f} at the start)")
    print(f"{'target':<20} {'median ms':>10} {'p95 ms':>8} {'x interact':>11}  targets")
    for target in targets:
        m, p = median(target.times), p95(target.times)
        verdict = ""
        if target.kind == "svg":
            verdict = ("met" if m <= TARGET_MEDIAN_MS and p <= TARGET_P95_MS else "MISSED")
        print(f"{target.name:<20} {m:>10.1f} {p:>8.1f} {m / baseline:>11.3f}  {verdict}")
    print(f"\ntargets: median <= {TARGET_MEDIAN_MS:.0f} ms and p95 <= {TARGET_P95_MS:.0f} ms "
          "for every explorer")
    print("\n# in the kernel: build (layout drawn / layout cached) and first display (PNG), ms")
    for name, cold, warm, display in in_a_fresh_process(kernel_side, args.only):
        print(f"{name:<12} {cold:>8.1f} {warm:>8.2f} {display:>8.1f}")
    python, js = code_size()
    print(f"\n# code: helpers/widgets.py + helpers/explorers: {python} lines of Python, "
          f"{js} of JavaScript")
    print("\n" + json.dumps(found))


if __name__ == "__main__":
    main()
