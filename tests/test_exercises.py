"""Tests for helpers.exercises, the notebooks' "Check yourself" checkers, and helpers.messages.

Expected values come from mathematics (and scipy, for the temperature root and
logsumexp), never from the checkers' own code. Every hostile answer must come
back as a ❌ verdict: nothing may raise, nothing may be printed, and no warning
may escape (the pytest settings turn warnings into errors).
"""

import ast
import json
import math
import re
import subprocess
import sys
import warnings
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import brentq
from scipy.special import logsumexp as scipy_logsumexp

from helpers import exercises as ex
from helpers import messages
from helpers.numerics import sigmoid as helpers_sigmoid
from helpers.numerics import softmax as reference_softmax

ROOT = Path(__file__).resolve().parent.parent
CHECKERS = sorted(name for name in ex.__all__ if name.startswith("check_"))
TESTED = set()  # every test table adds the checkers it covers; a test compares with CHECKERS

# --- verdict shapes ------------------------------------------------------------


def _lines(verdict):
    assert isinstance(verdict, ex.Verdict), type(verdict)
    assert isinstance(verdict.ok, bool)
    text = verdict.message
    assert isinstance(text, str)
    for bad in ("np.float", "np.int", "np.True", "float64", "Traceback", "/work", "array("):
        assert bad not in text, (bad, text)
    assert not re.search(r"\{[a-z_]*\}", text), text  # a field left unfilled
    return text.splitlines()


def assert_right(verdict, start="✅ Correct"):
    lines = _lines(verdict)
    assert verdict.ok is True, verdict.message
    assert lines[0].startswith(start), verdict.message
    assert not any(line.startswith("Hint:") for line in lines)


def assert_wrong(verdict, phrase=None):
    lines = _lines(verdict)
    assert verdict.ok is False, verdict.message
    assert lines[0].startswith("❌ "), verdict.message
    assert lines[-1].startswith("Hint:") and len(lines[-1]) > len("Hint: ") + 10, verdict.message
    if phrase is not None:
        assert phrase in verdict.message, (phrase, verdict.message)


def assert_unanswered(verdict):
    lines = _lines(verdict)
    assert verdict.ok is False
    assert lines[0].startswith("…") and "not answered yet" in lines[0], verdict.message
    assert len(lines) == 2 and lines[1].startswith("Hint:"), verdict.message


# --- a verdict displays itself ------------------------------------------------------


def test_verdict_displays_as_its_message_in_plain_text_only():
    verdict = ex.check_odds_of(0.8, 4)
    assert repr(verdict) == str(verdict) == verdict.message
    pretty = pytest.importorskip("IPython.lib.pretty")
    assert pretty.pretty(verdict) == verdict.message
    formatters = pytest.importorskip("IPython.core.formatters")
    data, metadata = formatters.DisplayFormatter().format(ex.check_odds_of(0.8, 5))
    assert data == {"text/plain": ex.check_odds_of(0.8, 5).message} and metadata == {}


def test_bool_of_a_verdict_is_its_ok():
    assert bool(ex.check_odds_of(0.8, 4)) is True
    assert bool(ex.check_odds_of(0.8, 5)) is False
    assert bool(ex.check_odds_of(0.8, ...)) is False
    assert ex.Verdict(True, "✅ x") == ex.Verdict(True, "✅ x")


def test_checkers_return_verdicts_and_print_nothing(capsys):
    assert ex.check_sigmoid_at_zero(0.5).ok
    assert ex.check_odds_function(lambda p: print("hi")).ok is False
    assert capsys.readouterr() == ("", "")


def test_grade_names_are_the_checkers():
    for name in CHECKERS:
        assert getattr(ex, "grade_" + name[len("check_"):]) is getattr(ex, name)
    from helpers.exercises import grade_odds_of, grade_valid_distributions  # noqa: F401


def test_no_warning_escapes_a_checker():
    def noisy(z):
        np.exp(np.asarray(z) * 1e6)
        warnings.warn("learner's own warning", UserWarning, stacklevel=1)
        return None

    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn"):
        warnings.simplefilter("always")
        for func in (ex.check_softmax_function, ex.check_logsumexp_function,
                     ex.check_odds_function, ex.check_solve_for_p):
            assert func(noisy).ok is False
        ex.check_shift_invariance([1.0, 2.0], [np.nan, np.nan], [np.inf, 0.0])
        ex.check_sigmoid_symmetry(np.array([-800.0, 800.0]), [np.inf, 0.0], [1e308, -1e308])
        ex.check_odds_of(0.8, 1e308)
        ex.check_reference_probability([800.0], 1e-300)
    assert caught == []


# --- numeric exercises: answers from mathematics ----------------------------------------

SCORES = [2.0, 1.0, 0.1]
SIGMOID_SUM = math.fsum(1 / (1 + math.exp(-z)) for z in SCORES)
R = [math.log(3.0), math.log(0.5)]  # P1 : P2 : P3 = 3 : 0.5 : 1
P3 = 1 / (1 + 3 + 0.5)


def _top_at(t):
    return float(np.max(reference_softmax(SCORES, temperature=t)))


T90 = brentq(lambda t: _top_at(t) - 0.9, 0.05, 1.0, xtol=1e-14)

# name -> (check(answer), exact value, is a probability, correct answers, wrong answers)
NUMERIC = {
    "sigmoid_sum": (  # a number in (0, K), not a probability
        lambda a: ex.check_sigmoid_sum(SCORES, a), SIGMOID_SUM, False,
        [SIGMOID_SUM, np.float64(SIGMOID_SUM), np.array(SIGMOID_SUM)],
        [1.0, 3.1, 1 / (1 + math.exp(-3.1)), -SIGMOID_SUM, 0],
    ),
    "sigmoid_at_zero": (
        ex.check_sigmoid_at_zero, 0.5, True,
        [0.5, 1 / 2, Fraction(1, 2), np.float32(0.5), 0.5 + 1e-12, Decimal("0.50")],
        [0, 1, 0.25, -0.5, 0.51, 0.6],
    ),
    "sigmoid_slope_at_zero": (
        ex.check_sigmoid_slope_at_zero, 0.25, False,
        [0.25, Fraction(1, 4), 0.5 * (1 - 0.5)],
        [0.5, 1, 0, -0.25, 0.2],
    ),
    "z_for_sigmoid": (
        lambda a: ex.check_z_for_sigmoid(0.9, a), math.log(9), False,
        [math.log(9), np.log(9.0), -math.log(1 / 0.9 - 1)],
        [9, math.log10(9), math.log(0.9), -math.log(9), 0, 3.0],
    ),
    "odds_of": (
        lambda a: ex.check_odds_of(0.8, a), 4.0, False,
        [4, 4.0, Fraction(4), 0.8 / (1 - 0.8), np.int64(4)],
        [0.25, 0.8, 0.2, 0.8 / 1.8, 5, -4],
    ),
    "prob_from_odds": (
        lambda a: ex.check_prob_from_odds(3, 2, a), 0.6, True,
        [0.6, Fraction(3, 5), 3 / 5],
        [1.5, 0.4, 2 / 3, 0.75, 0.5],
    ),
    "logit_of": (
        lambda a: ex.check_logit_of(0.75, a), math.log(3), False,
        [math.log(3), np.log(0.75 / 0.25)],
        [3, math.log10(3), math.log(0.75), -math.log(3), 1.5],
    ),
    "logit_symmetry": (
        lambda a: ex.check_logit_symmetry(0.8, a), -math.log(4), False,
        [math.log(0.2 / 0.8), -math.log(4), np.log(0.25)],
        [math.log(4), 0.25, 0, -1.0],
    ),
    "probability_from_log_odds": (
        lambda a: ex.check_probability_from_log_odds(2, a), 1 / (1 + math.exp(-2)), True,
        [1 / (1 + math.exp(-2)), math.exp(2) / (1 + math.exp(2)), np.float64(0.8807970779778823)],
        [math.exp(2), 1 / (1 + math.exp(2)), 2 / 3, 1 + math.exp(-2), 100 / 101, 0.5, 2],
    ),
    "odds_multiplier": (
        lambda a: ex.check_odds_multiplier(0.4, a), math.exp(0.4), False,
        [math.exp(0.4), np.exp(0.4), math.e**0.4],
        [0.4, math.exp(-0.4), 1 / (1 + math.exp(-0.4)), 10**0.4, 1.4, 0],
    ),
    "reference_probability": (
        lambda a: ex.check_reference_probability(R, a), P3, True,
        [P3, Fraction(2, 9), 1 / (1 + math.exp(R[0]) + math.exp(R[1]))],
        [1 / 3.5, 3 * P3, 0.5 * P3, 1 / (1 + 1 / 3 + 2), 1 / (1 + R[0] + R[1]), 1],
    ),
    "temperature_for_top": (
        ex.check_temperature_for_top, T90, False,
        [T90, T90 + 9e-4, T90 - 9e-4],
        [1.0, 1 / T90, T90 + 2e-3, T90 - 2e-3, 0.5, 2.0, 0, -T90, 100],
    ),
}
TESTED.update("check_" + name for name in NUMERIC)


def _near_miss(x, d=3):
    """x rounded to d decimals, then one unit off, still showing d decimals: a wrong rounding."""
    unit = 10.0**-d
    for candidate in (round(round(x, d) + unit, d), round(round(x, d) - unit, d)):
        off = abs(candidate - x)
        if len(repr(candidate).split(".")[1]) == d and unit / 2 < off <= 2 * unit:
            return candidate
    raise AssertionError(f"no near miss for {x} at {d} decimals")


def _one_digit(x):
    """x rounded to 1 significant digit, as the learner would type it (2, 0.9, 0.1)."""
    if abs(x) >= 1:
        return round(x)
    return round(x, -math.floor(math.log10(abs(x))))


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_correct(name):
    check, _, _, correct, _ = NUMERIC[name]
    for answer in correct:
        assert_right(check(answer))


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_rounded_right_is_correct(name):
    check, exact, _, _, _ = NUMERIC[name]
    for d in (2, 3, 4, 6):
        answer = round(exact, d)
        verdict = check(answer)
        assert_right(verdict)
        if name == "temperature_for_top" and abs(answer - exact) <= 1e-3:
            continue  # within the exercise's own tolerance: plain "Correct:"
        if not math.isclose(answer, exact, rel_tol=1e-6):
            first = verdict.message.splitlines()[0]
            shown = len(repr(answer).split(".")[1])  # round(1.0986, 2) is 1.1: 1 decimal
            places = "1 decimal" if shown == 1 else f"{shown} decimals"
            assert re.match(rf"✅ Correct to {places} \(exactly -?\d", first), first
            assert "…)" in first or f"{exact!r})" in first or f"{exact:.7g})" in first


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_rounded_wrong_gets_the_rounding_hint(name):
    check, exact, _, _, _ = NUMERIC[name]
    for d in (2,) if name == "temperature_for_top" else (3, 4):  # its tolerance is 1e-3
        verdict = check(_near_miss(exact, d))
        assert_wrong(verdict, "Close: you gave")
        assert "off by" in verdict.message
        assert "more digits" in verdict.message and "rounding" in verdict.message
        assert "compute the value in code instead" not in verdict.message


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_one_significant_digit_is_too_coarse(name):
    check, exact, _, _, _ = NUMERIC[name]
    answer = _one_digit(exact)
    if math.isclose(answer, exact, rel_tol=1e-6):
        pytest.skip("the exact value has one significant digit")
    verdict = check(answer)
    assert_wrong(verdict)
    assert ("give at least 2 significant digits" in verdict.message
            or "Not quite: you gave" in verdict.message), verdict.message


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_percentage(name):
    check, exact, probability, _, _ = NUMERIC[name]
    for answer in (100 * exact, round(100 * exact, 1)):
        verdict = check(answer)
        assert_wrong(verdict)
        assert ("0–1 scale" in verdict.message) == probability, verdict.message


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_wrong(name):
    check, _, _, _, wrong = NUMERIC[name]
    for answer in wrong:
        assert_wrong(check(answer))


@pytest.mark.parametrize("name", sorted(NUMERIC))
@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_numeric_unanswered(name, answer):
    assert_unanswered(NUMERIC[name][0](answer))


class _Garbage:
    def __float__(self):
        raise RuntimeError("no")

    def __repr__(self):
        raise RuntimeError("no repr either")


