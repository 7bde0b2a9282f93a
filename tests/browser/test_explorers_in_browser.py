"""The explorers in a real browser: JupyterLab 4, Notebook 7 and Voila in Chromium.

Each explorer is tested once per front end, not every notebook everywhere.

JupyterLab, for the lesson that teaches each explorer (in each edition, English
and Korean): open a temporary copy,
Run All, wait until every code cell has run, and check that no output is an
error, a traceback or a widget placeholder. Then, for every explorer view:

* **the browser draws what Python computes.** The kernel sets the explorer's
  controls to each state of its grid (``tests/test_explorer_frames.py``: the
  extremes, ties, a reference change, base < 1, T = 0.01). After each, the
  page's marks must sit where :meth:`Explorer.svg_frame` puts them, within 0.5
  SVG units, and its readouts must be Python's strings exactly; the kernel's
  ``explorer.values`` must be what the controls show.
* **the picture moves with the kernel stopped.** The kernel is shut down; every
  control is moved as a user does (a key on a slider's handle, another option,
  another button), and the picture changes and again matches Python's frame,
  computed here in the test process.

The Korean lessons get the same run, and the check that Hangul is drawn with
real glyphs of the font the explorer brings, but not the grid of states, which
is the same code. Notebook 7 (02 and 07) and Voila (standalone on 06, inside the Jupyter server
at ``/voila/render/`` on 01) get one move of every control, checked the same way.
The static site has its own test (``test_static_site.py``).

No test asserts a time; the timeouts are generous because the machine may be loaded.
"""

import ast
import contextlib
import json
import re
import time
import urllib.error
from pathlib import Path

import pytest

import jupyter_browser as jb
from test_explorer_frames import GRIDS

from .conftest import unavailable
from .explorer_pages import (
    SETTLE_TIMEOUT,
    assert_hangul_drawn_by,
    check_view,
    move,
    move_until_redrawn,
    problems,
    read_views,
    view_by_id,
    wait_for_hangul,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
KOREAN = sorted((ROOT / "notebooks" / "ko").glob("[0-9][0-9]_*.ipynb"))
NOTEBOOK7 = ["02_sigmoid.ipynb", "07_softmax_in_practice.ipynb"]
VOILA_STANDALONE = "06_softmax_derivation.ipynb"
VOILA_IN_SERVER = "01_raw_scores.ipynb"
KERNEL_GONE = "Cannot send"  # a widget's message to a kernel that was shut down

ERROR_OUTPUT = ('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
                ".jp-OutputArea-output.jp-mod-error")
ERROR_TEXT = re.compile(r"Traceback \(most recent call last\)|Error displaying widget"
                        r"|Loading widget|Failed to load model class|Could not create")
# Raised on every load of Notebook 7 whatever the notebook (see the browser-testing notes).
NOTEBOOK7_NOISE = ("reading 'schema'", "Command 'filebrowser:open-path' not registered")


def explorers_in(path):
    """The explorer names a notebook's code makes: SigmoidExplorer( -> sigmoid."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    return {name.lower() for name in re.findall(r"\b([A-Z][a-z]+)Explorer\(", code)}


def one_lesson_per_explorer(paths=NOTEBOOKS):
    """The lessons to run in JupyterLab: the last lesson that makes each explorer.

    An explorer shown again as a preview (00 shows the sigmoid explorer that 02
    teaches) is covered by the lesson that teaches it.
    """
    teaching = {}
    for path in paths:
        for name in explorers_in(path):
            teaching[name] = path
    return sorted(set(teaching.values()))


def assert_clean_outputs(page, where):
    errors = page.locator(ERROR_OUTPUT)
    texts = [errors.nth(i).text_content()[:300] for i in range(errors.count())]
    assert not texts, f"{where}: error output(s):\n" + "\n---\n".join(texts)
    outputs = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output')]
                                     .map(e => e.textContent)""")
    found = sorted({m.group(0) for text in outputs for m in ERROR_TEXT.finditer(text)})
    assert not found, f"{where}: outputs show {found}"


