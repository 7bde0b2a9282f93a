"""The explorers in helpers.widgets: values in frames, the static SVG, display, test hooks.

Every explorer is checked without a browser. Setting a control from Python must
move the marks of its frame to the values helpers.numerics (or a hand
computation) gives, and never warn or show nan, whatever the controls are set
to. The browser draws a frame over the static SVG at the positions
``svg_frame`` gives; the PNG snapshot is drawn by matplotlib, and the two must
put every mark in the same place. ``tests/test_explorer_frames.py`` holds the
front end's frames equal to the Python ones; these tests hold the Python ones
to the mathematics.
"""

import ast
import base64
import gc
import hashlib
import io
import itertools
import json
import math
import re
import subprocess
import sys
import warnings
from pathlib import Path
from unittest import mock

import anywidget
import ipywidgets as widgets
import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.display import display
from IPython.utils.capture import capture_output
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image
from traitlets.config import Config

import helpers
from helpers import widgets as w

ROOT = Path(__file__).resolve().parent.parent
HELPERS = ROOT / "helpers"

EXPLORERS = [
    w.ScoresExplorer,
    w.SigmoidExplorer,
    w.OddsExplorer,
    w.LogitExplorer,
    w.InverseExplorer,
    w.DerivationExplorer,
    w.SoftmaxExplorer,
    w.SimplexExplorer,
    w.TrainingExplorer,
]
# A control of each explorer, and a value that differs from its default.
A_CHANGE = {
    w.ScoresExplorer: {"z1": -2.5},
    w.SigmoidExplorer: {"z": -1.5},
    w.OddsExplorer: {"p": 0.4},
    w.LogitExplorer: {"p": 0.2},
    w.InverseExplorer: {"z": -2.0},
    w.DerivationExplorer: {"shift": 2.0},
    w.SoftmaxExplorer: {"T": 0.5},
    w.SimplexExplorer: {"T": 0.5},
    w.TrainingExplorer: {"step": 50},
}
# Explorers whose static layer depends on the number of classes, with six of them.
SIX_CLASSES = [
    lambda: w.ScoresExplorer(z=[3.0, 2.0, 1.0, 0.0, -1.0, -2.0]),
    lambda: w.DerivationExplorer(r=[1.0, 0.5, 0.0, -1.0, 5.0], ref=2),
    lambda: w.SoftmaxExplorer(z=[3.0, 2.0, 1.0, 0.0, -1.0, -2.0]),
]
SELECTIONS = (widgets.Dropdown, widgets.ToggleButtons, widgets.SelectionSlider)
ALLOWED_CONTROLS = (widgets.FloatSlider, widgets.FloatLogSlider, widgets.IntSlider,
                    widgets.Checkbox, *SELECTIONS)
MAX_WIDTH_PX = 840  # JupyterLab's notebook column with the file browser open
DPI = 100  # of the PNG snapshot
SUBSCRIPTS = "₀₁₂₃₄₅₆"

each_explorer = pytest.mark.parametrize("cls", EXPLORERS, ids=lambda cls: cls.__name__)


@pytest.fixture(autouse=True)
def _warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # The one exception, as in pyproject.toml: ipywidgets 7 (Colab's 7.7.1) reads trait
        # metadata with traitlets' deprecated get_metadata whenever a widget adds traits.
        warnings.filterwarnings("ignore", "Deprecated in traitlets 4.1", DeprecationWarning,
                                "traitlets")
        yield


@pytest.fixture
def kernel_drawn():
    """Explorers made in the test draw in the kernel; browser drawing comes back after."""
    w.use_kernel_drawing(True)
    try:
        yield
    finally:
        w.use_kernel_drawing(False)


def texts(frame, *keys):
    return [frame[key]["text"] for key in keys]


def heights(frame, prefix, k):
    return np.array([frame[f"{prefix}{i}"]["h"] for i in range(k)])


def point(frame, key):
    xs, ys = frame[key]["xs"], frame[key]["ys"]
    assert len(xs) == len(ys) == 1, key
    return xs[0], ys[0]


def decoded(png):
    """The PNG decoded to its last byte (a broken stream or checksum raises)."""
    image = Image.open(io.BytesIO(png))
    image.load()
    assert image.format == "PNG"
    return image


def still_layer(explorer):
    """A digest of the SVG of what never moves, as the browser receives it."""
    return hashlib.sha256(explorer.view.scene["svg"].encode()).hexdigest()[:16]


def snapshot_size(cls):
    """The snapshot's size in pixels, from the explorer's size in inches."""
    width, height = cls.size
    return round(width * DPI), round(height * DPI)


# --- values in frames ----------------------------------------------------------------


def test_every_explorer_is_tested():
    assert set(w.EXPLORERS.values()) == set(EXPLORERS) == set(A_CHANGE)
    assert {cls.name for cls in EXPLORERS} == set(w.EXPLORERS)


def test_sigmoid_point_tangent_and_readout():
    frame = w.SigmoidExplorer().set(z=1.3).frame()
    p = float(helpers.sigmoid(1.3))
    assert point(frame, "point") == pytest.approx((1.3, p), abs=1e-15)
    (x0, x1), (y0, y1) = frame["tangent"]["xs"], frame["tangent"]["ys"]
    assert (y1 - y0) / (x1 - x0) == pytest.approx(p * (1 - p))
    assert (x0 + x1) / 2 == pytest.approx(1.3) and (y0 + y1) / 2 == pytest.approx(p)
    assert frame["drop"]["xs"] == [1.3, 1.3] and frame["drop"]["ys"] == [0.0, p]
    assert texts(frame, "z", "p", "slope", "prediction") == [
        "1.30", f"{p:.3f}", f"{p * (1 - p):.3f}", "C1"]
    frame = w.SigmoidExplorer(z=-0.1).frame()
    assert texts(frame, "z", "prediction") == ["−0.10", "C2"]


def test_scores_bars_follow_numerics():
    z = np.array([3.0, 1.0, -0.5])
    frame = w.ScoresExplorer().set(z=z).frame()
    np.testing.assert_allclose(heights(frame, "raw", 3), z, rtol=0, atol=0)
    np.testing.assert_allclose(heights(frame, "sigmoid", 3), helpers.sigmoid(z), rtol=1e-15)
    np.testing.assert_allclose(heights(frame, "softmax", 3), helpers.softmax(z), rtol=1e-15)
    for i in range(3):  # each bar centred on its class, from 0
        bar = frame[f"softmax{i}"]
        assert (bar["x"] + bar["w"] / 2, bar["y"]) == pytest.approx((i, 0.0), abs=1e-15)
    assert frame["softmax_label0"]["text"] == f"{helpers.softmax(z)[0]:.2f}"
    assert frame["raw_label2"]["text"] == "−0.50"
    assert frame["raw_label2"]["va"] == "top" and frame["raw_label2"]["y"] < -0.5
    assert frame["raw_label0"]["va"] == "bottom" and frame["raw_label0"]["y"] > 3.0
    assert frame["sigmoid_sum"]["text"] == f"sum = {helpers.sigmoid(z).sum():.2f}  ≠ 1"
    assert frame["softmax_sum"]["text"] == "sum = 1.00"


@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_scores_takes_two_to_six_classes(k):
    z = [float(k - i) for i in range(k)]
    explorer = w.ScoresExplorer(z=z)
    assert len(explorer.controls) == k
    frame = explorer.frame()
    for panel in ("raw", "sigmoid", "softmax"):
        assert f"{panel}{k - 1}" in frame and f"{panel}{k}" not in frame
    np.testing.assert_allclose(heights(frame, "softmax", k), helpers.softmax(np.array(z)),
                               rtol=1e-15)


def test_scores_refuses_fewer_than_two_or_more_than_six_classes():
    for z in ([1.0], [0.0] * 7):
        with pytest.raises(ValueError, match="z needs 2 to 6 values"):
            w.ScoresExplorer(z=z)