HOSTILE = [
    "4", "0.6", "3/5", "abc", "", b"4", ["0.5"], ("B",), [["0.5"]],
    math.nan, np.nan, math.inf, -math.inf, np.float64("inf"), Decimal("NaN"), Decimal("1e400"),
    1e308, -1e308, 5e-324, 10**400, -(10**400), Fraction(10**400, 3), 2**200,
    np.iinfo(np.int64).max, np.float16(65504),
    [1.0, 2.0], [4.0], [], (), {}, {0.5}, np.array([0.5, 0.5]), np.array([]), np.array([[0.5]]),
    1j, np.complex128(0.5), True, False, np.True_, object(), print, lambda: 1 / 0, math.sqrt,
    _Garbage(), type("Evil", (), {"__float__": lambda self: 1 / 0,
                                  "__repr__": lambda self: 1 / 0})(),
]


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_numeric_hostile_and_extreme(name, capsys):
    check = NUMERIC[name][0]
    for answer in HOSTILE:
        assert_wrong(check(answer))
    assert capsys.readouterr() == ("", "")


def test_the_rounding_rule():
    """Right rounding → ✅ with 2+ significant digits; one unit off → ❌ Close; fewer → ❌.

    A float that lost trailing zeros (0.050 shows as 0.05) is read with them when
    they make it a right rounding to 2 significant digits.
    """
    for w in np.linspace(-4.0, 4.0, 41):
        exact = math.exp(w)
        lead = math.floor(math.log10(exact)) + 1
        for decimals in range(0, 7):
            answer = round(exact, decimals)
            d = len(repr(answer).split(".")[1]) if decimals else 0  # 0.050 shows as 0.05
            if decimals == 0:
                answer = int(answer)
            digits = lead + d
            zeros_read = decimals > 0 and 2 - lead >= 1 and round(exact, 2 - lead) == answer
            verdict = ex.check_odds_multiplier(w, answer)
            if math.isclose(answer, exact, rel_tol=1e-6, abs_tol=1e-9):
                assert verdict.ok
            elif zeros_read and digits < 2:
                assert verdict.ok and "Python drops trailing zeros" in verdict.message
            elif digits >= 2:
                assert verdict.ok, (w, d, verdict.message)
                assert "Correct to" in verdict.message
                if digits >= 2 and d >= 1:
                    assert_wrong(ex.check_odds_multiplier(w, _near_miss(exact, d)), "Close")
            else:
                assert not verdict.ok, (w, d, verdict.message)


def test_decimals_are_read_from_what_was_given():
    assert_right(ex.check_z_for_sigmoid(0.9, 2.2), "✅ Correct to 1 decimal (exactly 2.197225…)")
    assert_right(ex.check_z_for_sigmoid(0.9, 2.197),
                 "✅ Correct to 3 decimals (exactly 2.197225…)")
    assert_right(ex.check_z_for_sigmoid(0.9, Decimal("2.20")), "✅ Correct to 2 decimals")
    assert_right(ex.check_z_for_sigmoid(0.9, Fraction(2197, 1000)), "✅ Correct to 3 decimals")
    assert_right(ex.check_z_for_sigmoid(0.9, np.float32(2.197)), "✅ Correct to 3 decimals")
    assert_wrong(ex.check_z_for_sigmoid(0.9, 2), "give at least 2 significant digits")
    assert "You gave 2," in ex.check_z_for_sigmoid(0.9, 2).message  # as written, not 2.0
    assert_wrong(ex.check_z_for_sigmoid(0.9, 2.19), "Close: you gave 2.19, which is off by")
    assert_wrong(ex.check_z_for_sigmoid(0.9, Fraction(1, 3)))  # not a rounding: just wrong
    assert_right(ex.check_temperature_for_top(round(T90, 2)), "✅ Correct to 2 decimals")
    assert_wrong(ex.check_temperature_for_top(round(T90, 1)), "significant digits")
    # 37 is 36.74 rounded to the nearest whole number: 2 significant digits
    assert_right(ex.check_odds_multiplier(math.log(36.74), 37), "✅ Correct to 2 significant")


def test_specific_feedback():
    """The known mistakes get their own explanation, also when rounded."""
    assert "odds against" in ex.check_odds_of(0.8, 0.25).message
    msg = ex.check_z_for_sigmoid(0.9, 9).message
    assert "odds" in msg and "log" in msg
    assert "base-10" in ex.check_z_for_sigmoid(0.9, 0.95).message  # log10 9 = 0.954
    assert "base-10" in ex.check_logit_of(0.75, math.log10(3)).message
    assert "e⁰ = 1" in ex.check_reference_probability(R, 1 / 3.5).message
    assert "e⁰ = 1" in ex.check_reference_probability(R, 0.29).message  # 1/3.5 rounded
    assert "too large" in ex.check_odds_of(0.8, 5).message
    assert "too small" in ex.check_odds_of(0.8, 3).message
    assert "Go lower" in ex.check_temperature_for_top(0.5).message
    assert "1 / T" in ex.check_temperature_for_top(1 / T90).message
    assert "remove the quotes" in ex.check_odds_of(0.8, "4").message.lower()
    assert "Call it" in ex.check_odds_of(0.8, math.sqrt).message
    assert "without brackets" in ex.check_odds_of(0.8, [4.0]).message
    assert "too large for a float" in ex.check_odds_of(0.8, 10**400).message
    assert "between 0 and 1" in ex.check_sigmoid_at_zero(1.5).message


def test_sign_hint_names_the_half_of_the_rule_that_applies():
    below = ex.check_z_for_sigmoid(0.1, math.log(9)).message
    assert "σ(z) < 1/2 needs z < 0" in below and "> 0" not in below
    above = ex.check_z_for_sigmoid(0.9, -math.log(9)).message
    assert "σ(z) > 1/2 needs z > 0" in above
    assert "σ(z) < 1/2 needs z < 0" in ex.check_z_for_sigmoid(0.1, 2.2).message


def test_percentage_hints():
    for verdict in (ex.check_sigmoid_at_zero(50), ex.check_sigmoid_at_zero(50.0),
                    ex.check_probability_from_log_odds(math.log(9), 90),
                    ex.check_prob_from_odds(9, 1, 90), ex.check_prob_from_odds(3, 2, "60")):
        if "quotes" not in verdict.message:
            assert_wrong(verdict, "percentage")
            assert "0–1 scale" in verdict.message


def test_numbers_are_formatted():
    for answer, shown in ((np.float64(3.0), "3.0"), (np.float32(2.5), "2.5"), (np.int64(7), "7")):
        assert f"you gave {shown}," in ex.check_odds_of(0.8, answer).message


def test_other_exercise_parameters():
    assert_right(ex.check_odds_of(0.75, 3))
    assert_right(ex.check_odds_of(1.0, math.inf))
    assert_right(ex.check_odds_of(0.0, 0))
    assert_wrong(ex.check_odds_of(1.0, 1e300))
    assert_right(ex.check_z_for_sigmoid(0.5, 0.0))
    assert_right(ex.check_logit_symmetry(0.5, 0.0))
    assert_right(ex.check_prob_from_odds(3, 1, 0.75))
    assert_right(ex.check_sigmoid_sum([0.0, 0.0], 1.0))
    two_class_target = 1 / (1 + math.exp(-1 / 0.5))  # two classes [1, 0]: σ(1 / T)
    assert_right(ex.check_temperature_for_top(0.5, z=[1.0, 0.0], target=two_class_target))
    assert_wrong(ex.check_temperature_for_top(1.0, z=[1.0, 0.0], target=two_class_target))
    assert_right(ex.check_logit_of(20 / 21, math.log(20)))
    assert_right(ex.check_z_for_sigmoid(0.95, 2.94))


def test_bad_exercise_parameters_do_not_raise():
    for verdict in (
        ex.check_odds_of(1.5, 4),
        ex.check_odds_of("x", 4),
        ex.check_sigmoid_sum("abc", 1.0),
        ex.check_reference_probability([[1, 2], [3]], 0.2),
        ex.check_temperature_for_top(0.4, z=[1.0, 1.0], target=0.9),
        ex.check_shift_invariance("z", [0.5], [0.5]),
        ex.check_z_for_sigmoid(0.0, 1.0),
        ex.check_logit_of(1.0, 1.0),
    ):
        assert_wrong(verdict)


# --- 01 Exercise 2: the sum of four sigmoids is in (0, K), not a probability ------------

Z_FOUR = [3.0, -1.0, 0.5, -2.0]  # notebook 01, exercise 2
SUM_FOUR = math.fsum(1 / (1 + math.exp(-z)) for z in Z_FOUR)  # 1.963178


def test_sigmoid_sum_is_not_graded_as_a_probability():
    check = lambda a: ex.check_sigmoid_sum(Z_FOUR, a)  # noqa: E731
    assert_right(check(SUM_FOUR))
    assert_right(check(round(SUM_FOUR, 2)), "✅ Correct to 2 decimals")
    assert_wrong(check(_near_miss(SUM_FOUR, 3)), "Close")
    range_hint = "each sigmoid lies in (0, 1), so the sum of 4 of them lies in (0, 4)"
    for answer, phrase in ((2.5, "too large"), (1.5, "too small"), (1.01, "too small"),
                           (3.9, "too large")):  # inside (0, 4): the general hint
        verdict = check(answer)
        assert_wrong(verdict, f"you gave {answer}, which is {phrase}")
        assert range_hint not in verdict.message
        assert "Hint: apply the sigmoid to each score" in verdict.message
    for answer, phrase in ((5, "too large"), (4, "too large"), (196.3, "too large"),
                           (0, "too small"), (-1.96, "too small"), (math.inf, "too large"),
                           (-math.inf, "too small"), (1e308, "too large")):  # outside (0, 4)
        verdict = check(answer)
        assert_wrong(verdict, f"which is {phrase}")
        assert range_hint in verdict.message.splitlines()[-1], verdict.message
    assert "(0, 3)" in ex.check_sigmoid_sum(SCORES, 7.0).message  # K from the scores
    every = [check(a).message for a in (*np.linspace(-10, 300, 63), *HOSTILE)]
    for text in every:
        assert "probability lies between" not in text and "0–1 scale" not in text, text


# --- 02 Exercise 3: the score for 10 %, by the symmetry ----------------------------------


def test_z_for_sigmoid_below_one_half_points_at_the_symmetry():
    symmetry = "use the symmetry σ(−z) = 1 − σ(z): which z gives 1 − 0.1 = 0.9?"
    for answer in (..., None, 2.197, -3, 0.9, 9, "x", math.nan):
        verdict = ex.check_z_for_sigmoid(0.1, answer)
        assert verdict.message.splitlines()[-1] == f"Hint: {symmetry}", verdict.message
        assert "2.197" not in verdict.message.splitlines()[-1]
    assert "σ(z) < 1/2 needs z < 0" in ex.check_z_for_sigmoid(0.1, math.log(9)).message
    assert "1 − 0.25 = 0.75?" in ex.check_z_for_sigmoid(0.25, ...).message
    for p in (0.5, 0.9):  # at or above 1/2: solve the equation
        hint = ex.check_z_for_sigmoid(p, ...).message.splitlines()[-1]
        assert hint.startswith(f"Hint: solve {p} = 1 / (1 + e^(−z))") and "symmetry" not in hint
    assert_right(ex.check_z_for_sigmoid(0.1, -math.log(9)))
    assert_right(ex.check_z_for_sigmoid(0.1, -2.2), "✅ Correct to 1 decimal")


# --- 04 Exercise 2: the final log-odds, by adding ---------------------------------------

P_END = 0.2 / 0.8 * 3 * 2 / (1 + 0.2 / 0.8 * 3 * 2)  # odds 1.5: p = 0.6


def test_logit_of_names_the_base_10_log_on_either_route():
    check = lambda a: ex.check_logit_of(P_END, a)  # noqa: E731
    for answer in (math.log10(1.5), math.log10(0.25) + math.log10(3) + math.log10(2), 0.176,
                   0.18, np.float64(math.log10(1.5))):
        verdict = check(answer)
        assert_wrong(verdict, "base-10 log")
        assert "natural log, np.log" in verdict.message
    assert "base-10" in ex.check_logit_of(0.75, math.log10(3)).message
    assert "base-10" not in check(math.log(1.5) + 0.3).message
    for answer in (math.log(1.5), math.log(0.25) + math.log(3) + math.log(2), 0.41, 0.405):
        assert_right(check(answer))


def test_logit_of_hint_fits_both_routes():
    for answer in (..., 0.5, 1.5, math.log(0.6)):
        hint = ex.check_logit_of(P_END, answer).message.splitlines()[-1]
        assert "natural log (np.log)" in hint and "log of the end odds" in hint, hint
        assert "add the logs of the factors to the starting log-odds" in hint, hint
        assert "0.405" not in hint and "1.5" not in hint


# --- trailing zeros: a float cannot show them -------------------------------------------


