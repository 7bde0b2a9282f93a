"""Each explorer's front end computes what its Python twin computes.

Every explorer has a ``frame`` in Python (``helpers/explorers/<name>.py``) and one
in JavaScript (``<name>.js``), and ``core.js`` repeats :mod:`helpers.formatting`.
These tests run the JavaScript in Node, on the very module text the browser
receives, and compare:

* frames on a grid of control values per explorer, extremes and ties included:
  every number within 1e-9 (relative) and every text exactly;
* the formatters on values that are exact ties, where JavaScript's ``toFixed``
  and Python round differently.

The browser tests (``tests/browser``) then check that the page draws the frames
where the static SVG's axes say.
"""

import json
import math
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import formatting, use_language
from helpers.explorers.core import front_end_module, slider
from helpers.widgets import EXPLORERS

NODE = shutil.which("node")
RUNNER = Path(__file__).parent / "js" / "run_frames.js"

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


def encode(value):
    """Infinities and nan as strings, since JSON has none."""
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    return value


def decode(value):
    if value in ("inf", "-inf", "nan"):
        return float(value)
    if isinstance(value, dict):
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def run_js(script, calls):
    """The results of ``calls`` made to the front-end module of ``script``."""
    payload = json.dumps({"module": front_end_module(script), "calls": encode(calls)})
    done = subprocess.run([NODE, str(RUNNER)], input=payload, capture_output=True, text=True,
                          check=True, timeout=60)
    results = json.loads(done.stdout)
    for call, result in zip(calls, results, strict=True):
        assert "error" not in result, f"{call}: {result['error']}"
    return [decode(result.get("ok")) for result in results]


def differences(python, js, where=""):
    """Where two frames differ: numbers beyond 1e-9 relative, texts at all."""
    problems = []
    if isinstance(python, dict):
        if not isinstance(js, dict) or set(python) != set(js):
            shown = sorted(js) if isinstance(js, dict) else js
            return [f"{where}: keys {sorted(python)} vs {shown}"]
        for key in python:
            problems += differences(python[key], js[key], f"{where}.{key}")
    elif isinstance(python, list | tuple):
        if not isinstance(js, list) or len(python) != len(js):
            return [f"{where}: {python} vs {js}"]
        for i, (a, b) in enumerate(zip(python, js, strict=True)):
            problems += differences(a, b, f"{where}[{i}]")
    elif isinstance(python, bool) or isinstance(python, str) or python is None:
        if python != js:
            problems.append(f"{where}: {python!r} vs {js!r}")
    else:
        a, b = float(python), float(js)
        if not (a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)):
            problems.append(f"{where}: {a!r} vs {b!r}")
    return problems


# --- frames -----------------------------------------------------------------------------------

