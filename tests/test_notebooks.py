"""The committed notebooks as a reader meets them, without running a kernel.

nbval (in the README's test command) re-runs every notebook and compares each
text output; these tests check what nbval does not: the cells ran once in
order, no output shows an error, a warning, a path or a numpy-version-dependent
repr, every figure carries alt text, each notebook has the same anatomy, the
exercises are committed unanswered while their solutions pass, the stamped
cells agree with pyproject.toml, and every relative link and anchor resolves.
"""

import base64
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
MARKDOWN_FILES = [ROOT / "README.md", *sorted((ROOT / "notebooks").glob("*.md")),
                  *sorted((ROOT / "docs").glob("**/*.md"))]

sys.path.insert(0, str(ROOT / "tools"))
import sync_notebooks  # noqa: E402

SUSPECT_OUTPUT = [
    (re.compile(r"np\.(float|int|bool|complex)\w*\("), "bare numpy scalar repr"),
    (re.compile(r" at 0x[0-9a-fA-F]+"), "object repr with a memory address"),
    (re.compile(r"(/root/|/home/|/tmp/|/Users/|/usr/|site-packages|[A-Z]:\\)"), "a path"),
    (re.compile(r"\b\w*Warning\b:"), "warning text"),
    (re.compile(r"Traceback \(most recent call last\)"), "a traceback"),
    (re.compile(r"Error displaying widget|Loading widget|(Int|Float)Slider\(|VBox\("),
     "widget placeholder text"),
    (re.compile(r"<Figure size"), "a figure without alt text"),
    (re.compile(r"\b\d+(\.\d+)? ?(ms|µs|seconds)\b"), "a timing"),
    (re.compile(r"\b(numpy|matplotlib|ipywidgets|python|Python) \d+\.\d+"), "a version"),
]
# Headings every notebook has, and those of the lessons (01 onwards).
EVERY_NOTEBOOK = ("## You will learn", "## Summary")
LESSON = ("## Try it", "## Check yourself", "### Questionnaire", "## Misconceptions",
          "## Solutions")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell):
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def output_text(output):
    if output.get("output_type") == "stream":
        return source({"source": output.get("text", "")})
    return "".join(source({"source": v}) for k, v in output.get("data", {}).items()
                   if k.startswith("text/"))


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code" and source(c).strip()]


def sections(nb):
    """(h2 heading or None, cell) for every cell, the heading being the one in force."""
    current = None
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for heading in re.findall(r"^## .*$", source(cell), re.M):
                current = heading
        yield current, cell


def cell_output(cell):
    return "".join(output_text(o) for o in cell.get("outputs", []))


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.stem)
def notebook(request):
    return request.param, load(request.param)


def test_the_whole_path_is_there():
    assert [p.stem for p in NOTEBOOKS] == [
        "00_start_here", "01_raw_scores", "02_sigmoid", "03_probability_and_odds", "04_logit",
        "05_sigmoid_and_logit_are_inverses", "06_softmax_derivation", "07_softmax_in_practice"]


def test_readme_and_the_guide_link_every_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "teaching-guide.md").read_text(encoding="utf-8")
    assert "](docs/teaching-guide.md)" in readme
    for path in NOTEBOOKS:
        assert f"](notebooks/{path.name})" in readme, path.name
        assert f"](../notebooks/{path.name})" in guide, path.name


# --- outputs --------------------------------------------------------------------------


def test_cells_ran_once_top_to_bottom(notebook):
    path, nb = notebook
    counts = [c.get("execution_count") for c in code_cells(nb)]
    assert counts == list(range(1, len(counts) + 1)), path.name


def test_no_output_shows_an_error_a_warning_or_noise(notebook):
    path, nb = notebook
    findings = []
    for index, cell in enumerate(nb["cells"]):
        for output in cell.get("outputs", []):
            where = f"{path.name} cell {index}"
            if output["output_type"] == "error":
                findings.append(f"{where}: error {output.get('ename')}")
            if output["output_type"] == "stream" and output.get("name") == "stderr":
                findings.append(f"{where}: stderr {output_text(output)[:80]!r}")
            text = output_text(output)
            findings += [f"{where}: {why}: {m.group(0)!r}"
                         for pattern, why in SUSPECT_OUTPUT if (m := pattern.search(text))]
    assert not findings, "\n".join(findings)