def test_a_float_that_lost_its_trailing_zeros_is_read_as_typed():
    # 0.10 arrives as 0.1: if the zeros make it a right 2-digit rounding, it is right.
    w = math.log(0.1003)  # the odds multiplier is 0.1003
    for answer in (0.100, 0.10, 0.1, np.float64(0.100), np.float32(0.100), np.array(0.100)):
        verdict = ex.check_odds_multiplier(w, answer)
        assert_right(verdict, "✅ Correct to 2 decimals")
        assert "reading your 0.1 as 0.10" in verdict.message
    assert_right(ex.check_odds_multiplier(w, 0.1003))
    assert_right(ex.check_odds_multiplier(w, Decimal("0.100")), "✅ Correct to 3 decimals")
    assert_right(ex.check_odds_multiplier(math.log(0.0501), 0.05), "✅ Correct to 3 decimals")
    # Not explained by zeros: 0.10 is no rounding of 0.137 or 0.6667; an int keeps what
    # was typed (2 for 2.003 is coarse, but 2.0 would have shown its decimal).
    for w, answer in ((math.log(0.137), 0.1), (math.log(2.003), 2), (math.log(2.003), np.int64(2)),
                      (math.log(0.137), 0.2), (math.log(2 / 3), 0.7)):
        verdict = ex.check_odds_multiplier(w, answer)
        assert_wrong(verdict)
        assert "trailing zeros" not in verdict.message
    assert "give at least 2 significant digits" in ex.check_odds_multiplier(
        math.log(0.137), 0.1).message
    assert "give at least 2 significant digits" in ex.check_odds_multiplier(
        math.log(2 / 3), 0.7).message


def test_trailing_zeros_in_a_list():
    r = math.log(0.1003 / 0.8997)  # K = 2: P = [0.1003, 0.8997]
    verdict = ex.check_probs_from_log_odds(r, [0.100, 0.900])
    assert_right(verdict, "✅ Correct to 2 decimals")
    assert "[0.10, 0.90]" in verdict.message
    assert_right(ex.check_probs_from_log_odds(r, [0.1003, 0.8997]))
    assert_wrong(ex.check_probs_from_log_odds(r, [0.2, 0.8]))
    z = np.array([0.0, math.log(0.8997 / 0.1003)])  # softmax(z) = [0.1003, 0.8997]
    assert_right(ex.check_shift_invariance(z, [0.1003, 0.8997], [0.100, 0.900]))


# --- notebook 05: more of the numeric checkers -------------------------------------------


def test_notebook_05_specific_feedback():
    msg = ex.check_probability_from_log_odds(2, math.exp(2)).message
    assert "the odds" in msg
    assert "sign is flipped" in ex.check_probability_from_log_odds(2, 1 / (1 + math.exp(2))).message
    assert "z itself as the odds" in ex.check_probability_from_log_odds(2, 2 / 3).message
    assert "reciprocal" in ex.check_probability_from_log_odds(2, 1 + math.exp(-2)).message
    assert "base 10" in ex.check_probability_from_log_odds(2, 100 / 101).message
    assert "what the weight adds" in ex.check_odds_multiplier(0.4, 0.4).message
    assert "sign is flipped" in ex.check_odds_multiplier(0.4, math.exp(-0.4)).message
    assert "σ(w)" in ex.check_odds_multiplier(0.4, 1 / (1 + math.exp(-0.4))).message
    assert "base 10" in ex.check_odds_multiplier(0.4, 10**0.4).message
    assert "approximation" in ex.check_odds_multiplier(0.4, 1.4).message


def test_notebook_05_other_parameters():
    assert_right(ex.check_probability_from_log_odds(0, 0.5))
    assert_right(ex.check_probability_from_log_odds(-1000, 0.0))
    assert_right(ex.check_probability_from_log_odds(1000, 1.0))
    assert_right(ex.check_probability_from_log_odds(-30, math.exp(-30) / (1 + math.exp(-30))))
    assert_right(ex.check_odds_multiplier(-2.3, math.exp(-2.3)))
    assert_right(ex.check_odds_multiplier(0, 1))
    assert_wrong(ex.check_odds_multiplier(-2.3, math.exp(2.3)))
    for verdict in (ex.check_probability_from_log_odds("two", 0.88),
                    ex.check_probability_from_log_odds([1, 2], 0.88),
                    ex.check_odds_multiplier(None, 1.0),
                    ex.check_odds_multiplier(1e6, 1.0)):
        assert_wrong(verdict)


# --- choices: which vectors are distributions (01) -------------------------------------

TESTED.add("check_valid_distributions")
VALID = {
    label
    for label, v in ex.DISTRIBUTION_CANDIDATES.items()
    if min(v) >= 0 and math.isclose(math.fsum(v), 1.0, abs_tol=1e-12)
}


def test_distribution_candidates_are_what_the_exercise_needs():
    assert VALID == {"A", "D", "E"}
    sig = [1 / (1 + math.exp(-z)) for z in (1.5, 0.5, -1.0)]  # not the lesson's scores
    assert np.allclose(ex.DISTRIBUTION_CANDIDATES["F"], sig, rtol=1e-15)


def test_distributions_correct():
    for answer in (VALID, list(VALID), tuple(sorted(VALID)), frozenset(VALID), {"a", " d ", "E"},
                   "A, D, E", "a d e", np.array(["A", "D", "E"])):
        assert_right(ex.check_valid_distributions(answer))


def test_distributions_wrong():
    for answer in ({"A"}, {"A", "D", "E", "F"}, {"B"}, set(), ["A", "C", "D", "E"], "A", ["A"]):
        assert_wrong(ex.check_valid_distributions(answer))
    msg = ex.check_valid_distributions({"A", "B", "D", "E"}).message
    assert "B is not a distribution" in msg and "1.5" in msg
    assert "left out 1 vector" in ex.check_valid_distributions({"A", "D"}).message


def test_distributions_unanswered_and_hostile():
    assert_unanswered(ex.check_valid_distributions(None))
    assert_unanswered(ex.check_valid_distributions(...))
    for answer in ("ADE", "G", {"G"}, {1, 2}, [["A"]], {"A": 1}, 3, math.nan, print, b"A",
                   [None], "", 1e308, [math.inf]):
        assert_wrong(ex.check_valid_distributions(answer))


# --- choices: multi-label or multi-class (01) ------------------------------------------

TESTED.add("check_multilabel_or_multiclass")
MULTILABEL_RIGHT = {"A": "multi-label", "B": "multi-class", "C": "multi-class",
                    "D": "multi-label", "E": "binary"}


def test_multilabel_tasks_are_described():
    tasks = ex.MULTILABEL_TASKS
    assert 4 <= len(tasks) <= 5 and list(tasks) == sorted(tasks)
    assert set(tasks) == set(MULTILABEL_RIGHT)
    for letter, text in tasks.items():
        assert isinstance(text, str) and text.endswith(".") and len(text.split()) >= 5, letter
    assert "genres of a film" in tasks["A"] and "20 languages" in tasks["B"]
    assert "penguin" in tasks["C"] and "diseases" in tasks["D"] and "card payment" in tasks["E"]
    assert dict(tasks) == {letter: tasks[letter] for letter in tasks}


def test_multilabel_tasks_are_not_the_worked_examples_of_notebook_01():
    """The exercise tests transfer: no task is one of 01 §5's examples (photo, digit, spam)."""
    nb = json.loads((ROOT / "notebooks" / "01_raw_scores.ipynb").read_text(encoding="utf-8"))
    lesson = " ".join("".join(c["source"]) for c in nb["cells"]).lower()
    section_5 = lesson.split("## 5.", 1)[1].split("## check yourself", 1)[0]
    examples = ("photo", "tag", "digit", "spam")
    assert all(word in section_5 for word in examples)
    texts = {key: text for key, text in messages.MESSAGES["en"].items()
             if key.startswith("multilabel.")}  # the tasks, the per-task hints and the ✅
    for word in (*examples, "e-mail", "email"):
        for key, text in texts.items():
            assert word not in text.lower(), (key, word)
    kinds = sorted(MULTILABEL_RIGHT[letter] for letter in "ABE")  # the three replaced tasks
    assert kinds == ["binary", "multi-class", "multi-label"]


def test_multilabel_correct():
    answers = [
        MULTILABEL_RIGHT,
        list(MULTILABEL_RIGHT.values()),
        tuple(MULTILABEL_RIGHT.values()),
        {"a": "Multi Label", "b": "MULTICLASS", "c": " multi-class ", "d": "multi_label",
         "e": "Binary"},
        ["sigmoid", "softmax", "softmax", "sigmoid", "sigmoid"],
        {**MULTILABEL_RIGHT, "E": "multi-class"},
        {**MULTILABEL_RIGHT, "E": "softmax"},
        np.array(list(MULTILABEL_RIGHT.values())),
    ]
    for answer in answers:
        assert_right(ex.check_multilabel_or_multiclass(answer))


def test_multilabel_task_e_matches_notebook_01():
    """Two classes that exclude each other are multi-class with K = 2 (binary); 06, section 4."""
    same_model = "one sigmoid on one score is the same model (notebook 06, section 4)"
    msg = ex.check_multilabel_or_multiclass(MULTILABEL_RIGHT).message
    assert "E is multi-class with K = 2 (binary)" in msg and same_model in msg
    msg = ex.check_multilabel_or_multiclass({**MULTILABEL_RIGHT, "E": "multi-label"}).message
    assert ("E: fraudulent and not fraudulent exclude each other, so it is multi-class "
            "with K = 2") in msg
    assert same_model in msg
    assert "multi-class with K = 2 (binary)" in msg.splitlines()[-1]
    every = " ".join(messages.MESSAGES["en"][key] for key in messages.MESSAGES["en"]
                     if key.startswith("multilabel."))
    assert "E is binary" not in every and "a binary task" not in every


@pytest.mark.parametrize("letter", sorted(MULTILABEL_RIGHT))
def test_multilabel_each_wrong_task_gets_its_own_hint(letter):
    wrong = {"A": "multi-class", "B": "multi-label", "C": "sigmoid", "D": "softmax",
             "E": "multi-label"}[letter]
    verdict = ex.check_multilabel_or_multiclass({**MULTILABEL_RIGHT, letter: wrong})
    assert_wrong(verdict, f"\n  - {letter}: ")
    assert verdict.message.count("\n  - ") == 1
    assert "1 of the 5" in verdict.message


def test_multilabel_form_and_hostile():
    assert_unanswered(ex.check_multilabel_or_multiclass(None))
    assert_unanswered(ex.check_multilabel_or_multiclass(...))
    assert_wrong(ex.check_multilabel_or_multiclass(["multi-label"] * 4), "give one per task")
    assert_wrong(ex.check_multilabel_or_multiclass({**MULTILABEL_RIGHT, "F": "multi-label"}),
                 "There is no task")
    verdict = ex.check_multilabel_or_multiclass({"A": "multi-label", "B": ...})
    assert_wrong(verdict, "C: no answer yet")
    assert "B: no answer yet" in verdict.message
    assert_wrong(ex.check_multilabel_or_multiclass({**MULTILABEL_RIGHT, "B": "several"}),
                 "is not one of")
    for answer in ("multi-label", 3, math.nan, print, {1: "multi-label"}, [["multi-label"]] * 5,
                   [1, 2, 3, 4, 5], {"A": None}, b"AB", 1e308, set(MULTILABEL_RIGHT.values()),
                   ["multi-label"] * 400, {"A": _Garbage()}):
        assert_wrong(ex.check_multilabel_or_multiclass(answer))


# --- choices: the log-transform statement (04) -----------------------------------------

TESTED.add("check_log_transform_statement")


def test_log_transform_statement():
    statements = ex.LOG_TRANSFORM_STATEMENTS
    assert "convex" in statements["A"] and list(statements) == ["A", "B", "C", "D"]
    assert "1 to 0" not in statements["B"] and "1 : 1" in statements["B"]
    for answer in ("B", "b", " B ", ["B"], ("b",), {"B"}, np.array(["B"])):
        assert_right(ex.check_log_transform_statement(answer))
    for answer in ("A", "a", "C", "D", ["A"], ("d",)):
        assert_wrong(ex.check_log_transform_statement(answer))
    assert "concave" in ex.check_log_transform_statement("A").message
    for answer in (None, ...):
        assert_unanswered(ex.check_log_transform_statement(answer))
    assert_wrong(ex.check_log_transform_statement(["A", "B"]), "one letter")
    for answer in ("E", "", "BB", {"B", "A"}, 2, math.nan, print, b"B", [2], [["B"]], 1e308,
                   math.inf, {"B": True}):
        assert_wrong(ex.check_log_transform_statement(answer))