@pytest.mark.parametrize(("p", "ratio"), [
    (0.75, "3 : 1"), (0.6, "3 : 2"), (0.5, "1 : 1"), (0.25, "1 : 3"), (0.97, "97 : 3"),
    (0.01, "1 : 99"), (0.33, "≈ 1 : 2"), (0.0, "0 : 1"), (1.0, "1 : 0"),
])
def test_odds_ratio(p, ratio):
    assert w.OddsExplorer(p=p).frame()["ratio"]["text"] == ratio
    assert w.odds_ratio(p) == ratio


def test_odds_number_games_and_lengths():
    explorer = w.OddsExplorer().set(p=0.75)
    frame = explorer.frame()
    assert texts(frame, "p", "q", "odds", "games") == ["0.75", "0.25", "3.00",
                                                        "15 wins, 5 losses"]
    assert len(frame["wins"]["xs"]) == len(frame["wins"]["ys"]) == 15
    assert len(frame["losses"]["xs"]) == len(frame["losses"]["ys"]) == 5
    seats = set(zip(frame["wins"]["xs"] + frame["losses"]["xs"],
                    frame["wins"]["ys"] + frame["losses"]["ys"], strict=True))
    assert len(seats) == 20  # every game has a seat of its own
    assert frame["win_part"]["x"] == 0.0 and frame["win_part"]["w"] == 0.75
    assert frame["loss_part"]["x"] == 0.75 and frame["loss_part"]["w"] == 0.25
    frame = explorer.set(p=0.33).frame()
    assert frame["games"]["text"] == "≈ 7 wins, 13 losses"
    assert frame["odds"]["text"] == f"{helpers.odds(0.33):.2f}"
    assert explorer.set(p=0.05).frame()["games"]["text"] == "1 win, 19 losses"


def test_odds_at_the_ends():
    frame = w.OddsExplorer(p=1.0).frame()
    assert texts(frame, "odds", "games") == ["∞", "20 wins, 0 losses"]
    assert (len(frame["wins"]["xs"]), len(frame["losses"]["xs"])) == (20, 0)
    frame = w.OddsExplorer(p=0.0).frame()
    assert texts(frame, "odds", "games") == ["0.00", "0 wins, 20 losses"]
    assert frame["win_part"]["w"] == 0.0 and frame["loss_part"]["w"] == 1.0


def test_logit_number_lines_follow_numerics():
    frame = w.LogitExplorer().set(p=0.75).frame()
    assert point(frame, "p_point") == (0.75, 0.0)
    assert point(frame, "odds_point")[0] == pytest.approx(float(helpers.odds(0.75)))
    assert point(frame, "log_odds_point")[0] == float(helpers.logit(0.75))
    assert all(frame[f"{key}_point"]["marker"] == "o" for key in ("p", "odds", "log_odds"))
    assert texts(frame, "p", "odds", "log_odds") == ["0.75", "3.00",
                                                      f"{helpers.logit(0.75):.2f}"]
    frame = w.LogitExplorer(p=0.2).frame()
    assert frame["log_odds"]["text"] == f"−{-helpers.logit(0.2):.2f}"
    # Odds 19 are beyond the knee at 9: squeezed into [9, 10) as 10 - 9/19.
    frame = w.LogitExplorer(p=0.95).frame()
    assert point(frame, "odds_point")[0] == pytest.approx(10.0 - 9.0 / 19.0, rel=1e-12)
    assert frame["odds"]["text"] == "19.00"


@pytest.mark.parametrize("p", [0.0, 0.2, 0.5, 0.95, 1.0])
def test_logit_link_joins_the_three_points(p):
    drawn = w.LogitExplorer(p=p).svg_frame()
    link = drawn["link"]["points"]
    assert len(link) == 3
    for (x, y), key in zip(link, ("p_point", "odds_point", "log_odds_point"), strict=True):
        assert drawn[key]["points"][0] == pytest.approx([x, y], abs=1e-9), key


@pytest.mark.parametrize(("p", "odds", "log_odds", "arrow"), [
    (1.0, "∞", "∞", ">"), (0.0, "0.00", "−∞", "<"),
])
def test_logit_at_the_ends_is_pinned_and_says_infinity(p, odds, log_odds, arrow):
    frame = w.LogitExplorer(p=p).frame()
    assert texts(frame, "odds", "log_odds") == [odds, log_odds]
    x, _ = point(frame, "log_odds_point")
    assert abs(x) == w.LogitExplorer.LOG_ODDS_END and (x > 0) == (p == 1.0)
    assert frame["log_odds_point"]["marker"] == arrow
    assert (frame["odds_point"]["marker"] == ">") == (p == 1.0)
    assert frame["p_point"]["marker"] == "o"


def test_inverse_points_mirror_each_other():
    frame = w.InverseExplorer().set(z=2.5).frame()
    p = float(helpers.sigmoid(2.5))
    assert point(frame, "on_sigmoid") == (2.5, p)
    assert point(frame, "on_logit") == (p, 2.5)
    assert frame["segment"]["xs"] == [2.5, p] and frame["segment"]["ys"] == [p, 2.5]
    assert texts(frame, "z", "p", "logit") == ["2.50", f"{p:.4f}", f"{helpers.logit(p):.4f}"]


@pytest.mark.parametrize("ref", [1, 2, 3])
def test_derivation_probabilities_for_each_reference(ref):
    r = np.array([1.0, -0.5])
    frame = w.DerivationExplorer().set(r=r, ref=ref, shift=3.0).frame()
    p_ref = 1.0 / (1.0 + np.exp(r).sum())
    expected = np.insert(np.exp(r) * p_ref, ref - 1, p_ref)
    shown = heights(frame, "prob", 3)
    np.testing.assert_allclose(shown, expected, rtol=1e-14)
    from_reference = helpers.probs_from_reference_log_odds(r)
    np.testing.assert_array_equal(np.delete(shown, ref - 1), from_reference[:-1])
    assert shown[ref - 1] == from_reference[-1]
    np.testing.assert_array_equal(heights(frame, "score", 3), np.insert(r, ref - 1, 0.0))
    others = [i for i in (1, 2, 3) if i != ref]
    assert texts(frame, "ratio0", "ratio1") == [
        f"log(P{SUBSCRIPTS[i]}/P{SUBSCRIPTS[ref]})" for i in others]
    assert [frame[f"ratio{j}"]["x"] for j in (0, 1)] == [i - 1 for i in others]
    assert texts(frame, "name0", "name1") == ["r₁", "r₂"]
    assert [frame[f"name{j}"]["x"] for j in (0, 1)] == [i - 1 for i in others]
    assert frame["reference"]["x"] == ref - 1
    for band in ("scores_band", "probs_band"):  # the grey band sits behind the reference
        assert frame[band]["x"] + frame[band]["w"] / 2 == ref - 1
    assert frame["p_ref"]["text"] == f"P{SUBSCRIPTS[ref]} = {p_ref:.3f}"
    assert [frame[f"prob_label{i}"]["text"] for i in range(3)] == [f"{p:.3f}" for p in expected]


def test_derivation_shift_changes_scores_not_probabilities():
    explorer = w.DerivationExplorer(r=[2.0, 0.5], ref=3)
    unshifted = heights(explorer.frame(), "prob", 3)
    frame = explorer.set(shift=-4.0).frame()
    scores = np.array([2.0, 0.5, 0.0])
    np.testing.assert_array_equal(heights(frame, "score", 3), scores)
    np.testing.assert_array_equal(heights(frame, "shifted", 3), scores - 4.0)
    np.testing.assert_array_equal(heights(frame, "prob", 3), unshifted)
    check = np.array(frame["check"]["ys"])
    assert frame["check"]["xs"] == [0, 1, 2]
    np.testing.assert_array_equal(check, helpers.softmax(scores - 4.0))
    difference = np.max(np.abs(check - heights(frame, "prob", 3)))
    assert difference < 1e-15
    assert frame["difference"]["text"] == f"{difference:.6f}" == "0.000000"


@pytest.mark.parametrize(("base", "value"), [("e", math.e), ("2", 2.0), ("10", 10.0),
                                              ("0.5", 0.5), (2, 2.0)])
