"""The notebooks in a real browser: JupyterLab 4, Notebook 7 and Voila in Chromium.

Each explorer is tested once per front end, not every notebook everywhere.

JupyterLab, for the lesson that teaches each explorer: open a temporary copy,
Run All, wait until the kernel is idle and every code cell has an execution count, and check that no
output is an error, a traceback or a widget placeholder ("Error displaying
widget", "Loading widget"). Then, for every explorer view on the page and every
one of its controls, move the control as a user does (a key on a slider's
handle, a value typed into its readout, another option or button, a click on a
checkbox) and check that:

* the view's image changes (its ``src``);
* the moved control's value changed in the kernel;
* every view of that explorer agrees with the kernel: each control's label, its
  readout (and the handle's ``aria-valuenow``), selected option or pressed
  button shows the kernel's value, and the image's bytes are the PNG the kernel
  explorer last published;
* that PNG is exactly what a new explorer built with those values draws, so the
  picture shows the state the controls show, not a stale one.

The kernel is asked through a second, silent client of the same kernel
(``user_expressions``): nothing is added to the notebook, which is never saved.

Notebook 7 gets a smaller pass on two notebooks: the explorer renders without
errors and a control move changes its image (with PageUp/PageDown, since it
swallows arrow keys on slider handles). Voila gets the same pass both ways the
teaching guide promises: standalone (``voila notebook.ipynb``) on one notebook,
and inside a running Jupyter server (``/voila/render/<path>``) on another.

No test asserts a time; the timeouts are generous because the machine may be loaded.
"""

import ast
import contextlib
import json
import math
import re
import sys
import time
import urllib.error
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import jupyter_browser as jb  # noqa: E402

from .conftest import unavailable  # noqa: E402

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
NOTEBOOK7 = ["02_sigmoid.ipynb", "07_softmax_in_practice.ipynb"]
VOILA_STANDALONE = "06_softmax_derivation.ipynb"
VOILA_IN_SERVER = "01_raw_scores.ipynb"

CHANGE_TIMEOUT = 60_000  # ms for a new image after a control moves
SETTLE_TIMEOUT = 60.0  # s for every view and the kernel to agree
HANDLE = ".noUi-handle, .ui-slider-handle"  # ipywidgets 8 (noUiSlider), 7 (jQuery UI)
MINUS = "\u2212"

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


# --- the page --------------------------------------------------------------------------

DISCOVER_JS = """() => {
    const found = {};
    for (const el of document.querySelectorAll('[class*="s2p-"]')) {
        for (const c of el.classList) {
            const m = /^s2p-([a-z0-9_]+)$/.exec(c);
            if (m && el.querySelector('.s2p-' + m[1] + '-image')) {
                found[m[1]] = (found[m[1]] || 0) + 1;
            }
        }
    }
    return found;
}"""

VIEW_JS = """([name, index]) => {
    const root = document.querySelectorAll('.s2p-' + name)[index];
    if (!root) return null;
    const prefix = 's2p-' + name + '-';
    const controls = {};
    for (const el of root.querySelectorAll('[class*="' + prefix + '"]')) {
        const cls = [...el.classList].find(c => c.startsWith(prefix));
        const key = cls.slice(prefix.length);
        if (key === 'image') continue;
        const c = {};
        const label = el.querySelector('.widget-label');
        c.label = label ? label.textContent : null;
        const readout = el.querySelector('.widget-readout');
        if (readout) c.readout = readout.textContent.trim() || readout.value || '';
        const handle = el.querySelector('.noUi-handle, .ui-slider-handle');
        if (handle) {
            for (const a of ['valuenow', 'valuetext', 'valuemin', 'valuemax']) {
                c[a] = handle.getAttribute('aria-' + a);
            }
        }
        const select = el.querySelector('select');
        if (select) {
            c.options = [...select.options].map(o => o.textContent);
            const chosen = select.options[select.selectedIndex];
            c.selected = chosen ? chosen.textContent : null;
        }
        const buttons = [...el.querySelectorAll('button')];
        if (buttons.length) {
            c.buttons = buttons.map(b => b.textContent.trim());
            c.active = buttons.filter(b => b.classList.contains('mod-active'))
                              .map(b => b.textContent.trim());
        }
        const box = el.querySelector('input[type=checkbox]');
        if (box) c.checked = box.checked;
        c.kind = el.classList.contains('widget-slider') || handle ? 'slider'
               : select ? 'dropdown' : buttons.length ? 'toggle' : box ? 'checkbox' : 'other';
        controls[key] = c;
    }
    const img = root.querySelector('.' + prefix + 'image');
    return {controls, src: img ? img.src : null};
}"""