# --- notebook 02: σ(−z) = 1 − σ(z) on a grid ----------------------------------------------

TESTED.add("check_sigmoid_symmetry")
GRID = np.linspace(-6.0, 6.0, 13)


def _sigmoid_exact(z):
    """σ by exp of |z| only: independent of helpers."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def test_sigmoid_symmetry_correct_and_states_only_the_bound():
    # The ✅ says the largest difference is below 1e-15, never its digits: they depend on
    # the last bit of exp, which differs between numpy builds and C libraries.
    for z in (GRID, list(GRID), np.linspace(-40, 40, 81), np.array([-1000.0, 0.0, 1000.0])):
        z = np.asarray(z)
        left, right = _sigmoid_exact(-z), 1 - _sigmoid_exact(z)
        messages_seen = set()
        for args in ((z, left, right), (z, helpers_sigmoid(-z), 1 - helpers_sigmoid(z)),
                     (list(z), list(left), tuple(right)), (z, left, left),
                     (z, left, left + 9e-16 * (np.arange(z.size) % 2))):
            verdict = ex.check_sigmoid_symmetry(*args)
            assert_right(verdict)
            assert "the largest difference is below 1e-15, float rounding" in verdict.message
            assert "bound is absolute" in verdict.message
            assert not re.search(r"\de-1[6-9]|\d\.\d{3}", verdict.message), verdict.message
            messages_seen.add(verdict.message)
        assert len(messages_seen) == 1, messages_seen  # differences of 0 to 9e-16: one message


def test_sigmoid_symmetry_mistakes():
    left, right = _sigmoid_exact(-GRID), 1 - _sigmoid_exact(GRID)
    cases = {
        "left forgot the minus": ((GRID, _sigmoid_exact(GRID), right), "left is σ(z)"),
        "left minus outside": ((GRID, -_sigmoid_exact(GRID), right), "left is −σ(z)"),
        "right is σ(z)": ((GRID, left, _sigmoid_exact(GRID)), "right is σ(z);"),
        "right upside down": ((GRID, left, _sigmoid_exact(GRID) - 1), "right is σ(z) − 1"),
        "scalar left": ((GRID, 0.5, right), "one number"),
        "scalar right": ((GRID, left, np.float64(0.5)), "one number"),
        "0-d array": ((GRID, np.array(0.5), right), "one number"),
        "wrong length": ((GRID, left[:-1], right), "has 12 values, but the grid z has 13"),
        "arguments in the wrong order": ((left, right, GRID), "wrong order"),
        "z last": ((left, GRID, right), "wrong order"),
        "rounded to 8 decimals": ((GRID, left.round(8), right), "differ by up to"),
        "left rounded to 3 decimals": ((GRID, left.round(3), right),
                                       "left looks rounded to 3 decimals"),
        "right rounded to 3 decimals": ((GRID, left, right.round(3)),
                                        "right looks rounded to 3 decimals"),
        "right is σ(z), rounded": ((GRID, left, _sigmoid_exact(GRID).round(3)), "right is σ(z);"),
        "right off": ((GRID, left, right + 0.1), "which is not 1 − σ(z) on your grid"),
        "right off, rounded": ((GRID, left, (right + 0.1).round(3)), "not 1 − σ(z)"),
        "left off": ((GRID, left + 0.1, right), "which is not σ(−z) on your grid"),
        "percentages": ((GRID, 100 * left, right), "0–1 scale"),
        "nan": ((GRID, np.full(13, np.nan), right), "nan or inf"),
        "grid is a number": ((3.0, left, right), "grid of at least 2"),
        "grid of text": (("z", left, right), "could not be read"),
        "2-D grid": ((GRID.reshape(1, 13), left, right), "grid of at least 2"),
        "text answer": ((GRID, "sigmoid(-z)", right), "could not be read"),
    }
    for name, (args, phrase) in cases.items():
        verdict = ex.check_sigmoid_symmetry(*args)
        assert_wrong(verdict, phrase), name


def test_sigmoid_symmetry_names_each_side_and_says_rounded_not_wrong():
    left, right = _sigmoid_exact(-GRID), 1 - _sigmoid_exact(GRID)
    msg = ex.check_sigmoid_symmetry(GRID, left, right + 0.1).message
    assert "right is [" in msg and "σ(−z) on your grid" not in msg
    msg = ex.check_sigmoid_symmetry(GRID, left, right.round(3)).message
    assert "right looks rounded to 3 decimals" in msg and "not 1 − σ(z)" not in msg
    assert "left" not in msg.split("\n")[1]  # only the side that is rounded
    assert msg.splitlines()[-1].startswith("Hint: do not round the arrays you check")
    assert "sigmoid(-z)" not in msg  # the hint does not give the code
    msg = ex.check_sigmoid_symmetry(GRID, left.round(1), right.round(2)).message
    assert "left looks rounded to 1 decimal:" in msg and "right looks rounded to 2 decimals" in msg
    msg = ex.check_sigmoid_symmetry(GRID, left.round(8), right).message
    assert "differ by up to" in msg and "left looks rounded to 8 decimals" in msg
    assert "right looks rounded" not in msg
    msg = ex.check_sigmoid_symmetry(GRID, left + 0.1, right.round(3)).message  # one wrong
    assert "left is [" in msg and "right looks rounded to 3 decimals" in msg
    assert "do not round" not in msg.splitlines()[-1]  # the wrong side's hint comes first
    rounded = [round(x, 3) for x in right]  # a list of Python floats, rounded
    assert "right looks rounded to 3" in ex.check_sigmoid_symmetry(GRID, left, rounded).message


def test_sigmoid_symmetry_unanswered_and_hostile():
    right = 1 - _sigmoid_exact(GRID)
    for args in ((GRID, ..., ...), (GRID, None, right), (..., ..., ...)):
        assert_unanswered(ex.check_sigmoid_symmetry(*args))
    for answer in HOSTILE:
        assert_wrong(ex.check_sigmoid_symmetry(GRID, answer, right))
        assert_wrong(ex.check_sigmoid_symmetry(GRID, _sigmoid_exact(-GRID), answer))


# --- notebook 06: shift invariance -----------------------------------------------------

TESTED.add("check_shift_invariance")
Z = np.array([1.0, 2.0, 3.0])
P_Z = np.exp(Z) / np.exp(Z).sum()


def test_shift_invariance_correct():
    shifted = Z + 100.0
    p_shifted = np.exp(shifted) / np.exp(shifted).sum()
    assert_right(ex.check_shift_invariance(Z, P_Z, p_shifted))
    assert_right(ex.check_shift_invariance(list(Z), list(P_Z), tuple(P_Z)))
    assert_right(ex.check_shift_invariance(Z, P_Z.round(3), P_Z.round(4)), "✅ Correct to 3")


def test_shift_invariance_with_c_1000_explains_overflow_and_adds_no_warning():
    z = np.array([1.0, -2.0, 0.5, 3.0])
    probs = np.exp(z) / np.exp(z).sum()
    with np.errstate(all="ignore"):  # the learner's own np.exp warns; the test silences it
        shifted = np.exp(z + 1000) / np.exp(z + 1000).sum()
        sunk = np.exp(z - 1000) / np.exp(z - 1000).sum()
    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn"):
        warnings.simplefilter("always")
        verdicts = [ex.check_shift_invariance(z, probs, shifted),
                    ex.check_shift_invariance(z, probs, sunk)]
    assert caught == []
    for verdict in verdicts:
        assert_wrong(verdict, "overflows to inf, and inf / inf is nan")
        assert "underflows to 0" in verdict.message and "your own np.exp" in verdict.message
        hint = verdict.message.splitlines()[-1]
        assert hint.startswith("Hint: subtract the largest score before exp")
        assert "700" not in hint and "|c|" not in hint  # c = 1000 is given: keep it


def test_shift_invariance_unanswered_scores_are_not_an_error():
    for z in (..., None):  # a starter cell may leave the learner's own vector z as ... too
        assert_unanswered(ex.check_shift_invariance(z, ..., ...))
        assert_unanswered(ex.check_shift_invariance(z, P_Z, P_Z))
    assert_unanswered(ex.check_shift_invariance(Z, ..., P_Z))
    assert_unanswered(ex.check_shift_invariance(Z, P_Z, None))


def test_shift_invariance_wrong_and_hostile():
    wrong = [np.exp(Z + 1), P_Z[::-1], P_Z[:2], np.append(P_Z, 0.0), np.ones(3) / 3,
             [math.nan] * 3, [math.inf, 0, 0], "0.09, 0.24, 0.67", set(P_Z), [[0.1, 0.2, 0.7]],
             [0.1, "x", 0.7], [0.1, None, 0.7], [1j, 0, 0], [True, False, False], print,
             [[0.1], [0.2, 0.3]], 0.5, ["0.09", "0.24", "0.67"], 100 * P_Z, P_Z.round(1),
             [1e308, 1e308, 1e308], *HOSTILE]
    for answer in wrong:
        assert_wrong(ex.check_shift_invariance(Z, P_Z, answer))
        assert_wrong(ex.check_shift_invariance(Z, answer, P_Z))
    assert "normalise" in ex.check_shift_invariance(Z, P_Z, np.exp(Z)).message
    assert "0–1 scale" in ex.check_shift_invariance(Z, P_Z, 100 * P_Z).message
    assert "Close" in ex.check_shift_invariance(Z, P_Z, [0.091, 0.244, 0.665]).message


def test_shift_invariance_copied_probs_is_told_to_compute_from_z_plus_c():
    z = np.array([1.0, -2.0, 0.5, 3.0])  # notebook 06, exercise 3, c = 1000
    probs = np.exp(z) / np.exp(z).sum()
    as_list = list(probs)
    for p, shifted in ((probs, probs), (probs, probs[:]), (probs, probs.view()),
                       (as_list, as_list), (tuple(as_list),) * 2):
        verdict = ex.check_shift_invariance(z, p, shifted)
        assert_wrong(verdict, "softmax(z + c): you gave the same array as for softmax(z)")
        assert "rather than copying probs" in verdict.message
        assert verdict.message.splitlines()[-1].startswith(
            "Hint: compute softmax(z + c) from z + c"), verdict.message
        assert verdict.message.count("\n  - ") == 1  # probs itself is fine
    wrong = np.array([0.25, 0.25, 0.25, 0.25])
    msg = ex.check_shift_invariance(z, wrong, wrong).message
    assert "softmax(z): you gave" in msg and "same array" in msg
    # an equal copy cannot be told from the right answer: the max-shift gives the same bits
    shifted = z + 1000.0
    stable = np.exp(shifted - shifted.max()) / np.exp(shifted - shifted.max()).sum()
    same_bits = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    assert np.array_equal(stable, same_bits)
    assert_right(ex.check_shift_invariance(z, same_bits, stable))
    assert_right(ex.check_shift_invariance(z, probs, probs.copy()))
    both = np.empty((4, 2))  # two interleaved columns share a buffer, not their elements
    both[:, 0], both[:, 1] = probs, stable
    assert_right(ex.check_shift_invariance(z, both[:, 0], both[:, 1]))
    for p, shifted in ((0.5, 0.5), (np.array([]),) * 2, ("abc",) * 2, (None, None)):
        verdict = ex.check_shift_invariance(z, p, shifted)
        assert not verdict.ok and "same array" not in verdict.message


# --- notebook 06: all K probabilities from K − 1 log-odds -----------------------------

TESTED.add("check_probs_from_log_odds")
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
    "rounded wrongly": ([0.667, 0.112, 0.222], "Close"),
    "rounded reference first": ([0.22, 0.67, 0.11], "the last one"),
    "percentages": ([66.7, 11.1, 22.2], "0–1 scale"),
    "too coarse": ([0.7, 0.1, 0.2], "at least 2 significant digits"),
}


def test_probs_from_log_odds_correct():
    for answer in (P_R, tuple(P_R), np.array(P_R), [Fraction(2, 3), Fraction(1, 9), Fraction(2, 9)],
                   np.array(P_R, dtype=np.float32)):
        assert_right(ex.check_probs_from_log_odds(R, answer))
    assert "[0.6666667, 0.1111111, 0.2222222]" in ex.check_probs_from_log_odds(R, P_R).message
    z = 1.5  # K = 2: a single log-odds z gives [σ(z), σ(−z)]
    assert_right(ex.check_probs_from_log_odds(z, [1 / (1 + math.exp(-z)), 1 / (1 + math.exp(z))]))
    assert_right(ex.check_probs_from_log_odds([0.0, 0.0, 0.0], [0.25] * 4))


def test_probs_from_log_odds_rounded_answer_of_the_notebook_is_correct():
    r = [0.7, -1.2, 1.5]  # notebook 06, exercise 2
    e = [math.exp(v) for v in r] + [1.0]
    exact = [x / math.fsum(e) for x in e]
    assert [round(x, 3) for x in exact] == [0.258, 0.039, 0.575, 0.128]
    assert_right(ex.check_probs_from_log_odds(r, [0.258, 0.039, 0.575, 0.128]),
                 "✅ Correct to 3 decimals")
    assert_right(ex.check_probs_from_log_odds(r, [0.26, 0.04, 0.57, 0.13]),
                 "✅ Correct to 2 decimals")
    assert_right(ex.check_probs_from_log_odds(r, np.array(exact).round(5)))
    assert_wrong(ex.check_probs_from_log_odds(r, [0.258, 0.038, 0.575, 0.128]), "Close")
    r2 = [math.log(2), math.log(0.5), 0.0]  # P ∝ 2 : 0.5 : 1 : 1
    assert_right(ex.check_probs_from_log_odds(r2, [0.444, 0.111, 0.222, 0.222]))


@pytest.mark.parametrize("name", sorted(PROBS_MISTAKES))
def test_probs_from_log_odds_mistakes(name):
    answer, phrase = PROBS_MISTAKES[name]
    assert_wrong(ex.check_probs_from_log_odds(R, answer), phrase)


def test_probs_from_log_odds_mistake_that_is_the_answer_is_not_called_one():
    # With all log-odds 0, "signs flipped" and "reference first" are the right answer.
    assert_right(ex.check_probs_from_log_odds([0.0, 0.0], [1 / 3] * 3))


def test_probs_from_log_odds_unanswered_and_hostile():
    for answer in (None, ...):
        assert_unanswered(ex.check_probs_from_log_odds(R, answer))
    for answer in [*HOSTILE, [math.inf, 0.0, 0.0], [math.nan] * 3, [0.1, "x", 0.7],
                   [0.1, None, 0.7], [[0.1, 0.2, 0.7]], [True, False, False], np.ones((3, 1)) / 3,
                   [1j, 0, 0], {"a": 1.0}, ["0.67", "0.11", "0.22"], [1e308] * 3]:
        assert_wrong(ex.check_probs_from_log_odds(R, answer))
    for bad_r in ("abc", [[1.0, 2.0], [3.0]], [math.nan, 0.0], [], None, print):
        assert_wrong(ex.check_probs_from_log_odds(bad_r, P_R))


# --- notebook 07: the cross-entropy gradient -------------------------------------------

TESTED.add("check_cross_entropy_gradient")
Z7 = [1.0, 3.0, -0.5, 0.5]
C7 = 2  # the true class: not 0 or 1, so "p - index" is its own mistake
_E7 = [math.exp(v) for v in Z7]
P7 = np.array([e / math.fsum(_E7) for e in _E7])
Y7 = np.array([0.0, 0.0, 1.0, 0.0])
GRAD7 = P7 - Y7
_B7 = [2.0**v for v in Z7]
P7_BASE2 = np.array([b / math.fsum(_B7) for b in _B7])
GRAD7_BASE2 = math.log(2.0) * (P7_BASE2 - Y7)


def test_cross_entropy_gradient_correct():
    for answer in (GRAD7, list(GRAD7), tuple(GRAD7), GRAD7.round(10), GRAD7.astype(np.float32)):
        assert_right(ex.check_cross_entropy_gradient(Z7, C7, answer))
    assert_right(ex.check_cross_entropy_gradient(np.array(Z7), np.int64(C7), GRAD7))
    verdict = ex.check_cross_entropy_gradient(Z7, C7, GRAD7_BASE2, base=2)
    assert_right(verdict)
    assert "natural-log loss" in verdict.message and "exactly p − y" in verdict.message
    half = [0.5**v for v in Z7]  # base 0.5: ln b < 0, and the order of the classes reverses
    p_half = np.array([h / math.fsum(half) for h in half])
    assert_right(ex.check_cross_entropy_gradient(Z7, C7, math.log(0.5) * (p_half - Y7), base=0.5))
    assert "sums to 0" in ex.check_cross_entropy_gradient(Z7, C7, GRAD7).message


def test_cross_entropy_gradient_rounded():
    # GRAD7.round(2) shows 0.8 for 0.80: rounded to 2 decimals all the same
    assert_right(ex.check_cross_entropy_gradient(Z7, C7, GRAD7.round(2)), "✅ Correct to 2 dec")
    assert_right(ex.check_cross_entropy_gradient(Z7, C7, GRAD7.round(3)), "✅ Correct to 3 dec")
    assert_wrong(ex.check_cross_entropy_gradient(Z7, C7, GRAD7.round(1)), "2 significant digits")
    near = GRAD7.round(3) + np.array([0.0, 0.0, 0.002, 0.0])
    assert_wrong(ex.check_cross_entropy_gradient(Z7, C7, near), "Close")
    assert_wrong(ex.check_cross_entropy_gradient(Z7, C7, 100 * GRAD7))


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
    "base 2 without ln b": (P7_BASE2 - Y7, 2, "factor log b"),
    "base 2 with base-e p": (P7 - Y7, 2, "base-e gradient"),
    "base 2 divided by ln b": ((P7_BASE2 - Y7) / math.log(2.0), 2, "divided by log b"),
}


@pytest.mark.parametrize("name", sorted(CROSS_ENTROPY_MISTAKES))
def test_cross_entropy_gradient_mistakes(name):
    answer, base, phrase = CROSS_ENTROPY_MISTAKES[name]
    assert_wrong(ex.check_cross_entropy_gradient(Z7, C7, answer, base=base), phrase)


def test_cross_entropy_gradient_base_wording_is_right():
    """§2: base b with the natural-log loss adds ln b; a log-base-b loss gives p − y exactly."""
    msg = ex.check_cross_entropy_gradient(Z7, C7, P7_BASE2 - Y7, base=2).message
    assert "natural-log loss" in msg and "log-base-b loss, p − y would be right" in msg
    assert "natural-log loss" in ex.check_cross_entropy_gradient(Z7, C7, ..., base=2).message
    every = " ".join(messages.MESSAGES["en"].values()).lower()
    assert "only base e" not in every and "only e gives" not in every


def test_cross_entropy_gradient_uses_the_notation_table():
    """P_i for a component, p for the vector: P_i − y_i and p − y, never p_i."""
    hint = ex.check_cross_entropy_gradient(Z7, C7, ...).message
    assert "∂L/∂z_i = P_i − y_i" in hint and "p_i" not in hint
    hint = ex.check_cross_entropy_gradient(Z7, C7, ..., base=2).message
    assert "log b · (P_i − y_i)" in hint and "−log P_c" in hint
    assert "p_i" not in hint and "p_c" not in hint
    msg = ex.check_cross_entropy_gradient(Z7, C7, -math.log(P7[C7])).message
    assert "the loss −log P_c itself" in msg
    assert ex.check_cross_entropy_gradient(Z7, C7, GRAD7).message.startswith("✅ Correct: p − y =")
    for key, template in messages.MESSAGES["en"].items():
        if key.startswith("gradient."):
            assert "p_i" not in template and "p_c" not in template, key


def test_cross_entropy_gradient_other_wrong_answers():
    msg = ex.check_cross_entropy_gradient(Z7, C7, GRAD7 + 0.1).message
    assert msg.startswith("❌ Not quite") and "sums to 0.4" in msg
    msg = ex.check_cross_entropy_gradient(Z7, C7, -math.log(P7[C7])).message
    assert "the loss" in msg and "4 entries" in msg
    msg = ex.check_cross_entropy_gradient(Z7, C7, 0.5).message
    assert "one number" in msg and "the loss" not in msg
    assert "3 numbers" in ex.check_cross_entropy_gradient(Z7, C7, GRAD7[:3]).message
    assert "nan or inf" in ex.check_cross_entropy_gradient(Z7, C7, [math.nan] * 4).message


@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_cross_entropy_gradient_unanswered(answer):
    assert_unanswered(ex.check_cross_entropy_gradient(Z7, C7, answer))
    assert_unanswered(ex.check_cross_entropy_gradient(Z7, C7, answer, base=2))


def test_cross_entropy_gradient_hostile():
    for answer in [*HOSTILE, [math.inf, 0, 0, 0], [[*GRAD7]], GRAD7[::-1],
                   ["a", "b", "c", "d"], [1j, 0, 0, 0], [True, False, True, False], [1e308] * 4]:
        assert_wrong(ex.check_cross_entropy_gradient(Z7, C7, answer))


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
        assert_wrong(ex.check_cross_entropy_gradient(*args, **kwargs))


# --- function answers -------------------------------------------------------------------

FUNCTION_CHECKERS = (ex.check_odds_function, ex.check_solve_for_p, ex.check_softmax_function,
                     ex.check_logsumexp_function)
TESTED.update(f.__name__ for f in FUNCTION_CHECKERS)
# the name each starter cell asks the learner to define: `my_odds = ...  # keep this line; ...`
DEFINED = {ex.check_odds_function: "my_odds", ex.check_solve_for_p: "solve_for_p",
           ex.check_softmax_function: "my_softmax", ex.check_logsumexp_function: "my_logsumexp"}


@pytest.mark.parametrize("answer", [None, ...], ids=["None", "Ellipsis"])
def test_function_checkers_unanswered(answer):
    """The not-answered message says what the starter comment says: define it below the line."""
    for check in FUNCTION_CHECKERS:
        verdict = check(answer)
        assert_unanswered(verdict)
        assert verdict.message.splitlines()[0] == (
            f"… not answered yet: define `{DEFINED[check]}` with `def` below the `...` line "
            "and run the cell again."), verdict.message
        assert "replace the ..." not in verdict.message


def test_function_starter_cells_match_the_not_answered_message():
    """Each function exercise's starter line is `name = ...  # keep this line; ...`."""
    calls = {f"{check.__name__}({name})": name for check, name in DEFINED.items()}
    found = {}
    for path in sorted((ROOT / "notebooks").glob("0[0-7]_*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            text = "".join(cell["source"])
            lines = text.splitlines()
            if cell["cell_type"] != "code" or not lines or lines[-1] not in calls:
                continue
            name = calls[lines[-1]]
            found[name] = path.name
            assert lines[0] == (f"{name} = ...  # keep this line; define {name} with def "
                                "below it"), (path.name, lines[0])
            assert "replace" not in text and "leave this line" not in text, path.name
    assert sorted(found) == sorted(DEFINED.values()), found


def test_function_checkers_not_a_function():
    for answer in (4.0, "odds", [1, 2], np.array([0.5, 0.5]), math.nan, {}, 1e308, 10**400,
                   ["f"], ("B",)):
        for check in FUNCTION_CHECKERS:
            assert_wrong(check(answer), "not a function")
            # the example names the checker and the learner's own function
            assert f"{check.__name__}({DEFINED[check]})" in check(answer).message


def test_function_checkers_with_functions_that_misbehave(capsys):
    def prints(*args):
        print("noise", args)
        sys.stderr.write("more noise\n")
        return None

    hostile = [lambda *a: 1 / 0, lambda *a: exit(3), lambda *a: _Garbage(), lambda: 1.0,
               lambda *a: math.nan, lambda *a: math.inf, lambda *a: 1e308, lambda *a: 10**400,
               lambda *a: "0.5", lambda *a: [["x"]], lambda *a: {}, prints, print, math.sqrt,
               lambda *a: [None], lambda *a: 1j, lambda *a: (_ for _ in ())]
    for check in FUNCTION_CHECKERS:
        for func in hostile:
            assert_wrong(check(func))
    assert capsys.readouterr() == ("", "")


# --- function answers: odds --------------------------------------------------------


def _odds_ok(p):
    return math.inf if p == 1 else p / (1 - p)


def _odds_ok_numpy(p):
    return np.divide(p, 1 - p) if p < 1 else np.inf


def test_odds_function_correct():
    for func in (_odds_ok, _odds_ok_numpy, lambda p: float("inf") if p == 1 else p / (1 - p)):
        assert_right(ex.check_odds_function(func))


def _odds_naive(p):
    return p / (1 - p)


def _odds_numpy_warns(p):
    return np.float64(p) / np.float64(1 - p)  # inf at 1, with a divide-by-zero warning


def _odds_printing(p):
    print("computing odds of", p)
    return _odds_ok(p)


def _odds_prints_only(p):
    print(p / (1 - p) if p < 1 else "inf")


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
    assert_wrong(ex.check_odds_function(ODDS_WRONG[name]))
    assert capsys.readouterr() == ("", "")  # nothing the learner's function printed leaks


def test_odds_function_messages():
    msg = ex.check_odds_function(_odds_naive).message
    assert "odds(1.0) raised ZeroDivisionError" in msg
    assert "sure thing" in msg and "math.inf" in msg and "1 of 8" in msg
    msg = ex.check_odds_function(_odds_numpy_warns).message
    assert "RuntimeWarning" in msg and "divide by zero" in msg
    assert "math.inf" in msg.splitlines()[-1]
    assert "forget `return`" in ex.check_odds_function(ODDS_WRONG["returns_none"]).message
    assert "odds against" in ex.check_odds_function(ODDS_WRONG["against"]).message
    assert "odds(0.25) returned 3.0, expected 0.3333333" in (
        ex.check_odds_function(ODDS_WRONG["against"]).message)
    assert "p == 1" not in ex.check_odds_function(ODDS_WRONG["against"]).message.splitlines()[-1]
    assert_right(ex.check_odds_function(_odds_printing))


# --- function answers: solve_for_p (05) -------------------------------------------------


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


def test_solve_for_p_correct():
    for func in (_solve_for_p_ok, _solve_for_p_ok_numpy, _solve_for_p_exact):
        assert_right(ex.check_solve_for_p(func))


def _solve_for_p_math_naive(z):
    return 1 / (1 + math.exp(-z))  # OverflowError at z = -1000


def _solve_for_p_numpy_naive(z):
    return 1 / (1 + np.exp(-z))  # right values, with an overflow warning at z = -1000


def _solve_for_p_numpy_rewrite(z):
    return np.exp(z) / (1 + np.exp(z))  # nan at z = 1000


def _solve_for_p_where(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))  # warns


def _solve_for_p_subtracts(z):
    return _solve_for_p_ok(z) if z >= 0 else 1 - _solve_for_p_ok(-z)


def _solve_for_p_printing(z):
    print("solving for", z)
    return _solve_for_p_ok(z)


SOLVE_FOR_P_WRONG = {
    "math_naive": (_solve_for_p_math_naive, "notebook 02, section 5"),
    "numpy_naive": (_solve_for_p_numpy_naive, "notebook 02, section 5"),
    "numpy_rewrite": (_solve_for_p_numpy_rewrite, "notebook 02, section 5"),
    "where_both_branches": (_solve_for_p_where, "notebook 02, section 5"),
    "flipped": (lambda z: _solve_for_p_ok(-z), "check the sign"),
    "odds": (lambda z: math.exp(z) if z < 700 else math.inf, "odds / (1 + odds)"),
    "subtracts": (_solve_for_p_subtracts, "notebook 02, section 5"),
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
    verdict = ex.check_solve_for_p(func)
    assert_wrong(verdict)
    assert hint in verdict.message.splitlines()[-1], verdict.message
    assert capsys.readouterr() == ("", "")


def test_solve_for_p_messages():
    msg = ex.check_solve_for_p(_solve_for_p_math_naive).message
    assert "1 of 8" in msg and "solve_for_p(-1000.0) raised OverflowError" in msg
    msg = ex.check_solve_for_p(_solve_for_p_numpy_naive).message
    assert "warned: RuntimeWarning: overflow" in msg
    msg = ex.check_solve_for_p(_solve_for_p_numpy_rewrite).message
    assert "solve_for_p(1000.0) returned nan, not a probability (exp overflowed)" in msg
    assert "2 of 8" in ex.check_solve_for_p(_solve_for_p_where).message
    msg = ex.check_solve_for_p(_solve_for_p_subtracts).message
    assert "1 of 8" in msg and "solve_for_p(-30.0)" in msg and "digits lost" in msg
    assert "the sign is flipped" in ex.check_solve_for_p(SOLVE_FOR_P_WRONG["flipped"][0]).message
    assert "the odds" in ex.check_solve_for_p(SOLVE_FOR_P_WRONG["odds"][0]).message
    assert "forget `return`" in ex.check_solve_for_p(lambda z: None).message
    assert_right(ex.check_solve_for_p(_solve_for_p_printing))


def test_solve_for_p_overflow_hint_points_to_notebook_02_without_the_code():
    for func in (_solve_for_p_math_naive, _solve_for_p_numpy_naive, _solve_for_p_numpy_rewrite,
                 _solve_for_p_where, _solve_for_p_subtracts):
        hint = ex.check_solve_for_p(func).message.splitlines()[-1]
        assert hint.startswith("Hint: follow the two-branch sigmoid of notebook 02, section 5")
        for code in ("return", "1 / (1 + e)", "e / (1 + e)", "z ≥ 0", "z < 0", "e = "):
            assert code not in hint, (code, hint)


def _learner_function(source, **scope):
    """A function defined in a notebook cell whose globals hold ``scope``."""
    exec(source, scope)  # a fixed test string, as a notebook cell would define it
    return scope["solve_for_p"]


def test_solve_for_p_refuses_a_ready_made_sigmoid():
    import helpers
    import helpers.numerics

    special = pytest.importorskip("scipy.special")
    given = {"helpers' own sigmoid (imported in the setup cell)":
             (helpers.sigmoid, helpers.numerics.sigmoid, helpers_sigmoid),
             "scipy's expit, a ready-made sigmoid": (special.expit,)}
    calls = {"a function that calls helpers' own sigmoid": [
                 _learner_function("def solve_for_p(z):\n    return sigmoid(z)",
                                   sigmoid=helpers.sigmoid),
                 _learner_function("solve_for_p = lambda z: helpers.sigmoid(z)", helpers=helpers),
                 _learner_function("def solve_for_p(z):\n    return helpers.numerics.sigmoid(z)",
                                   helpers=helpers),
                 _learner_function("def solve_for_p(z):\n    p = float(s(z))\n    return p",
                                   s=helpers.sigmoid)],
             "a function that calls scipy's expit": [
                 _learner_function("def solve_for_p(z):\n    return expit(z)", expit=special.expit),
                 _learner_function("def solve_for_p(z):\n    return special.expit(z)",
                                   special=special)]}
    cases = [(what, f) for what, funcs in given.items() for f in funcs]
    cases += [(what, f) for what, funcs in calls.items() for f in funcs]
    for what, func in cases:
        assert func(1000.0) == 1.0  # each would pass the tests on its own
        verdict = ex.check_solve_for_p(func)
        assert_wrong(verdict, f"You gave {what}: it computes σ(z) for you.")
        assert "write solve_for_p yourself" in verdict.message
        assert verdict.message.splitlines()[-1] == (
            "Hint: define solve_for_p with def from the derivation of section 1, with math.exp "
            "or np.exp, not a ready-made sigmoid.")
    # a learner's own sigmoid, even under that name, and numpy's own functions are fine
    own = _learner_function(
        "def sigmoid(z):\n    e = math.exp(-abs(z))\n    return 1 / (1 + e) if z >= 0 else "
        "e / (1 + e)\ndef solve_for_p(z):\n    return sigmoid(z)", math=math)
    assert_right(ex.check_solve_for_p(own))
    assert_right(ex.check_solve_for_p(_learner_function(
        "def solve_for_p(z):\n    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))", np=np)))


# --- function answers: softmax (07) -----------------------------------------------------


def _softmax_ok(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax_logsumexp(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    return np.exp(z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True)))


def test_softmax_function_correct():
    for func in (_softmax_ok, _softmax_logsumexp, reference_softmax,
                 lambda z: list(_softmax_ok(z))):
        assert_right(ex.check_softmax_function(func))


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
    assert_wrong(ex.check_softmax_function(SOFTMAX_WRONG[name]))
    assert capsys.readouterr() == ("", "")


def test_softmax_function_messages():
    msg = ex.check_softmax_function(_softmax_naive).message
    assert "softmax([1000, 1000])" in msg and "nan" in msg
    assert "subtract the largest score" in msg
    msg = ex.check_softmax_function(_softmax_columns).message
    assert "each column sums to 1" in msg and "last axis" in msg
    assert "whole batch sums to 1" in ex.check_softmax_function(_softmax_whole).message
    assert "expected [0.5, 0.5]" in ex.check_softmax_function(SOFTMAX_WRONG["exp_only"]).message
    assert ex.check_softmax_function(SOFTMAX_WRONG["raises"]).message.count(
        "raised ZeroDivisionError") == 5


def test_softmax_warning_is_a_failure_reason_not_an_exception():
    def overflows_but_finite(z):
        np.exp(np.asarray(z) * 1000.0)  # overflows, result unused
        return _softmax_ok(z)

    msg = ex.check_softmax_function(overflows_but_finite).message
    assert msg.startswith("❌")
    assert "warned: RuntimeWarning: overflow" in msg and "raised" not in msg


def test_learner_function_gets_a_copy():
    def mutating(z):
        z -= np.max(z, axis=-1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)

    assert_right(ex.check_softmax_function(mutating))
    assert_right(ex.check_softmax_function(_softmax_ok))  # the test inputs are intact
    assert_right(ex.check_logsumexp_function(_lse_shift))


# --- function answers: logsumexp (07) ----------------------------------------------------


def _lse_shift(z):
    m = np.max(z)
    return m + np.log(np.sum(np.exp(z - m)))


def _lse_log1p(z):
    i = int(np.argmax(z))
    m = z[i]
    return float(m + np.log1p(np.sum(np.exp(np.delete(z, i) - m))))


def _lse_python(z):
    m = max(z)
    return m + math.log(sum(math.exp(v - m) for v in z))


def _lse_naive(z):
    return np.log(np.sum(np.exp(z)))


def _lse_math_naive(z):
    return math.log(sum(math.exp(v) for v in z))


def _lse_no_add_back(z):
    return np.log(np.sum(np.exp(z - np.max(z))))


def _lse_keepdims(z):
    m = np.max(z, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), keepdims=True))