def test_softmax_bars_one_hot_and_entropy(base, value):
    z = np.array([0.5, 2.0, -1.0])
    explorer = w.SoftmaxExplorer().set(z=z, T=0.7, base=base)
    assert explorer.controls["base"].value == value
    frame = explorer.frame()
    probs = helpers.softmax(z, temperature=0.7, base=value)
    np.testing.assert_array_equal(heights(frame, "prob", 3), probs)
    np.testing.assert_array_equal(heights(frame, "onehot", 3),
                                  helpers.one_hot(np.argmax(probs), 3))
    assert [frame[f"prob_label{i}"]["text"] for i in range(3)] == [f"{p:.3f}" for p in probs]
    entropy = -np.sum(probs * np.log2(probs))
    assert frame["entropy"]["text"] == f"{entropy:.2f} bits"


def test_softmax_cold_is_one_hot_and_hot_is_uniform():
    explorer = w.SoftmaxExplorer(z=[2.0, 1.0, 0.1]).set(T=0.01)
    frame = explorer.frame()
    np.testing.assert_allclose(heights(frame, "prob", 3), [1.0, 0.0, 0.0], rtol=0, atol=1e-40)
    assert [frame[f"prob_label{i}"]["text"] for i in range(3)] == ["1.000", "0.000", "0.000"]
    assert frame["entropy"]["text"] == "0.00 bits"
    frame = explorer.set(T=100.0).frame()
    np.testing.assert_allclose(heights(frame, "prob", 3), 1 / 3, atol=0.01)
    assert frame["entropy"]["text"] == f"{math.log2(3):.2f} bits"


def test_softmax_base_acts_as_a_temperature():
    explorer = w.SoftmaxExplorer().set(T=2.0, base="10")
    assert explorer.values["T"] == 2.0  # a log slider's value is clipped, not snapped
    assert explorer.frame()["temperature_e"]["text"] == f"{2.0 / math.log(10):#.3g}"
    assert explorer.set(T=1.0, base="e").frame()["temperature_e"]["text"] == "1.00"
    # base 10 at T = 2 is base e at T = 2 / log 10: the same bars
    z = np.array([2.0, 1.0, 0.1])
    np.testing.assert_allclose(heights(explorer.set(T=2.0, base="10").frame(), "prob", 3),
                               helpers.softmax(z / (2.0 / math.log(10))), rtol=1e-13)


def barycentric(x, y):
    """(P1, P2, P3) of a point of the simplex triangle: class 1 at (1/2, √3/2), class 2 at
    (0, 0), class 3 at (1, 0)."""
    p1 = y / (math.sqrt(3.0) / 2.0)
    p3 = x - p1 / 2.0
    return np.array([p1, 1.0 - p1 - p3, p3])


@pytest.mark.parametrize(("z", "shift", "T"), [
    ([2.0, 1.0, 0.1], 0.0, 1.0), ([0.5, 2.0, -1.0], -3.0, 0.7), ([-6.0, 6.0, 0.0], 5.0, 3.0),
    ([1.0, 1.0, 1.0], 0.4, 0.05), ([0.0, -0.3, 0.3], -5.0, 100.0)])
def test_simplex_point_is_softmax_of_the_shifted_scores(z, shift, T):
    frame = w.SimplexExplorer().set(z=z, shift=shift, T=T).frame()
    expected = helpers.softmax((np.array(z) + shift) / T)
    np.testing.assert_allclose(barycentric(*point(frame, "point")), expected, rtol=0, atol=1e-12)
    assert texts(frame, "p0", "p1", "p2") == [f"{p:.3f}" for p in expected]


def test_simplex_path_is_the_point_at_every_temperature_from_a_corner_to_the_centre():
    z = np.array([2.0, 1.0, 0.1])
    path = w.SimplexExplorer(z=z).frame()["path"]
    temperatures = np.logspace(-2.0, 2.0, 121)
    assert len(path["xs"]) == len(path["ys"]) == len(temperatures)
    for x, y, t in zip(path["xs"], path["ys"], temperatures, strict=True):
        np.testing.assert_allclose(barycentric(x, y), helpers.softmax(z / t), rtol=0, atol=1e-12)
    np.testing.assert_allclose(barycentric(path["xs"][0], path["ys"][0]), [1.0, 0.0, 0.0],
                               atol=1e-3)
    np.testing.assert_allclose(barycentric(path["xs"][-1], path["ys"][-1]), 1 / 3, atol=0.01)


def test_simplex_cold_sits_at_a_corner_and_hot_near_the_centre():
    explorer = w.SimplexExplorer(z=[-1.0, 0.5, 2.0], T=0.01)
    assert point(explorer.frame(), "point") == pytest.approx((1.0, 0.0), abs=1e-3)  # class 3
    assert texts(explorer.frame(), "p0", "p1", "p2") == ["0.000", "0.000", "1.000"]
    hot = barycentric(*point(explorer.set(T=100.0).frame(), "point"))
    np.testing.assert_allclose(hot, 1 / 3, atol=0.01)
    tie = barycentric(*point(explorer.set(z=[2.0, 2.0, 0.0], T=0.01).frame(), "point"))
    np.testing.assert_allclose(tie, [0.5, 0.5, 0.0], atol=1e-12)  # the middle of a side


@pytest.mark.parametrize(("shift", "shifted"), [
    (-5.0, "(−3.00, −4.00, −4.90)"), (-2.7, "(−0.70, −1.70, −2.60)"),
    (0.1, "(2.10, 1.10, 0.20)"), (5.0, "(7.00, 6.00, 5.10)")])
def test_simplex_shift_moves_nothing_but_the_shifted_scores(shift, shifted):
    explorer = w.SimplexExplorer(z=[2.0, 1.0, 0.1], T=0.5)
    before = explorer.frame()
    after = explorer.set(shift=shift).frame()
    assert set(after) == set(before)
    assert before["shifted"]["text"] == "(2.00, 1.00, 0.10)"
    assert after["shifted"]["text"] == shifted
    for key in set(before) - {"shifted"}:
        if "text" in before[key]:
            assert after[key] == before[key], key
        else:
            for axis in ("xs", "ys"):
                np.testing.assert_allclose(after[key][axis], before[key][axis], rtol=0,
                                           atol=1e-12, err_msg=key)


@pytest.mark.parametrize("z", [[1.0, 2.0], [1.0, 2.0, 3.0, 4.0]])
def test_simplex_takes_exactly_three_scores(z):
    with pytest.raises(ValueError, match="3 scores, one per class"):
        w.SimplexExplorer(z=z)


def training_loss(x, species, weights, biases):
    """The mean cross-entropy of softmax regression, afresh from helpers.log_softmax."""
    log_probs = helpers.log_softmax(x @ weights + biases)
    return float(-np.mean(log_probs[np.arange(len(species)), species]))


def test_training_starts_at_log_3_for_every_rate():
    from helpers.explorers.training import training_run

    for rate in (0.05, 0.5, 5.0):
        assert abs(training_run(rate=rate)[2][0] - math.log(3.0)) <= 1e-12, rate
    explorer = w.TrainingExplorer()
    assert explorer.values == {"step": 0, "rate": 0.5, "x0": 0.0, "x1": 0.0}
    frame = explorer.frame()
    assert abs(frame["loss_now"]["ys"][0] - math.log(3.0)) <= 1e-12
    assert frame["loss_curve"] == {"xs": [0], "ys": frame["loss_now"]["ys"]}
    assert texts(frame, "step", "rate", "loss", "prob0", "prob1", "prob2") == [
        "0", "0.5", "1.099", "0.333", "0.333", "0.333"]
    assert max(frame["regions"]["alpha"]) <= 1e-12  # all equally likely: no colour yet


def test_training_loss_falls_along_the_trajectory_for_the_middle_rate():
    from helpers.explorers.training import checkpoints, standardized_penguins, training_run

    x, species = standardized_penguins()
    weights, biases, losses = training_run(rate=0.5, steps=200)
    assert np.all(np.diff(losses) < 0)
    kept = checkpoints(200)
    for i, step in enumerate(kept):  # each kept W, b gives the loss recorded at its step
        assert training_loss(x, species, weights[i], biases[i]) == pytest.approx(
            losses[step], rel=0, abs=1e-12)
    explorer = w.TrainingExplorer()
    for step in (1, 20, 200):
        frame = explorer.set(step=step).frame()
        assert frame["loss_curve"]["xs"] == list(range(step + 1))
        np.testing.assert_array_equal(frame["loss_curve"]["ys"], losses[:step + 1])
    assert [explorer.set(step=s).frame()["loss"]["text"] for s in (0, 10, 100, 200)] == [
        "1.099", "0.344", "0.151", "0.123"]


