"""The two editions of the collection, English and Korean, and the fixed words of each.

Each notebook has the same anatomy in both editions; only the words that mark it
differ. This table is the one place that says which words: the notebook tools
(``sync_notebooks.py``, ``sync_translations.py``, ``nb_budget.py``) and the tests
read it.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EDITIONS = {
    "en": {
        "folder": ROOT / "notebooks",
        "prefix": "",  # below notebooks/
        "headings": {
            "learn": "## You will learn", "try": "## Try it", "check": "## Check yourself",
            "questionnaire": "### Questionnaire", "misconceptions": "## Misconceptions",
            "summary": "## Summary", "reading": "## Further reading", "contents": "## Contents",
            "solutions": "## Solutions",
        },
        "time": "**Time:**",
        "stated_time": re.compile(r"\*\*Time:\*\* about (\d+) minutes"),
        "prerequisites": "**Prerequisites:**",
        "exercise": re.compile(r"^### Exercise .*\((\d+) min\)\s*$", re.M),
        "exercise_heading": re.compile(r"^### Exercise .*$", re.M),
        "going_deeper": "★ **Going deeper:**",
        "solutions_title": " · Solutions: ",
        "nav": {"previous": "**Previous:**", "contents": "**Contents:**", "next": "**Next:**",
                "lesson": "**Back to the lesson:**", "back": "**Back to:**"},
        "table": {"head": "| notebook | what it gives you |",
                  "deeper": "**Going deeper** (optional, each linked from the place in the "
                            "core where it applies): ",
                  "solutions": "Worked solutions to every exercise are in "
                               "[solutions/](solutions/), one notebook per lesson."},
        "setup_comment": "# Setup. On Google Colab only, install helpers from the repository.",
        "language_lines": "",
        "imports_marker": "# ---- what this notebook uses ----",
        "colab_alt": ("Open In Colab", "Launch Binder"),
    },
    "ko": {
        "folder": ROOT / "notebooks" / "ko",
        "prefix": "ko/",
        "headings": {
            "learn": "## 배울 내용", "try": "## 직접 해 보기", "check": "## 스스로 확인하기",
            "questionnaire": "### 확인 질문", "misconceptions": "## 흔한 오해",
            "summary": "## 요약", "reading": "## 더 읽을거리", "contents": "## 차례",
            "solutions": "## 풀이",
        },
        "time": "**시간:**",
        "stated_time": re.compile(r"\*\*시간:\*\* 약 (\d+)분"),
        "prerequisites": "**선수 지식:**",
        "exercise": re.compile(r"^### 연습 문제 .*\((\d+)분\)\s*$", re.M),
        "exercise_heading": re.compile(r"^### 연습 문제 .*$", re.M),
        "going_deeper": "★ **더 깊이:**",
        "solutions_title": " · 풀이: ",
        "nav": {"previous": "**이전:**", "contents": "**차례:**", "next": "**다음:**",
                "lesson": "**수업으로 돌아가기:**", "back": "**돌아가기:**"},
        "table": {"head": "| 노트북 | 얻는 것 |",
                  "deeper": "**더 깊이** (선택: 각각 핵심 과정에서 필요한 곳에 "
                            "링크되어 있습니다): ",
                  "solutions": "모든 연습 문제의 풀이는 [solutions/](solutions/)에 수업마다 "
                               "노트북 하나씩 있습니다."},
        "setup_comment": "# 설정. Google Colab에서만 저장소에서 helpers를 설치합니다.",
        "language_lines": 'import helpers\n\nhelpers.use_language("ko")\n',
        "imports_marker": "# ---- 이 노트북이 쓰는 것 ----",
        "colab_alt": ("Colab에서 열기", "Binder에서 실행"),
    },
}
"""language code → what marks a notebook's anatomy in that edition."""

LANGUAGES = tuple(EDITIONS)
# The line of a setup cell after which the notebook's own code starts, in any edition.
IMPORTS_MARKERS = tuple(edition["imports_marker"] for edition in EDITIONS.values())


def edition_of(path):
    """The language code of the edition a notebook belongs to."""
    parts = Path(path).resolve().relative_to(ROOT / "notebooks").parts
    return "ko" if parts and parts[0] == "ko" else "en"


def notebooks(language, kind="all"):
    """An edition's notebooks: ``kind`` is "core", "solutions", "deeper" or "all"."""
    folder = EDITIONS[language]["folder"]
    found = {
        "core": sorted(folder.glob("[0-9][0-9]_*.ipynb")),
        "solutions": sorted((folder / "solutions").glob("[0-9][0-9]_*.ipynb")),
        "deeper": sorted((folder / "deeper").glob("*.ipynb")),
    }
    if kind == "all":
        return found["core"] + found["solutions"] + found["deeper"]
    return found[kind]


def twin(path):
    """The English notebook a Korean one translates (or the Korean twin of an English one)."""
    path = Path(path).resolve()
    relative = path.relative_to(ROOT / "notebooks")
    if relative.parts[0] == "ko":
        return ROOT / "notebooks" / Path(*relative.parts[1:])
    return ROOT / "notebooks" / "ko" / relative