def _lse_vector(z):
    m = np.max(z)
    return m + np.log(np.exp(z - m))


def _lse_warns_but_right(z):
    np.exp(z)
    return _lse_shift(z)


def _lse_min_shift(z):
    m = np.min(z)
    return m + np.log(np.sum(np.exp(z - m)))


def _lse_mutates(z):
    z -= 1.0
    return float(_lse_shift(z) + 1.0)


def test_logsumexp_cases_are_what_the_docs_say():
    assert scipy_logsumexp([1000.0, 1000.0]) == pytest.approx(1000 + math.log(2), rel=1e-15)
    assert scipy_logsumexp([0.0, -40.0]) == pytest.approx(4.248354255291589e-18, rel=1e-12)


def test_logsumexp_function_correct():
    for func in (_lse_shift, _lse_python, _lse_mutates,
                 lambda z: np.float64(_lse_shift(z)), lambda z: np.array(_lse_shift(z))):
        verdict = ex.check_logsumexp_function(func)
        assert_right(verdict)
        assert "log1p" in verdict.message and "Bonus" in verdict.message
    for func in (_lse_log1p, scipy_logsumexp):
        verdict = ex.check_logsumexp_function(func)
        assert_right(verdict)
        assert "4.248354e-18, not 0.0" in verdict.message and "Bonus" not in verdict.message


