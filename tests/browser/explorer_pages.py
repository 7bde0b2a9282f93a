"""Reading explorers off a page, moving their controls, and comparing with Python.

Shared by the JupyterLab, Notebook 7, Voila and static-site tests. The page is
read with no help from a kernel: each view says which explorer built it (its
scene carries the constructor's arguments), the controls say their values, and
the expected picture is computed here, in the test process, by
:meth:`helpers.explorers.core.Explorer.svg_frame`.
"""

import math
import re
import time

from helpers.messages import current_language, use_language
from helpers.widgets import EXPLORERS

TOLERANCE = 0.5  # SVG user units (points): far below what an eye can see
SETTLE_TIMEOUT = 30.0  # s for a page to show a state
MINUS = "\u2212"
HANDLE = ".noUi-handle, .ui-slider-handle"  # ipywidgets 8 (noUiSlider), 7 (jQuery UI)

READ_JS = """() => {
  const views = [];
  for (const el of document.querySelectorAll('.s2p-view')) {
    const svg = el.querySelector('svg');
    const name = [...el.classList].map(c => /^s2p-(\\w+)-view$/.exec(c)).find(Boolean);
    if (!svg || !name) continue;
    const root = el.closest('.s2p-' + name[1]);
    const marks = {};
    for (const m of el.querySelectorAll('[data-mark]')) {
      const id = m.dataset.mark;
      if (m.style.display === 'none') { marks[id] = null; continue; }
      if (m.dataset.kind === 'cells') {
        marks[id] = {cells: [...m.children].map(r => [r.getAttribute('fill'),
                                                      +r.getAttribute('fill-opacity')])};
      } else if (m.tagName === 'polyline') {
        marks[id] = {points: (m.getAttribute('points') || '').trim().split(/\\s+/)
                              .filter(Boolean).map(p => p.split(',').map(Number))};
      } else if (m.tagName === 'text') {
        marks[id] = {x: +m.getAttribute('x'), y: +m.getAttribute('y'), text: m.textContent};
      } else if (m.querySelector('rect')) {
        const r = m.querySelector('rect');
        marks[id] = {x: +r.getAttribute('x'), y: +r.getAttribute('y'),
                     w: +r.getAttribute('width'), h: +r.getAttribute('height')};
      } else {
        marks[id] = {points: [...m.children].map(c => [+c.dataset.x, +c.dataset.y])};
      }
    }
    const controls = {};
    const prefix = 's2p-' + name[1] + '-';
    for (const c of (root ? root.querySelectorAll('[class*="' + prefix + '"]') : [])) {
      const cls = [...c.classList].find(k => k.startsWith(prefix));
      const key = cls.slice(prefix.length);
      if (key === 'view' || key === 'image') continue;
      const handle = c.querySelector('.noUi-handle, .ui-slider-handle');
      const select = c.querySelector('select');
      const buttons = [...c.querySelectorAll('button')];
      const readout = c.querySelector('.widget-readout');
      controls[key] = {
        kind: handle ? 'slider' : select ? 'dropdown' : buttons.length ? 'toggle' : 'other',
        readout: readout ? (readout.value || readout.textContent || '').trim() : null,
        selected: select ? select.selectedIndex : null,
        options: select ? select.options.length : buttons.length,
        active: buttons.findIndex(b => b.classList.contains('mod-active')),
      };
    }
    const texts = [...el.querySelectorAll('text.s2p-mark')];
    const family = texts.length ? texts[0].getAttribute('font-family') : '';
    const face = /"([^"]+)"/.exec(family || '');
    // Two syllables drawn in the view's own font: a missing font draws both as one box.
    const glyphs = (ch) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64; canvas.height = 64;
      const context = canvas.getContext('2d');
      context.font = '48px ' + (face ? '"' + face[1] + '"' : 'serif');
      context.fillText(ch, 4, 52);
      return canvas.toDataURL();
    };
    const labels = [root ? root.textContent : '', ...texts.map(t => t.textContent)]
                     .join(' ').match(/[\uac00-\ud7a3]+/g) || [];
    const syllables = [...new Set(labels.join(''))];  // two it draws, so the font has them
    const hangul = {
      family: face ? face[1] : null,
      loaded: face ? [...document.fonts].some(f => f.family.replace(/["']/g, '') === face[1]
                                                  && f.status === 'loaded') : false,
      distinct: syllables.length > 1 && glyphs(syllables[0]) !== glyphs(syllables[1]),
      labels,
    };
    views.push({name: name[1], id: el.dataset.s2pId, marks, controls, hangul,
                language: el.dataset.s2pLanguage || 'en',
                arguments: JSON.parse(el.dataset.s2pArguments || '{}'),
                drawn: JSON.parse(el.dataset.s2pValues || 'null'),
                label: svg.getAttribute('aria-label'),
                width: svg.getBoundingClientRect().width});
  }
  return views;
}"""