IMAGE_SHA_JS = """async ([name, index]) => {
    const img = document.querySelectorAll('.s2p-' + name)[index]
                        .querySelector('.s2p-' + name + '-image');
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}"""

SRC_CHANGED_JS = """([name, index, before]) => {
    const root = document.querySelectorAll('.s2p-' + name)[index];
    const img = root && root.querySelector('.s2p-' + name + '-image');
    return img && img.src && img.src !== before;
}"""


def view_state(page, name, index):
    """What the page shows for view ``index`` of explorer ``name``, image hash included."""
    for _ in range(20):  # the blob behind src can be revoked by a newer frame: read again
        view = page.evaluate(VIEW_JS, [name, index])
        try:
            view["sha"] = page.evaluate(IMAGE_SHA_JS, [name, index])
        except Exception:  # a revoked blob: fetch fails
            time.sleep(0.2)
            continue
        if page.evaluate(VIEW_JS, [name, index])["src"] == view["src"]:
            return view
    raise AssertionError(f"could not read a stable image of {name} view {index}")


def assert_clean_outputs(page, where):
    errors = page.locator(ERROR_OUTPUT)
    texts = [errors.nth(i).text_content()[:300] for i in range(errors.count())]
    assert not texts, f"{where}: error output(s):\n" + "\n---\n".join(texts)
    outputs = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output')]
                                     .map(e => e.textContent)""")
    found = sorted({m.group(0) for text in outputs for m in ERROR_TEXT.finditer(text)})
    assert not found, f"{where}: outputs show {found}"


# --- the kernel --------------------------------------------------------------------------

# Run in the notebook's kernel in a private namespace: the explorers that exist,
# their controls and a hash of the PNG each last published; for the ones named in
# `fresh_for`, also the hash of what a new explorer with the same values draws.
STATE_CODE = r'''
import gc, hashlib, json, re
from helpers.widgets import Explorer

def _sha(data):
    return hashlib.sha256(data).hexdigest()

def _close(widget):
    for child in getattr(widget, "children", ()):
        _close(child)
    widget.close()

def _fresh_sha(explorer):
    kwargs = {}
    for key, value in explorer.values.items():
        match = re.fullmatch(r"([A-Za-z_]+?)(\d+)", key)
        if (match and match.group(1) not in explorer.controls
                and explorer._vector_keys(match.group(1))):
            kwargs.setdefault(match.group(1), []).append(value)
        else:
            kwargs[key] = value
    fresh = type(explorer)(**kwargs)
    fresh._s2p_probe = True
    try:
        return _sha(fresh.png)
    finally:
        _close(fresh.widget)

def _control(control):
    return {"type": type(control).__name__, "value": control.value,
            "label": getattr(control, "label", None),
            "description": control.description,
            **{k: getattr(control, k, None)
               for k in ("min", "max", "step", "base", "readout_format")}}

def state(fresh_for):
    found = []
    for obj in gc.get_objects():
        if not issubclass(type(obj), Explorer) or getattr(obj, "_s2p_probe", False):
            continue
        item = {"id": id(obj), "name": obj.name, "repr": repr(obj), "sha": _sha(obj.png),
                "controls": {k: _control(c) for k, c in obj.controls.items()}}
        if id(obj) in fresh_for:
            item["fresh_sha"] = _fresh_sha(obj)
        found.append(item)
    return json.dumps(found)
'''


def kernel_state(server, kernel_id, fresh_for=()):
    expression = (f"(lambda ns: (exec({STATE_CODE!r}, ns), "
                  f"ns['state']({set(fresh_for)!r}))[1])({{}})")
    reply = jb.kernel_eval(server, kernel_id, {"state": expression})
    return json.loads(ast.literal_eval(reply["state"]))


# --- comparing the two ----------------------------------------------------------------------


def _number(text):
    return float(text.replace(MINUS, "-"))


def readout_tolerance(control):
    """Half a unit of the last digit the readout format shows."""
    match = re.fullmatch(r"\.(\d+)([fgre]?)", control.get("readout_format") or ".2f")
    digits, kind = int(match.group(1)), match.group(2)
    value = abs(float(control["value"]))
    if kind in ("g", "r", "e") and value > 0:  # significant digits
        return 0.5 * 10 ** (math.floor(math.log10(value)) - digits + 1) * (1 + 1e-9)
    return 0.5 * 10 ** -digits + 1e-9


def handle_position(shown):
    """(what the handle says, its value, how far off that may be), or None (no aria)."""
    for attribute, tolerance in (("valuetext", 1e-6), ("valuenow", 0.05 + 1e-9)):
        text = shown.get(attribute)
        try:
            return f"aria-{attribute}={text}", float(text.replace(MINUS, "-")), tolerance
        except (AttributeError, ValueError):
            continue
    return None


def control_problems(key, shown, kernel):
    """How the page's control ``shown`` disagrees with the kernel's control ``kernel``."""
    problems = []
    if shown["label"] is not None and shown["label"] != kernel["description"]:
        problems.append(f"{key}: label {shown['label']!r}, kernel {kernel['description']!r}")
    value = kernel["value"]
    if shown["kind"] == "slider":
        if "readout" in shown:
            try:
                off = abs(_number(shown["readout"]) - float(value))
            except ValueError:
                off = math.inf
            if not off <= readout_tolerance(kernel):
                problems.append(f"{key}: readout {shown['readout']!r}, kernel value {value!r}")
        # noUiSlider writes aria-valuenow with toFixed(1) (0.21 shows as 0.2) and the
        # handle's value, unrounded, into aria-valuetext; for a log slider both are exponents.
        position = handle_position(shown)
        if position is not None:
            text, now, tolerance = position
            if kernel["type"] == "FloatLogSlider":
                now, tolerance = kernel["base"] ** now, tolerance * math.log(kernel["base"])
                tolerance = max(tolerance * float(value), 1e-6)
            if not math.isclose(now, float(value), rel_tol=1e-6, abs_tol=tolerance):
                problems.append(f"{key}: handle at {text}, kernel {value!r}")
    elif shown["kind"] == "dropdown":
        if shown["selected"] != kernel["label"]:
            problems.append(f"{key}: selected {shown['selected']!r}, kernel {kernel['label']!r}")
    elif shown["kind"] == "toggle":
        if shown["active"] != [kernel["label"]]:
            problems.append(f"{key}: pressed {shown['active']}, kernel {kernel['label']!r}")
    elif shown["kind"] == "checkbox":
        if shown["checked"] != bool(value):
            problems.append(f"{key}: checked {shown['checked']}, kernel {value!r}")
    else:
        problems.append(f"{key}: a control this test does not know how to read")
    return problems


def view_problems(view, explorers, where):
    """How a view disagrees with the kernel explorer whose PNG it shows (or that none is)."""
    matching = [e for e in explorers if e["sha"] == view["sha"]]
    if len(matching) != 1:
        shown = ", ".join(e["repr"] for e in explorers)
        return None, [f"{where}: the image is the PNG of {len(matching)} kernel explorer(s) "
                      f"(kernel has: {shown})"]
    explorer = matching[0]
    problems = []
    if set(view["controls"]) != set(explorer["controls"]):
        problems.append(f"{where}: controls on the page {sorted(view['controls'])}, "
                        f"in the kernel {sorted(explorer['controls'])}")
    for key, shown in view["controls"].items():
        if key in explorer["controls"]:
            problems += [f"{where}: {p}"
                         for p in control_problems(key, shown, explorer["controls"][key])]
    return explorer, problems


def settle(check, timeout=SETTLE_TIMEOUT):
    """Call ``check`` (returning a list of problems) until it finds none or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        problems = check()
        if not problems or time.monotonic() > deadline:
            return problems
        time.sleep(0.5)