def test_training_first_step_goes_against_the_gradient_of_the_mean_cross_entropy():
    """W and b after one step are −rate × the gradient at zero (central differences)."""
    from helpers.explorers.training import standardized_penguins, training_run

    x, species = standardized_penguins()
    weights, biases, _ = training_run(rate=0.5)

    def loss(theta):
        return training_loss(x, species, theta[:6].reshape(2, 3), theta[6:])

    h = 1e-6
    gradient = np.array([(loss(h * e) - loss(-h * e)) / (2 * h) for e in np.eye(9)])
    np.testing.assert_allclose(np.r_[weights[1].ravel(), biases[1]], -0.5 * gradient,
                               rtol=0, atol=1e-8)


def test_training_at_the_largest_rate_still_falls_at_every_step():
    """5.0 is just above 2 / (the largest curvature at W = 0) = 4.86, where a quadratic
    would diverge; but the curvature drops as the probabilities leave 1/3, and the loss
    falls at every step: 1.099 to 0.227 in one step, no oscillation in 200."""
    from helpers.explorers.training import standardized_penguins, training_run

    x, _ = standardized_penguins()
    with_bias = np.column_stack([x, np.ones(len(x))])
    curvature = np.linalg.eigvalsh(with_bias.T @ with_bias / len(x)).max() / 3.0
    assert 4.8 < 2.0 / curvature < 5.0
    losses = training_run(rate=5.0)[2]
    assert np.all(np.diff(losses) < 0)
    assert f"{losses[1]:.3f}" == "0.227"
    assert losses[-1] < training_run(rate=0.5)[2][-1] < training_run(rate=0.05)[2][-1]


@pytest.mark.parametrize(("rate", "step"), [(0.05, 0), (0.05, 200), (0.5, 1), (0.5, 20),
                                            (5.0, 5), (5.0, 200)])
def test_training_cells_are_the_argmax_of_softmax_at_their_centres(rate, step):
    from helpers.explorers.training import ALPHA_MAX, checkpoints, training_run

    weights, biases, _ = training_run(rate=rate)
    kept = checkpoints(200).index(step)
    frame = w.TrainingExplorer().set(rate=rate, step=step).frame()
    centres = (np.arange(40) + 0.5) * 0.15 - 3.0
    ys, xs = np.meshgrid(centres, centres, indexing="ij")  # row by row, row 0 at the bottom
    probs = helpers.softmax(np.column_stack([xs.ravel(), ys.ravel()]) @ weights[kept]
                            + biases[kept])
    np.testing.assert_array_equal(frame["regions"]["color"], np.argmax(probs, axis=1))
    opacity = ALPHA_MAX * np.maximum(0.0, probs.max(axis=1) - 1 / 3) / (2 / 3)
    np.testing.assert_allclose(frame["regions"]["alpha"], opacity, rtol=0, atol=1e-12)
    if step:
        assert len(set(frame["regions"]["color"])) == 3  # every species has a region


@pytest.mark.parametrize(("rate", "step", "where"), [
    (0.5, 200, (1.5, -1.0)), (0.05, 50, (-3.0, -3.0)), (5.0, 1, (3.0, 3.0)),
    (5.0, 200, (-3.0, 3.0)), (0.5, 7, (3.0, -3.0)), (0.5, 0, (0.4, 0.2))])
def test_training_probabilities_at_the_point_are_softmax_of_its_scores(rate, step, where):
    from helpers.explorers.training import checkpoints, training_run

    weights, biases, _ = training_run(rate=rate)
    kept = checkpoints(200).index(step)
    frame = w.TrainingExplorer().set(rate=rate, step=step, point=where).frame()
    probs = helpers.softmax(np.array(where) @ weights[kept] + biases[kept])
    assert texts(frame, "prob0", "prob1", "prob2") == [f"{p:.3f}" for p in probs]
    assert point(frame, "point") == where
    assert texts(frame, "step", "rate") == [str(step), f"{rate:g}"]


def test_training_steps_through_about_50_checkpoints():
    explorer = w.TrainingExplorer()
    kept = [value for _, value in explorer.controls["step"].options]
    assert kept[:3] == [0, 1, 2] and kept[-1] == 200 and 45 <= len(kept) <= 60
    assert kept == sorted(set(kept))
    assert [value for _, value in explorer.controls["rate"].options] == [0.05, 0.5, 5.0]
    assert explorer.set(step=197).values["step"] == 200  # the nearest kept step
    assert explorer.set(step=-5).values["step"] == 0
    assert explorer.set(step=1e6).values["step"] == 200
    assert explorer.set(point=(9.0, -0.04)).values["x0"] == 3.0
    assert explorer.values["x1"] == 0.0


def test_training_takes_other_features_rates_and_steps():
    explorer = w.TrainingExplorer(features=("flipper_length_mm", "body_mass_g"),
                                  learning_rates=(0.1, 1.0), steps=50, point=(1.0, -2.0))
    assert explorer.values == {"step": 0, "rate": 1.0, "x0": 1.0, "x1": -2.0}
    frame = explorer.set(step=50).frame()
    assert frame["loss_curve"]["xs"] == list(range(51))
    assert np.all(np.diff(frame["loss_curve"]["ys"]) < 0)
    default = still_layer(w.TrainingExplorer())
    assert still_layer(explorer) != default
    other_features = w.TrainingExplorer(features=("flipper_length_mm", "body_mass_g"))
    assert still_layer(other_features) != default  # other axis labels
    for wrong in ({"features": ("bill_length_mm",)},
                  {"features": ("bill_length_mm", "bill_length_mm")},
                  {"features": ("beak", "bill_depth_mm")}, {"learning_rates": ()},
                  {"learning_rates": (0.0, 1.0)}, {"learning_rates": (1.0, 1.0)},
                  {"steps": 0}, {"steps": 2.5}, {"point": (1.0,)}):
        with pytest.raises(ValueError, match="TrainingExplorer"):
            w.TrainingExplorer(**wrong)


def test_a_control_moved_in_the_page_changes_the_frame_and_the_snapshot():
    explorer = w.OddsExplorer()
    before = explorer.png
    explorer.controls["p"].value = 0.6  # what a slider drag does
    assert explorer.values == {"p": 0.6}
    assert explorer.frame()["ratio"]["text"] == "3 : 2"
    assert explorer.png != before