LOGSUMEXP_WRONG = {
    "naive": (_lse_naive, "subtract the largest score m first"),
    "math naive": (_lse_math_naive, "subtract the largest score m first"),
    "min shift": (_lse_min_shift, "subtract the largest score m first"),
    "no add back": (_lse_no_add_back, "add it back outside"),
    "keepdims": (_lse_keepdims, "returns one number"),
    "vector": (_lse_vector, "returns one number"),
    "list": (lambda z: [_lse_shift(z)], "returns one number"),
    "warns but right": (_lse_warns_but_right, "subtract the largest score m first"),
    "returns none": (lambda z: None, "one number"),
    "returns max": (lambda z: float(np.max(z)), "one number"),
    "returns string": (lambda z: "1000.69", "one number"),
    "sum of exp": (lambda z: float(np.sum(np.exp(z - np.max(z)))), "one number"),
    "complex": (lambda z: complex(_lse_shift(z)), "one number"),
    "raises": (lambda z: 1 / 0, "one number"),
}


@pytest.mark.parametrize("name", sorted(LOGSUMEXP_WRONG))
def test_logsumexp_function_wrong(name, capsys):
    func, hint = LOGSUMEXP_WRONG[name]
    verdict = ex.check_logsumexp_function(func)
    assert_wrong(verdict)
    assert hint in verdict.message.splitlines()[-1], verdict.message
    assert capsys.readouterr() == ("", "")