# --- moving controls ---------------------------------------------------------------------


def slider_target(control, shown):
    """A value on the slider's grid, a quarter or three quarters along, far from the current."""
    log = control["type"] == "FloatLogSlider"
    low, high, step = control["min"], control["max"], control["step"]
    current = math.log(control["value"], control["base"]) if log else control["value"]
    candidates = [low + round(f * (high - low) / step) * step for f in (0.25, 0.75)]
    exponent = max(candidates, key=lambda v: abs(v - current))
    if log:
        return f"{control['base'] ** exponent:.3g}"
    digits = int(re.fullmatch(r"\.(\d+)f", control["readout_format"]).group(1))
    return f"{exponent:.{digits}f}"


def move(page, root, key, shown, control, how):
    """Move one control of the view ``root`` as a user would; return what was done."""
    element = root.locator(f".{root_class(root)}-{key}")
    element.scroll_into_view_if_needed()
    kind = shown["kind"]
    if kind == "slider" and how == "readout":
        text = slider_target(control, shown)
        readout = element.locator(".widget-readout")
        readout.click()
        readout.fill(text)
        readout.press("Enter")
        return f"typed {text} into the readout of {key}"
    if kind == "slider":
        at_max = shown.get("valuenow") is not None and float(shown["valuenow"]) >= float(
            shown["valuemax"]) - 1e-9
        if how == "page":
            press = "PageDown" if at_max else "PageUp"
        else:
            press = "ArrowLeft" if at_max else "ArrowRight"
        handle = element.locator(HANDLE).first
        handle.focus()
        page.keyboard.press(press)
        return f"pressed {press} on the handle of {key}"
    if kind == "dropdown":
        index = shown["options"].index(shown["selected"])
        choice = (index + 1) % len(shown["options"])
        element.locator("select").select_option(index=choice)
        return f"selected {shown['options'][choice]!r} in {key}"
    if kind == "toggle":
        choice = next(text for text in shown["buttons"] if text not in shown["active"])
        element.locator("button", has_text=choice).first.click()
        return f"clicked {choice!r} in {key}"
    if kind == "checkbox":
        element.locator("input[type=checkbox]").click()
        return f"clicked the checkbox {key}"
    raise AssertionError(f"{key}: cannot move a control of kind {kind}")