def read_views(page):
    """Every explorer view on the page, as READ_JS describes it."""
    return page.evaluate(READ_JS)


def view_by_id(page, view_id):
    return next(v for v in read_views(page) if v["id"] == view_id)


def explorer_for(view, arguments):
    """A Python explorer built like the one on the page, in the page's language."""
    before = current_language()
    use_language(view["language"])
    try:
        return EXPLORERS[view["name"]](**arguments)
    finally:
        use_language(before)


def check_hangul(view, where):
    """A Korean view draws Hangul with real glyphs of the font it carries."""
    hangul = view["hangul"]
    assert hangul["labels"], f"{where}: {view['name']} shows no Hangul"
    assert hangul["family"] and hangul["family"].startswith("S2P Hangul"), \
        f"{where}: {view['name']} draws its text in {hangul['family']!r}"
    assert hangul["loaded"], f"{where}: the font {hangul['family']!r} is not loaded"
    assert hangul["distinct"], f"{where}: two syllables draw the same box"


def fonts_drawing(page, selector):
    """For each element matching ``selector`` whose text has Hangul, the fonts Chromium
    actually drew its own glyphs with (DevTools protocol: CSS.getPlatformFontsForNode)."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        found = {}
        for node in session.send("DOM.querySelectorAll",
                                 {"nodeId": root, "selector": selector})["nodeIds"]:
            html = session.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
            text = re.sub(r"<[^>]+>", "", html)
            if re.search("[\uac00-\ud7a3]", text):
                # JupyterLab lays out only the cells near the viewport: bring it there.
                session.send("DOM.scrollIntoViewIfNeeded", {"nodeId": node})
                page.wait_for_timeout(100)
                fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
                if fonts:  # none: all its text is in its children (a formula's spans)
                    found[text.strip()[:40]] = sorted({f["familyName"] for f in fonts})
        return found
    finally:
        session.detach()


def assert_hangul_drawn_by(page, selector, family, where):
    """Every element of ``selector`` with Hangul is drawn partly with ``family``*."""
    found = fonts_drawing(page, selector)
    assert found, f"{where}: nothing with Hangul matches {selector!r}"
    wrong = {text: fonts for text, fonts in found.items()
             if not any(f.startswith(family) for f in fonts)}
    assert not wrong, f"{where}: Hangul drawn without {family!r}: {wrong}"


def wait_for_hangul(page, view_id, where, timeout=30.0):
    """Wait until a Korean view's font has loaded, then check its Hangul (check_hangul)."""
    deadline = time.monotonic() + timeout
    while True:
        view = view_by_id(page, view_id)
        try:
            check_hangul(view, where)
            return view
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def controls_disagree(explorer, view, values):
    """Where the controls on the page show other values than the picture was drawn for.

    A slider shows its value in its readout, to the readout's digits (its
    handle's ``aria-valuenow`` is rounded to one decimal by ipywidgets 8, and
    absent in ipywidgets 7); a selection shows its option by position, and a
    selection slider by its label.
    """
    found = []
    for key, control in explorer.controls.items():
        shown, value = view["controls"][key], values[key]
        options = list(getattr(control, "options", ()))
        if not options:
            number = float(shown["readout"].replace(MINUS, "-"))
            close = abs(number - value) <= control.step / 2 + 1e-9
        else:
            if shown["kind"] == "dropdown":
                index = shown["selected"]
            elif shown["kind"] == "toggle":
                index = shown["active"]
            else:
                index = [label for label, _ in options].index(shown["readout"])
            number = options[index][1]
            close = number == value
        if not close:
            found.append(f"{key}: the control shows {number}, the picture has {value}")
    return found


