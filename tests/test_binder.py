"""Binder's configuration: what repo2docker needs, and what it must not be given.

repo2docker builds from the root requirements.txt (which installs helpers with
``-e .``) on the Python of runtime.txt. Its base environment already provides
JupyterLab 4, Notebook 7 and ipywidgets 8, so requirements.txt may give them
lower bounds (and exclude a known-broken release) but never pin them, and no
file may switch repo2docker to another configuration.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def requirements():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def specifiers(line):
    name = re.match(r"[A-Za-z0-9_.-]+", line).group(0).lower()
    return name, re.findall(r"(==|!=|>=|<=|~=|<|>)\s*([\w.*]+)", line)


def test_runtime_is_a_supported_python():
    runtime = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip()
    match = re.fullmatch(r"python-3\.(\d+)", runtime)
    assert match, runtime
    floor = re.search(r'requires-python = ">=3\.(\d+)"',
                      (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert int(match.group(1)) >= int(floor.group(1))


def test_nothing_switches_repo2docker_away_from_the_root_files():
    # A binder/ folder makes repo2docker ignore the root files; environment.yml
    # ignores runtime.txt; a Dockerfile overrides everything.
    for name in ("binder", ".binder", "environment.yml", "Dockerfile", "Pipfile"):
        assert not (ROOT / name).exists(), name


def test_requirements_install_helpers_and_never_pin_the_base_image():
    lines = requirements()
    assert "-e ." in lines
    for line in lines:
        if line.startswith("-"):
            continue
        _, specs = specifiers(line)
        operators = {op for op, _ in specs}
        assert operators <= {">=", "!="}, f"{line}: lower bounds (and exclusions) only"


def test_requirements_floors_match_the_package():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = dict(re.findall(r'"(numpy|matplotlib|ipywidgets)>=([\d.]+)"', pyproject))
    floors = {}
    for line in requirements():
        if not line.startswith("-"):
            name, specs = specifiers(line)
            floors.update((name, v) for op, v in specs if op == ">=")
    assert {k: floors[k] for k in declared} == declared
