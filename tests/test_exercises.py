"""Tests for helpers.exercises, the notebooks' "Check yourself" checkers.

Expected values come from mathematics (and scipy, for the temperature root),
never from the checkers' own code. Every hostile answer must come back as a ❌
verdict: nothing may raise, and no warning may escape (the pytest settings turn
warnings into errors).
"""

import math
from fractions import Fraction

import numpy as np
import pytest
from scipy.optimize import brentq

from helpers import exercises as ex
from helpers.numerics import softmax as reference_softmax

# --- verdict shapes ------------------------------------------------------------


def _lines(verdict):
    assert isinstance(verdict, ex.Verdict)
    assert isinstance(verdict.ok, bool)
    assert isinstance(verdict.message, str)
    text = verdict.message
    for bad in ("np.float", "np.int", "np.True", "float64", "Traceback", "/work", "array("):
        assert bad not in text, f"{bad!r} in message: {text}"
    return text.splitlines()


def assert_right(verdict):
    lines = _lines(verdict)
    assert verdict.ok is True, verdict.message
    assert lines[0].startswith("✅"), verdict.message
    assert not any(line.startswith("Hint:") for line in lines)


def assert_wrong(verdict):
    lines = _lines(verdict)
    assert verdict.ok is False, verdict.message
    assert lines[0].startswith("❌"), verdict.message
    assert lines[-1].startswith("Hint:") and len(lines[-1]) > len("Hint: ") + 10, verdict.message


def assert_unanswered(verdict):
    lines = _lines(verdict)
    assert verdict.ok is False
    assert lines[0].startswith("…") and "not answered yet" in lines[0], verdict.message
    assert lines[1].startswith("Hint:"), verdict.message


# --- the checkers, with answers from mathematics ------------------------------------

SCORES = [2.0, 1.0, 0.1]
SIGMOID_SUM = math.fsum(1 / (1 + math.exp(-z)) for z in SCORES)
R = [math.log(3.0), math.log(0.5)]  # P1 : P2 : P3 = 3 : 0.5 : 1
P3 = 1 / (1 + 3 + 0.5)


def _odds_ok(p):
    return math.inf if p == 1 else p / (1 - p)


def _odds_ok_numpy(p):
    return np.divide(p, 1 - p) if p < 1 else np.inf


def _softmax_ok(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax_logsumexp(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    return np.exp(z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True)))


def _top_at(t):
    return float(np.max(reference_softmax(SCORES, temperature=t)))


T90 = brentq(lambda t: _top_at(t) - 0.9, 0.05, 1.0, xtol=1e-14)


# name -> (grade(answer), check(answer), correct answers, wrong answers)
NUMERIC = {
    "sigmoid_sum": (
        lambda a: ex.grade_sigmoid_sum(SCORES, a),
        lambda a: ex.check_sigmoid_sum(SCORES, a),
        [SIGMOID_SUM, np.float64(SIGMOID_SUM), np.array(SIGMOID_SUM)],
        [1.0, 3.1, 1 / (1 + math.exp(-3.1)), 2.1, 2.13, -SIGMOID_SUM, 0],
    ),
    "sigmoid_at_zero": (
        ex.grade_sigmoid_at_zero,
        ex.check_sigmoid_at_zero,
        [0.5, 1 / 2, Fraction(1, 2), np.float32(0.5), 0.5 + 1e-12],
        [0, 1, 0.25, -0.5, 0.51, 0.4999],
    ),
    "sigmoid_slope_at_zero": (
        ex.grade_sigmoid_slope_at_zero,
        ex.check_sigmoid_slope_at_zero,
        [0.25, Fraction(1, 4), 0.5 * (1 - 0.5)],
        [0.5, 1, 0, -0.25, 0.2],
    ),
    "z_for_sigmoid": (
        lambda a: ex.grade_z_for_sigmoid(0.9, a),
        lambda a: ex.check_z_for_sigmoid(0.9, a),
        [math.log(9), np.log(9.0), -math.log(1 / 0.9 - 1)],
        [9, math.log10(9), math.log(0.9), -math.log(9), 2.197, 2.2, 0],
    ),
    "odds_of": (
        lambda a: ex.grade_odds_of(0.8, a),
        lambda a: ex.check_odds_of(0.8, a),
        [4, 4.0, Fraction(4), 0.8 / (1 - 0.8), np.int64(4)],
        [0.25, 0.8, 0.2, 0.8 / 1.8, 5, 3.99, -4],
    ),
    "prob_from_odds": (
        lambda a: ex.grade_prob_from_odds(3, 2, a),
        lambda a: ex.check_prob_from_odds(3, 2, a),
        [0.6, Fraction(3, 5), 3 / 5],
        [1.5, 0.4, 2 / 3, 0.75, 0.59, 60],
    ),
    "logit_of": (
        lambda a: ex.grade_logit_of(0.75, a),
        lambda a: ex.check_logit_of(0.75, a),
        [math.log(3), np.log(0.75 / 0.25)],
        [3, math.log10(3), math.log(0.75), -math.log(3), 1.1, 1.0986],
    ),
    "logit_symmetry": (
        lambda a: ex.grade_logit_symmetry(0.8, a),
        lambda a: ex.check_logit_symmetry(0.8, a),
        [math.log(0.2 / 0.8), -math.log(4), np.log(0.25)],
        [math.log(4), 0.25, 0, 1.386, -1.38],
    ),
    "probability_from_log_odds": (
        lambda a: ex.grade_probability_from_log_odds(2, a),
        lambda a: ex.check_probability_from_log_odds(2, a),
        [1 / (1 + math.exp(-2)), math.exp(2) / (1 + math.exp(2)), np.float64(0.8807970779778823)],
        [math.exp(2), 1 / (1 + math.exp(2)), 2 / 3, 1 + math.exp(-2), 100 / 101, 0.88, 0.5, 2],
    ),
    "odds_multiplier": (
        lambda a: ex.grade_odds_multiplier(0.4, a),
        lambda a: ex.check_odds_multiplier(0.4, a),
        [math.exp(0.4), np.exp(0.4), math.e**0.4],
        [0.4, math.exp(-0.4), 1 / (1 + math.exp(-0.4)), 10**0.4, 1.4, 1.49, 0],
    ),
    "reference_probability": (
        lambda a: ex.grade_reference_probability(R, a),
        lambda a: ex.check_reference_probability(R, a),
        [P3, Fraction(2, 9), 1 / (1 + math.exp(R[0]) + math.exp(R[1]))],
        [1 / 3.5, 3 * P3, 0.5 * P3, 1 / (1 + 1 / 3 + 2), 1 / (1 + R[0] + R[1]), 0.22, 1],
    ),
    "temperature_for_top": (
        ex.grade_temperature_for_top,
        ex.check_temperature_for_top,
        [T90, T90 + 9e-4, T90 - 9e-4, round(T90, 3)],
        [1.0, 1 / T90, T90 + 2e-3, T90 - 2e-3, 0.5, 2.0, 0, -T90, 100],
    ),
}

