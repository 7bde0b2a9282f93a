"""Key press to new picture painted, in JupyterLab 4 in Chromium: every explorer and a baseline.

Run by hand (never a test): ``python benchmarks/bench_browser_latency.py``.
Options: ``--changes N`` (40 measured changes per explorer), ``--warmup N`` (3),
``--only NAME ...`` (explorers to measure; the baseline always runs).

It needs what the browser tests need: Playwright and Debian's ``chromium``
(``tools/jupyter_browser.py`` starts the server and the browser).

What it does
    A temporary notebook, in a temporary directory served by a temporary
    ``jupyter lab`` on loopback, gets one cell per explorer (its defaults) and
    one baseline cell: a sigmoid plot of the same size as the sigmoid explorer
    (700 x 420 px: curve, threshold, tangent, point, title, legend), redrawn by
    ``ipywidgets.interact`` with ``%matplotlib inline`` and ``plt.show()``,
    i.e. a new figure per change. The notebook is run with Run All, never saved.

What is measured, per change
    Rounds: in each round, every explorer's first slider and the baseline's
    slider get one key press each (ArrowRight or ArrowLeft, away from the
    nearer end), so that all of them see the same machine load. Before each
    press the slider's handle is focused (which scrolls it into view) and the
    page is left alone for 150 ms; after it, the script waits until the new
    picture is painted, then 150 ms more. The first ``--warmup`` rounds are not
    counted.

    The clock is the page's own ``performance.now()``, so no Playwright round
    trip is included: a capture-phase ``keydown`` listener stamps the press; a
    ``MutationObserver`` stamps the moment the ``<img>`` gets a new ``src`` (the
    explorer's ``Image`` keeps its ``<img>``, the baseline's Output widget puts
    in a new one); then ``img.decode()`` and two ``requestAnimationFrame``s
    stamp "painted".

    In the kernel, the notebook wraps each explorer's ``refresh`` (and its
    ``_update`` and ``_render``) and the baseline's callback with wall-clock
    stamps; browser, server and kernel share the machine's clock, so the page
    can place them on its own time line (``performance.timeOrigin``). That
    splits each change into: key -> kernel handler starts (browser, websocket,
    server, kernel queue); the handler (update the artists, render = blit +
    PNG, publish = the widget's ``value`` set and sent); handler end -> ``src``
    set in the page (server, browser, widget manager, blob URL); ``src`` ->
    painted (decode, two animation frames).

Output
    The median and 95th percentile of key -> painted per explorer and for the
    baseline, each median divided by the baseline's, the breakdown medians (the
    browser's part split into decode and the two animation frames), the
    PNG size, and the targets (median <= 40 ms and <= 0.4 x the baseline),
    which are reported, not asserted. Everything runs on one machine: the
    browser, the server and the kernel compete for its cores, so compare rows
    of one run, not runs.
"""

import argparse
import ast
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.dont_write_bytecode = True  # nothing written next to the sources
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import jupyter_browser as jb  # noqa: E402

TARGET_MEDIAN_MS = 40.0
TARGET_BASELINE_RATIO = 0.4
PAUSE_S = 0.150
CHANGE_TIMEOUT_MS = 20_000
BASELINE = "baseline"

# --- the notebook ---------------------------------------------------------------------------

SETUP = r'''%matplotlib inline
import json
import time

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

from helpers import widgets as hw

STAMPS = {}  # name -> one list of wall-clock stamps (ms) per redraw


def now():
    return time.time() * 1000.0


def instrument(name, explorer):
    """Stamp each redraw: start, artists updated, PNG rendered, published (benchmark only)."""
    stamps = STAMPS.setdefault(name, [])
    update, render, refresh = explorer._update, explorer._render, explorer.refresh
    current = []

    def timed_update():
        update()
        current.append(now())

    def timed_render():
        png = render()
        current.append(now())
        return png

    def timed_refresh():
        current[:] = [now()]
        refresh()
        current.append(now())
        stamps.append([*current, len(explorer.png)])

    explorer._update, explorer._render, explorer.refresh = (timed_update, timed_render,
                                                             timed_refresh)
    return explorer
'''

EXPLORER_CELL = "instrument({name!r}, hw.{cls}())"