def test_set_checks_names_and_vector_lengths():
    explorer = w.SoftmaxExplorer()
    with pytest.raises(ValueError, match="unknown control"):
        explorer.set(zz=1.0)
    with pytest.raises(ValueError, match="z takes 3 values"):
        explorer.set(z=[1.0, 2.0])
    assert explorer.set(z=[3.0, 1.0, 0.0]).values["z0"] == 3.0
    with pytest.raises(ValueError, match="r takes 2 values"):
        w.DerivationExplorer().set(r=[1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="unknown control"):
        w.SigmoidExplorer().set(p=0.5)


def test_set_snaps_to_the_step_and_clips_to_the_range():
    explorer = w.SigmoidExplorer().set(z=1.8000000000000007)
    assert explorer.controls["z"].value == 1.8 and explorer.values["z"] == 1.8
    assert repr(explorer) == "SigmoidExplorer(z=1.8)"
    assert explorer.set(z=0.1 + 0.2).controls["z"].value == 0.3
    assert explorer.set(z=1.26).controls["z"].value == 1.3
    assert explorer.set(z=99.0).controls["z"].value == 8.0
    assert explorer.set(z=-1e9).controls["z"].value == -8.0
    assert w.SigmoidExplorer(z=1.8000000000000007).controls["z"].value == 1.8
    assert w.SigmoidExplorer(z=20.0).controls["z"].value == 8.0
    odds = w.OddsExplorer().set(p=0.30000000000000004)
    assert odds.controls["p"].value == 0.3
    assert odds.set(p=1.5).controls["p"].value == 1.0
    assert odds.set(p=-0.2).controls["p"].value == 0.0
    softmax = w.SoftmaxExplorer()
    temperatures = [value for _, value in softmax.controls["T"].options]
    assert temperatures == sorted(temperatures)
    assert (temperatures[0], temperatures[-1]) == (0.01, 100.0)
    for t in temperatures:  # a round temperature stays as typed: T = 2.0 is 2.0
        assert softmax.set(T=t).values["T"] == t
        assert repr(softmax).endswith(f"T={t!r}, base=e)")
    # Any other goes to the nearest on a log scale, and one beyond the range to its end.
    for given, held in ((0.123456, 0.1), (0.45, 0.5), (1e3, 100.0), (1e-5, 0.01)):
        assert softmax.set(T=given).controls["T"].value == held, given


def test_a_value_off_the_step_reads_as_the_step():
    explorer = w.SigmoidExplorer()
    explorer.controls["z"].value = 1.8000000000000007  # as a front end might send it
    assert explorer.values["z"] == 1.8
    assert explorer.frame()["z"]["text"] == "1.80"
    assert repr(explorer) == "SigmoidExplorer(z=1.8)"


# --- the snapshot --------------------------------------------------------------------


@each_explorer
def test_a_change_gives_a_new_valid_png(cls):
    explorer = cls()
    before = explorer.png
    explorer.set(**A_CHANGE[cls])
    after = explorer.png
    assert after != before
    assert decoded(after).size == snapshot_size(cls)
    assert explorer.png == after  # drawing twice leaves nothing behind


@each_explorer
def test_snapshots_do_not_depend_on_history(cls):
    """Explorers of one shape share a figure: what one drew must not stay in another's PNG."""
    fresh = cls()
    expected = fresh.png
    explorer = cls()
    explorer.set(**A_CHANGE[cls])
    explorer.png  # noqa: B018 (draws the changed state on the shared figure)
    explorer.set(**fresh.values)
    assert explorer.png == expected
    assert fresh.png == expected


def while_the_snapshot_is_drawn(explorer, read):
    """``read(figure, renderer)`` called on each drawing matplotlib makes for ``explorer.png``,
    right after it, while the marks are still on the figure; what it returned, in order."""
    draw = Figure.draw
    results = []

    def draw_and_read(figure, renderer):
        draw(figure, renderer)
        results.append(read(figure, renderer))

    with mock.patch.object(Figure, "draw", draw_and_read):
        explorer.png  # noqa: B018 (draws the snapshot)
    assert results, "the snapshot was drawn without a drawing"
    return results


def artists_of(figure):
    """The figure's own artists and its axes' artists, in that order."""
    return [*figure.get_children(), *(a for ax in figure.axes for a in ax.get_children())]


MARK_ARTISTS = {"line": Line2D, "points": Line2D, "rect": Rectangle, "text": Text,
                "cells": AxesImage}


def placed(artist, figure, renderer):
    """Where a drawn artist is, in SVG points (see :func:`drawn_marks`)."""
    scale = 72.0 / figure.dpi
    height = 72.0 * figure.get_size_inches()[1]

    def svg(xy):
        return [float(xy[0]) * scale, height - float(xy[1]) * scale]

    if isinstance(artist, Line2D):
        xy = artist.get_transform().transform(artist.get_xydata())
        return {"points": [svg(p) for p in xy]}
    if isinstance(artist, AxesImage):  # row 0 at the bottom, as origin="lower"
        rgba = np.asarray(artist.get_array()).reshape(-1, 4)
        return {"cells": [[to_hex(c[:3]), float(c[3])] for c in rgba],
                "extent": list(artist.get_extent())}
    if isinstance(artist, Rectangle):
        corners = np.array([svg(p) for p in artist.get_verts()])
        (x0, y0), (x1, y1) = corners.min(axis=0), corners.max(axis=0)
        return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}
    anchor = artist.get_transform().transform(artist.get_unitless_position())
    x, y = svg(anchor)
    return {"x": x, "y": y, "text": artist.get_text(),
            "box": artist.get_window_extent(renderer)}


def drawn_marks(explorer):
    """Where matplotlib puts each mark of the current frame in the PNG, in SVG points.

    Read from the artists of the figure that ``explorer.png`` draws: lines and
    points as ``{"points"}``, rectangles as ``{"x", "y", "w", "h"}`` (top-left
    corner, size), texts as ``{"x", "y", "text", "box"}`` with ``box`` the text's
    extent in pixels, cells as ``{"cells": [[colour, opacity], ...], "extent"}``.
    The marks are the artists on the figure while the snapshot is drawn that are
    gone after it (the still layer stays: helpers.explorers.core); the artists of
    one kind are the marks of that kind, in their declared order.
    """
    marks = explorer.view.scene["marks"]
    frame = explorer.frame()
    kinds = tuple(dict.fromkeys(MARK_ARTISTS.values()))

    def read(figure, renderer):
        return figure, [(artist, placed(artist, figure, renderer))
                        for artist in artists_of(figure) if isinstance(artist, kinds)]

    # The last drawing made the pixels (a layout pass may come first).
    figure, drawn = while_the_snapshot_is_drawn(explorer, read)[-1]
    # The marks are gone now; ``drawn`` still holds them, so no id of theirs is reused.
    still = {id(artist) for artist in artists_of(figure)}
    added = [(artist, where) for artist, where in drawn if id(artist) not in still]
    queues = {kind: [item for item in added if isinstance(item[0], kind)] for kind in kinds}
    found, problems = {}, []
    for key, style in marks.items():
        if key not in frame:
            continue
        queue = queues[MARK_ARTISTS[style["kind"]]]
        if not queue:
            problems.append(f"{key} is in the frame but not in the snapshot")
            continue
        found[key] = queue.pop(0)[1]
    problems.extend(f"no mark of the frame accounts for {artist}"
                    for queue in queues.values() for artist, _ in queue)
    assert not problems, "\n".join(problems)
    return found


def assert_same_places(explorer, setting):
    expected = explorer.svg_frame()
    drawn = drawn_marks(explorer)
    assert {key for key, where in expected.items() if where is not None} == set(drawn)
    for key, where in drawn.items():
        place = f"{explorer!r} after set({setting}): {key}"
        svg = expected[key]
        if "points" in where:
            assert len(svg["points"]) == len(where["points"]), place
            if where["points"]:
                np.testing.assert_allclose(svg["points"], where["points"], rtol=0, atol=0.01,
                                           err_msg=place)
        else:
            for field in ("x", "y", "w", "h"):
                if field in where:
                    assert svg[field] == pytest.approx(where[field], abs=0.01), (place, field)
        if "text" in where:
            assert svg["text"] == where["text"], place
        if "cells" in where:
            assert where["extent"] == explorer.view.scene["marks"][key]["extent"], place
            assert [to_hex(c) for c, _ in svg["cells"]] == [c for c, _ in where["cells"]], place
            np.testing.assert_allclose([a for _, a in svg["cells"]],
                                       [a for _, a in where["cells"]], rtol=0, atol=1e-12,
                                       err_msg=place)


def a_few_states(cls):
    """The default state, a change, and every control at its minimum, then its maximum."""
    explorer = cls()
    return [{}, A_CHANGE[cls], *list(settings(explorer))[-2:], cls().values]


@each_explorer
def test_the_static_svg_and_the_snapshot_put_every_mark_in_the_same_place(cls):
    explorer = cls()
    for setting in a_few_states(cls):
        explorer.set(**setting)
        assert_same_places(explorer, setting)


@pytest.mark.parametrize("make", SIX_CLASSES, ids=["scores", "derivation", "softmax"])
def test_the_svg_and_the_snapshot_agree_with_six_classes(make):
    explorer = make()
    assert_same_places(explorer, {})
    for key, control in explorer.controls.items():
        explorer.set(**{key: control_extremes(control)[-1]})
    assert_same_places(explorer, "every control at its maximum")