HOSTILE = [
    "4",
    "0.6",
    "3/5",
    "abc",
    "",
    b"4",
    math.nan,
    np.nan,
    [1.0, 2.0],
    [4.0],
    [],
    (),
    {},
    {0.5},
    np.array([0.5, 0.5]),
    np.array([]),
    1j,
    np.complex128(0.5),
    True,
    False,
    object(),
    print,
    lambda: 1 / 0,
    math.sqrt,
    type("Evil", (), {"__float__": lambda self: 1 / 0, "__repr__": lambda self: 1 / 0})(),
    10**400,
]


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_correct(name, capsys):
    grade, check, correct, _ = NUMERIC[name]
    for answer in correct:
        assert_right(grade(answer))
        assert check(answer) is None
        out = capsys.readouterr().out
        assert out.startswith("✅") and out.endswith("\n")
        assert out == grade(answer).message + "\n"


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_wrong(name, capsys):
    grade, check, _, wrong = NUMERIC[name]
    for answer in wrong:
        assert_wrong(grade(answer))
        check(answer)
        out = capsys.readouterr().out
        assert out.startswith("❌") and "\nHint: " in out


@pytest.mark.parametrize("name", sorted(NUMERIC))
@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_numeric_unanswered(name, answer, capsys):
    grade, check, _, _ = NUMERIC[name]
    assert_unanswered(grade(answer))
    check(answer)
    assert "not answered yet" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_hostile(name, capsys):
    grade, check, _, _ = NUMERIC[name]
    for answer in [*HOSTILE, math.inf, -math.inf]:
        assert_wrong(grade(answer))
        check(answer)
        assert capsys.readouterr().out.startswith("❌")


def test_specific_feedback():
    """The known mistakes get their own explanation, and the numbers are shown."""
    msg = ex.grade_odds_of(0.8, 0.25).message
    assert "odds against" in msg and "0.25" in msg
    msg = ex.grade_z_for_sigmoid(0.9, 9).message
    assert "odds" in msg and "log" in msg
    msg = ex.grade_logit_of(0.75, math.log10(3)).message
    assert "base-10" in msg
    msg = ex.grade_reference_probability(R, 1 / 3.5).message
    assert "e⁰ = 1" in msg
    msg = ex.grade_odds_of(0.8, 3.9999).message
    assert msg.startswith("❌ Close") and "0.0001" in msg
    msg = ex.grade_odds_of(0.8, 5).message
    assert "too large by 1.0" in msg
    msg = ex.grade_temperature_for_top(0.5).message
    assert "Go lower" in msg
    msg = ex.grade_temperature_for_top(1 / T90).message
    assert "1 / T" in msg
    assert "remove the quotes" in ex.grade_odds_of(0.8, "4").message.lower()
    assert "Call it" in ex.grade_odds_of(0.8, math.sqrt).message


def test_numbers_are_formatted():
    for answer in (np.float64(3.0), np.float32(2.5), np.int64(7)):
        msg = ex.grade_odds_of(0.8, answer).message
        assert "you gave 3.0" in msg or "you gave 2.5" in msg or "you gave 7.0" in msg