def test_logsumexp_function_messages():
    msg = ex.check_logsumexp_function(_lse_naive).message
    assert "logsumexp([1000, 1000]) returned inf" in msg and "7 tests fail" in msg
    assert "logsumexp([-1000, -1000]) returned -inf" in msg
    msg = ex.check_logsumexp_function(_lse_math_naive).message
    assert "raised OverflowError" in msg
    msg = ex.check_logsumexp_function(_lse_no_add_back).message
    assert "returned 0.6931472, expected 1000.693 (that is log Σ e^(z_i − m) without the m)" in msg
    msg = ex.check_logsumexp_function(_lse_keepdims).message
    assert "7 of 7" in msg and "logsumexp([3.5]) returned an array of shape (1,)" in msg
    msg = ex.check_logsumexp_function(_lse_warns_but_right).message
    assert "warned: RuntimeWarning: overflow" in msg


# --- every checker is covered ------------------------------------------------------------


def test_every_checker_is_tested():
    assert TESTED == set(CHECKERS)


# --- helpers.messages --------------------------------------------------------------------

_ID = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")  # "number.close", "plot.sigmoid.title"
# The modules whose learner-facing text comes from the table, and how many ids each uses at least.
_TABLE_USERS = {"exercises.py": 150, "plots.py": 150}


def _string_constants(path):
    """(string, is documentation) for every string constant in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree)  # docstrings, and notes like them
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    # The pieces of an f-string are not ids: _id_patterns reads those whole.
    pieces = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
              for part in node.values}
    return [(node.value, id(node) in docstrings) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in pieces]


def _ids_used(path):
    return {s for s, doc in _string_constants(path) if not doc and _ID.fullmatch(s)}


@pytest.mark.parametrize("module", sorted(_TABLE_USERS))
def test_every_message_id_used_exists(module):
    used = _ids_used(ROOT / "helpers" / module)
    assert len(used) > _TABLE_USERS[module]
    missing = sorted(used - set(messages.MESSAGES["en"]))
    assert not missing, missing


def _id_patterns(path):
    """Ids built by f-strings (``f"explorer.{self.name}.title"``), as regular expressions."""
    patterns = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr) and node.values \
                and isinstance(node.values[0], ast.Constant) \
                and re.match(r"[a-z_]+\.", str(node.values[0].value)):
            patterns.append("".join(re.escape(part.value) if isinstance(part, ast.Constant)
                                    else "[a-z0-9_]+" for part in node.values))
    return patterns


def _helpers_sources():
    # Not messages.py itself: the table's own keys would count every id as used.
    return [path for path in sorted((ROOT / "helpers").rglob("*.py"))
            if path.name != "messages.py"]


def test_every_message_is_used_somewhere():
    used = set().union(*(_ids_used(path) for path in _helpers_sources()))
    patterns = [p for path in _helpers_sources() for p in _id_patterns(path)]
    unused = sorted(key for key in set(messages.MESSAGES["en"]) - used
                    if not any(re.fullmatch(pattern, key) for pattern in patterns))
    assert not unused, unused


def test_every_message_id_the_explorers_build_exists():
    explorers = sorted((ROOT / "helpers" / "explorers").glob("*.py"))
    used = {key for path in explorers for key in _ids_used(path)
            if key.startswith("explorer.")}
    assert len(used) > 40
    assert not sorted(used - set(messages.MESSAGES["en"]))
    for pattern in (p for path in explorers for p in _id_patterns(path)):
        assert any(re.fullmatch(pattern, key) for key in messages.MESSAGES["en"]), pattern


def test_figure_messages_are_used_by_plots_and_only_there():
    """alt.* and plot.* ids belong to helpers/plots.py; the checkers' ids to exercises.py."""
    figure_ids = {key for key in messages.MESSAGES["en"] if key.startswith(("alt.", "plot."))}
    plots = ROOT / "helpers" / "plots.py"
    patterns = _id_patterns(plots)
    built = {key for key in figure_ids if any(re.fullmatch(p, key) for p in patterns)}
    assert figure_ids == _ids_used(plots) | built
    assert not figure_ids & _ids_used(ROOT / "helpers" / "exercises.py")


def _inconsistencies(tables):
    """What differs between the languages' tables: missing ids, or different fields."""
    problems = []
    reference = tables["en"]
    for code, table in tables.items():
        for key in sorted(set(reference) ^ set(table)):
            problems.append(f"{code}: {key} is in only one of en and {code}")
        for key in sorted(set(reference) & set(table)):
            if messages.template_fields(table[key]) != messages.template_fields(reference[key]):
                problems.append(f"{code}: {key} has other fields than in en")
    return problems


def test_templates_are_consistent_across_languages():
    assert _inconsistencies(messages.MESSAGES) == []
    for table in messages.MESSAGES.values():
        for key, template in table.items():
            assert isinstance(template, str) and template.strip() == template, key
            messages.template_fields(template)  # parses


def test_the_consistency_check_catches_a_broken_table():
    broken = dict(messages.MESSAGES["en"])
    broken["number.close"] = "Fast: {wert}"
    del broken["number.coarse_hint"]
    problems = _inconsistencies({"en": messages.MESSAGES["en"], "xx": broken})
    assert problems == ["xx: number.coarse_hint is in only one of en and xx",
                        "xx: number.close has other fields than in en"]


def test_message_lookup():
    assert messages.message("number.coarse_hint") == "give at least 2 significant digits."
    assert messages.message("common.hint", hint="x") == "Hint: x"
    with pytest.raises(KeyError, match=r"no\.such\.id"):
        messages.message("no.such.id")
    with pytest.raises(KeyError, match="hint"):
        messages.message("common.hint")
    with pytest.raises(ValueError, match="the languages are en, ko"):
        messages.use_language("fr")
    assert messages.current_language() == "en"


def test_a_second_language_changes_every_checker(monkeypatch):
    fake = {key: "XX " + template for key, template in messages.MESSAGES["en"].items()}
    monkeypatch.setitem(messages.MESSAGES, "xx", fake)
    assert _inconsistencies(messages.MESSAGES) == []
    messages.use_language("xx")
    try:
        assert messages.current_language() == "xx"
        verdict = ex.check_z_for_sigmoid(0.9, 2.197)
        assert verdict.ok and verdict.message.startswith("✅ XX Correct to XX 3 decimals")
        assert ex.MULTILABEL_TASKS["A"].startswith("XX ")
        assert ex.LOG_TRANSFORM_STATEMENTS["B"].startswith("XX ")
        wrong = ex.check_odds_function(lambda p: p / (1 - p)).message
        assert all("XX" in line for line in wrong.splitlines()), wrong
        unanswered = ex.check_odds_of(0.8, ...).message
        assert all(line.startswith("XX ") for line in unanswered.splitlines())
    finally:
        messages.use_language("en")


def test_no_learner_facing_text_outside_the_table():
    """Strings in exercises.py that read like English prose are ids, docstrings or code."""
    allowed = {"softmax(z)", "softmax(z + c)", "left", "right", "multi-label", "multi-class",
               "binary", "sigmoid", "softmax"}
    prose = re.compile(r"[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}")
    for text, is_doc in _string_constants(ROOT / "helpers" / "exercises.py"):
        if is_doc or _ID.fullmatch(text) or text in allowed:
            continue
        assert not prose.search(text), text


