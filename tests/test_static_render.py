"""The notebooks as GitHub and nbviewer show them: static HTML, no kernel.

These tests read what nbconvert's HTML export (what nbviewer runs) makes of the
committed notebooks. They guard the README's promise that on GitHub and
nbviewer each explorer shows a picture of its current state: every explorer
must show its PNG snapshot and every figure must be a picture; no output may
fall back to a widget's text, a figure's repr or a "Loading widget" placeholder.
"""

import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)
PLACEHOLDERS = re.compile(r"Error displaying widget|Loading widget|widget-view\+json|"
                          r"\w+Explorer\(|<Figure size|(Int|Float)Slider\(")


def png_outputs(nb):
    return [output for cell in nb.cells if cell.cell_type == "code"
            for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]


def rendered(nb):
    html, _ = HTMLExporter().from_notebook_node(nb)
    return BeautifulSoup(html, "html.parser")


def _label(path):
    return path.relative_to(ROOT / "notebooks").with_suffix("").as_posix()


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=_label)
def exported(request):
    nb = nbformat.read(request.param, as_version=4)
    return nb, rendered(nb)


def test_every_figure_and_explorer_is_a_picture(exported):
    nb, page = exported
    pictures = [img["src"] for img in page.select(".jp-OutputArea-output img")]
    assert len(pictures) == len(png_outputs(nb))
    title = "".join(nb.cells[0].source).splitlines()[0]
    lesson = re.match(r"# \d\d · ", title) and not re.search(r" · (Solutions|풀이): ", title)
    assert pictures or not lesson, "a lesson without a single picture"
    assert all(src.startswith("data:image/png;base64,") for src in pictures)
    assert [src.split(",", 1)[1] for src in pictures] == [
        "".join(out["data"]["image/png"]).replace("\n", "") for out in png_outputs(nb)]


def test_no_output_falls_back_to_text_or_a_placeholder(exported):
    _, page = exported
    for output in page.select(".jp-OutputArea-output"):
        text = output.get_text()
        assert not PLACEHOLDERS.search(text), text[:120]