def test_other_exercise_parameters():
    assert_right(ex.grade_odds_of(0.75, 3))
    assert_right(ex.grade_odds_of(1.0, math.inf))
    assert_right(ex.grade_odds_of(0.0, 0))
    assert_wrong(ex.grade_odds_of(1.0, 1e300))
    assert_right(ex.grade_z_for_sigmoid(0.5, 0.0))
    assert_right(ex.grade_logit_symmetry(0.5, 0.0))
    assert_right(ex.grade_prob_from_odds(3, 1, 0.75))
    assert_right(ex.grade_sigmoid_sum([0.0, 0.0], 1.0))
    # two classes [1, 0]: the top probability at T is sigmoid(1 / T)
    two_class_target = 1 / (1 + math.exp(-1 / 0.5))
    assert_right(ex.grade_temperature_for_top(0.5, z=[1.0, 0.0], target=two_class_target))
    assert_wrong(ex.grade_temperature_for_top(1.0, z=[1.0, 0.0], target=two_class_target))


def test_bad_exercise_parameters_do_not_raise():
    for verdict in (
        ex.grade_odds_of(1.5, 4),
        ex.grade_odds_of("x", 4),
        ex.grade_sigmoid_sum("abc", 1.0),
        ex.grade_reference_probability([[1, 2], [3]], 0.2),
        ex.grade_temperature_for_top(0.4, z=[1.0, 1.0], target=0.9),
        ex.grade_shift_invariance("z", [0.5], [0.5]),
    ):
        assert_wrong(verdict)


# --- notebook 01: which vectors are distributions ------------------------------------

VALID = {
    label
    for label, v in ex.DISTRIBUTION_CANDIDATES.items()
    if min(v) >= 0 and math.isclose(math.fsum(v), 1.0, abs_tol=1e-12)
}


def test_distribution_candidates_are_what_the_exercise_needs():
    assert VALID == {"A", "D", "E"}
    sig = [1 / (1 + math.exp(-z)) for z in SCORES]
    assert np.allclose(ex.DISTRIBUTION_CANDIDATES["F"], sig, rtol=1e-15)


def test_distributions_correct(capsys):
    for answer in (VALID, list(VALID), tuple(sorted(VALID)), frozenset(VALID), {"a", " d ", "E"}):
        assert_right(ex.grade_valid_distributions(answer))
    ex.check_valid_distributions(VALID)
    assert capsys.readouterr().out.startswith("✅")


def test_distributions_wrong(capsys):
    for answer in ({"A"}, {"A", "D", "E", "F"}, {"B"}, set(), ["A", "C", "D", "E"], "A"):
        assert_wrong(ex.grade_valid_distributions(answer))
    msg = ex.grade_valid_distributions({"A", "B", "D", "E"}).message
    assert "B is not a distribution" in msg and "1.5" in msg
    msg = ex.grade_valid_distributions({"A", "D"}).message
    assert "left out 1 vector" in msg
    ex.check_valid_distributions({"B"})
    assert capsys.readouterr().out.startswith("❌")


def test_distributions_unanswered_and_hostile():
    assert_unanswered(ex.grade_valid_distributions(None))
    assert_unanswered(ex.grade_valid_distributions(...))
    for answer in ("ADE", "G", {"G"}, {1, 2}, [["A"]], {"A": 1}, 3, math.nan, print, b"A",
                   [None], np.array(["A", "D", "E"])):
        assert_wrong(ex.grade_valid_distributions(answer))


# --- notebook 04: the multiple choice ----------------------------------------------


def test_log_transform_statement(capsys):
    assert "convex" in ex.LOG_TRANSFORM_STATEMENTS["A"]
    for answer in ("B", "b", " B "):
        assert_right(ex.grade_log_transform_statement(answer))
    for answer in ("A", "a", "C", "D"):
        assert_wrong(ex.grade_log_transform_statement(answer))
    assert "concave" in ex.grade_log_transform_statement("A").message
    for answer in (None, ...):
        assert_unanswered(ex.grade_log_transform_statement(answer))
    for answer in ("E", "", "BB", ["B"], {"B", "A"}, 2, math.nan, print, b"B"):
        assert_wrong(ex.grade_log_transform_statement(answer))
    ex.check_log_transform_statement("B")
    assert capsys.readouterr().out.startswith("✅")


# --- notebook 06: shift invariance ---------------------------------------------------

Z = np.array([1.0, 2.0, 3.0])
P_Z = np.exp(Z) / np.exp(Z).sum()


def test_shift_invariance_correct(capsys):
    shifted = Z + 100.0
    p_shifted = np.exp(shifted) / np.exp(shifted).sum()
    assert_right(ex.grade_shift_invariance(Z, P_Z, p_shifted))
    assert_right(ex.grade_shift_invariance(list(Z), list(P_Z), tuple(P_Z)))
    ex.check_shift_invariance(Z, P_Z, P_Z)
    assert capsys.readouterr().out.startswith("✅")


def test_shift_invariance_unanswered_scores_are_not_an_error():
    # A starter cell may leave the learner's own vector z as ... too.
    for z in (..., None):
        assert_unanswered(ex.grade_shift_invariance(z, ..., ...))
        assert_unanswered(ex.grade_shift_invariance(z, P_Z, P_Z))


