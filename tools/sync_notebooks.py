"""Stamp the shared cells of every notebook from one setting.

Usage::

    python tools/sync_notebooks.py          # rewrite what disagrees
    python tools/sync_notebooks.py --check  # list what disagrees; exit 1 if anything does

The setting is the repository slug in ``pyproject.toml``::

    [tool.scores-to-probabilities]
    repository = "owner/name"
    branch = "main"

It stamps both editions, English (``notebooks/``) and Korean (``notebooks/ko/``,
the same layout; the words each edition uses are in ``editions.py``). In each it
stamps the core path (``notebooks/NN_*.ipynb``), the solutions
(``notebooks/solutions/NN_*.ipynb``, one per lesson, same file name) and the
optional depth (``notebooks/deeper/*.ipynb``). From the setting, and from the
notebooks' own titles, it writes the cells that carry these tags:

``s2p-badges``
    the Colab and Binder badges, pointing at this notebook on that branch. They
    are HTML links around images, not Markdown images: Voila 0.5 inside a
    Jupyter server hangs on a Markdown image (voila-dashboards/voila#1473);
``s2p-setup``
    the guarded setup cell: on Colab only it installs helpers from the
    repository (Colab's numpy, matplotlib and ipywidgets stay as they are),
    then ``%matplotlib inline`` (and, in the Korean edition, chooses Korean for
    helpers' messages and figures). Everything after the line
    ``# ---- what this notebook uses ----`` (in Korean, ``# ---- 이 노트북이 쓰는 것 ----``)
    belongs to the notebook;
``s2p-nav``
    the last cell: for a lesson, links to the previous notebook, the contents
    and the next one; for a solutions notebook, back to its lesson; for a deeper
    notebook, back to the first lesson that links it;
``s2p-contents``
    (in 00 only) the table of contents of the core path and of the deeper shelf.

A notebook's title is the first line of its first cell (``# NN · Title``,
``# NN · Solutions: Title`` or ``# ★ Title``); the line after it is its
one-sentence promise, which the table of contents shows.
Only cell sources change, never outputs, so the notebooks need no re-execution.
"""

import argparse
import re
import sys
from pathlib import Path

import nbformat

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from editions import EDITIONS, IMPORTS_MARKERS

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SETTINGS_TABLE = "tool.scores-to-probabilities"
IMPORTS_MARKER = EDITIONS["en"]["imports_marker"]
PACKAGE = "scores-to-probabilities"


def read_settings(pyproject):
    """The ``repository`` and ``branch`` of the project's own pyproject table."""
    with open(pyproject, "rb") as file:
        table = tomllib.load(file)
    values = table.get("tool", {}).get(PACKAGE)
    if values is None:
        raise SystemExit(f"{pyproject}: no [{SETTINGS_TABLE}] table")
    repository, branch = values.get("repository", ""), values.get("branch", "")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", str(repository)) or not branch:
        raise SystemExit(f"{pyproject}: [{SETTINGS_TABLE}] needs repository = \"owner/name\" "
                         f"and branch, got {values!r}")
    return repository, branch