BASELINE_CELL = r'''xs = np.linspace(-8.0, 8.0, 400)


def sig(x):
    return 1.0 / (1.0 + np.exp(-x))


def plot_sigmoid(z):
    """A new figure per change, as interact + %matplotlib inline does: the baseline."""
    start = now()
    fig, ax = plt.subplots(figsize=(7.0, 4.2), dpi=100)
    p = sig(z)
    slope = p * (1.0 - p)
    ax.plot(xs, sig(xs), label="σ(z)")
    ax.axhline(0.5, color="grey", linestyle="--", label="threshold 0.5")
    ax.plot([z - 1.5, z + 1.5], [p - 1.5 * slope, p + 1.5 * slope], "-.", color="C1")
    ax.plot([z], [p], "o", markersize=11, color="C1", markeredgecolor="black")
    ax.set_xlim(-8, 8)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("score z")
    ax.set_ylabel("probability σ(z)")
    ax.set_title(f"z = {z:.2f}, σ(z) = {p:.3f}, slope {slope:.3f}")
    ax.legend(loc="upper left")
    plt.show()
    STAMPS.setdefault("baseline", []).append([start, now(), 0])


baseline_z = widgets.FloatSlider(value=0.0, min=-8.0, max=8.0, step=0.1, description="score z",
                                 continuous_update=True, style={"description_width": "initial"},
                                 layout=widgets.Layout(width="420px"))
baseline_z.add_class("s2p-baseline-z")
baseline = widgets.interact(plot_sigmoid, z=baseline_z)
baseline.widget.out.add_class("s2p-baseline-out")
baseline.widget.add_class("s2p-baseline");
'''