def test_shift_invariance_wrong_and_hostile():
    wrong = [
        np.exp(Z + 1),  # not normalised
        P_Z[::-1],
        P_Z[:2],
        np.append(P_Z, 0.0),
        np.ones(3) / 3,
        [math.nan] * 3,
        [math.inf, 0, 0],
        "0.09, 0.24, 0.67",
        set(P_Z),
        [[0.1, 0.2, 0.7]],
        [0.1, "x", 0.7],
        [0.1, None, 0.7],
        [1j, 0, 0],
        [True, False, False],
        print,
        [[0.1], [0.2, 0.3]],
        0.5,
    ]
    for answer in wrong:
        assert_wrong(ex.grade_shift_invariance(Z, P_Z, answer))
        assert_wrong(ex.grade_shift_invariance(Z, answer, P_Z))
    assert "normalise" in ex.grade_shift_invariance(Z, P_Z, np.exp(Z)).message
    assert_unanswered(ex.grade_shift_invariance(Z, ..., P_Z))
    assert_unanswered(ex.grade_shift_invariance(Z, P_Z, None))


# --- notebook 06: all K probabilities from K − 1 log-odds -----------------------------

# R = [log 3, log 0.5]: P1 : P2 : P3 = 3 : 0.5 : 1, so P = [3, 0.5, 1] / 4.5.
P_R = [3 / 4.5, 0.5 / 4.5, 1 / 4.5]
# name -> (a likely wrong answer, a phrase its explanation must contain)
PROBS_MISTAKES = {
    "not normalised": ([3.0, 0.5, 1.0], "divide them by their sum"),
    "no 1 in the denominator": ([3 / 3.5, 0.5 / 3.5, 1 / 3.5], "e⁰ = 1"),
    "reference first": ([1 / 4.5, 3 / 4.5, 0.5 / 4.5], "the last one"),
    "signs flipped": ([1 / 10, 6 / 10, 3 / 10], "signs of r are flipped"),
    "logs normalised": (
        [R[0] / (R[0] + R[1]), R[1] / (R[0] + R[1]), 0.0], "use e^(r_i), not r_i"),
    "softmax of r alone": ([3 / 3.5, 0.5 / 3.5], "reference class is missing"),
    "class K left out": ([3 / 4.5, 0.5 / 4.5], "right so far"),
    "wrong length": ([0.5, 0.5], "3 in all"),
    "one number": (1 / 4.5, "one number"),
    "not a distribution": ([1 / 3, 1 / 3, 1 / 3], "P_i / P_3 = e^(r_i)"),
    "does not sum to 1": ([0.5, 0.5, 0.5], "sums to 1.5"),
    "negative": ([0.9, 0.2, -0.1], "negative"),
    "rounded": ([0.667, 0.111, 0.222], "typing rounded digits"),
}


def test_probs_from_log_odds_correct(capsys):
    for answer in (P_R, tuple(P_R), np.array(P_R), [Fraction(2, 3), Fraction(1, 9), Fraction(2, 9)],
                   np.array(P_R, dtype=np.float32)):
        assert_right(ex.grade_probs_from_log_odds(R, answer))
    assert "[0.6666667, 0.1111111, 0.2222222]" in ex.grade_probs_from_log_odds(R, P_R).message
    # K = 2: a single log-odds z gives [σ(z), σ(−z)]
    z = 1.5
    assert_right(ex.grade_probs_from_log_odds(z, [1 / (1 + math.exp(-z)), 1 / (1 + math.exp(z))]))
    assert_right(ex.grade_probs_from_log_odds([0.0, 0.0, 0.0], [0.25] * 4))
    ex.check_probs_from_log_odds(R, P_R)
    out = capsys.readouterr().out
    assert out.startswith("✅") and out == ex.grade_probs_from_log_odds(R, P_R).message + "\n"


@pytest.mark.parametrize("name", sorted(PROBS_MISTAKES))
def test_probs_from_log_odds_mistakes(name, capsys):
    answer, phrase = PROBS_MISTAKES[name]
    verdict = ex.grade_probs_from_log_odds(R, answer)
    assert_wrong(verdict)
    assert phrase in verdict.message, verdict.message
    ex.check_probs_from_log_odds(R, answer)
    assert capsys.readouterr().out.startswith("❌")


def test_probs_from_log_odds_mistake_that_is_the_answer_is_not_called_one():
    # With all log-odds 0, "signs flipped" and "reference first" are the right answer.
    verdict = ex.grade_probs_from_log_odds([0.0, 0.0], [1 / 3] * 3)
    assert_right(verdict)


def test_probs_from_log_odds_unanswered_and_hostile(capsys):
    for answer in (None, ...):
        assert_unanswered(ex.grade_probs_from_log_odds(R, answer))
        ex.check_probs_from_log_odds(R, answer)
        assert "not answered yet" in capsys.readouterr().out
    for answer in [*HOSTILE, math.inf, [math.inf, 0.0, 0.0], [math.nan] * 3, [0.1, "x", 0.7],
                   [0.1, None, 0.7], [[0.1, 0.2, 0.7]], [True, False, False], np.ones((3, 1)) / 3,
                   [1j, 0, 0], {"a": 1.0}]:
        assert_wrong(ex.grade_probs_from_log_odds(R, answer))
        ex.check_probs_from_log_odds(R, answer)
        assert capsys.readouterr().out.startswith("❌")
    for bad_r in ("abc", [[1.0, 2.0], [3.0]], [math.nan, 0.0], [], None, print):
        assert_wrong(ex.grade_probs_from_log_odds(bad_r, P_R))