def root_class(root):
    return root.evaluate("e => [...e.classList].find(c => /^s2p-[a-z0-9_]+$/.test(c))")


def assert_fresh_draw(server, kernel_id, explorer, view, where):
    """The view's image is what a new explorer with the same values draws."""
    fresh = next(e for e in kernel_state(server, kernel_id, fresh_for=[explorer["id"]])
                 if e["id"] == explorer["id"])
    assert fresh["fresh_sha"] == fresh["sha"] == view["sha"], (
        f"{where}: the image is not what a new {fresh['repr']} draws")


def exercise_view(page, server, kernel_id, name, index, moves):
    """Move the controls of view ``index`` of explorer ``name`` and check the page after each.

    ``moves`` is a list of (control key or None for every control, how): how is
    "arrow" or "page" (keys on a slider handle) or "readout" (typing into it);
    other controls are moved their own way whatever ``how`` says.
    """
    where = f"{name} view {index}"
    root = page.locator(f".s2p-{name}").nth(index)
    root.scroll_into_view_if_needed()

    def agreement():
        view = view_state(page, name, index)
        explorer, problems = view_problems(view, kernel_state(server, kernel_id), where)
        return view, explorer, problems

    view, explorer, problems = agreement()
    if problems:  # the page may still be catching up with the last change
        problems = settle(lambda: agreement()[2])
        view, explorer, _ = agreement()
    assert not problems, "before any move:\n" + "\n".join(problems)
    assert_fresh_draw(server, kernel_id, explorer, view, f"{where} before any move")
    done = []
    for key, how in moves:
        keys = [key] if key else list(view["controls"])
        for control_key in keys:
            shown = view["controls"][control_key]
            if how == "readout" and shown["kind"] != "slider":
                continue
            before = explorer["controls"][control_key]["value"]
            action = move(page, root, control_key, shown, explorer["controls"][control_key], how)
            step = f"{where}: {action} ({explorer['repr']})"
            try:
                page.wait_for_function(SRC_CHANGED_JS, arg=[name, index, view["src"]],
                                       timeout=CHANGE_TIMEOUT, polling=100)
            except Exception as error:  # Playwright's TimeoutError
                now = [e["repr"] for e in kernel_state(server, kernel_id)
                       if e["id"] == explorer["id"]]
                raise AssertionError(f"{step}: the image did not change within "
                                     f"{CHANGE_TIMEOUT / 1000:.0f} s; the kernel explorer "
                                     f"is now {now}") from error
            server.wait_kernels_idle()

            def checked(explorer_id=explorer["id"], key=control_key, before=before):
                states = kernel_state(server, kernel_id)
                view = view_state(page, name, index)
                shown_explorer, problems = view_problems(view, states, where)
                if shown_explorer is not None and shown_explorer["id"] != explorer_id:
                    problems.append(f"{where}: now shows another explorer "
                                    f"({shown_explorer['repr']})")
                mine = [e for e in states if e["id"] == explorer_id]
                if mine and mine[0]["controls"][key]["value"] == before:
                    problems.append(f"{where}: {key} is still {before!r} in the kernel")
                for other in range(page.locator(f".s2p-{name}").count()):
                    if other != index:
                        problems += view_problems(view_state(page, name, other), states,
                                                  f"{name} view {other}")[1]
                return problems

            problems = settle(checked)
            assert not problems, f"after {step}:\n" + "\n".join(problems)
            view, explorer, problems = agreement()
            assert not problems, f"after {step}:\n" + "\n".join(problems)
            assert_fresh_draw(server, kernel_id, explorer, view, f"after {step}")
            done.append(action)
    return done


