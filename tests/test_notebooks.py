"""The committed notebooks as a reader meets them, without running a kernel.

nbval (in the README's test command) re-runs every notebook and compares each
text output; these tests check what nbval does not: the cells ran once in
order, no output shows an error, a warning, a path or a numpy-version-dependent
repr, every figure carries alt text, each notebook has the same anatomy, the
core path keeps its word, cell and time budgets, the exercises are committed
unanswered while their solutions (in ``notebooks/solutions/``) pass and no
lesson output gives an answer away, each explorer shows once and stays in the
state its text describes, the stamped cells agree with pyproject.toml, and
every relative link and anchor resolves. All of it holds in both editions,
English (``notebooks/``) and Korean (``notebooks/ko/``), each with its own
words for the same anatomy (``tools/editions.py``); the two editions are in
step (``tools/sync_translations.py``) and the Korean prose is Korean.
"""

import base64
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

import build_site
import nb_budget
import sync_notebooks
import sync_translations
from editions import EDITIONS, LANGUAGES, edition_of, notebooks
from helpers.messages import MESSAGES

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOKS = notebooks("en", "core")
LESSONS = [p for p in NOTEBOOKS if not p.name.startswith("00")]
SOLUTIONS = notebooks("en", "solutions")
DEEPER = notebooks("en", "deeper")
CORE_ALL = [p for language in LANGUAGES for p in notebooks(language, "core")]
LESSONS_ALL = [p for p in CORE_ALL if not p.name.startswith("00")]
EVERY = [p for language in LANGUAGES for p in notebooks(language)]
MARKDOWN_FILES = [ROOT / "README.md", ROOT / "README.ko.md",
                  *sorted((ROOT / "notebooks").glob("*.md")),
                  *sorted((ROOT / "docs").glob("**/*.md"))]


def label(path):
    return str(path.relative_to(ROOT / "notebooks").with_suffix(""))

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
# Headings every core notebook has, and those of the lessons (01 onwards), in order.
EVERY_NOTEBOOK = ("## You will learn", "## Summary", "## Further reading")
LESSON = ("## Try it", "## Check yourself", "### Questionnaire", "## Misconceptions")
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


