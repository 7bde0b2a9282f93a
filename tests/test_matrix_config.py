"""The compatibility matrix (noxfile.py) tests what we claim: its "oldest" session
pins exactly the floors that pyproject.toml and requirements.txt declare, and Colab's
pins satisfy them. Cheap: this reads the pins and runs no session."""

import re
from pathlib import Path

import pytest

import noxfile

tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*?)\s*$")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def version(text):
    parts = tuple(int(part) for part in text.split("."))
    return parts + (0,) * (3 - len(parts))


def specifiers(requirement):
    """{'numpy': [('>=', '1.26')]} for 'numpy>=1.26'."""
    name, rest = REQUIREMENT.match(requirement).groups()
    found = [re.fullmatch(r"(==|!=|>=|<=|<|>|~=)\s*([0-9][0-9.]*)", part.strip())
             for part in rest.split(",") if part.strip()]
    assert all(found), f"cannot read {requirement!r}"
    return canonical(name), [match.groups() for match in found]


def bounds(requirements, operator):
    """{name: version} for every requirement with an ``operator`` bound (">=", "==")."""
    result = {}
    for requirement in requirements:
        name, specs = specifiers(requirement)
        for op, value in specs:
            if op == operator:
                result[name] = value
    return result


def floors(requirements):
    """{name: floor} for every requirement with a >= bound."""
    return bounds(requirements, ">=")


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirements_txt():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0] for line in lines
            if line.split("#")[0].strip() and not line.strip().startswith("-")]


def exact_pins(env):
    """{name: version} for the environment's == pins."""
    return bounds(env.pins, "==")


def test_the_package_declares_floors():
    declared = floors(pyproject()["project"]["dependencies"])
    assert {"numpy", "matplotlib", "ipywidgets"} <= set(declared)


def test_oldest_environment_pins_exactly_the_floors_of_pyproject():
    project = pyproject()["project"]
    env = noxfile.OLDEST
    pins = exact_pins(env)
    for name, floor in floors(project["dependencies"]).items():
        assert name in pins, f"oldest does not pin {name} (declared >= {floor})"
        assert version(pins[name]) == version(floor), (
            f"oldest pins {name}=={pins[name]}, but pyproject.toml declares {name}>={floor}")
    assert project["requires-python"] == f">={env.python}"


def test_requirements_txt_declares_the_same_floors_as_pyproject():
    declared = floors(pyproject()["project"]["dependencies"])
    learner = floors(requirements_txt())
    for name, floor in declared.items():
        assert name in learner, f"requirements.txt has no floor for {name}"
        assert version(learner[name]) == version(floor), (
            f"requirements.txt: {name}>={learner[name]}, pyproject.toml: {name}>={floor}")


def test_colab_pins_satisfy_every_declared_bound():
    """Installing helpers (or requirements.txt) on Colab must change nothing."""
    pins = exact_pins(noxfile.COLAB)
    for requirement in pyproject()["project"]["dependencies"] + requirements_txt():
        name, specs = specifiers(requirement)
        if name not in pins:
            continue
        for operator, value in specs:
            if operator == ">=":
                assert version(pins[name]) >= version(value), (requirement, pins[name])
            elif operator == "!=":
                assert version(pins[name]) != version(value), (requirement, pins[name])