def test_import_helpers_stays_light():
    code = ("import sys, helpers, helpers.messages; "
            "print(sorted(m for m in ('matplotlib', 'ipywidgets', 'scipy', 'helpers.exercises') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    # The message tables import the standard library only (and each other).
    for name in ("messages.py", "messages_ko.py"):
        tree = ast.parse((ROOT / "helpers" / name).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module if node.module.startswith("helpers") else
                     node.module.split(".")[0]
                     for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert imported <= set(sys.stdlib_module_names) | {"helpers.messages_ko"}, imported


# --- notebook 08: softmax regression -----------------------------------------------------

TESTED.update({"check_initial_loss", "check_softmax_regression_gradient",
               "check_temperature_and_accuracy"})


def test_initial_loss_is_the_mean_cross_entropy_at_zero_weights():
    """log K, from a zero-weight model on random data, written out here."""
    rng = np.random.default_rng(0)
    for k in (2, 3, 10):
        x = rng.normal(size=(50, 4))
        labels = rng.integers(k, size=50)
        scores = x @ np.zeros((4, k)) + np.zeros(k)
        log_p = scores - scipy_logsumexp(scores, axis=1, keepdims=True)
        loss = -float(np.mean(log_p[np.arange(50), labels]))
        assert loss == pytest.approx(math.log(k), rel=1e-12)
        assert_right(ex.check_initial_loss(k, loss))


def test_initial_loss_correct_and_rounded():
    for k in (2, 3, 10, 1000):
        for answer in (math.log(k), np.log(k), np.float64(math.log(k)), -math.log(1 / k),
                       np.array(math.log(k))):
            assert_right(ex.check_initial_loss(k, answer))
    for k_form in (3.0, np.int64(3), np.float64(3.0)):
        assert_right(ex.check_initial_loss(k_form, math.log(3)))
    exact = math.log(10)
    for d in (3, 4, 5):  # round(exact, 2) is 2.3: 1 decimal, below
        verdict = ex.check_initial_loss(10, round(exact, d))
        assert_right(verdict, f"✅ Correct to {d} decimals (exactly 2.302585…)")
    assert_right(ex.check_initial_loss(10, round(exact, 2)), "✅ Correct to 1 decimal")
    assert_right(ex.check_initial_loss(3, 1.1), "✅ Correct to 1 decimal (exactly 1.098612…)")
    assert_right(ex.check_initial_loss(3, Decimal("1.10")), "✅ Correct to 2 decimals")
    assert_right(ex.check_initial_loss(3, Fraction(1099, 1000)), "✅ Correct to 3 decimals")
    assert "log 3 = 1.098612" in ex.check_initial_loss(3, math.log(3)).message
    assert_wrong(ex.check_initial_loss(3, 1), "too coarse")
    assert_wrong(ex.check_initial_loss(10, 2.31), "Close: you gave 2.31")
    assert_wrong(ex.check_initial_loss(10, 2.4), "Close: you gave 2.4")  # 2 units of 0.1 off
    assert_wrong(ex.check_initial_loss(10, 2.6), "too large")


INITIAL_LOSS_MISTAKES = {  # (K, answer, phrase)
    "the probability 1/K": (10, 0.1, "that is 1/K"),
    "the sign": (10, -math.log(10), "which is negative"),
    "log base 10": (10, 1.0, "base-10 log"),
    "log base 10, K = 3": (3, math.log10(3), "base-10 log"),
    "log base 2": (10, math.log2(10), "in bits"),
    "log base 2, rounded": (10, 3.32, "in bits"),
    "summed over the classes": (3, 3 * math.log(3), "over all K classes"),
    "zero": (3, 0, "not a zero loss"),
}


@pytest.mark.parametrize("name", sorted(INITIAL_LOSS_MISTAKES))
def test_initial_loss_mistakes(name):
    k, answer, phrase = INITIAL_LOSS_MISTAKES[name]
    verdict = ex.check_initial_loss(k, answer)
    assert_wrong(verdict, phrase)
    assert "−log of it" in verdict.message.splitlines()[-1]


def test_initial_loss_unanswered_hostile_and_bad_k(capsys):
    for answer in (None, ...):
        assert_unanswered(ex.check_initial_loss(3, answer))
    for answer in HOSTILE:
        assert_wrong(ex.check_initial_loss(3, answer))
    assert_wrong(ex.check_initial_loss(3, 100 * math.log(3)))
    for k in (1, 0, -3, 2.5, "3", None, math.nan, math.inf, True, [3]):
        assert_wrong(ex.check_initial_loss(k, math.log(3)), "whole number of classes")
    assert capsys.readouterr() == ("", "")


# the gradient: right ones, written out here, and the typical wrong ones

def _probs(X, W, b, axis=1):
    """Row-wise softmax of the scores X @ W + b, written out (axis=0: down the columns)."""
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return E / E.sum(axis=axis, keepdims=True)


def _grad_ok(X, Y, W, b):
    P = _probs(X, W, b)
    n = X.shape[0]
    return X.T @ (P - Y) / n, (P - Y).sum(axis=0) / n


def _grad_helpers(X, Y, W, b):
    P = reference_softmax(X @ W + b)
    return X.T @ (P - Y) / len(X), np.mean(P - Y, axis=0)


def _grad_naive_loops(X, Y, W, b):
    n, d = X.shape
    k = W.shape[1]
    dW, db = [[0.0] * k for _ in range(d)], [0.0] * k
    for i in range(n):
        scores = [sum(X[i, r] * W[r, j] for r in range(d)) + b[j] for j in range(k)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        for j in range(k):
            g = exps[j] / sum(exps) - Y[i, j]
            db[j] += g / n
            for r in range(d):
                dW[r][j] += X[i, r] * g / n
    return dW, db  # lists: fine


def _grad_mutates(X, Y, W, b):
    P = _probs(X, W, b)
    Y -= P  # in place, on the checker's copy
    Y *= -1
    X /= len(X)
    return X.T @ Y, Y.sum(axis=0) / len(Y)


def _grad_printing(X, Y, W, b):
    print("shapes", X.shape, Y.shape)
    return _grad_ok(X, Y, W, b)


def test_softmax_regression_gradient_correct(capsys):
    for func in (_grad_ok, _grad_helpers, _grad_naive_loops, _grad_mutates, _grad_printing,
                 lambda *a: list(_grad_ok(*a)),
                 lambda *a: tuple(g.astype(np.float32) for g in _grad_ok(*a)),
                 lambda *a: tuple(g.tolist() for g in _grad_ok(*a))):
        verdict = ex.check_softmax_regression_gradient(func)
        assert_right(verdict)
        assert "central finite differences" in verdict.message
        assert "(6, 2, 3), (9, 3, 3), (5, 4, 2), (8, 1, 4), (12, 3, 5)" in verdict.message
    assert capsys.readouterr() == ("", "")


def _summed(X, Y, W, b):
    P = _probs(X, W, b)
    return X.T @ (P - Y), (P - Y).sum(axis=0)


def _with(dW=None, db=None):
    """The right gradient with dW or db replaced by a function of (X, Y, W, b, P, n)."""
    def gradient(X, Y, W, b):
        P, n = _probs(X, W, b), X.shape[0]
        good = _grad_ok(X, Y, W, b)
        return (good[0] if dW is None else dW(X, Y, W, b, P, n),
                good[1] if db is None else db(X, Y, W, b, P, n))
    return gradient


def _columns(X, Y, W, b):
    P = _probs(X, W, b, axis=0)
    return X.T @ (P - Y) / len(X), (P - Y).mean(axis=0)


def _warns_but_right(X, Y, W, b):
    np.exp(np.full(2, 1000.0))
    return _grad_ok(X, Y, W, b)


SOFTMAX_GRADIENT_WRONG = {  # name -> (function, phrase in the details, phrase in the hint)
    "sum, not mean": (_summed, "dW and db: n = 6 times too large", "divided by n"),
    "sum in dW only": (_with(dW=lambda X, Y, W, b, P, n: X.T @ (P - Y)),
                       "dW: n = 9 times too large, the gradient of the summed loss, not of "
                       "the mean; db: right", "divided by n"),
    "sum in db only": (_with(db=lambda X, Y, W, b, P, n: (P - Y).sum(axis=0)),
                       "dW: right; db: n = 12 times too large", "divided by n"),
    "Y - P": (lambda *a: tuple(-g for g in _grad_ok(*a)), "the sign is flipped", "not Y − P"),
    "Y - P in db only": (_with(db=lambda X, Y, W, b, P, n: (Y - P).sum(axis=0) / n),
                         "dW: right; db: the sign is flipped", "not Y − P"),
    "no db": (lambda *a: _grad_ok(*a)[0], "returned one array of shape (2, 3)",
              "bias gets a gradient too"),
    "db None": (_with(db=lambda *a: None), "returned None for db", "bias gets a gradient too"),
    "db zeros": (_with(db=lambda X, Y, W, b, P, n: np.zeros_like(b)), "a db of zeros",
                 "bias gets a gradient too"),
    "db 0": (_with(db=lambda *a: 0.0), "a db of zeros", "bias gets a gradient too"),
    "dW alone in a tuple": (lambda *a: (_grad_ok(*a)[0],), "returned one value,",
                            "bias gets a gradient too"),
    "db not summed": (_with(db=lambda X, Y, W, b, P, n: (P - Y) / n), "one row per example",
                      "shape of b, (K,)"),
    "db over the classes": (_with(db=lambda X, Y, W, b, P, n: (P - Y).sum(axis=1) / n),
                            "sums over the classes (axis 1)", "shape of b, (K,)"),
    "db keepdims": (_with(db=lambda X, Y, W, b, P, n: (P - Y).sum(axis=0, keepdims=True) / n),
                    "leave out keepdims", "shape of b, (K,)"),
    "db mean of everything": (_with(db=lambda X, Y, W, b, P, n: float(np.mean(P - Y)) + 1.0),
                              "db of shape (), expected (3,)", "shape of b, (K,)"),
    "dW transposed": (_with(dW=lambda X, Y, W, b, P, n: (P - Y).T @ X / n),
                      "expected (2, 3): that is the transpose", "shape of W, (d, K)"),
    "dW transposed, d = K": (_with(dW=lambda X, Y, W, b, P, n: (P - Y).T @ X / n),
                             "(n, d, K) = (9, 3, 3): dW: the transpose of the right one",
                             "shape of W, (d, K)"),
    "dW of the wrong shape": (_with(dW=lambda X, Y, W, b, P, n: (X.T @ (P - Y)).ravel()),
                              "returned dW of shape (6,), expected (2, 3)", "the chain rule"),
    "swapped": (lambda *a: _grad_ok(*a)[::-1], "the order is (dW, db)", "return dW, db"),
    "three values": (lambda *a: (*_grad_ok(*a), 1.0), "returned 3 values", "return dW, db"),
    "a dict": (lambda *a: dict(zip("Wb", _grad_ok(*a), strict=True)), "a value of type dict",
               "return dW, db"),
    "P alone": (lambda X, Y, W, b: _grad_ok(X, np.zeros_like(Y), W, b), "P alone",
                "the chain rule"),
    "scores for P": (lambda X, Y, W, b: (X.T @ (X @ W + b - Y) / len(X),
                                         (X @ W + b - Y).mean(axis=0)),
                     "the scores X @ W + b in place of", "the chain rule"),
    "softmax down the columns": (_columns, "down each column (axis 0)", "along each row"),
    "rounded": (lambda *a: tuple(np.round(g, 3) for g in _grad_ok(*a)), "dW and db: rounded",
                "do not round"),
    "off": (_with(db=lambda X, Y, W, b, P, n: 1.3 * (P - Y).mean(axis=0)),
            "dW: right; db: off by up to", "the chain rule"),
    "nan": (lambda *a: (np.full_like(a[2], np.nan), a[3]), "nan or inf", "the chain rule"),
    "text": (lambda *a: ("dW", "db"), "returned the text 'dW' for dW", "the chain rule"),
    "complex": (lambda *a: tuple(g + 0j for g in _grad_ok(*a)), "not an array of real numbers",
                "the chain rule"),
    "raises": (lambda *a: 1 / 0, "raised ZeroDivisionError", "the chain rule"),
    "returns None": (lambda *a: None, "forget `return`", "the chain rule"),
    "arguments in another order": (lambda W, b, X, Y: _grad_ok(X, Y, W, b), "raised ValueError",
                                   "gradient(X, Y, W, b)"),
    "warns but right": (_warns_but_right, "right values but warned: RuntimeWarning: overflow",
                        "stable softmax"),
}


@pytest.mark.parametrize("name", sorted(SOFTMAX_GRADIENT_WRONG))
def test_softmax_regression_gradient_mistakes(name, capsys):
    func, detail, hint = SOFTMAX_GRADIENT_WRONG[name]
    verdict = ex.check_softmax_regression_gradient(func)
    assert_wrong(verdict)
    lines = verdict.message.splitlines()
    assert lines[0] == "❌ Not quite: 5 of 5 tests fail.", verdict.message
    assert all(line.startswith("  - (n, d, K) = (") for line in lines[1:-1]), verdict.message
    assert detail in verdict.message, (detail, verdict.message)
    assert hint in lines[-1], (hint, verdict.message)
    assert capsys.readouterr() == ("", "")


def test_softmax_regression_gradient_checks_every_shape():
    """A function right only for some shapes fails on the others, and says which."""
    def only_two_features(X, Y, W, b):
        return _grad_ok(X, Y, W, b) if X.shape[1] == 2 else _summed(X, Y, W, b)

    verdict = ex.check_softmax_regression_gradient(only_two_features)
    assert_wrong(verdict, "4 of 5 tests fail")
    assert "(n, d, K) = (6, 2, 3)" not in verdict.message
    assert "(n, d, K) = (12, 3, 5): dW and db: n = 12 times too large" in verdict.message


def test_softmax_regression_gradient_unanswered_and_not_a_function():
    for answer in (None, ...):
        verdict = ex.check_softmax_regression_gradient(answer)
        assert_unanswered(verdict)
        assert "define `gradient` with `def`" in verdict.message
    for answer in (4.0, "gradient", [1, 2], np.zeros((2, 3)), (np.zeros((2, 3)), np.zeros(3)),
                   math.nan, {}, 10**400):
        verdict = ex.check_softmax_regression_gradient(answer)
        assert_wrong(verdict, "not a function")
        assert "check_softmax_regression_gradient(gradient)" in verdict.message


def test_softmax_regression_gradient_with_functions_that_misbehave(capsys):
    def noisy(*args):
        print("noise")
        sys.stderr.write("more noise\n")
        warnings.warn("learner's own warning", UserWarning, stacklevel=1)
        np.exp(np.full(3, 1e6))
        return None

    hostile = [lambda *a: exit(3), lambda *a: _Garbage(), lambda: 1.0, lambda *a: math.nan,
               lambda *a: (_Garbage(), _Garbage()), lambda *a: ([["x"]], [1]),
               lambda *a: ([1, [2, 3]], [1]), lambda *a: (_ for _ in ()), noisy, print,
               math.sqrt, lambda *a: (np.inf * a[2], a[3]), lambda *a: (1e308 * a[2], a[3]),
               lambda *a: (a[2], np.array([True, False, True])), lambda *a: (a[2], {}),
               lambda *a: (10**400, 1)]
    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn"):
        warnings.simplefilter("always")
        for func in hostile:
            assert_wrong(ex.check_softmax_regression_gradient(func))
    assert caught == []
    assert capsys.readouterr() == ("", "")
    assert_right(ex.check_softmax_regression_gradient(_grad_ok))  # the cases are intact


def test_softmax_regression_gradient_compares_with_finite_differences():
    """A gradient of another loss fails even when it has the right shapes and sums."""
    def half_loss(X, Y, W, b):  # the gradient of half the mean cross-entropy
        return tuple(g / 2 for g in _grad_ok(X, Y, W, b))

    assert_wrong(ex.check_softmax_regression_gradient(half_loss), "dW and db: off by up to")

    def tiny_error(X, Y, W, b):  # within float32 accuracy: still right
        return tuple(g * (1 + 1e-7) for g in _grad_ok(X, Y, W, b))

    assert_right(ex.check_softmax_regression_gradient(tiny_error))


def test_temperature_and_accuracy():
    for answer in ("unchanged", "Unchanged", " UNCHANGED ", "unchanged.", ["unchanged"],
                   ("unchanged",), np.array(["unchanged"]), np.str_("unchanged")):
        verdict = ex.check_temperature_and_accuracy(answer)
        assert_right(verdict, "✅ Correct: unchanged.")
        assert "argmax" in verdict.message and "calibration" in verdict.message
    for answer, phrase in (("rises", "cannot rise"), ("Rises!", "cannot rise"),
                           ("falls", "cannot fall"), (["falls"], "cannot fall")):
        verdict = ex.check_temperature_and_accuracy(answer)
        assert_wrong(verdict, phrase)
        assert "keeps their order" in verdict.message
        assert "argmax" in verdict.message.splitlines()[-1]
    for answer in (None, ...):
        assert_unanswered(ex.check_temperature_and_accuracy(answer))


def test_temperature_and_accuracy_other_answers():
    words = "'rises', 'falls' or 'unchanged'"
    for answer in ("same", "", "rise", "up", "unchanged and rises", "T"):
        verdict = ex.check_temperature_and_accuracy(answer)
        assert_wrong(verdict, "not one of the answers")
        assert words in verdict.message.splitlines()[-1]
    for answer in (["rises", "falls"], ("unchanged", "rises"), {"unchanged"} | {"falls"},
                   {"answer": "unchanged"}, []):
        assert_wrong(ex.check_temperature_and_accuracy(answer), "give one word")
    for answer in (0, 1.0, True, math.nan, print, b"unchanged", np.float64(1.0)):
        verdict = ex.check_temperature_and_accuracy(answer)
        assert_wrong(verdict, "not a word")
        assert words in verdict.message
    for answer in HOSTILE:
        assert_wrong(ex.check_temperature_and_accuracy(answer))