def settled(page, view_id, where, want_values=None, timeout=SETTLE_TIMEOUT):
    """The view once it matches Python's frame (and ``want_values``, if given)."""
    deadline = time.monotonic() + timeout
    while True:
        view = view_by_id(page, view_id)
        try:
            values = check_view(view, where)
            if want_values is None or values == want_values:
                return view, values
            error = f"{where}: the controls show {values}, the kernel has {want_values}"
        except AssertionError as failure:
            error = str(failure)
        if time.monotonic() > deadline:
            raise AssertionError(error)
        time.sleep(0.1)


def move_every_control(page, views, where):
    """Move each control of each view once; the picture changes and matches Python."""
    done = []
    for view in views:
        for key in view["controls"]:
            action = move_until_redrawn(page, view, key, where, SETTLE_TIMEOUT)
            settled(page, view["id"], f"{where}: {action}")
            done.append(f"{view['name']} {action}")
    return done


# --- JupyterLab ----------------------------------------------------------------------------

# Run in the kernel: the notebook's explorers by view id, and whether the kernel has
# heard from the page about every control (its view's state holds each control's value,
# or index, up to the rounding of a slider's position in the browser).
KERNEL_CODE = """
import json
from helpers.widgets import live_explorers

_s2p = {e.view.model_id: e for e in live_explorers()}

def _s2p_heard(e):
    state = e.view.get_state(list(e.controls))
    def near(shown, value):
        return shown == value or (isinstance(shown, float) and isinstance(value, float)
                                  and abs(shown - value) < 1e-9)
    return all(near(state[k], c.value) or state[k] == getattr(c, "index", None)
               for k, c in e.controls.items())
"""
KERNEL_SETUP = f"exec({KERNEL_CODE!r}) or len(_s2p)"


def kernel_set(server, kernel_id, view_id, state, timeout=SETTLE_TIMEOUT):
    """Set a state from the kernel; the values the kernel then holds.

    The page's messages reach the kernel through the server, and this request
    reaches it directly: it waits until the kernel has heard the page's last
    change, or that change, arriving after this one, would undo it.
    """
    deadline = time.monotonic() + timeout
    heard = f"_s2p_heard(_s2p[{view_id!r}])"
    while jb.kernel_eval(server, kernel_id, {"heard": heard})["heard"] != "True":
        if time.monotonic() > deadline:
            raise AssertionError(f"the kernel never heard the page's state of {view_id}")
        time.sleep(0.05)
    result = jb.kernel_eval(server, kernel_id, {"values": (
        f"_s2p[{view_id!r}].set(**{state!r}) and json.dumps(_s2p[{view_id!r}].values)")})
    return json.loads(ast.literal_eval(result["values"]))


def open_and_run_all(page, lab, copy, frontend, name=None):
    """Open the notebook ``copy`` (``name`` below the server's root, by default its file
    name) in ``frontend`` ("lab" or "notebook"), Run All, wait for every cell, check the
    outputs and return the id of the notebook's kernel."""
    name = name or copy.name
    jb.open_notebook(page, lab, name, frontend=frontend)
    if frontend == "lab":
        assert page.locator(".jp-NotebookPanel").count() == 1, "other documents were reopened"
    jb.wait_for_cells(page, jb.cell_count(copy))
    jb.expand_hidden_inputs(page)
    jb.run_all(page)
    jb.wait_until_run(page, lab, jb.code_cell_count(copy))
    assert_clean_outputs(page, f"{name} after Run All in {frontend}")
    return lab.session_for(name)["kernel"]["id"]


def fits(explorer_view, state):
    """Whether a grid state fits this view's explorer (its number of classes)."""
    sizes = {key: len(value) for key, value in state.items() if isinstance(value, list)}
    controls = explorer_view["controls"]
    return all(sum(1 for k in controls if re.fullmatch(f"{key}\\d+", k)) == size
               for key, size in sizes.items())