# For each explorer: the arguments that make it, and states to set (as ``set`` takes them).
# Each grid holds the extremes of every control, ties, and ordinary values.
GRIDS = {
    "sigmoid": ({"z": 0.0}, [{"z": z} for z in (-8.0, -7.9, -4.0, -2.0, -0.1, 0.0, 0.1, 0.5,
                                                 1.0, 1.8, 2.0, 4.0, 7.9, 8.0)]),
    "scores": ({"z": (2.0, 1.0, 0.1)}, [{"z": z} for z in (
        [2.0, 1.0, 0.1], [6.0, 6.0, 6.0], [-6.0, -6.0, -6.0], [6.0, -6.0, 0.0],
        [-6.0, 6.0, -6.0], [0.0, 0.0, 0.0], [3.0, 1.0, -0.5], [1.0, 1.0, -1.0],
        [-0.1, 0.0, 0.1], [2.5, 2.5, 2.5], [-2.0, -3.0, -4.0], [1.5, -1.5, -6.0],
        [-6.0, 0.1, -0.1], [5.9, -5.9, 0.0])]),
    "odds": ({"p": 0.75}, [{"p": p} for p in (0.0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.33,
                                             0.5, 0.6, 0.67, 0.75, 0.9, 0.97, 0.98, 0.99,
                                             1.0, -0.2, 1.5)]),
    "logit": ({"p": 0.75}, [{"p": p} for p in (0.0, 0.01, 0.1, 0.25, 0.26, 0.49, 0.5, 0.51,
                                               0.74, 0.75, 0.9, 0.91, 0.95, 0.99, 1.0)]),
    "inverse": ({"z": 3.0}, [{"z": -9.0}, {"z": 9.0}] + [{"z": (i - 60) / 10} for i in range(121)]),
    "derivation": ({"r": [1.0, 0.5], "ref": 3}, [
        {"r": [1.0, 0.5], "ref": 3, "shift": 0.0}, {"shift": 4.0}, {"shift": 5.0},
        {"shift": -5.0}, {"ref": 1, "shift": 0.0}, {"ref": 2}, {"r": [-0.5, -1.0], "ref": 1},
        {"r": [5.0, 5.0], "ref": 3, "shift": 5.0}, {"r": [-5.0, -5.0], "shift": -5.0},
        {"r": [5.0, -5.0], "ref": 2, "shift": 2.5}, {"r": [0.0, 0.0], "ref": 3, "shift": 0.0},
        {"r": [0.0, 0.0], "ref": 1, "shift": 0.1}, {"r": [-5.0, 5.0], "ref": 1, "shift": -0.1},
        {"r": [0.3, -2.7], "ref": 2, "shift": 1.3}, {"r": [9.0, -9.0], "shift": -9.0}]),
    "softmax": ({"z": (2.0, 1.0, 0.1)}, [
        {"z": [2.0, 1.0, 0.1], "T": 1.0, "base": "e"}, {"T": 0.01}, {"T": 100.0},
        {"T": 0.01, "base": "0.5"}, {"T": 100.0, "base": "0.5"}, {"T": 1.0, "base": "2"},
        {"T": 0.01, "base": "10"}, {"T": 100.0, "base": "10"}, {"T": 0.5, "base": 2},
        {"z": [6.0, -6.0, 6.0], "T": 0.01, "base": "10"},
        {"z": [2.0, 2.0, 0.0], "T": 0.01, "base": "e"},
        {"z": [-6.0, 6.0, -6.0], "T": 0.01, "base": "0.5"},
        {"z": [-6.0, -6.0, -6.0], "T": 1.0, "base": "2"},
        {"z": [6.0, 5.9, -6.0], "T": 0.01, "base": "10"},
        {"z": [0.5, 2.0, -1.0], "T": 0.7, "base": 0.5},
        {"z": [0.0, 0.1, 0.0], "T": 3.7, "base": "e"},
        {"z": [-6.0, 6.0, 0.0], "T": 100.0, "base": "10"},
    ]),
    "simplex": ({"z": (2.0, 1.0, 0.1)}, [
        {"z": [2.0, 1.0, 0.1], "T": 1.0, "shift": 0.0}, {"shift": 5.0}, {"shift": -5.0},
        {"shift": 0.1, "T": 0.01}, {"shift": 0.0, "T": 100.0}, {"T": 0.5, "shift": -2.7},
        {"z": [6.0, -6.0, -6.0], "T": 0.01, "shift": 5.0},
        {"z": [-6.0, 6.0, -6.0], "T": 100.0, "shift": -5.0},
        {"z": [-6.0, -6.0, 6.0], "T": 1.0, "shift": 0.0},
        {"z": [-6.0, -6.0, -6.0], "T": 0.01, "shift": -5.0},
        {"z": [6.0, 6.0, 6.0], "T": 100.0, "shift": 5.0},
        {"z": [2.0, 2.0, 0.0], "T": 0.01, "shift": 0.0},
        {"z": [0.0, 3.0, 3.0], "T": 0.02, "shift": -0.3},
        {"z": [-1.0, 4.0, -1.0], "T": 3.0, "shift": 1.1},
        {"z": [6.0, 5.9, -6.0], "T": 0.01, "shift": -5.0},
        {"z": [0.3, -0.2, 0.1], "T": 20.0, "shift": 2.2},
    ]),
    "training": ({}, [
        {"step": 0, "rate": 0.5, "point": (0.0, 0.0)}, {"step": 200}, {"rate": 0.05},
        {"rate": 5.0}, {"step": 0}, {"step": 1, "point": (-3.0, -3.0)},
        {"step": 2, "rate": 0.5, "point": (3.0, 3.0)},
        {"step": 20, "rate": 0.05, "point": (-3.0, 3.0)},
        {"step": 22, "rate": 0.5, "point": (3.0, -3.0)},
        {"step": 100, "rate": 5.0, "point": (0.1, -0.1)},
        {"step": 195, "rate": 0.05, "point": (-1.3, 2.7)},
        {"step": 7, "rate": 0.5, "point": (1.5, -1.0)},
        {"step": 200, "rate": 5.0, "point": (3.0, 3.0)},
        {"step": 200, "rate": 0.05, "point": (-3.0, -3.0)},
    ]),
}


