"""The static course site: built once, served from 127.0.0.1 with every other request
blocked, and every explorer on it moved and checked against Python.

``tools/build_site.py`` builds every notebook of both editions (core, deeper,
solutions; English at the root, Korean under ``ko/``) into HTML pages with
saved widget state. Served by a plain static file server, each page must load
with no request leaving the host and none failing. Once per explorer and
edition, on the first page that shows it, every control is moved: the picture
changes and matches Python's frame for the values the controls show, and a
Korean explorer draws its Hangul with real glyphs. Nothing here has a kernel.
"""

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest

import build_site

from .explorer_pages import (
    SETTLE_TIMEOUT,
    assert_hangul_drawn_by,
    check_view,
    move_until_redrawn,
    read_views,
    view_by_id,
    wait_for_hangul,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser



class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(scratch, playwright_driver):
    """The whole site, built once into the session's scratch directory."""
    return build_site.build(scratch / "site")


@pytest.fixture(scope="session")
def site_url(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def pages(site):
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


def open_offline(page, url, base):
    """Open ``url`` with every request outside ``base`` blocked; returns what went wrong."""
    trouble = []

    def route(request_route):
        if request_route.request.url.startswith(base):
            request_route.continue_()
        else:
            trouble.append(f"blocked {request_route.request.url}")
            request_route.abort()

    page.route("**/*", route)
    page.on("response", lambda r: trouble.append(f"{r.status} {r.url}") if r.status >= 400
            else None)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return trouble


def test_the_site_has_every_notebook_of_both_editions_and_their_indexes(site):
    built = set(pages(site))
    for language, prefix in (("en", ""), ("ko", "ko/")):
        expected = {f"{folder + '/' if folder else ''}{path.stem}.html"
                    for folder, path in build_site.notebooks(language)}
        assert {prefix + page for page in expected} | {prefix + "index.html"} <= built
        index = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert all(f'href="{page}"' in index for page in expected)
    assert len(built) == 2 * len(build_site.notebooks("en")) + 2
    assert (site / "assets" / "LICENSES.md").exists()
    assert (site / "assets" / "fonts" / "OFL.txt").exists()


def test_every_page_loads_with_no_request_leaving_the_host(site, site_url, browser):
    """Every page, one after another in one browser tab, as a reader would click
    through the site: its cache keeps the shared assets, and every request any page
    makes is recorded (there is no network to leave for, so one that tried would
    also fail)."""
    context = browser.new_context()
    trouble, errors = [], []

    def request(req):
        if req.url.startswith(("http:", "https:", "ws:", "wss:")) and not (
                req.url == site_url or req.url.startswith(site_url + "/")):
            trouble.append(f"left the host: {req.url}")

    context.on("request", request)
    context.on("response", lambda r: trouble.append(f"{r.status} {r.url}") if r.status >= 400
               else None)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        for relative in pages(site):
            page.goto(f"{site_url}/{relative}")
            if not relative.endswith("index.html"):  # formulas: typeset by the site's MathJax
                page.wait_for_function(
                    "() => document.querySelector('.MathJax_CHTML') !== null")
            page.wait_for_load_state("networkidle")
            assert not trouble, f"{relative}: {trouble}"
            assert not errors, f"{relative}: {errors}"
    finally:
        context.close()


def pages_per_explorer(site, prefix):
    """For each explorer, the first page of an edition (``prefix`` "" or "ko/") showing it."""
    chosen = {}
    for relative in pages(site):
        if relative.startswith("ko/") != (prefix == "ko/") or relative.endswith("index.html"):
            continue
        text = (site / relative).read_text(encoding="utf-8")
        for name in re.findall(r"s2p-(\w+)-view", text):
            chosen.setdefault(name, relative)
    return chosen


@pytest.mark.parametrize("prefix", ["", "ko/"], ids=["en", "ko"])
def test_every_explorer_on_the_site_moves_and_draws_what_python_computes(
        site, site_url, browser, prefix):
    from helpers.widgets import EXPLORERS

    chosen = pages_per_explorer(site, prefix)
    assert set(chosen) == set(EXPLORERS), f"explorers never found on the site: " \
        f"{set(EXPLORERS) - set(chosen)}"
    moved = {}
    for relative in sorted(set(chosen.values())):
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        trouble = open_offline(page, f"{site_url}/{relative}", site_url)
        page.wait_for_selector(".s2p-view svg")
        assert not trouble, f"{relative}: {trouble}"
        for view in read_views(page):
            check_view(view, f"{relative} as built")
            if prefix == "ko/":
                assert view["language"] == "ko", f"{relative}: {view['name']} is not Korean"
                wait_for_hangul(page, view["id"], f"{relative}: {view['name']}", SETTLE_TIMEOUT)
                assert_hangul_drawn_by(page, f".s2p-{view['name']} .widget-label",
                                       "S2P Hangul", f"{relative}: {view['name']}")
            for key in view["controls"]:
                action = move_until_redrawn(page, view, key, relative, SETTLE_TIMEOUT)
                check_view(view_by_id(page, view["id"]), f"{relative}: {action}")
                moved.setdefault(view["name"], set()).add(key)
        context.close()
    assert set(moved) == set(EXPLORERS)


def test_korean_pages_draw_hangul_with_the_site_font_and_link_their_twins(
        site, site_url, browser):
    relative = "ko/03_probability_and_odds.html"
    context = browser.new_context()
    page = context.new_page()
    trouble = open_offline(page, f"{site_url}/{relative}", site_url)
    assert not trouble, f"{relative}: {trouble}"
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    fonts = page.evaluate("""() => [...document.fonts]
        .filter(f => f.family.replace(/["']/g, '') === 'S2P Hangul' && f.status === 'loaded')
        .map(f => f.weight)""")
    assert fonts, "the prose did not load the site's Korean font"
    for selector in ("h1", "h2", ".jp-RenderedMarkdown p", ".jp-InputArea-editor pre"):
        assert_hangul_drawn_by(page, selector, "S2P Hangul", f"{relative} {selector}")
    assert page.evaluate("() => document.documentElement.lang") == "ko"
    english = page.locator("a.s2p-language")
    assert english.get_attribute("href") == "../03_probability_and_odds.html"
    english.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/03_probability_and_odds.html")
    assert page.locator("a.s2p-language").get_attribute("href") == \
        "ko/03_probability_and_odds.html"
    context.close()