@pytest.mark.parametrize("path", one_lesson_per_explorer(), ids=lambda p: p.stem)
def test_every_explorer_draws_what_python_computes_and_moves_with_the_kernel_stopped(
        path, lab, page, notebook_copy, artefacts):
    name = path.name
    try:
        kernel_id = open_and_run_all(page, lab, notebook_copy / name, "lab")
        views = read_views(page)
        assert explorers_in(path) <= {v["name"] for v in views}, "explorers missing"
        assert int(jb.kernel_eval(lab, kernel_id, {"n": KERNEL_SETUP})["n"]) >= len(views)
        checked = 0
        for view in views:
            settled(page, view["id"], f"{name}: {view['name']} as run")
            _, grid = GRIDS[view["name"]]
            for state in (s for s in grid if fits(view, s)):
                values = kernel_set(lab, kernel_id, view["id"], state)
                settled(page, view["id"], f"{name}: {view['name']} set to {state}", values)
                checked += 1
        assert checked >= 8 * len({v["name"] for v in views}), f"only {checked} states fit"
        print(f"{name}: {checked} states drawn as Python computes them")
        screenshot(page, artefacts / f"lab-{path.stem}.png")

        assert not page.errors, f"page errors: {page.errors}"
        stop_kernel_and_move_every_control(page, lab, kernel_id, name)
    finally:
        lab.delete_sessions(name)


def stop_kernel_and_move_every_control(page, lab, kernel_id, name):
    """Shut the notebook's kernel down, then move every control: each picture follows."""
    lab.api(f"/api/kernels/{kernel_id}", method="DELETE")
    page.wait_for_selector("#jp-main-statusbar >> text=/No Kernel|Unknown|Dead|Idle/")
    done = move_every_control(page, read_views(page), f"{name} with no kernel")
    print(f"{name}, kernel stopped: " + "; ".join(done))
    assert_clean_outputs(page, f"{name} after moving the controls")
    # With the kernel gone, a moved control may still try to tell it ("Cannot send",
    # from the widget manager): expected, and nothing else is.
    unexpected = [e for e in page.errors if e != KERNEL_GONE]
    assert not unexpected, f"page errors with the kernel stopped: {unexpected}"


@pytest.mark.parametrize("path", one_lesson_per_explorer(KOREAN), ids=lambda p: f"ko-{p.stem}")
def test_every_korean_explorer_shows_hangul_and_moves_with_the_kernel_stopped(
        path, lab, page, notebook_copy, artefacts):
    # The Korean edition, once per explorer: Hangul drawn with the font the explorer
    # brings, the picture Python's (Korean readouts included), and every control moved
    # with the kernel stopped. The grid of states is the English test's: the same code.
    name = f"ko/{path.name}"
    try:
        kernel_id = open_and_run_all(page, lab, notebook_copy / name, "lab", name)
        views = read_views(page)
        assert explorers_in(path) <= {v["name"] for v in views}, "explorers missing"
        for view in views:
            assert view["language"] == "ko", f"{name}: {view['name']} is not Korean"
            settled(page, view["id"], f"{name}: {view['name']} as run")
            wait_for_hangul(page, view["id"], f"{name}: {view['name']}", SETTLE_TIMEOUT)
            assert_hangul_drawn_by(page, f".s2p-{view['name']} .widget-label, "
                                         f".s2p-{view['name']} text.s2p-mark",
                                   "S2P Hangul", f"{name}: {view['name']}")
        screenshot(page, artefacts / f"lab-ko-{path.stem}.png")
        assert not page.errors, f"page errors: {page.errors}"
        stop_kernel_and_move_every_control(page, lab, kernel_id, name)
    finally:
        lab.delete_sessions(name)


def screenshot(page, path):
    """The viewport with the first explorer centred in it, saved to ``path``."""
    page.evaluate("() => { const v = document.querySelector('.s2p-view');"
                  " if (v) v.scrollIntoView({block: 'center'}); }")
    page.wait_for_timeout(300)
    page.screenshot(path=str(path))


# --- Notebook 7 and Voila: one move of every control ------------------------------------------