def test_every_explorer_has_a_grid():
    assert set(GRIDS) == set(EXPLORERS)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("name", sorted(GRIDS))
def test_front_end_frames_equal_python_frames_on_a_grid_of_states(name, language):
    arguments, grid = GRIDS[name]
    use_language(language)  # the readouts' words come from the language's table
    try:
        explorer = EXPLORERS[name](**arguments)
    finally:
        use_language("en")
    assert len(grid) >= 8, "a grid needs the extremes and the ordinary"
    python = []
    for state in grid:
        explorer.set(**state)
        python.append((explorer.values, explorer.frame()))
    constants = explorer.view.scene["constants"]
    calls = [["frame", values, constants] for values, _ in python]
    js = run_js(explorer.script, calls)
    problems = []
    for (values, frame), js_frame in zip(python, js, strict=True):
        problems += differences(frame, js_frame, f"{name}{values}")
    assert not problems, "\n".join(problems[:20])


# --- formatting ------------------------------------------------------------------------------

TIES = [0.125, 0.375, 0.625, 0.875, 2.5, 3.5, -0.125, -2.5, 0.0625, 1.0625, 1e-7, -1e-7]
ORDINARY = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2 + 0.1, 1 / 3, -2 / 3, 0.8807970779778823,
            0.1049935854035065, 123.456, -9.995, 9.996, 0.004343, 99.96, 144.27, -1.4427,
            1e-5, 9.9999e-6, 1e21 / 1e19, float("inf"), float("-inf")]


def test_shown_in_the_browser_equals_python_including_exact_ties():
    cases = [(x, d) for x in TIES + ORDINARY for d in (0, 1, 2, 3, 4, 6)]
    js = run_js("sigmoid.js", [["shown", x, d] for x, d in cases])
    wrong = [(x, d, formatting.shown(x, d), got) for (x, d), got in zip(cases, js, strict=True)
             if formatting.shown(x, d) != got]
    assert not wrong, wrong


def test_exact_ties_go_to_even_where_javascript_toFixed_would_not():
    # The reason for the tie rule in core.js: (0.125).toFixed(2) is "0.13" in JavaScript.
    assert formatting.shown(0.125) == "0.12"
    assert formatting.shown(0.375) == "0.38"
    assert formatting.shown(2.5, 0) == "2"
    assert run_js("sigmoid.js", [["shown", 0.125, 2], ["shown", 2.5, 0]]) == ["0.12", "2"]


def test_significant_in_the_browser_equals_python():
    values = TIES + ORDINARY + [x * s for x in (0.0043429, 0.04343, 0.4343, 4.343, 43.43,
                                                 434.3, 0.99949, 0.099951, 99.949) for s in (1, -1)]
    js = run_js("sigmoid.js", [["significant", x] for x in values])
    wrong = [(x, formatting.significant(x), got) for x, got in zip(values, js, strict=True)
             if formatting.significant(x) != got]
    assert not wrong, wrong


def test_slider_values_snap_to_the_same_step_in_both_languages():
    control = slider("z", 0.0, -8.0, 8.0, 0.1)
    spec = {"kind": "float", "min": -8.0, "max": 8.0, "step": 0.1}
    raw = [1.8000000000000007, 0.30000000000000004, -7.999999, 8.5, -9.0, 0.05, -0.05, 2.25]
    from helpers.explorers.core import snap
    js = run_js("sigmoid.js", [["snap", x, spec] for x in raw])
    assert js == [snap(control, x) for x in raw]
    assert snap(control, 1.8000000000000007) == 1.8


# --- odds: the ratio readout --------------------------------------------------------------

ODDS_AWKWARD_P = [
    5e-324, 1e-300, 2.0**-1022, 1e-17, 1e-10, 1e-6, 0.047619047619047616, 1 / 22, 1 / 21, 1 / 7,
    0.1 + 0.2, 1 / 3, 0.3333333333333333, 0.33, 2 / 3, 0.125, 0.375, 9 / 17, 0.7, 20 / 21,
    21 / 22, 0.999, 0.999999, 1 - 1e-10, 1 - 2.0**-52, 1 - 2.0**-53, 0.0, -0.0, 1.0,
]