# --- JupyterLab: every notebook, every explorer, every control -------------------------------


def open_and_run_all(page, lab, copy, frontend):
    """Open the notebook ``copy`` in ``frontend`` ("lab" or "notebook"), Run All, wait
    for every cell, check the outputs and return the id of the notebook's kernel."""
    name = copy.name
    jb.open_notebook(page, lab, name, frontend=frontend)
    if frontend == "lab":
        assert page.locator(".jp-NotebookPanel").count() == 1, "other documents were reopened"
    jb.wait_for_cells(page, jb.cell_count(copy))
    jb.expand_hidden_inputs(page)
    jb.run_all(page)
    jb.wait_until_run(page, lab, jb.code_cell_count(copy))
    assert_clean_outputs(page, f"{name} after Run All in {frontend}")
    return lab.session_for(name)["kernel"]["id"]


@pytest.mark.parametrize("path", one_lesson_per_explorer(), ids=lambda p: p.stem)
def test_notebook_runs_and_every_explorer_follows_its_controls_in_jupyterlab(
        path, lab, page, notebook_copy, artefacts):
    name = path.name
    try:
        kernel_id = open_and_run_all(page, lab, notebook_copy / name, "lab")

        views = page.evaluate(DISCOVER_JS)
        expected = explorers_in(path)
        assert expected <= set(views), f"explorers not on the page: {expected - set(views)}"
        for explorer_name, count in sorted(views.items()):
            for index in range(count):
                # Every control once with the keyboard (arrow keys), then the first
                # slider's readout typed into, on every view of the explorer.
                done = exercise_view(page, lab, kernel_id, explorer_name, index,
                                     [(None, "arrow"),
                                      (first_slider(page, explorer_name, index), "readout")])
                print(f"{name}: {explorer_name} view {index}: " + "; ".join(done))
        assert_clean_outputs(page, f"{name} after moving the controls")
        screenshot(page, views, artefacts / f"lab-{path.stem}.png")
        assert not page.errors, f"page errors: {page.errors}"
    finally:
        lab.delete_sessions(name)