@pytest.mark.parametrize("name", NOTEBOOK7, ids=lambda n: n.split(".")[0])
def test_explorers_draw_and_follow_their_controls_in_notebook7(
        name, lab, page, notebook_copy, artefacts):
    try:
        open_and_run_all(page, lab, notebook_copy / name, "notebook")
        views = [v for v in read_views(page)]
        assert explorers_in(notebook_copy / name) <= {v["name"] for v in views}
        for view in views:
            settled(page, view["id"], f"{name} in Notebook 7")
        # Arrow keys do nothing on a slider handle in Notebook 7: PageUp/PageDown do.
        done = []
        for view in views[:1]:
            for key in view["controls"]:
                before = view_by_id(page, view["id"])
                action = move(page, before, key, how="page")
                settled(page, view["id"], f"{name} in Notebook 7: {action}")
                assert view_by_id(page, view["id"])["marks"] != before["marks"], action
                done.append(action)
        print(f"{name} in Notebook 7: " + "; ".join(done))
        screenshot(page, artefacts / f"notebook7-{Path(name).stem}.png")
        unexpected = [e for e in page.errors if not any(n in e for n in NOTEBOOK7_NOISE)]
        assert not unexpected, f"page errors: {unexpected}"
    finally:
        lab.delete_sessions(name)


def check_voila_page(page, url, notebook, where, artefact):
    page.goto(url, timeout=jb.LONG)
    expected = explorers_in(notebook)
    for explorer_name in expected:
        page.wait_for_selector(f".s2p-{explorer_name}-view svg", timeout=jb.LONG)
    page.wait_for_load_state("networkidle", timeout=jb.LONG)
    assert_clean_outputs(page, where)
    views = read_views(page)
    assert expected <= {v["name"] for v in views}
    for view in views:
        settled(page, view["id"], where)
    done = move_every_control(page, views, where)
    print(f"{where}: " + "; ".join(done))
    screenshot(page, artefact)
    assert not page.errors, f"page errors: {page.errors}"


def test_explorers_draw_and_follow_their_controls_in_voila_standalone(
        voila_server, page, notebook_copy, artefacts):
    notebook = notebook_copy / VOILA_STANDALONE
    server = voila_server(notebook)
    check_voila_page(page, server.url + "/", notebook, f"{notebook.name} in Voila",
                     artefacts / f"voila-{notebook.stem}.png")


def test_explorers_draw_and_follow_their_controls_in_voila_inside_jupyter(
        lab, page, notebook_copy, artefacts):
    # The teaching guide's code-free view on a running server: /voila/render/<path>.
    reason = jb.missing(voila=True)
    if reason:
        unavailable(reason)
    notebook = notebook_copy / VOILA_IN_SERVER
    try:
        check_voila_page(page, f"{lab.url}/voila/render/{notebook.name}", notebook,
                         f"{notebook.name} in Voila inside Jupyter",
                         artefacts / f"voila-render-{notebook.stem}.png")
    finally:
        for kernel in lab.api("/api/kernels"):  # Voila's kernels have no session
            with contextlib.suppress(urllib.error.HTTPError):
                lab.api(f"/api/kernels/{kernel['id']}", method="DELETE")


def test_problems_reports_a_misplaced_mark():
    # The comparison itself can fail: a point 1 unit off and a changed readout are caught.
    want = {"point": {"points": [[10.0, 20.0]]}, "z": {"x": 1.0, "y": 2.0, "text": "0.50"}}
    assert not problems(want, want)
    moved = {"point": {"points": [[11.0, 20.0]]}, "z": {"x": 1.0, "y": 2.0, "text": "0.51"}}
    assert len(problems(want, moved)) == 2
    cells = {"regions": {"cells": [["#0072b2", 0.5], ["#d55e00", 0.25]]}}
    assert not problems(cells, cells)
    recoloured = {"regions": {"cells": [["#0072b2", 0.5], ["#0072b2", 0.25]]}}
    faded = {"regions": {"cells": [["#0072b2", 0.5], ["#d55e00", 0.3]]}}
    assert problems(cells, recoloured) and problems(cells, faded)
    assert problems(want, {"z": want["z"]}) == ["point: expected {'points': [[10.0, 20.0]]}, "
                                                "drawn None"]
