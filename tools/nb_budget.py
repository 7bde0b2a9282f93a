"""Words, cells and minutes of each core notebook, against the core path's budgets.

Usage::

    python tools/nb_budget.py            # the tables; exit 1 if a budget is exceeded

The budgets of the core path:

* 00 has at most 1,200 markdown words; 01 onwards at most 1,800 words and 55 cells;
* 00–07 take at most 3 hours, and the whole core path (00–08) at most 4.

Words are runs of letters or digits (``\\w+``) in markdown cells, after removing
URLs, HTML tags and ``$...$`` / ``$$...$$`` maths. A notebook's time is
computed, never guessed: words ÷ 200 per minute + 1 minute per code cell + the
minutes each exercise states in its heading (``### Exercise 2 · Title (3 min)``),
rounded up. Its "You will learn" cell states that number as
``**Time:** about N minutes``; the tests check that the two agree.

The Korean edition keeps the same budgets, counted the same way: a Korean word
is a run of letters between spaces (an eojeol), and Korean readers read about
as many of them per minute as English readers read words. Its notebooks say
``**시간:** 약 N분`` and ``### 연습 문제 2 · 제목 (3분)``.
"""

import json
import math
import re
import sys
from pathlib import Path

from editions import EDITIONS, edition_of

ROOT = Path(__file__).resolve().parent.parent
WORDS_00, WORDS_CORE, CELLS_CORE = 1200, 1800, 55
MINUTES_00_TO_07, MINUTES_CORE = 180, 240
WORDS_PER_MINUTE = 200

URL = re.compile(r"https?://\S+")
TAG = re.compile(r"<[^>]+>")
MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.S)
WORD = re.compile(r"\w+")
EXERCISE_MINUTES = EDITIONS["en"]["exercise"]
STATED_TIME = EDITIONS["en"]["stated_time"]


def words(source):
    """The number of words in one markdown source, counted as the budgets count them."""
    for pattern in (URL, TAG, MATH):
        source = pattern.sub(" ", source)
    return len(WORD.findall(source))


def _source(cell):
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def measure(path):
    """A dict of one notebook's words, cells, code cells, exercise minutes and times."""
    edition = EDITIONS[edition_of(path)]
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    markdown = [_source(c) for c in cells if c["cell_type"] == "markdown"]
    n_words = sum(words(text) for text in markdown)
    code = sum(c["cell_type"] == "code" for c in cells)
    exercises = [int(m) for text in markdown for m in edition["exercise"].findall(text)]
    stated = edition["stated_time"].findall("\n".join(markdown))
    return {
        "name": Path(path).name,
        "words": n_words,
        "cells": len(cells),
        "code_cells": code,
        "exercise_minutes": exercises,
        "minutes": math.ceil(n_words / WORDS_PER_MINUTE + code + sum(exercises)),
        "stated_minutes": [int(s) for s in stated],
    }


def over_budget(row):
    """What one notebook's row exceeds, as a list of phrases (empty when within budget)."""
    first = row["name"].startswith("00_")
    limit = WORDS_00 if first else WORDS_CORE
    problems = []
    if row["words"] > limit:
        problems.append(f"words {row['words']} > {limit}")
    if not first and row["cells"] > CELLS_CORE:
        problems.append(f"cells {row['cells']} > {CELLS_CORE}")
    return problems


def core_paths(folder=ROOT / "notebooks"):
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def main():
    failed = False
    for language, edition in EDITIONS.items():
        if core_paths(edition["folder"]):
            print(f"\n{language}")
            failed |= report([measure(path) for path in core_paths(edition["folder"])])
    return 1 if failed else 0


def report(rows):
    """Print one edition's table; true if a budget is exceeded."""
    print(f"{'notebook':44s} {'words':>6s} {'cells':>6s} {'code':>5s} {'exercises':>10s} "
          f"{'minutes':>8s} {'stated':>7s}")
    failed = False
    for row in rows:
        problems = over_budget(row)
        if row["stated_minutes"] != [row["minutes"]]:
            problems.append(f"states {row['stated_minutes']} minutes")
        failed |= bool(problems)
        stated = ",".join(map(str, row["stated_minutes"])) or "-"
        print(f"{row['name']:44s} {row['words']:6,d} {row['cells']:6d} {row['code_cells']:5d} "
              f"{sum(row['exercise_minutes']):10d} {row['minutes']:8d} {stated:>7s}  "
              + ("; ".join(problems) if problems else "ok"))
    early = sum(r["minutes"] for r in rows if r["name"][:2] <= "07")
    total = sum(r["minutes"] for r in rows)
    print(f"{'00-07':44s} {sum(r['words'] for r in rows if r['name'][:2] <= '07'):6,d} "
          f"{'':6s} {'':5s} {'':10s} {early:8d}  (budget {MINUTES_00_TO_07})")
    print(f"{'whole core path':44s} {'':6s} {'':6s} {'':5s} {'':10s} {total:8d}  "
          f"(budget {MINUTES_CORE})")
    return failed or early > MINUTES_00_TO_07 or total > MINUTES_CORE


if __name__ == "__main__":
    sys.exit(main())