@each_explorer
def test_the_svg_view_box_is_the_figure_in_points(cls):
    scene = cls().view.scene
    width_pt, height_pt = 72.0 * cls.size[0], 72.0 * cls.size[1]
    assert (scene["width_pt"], scene["height_pt"]) == pytest.approx((width_pt, height_pt))
    svg = scene["svg"]
    assert svg.startswith("<svg")
    tag = svg[:svg.index(">")]
    view_box = re.search(r'viewBox="([^"]+)"', tag)
    assert view_box, tag
    x, y, width, height = map(float, view_box.group(1).split())
    assert (x, y) == (0.0, 0.0)
    assert (width, height) == pytest.approx((scene["width_pt"], scene["height_pt"]), abs=1e-6)


@pytest.mark.parametrize("make", [*EXPLORERS, *SIX_CLASSES],
                         ids=[*(cls.name for cls in EXPLORERS), "scores6", "derivation6",
                              "softmax6"])
def test_every_explorer_fits_the_notebook_column(make):
    assert make().view.scene["width_px"] <= MAX_WIDTH_PX


# --- the static layer: one per shape ----------------------------------------------


def test_explorers_of_one_shape_show_one_still_layer_and_other_shapes_their_own():
    """The still layer is drawn once per shape (helpers.explorers.core): the values of the
    controls never change it, and a shape (the number of classes) that differs gets its own.
    """
    one, two = w.SigmoidExplorer(z=1.0), w.SigmoidExplorer(z=-2.0)
    assert still_layer(one) == still_layer(two)
    assert one.png != two.png
    three = w.ScoresExplorer(z=[1.0, 2.0, 3.0])
    assert still_layer(three) == still_layer(w.ScoresExplorer(z=[0.0, 0.0, 0.0]))
    assert still_layer(three) != still_layer(w.ScoresExplorer(z=[1.0, 2.0, 3.0, 4.0]))
    softmax = w.SoftmaxExplorer(T=0.5, base="2")
    assert still_layer(softmax) == still_layer(w.SoftmaxExplorer())
    assert still_layer(softmax) != still_layer(w.SoftmaxExplorer(z=[1.0, 2.0]))
    derivation = w.DerivationExplorer(r=[1.0, 0.5], ref=1)
    assert still_layer(derivation) == still_layer(
        w.DerivationExplorer(r=[0.0, 0.0], ref=3, shift=2.0))
    assert still_layer(derivation) != still_layer(w.DerivationExplorer(r=[1.0]))
    assert len({still_layer(cls()) for cls in EXPLORERS}) == len(EXPLORERS)


# --- repr ----------------------------------------------------------------------------


@pytest.mark.parametrize(("explorer", "expected"), [
    (w.ScoresExplorer, "ScoresExplorer(z=[2.0, 1.0, 0.1])"),
    (lambda: w.SigmoidExplorer(z=2.0), "SigmoidExplorer(z=2.0)"),
    (lambda: w.OddsExplorer(p=0.6), "OddsExplorer(p=0.6)"),
    (lambda: w.LogitExplorer(p=1.0), "LogitExplorer(p=1.0)"),
    (lambda: w.InverseExplorer(z=-6.0), "InverseExplorer(z=-6.0)"),
    (w.DerivationExplorer, "DerivationExplorer(r=[1.0, 0.5], ref=3, shift=0.0)"),
    (lambda: w.DerivationExplorer(r=[1.0, 2.0, 3.0], ref=1, shift=-1.0),
     "DerivationExplorer(r=[1.0, 2.0, 3.0], ref=1, shift=-1.0)"),
    (w.SoftmaxExplorer, "SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=1.0, base=e)"),
    (lambda: w.SoftmaxExplorer(T=0.01, base="0.5"),
     "SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=0.01, base=0.5)"),
    (lambda: w.SoftmaxExplorer().set(z=[3.0, 1.0, 0.0], base=10),
     "SoftmaxExplorer(z=[3.0, 1.0, 0.0], T=1.0, base=10)"),
    (lambda: w.SoftmaxExplorer(T=2.0), "SoftmaxExplorer(z=[2.0, 1.0, 0.1], T=2.0, base=e)"),
    (w.SimplexExplorer, "SimplexExplorer(z=[2.0, 1.0, 0.1], T=1.0, shift=0.0)"),
    (lambda: w.SimplexExplorer(z=(3.0, 1.0, 0.0), T=0.01, shift=-5.0),
     "SimplexExplorer(z=[3.0, 1.0, 0.0], T=0.01, shift=-5.0)"),
    (lambda: w.SimplexExplorer().set(T=0.45, shift=1.23),
     "SimplexExplorer(z=[2.0, 1.0, 0.1], T=0.5, shift=1.2)"),
    (w.TrainingExplorer, "TrainingExplorer(features=['bill_length_mm', 'bill_depth_mm'], "
                         "step=0, rate=0.5, point=[0.0, 0.0])"),
    (lambda: w.TrainingExplorer(features=("flipper_length_mm", "body_mass_g"),
                                learning_rates=(0.1, 1.0), steps=50, point=(1.0, -2.0))
     .set(step=49, rate=0.1, point=(0.25, 3.04)),
     "TrainingExplorer(features=['flipper_length_mm', 'body_mass_g'], "
     "learning_rates=[0.1, 1.0], steps=50, step=50, rate=0.1, point=[0.3, 3.0])"),
], ids=itertools.count())
def test_repr(explorer, expected):
    assert repr(explorer()) == expected


@each_explorer
def test_repr_is_deterministic_and_follows_the_values(cls):
    one, two = cls(), cls()
    assert repr(one) == repr(two)
    assert re.fullmatch(rf"{cls.__name__}\([a-zA-Z]+=[^()]*\)", repr(one))
    one.set(**A_CHANGE[cls])
    assert repr(one) != repr(two)
    assert repr(two.set(**one.values)) == repr(one)


# --- extremes ------------------------------------------------------------------------


def control_extremes(control):
    """The values a control can take at its ends (every option of a list of choices)."""
    if isinstance(control, widgets.SelectionSlider):
        return [control.options[0][1], control.options[-1][1]]
    if isinstance(control, SELECTIONS):
        return [value for _, value in control.options]
    if isinstance(control, widgets.FloatLogSlider):
        return [control.base ** control.min, control.base ** control.max]
    return [control.min, control.max]


def settings(explorer):
    """Each control at each of its ends, then all at their minima, then all at their maxima."""
    for key, control in explorer.controls.items():
        for value in control_extremes(control):
            yield {key: value}
    for end in (0, -1):
        yield {key: control_extremes(control)[end] for key, control in explorer.controls.items()}


def numbers_in(value):
    """Every number in a frame, however deep."""
    if isinstance(value, dict):
        return [n for item in value.values() for n in numbers_in(item)]
    if isinstance(value, list | tuple):
        return [n for item in value for n in numbers_in(item)]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [value]
    return []


def assert_frame_is_sane(explorer, setting):
    frame = explorer.frame()
    place = f"{explorer!r} after set({setting})"
    assert set(frame) <= set(explorer.view.scene["marks"]), place  # every id is a mark
    for key, geometry in frame.items():
        assert all(math.isfinite(n) for n in numbers_in(geometry)), f"{place}: {key}"
        if "text" in geometry:
            assert isinstance(geometry["text"], str), f"{place}: {key}"
            assert not re.search(r"nan|inf", geometry["text"], re.IGNORECASE), f"{place}: {key}"
        if "xs" in geometry:
            assert len(geometry["xs"]) == len(geometry["ys"]), f"{place}: {key}"
    for key, where in explorer.svg_frame().items():
        assert all(math.isfinite(n) for n in numbers_in(where)), f"{place}: svg {key}"


@each_explorer
def test_every_control_at_its_ends_gives_a_sane_frame_without_warnings(cls):
    explorer = cls()
    with np.errstate(all="raise"):
        for setting in settings(explorer):
            explorer.set(**setting)
            assert_frame_is_sane(explorer, setting)
            decoded(explorer.png)