def notebook_paths(folder=NOTEBOOKS):
    """The core path, in order."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def solution_paths(folder=NOTEBOOKS):
    return sorted((Path(folder) / "solutions").glob("[0-9][0-9]_*.ipynb"))


def deeper_paths(folder=NOTEBOOKS):
    return sorted((Path(folder) / "deeper").glob("*.ipynb"))


def title_and_promise(nb, path):
    """``("02 · The sigmoid", "one-sentence promise")`` from the first cell."""
    lines = [line.strip() for line in nb.cells[0].source.splitlines()] if nb.cells else []
    if not lines or not lines[0].startswith("# "):
        raise SystemExit(f"{path.name}: the first cell must start with '# NN · Title'")
    promise = next((line for line in lines[1:] if line), "")
    return lines[0][2:].strip(), promise


def badges(repository, branch, name, edition=EDITIONS["en"]):
    """The two badges for ``notebooks/<name>`` (``name`` may be ``ko/deeper/x.ipynb``)."""
    colab = f"https://colab.research.google.com/github/{repository}/blob/{branch}/notebooks/{name}"
    binder = f"https://mybinder.org/v2/gh/{repository}/{branch}?urlpath=lab/tree/notebooks/{name}"
    colab_badge = "https://colab.research.google.com/assets/colab-badge.svg"
    binder_badge = "https://mybinder.org/badge_logo.svg"
    colab_alt, binder_alt = edition["colab_alt"]
    return (f'<a href="{colab}"><img src="{colab_badge}" alt="{colab_alt}"></a>\n'
            f'<a href="{binder}"><img src="{binder_badge}" alt="{binder_alt}"></a>')


def setup_header(repository, branch, edition=EDITIONS["en"]):
    return (
        f"{edition['setup_comment']}\n"
        "import sys\n"
        "\n"
        'if "google.colab" in sys.modules:\n'
        f'    %pip install --quiet "{PACKAGE} @ git+https://github.com/{repository}@{branch}"\n'
        "\n"
        "%matplotlib inline\n"
        f"{edition['language_lines']}"
        f"{edition['imports_marker']}\n"
    )


def setup_cell(source, repository, branch, name, edition=EDITIONS["en"]):
    own = re.split("|".join(re.escape(m) + "\n" for m in IMPORTS_MARKERS), source, maxsplit=1)
    if len(own) != 2:
        raise SystemExit(f"{name}: the setup cell has no line {edition['imports_marker']!r}")
    return setup_header(repository, branch, edition) + own[1]


def link(entry, prefix=""):
    return f"[{entry['title']}]({prefix}{entry['name']})"


def navigation(entries, index, edition=EDITIONS["en"]):
    nav = edition["nav"]
    parts = []
    if index > 0:
        parts.append(f"{nav['previous']} {link(entries[index - 1])}")
    if index != 0:
        parts.append(f"{nav['contents']} {link(entries[0])}")
    if index + 1 < len(entries):
        parts.append(f"{nav['next']} {link(entries[index + 1])}")
    return "---\n\n" + " · ".join(parts)


# A Korean term's English gloss, "시그모이드(sigmoid)": the contents table leaves it out,
# as the notebook itself gives it at first use.
GLOSS = re.compile(r"(?<=[\uac00-\ud7a3])\([A-Za-z][A-Za-z -]*\)")


def contents(entries, deeper=(), edition=EDITIONS["en"]):
    table = edition["table"]
    rows = [f"| {link(entry)} | {GLOSS.sub('', entry['promise'])} |" for entry in entries]
    lines = [edition["headings"]["contents"], "", table["head"], "|---|---|", *rows]
    if deeper:
        lines += ["", table["deeper"] + " · ".join(link(entry, "deeper/") for entry in deeper)
                  + "."]
    lines += ["", table["solutions"]]
    return "\n".join(lines)


def solution_navigation(lesson, first, edition=EDITIONS["en"]):
    nav = edition["nav"]
    return (f"---\n\n{nav['lesson']} {link(lesson, '../')} · "
            f"{nav['contents']} {link(first, '../')}")


def deeper_navigation(lesson, first, edition=EDITIONS["en"]):
    nav = edition["nav"]
    parts = [f"{nav['back']} {link(lesson, '../')}"] if lesson else []
    parts.append(f"{nav['contents']} {link(first, '../')}")
    return "---\n\n" + " · ".join(parts)


def stamped(nb, name, nav, repository, branch, table=None, edition=EDITIONS["en"]):
    """The sources the tagged cells of ``nb`` should have: ``{cell index: source}``.

    ``name`` is the path below ``notebooks/``; ``nav`` the navigation cell's text;
    ``table`` the contents table (00 only).
    """
    wanted = {}
    for i, cell in enumerate(nb.cells):
        tags = cell.metadata.get("tags", [])
        if "s2p-badges" in tags:
            wanted[i] = badges(repository, branch, edition["prefix"] + name, edition)
        if "s2p-setup" in tags:
            wanted[i] = setup_cell(cell.source, repository, branch, name, edition)
        if "s2p-nav" in tags:
            wanted[i] = nav
        if "s2p-contents" in tags and table is not None:
            wanted[i] = table
    return wanted


def required_tags(nb, name, index):
    """Problems with where the tagged cells are: each once, nav last, setup a code cell."""
    problems = []
    tagged = {tag: [i for i, c in enumerate(nb.cells) if tag in c.metadata.get("tags", [])]
              for tag in ("s2p-badges", "s2p-setup", "s2p-nav", "s2p-contents")}
    for tag in ("s2p-badges", "s2p-setup", "s2p-nav"):
        if len(tagged[tag]) != 1:
            problems.append(f"{name}: expected one cell tagged {tag}, found {len(tagged[tag])}")
    if len(tagged["s2p-contents"]) != (1 if index == 0 else 0):
        problems.append(f"{name}: the contents table belongs in the first notebook only, once")
    if tagged["s2p-nav"] and tagged["s2p-nav"][0] != len(nb.cells) - 1:
        problems.append(f"{name}: the navigation cell must be the last cell")
    if tagged["s2p-badges"] and tagged["s2p-badges"][0] != 1:
        problems.append(f"{name}: the badges cell must come right after the title")
    if tagged["s2p-setup"] and nb.cells[tagged["s2p-setup"][0]].cell_type != "code":
        problems.append(f"{name}: the setup cell must be a code cell")
    return problems


def _entry(path, nb, name):
    title, promise = title_and_promise(nb, path)
    return {"name": name, "title": title, "promise": promise}


def _linking_lesson(entries, books, name):
    """The first lesson (01 onwards) whose "★ Going deeper" line links ``deeper/<name>``."""
    for entry, nb in list(zip(entries, books, strict=True))[1:]:
        if any(f"](deeper/{name}" in c.source for c in nb.cells if c.cell_type == "markdown"):
            return entry
    return None


def sync(folder=NOTEBOOKS, pyproject=ROOT / "pyproject.toml", *, write=True):
    """Stamp every notebook under ``folder`` (``notebooks/``) and ``folder/ko``.

    Returns ``(problems, restamped)``: misplaced or missing tagged cells, which
    need a person, and the cells whose source disagreed with the stamp (rewritten
    unless ``write`` is false). Names are below ``folder``: ``ko/02_sigmoid.ipynb``.
    """
    repository, branch = read_settings(pyproject)
    problems, restamped = [], []
    for edition in EDITIONS.values():
        found = sync_edition(Path(folder) / edition["prefix"], repository, branch, edition,
                             write=write)
        problems += [edition["prefix"] + line for line in found[0]]
        restamped += [edition["prefix"] + line for line in found[1]]
    return problems, restamped


def sync_edition(folder, repository, branch, edition, *, write=True):
    """Stamp one edition's notebooks, in ``folder``; as :func:`sync`, names below it."""
    core = [(p, nbformat.read(p, as_version=4)) for p in notebook_paths(folder)]
    solutions = [(p, nbformat.read(p, as_version=4)) for p in solution_paths(folder)]
    deeper = [(p, nbformat.read(p, as_version=4)) for p in deeper_paths(folder)]
    if not core:
        return [], []
    entries = [_entry(p, nb, p.name) for p, nb in core]
    deeper_entries = [_entry(p, nb, p.name) for p, nb in deeper]
    lessons = {entry["name"]: entry for entry in entries}
    books = [nb for _, nb in core]
    table = contents(entries, deeper_entries, edition)

    work, problems = [], []
    for index, (path, nb) in enumerate(core):
        work.append((path, nb, path.name, index, navigation(entries, index, edition), table))
    for path, nb in solutions:
        lesson = lessons.get(path.name)
        if lesson is None:
            problems.append(f"solutions/{path.name}: no lesson {path.name}")
            continue
        work.append((path, nb, f"solutions/{path.name}", None,
                     solution_navigation(lesson, entries[0], edition), None))
    for path, nb in deeper:
        lesson = _linking_lesson(entries, books, path.name)
        work.append((path, nb, f"deeper/{path.name}", None,
                     deeper_navigation(lesson, entries[0], edition), None))

    restamped = []
    for path, nb, name, index, nav, contents_table in work:
        misplaced = required_tags(nb, name, index)
        problems += misplaced
        if misplaced:
            continue
        changed = False
        for i, source in stamped(nb, name, nav, repository, branch, contents_table,
                                 edition).items():
            if nb.cells[i].source != source:
                tag = next(t for t in nb.cells[i].metadata["tags"] if t.startswith("s2p-"))
                restamped.append(f"{name}: cell {i} ({tag}) disagrees with the stamp")
                nb.cells[i].source = source
                changed = True
        if changed and write:
            nbformat.write(nb, path)
    return problems, restamped


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report what disagrees (exit 1 if anything does)")
    args = parser.parse_args(argv)
    problems, restamped = sync(write=not args.check)
    for line in problems + restamped:
        print(line)
    return 1 if problems or (args.check and restamped) else 0


if __name__ == "__main__":
    sys.exit(main())
