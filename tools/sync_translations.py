"""Keep the Korean edition in step with the English one.

Usage::

    python tools/sync_translations.py                  # copy code changes across, then report
    python tools/sync_translations.py --check          # only report; exit 1 if anything is off
    python tools/sync_translations.py --translated notebooks/ko/02_sigmoid.ipynb 5 7
                                                        # record cells 5 and 7 as translated
    python tools/sync_translations.py --start notebooks/deeper/new_topic.ipynb
                                                        # begin a Korean twin of a new notebook

Every English notebook ``notebooks/<path>`` has a Korean twin
``notebooks/ko/<path>`` with the same cells, in the same order, of the same
types, with the same tags. Then:

* **Code is the same.** A Korean code cell equals its English twin token by
  token, except in string literals and comments (a ``print`` label may be
  Korean). The setup cell is compared after its stamped header (which chooses
  the language), from the line ``# ---- what this notebook uses ----`` on
  (in Korean, ``# ---- 이 노트북이 쓰는 것 ----``). When
  an English code cell changes, this tool copies it over the Korean one and
  says so: its strings and comments then need translating again.
* **Prose is tracked.** Each Korean markdown cell records the hash of the
  English cell it translates (cell metadata ``s2p-translation``). ``--check``
  lists the Korean cells whose English has changed since, and those never
  recorded; after translating them, record them with ``--translated``. The
  stamped cells (badges, navigation, contents) are written by
  ``sync_notebooks.py`` and not tracked here.
* **Structure is a person's job.** A twin with a cell more or less, or of
  another type or tag, is reported and left alone: insert or remove the same
  cell in the Korean notebook by hand (``--start`` gives a new notebook a
  Korean twin to translate).
"""

import argparse
import ast
import hashlib
import io
import re
import sys
import tokenize
from pathlib import Path

import nbformat

from editions import IMPORTS_MARKERS, ROOT, notebooks, twin

STAMPED = {"s2p-badges", "s2p-nav", "s2p-contents"}
KEY = "s2p-translation"


def digest(text):
    """The short hash a Korean cell records of the English cell it translates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _python(source):
    """A cell's source as plain Python: IPython magics become calls, as IPython runs them."""
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager().transform_cell(source)


def _without_text(node):
    """An expression inside an f-string's braces, its own string literals emptied."""
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            child.value = ""
    return node


def code_tokens(source):
    """The tokens of a code cell that a translation must keep.

    Comments, line breaks inside brackets and the text of string literals drop
    out; an f-string keeps its replacement fields, the code inside ``{...}``.
    """
    kept = []
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}
    middle = getattr(tokenize, "FSTRING_MIDDLE", None)  # Python 3.12+
    for token in tokenize.generate_tokens(io.StringIO(_python(source)).readline):
        if token.type in skip or token.type == middle:
            continue
        if token.type == tokenize.STRING:
            node = ast.parse(token.string.strip(), mode="eval").body
            fields = [ast.dump(_without_text(v)) for v in getattr(node, "values", ())
                      if isinstance(v, ast.FormattedValue)]
            kept.append(("STRING", tuple(fields)))
            continue
        kept.append((tokenize.tok_name[token.type], token.string))
    return kept


def own_code(cell):
    """The part of a code cell that must match: after the setup cell's stamped header."""
    if "s2p-setup" in cell.metadata.get("tags", []):
        return re.split("|".join(map(re.escape, IMPORTS_MARKERS)), cell.source, maxsplit=1)[-1]
    return cell.source


def _tags(cell):
    return sorted(t for t in cell.metadata.get("tags", []) if t.startswith("s2p-"))


def structure_problems(english, korean, name):
    if len(english.cells) != len(korean.cells):
        return [f"{name}: {len(korean.cells)} cells, the English has {len(english.cells)}"]
    problems = []
    for i, (en, ko) in enumerate(zip(english.cells, korean.cells, strict=True)):
        if en.cell_type != ko.cell_type:
            problems.append(f"{name}: cell {i} is {ko.cell_type}, the English is {en.cell_type}")
        elif _tags(en) != _tags(ko):
            problems.append(f"{name}: cell {i} has tags {_tags(ko)}, the English {_tags(en)}")
    return problems