@each_explorer
def test_moving_texts_stay_on_the_canvas_and_apart(cls):
    explorer = cls()
    width, height = snapshot_size(cls)
    for setting in [{}, *settings(explorer)]:
        explorer.set(**setting)
        boxes = {key: where["box"] for key, where in drawn_marks(explorer).items()
                 if "box" in where and where["text"]}
        for key, box in boxes.items():
            assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, (
                f"{key} is clipped after set({setting})")
        for (one, a), (two, b) in itertools.combinations(boxes.items(), 2):
            assert not a.overlaps(b), f"{one} and {two} overlap after set({setting})"


# --- display and test hooks ------------------------------------------------------------


@pytest.mark.parametrize("make", [
    lambda: w.SigmoidExplorer(z=1.3),
    lambda: w.ScoresExplorer(z=np.array([1.0, -2.0])),
    lambda: w.DerivationExplorer(r=(0.5,), ref=1, shift=-1.0),
    lambda: w.SoftmaxExplorer(z=[1.0, 2.0, 3.0, 4.0], T=0.25, base=2),
    lambda: w.DerivationExplorer(ref=np.int64(2)),
    lambda: w.SoftmaxExplorer(T=np.float32(0.5)),
    lambda: w.SimplexExplorer(z=np.array([1.0, 0.0, -1.0]), T=0.3, shift=np.float32(0.5)),
    lambda: w.TrainingExplorer(features=np.array(["body_mass_g", "bill_depth_mm"]),
                               learning_rates=np.array([0.2, 2.0]), steps=np.int64(30),
                               point=np.array([1.2, -0.7])),
], ids=["sigmoid", "scores", "derivation", "softmax", "numpy-int", "numpy-float32", "simplex",
        "training"])
def test_the_scene_carries_arguments_that_rebuild_the_explorer(make):
    """The browser tests rebuild each explorer on a page from its scene's arguments."""
    explorer = make()
    arguments = json.loads(json.dumps(explorer.view.scene["arguments"]))
    assert repr(type(explorer)(**arguments)) == repr(explorer)


@pytest.fixture(scope="module")
def shell():
    config = Config()
    config.HistoryManager.enabled = False
    return InteractiveShell.instance(config=config)


@each_explorer
def test_display_gives_one_output_with_three_views(cls, shell):
    with capture_output() as captured:  # as a notebook cell would: build, change, show
        explorer = cls()
        explorer.set(**A_CHANGE[cls])
        display(explorer)
    assert (captured.stdout, captured.stderr) == ("", "")
    assert len(captured.outputs) == 1
    bundle = captured.outputs[0].data
    assert set(bundle) == {"application/vnd.jupyter.widget-view+json", "image/png",
                           "text/plain"}
    assert bundle["application/vnd.jupyter.widget-view+json"] == {
        "version_major": 2, "version_minor": 0, "model_id": explorer.widget.model_id}
    assert base64.b64decode(bundle["image/png"]) == explorer.png
    assert bundle["text/plain"] == repr(explorer)
    alt = captured.outputs[0].metadata["image/png"]["alt"]
    assert alt.startswith(f"A still picture of {explorer!r}. ") and len(alt) > 60
    data, metadata = shell.display_formatter.format(explorer)
    assert data == bundle and metadata["image/png"]["alt"] == alt


def _leaves(widget):
    """The widgets inside a box, however deeply nested, boxes left out."""
    if isinstance(widget, widgets.Box):
        return [leaf for child in widget.children for leaf in _leaves(child)]
    return [widget]


def model_reference(widget):
    return f"IPY_MODEL_{widget.model_id}"


def links_to(view):
    """The links whose target is ``view``, as a front end receives them: the widget state
    of every model in the kernel (what a notebook saves), as (model, source, target)."""
    models = widgets.Widget.get_manager_state()["state"].values()
    return [(model["model_name"], tuple(model["state"]["source"]),
             tuple(model["state"]["target"]))
            for model in models if "target" in model["state"]
            and model["state"]["target"][0] == model_reference(view)]


@each_explorer
def test_browser_view_is_an_anywidget_linked_to_every_control(cls):
    explorer = cls()
    view = explorer.view
    assert isinstance(view, anywidget.AnyWidget) and not isinstance(view, widgets.Image)
    assert view.has_trait("scene") and view.scene["name"] == explorer.name
    assert view.scene["id"] == view.model_id
    assert set(view.scene["controls"]) == set(explorer.controls)
    expected = []
    for key, control in explorer.controls.items():
        trait = "index" if isinstance(control, SELECTIONS) else "value"
        # Both ways and in the browser (jslink): LinkModel, not DirectionalLinkModel.
        expected.append(("LinkModel", (model_reference(control), trait),
                         (model_reference(view), key)))
        assert getattr(view, key) == getattr(control, trait), key
    assert sorted(links_to(view)) == sorted(expected)
    shown = _leaves(explorer.widget)  # every control once, then the view
    assert shown[-1] is view
    assert sorted(map(id, shown[:-1])) == sorted(map(id, explorer.controls.values()))


@each_explorer
def test_kernel_drawing_shows_the_png_in_an_image(cls, kernel_drawn):
    explorer = cls()
    view = explorer.view
    assert isinstance(view, widgets.Image) and view.format == "png"
    assert f"s2p-{explorer.name}-image" in css_classes(view)
    assert _leaves(explorer.widget)[-1] is view
    image = decoded(view.value)
    assert image.size == snapshot_size(cls)
    assert view.value == explorer.png
    assert view.layout.width == f"{min(MAX_WIDTH_PX, image.size[0])}px"
    before = view.value
    explorer.set(**A_CHANGE[cls])
    assert view.value != before
    assert view.value == explorer.png
    decoded(view.value)


def test_kernel_drawing_follows_a_control_moved_in_the_page(kernel_drawn):
    explorer = w.OddsExplorer()
    before = explorer.view.value
    explorer.controls["p"].value = 0.6  # what a slider drag does
    assert explorer.view.value != before and explorer.view.value == explorer.png


def test_kernel_drawing_redraws_once_per_hold(kernel_drawn):
    explorer = w.ScoresExplorer()
    updates = []
    explorer.view.observe(updates.append, names="value")
    with explorer.hold():
        for key in ("z0", "z1", "z2"):
            explorer.controls[key].value = -1.0
    assert len(updates) == 1
    assert explorer.view.value == w.ScoresExplorer(z=[-1.0, -1.0, -1.0]).png
    updates.clear()
    for key, value in (("z0", 1.0), ("z1", 2.0), ("z2", 3.0)):  # unheld: one each
        explorer.controls[key].value = value
    assert len(updates) == 3
    updates.clear()
    explorer.set(z=[0.5, 0.5, 0.5])  # set holds
    assert len(updates) == 1


def test_kernel_drawing_applies_to_explorers_made_after_the_switch():
    browser = w.SigmoidExplorer()
    w.use_kernel_drawing(True)
    try:
        kernel = w.SigmoidExplorer()
    finally:
        w.use_kernel_drawing(False)
    assert isinstance(kernel.view, widgets.Image)
    assert isinstance(browser.view, anywidget.AnyWidget)
    assert isinstance(w.SigmoidExplorer().view, anywidget.AnyWidget)
    assert not w.kernel_drawing()


def test_a_kernel_drawn_explorer_keeps_drawing_after_the_switch_goes_off():
    w.use_kernel_drawing(True)
    try:
        explorer = w.SigmoidExplorer()
    finally:
        w.use_kernel_drawing(False)
    before = explorer.view.value
    explorer.set(z=3.0)
    assert explorer.view.value != before and explorer.view.value == explorer.png


def css_classes(widget):
    """The CSS classes the front end puts on the widget's element: ``_dom_classes`` in its
    state, the Jupyter widget protocol's name for them."""
    return list(widget.get_state("_dom_classes")["_dom_classes"])


@each_explorer
def test_controls_and_views_carry_css_classes(cls):
    explorer = cls()
    for key, control in explorer.controls.items():
        assert f"s2p-{explorer.name}-{key}" in css_classes(control)
    assert f"s2p-{explorer.name}-view" in css_classes(explorer.view)
    assert f"s2p-{explorer.name}" in css_classes(explorer.widget)