def test_metadata_and_outputs_carry_no_run_specific_state(notebook):
    path, nb = notebook
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert set(nb["metadata"]) <= {"kernelspec", "language_info"}, path.name
    for cell in code_cells(nb):
        assert "execution" not in cell.get("metadata", {})
        for output in cell.get("outputs", []):
            assert WIDGET_VIEW not in output.get("data", {}), "a widget view would hide the picture"


def test_every_picture_has_alt_text_and_every_explorer_a_picture(notebook):
    path, nb = notebook
    pictures = 0
    for cell in code_cells(nb):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            text = source({"source": data.get("text/plain", "")})
            if "image/png" in data:
                pictures += 1
                assert base64.b64decode(data["image/png"])[:4] == b"\x89PNG"
                explorer = re.match(r"\w+Explorer\(", text)
                assert explorer or len(text) >= 30, f"{path.name}: no alt text: {text[:60]!r}"
            elif re.match(r"\w+Explorer\(", text):
                raise AssertionError(f"{path.name}: an explorer without its snapshot")
    assert pictures >= 1, path.name


def test_no_notebook_links_a_local_image(notebook):
    # Colab opens a notebook alone: a figure must be a code output.
    path, nb = notebook
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            pattern = r"!\[[^\]]*\]\(([^)\s]+)|<img[^>]+src=\"([^\"]+)"
            for target in map("".join, re.findall(pattern, source(cell))):
                assert target.startswith("https://"), f"{path.name}: local image {target}"


# --- anatomy --------------------------------------------------------------------------


def test_every_notebook_has_the_anatomy(notebook):
    path, nb = notebook
    text = "\n".join(source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    first = source(nb["cells"][0]).splitlines()
    assert re.fullmatch(rf"# {path.name[:2]} · \S.*", first[0]), first[0]
    required = EVERY_NOTEBOOK + (LESSON if path.name[:2] != "00" else ("## Contents",))
    missing = [h for h in required if not re.search(rf"^{re.escape(h)}", text, re.M)]
    assert not missing, f"{path.name} lacks {missing}"
    learn = next(source(c) for c in nb["cells"] if "## You will learn" in source(c))
    assert "**Time:**" in learn and "**Prerequisites:**" in learn
    objectives = re.findall(r"^[-*] ", learn, re.M)
    assert 3 <= len(objectives) <= 5, f"{path.name}: {len(objectives)} objectives"
    order = [text.index(h) for h in ("## You will learn", *required[2:-1], "## Summary")
             if h in text and not h.startswith("###")]
    assert order == sorted(order), f"{path.name}: sections out of order"


def test_exercises_are_committed_unanswered_and_their_solutions_pass(notebook):
    path, nb = notebook
    if path.name.startswith("00"):
        pytest.skip("00 has no exercises")
    starters, solutions = [], []
    for heading, cell in sections(nb):
        if cell["cell_type"] != "code" or "check_" not in source(cell):
            continue
        if heading == "## Check yourself":
            starters.append(cell_output(cell))
        elif heading == "## Solutions":
            solutions.append((cell, cell_output(cell)))
    assert len(starters) >= 3, f"{path.name}: {len(starters)} exercises"
    assert len(solutions) == len(starters)
    for output in starters:
        assert "not answered yet" in output and "Hint" in output, output
    for cell, output in solutions:
        assert "✅" in output and "❌" not in output, output
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True


# --- stamped cells --------------------------------------------------------------------


def test_stamped_cells_agree_with_the_repository_setting():
    problems, restamped = sync_notebooks.sync(write=False)
    assert not problems and not restamped, "\n".join(problems + restamped)
    repository, branch = sync_notebooks.read_settings(ROOT / "pyproject.toml")
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        assert f"github/{repository}/blob/{branch}/notebooks/{path.name}" in text
        assert f"git+https://github.com/{repository}@{branch}" in text


def test_the_setting_reader_agrees_with_tomllib():
    tomllib = pytest.importorskip("tomllib")
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setting = table["tool"]["scores-to-probabilities"]
    assert sync_notebooks.read_settings(ROOT / "pyproject.toml") == (
        setting["repository"], setting["branch"])


def test_sync_restamps_what_disagrees_and_then_finds_nothing(tmp_path):
    folder = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder)
    pyproject = tmp_path / "pyproject.toml"
    repository, _ = sync_notebooks.read_settings(ROOT / "pyproject.toml")
    pyproject.write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8").replace(
        f'repository = "{repository}"', 'repository = "someone-else/fork-of-it"'), encoding="utf-8")
    problems, restamped = sync_notebooks.sync(folder, pyproject, write=True)
    assert not problems
    assert len(restamped) == 2 * len(NOTEBOOKS)  # badges and setup, in every notebook
    assert sync_notebooks.sync(folder, pyproject, write=False) == ([], [])
    first = load(folder / "01_raw_scores.ipynb")
    assert "someone-else/fork-of-it" in source(first["cells"][1])
    setup = next(c for c in first["cells"] if "s2p-setup" in c["metadata"].get("tags", []))
    assert "someone-else/fork-of-it" in source(setup) and "import" in source(setup).split(
        sync_notebooks.IMPORTS_MARKER)[1], "the notebook's own imports must survive"


