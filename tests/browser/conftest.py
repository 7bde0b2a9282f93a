"""Fixtures for the browser tests: one JupyterLab server and one Chromium per session.

The servers run on a temporary copy of ``notebooks/`` and keep all their state
under a scratch directory (see ``tools/jupyter_browser.py``); screenshots go to
``$S2P_ARTEFACTS`` if set, else to a temporary directory named at the end of the
run. Without Chromium or Playwright the tests are skipped, with the reason, or
fail with it when the environment variable ``CI`` is set.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

import jupyter_browser

ROOT = Path(__file__).resolve().parents[2]

VIEWPORT = {"width": 1280, "height": 1000}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab, Notebook 7 or Voila in Chromium (Playwright)")


def unavailable(reason):
    """Skip with ``reason``; under CI (``CI`` set) fail with it instead."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def scratch():
    path = Path(tempfile.mkdtemp(prefix="s2p-browser-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def artefacts():
    """Where screenshots go: ``$S2P_ARTEFACTS`` or a temporary directory (kept)."""
    path = os.environ.get("S2P_ARTEFACTS")
    path = Path(path) if path else Path(tempfile.mkdtemp(prefix="s2p-browser-artefacts-"))
    if path.resolve().is_relative_to(ROOT):
        pytest.fail(f"S2P_ARTEFACTS must be outside the checkout, not {path}", pytrace=False)
    path.mkdir(parents=True, exist_ok=True)
    _ARTEFACT_DIRS.append(path)
    return path


_ARTEFACT_DIRS = []


def pytest_terminal_summary(terminalreporter):
    for path in _ARTEFACT_DIRS:
        terminalreporter.write_line(f"browser test screenshots: {path}")


@pytest.fixture(scope="session")
def notebook_copy(scratch):
    """A temporary copy of the numbered notebooks: what the servers see."""
    return jupyter_browser.copy_notebooks(scratch / "notebooks")


@pytest.fixture(scope="session")
def playwright_driver():
    reason = jupyter_browser.missing()
    if reason:
        unavailable(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver):
    browser = jupyter_browser.launch_browser(playwright_driver)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def lab(playwright_driver, notebook_copy, scratch):
    """One ``jupyter lab`` for the session, serving the notebook copy."""
    server = jupyter_browser.start_lab(notebook_copy, scratch / "lab")
    yield server
    server.stop()


@pytest.fixture
def page(browser):
    """A fresh browser context and page; page errors are collected in ``page.errors``."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(jupyter_browser.LONG)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def voila_server(playwright_driver, scratch, request):
    """Start Voila on the notebook copy named by ``voila_server(name)``; stopped after."""
    reason = jupyter_browser.missing(voila=True)
    if reason:
        unavailable(reason)
    started = []

    def start(notebook):
        server = jupyter_browser.start_voila(notebook, scratch / f"voila-{len(started)}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()  # also shuts down the kernel each page load started