def test_css_classes_are_unique():
    classes = []
    for cls in EXPLORERS:
        explorer = cls()
        classes += [c for control in explorer.controls.values() for c in css_classes(control)]
        classes += [*css_classes(explorer.view), *css_classes(explorer.widget)]
    assert len(classes) == len(set(classes))


@each_explorer
def test_controls_use_the_portable_subset(cls):
    for key, control in cls().controls.items():
        assert isinstance(control, ALLOWED_CONTROLS), key
        assert not getattr(control, "tooltip", None), key
        assert re.fullmatch(r"[a-zA-Z]+[0-9]?", key), key
        if isinstance(control, SELECTIONS):
            assert all(isinstance(option, tuple) for option in control.options), key


def test_no_pyplot_anywhere():
    names = ", ".join(cls.__name__ for cls in EXPLORERS)
    code = (
        "import sys\n"
        "from IPython.core.formatters import DisplayFormatter\n"
        f"from helpers.widgets import {names}, use_kernel_drawing\n"
        f"for cls in ({names},):\n"
        "    explorer = cls()\n"
        "    explorer.png\n"
        "    explorer.svg_frame()\n"
        "    DisplayFormatter().format(explorer)\n"
        "use_kernel_drawing(True)\n"
        "SigmoidExplorer().set(z=1.0)\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- no private matplotlib API ---------------------------------------------------------

# IPython's display protocol names are public though they start with "_".
PROTOCOL_NAME = re.compile(r"_(repr|ipython)_\w*_")
# Underscore names the package reaches on objects that are not ``self``, each with its
# reason. Only the package's own hooks belong here, never a name of another library.
ALLOWED_PRIVATE = {
    # core._Layout draws an explorer's static layer through the explorer's own hooks.
    ("explorer", "_figure_kwargs"),
    ("explorer", "_draw_static"),
    # core._layout_for keys the cache of static layers by the explorer's own hook.
    ("explorer", "_layout_key"),
}


def _is_private(name):
    dunder = name.startswith("__") and name.endswith("__")
    return name.startswith("_") and not dunder and not PROTOCOL_NAME.fullmatch(name)


def own_names(source):
    """Names ``source`` defines: functions, classes, variables, and attributes of ``self``."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
              and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
            names.add(node.attr)
    return names


def _package_names(tree):
    """Names bound by imports from the package itself (``helpers`` or a relative import)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (
                node.level or (node.module or "").split(".")[0] == "helpers"):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names
                         if alias.name.split(".")[0] == "helpers")
    return names


def private_accesses(source, defined=frozenset()):
    """Where ``source`` reaches a private name of another library: ``(line, what)`` pairs.

    A name starting with "_" (not a dunder, not an IPython display protocol name)
    may be read only on ``self``, ``cls`` or ``super()`` when the package defines
    it (``defined``, plus what ``source`` defines itself), on a name imported from
    the package, or where :data:`ALLOWED_PRIVATE` says why: on anything else
    (a figure, an axes, a canvas) it belongs to another library. ``getattr`` and its
    kin with a literal name count as reads, and so do imports of private modules
    or names from outside the package.
    """
    tree = ast.parse(source)
    defined = set(defined) | own_names(source)
    package = _package_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level:
            module = node.module or ""
            if module.split(".")[0] == "helpers":
                continue
            names = [*module.split("."), *(alias.name for alias in node.names)]
            if any(_is_private(name) for name in names):
                found.append((node.lineno, f"from {module} import ..."))
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if any(_is_private(part) for part in alias.name.split(".")):
                    found.append((node.lineno, f"import {alias.name}"))
            continue
        if isinstance(node, ast.Attribute):
            base, name = node.value, node.attr
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "setattr", "hasattr", "delattr")
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
              and isinstance(node.args[1].value, str)):
            base, name = node.args[0], node.args[1].value
        else:
            continue
        if not _is_private(name):
            continue
        own_object = (isinstance(base, ast.Name) and base.id in ("self", "cls")) or (
            isinstance(base, ast.Call) and isinstance(base.func, ast.Name)
            and base.func.id == "super")
        if own_object and name in defined:
            continue
        if isinstance(base, ast.Name) and base.id in package:
            continue
        if (ast.unparse(base), name) in ALLOWED_PRIVATE:
            continue
        found.append((node.lineno, f"{ast.unparse(base)}.{name}"))
    return found


def helpers_sources():
    return {path: path.read_text(encoding="utf-8") for path in sorted(HELPERS.rglob("*.py"))}


def test_helpers_use_no_private_api_of_other_libraries():
    sources = helpers_sources()
    assert len(sources) >= 10
    defined = set().union(*(own_names(source) for source in sources.values()))
    problems = [f"{path.relative_to(ROOT)}:{line}: {what}"
                for path, source in sources.items()
                for line, what in private_accesses(source, defined)]
    assert not problems, "\n".join(problems)


def test_every_allowed_private_access_is_still_needed():
    """An allowance nothing uses any more is one fewer reason to keep the list."""
    used = set()
    for source in helpers_sources().values():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Attribute):
                used.add((ast.unparse(node.value), node.attr))
    assert ALLOWED_PRIVATE <= used, ALLOWED_PRIVATE - used


@pytest.mark.parametrize("snippet", [
    "fig._cachedRenderer\n",
    "def draw(layout):\n    return layout.figure._get_renderer()\n",
    "def draw(ax):\n    ax.xaxis._major_tick_kw.clear()\n",
    "value = getattr(fig.canvas, '_lastKey', None)\n",
    "from matplotlib._api import check_in_list\n",
    "from matplotlib import _api\n",
    "import matplotlib._mathtext as mathtext\n",
    "from matplotlib.text import _get_textbox\n",
    "from matplotlib.figure import Figure\n\n\nclass Drawn(Figure):\n"
    "    def size(self):\n        return self._cachedRenderer\n",
    "def close(explorer):\n    explorer._layout.figure._original_dpi = 72\n",
])
def test_the_private_api_check_catches(snippet):
    assert private_accesses(snippet), snippet


@pytest.mark.parametrize("snippet", [
    "class A:\n    def _f(self):\n        return 1\n\n    def g(self):\n        return self._f()\n",
    "def show(self):\n    return self.view._repr_mimebundle_()\n",
    "kind = type(value).__name__\n",
    "from helpers.explorers import core\n\ncore._settings\n",
    "class B(A):\n    def _f(self):\n        return super()._f()\n",
])
def test_the_private_api_check_lets_own_names_pass(snippet):
    assert private_accesses(snippet) == []


def test_the_private_api_check_finds_a_private_call_put_into_the_real_code():
    path = HELPERS / "explorers" / "core.py"
    source = path.read_text(encoding="utf-8")
    defined = set().union(*(own_names(text) for text in helpers_sources().values()))
    assert private_accesses(source, defined) == []
    # Into the first function that takes an argument, before its last statement.
    function = next(node for node in ast.parse(source).body
                    if isinstance(node, ast.FunctionDef) and node.args.args)
    argument = function.args.args[0].arg
    lines = source.splitlines(keepends=True)
    line = function.body[-1].lineno
    indent = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    lines.insert(line - 1, f"{indent}{argument}._cachedRenderer\n")
    broken = "".join(lines)
    assert private_accesses(broken, defined) == [(line, f"{argument}._cachedRenderer")]


def test_the_old_drawing_machinery_is_gone():
    gone = ("_GlyphImages", "_PngEncoder", "encode_png", "_ArtistImages")
    for path in sorted(HELPERS.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for name in gone:
            assert name not in text, f"{name} in {path.relative_to(ROOT)}"


def test_live_explorers_finds_the_explorers_that_exist_and_keeps_none_alive():
    first = w.SigmoidExplorer(z=1.0)
    second = w.SoftmaxExplorer()
    found = w.live_explorers()
    assert found[-2:] == [first, second]
    assert {e.view.model_id for e in found} >= {first.view.model_id, second.view.model_id}
    model_id = second.view.model_id
    del second, found
    gc.collect()
    assert model_id not in {e.view.model_id for e in w.live_explorers()}
    assert w.live_explorers()[-1] is first