# --- function answers: odds --------------------------------------------------------


def test_odds_function_correct(capsys):
    for func in (_odds_ok, _odds_ok_numpy, lambda p: float("inf") if p == 1 else p / (1 - p)):
        assert_right(ex.grade_odds_function(func))
    ex.check_odds_function(_odds_ok)
    assert capsys.readouterr().out.startswith("✅")


def _odds_naive(p):
    return p / (1 - p)


def _odds_numpy_warns(p):
    return np.float64(p) / np.float64(1 - p)  # inf at 1, with a divide-by-zero warning


def _odds_printing(p):
    print("computing odds of", p)
    return _odds_ok(p)


def _odds_prints_only(p):
    print(p / (1 - p) if p < 1 else "inf")


class _Garbage:
    def __float__(self):
        raise RuntimeError("no")

    def __repr__(self):
        raise RuntimeError("no repr either")


ODDS_WRONG = {
    "naive": _odds_naive,
    "numpy_warns": _odds_numpy_warns,
    "against": lambda p: math.inf if p == 0 else (1 - p) / p,
    "returns_none": lambda p: None,
    "prints_only": _odds_prints_only,
    "returns_string": lambda p: "4",
    "returns_list": lambda p: [_odds_ok(p)],
    "returns_garbage": lambda p: _Garbage(),
    "nan_at_one": lambda p: math.nan if p == 1 else p / (1 - p),
    "big_at_one": lambda p: 1e300 if p == 1 else p / (1 - p),
    "rounded": lambda p: round(_odds_ok(p), 2) if p < 1 else math.inf,
    "no_arguments": lambda: 4,
    "raises_always": lambda p: 1 / 0,
    "exits": lambda p: exit(3),
    "keyerror": lambda p: {}["p"],
}


@pytest.mark.parametrize("name", sorted(ODDS_WRONG))
def test_odds_function_wrong(name, capsys):
    verdict = ex.grade_odds_function(ODDS_WRONG[name])
    assert_wrong(verdict)
    ex.check_odds_function(ODDS_WRONG[name])
    out = capsys.readouterr().out
    assert out == verdict.message + "\n"  # nothing the learner's function printed leaks


def test_odds_function_messages():
    msg = ex.grade_odds_function(_odds_naive).message
    assert "odds(1.0) raised ZeroDivisionError" in msg
    assert "sure thing" in msg and "math.inf" in msg
    assert "1 of 8" in msg
    msg = ex.grade_odds_function(_odds_numpy_warns).message
    assert "RuntimeWarning" in msg and "divide by zero" in msg
    assert "forget `return`" in ex.grade_odds_function(ODDS_WRONG["returns_none"]).message
    assert "odds against" in ex.grade_odds_function(ODDS_WRONG["against"]).message
    assert "odds(0.25) returned 3.0, expected 0.3333333" in (
        ex.grade_odds_function(ODDS_WRONG["against"]).message)


@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_function_checkers_unanswered(answer):
    assert_unanswered(ex.grade_odds_function(answer))
    assert_unanswered(ex.grade_softmax_function(answer))


def test_function_checkers_not_a_function():
    for answer in (4.0, "odds", [1, 2], np.array([0.5, 0.5]), math.nan, {}):
        for grade in (ex.grade_odds_function, ex.grade_softmax_function):
            verdict = grade(answer)
            assert_wrong(verdict)
            assert "not a function" in verdict.message


# --- function answers: softmax -----------------------------------------------------


def test_softmax_function_correct(capsys):
    for func in (_softmax_ok, _softmax_logsumexp, reference_softmax,
                 lambda z: list(_softmax_ok(z))):
        assert_right(ex.grade_softmax_function(func))
    ex.check_softmax_function(_softmax_ok)
    assert capsys.readouterr().out.startswith("✅")


def _softmax_naive(z):
    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)