def screenshot(page, views, path):
    """The viewport with the first explorer's first view centred in it, saved to ``path``."""
    if views:
        page.evaluate("name => document.querySelector('.s2p-' + name)"
                      ".scrollIntoView({block: 'center'})", sorted(views)[0])
        page.wait_for_timeout(500)
    page.screenshot(path=str(path))


def first_slider(page, name, index):
    view = page.evaluate(VIEW_JS, [name, index])
    return next(key for key, c in view["controls"].items() if c["kind"] == "slider")


# --- Notebook 7 and Voila: a smaller pass --------------------------------------------------


@pytest.mark.parametrize("name", NOTEBOOK7, ids=lambda n: n.split(".")[0])
def test_explorer_renders_and_follows_a_slider_in_notebook7(
        name, lab, page, notebook_copy, artefacts):
    try:
        kernel_id = open_and_run_all(page, lab, notebook_copy / name, "notebook")
        views = page.evaluate(DISCOVER_JS)
        expected = explorers_in(notebook_copy / name)
        assert expected <= set(views), f"explorers not on the page: {expected - set(views)}"
        explorer_name = sorted(expected)[0]
        # Arrow keys do nothing on a handle in Notebook 7: PageUp/PageDown and the readout.
        slider = first_slider(page, explorer_name, 0)
        done = exercise_view(page, lab, kernel_id, explorer_name, 0,
                             [(slider, "page"), (slider, "readout")])
        print(f"{name} in Notebook 7: {explorer_name} view 0: " + "; ".join(done))
        screenshot(page, views, artefacts / f"notebook7-{Path(name).stem}.png")
        unexpected = [e for e in page.errors if not any(n in e for n in NOTEBOOK7_NOISE)]
        assert not unexpected, f"page errors: {unexpected}"
    finally:
        lab.delete_sessions(name)


def check_voila_page(page, url, notebook, where, artefact):
    """The explorers of ``notebook`` render at ``url`` and follow slider and toggle moves."""
    page.goto(url, timeout=jb.LONG)
    expected = explorers_in(notebook)
    for explorer_name in expected:
        page.wait_for_selector(f".s2p-{explorer_name}-image[src]", timeout=jb.LONG)
    page.wait_for_load_state("networkidle", timeout=jb.LONG)
    assert_clean_outputs(page, where)
    views = page.evaluate(DISCOVER_JS)
    assert expected <= set(views), f"explorers not on the page: {expected - set(views)}"
    for explorer_name in sorted(expected):
        root = page.locator(f".s2p-{explorer_name}").first
        root.scroll_into_view_if_needed()
        view = view_state(page, explorer_name, 0)
        for key, shown in view["controls"].items():
            if shown["kind"] not in ("slider", "toggle"):
                continue
            action = move(page, root, key, shown, None, "arrow")
            page.wait_for_function(SRC_CHANGED_JS, arg=[explorer_name, 0, view["src"]],
                                   timeout=CHANGE_TIMEOUT, polling=100)
            after = view_state(page, explorer_name, 0)
            assert after["sha"] != view["sha"], f"{action}: same picture in a new image"
            changed = {k for k, c in after["controls"].items() if c != view["controls"][k]}
            assert key in changed, f"{action}: the control shows no change ({after['controls']})"
            view = after
            print(f"{where}: {action}: new image")
    screenshot(page, views, artefact)
    assert_clean_outputs(page, f"{where} after moving controls")
    assert not page.errors, f"page errors: {page.errors}"


def test_explorers_render_and_follow_their_controls_in_voila_standalone(
        voila_server, page, notebook_copy, artefacts):
    notebook = notebook_copy / VOILA_STANDALONE
    server = voila_server(notebook)
    check_voila_page(page, server.url + "/", notebook, f"{notebook.name} in Voila",
                     artefacts / f"voila-{notebook.stem}.png")


def test_explorers_render_and_follow_their_controls_in_voila_inside_jupyter(
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