def markdown_text(nb):
    return "\n".join(source(c) for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.fixture(params=EVERY, ids=label)
def notebook(request):
    return request.param, load(request.param)


@pytest.fixture(params=CORE_ALL, ids=label)
def core(request):
    return request.param, load(request.param)


@pytest.fixture(params=LESSONS_ALL, ids=label)
def lesson(request):
    return request.param, load(request.param)


def words_of(path):
    """The fixed words of the edition ``path`` belongs to."""
    return EDITIONS[edition_of(path)]


def test_the_whole_path_is_there():
    assert [p.stem for p in NOTEBOOKS] == [
        "00_start_here", "01_raw_scores", "02_sigmoid", "03_probability_and_odds", "04_logit",
        "05_sigmoid_and_logit_are_inverses", "06_softmax_derivation", "07_softmax_in_practice",
        "08_softmax_regression"]


def test_every_lesson_has_its_solutions_and_nothing_else_is_there():
    assert [p.name for p in SOLUTIONS] == [p.name for p in LESSONS]


@pytest.mark.parametrize("language", LANGUAGES)
def test_readme_and_the_guide_link_every_notebook(language):
    suffix = "" if language == "en" else f".{language}"
    folder = EDITIONS[language]["prefix"]
    readme = (ROOT / f"README{suffix}.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / f"teaching-guide{suffix}.md").read_text(encoding="utf-8")
    assert f"](docs/teaching-guide{suffix}.md)" in readme
    for path in notebooks(language, "core"):
        assert f"](notebooks/{folder}{path.name})" in readme, path.name
        assert f"](../notebooks/{folder}{path.name})" in guide, path.name


def test_each_readme_links_the_other_edition_at_its_top():
    english = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    korean = (ROOT / "README.ko.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    assert "](README.ko.md)" in english and "](README.md)" in korean


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
    assert pictures >= 1 or path not in NOTEBOOKS, path.name


def test_no_notebook_links_a_local_image(notebook):
    # Colab opens a notebook alone: a figure must be a code output.
    path, nb = notebook
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            pattern = r"!\[[^\]]*\]\(([^)\s]+)|<img[^>]+src=\"([^\"]+)"
            for target in map("".join, re.findall(pattern, source(cell))):
                assert target.startswith("https://"), f"{path.name}: local image {target}"


def test_no_markdown_image_anywhere(notebook):
    # Voila 0.5 inside a Jupyter server hangs on any Markdown image
    # (voila-dashboards/voila#1473): badges and pictures are HTML or code outputs.
    path, nb = notebook
    images = [m.group(0) for c in nb["cells"] if c["cell_type"] == "markdown"
              for m in re.finditer(r"!\[[^\]]*\]\([^)]*\)", source(c))]
    assert not images, f"{label(path)}: Markdown images {images}"


# --- anatomy --------------------------------------------------------------------------


def learn_cell(nb, words=EDITIONS["en"]):
    return next(source(c) for c in nb["cells"] if words["headings"]["learn"] in source(c))


def in_order(text, headings):
    found = [text.index(h) for h in headings if h in text]
    return found == sorted(found)


def test_every_core_notebook_has_the_anatomy(core):
    path, nb = core
    words = words_of(path)
    h = words["headings"]
    text = markdown_text(nb)
    first = source(nb["cells"][0]).splitlines()
    assert re.fullmatch(rf"# {path.name[:2]} · \S.*", first[0]), first[0]
    middle = ((h["try"], h["check"], h["questionnaire"], h["misconceptions"])
              if path.name[:2] != "00" else (h["contents"],))
    required = (h["learn"], *middle, h["summary"], h["reading"])
    missing = [h for h in required if not re.search(rf"^{re.escape(h)}", text, re.M)]
    assert not missing, f"{path.name} lacks {missing}"
    assert not re.search(rf"^{re.escape(h['solutions'])}\s*$", text, re.M), \
        "solutions live in notebooks/solutions/"
    learn = learn_cell(nb, words)
    assert words["time"] in learn and words["prerequisites"] in learn
    objectives = re.findall(r"^[-*] ", learn, re.M)
    assert 3 <= len(objectives) <= 5, f"{path.name}: {len(objectives)} objectives"
    assert in_order(text, [h for h in required if not h.startswith("###")]), \
        f"{path.name}: sections out of order"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_deeper_notebook_has_the_anatomy_and_a_way_in(language):
    words = EDITIONS[language]
    h = words["headings"]
    assert notebooks(language, "deeper"), "the deeper shelf is empty"
    lessons = {p.name: markdown_text(load(p)) for p in notebooks(language, "core")[1:]}
    for path in notebooks(language, "deeper"):
        nb = load(path)
        text = markdown_text(nb)
        assert source(nb["cells"][0]).startswith("# ★ "), path.name
        required = (h["learn"], h["check"], h["summary"], h["reading"])
        missing = [h for h in required if not re.search(rf"^{re.escape(h)}", text, re.M)]
        assert not missing, f"deeper/{path.name} lacks {missing}"
        assert in_order(text, required), f"deeper/{path.name}: sections out of order"
        learn = learn_cell(nb, words)
        assert words["time"] in learn and words["prerequisites"] in learn, path.name
        row = nb_budget.measure(path)
        assert row["stated_minutes"] == [row["minutes"]], f"deeper/{path.name}: {row}"
        # From the place it applies: a "★ Going deeper" line, or a lesson's prerequisites.
        way_in = (rf"({re.escape(words['going_deeper'])}|{re.escape(words['prerequisites'])})"
                  rf"[^\n]*\]\(deeper/{re.escape(path.name)}[)#]")
        linked_from = [name for name, t in lessons.items() if re.search(way_in, t)]
        assert linked_from, f"no lesson links deeper/{path.name} where it applies"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_solutions_notebook_names_its_lesson(language):
    words = EDITIONS[language]
    for path in notebooks(language, "solutions"):
        first = source(load(path)["cells"][0]).splitlines()[0]
        lesson_title = source(load(path.parent.parent / path.name)["cells"][0]).splitlines()[0]
        assert first == lesson_title.replace(" · ", words["solutions_title"], 1), first


# --- budgets --------------------------------------------------------------------------


def test_core_notebooks_keep_their_word_and_cell_budgets(core):
    path, _ = core
    assert not nb_budget.over_budget(nb_budget.measure(path)), nb_budget.measure(path)


def test_each_core_notebook_states_its_computed_time(core):
    path, _ = core
    row = nb_budget.measure(path)
    assert row["stated_minutes"] == [row["minutes"]], (
        f"{path.name}: states {row['stated_minutes']} minutes; words ÷ 200 + code cells + "
        f"exercises give {row['minutes']}")


def test_every_exercise_states_its_minutes(lesson):
    path, nb = lesson
    words = words_of(path)
    headings = words["exercise_heading"].findall(markdown_text(nb))
    assert len(headings) >= 3, path.name
    assert all(words["exercise"].match(h) for h in headings), headings


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_core_path_fits_its_hours(language):
    rows = [nb_budget.measure(p) for p in notebooks(language, "core")]
    first_eight = sum(r["minutes"] for r in rows if r["name"][:2] <= "07")
    assert first_eight <= nb_budget.MINUTES_00_TO_07, first_eight
    assert sum(r["minutes"] for r in rows) <= nb_budget.MINUTES_CORE


def test_the_budget_counts_words_as_intended():
    text = "Two words $x^2 + y$ <b>bold</b> https://example.org/a-b-c and $$\\sum_i z_i$$ end"
    assert nb_budget.words(text) == 5  # Two, words, bold, and, end


# --- exercises ------------------------------------------------------------------------


def exercise_cells(nb, words=EDITIONS["en"]):
    return [cell for heading, cell in sections(nb)
            if heading == words["headings"]["check"] and cell["cell_type"] == "code"
            and "check_" in source(cell) and "s2p-setup" not in cell["metadata"].get("tags", [])]


def test_exercises_are_committed_unanswered(lesson):
    path, nb = lesson
    words = words_of(path)
    messages = MESSAGES[edition_of(path)]
    not_answered = messages["common.not_answered"].split(":")[0]
    hint = messages["common.hint"].split("{")[0].strip()
    starters = exercise_cells(nb, words)
    assert len(starters) >= 3, f"{path.name}: {len(starters)} exercises"
    for cell in starters:
        output = cell_output(cell)
        assert not_answered in output and hint in output, output
    text = markdown_text(nb)
    assert f"](solutions/{path.name})" in text.split(words["headings"]["check"], 1)[1], \
        "Check yourself says where the solutions are"


def test_every_solution_passes_its_check(lesson):
    path, nb = lesson
    solved = [c for c in load(path.parent / "solutions" / path.name)["cells"]
              if c["cell_type"] == "code" and "check_" in source(c)
              and "s2p-setup" not in c["metadata"].get("tags", [])]
    assert len(solved) == len(exercise_cells(nb, words_of(path))), path.name
    for cell in solved:
        output = cell_output(cell)
        assert "✅" in output and "❌" not in output, output


def answers_in(text):
    """Numbers with four or more significant digits: an answer a learner could copy."""
    return set(re.findall(r"(?<![\w.])-?\d*\.\d{4,}|(?<![\w.])\d{4,}(?![\w.])", text))


def test_no_lesson_output_gives_an_exercise_answer_away(lesson):
    path, nb = lesson
    answers = set()
    for cell in load(path.parent / "solutions" / path.name)["cells"]:
        if cell["cell_type"] == "code" and "check_" in source(cell) and cell.get("outputs"):
            answers |= answers_in(cell_output(cell).split("\n", 1)[0])
    shown = "\n".join(cell_output(c) for c in nb["cells"] if c["cell_type"] == "code")
    given_away = sorted(a for a in answers if a in answers_in(shown))
    assert not given_away, f"{path.name}: lesson outputs show the answers {given_away}"


# --- explorers ------------------------------------------------------------------------


def test_each_explorer_shows_once_and_stays_where_its_text_puts_it(notebook):
    path, nb = notebook
    shown, names = [], {}
    for cell in code_cells(nb):
        for var, cls in re.findall(r"^(\w+) = (\w+Explorer)\(", source(cell), re.M):
            names[var] = cls
        moved = [var for var in names if re.search(rf"^\s*{var}\.set\(", source(cell), re.M)]
        assert not moved, f"{label(path)}: {moved} moved after being shown"
        for output in cell.get("outputs", []):
            text = source({"source": output.get("data", {}).get("text/plain", "")})
            if re.match(r"\w+Explorer\(", text):
                shown.append(text.split("(")[0])
    assert len(shown) == len(set(shown)), f"{label(path)}: explorers shown twice: {shown}"


# --- stamped cells --------------------------------------------------------------------


def shows_an_explorer(nb):
    """Whether a committed output is an explorer's still picture (its text is its repr)."""
    return any(re.match(r"\w+Explorer\(", "".join(output.get("data", {}).get("text/plain", "")))
               and "image/png" in output.get("data", {})
               for cell in nb["cells"] if cell["cell_type"] == "code"
               for output in cell["outputs"])


@pytest.mark.parametrize("path", EVERY, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_the_site_runs_exactly_the_notebooks_with_explorers(path):
    """tools/build_site.py runs a notebook only if it uses widgets, and takes the others'
    committed outputs: a notebook with an explorer must be run, or its page has no live
    explorer; one without is not, or the site takes longer to build."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    assert build_site.uses_widgets(nb) == shows_an_explorer(nb)


def test_stamped_cells_agree_with_the_repository_setting():
    problems, restamped = sync_notebooks.sync(write=False)
    assert not problems and not restamped, "\n".join(problems + restamped)
    repository, branch = sync_notebooks.read_settings(ROOT / "pyproject.toml")
    for path in EVERY:
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT).as_posix()
        assert f"github/{repository}/blob/{branch}/{where}" in text
        assert f"git+https://github.com/{repository}@{branch}" in text


def test_the_setting_reader_names_what_is_missing(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.scores-to-probabilities]\nrepository = "no-slash"\n',
                         encoding="utf-8")
    with pytest.raises(SystemExit, match="needs repository"):
        sync_notebooks.read_settings(pyproject)
    pyproject.write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"no \[tool.scores-to-probabilities\] table"):
        sync_notebooks.read_settings(pyproject)


def test_sync_restamps_what_disagrees_and_then_finds_nothing(tmp_path):
    folder = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder)
    pyproject = tmp_path / "pyproject.toml"
    repository, _ = sync_notebooks.read_settings(ROOT / "pyproject.toml")
    pyproject.write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8").replace(
        f'repository = "{repository}"', 'repository = "someone-else/fork-of-it"'), encoding="utf-8")
    problems, restamped = sync_notebooks.sync(folder, pyproject, write=True)
    assert not problems
    assert len(restamped) == 2 * len(EVERY)  # badges and setup, in every notebook
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_navigation_links_each_notebook_to_its_neighbours(language):
    labels = EDITIONS[language]["nav"]
    core = notebooks(language, "core")
    for index, path in enumerate(core):
        nav = source(load(path)["cells"][-1])
        if index > 0:
            assert f"]({core[index - 1].name})" in nav.split(labels["contents"])[0]
        if index + 1 < len(core):
            assert f"{labels['next']} [" in nav and f"]({core[index + 1].name})" in nav
    for path in notebooks(language, "solutions"):
        nav = source(load(path)["cells"][-1])
        assert f"{labels['lesson']} [" in nav and f"](../{path.name})" in nav, path.name
    for path in notebooks(language, "deeper"):
        nav = source(load(path)["cells"][-1])
        back = re.search(rf"{re.escape(labels['back'])} \[[^\]]+\]\(\.\./([^)]+)\)", nav)
        assert back, f"deeper/{path.name}: no way back to the lesson that links it"
        lesson_text = markdown_text(load(path.parent.parent / back.group(1)))
        assert f"](deeper/{path.name}" in lesson_text


# --- the two editions ------------------------------------------------------------------


def test_the_editions_are_in_step():
    problems, copied, stale = sync_translations.check(write=False)
    assert not problems and not copied and not stale, "\n".join(problems + copied + stale)


def test_the_step_check_catches_changed_code_and_prose(tmp_path):
    english, korean = tmp_path / "en.ipynb", tmp_path / "ko.ipynb"
    shutil.copy(ROOT / "notebooks" / "02_sigmoid.ipynb", english)
    shutil.copy(ROOT / "notebooks" / "ko" / "02_sigmoid.ipynb", korean)
    assert sync_translations.compare(english, korean) == ([], [], [])
    nb = load(english)
    code = next(i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
                and "s2p-setup" not in c["metadata"].get("tags", []))
    prose = next(i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "markdown"
                 and not c["metadata"].get("tags"))
    nb["cells"][code]["source"] = source(nb["cells"][code]) + "\nx = 1  # a new line"
    nb["cells"][prose]["source"] = source(nb["cells"][prose]) + " One more sentence."
    english.write_text(json.dumps(nb), encoding="utf-8")
    problems, copied, stale = sync_translations.compare(english, korean, write=True)
    assert not problems
    assert copied == [f"ko.ipynb: cell {code}: the code differs from the English"]
    assert stale == [f"ko.ipynb: cell {prose}: its English changed since it was translated"]
    assert source(load(korean)["cells"][code]) == source(nb["cells"][code]), "code copied over"
    assert sync_translations.compare(english, korean)[1] == []


def test_the_step_check_allows_only_strings_and_comments_to_differ():
    tokens = sync_translations.code_tokens
    assert tokens('print("sum =", x)  # add') == tokens('print("합 =", x)  # 더하기')
    assert tokens('print(f"{p:.3f} left")') == tokens('print(f"왼쪽 {p:.3f}")')
    assert tokens('print(f"{p:.3f}")') != tokens('print(f"{q:.3f}")')
    assert tokens("x = sigmoid(2.0)") != tokens("x = sigmoid(2.5)")
    assert tokens("x = sigmoid(2.0)") != tokens("y = sigmoid(2.0)")


ENGLISH_RUN = re.compile(r"[A-Za-z][a-z]+(?:[ ,;:'-]+[A-Za-z][a-z]+){3,}")


def english_prose(text):
    """Runs of four or more English words in a Korean markdown cell's prose.

    Not prose: code, maths, URLs, HTML tags, link targets, a term in
    parentheses after its Korean name, a title in italics (*Sigmoid, Logit and
    Softmax*), and the titles of the references listed under Further reading
    (they keep their own language).
    """
    text = text.split(EDITIONS["ko"]["headings"]["reading"])[0]
    for pattern in (r"```.*?```", r"`[^`]*`", r"\$\$.*?\$\$", r"\$[^$\n]*\$", r"<[^>]+>",
                    r"\]\([^)]*\)", r"https?://\S+", r"\([^()]*\)",
                    r"(?<!\*)\*[^*\n]+\*(?!\*)"):
        text = re.sub(pattern, " ", text, flags=re.S)
    return ENGLISH_RUN.findall(text)


def test_korean_prose_is_korean():
    found = []
    for path in notebooks("ko"):
        for index, cell in enumerate(load(path)["cells"]):
            if cell["cell_type"] == "markdown":
                found += [f"{label(path)} cell {index}: {run!r}"
                          for run in english_prose(source(cell))]
    assert not found, "\n".join(found)


def test_the_english_prose_check_finds_english():
    assert english_prose("시그모이드(sigmoid logistic function curve)는 곡선입니다.") == []
    assert english_prose("이 문장은 and then this part is English.") == [
        "and then this part is English"]
    assert english_prose("블로그 글 *Sigmoid, Logit and Softmax*를 따라") == []
    assert english_prose("**bold words are still prose here**") == [
        "bold words are still prose here"]


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


@pytest.mark.parametrize("path", MARKDOWN_FILES + EVERY,
                         ids=lambda p: str(p.relative_to(ROOT)))
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