def _softmax_columns(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def _softmax_whole(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def _softmax_global_max(z):
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax_no_keepdims(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1)


def _softmax_printing(z):
    print("z is", z)
    return _softmax_naive(z)


def _softmax_mean_shift(z):
    e = np.exp(z - np.mean(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


SOFTMAX_WRONG = {
    "naive": _softmax_naive,
    "columns": _softmax_columns,
    "whole_batch": _softmax_whole,
    "global_max": _softmax_global_max,
    "no_keepdims": _softmax_no_keepdims,
    "printing_naive": _softmax_printing,
    "mean_shift": _softmax_mean_shift,
    "identity": lambda z: z,
    "exp_only": lambda z: np.exp(np.minimum(z, 0)),
    "returns_none": lambda z: None,
    "returns_string": lambda z: "probabilities",
    "returns_scalar": lambda z: 1.0,
    "returns_garbage": lambda z: [_Garbage()],
    "returns_complex": lambda z: _softmax_ok(z) + 0j,
    "raises": lambda z: 1 / 0,
    "python_list_math": lambda z: [math.exp(x) for x in z],
    "uniform": lambda z: np.ones_like(z) / z.shape[-1],
}


@pytest.mark.parametrize("name", sorted(SOFTMAX_WRONG))
def test_softmax_function_wrong(name, capsys):
    verdict = ex.grade_softmax_function(SOFTMAX_WRONG[name])
    assert_wrong(verdict)
    ex.check_softmax_function(SOFTMAX_WRONG[name])
    assert capsys.readouterr().out == verdict.message + "\n"


def test_softmax_function_messages():
    msg = ex.grade_softmax_function(_softmax_naive).message
    assert "softmax([1000, 1000])" in msg and "nan" in msg
    assert "subtract the largest score" in msg
    msg = ex.grade_softmax_function(_softmax_columns).message
    assert "Each column sums to 1" in msg and "last axis" in msg
    msg = ex.grade_softmax_function(_softmax_whole).message
    assert "whole batch sums to 1" in msg
    msg = ex.grade_softmax_function(SOFTMAX_WRONG["exp_only"]).message
    assert "expected [0.5, 0.5]" in msg
    msg = ex.grade_softmax_function(SOFTMAX_WRONG["raises"]).message
    assert msg.count("raised ZeroDivisionError") == 5


def test_softmax_warning_is_a_failure_reason_not_an_exception():
    def overflows_but_finite(z):
        np.exp(np.asarray(z) * 1000.0)  # overflows, result unused
        return _softmax_ok(z)

    msg = ex.grade_softmax_function(overflows_but_finite).message
    assert msg.startswith("❌")
    assert "warned: RuntimeWarning: overflow" in msg
    assert "raised" not in msg


def test_learner_function_gets_a_copy():
    seen = []

    def mutating(z):
        seen.append(z)
        z -= np.max(z, axis=-1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)

    assert_right(ex.grade_softmax_function(mutating))
    assert_right(ex.grade_softmax_function(_softmax_ok))  # the test inputs are intact


# --- notebook 07: the cross-entropy gradient -------------------------------------------

Z7 = [1.0, 3.0, -0.5, 0.5]
C7 = 2  # the true class: not 0 or 1, so "p - index" is its own mistake
_E7 = [math.exp(v) for v in Z7]
P7 = np.array([e / math.fsum(_E7) for e in _E7])
Y7 = np.array([0.0, 0.0, 1.0, 0.0])
GRAD7 = P7 - Y7
_B7 = [2.0**v for v in Z7]
P7_BASE2 = np.array([b / math.fsum(_B7) for b in _B7])
GRAD7_BASE2 = math.log(2.0) * (P7_BASE2 - Y7)


def test_cross_entropy_gradient_correct(capsys):
    for answer in (GRAD7, list(GRAD7), tuple(GRAD7), GRAD7.round(10), GRAD7.astype(np.float32)):
        assert_right(ex.grade_cross_entropy_gradient(Z7, C7, answer))
    assert_right(ex.grade_cross_entropy_gradient(np.array(Z7), np.int64(C7), GRAD7))
    assert_right(ex.grade_cross_entropy_gradient(Z7, C7, GRAD7_BASE2, base=2))
    half = [0.5**v for v in Z7]  # base 0.5: ln b < 0, and the order of the classes reverses
    p_half = np.array([h / math.fsum(half) for h in half])
    assert_right(ex.grade_cross_entropy_gradient(Z7, C7, math.log(0.5) * (p_half - Y7), base=0.5))
    ex.check_cross_entropy_gradient(Z7, C7, GRAD7)
    out = capsys.readouterr().out
    assert out.startswith("✅") and "sums to 0" in out


CROSS_ENTROPY_MISTAKES = {
    "sign flipped (y - p)": (Y7 - P7, None, "sign is flipped"),
    "p alone": (P7, None, "p alone"),
    "index instead of one-hot": (P7 - C7, None, "class index 2"),
    "all ones instead of one-hot": (P7 - 1.0, None, "subtracted 1 from every entry"),
    "scores instead of probabilities": (np.array(Z7) - Y7, None, "scores z"),
    "derivative in p": (-Y7 / P7, None, "with respect to the probabilities"),
    "1 at the wrong index": (P7 - np.array([0.0, 0.0, 0.0, 1.0]), None, "index 3"),
    "counted from 1": (P7 - np.array([0.0, 1.0, 0.0, 0.0]), None, "count from 0"),
    "rounded to 4 digits sign flipped": ((Y7 - P7).round(4), None, "sign is flipped"),
    "base 2 without ln b": (P7_BASE2 - Y7, 2, "factor ln b"),
    "base 2 with base-e p": (P7 - Y7, 2, "base-e gradient"),
    "base 2 divided by ln b": ((P7_BASE2 - Y7) / math.log(2.0), 2, "divided by ln b"),
}


@pytest.mark.parametrize("name", sorted(CROSS_ENTROPY_MISTAKES))
def test_cross_entropy_gradient_mistakes(name, capsys):
    answer, base, phrase = CROSS_ENTROPY_MISTAKES[name]
    verdict = ex.grade_cross_entropy_gradient(Z7, C7, answer, base=base)
    assert_wrong(verdict)
    assert phrase in verdict.message
    ex.check_cross_entropy_gradient(Z7, C7, answer, base)
    assert capsys.readouterr().out == verdict.message + "\n"


def test_cross_entropy_gradient_other_wrong_answers():
    msg = ex.grade_cross_entropy_gradient(Z7, C7, GRAD7.round(2)).message
    assert msg.startswith("❌ Close") and "rounded digits" in msg
    msg = ex.grade_cross_entropy_gradient(Z7, C7, GRAD7 + 0.1).message
    assert msg.startswith("❌ Not quite") and "sums to 0.4" in msg
    msg = ex.grade_cross_entropy_gradient(Z7, C7, -math.log(P7[C7])).message
    assert "the loss" in msg and "4 entries" in msg
    msg = ex.grade_cross_entropy_gradient(Z7, C7, 0.5).message
    assert "one number" in msg and "the loss" not in msg
    assert "3 numbers" in ex.grade_cross_entropy_gradient(Z7, C7, GRAD7[:3]).message
    assert "nan or inf" in ex.grade_cross_entropy_gradient(Z7, C7, [math.nan] * 4).message


@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_cross_entropy_gradient_unanswered(answer, capsys):
    assert_unanswered(ex.grade_cross_entropy_gradient(Z7, C7, answer))
    assert_unanswered(ex.grade_cross_entropy_gradient(Z7, C7, answer, base=2))
    ex.check_cross_entropy_gradient(Z7, C7, answer)
    assert "not answered yet" in capsys.readouterr().out


def test_cross_entropy_gradient_hostile(capsys):
    for answer in [*HOSTILE, math.inf, -math.inf, [math.inf, 0, 0, 0], [[*GRAD7]], GRAD7[::-1],
                   ["a", "b", "c", "d"], [1j, 0, 0, 0], [True, False, True, False]]:
        assert_wrong(ex.grade_cross_entropy_gradient(Z7, C7, answer))
        ex.check_cross_entropy_gradient(Z7, C7, answer)
        assert capsys.readouterr().out.startswith("❌")


def test_cross_entropy_gradient_bad_parameters_do_not_raise():
    for args, kwargs in (
        (("abc", 0, GRAD7), {}),
        ((Z7, 7, GRAD7), {}),
        ((Z7, -1, GRAD7), {}),
        ((Z7, 0.5, GRAD7), {}),
        (([1.0], 0, [0.0]), {}),
        (([[1.0, 2.0]], 0, GRAD7), {}),
        (([1.0, math.nan], 0, [0.0, 0.0]), {}),
        ((Z7, C7, GRAD7), {"base": -1}),
        ((Z7, C7, GRAD7), {"base": "e"}),
    ):
        assert_wrong(ex.grade_cross_entropy_gradient(*args, **kwargs))


# --- notebook 05: sigmoid and logit are inverses --------------------------------------


def _solve_for_p_ok(z):
    e = math.exp(-abs(z))
    return 1 / (1 + e) if z >= 0 else e / (1 + e)


def _solve_for_p_ok_numpy(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _solve_for_p_exact(z):
    # exact rational arithmetic on e^(-|z|) rounded once: no formula shared with the checker
    e = Fraction(math.exp(-abs(z)))
    return float(1 / (1 + e)) if z >= 0 else float(e / (1 + e))


def test_solve_for_p_correct(capsys):
    for func in (_solve_for_p_ok, _solve_for_p_ok_numpy, _solve_for_p_exact):
        assert_right(ex.grade_solve_for_p(func))
    ex.check_solve_for_p(_solve_for_p_ok)
    assert capsys.readouterr().out.startswith("✅")


def _solve_for_p_math_naive(z):
    return 1 / (1 + math.exp(-z))  # OverflowError at z = -1000


def _solve_for_p_numpy_naive(z):
    return 1 / (1 + np.exp(-z))  # right values, with an overflow warning at z = -1000


def _solve_for_p_numpy_rewrite(z):
    return np.exp(z) / (1 + np.exp(z))  # nan at z = 1000


def _solve_for_p_where(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))  # warns


def _solve_for_p_flipped(z):
    return _solve_for_p_ok(-z)


def _solve_for_p_odds(z):
    return math.exp(z) if z < 700 else math.inf


def _solve_for_p_subtracts(z):
    return _solve_for_p_ok(z) if z >= 0 else 1 - _solve_for_p_ok(-z)


def _solve_for_p_printing(z):
    print("solving for", z)
    return _solve_for_p_ok(z)


SOLVE_FOR_P_WRONG = {
    "math_naive": (_solve_for_p_math_naive, "exp(−|z|)"),
    "numpy_naive": (_solve_for_p_numpy_naive, "exp(−|z|)"),
    "numpy_rewrite": (_solve_for_p_numpy_rewrite, "exp(−|z|)"),
    "where_both_branches": (_solve_for_p_where, "exp(−|z|)"),
    "flipped": (_solve_for_p_flipped, "check the sign"),
    "odds": (_solve_for_p_odds, "odds / (1 + odds)"),
    "subtracts": (_solve_for_p_subtracts, "exp(−|z|)"),
    "returns_none": (lambda z: None, "gives p ="),
    "returns_string": (lambda z: "0.5", "gives p ="),
    "returns_list": (lambda z: [_solve_for_p_ok(z)], "gives p ="),
    "returns_garbage": (lambda z: _Garbage(), "gives p ="),
    "rounded": (lambda z: round(_solve_for_p_ok(z), 3), "gives p ="),
    "logit_instead": (lambda z: math.log(z / (1 - z)), "gives p ="),
    "no_arguments": (lambda: 0.5, "gives p ="),
    "raises_always": (lambda z: 1 / 0, "gives p ="),
    "exits": (lambda z: exit(3), "gives p ="),
}


@pytest.mark.parametrize("name", sorted(SOLVE_FOR_P_WRONG))
def test_solve_for_p_wrong(name, capsys):
    func, hint = SOLVE_FOR_P_WRONG[name]
    verdict = ex.grade_solve_for_p(func)
    assert_wrong(verdict)
    assert hint in verdict.message.splitlines()[-1], verdict.message
    ex.check_solve_for_p(func)
    assert capsys.readouterr().out == verdict.message + "\n"  # nothing the function printed leaks


def test_solve_for_p_messages():
    msg = ex.grade_solve_for_p(_solve_for_p_math_naive).message
    assert "1 of 8" in msg and "solve_for_p(-1000.0) raised OverflowError" in msg
    msg = ex.grade_solve_for_p(_solve_for_p_numpy_naive).message
    assert "warned: RuntimeWarning: overflow" in msg
    msg = ex.grade_solve_for_p(_solve_for_p_numpy_rewrite).message
    assert "solve_for_p(1000.0) returned nan, not a probability (exp overflowed)" in msg
    assert "2 of 8" in ex.grade_solve_for_p(_solve_for_p_where).message
    msg = ex.grade_solve_for_p(_solve_for_p_subtracts).message
    assert "1 of 8" in msg and "solve_for_p(-30.0)" in msg and "digits lost" in msg
    assert "the sign is flipped" in ex.grade_solve_for_p(_solve_for_p_flipped).message
    assert "the odds" in ex.grade_solve_for_p(_solve_for_p_odds).message
    assert "forget `return`" in ex.grade_solve_for_p(lambda z: None).message
    assert_right(ex.grade_solve_for_p(_solve_for_p_printing))


def test_solve_for_p_unanswered_and_not_a_function(capsys):
    for answer in (None, ...):
        assert_unanswered(ex.grade_solve_for_p(answer))
    ex.check_solve_for_p(...)
    assert "not answered yet" in capsys.readouterr().out
    for answer in (0.5, "solve_for_p", [1, 2], np.array([0.5]), math.nan, {}):
        verdict = ex.grade_solve_for_p(answer)
        assert_wrong(verdict)
        assert "not a function" in verdict.message


def test_notebook_05_specific_feedback():
    msg = ex.grade_probability_from_log_odds(2, math.exp(2)).message
    assert "the odds" in msg
    msg = ex.grade_probability_from_log_odds(2, 1 / (1 + math.exp(2))).message
    assert "sign is flipped" in msg
    msg = ex.grade_probability_from_log_odds(2, 2 / 3).message
    assert "z itself as the odds" in msg
    msg = ex.grade_probability_from_log_odds(2, 1 + math.exp(-2)).message
    assert "reciprocal" in msg
    msg = ex.grade_probability_from_log_odds(2, 100 / 101).message
    assert "base 10" in msg
    assert "what the weight adds" in ex.grade_odds_multiplier(0.4, 0.4).message
    assert "sign is flipped" in ex.grade_odds_multiplier(0.4, math.exp(-0.4)).message
    assert "σ(w)" in ex.grade_odds_multiplier(0.4, 1 / (1 + math.exp(-0.4))).message
    assert "base 10" in ex.grade_odds_multiplier(0.4, 10**0.4).message
    assert "approximation" in ex.grade_odds_multiplier(0.4, 1.4).message


def test_notebook_05_other_parameters():
    assert_right(ex.grade_probability_from_log_odds(0, 0.5))
    assert_right(ex.grade_probability_from_log_odds(-1000, 0.0))
    assert_right(ex.grade_probability_from_log_odds(1000, 1.0))
    assert_right(ex.grade_probability_from_log_odds(-30, math.exp(-30) / (1 + math.exp(-30))))
    assert_right(ex.grade_odds_multiplier(-2.3, math.exp(-2.3)))
    assert_right(ex.grade_odds_multiplier(0, 1))
    assert_wrong(ex.grade_odds_multiplier(-2.3, math.exp(2.3)))
    for verdict in (
        ex.grade_probability_from_log_odds("two", 0.88),
        ex.grade_probability_from_log_odds([1, 2], 0.88),
        ex.grade_odds_multiplier(None, 1.0),
        ex.grade_odds_multiplier(1e6, 1.0),
    ):
        assert_wrong(verdict)
