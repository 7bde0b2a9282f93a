"""The static course site: built once, served from 127.0.0.1 with every other request
blocked, and every explorer on it moved and checked against Python.

``tools/build_site.py`` builds every notebook (core, deeper, solutions) into
HTML pages with saved widget state. Served by a plain static file server, each
page must load with no request leaving the host and none failing, and on each
page with explorers, every control of every explorer is moved: the picture
changes and matches Python's frame for the values the controls show. Nothing
here has a kernel.
"""

import functools
import http.server
import sys
import threading
from pathlib import Path

import pytest

from .explorer_pages import check_view, move_until_redrawn, read_views, view_by_id

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_site  # noqa: E402

pytestmark = pytest.mark.browser

SETTLE_TIMEOUT = 30.0


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


def test_the_site_has_every_notebook_and_an_index(site):
    built = set(pages(site))
    expected = {f"{folder + '/' if folder else ''}{path.stem}.html"
                for folder, path in build_site.notebooks()}
    assert expected | {"index.html"} == built
    index = (site / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{page}"' in index for page in expected)
    assert (site / "assets" / "LICENSES.md").exists()


def test_every_page_loads_with_no_request_leaving_the_host(site, site_url, browser):
    for relative in pages(site):
        context = browser.new_context()
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))  # noqa: B023
        trouble = open_offline(page, f"{site_url}/{relative}", site_url)
        if relative != "index.html":  # the formulas are typeset by the site's own MathJax
            page.wait_for_function("() => document.querySelector('.MathJax_CHTML') !== null")
        context.close()
        assert not trouble, f"{relative}: {trouble}"
        assert not errors, f"{relative}: {errors}"


def test_every_explorer_on_the_site_moves_and_draws_what_python_computes(
        site, site_url, browser):
    moved = {}
    for relative in pages(site):
        if "application/vnd.jupyter.widget-view+json" not in (site / relative).read_text(
                encoding="utf-8"):
            continue  # no widget on this page
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        trouble = open_offline(page, f"{site_url}/{relative}", site_url)
        page.wait_for_selector(".s2p-view svg")
        assert not trouble, f"{relative}: {trouble}"
        for view in read_views(page):
            check_view(view, f"{relative} as built")
            for key in view["controls"]:
                action = move_until_redrawn(page, view, key, relative, SETTLE_TIMEOUT)
                check_view(view_by_id(page, view["id"]), f"{relative}: {action}")
                moved.setdefault(view["name"], set()).add(key)
        context.close()
    from helpers.widgets import EXPLORERS

    assert set(moved) == set(EXPLORERS), f"explorers never found on the site: " \
        f"{set(EXPLORERS) - set(moved)}"