def _pairwise(key, field, want, got, close):
    """Where two lists of a mark (its points or cells) differ: their lengths, or items."""
    if len(want[field]) != len(got[field]):
        return [f"{key}: {len(want[field])} {field}, drawn {len(got[field])}"]
    off = [(w, g) for w, g in zip(want[field], got[field], strict=True) if not close(w, g)]
    return [f"{key}: {len(off)} {field} differ, first {off[:2]}"] if off else []


def problems(expected, drawn):
    """Where the page's marks differ from Python's: positions beyond TOLERANCE, texts at all."""
    found = []
    for key, want in expected.items():
        got = drawn.get(key)
        if want is None or got is None:
            if want is not got:  # one is hidden, the other drawn
                found.append(f"{key}: expected {want}, drawn {got}")
            continue
        if "cells" in want:  # (colour, opacity) per cell
            found += _pairwise(key, "cells", want, got,
                               lambda w, g: w[0] == g[0] and abs(w[1] - g[1]) <= 1e-3)
            continue
        if "points" in want:
            found += _pairwise(key, "points", want, got,
                               lambda w, g: math.dist(w, g) <= TOLERANCE)
            continue
        for field, value in want.items():
            if field == "text":
                if value != got["text"]:
                    found.append(f"{key}: text {value!r}, drawn {got['text']!r}")
            elif abs(value - got[field]) > TOLERANCE:
                found.append(f"{key}.{field}: {value:.3f}, drawn {got[field]:.3f}")
    return found


def check_view(view, where):
    """The view's picture is Python's frame for the values it was drawn for, and those
    are the values its controls show. Returns the values."""
    explorer = explorer_for(view, view["arguments"])
    values = view["drawn"]
    assert values is not None, f"{where}: {view['name']} has drawn nothing"
    wrong = controls_disagree(explorer, view, values)
    expected = explorer.svg_frame(values)
    wrong += problems(expected, view["marks"])
    for key, style in explorer.view.scene["marks"].items():  # what a screen reader says
        if style["kind"] == "text" and style["readout"] and expected[key] is not None:
            said = f"{style['name']} {expected[key]['text']}".strip()
            if said not in (view["label"] or ""):
                wrong.append(f"{key}: {said!r} is not in the label {view['label']!r}")
    assert not wrong, f"{where}: {view['name']} at {values}:\n" + "\n".join(wrong[:12])
    assert view["width"] <= 840.5, f"{where}: {view['name']} is {view['width']} px wide"
    return values


def move(page, view, key, how="arrow"):
    """Move one control as a user does; returns a description of the move."""
    root = page.locator(f'.s2p-view[data-s2p-id="{view["id"]}"]').locator(
        f"xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), "
        f"' s2p-{view['name']} ')][1]")
    control = root.locator(f".s2p-{view['name']}-{key}")
    shown = view["controls"][key]
    control.scroll_into_view_if_needed()
    if shown["kind"] == "slider":
        handle = control.locator(HANDLE).first
        handle.focus()
        up, down = {"arrow": ("ArrowRight", "ArrowLeft"), "page": ("PageUp", "PageDown")}[how]
        readout = control.locator(".widget-readout").first

        def reading():
            return readout.evaluate("r => (r.value || r.textContent || '').trim()")

        before = reading()
        handle.press(up)
        if reading() != before:
            return f"{key}: {up}"
        handle.press(down)  # at the top of its range: the other way
        return f"{key}: {down}"
    if shown["kind"] == "dropdown":
        index = (shown["selected"] + 1) % shown["options"]
        control.locator("select").select_option(index=index)
        return f"{key}: option {index}"
    if shown["kind"] == "toggle":
        index = (shown["active"] + 1) % shown["options"]
        control.locator("button").nth(index).click()
        return f"{key}: button {index}"
    raise AssertionError(f"{key}: a control of kind {shown['kind']} cannot be moved")


def move_until_redrawn(page, view, key, where, timeout=30.0):
    """Move one control (see :func:`move`), wait until the picture changes; the action."""
    before = view_by_id(page, view["id"])
    action = move(page, before, key)
    deadline = time.monotonic() + timeout
    while view_by_id(page, view["id"])["marks"] == before["marks"]:
        assert time.monotonic() < deadline, f"{where}: {action}: the picture is still"
        time.sleep(0.05)
    return action