def notebook(explorers):
    cells = [SETUP, *(EXPLORER_CELL.format(name=name, cls=cls) for name, cls in explorers),
             BASELINE_CELL]
    return {
        "cells": [{"cell_type": "code", "execution_count": None, "id": f"cell{i}",
                   "metadata": {}, "outputs": [], "source": source}
                  for i, source in enumerate(cells)],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                    "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }


def explorer_classes():
    """(name, class name) of every concrete explorer in helpers.widgets, in source order."""
    import inspect

    from helpers import widgets

    found = []
    for obj in vars(widgets).values():
        if (inspect.isclass(obj) and issubclass(obj, widgets.Explorer)
                and obj is not widgets.Explorer and obj.__module__ == widgets.__name__):
            found.append((obj.name, obj.__name__))
    return found


# --- the page -------------------------------------------------------------------------------

# Before the page loads: stamp the arrival of every large websocket message (a frame
# carrying a PNG), to split "handler end -> src set" into transfer and page work.
WEBSOCKET_JS = r'''(() => {
    const Native = window.WebSocket;
    window.__s2pBig = {at: null, size: 0};
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
                const data = event.data;
                const size = typeof data === 'string' ? data.length
                           : data.byteLength !== undefined ? data.byteLength : data.size;
                if (size > 10000) window.__s2pBig = {at: performance.now(), size};
            });
        }
    };
})();'''

LATENCY_JS = r'''() => {
    window.__s2pLatency = {
        arm(rootSelector, imgSelector, timeoutMs) {
            const root = document.querySelector(rootSelector);
            const first = root.querySelector(imgSelector);
            const before = first ? first.src : null;
            const rec = {key: null, dom: null, decoded: null, painted: null, src: null};
            const onKey = () => { if (rec.key === null) rec.key = performance.now(); };
            window.addEventListener('keydown', onKey, true);
            this.pending = new Promise((resolve, reject) => {
                const timer = setTimeout(() => {
                    observer.disconnect();
                    window.removeEventListener('keydown', onKey, true);
                    reject(new Error('no new image within ' + timeoutMs + ' ms'));
                }, timeoutMs);
                const observer = new MutationObserver(() => {
                    const img = root.querySelector(imgSelector);
                    if (rec.dom !== null || !img || !img.src || img.src === before) return;
                    rec.dom = performance.now();
                    rec.src = img.src;
                    rec.ws = window.__s2pBig.at;
                    observer.disconnect();
                    img.decode().catch(() => {}).then(() => {
                        rec.decoded = performance.now();
                        requestAnimationFrame(() => requestAnimationFrame(() => {
                            rec.painted = performance.now();
                            clearTimeout(timer);
                            window.removeEventListener('keydown', onKey, true);
                            resolve(rec);
                        }));
                    });
                });
                observer.observe(root, {subtree: true, childList: true, attributes: true,
                                        attributeFilter: ['src']});
            });
        },
        wait() { return this.pending; },
    };
    return performance.timeOrigin;
}'''

BYTES_JS = r'''async (src) => {
    if (src.startsWith('data:')) return Math.floor((src.length - src.indexOf(',') - 1) * 3 / 4);
    return (await (await fetch(src)).blob()).size;
}'''

HANDLE_JS = r'''(selector) => {
    const h = document.querySelector(selector);
    return [h.getAttribute('aria-valuenow'), h.getAttribute('aria-valuemin'),
            h.getAttribute('aria-valuemax')].map(Number);
}'''


class Target:
    """One slider and the picture it redraws."""

    def __init__(self, name, root, image, handle):
        self.name, self.root, self.image, self.handle = name, root, image, handle
        self.key = None
        self.records = []

    def choose_direction(self, page):
        now, low, high = page.evaluate(HANDLE_JS, self.handle)
        self.key = "ArrowRight" if high - now >= now - low else "ArrowLeft"

    def press(self, page):
        now, low, high = page.evaluate(HANDLE_JS, self.handle)
        if self.key == "ArrowRight" and now >= high:
            self.key = "ArrowLeft"
        elif self.key == "ArrowLeft" and now <= low:
            self.key = "ArrowRight"
        page.locator(self.root).scroll_into_view_if_needed()
        page.locator(self.handle).first.focus()
        time.sleep(PAUSE_S)
        page.evaluate("([r, i, t]) => { window.__s2pLatency.arm(r, i, t); }",
                      [self.root, self.image, CHANGE_TIMEOUT_MS])
        page.keyboard.press(self.key)
        record = page.evaluate("() => window.__s2pLatency.wait()")
        record["bytes"] = page.evaluate(BYTES_JS, record["src"])
        time.sleep(PAUSE_S)
        return record


def targets_for(explorers):
    found = []
    for name, _ in explorers:
        found.append(Target(name, f".s2p-{name}", f".s2p-{name}-image",
                            f".s2p-{name} .noUi-handle"))  # the first slider's handle
    found.append(Target(BASELINE, ".s2p-baseline", ".s2p-baseline-out img",
                        ".s2p-baseline-z .noUi-handle"))
    return found


# --- figures ---------------------------------------------------------------------------------


def median(values):
    return statistics.median(values) if values else float("nan")


def p95(values):
    if len(values) < 2:
        return float("nan")
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def breakdown(target, stamps, origin):
    """Per measured record: key->handler, update, render, publish, handler->DOM, DOM->painted."""
    rows = []
    on_page = [[t - origin for t in s[:-1]] for s in stamps]
    for record in target.records:
        match = next((s for s in on_page if record["key"] - 2.0 <= s[0] <= record["dom"]), None)
        if match is None:
            rows.append(None)
            continue
        start, end = match[0], match[-1]
        row = {"to kernel": start - record["key"], "handler": end - start,
               "to page": record["dom"] - end, "decode": record["decoded"] - record["dom"],
               "2 rAF": record["painted"] - record["decoded"]}
        if record.get("ws") is not None and record["ws"] >= end - 2.0:
            row.update({"ws in": record["ws"] - end, "ws→src": record["dom"] - record["ws"]})
        if len(match) == 4:
            row.update({"update": match[1] - match[0], "render": match[2] - match[1],
                        "publish": match[3] - match[2]})
        rows.append(row)
    return rows


def report(targets, stamps, origin):
    base = next(t for t in targets if t.name == BASELINE)
    base_median = median([r["painted"] - r["key"] for r in base.records])
    columns = ["to kernel", "update", "render", "publish", "handler", "to page", "ws in",
               "ws→src", "decode", "2 rAF"]
    print()
    print("key press -> new picture painted, ms (page clock); breakdown = medians, ms")
    header = (f"{'':<11}{'n':>4}{'median':>8}{'p95':>7}{'÷base':>7}{'→src':>7}  "
              + "".join(f"{c:>10}" for c in columns) + f"{'PNG kB':>8}")
    print(header)
    print("-" * len(header))
    verdicts = []
    for target in targets:
        latencies = [r["painted"] - r["key"] for r in target.records]
        rows = [r for r in breakdown(target, stamps.get(target.name, []), origin) if r]
        parts = "".join(
            f"{median([r[c] for r in rows if c in r]):>10.1f}" if any(c in r for r in rows)
            else f"{'':>10}" for c in columns)
        kilobytes = median([r["bytes"] for r in target.records]) / 1000
        m = median(latencies)
        to_src = median([r["dom"] - r["key"] for r in target.records])
        print(f"{target.name:<11}{len(latencies):>4}{m:>8.1f}{p95(latencies):>7.1f}"
              f"{m / base_median:>7.2f}{to_src:>7.1f}  {parts}{kilobytes:>8.1f}")
        if target is not base:
            verdicts.append((target.name, m, m / base_median))
    print()
    print("columns: median, p95 = key press -> painted; →src = key press -> img src set"
          " (the new frame is in the page, not yet decoded or painted);")
    print("to kernel = key press -> kernel handler starts; update / render / publish"
          " = the explorer's _update, _render (blit + PNG) and the rest of refresh (Image.value"
          " set and sent); handler = the whole kernel handler (baseline: plot_sigmoid with"
          " plt.show()); to page = handler end -> img src set, of which ws in = handler end ->"
          " the frame's websocket message arrives in the page, and ws→src = that message ->"
          " img src set (deserialising, widget manager, blob URL); decode = src -> img.decode()"
          " resolved; 2 rAF = then two animation frames (painted);"
          " ÷base = median / the baseline's median")
    print()
    print(f"targets (reported, not asserted): median <= {TARGET_MEDIAN_MS:.0f} ms and "
          f"<= {TARGET_BASELINE_RATIO} x the baseline ({base_median:.1f} ms)")
    for name, m, ratio in verdicts:
        absolute = "met" if m <= TARGET_MEDIAN_MS else "MISSED"
        relative = "met" if ratio <= TARGET_BASELINE_RATIO else "MISSED"
        print(f"  {name:<11} {m:6.1f} ms: {absolute:<6}   {ratio:5.2f} x baseline: {relative}")


def versions(browser):
    names = ["jupyterlab", "ipywidgets", "jupyterlab_widgets", "ipykernel", "matplotlib",
             "numpy", "playwright"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} -")
    return (f"Python {platform.python_version()}, Chromium {browser.version}, "
            + ", ".join(found))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=40, help="measured changes (40)")
    parser.add_argument("--warmup", type=int, default=3, help="uncounted rounds first (3)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="explorers to measure")
    args = parser.parse_args()

    reason = jb.missing()
    if reason:
        sys.exit(f"cannot run: {reason}")
    from playwright.sync_api import sync_playwright

    explorers = [(n, c) for n, c in explorer_classes() if not args.only or n in args.only]
    scratch = Path(tempfile.mkdtemp(prefix="s2p-latency-"))
    folder = scratch / "notebooks"
    folder.mkdir()
    (folder / "latency.ipynb").write_text(json.dumps(notebook(explorers), indent=1),
                                          encoding="utf-8")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"{len(explorers)} explorers + baseline, {args.warmup} warm-up rounds, "
          f"{args.changes} measured")
    server = jb.start_lab(folder, scratch / "lab")
    try:
        with sync_playwright() as playwright:
            browser = jb.launch_browser(playwright)
            print(versions(browser))
            page = browser.new_page(viewport={"width": 1280, "height": 1200})
            page.set_default_timeout(jb.LONG)
            page.add_init_script(WEBSOCKET_JS)
            jb.open_notebook(page, server, "latency.ipynb")
            jb.wait_for_cells(page, len(explorers) + 2)
            jb.run_all(page)
            jb.wait_until_run(page, server, len(explorers) + 2)
            targets = targets_for(explorers)
            for target in targets:
                page.wait_for_selector(f"{target.image}[src]")
                target.choose_direction(page)
            origin = page.evaluate(LATENCY_JS)
            started = time.monotonic()
            for round_ in range(args.warmup + args.changes):
                for target in targets:
                    record = target.press(page)
                    if round_ >= args.warmup:
                        target.records.append(record)
            elapsed = time.monotonic() - started
            session = server.session_for("latency.ipynb")
            reply = jb.kernel_eval(server, session["kernel"]["id"],
                                   {"stamps": "json.dumps(STAMPS)"})
            stamps = json.loads(ast.literal_eval(reply["stamps"]))
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{(args.warmup + args.changes) * len(targets)} key presses in {elapsed:.0f} s; "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    report(targets, stamps, origin)


if __name__ == "__main__":
    main()