def _shown(path):
    path = Path(path).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def compare(english_path, korean_path, *, write=False):
    """``(problems, copied, stale)`` for one pair of twins; with ``write``, copies code."""
    name = _shown(korean_path)
    if not Path(korean_path).exists():
        return [f"{name}: missing (start it with --start {_shown(english_path)})"], [], []
    english = nbformat.read(english_path, as_version=4)
    korean = nbformat.read(korean_path, as_version=4)
    problems = structure_problems(english, korean, name)
    if problems:
        return problems, [], []
    copied, stale = [], []
    for i, (en, ko) in enumerate(zip(english.cells, korean.cells, strict=True)):
        if en.cell_type == "code":
            if code_tokens(own_code(en)) != code_tokens(own_code(ko)):
                copied.append(f"{name}: cell {i}: the code differs from the English")
                if write and "s2p-setup" not in _tags(en):
                    ko.source = en.source
                    ko.metadata.pop(KEY, None)
        elif en.cell_type == "markdown" and not STAMPED & set(_tags(en)):
            recorded = ko.metadata.get(KEY, {}).get("source")
            if recorded is None:
                stale.append(f"{name}: cell {i}: not recorded as translated")
            elif recorded != digest(en.source):
                stale.append(f"{name}: cell {i}: its English changed since it was translated")
    if write and copied:
        nbformat.write(korean, korean_path)
    return problems, copied, stale


def check(*, write=False):
    """``(problems, copied, stale)`` over every English notebook and its Korean twin."""
    problems, copied, stale = [], [], []
    for path in notebooks("en"):
        found = compare(path, twin(path), write=write)
        problems += found[0]
        copied += found[1]
        stale += found[2]
    for path in notebooks("ko"):
        if not twin(path).exists():
            problems.append(f"{path.relative_to(ROOT).as_posix()}: no English twin")
    return problems, copied, stale


def record_translated(korean_path, cells=None):
    """Record Korean markdown cells (all, or the indices ``cells``) as translating their
    English twins as they are now."""
    korean_path = Path(korean_path).resolve()
    english = nbformat.read(twin(korean_path), as_version=4)
    korean = nbformat.read(korean_path, as_version=4)
    problems = structure_problems(english, korean, korean_path.name)
    if problems:
        raise SystemExit("\n".join(problems))
    for i, (en, ko) in enumerate(zip(english.cells, korean.cells, strict=True)):
        if en.cell_type == "markdown" and not STAMPED & set(_tags(en)) and (
                cells is None or i in cells):
            ko.metadata[KEY] = {"source": digest(en.source)}
    nbformat.write(korean, korean_path)


def start(english_path):
    """A Korean twin of an English notebook: the same cells, to translate."""
    english_path = Path(english_path).resolve()
    korean_path = twin(english_path)
    if korean_path.exists():
        raise SystemExit(f"{korean_path.relative_to(ROOT)} exists already")
    nb = nbformat.read(english_path, as_version=4)
    for cell in nb.cells:
        cell.metadata.pop(KEY, None)
    korean_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, korean_path)
    return korean_path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true",
                       help="only report (exit 1 if anything is off)")
    group.add_argument("--translated", nargs="+", metavar=("NOTEBOOK", "CELL"),
                       help="record a Korean notebook's cells (all if none given) as translated")
    group.add_argument("--start", metavar="NOTEBOOK",
                       help="copy an English notebook to its Korean twin, to translate")
    args = parser.parse_args(argv)
    if args.translated:
        path, *cells = args.translated
        record_translated(path, {int(c) for c in cells} or None)
        return 0
    if args.start:
        print(f"wrote {start(args.start).relative_to(ROOT)}: translate its markdown, strings "
              f"and comments, then run sync_notebooks.py and --translated")
        return 0
    problems, copied, stale = check(write=not args.check)
    for line in problems + copied + stale:
        print(line)
    if copied and not args.check:
        print(f"{len(copied)} code cells copied from English: translate their strings and "
              f"comments again")
    return 1 if problems or stale or (args.check and copied) else 0


if __name__ == "__main__":
    sys.exit(main())