def test_sync_refuses_a_notebook_whose_navigation_is_not_last(tmp_path):
    folder = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder)
    path = folder / "02_sigmoid.ipynb"
    nb = load(path)
    nb["cells"].append({"cell_type": "markdown", "id": "extra", "metadata": {}, "source": "x"})
    path.write_text(json.dumps(nb), encoding="utf-8")
    problems, _ = sync_notebooks.sync(folder, ROOT / "pyproject.toml", write=False)
    assert problems == ["02_sigmoid.ipynb: the navigation cell must be the last cell"]


def test_navigation_links_each_notebook_to_its_neighbours():
    for index, path in enumerate(NOTEBOOKS):
        nav = source(load(path)["cells"][-1])
        if index > 0:
            assert f"]({NOTEBOOKS[index - 1].name})" in nav.split("**Contents:**")[0]
        if index + 1 < len(NOTEBOOKS):
            assert "**Next:** [" in nav and f"]({NOTEBOOKS[index + 1].name})" in nav


# --- links and anchors ----------------------------------------------------------------


def github_slug(heading):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = re.sub(r"[`*_]|<[^>]+>", "", text).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors_of(path):
    """The anchors a reader can jump to in a Markdown file or a notebook."""
    if path.suffix == ".ipynb":
        texts = [source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown"]
    else:
        texts = [path.read_text(encoding="utf-8")]
    found = set()
    for text in texts:
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        for heading in re.findall(r"^#{1,6} +(.+?)\s*$", text, re.M):
            found.add(github_slug(heading))  # GitHub and nbviewer
            found.add(re.sub(r"\s+", "-", re.sub(r"[`*]", "", heading)))  # JupyterLab
        found.update(re.findall(r"<a\s+(?:id|name)=\"([^\"]+)\"", text))
    return found


def links_in(path):
    if path.suffix == ".ipynb":
        texts = [source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown"]
    else:
        texts = [path.read_text(encoding="utf-8")]
    for text in texts:
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        yield from re.findall(r"\]\(([^)\s]+)\)", text)
        yield from re.findall(r"(?:href|src)=\"([^\"]+)\"", text)


@pytest.mark.parametrize("path", MARKDOWN_FILES + NOTEBOOKS, ids=lambda p: p.name)
def test_every_relative_link_and_anchor_resolves(path):
    broken = []
    for target in links_in(path):
        if re.match(r"(https?|mailto):", target):
            continue
        file_part, _, anchor = target.partition("#")
        resolved = (path.parent / file_part).resolve() if file_part else path
        if not resolved.exists() or ROOT not in resolved.parents:
            broken.append(f"{target}: no such file in the repository")
        elif anchor and anchor not in anchors_of(resolved):
            broken.append(f"{target}: no such anchor")
    assert not broken, f"{path.name}: " + "; ".join(broken)


def test_the_link_checker_catches_a_broken_link_and_anchor(tmp_path, monkeypatch):
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n## A section\n\n"
                    "[ok](#a-section) [bad](#nowhere) [gone](nothing.md)\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    with pytest.raises(AssertionError, match=r"#nowhere: no such anchor; nothing.md: no such file"):
        test_every_relative_link_and_anchor_resolves(page)