def test_odds_ratio_in_the_browser_equals_python():
    """The ratio readout on the slider's grid, awkward values and random ones, near 0 and 1."""
    import random

    from helpers.explorers.odds import OddsExplorer, odds_ratio

    explorer = OddsExplorer()
    rng = random.Random(3)
    ps = ([i / 100 for i in range(101)] + [round(i * 0.01, 10) for i in range(101)]
          + ODDS_AWKWARD_P + [rng.random() for _ in range(300)]
          + [10.0 ** -rng.uniform(0.0, 320.0) for _ in range(200)]
          + [1.0 - 10.0 ** -rng.uniform(0.0, 16.0) for _ in range(200)])
    constants = explorer.view.scene["constants"]
    js = run_js(explorer.script, [["frame", {"p": p}, constants] for p in ps])
    wrong = [(p, odds_ratio(p), got["ratio"]["text"]) for p, got in zip(ps, js, strict=True)
             if odds_ratio(p) != got["ratio"]["text"]]
    assert not wrong, wrong[:20]
    problems = [d for p, got in zip(ps, js, strict=True)
                for d in differences(explorer.frame({"p": p}), got, f"odds(p={p!r})")]
    assert not problems, "\n".join(problems[:20])
    assert [odds_ratio(p) for p in (0.25, 0.6, 0.33, 0.95, 5e-324)] == [
        "1 : 3", "3 : 2", "≈ 1 : 2", "19 : 1", "1 : " + str(2**1074)]


# --- derivation: two and six classes ------------------------------------------------------


def test_derivation_frames_equal_python_frames_for_two_and_six_classes():
    """Every slider step with K = 2, and random steps with K = 6, each reference class."""
    import random

    from helpers.explorers.derivation import DerivationExplorer

    rng = random.Random(6)
    steps = [round(-5.0 + 0.1 * i, 10) for i in range(101)]
    cases = [(DerivationExplorer(r=[0.0]), {"r0": r, "ref": ref, "shift": shift})
             for r in steps for ref in (1, 2) for shift in (-5.0, 0.0, 5.0)]
    six = DerivationExplorer(r=[1.0, 0.5, 0.0, -1.0, 5.0])
    cases += [(six, {**{f"r{j}": rng.choice(steps) for j in range(5)},
                     "ref": rng.randint(1, 6), "shift": rng.choice(steps)})
              for _ in range(300)]
    cases += [(six, {**{f"r{j}": value for j in range(5)}, "ref": ref, "shift": value})
              for value in (-5.0, 0.0, 5.0) for ref in range(1, 7)]
    js = run_js("derivation.js", [["frame", values, explorer.view.scene["constants"]]
                                  for explorer, values in cases])
    problems = [d for (explorer, values), got in zip(cases, js, strict=True)
                for d in differences(explorer.frame(values), got, f"derivation{values}")]
    assert not problems, "\n".join(problems[:20])


# --- training: other measurements, rates and lengths ----------------------------------------


def test_training_frames_equal_python_frames_for_other_features_rates_and_steps():
    """Every kept step of a short run on other measurements, each rate, points on the grid."""
    from helpers.explorers.training import TrainingExplorer

    explorer = TrainingExplorer(features=("flipper_length_mm", "body_mass_g"),
                                learning_rates=(0.1, 1.0, 20.0, 100.0), steps=60)
    options = [value for _, value in explorer.controls["step"].options]
    cases = [{"step": step, "rate": rate, "x0": round(-3.0 + 0.1 * ((7 * i) % 61), 10),
              "x1": round(3.0 - 0.1 * ((11 * i) % 61), 10)}
             for i, (step, rate) in enumerate((s, r) for s in options
                                              for r in (0.1, 1.0, 20.0, 100.0))]
    js = run_js(explorer.script, [["frame", values, explorer.view.scene["constants"]]
                                  for values in cases])
    problems = [d for values, got in zip(cases, js, strict=True)
                for d in differences(explorer.frame(values), got, f"training{values}")]
    assert not problems, "\n".join(problems[:20])
