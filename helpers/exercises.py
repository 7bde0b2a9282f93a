"""Instant checkers for the notebooks' "Check yourself" exercises.

Every exercise comes as a pair of functions:

* ``grade_<name>(...)`` is pure: it returns a :class:`Verdict`, a named tuple
  ``(ok, message)``. ``ok`` is True only for a correct answer. Tests and
  solution cells assert on it.
* ``check_<name>(...)`` prints the verdict's message and returns None, so a
  notebook shows the message and nothing else.

A message starts with one verdict line:

* ``✅ ...`` for a correct answer;
* ``❌ ...`` for a wrong one, then any details (one indented line per failing
  input of a function answer), then a line starting with ``Hint:``;
* ``… not answered yet ...`` when the answer is ``None`` or ``...`` (what the
  starter cells hold), then a line starting with ``Hint:``.

A checker never raises, whatever it is given: a wrong type, nan, a string, a
list of the wrong length, or a function that raises, warns, prints or returns
garbage. Every such problem becomes a ❌ with a message. The one exception is
``KeyboardInterrupt``, so that the learner can still stop a function of theirs
that never returns.

Numbers are compared with a relative tolerance of 1e-6 plus an absolute one
of 1e-9. Anything :func:`float` accepts counts as a number, so
``fractions.Fraction(3, 5)`` is a fine answer for 0.6.
"""

import contextlib
import io
import math
import numbers
import operator
import warnings
from fractions import Fraction
from typing import NamedTuple

import numpy as np

from helpers.numerics import (
    logit,
    odds,
    one_hot,
    prob_from_odds,
    probs_from_reference_log_odds,
    sigmoid,
    softmax,
)

__all__ = [
    "DISTRIBUTION_CANDIDATES",
    "LOG_TRANSFORM_STATEMENTS",
    "Verdict",
    "check_cross_entropy_gradient",
    "check_log_transform_statement",
    "check_logit_of",
    "check_logit_symmetry",
    "check_odds_function",
    "check_odds_multiplier",
    "check_odds_of",
    "check_prob_from_odds",
    "check_probability_from_log_odds",
    "check_probs_from_log_odds",
    "check_reference_probability",
    "check_shift_invariance",
    "check_sigmoid_at_zero",
    "check_sigmoid_slope_at_zero",
    "check_sigmoid_sum",
    "check_softmax_function",
    "check_solve_for_p",
    "check_temperature_for_top",
    "check_valid_distributions",
    "check_z_for_sigmoid",
    "grade_cross_entropy_gradient",
    "grade_log_transform_statement",
    "grade_logit_of",
    "grade_logit_symmetry",
    "grade_odds_function",
    "grade_odds_multiplier",
    "grade_odds_of",
    "grade_prob_from_odds",
    "grade_probability_from_log_odds",
    "grade_probs_from_log_odds",
    "grade_reference_probability",
    "grade_shift_invariance",
    "grade_sigmoid_at_zero",
    "grade_sigmoid_slope_at_zero",
    "grade_sigmoid_sum",
    "grade_softmax_function",
    "grade_solve_for_p",
    "grade_temperature_for_top",
    "grade_valid_distributions",
    "grade_z_for_sigmoid",
]

REL_TOL = 1e-6
ABS_TOL = 1e-9
_MISTAKE_REL_TOL = 1e-3  # a known mistake is recognised even when rounded


class Verdict(NamedTuple):
    """The outcome of grading one answer."""

    ok: bool
    message: str


# --- formatting ----------------------------------------------------------------


def _fmt(x):
    """A float as short, deterministic text: 4.0, 0.6, 2.197225, inf, nan."""
    x = float(x)
    text = repr(x)
    if len(text) <= 10:
        return text
    text = f"{x:.7g}"
    return text if any(c in text for c in ".en") else text + ".0"


def _count(n, one, many):
    """``1 win``, ``3 wins``, ``2.5 wins``."""
    return f"{n:g} {one if n == 1 else many}"


def _fmt_array(a, limit=6):
    """A float array as [0.5, 0.5] or [[...], [...]], never a numpy repr."""
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 0:
        return _fmt(a)
    items = [_fmt_array(row, limit) for row in a[:limit]]
    if len(a) > limit:
        items.append("…")
    return "[" + ", ".join(items) + "]"


def _one_line(text, limit=120):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_exception(exc):
    """'ZeroDivisionError: division by zero', on one line."""
    try:
        detail = _one_line(exc)
    except Exception:
        detail = ""
    name = type(exc).__name__
    return f"{name}: {detail}" if detail else name


def _describe_value(value):
    """A short description of an arbitrary object, for 'you gave ...'."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return f"the text {_one_line(repr(value), 40)}"
    if callable(value) and not isinstance(value, np.ndarray):
        name = getattr(value, "__name__", None)
        return f"the function {_one_line(name, 40)}" if isinstance(name, str) else "a function"
    return f"a value of type {type(value).__name__}"


# --- verdicts ------------------------------------------------------------------

_NOT_ANSWERED = "… not answered yet: replace the ... with your answer and run the cell again."


def _is_unanswered(answer):
    return answer is None or answer is Ellipsis


def _not_answered(hint):
    return Verdict(False, f"{_NOT_ANSWERED}\nHint: {hint}")


def _right(text):
    return Verdict(True, f"✅ {text}")


def _wrong(text, hint, details=()):
    lines = [f"❌ {text}", *(f"  - {d}" for d in details), f"Hint: {hint}"]
    return Verdict(False, "\n".join(lines))


def _never_raises(grade):
    """Turn anything a grader raises into a ❌ verdict."""

    def guarded(*args, **kwargs):
        try:
            with _quiet():
                return grade(*args, **kwargs)
        except Exception as exc:
            return _wrong(
                f"This answer could not be checked ({_describe_exception(exc)}).",
                "keep the exercise's own inputs as given, and give your answer in the form "
                "the exercise asks for.",
            )

    guarded.__name__ = grade.__name__
    guarded.__qualname__ = grade.__qualname__
    guarded.__doc__ = grade.__doc__
    return guarded


def _show(verdict):
    print(verdict.message)


# --- reading answers -----------------------------------------------------------


class _Unreadable(Exception):
    """The answer is not of the expected form; the message says why."""


def _quiet():
    """Silence warnings and floating-point flags while reading an answer."""
    stack = contextlib.ExitStack()
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    stack.enter_context(np.errstate(all="ignore"))
    return stack


def _as_number(value):
    """``value`` as a float, or raise _Unreadable saying what is wrong with it."""
    if isinstance(value, (str, bytes)):
        text = value.decode(errors="replace") if isinstance(value, bytes) else value
        try:
            float(Fraction(text.strip()))
        except (ValueError, ZeroDivisionError):
            raise _Unreadable(f"You gave {_describe_value(text)}, not a number.") from None
        raise _Unreadable(
            f"You gave {_describe_value(text)}: that is text. "
            "Remove the quotes to make it a number."
        )
    if isinstance(value, (bool, np.bool_)):
        raise _Unreadable(f"You gave {value}, a truth value, not a number.")
    if isinstance(value, (complex, np.complexfloating)) or (
        isinstance(value, numbers.Complex) and not isinstance(value, numbers.Real)
    ):
        raise _Unreadable("You gave a complex number; the answer is a real number.")
    if callable(value):
        raise _Unreadable(
            f"You gave {_describe_value(value)}, not a number. Call it to get a number."
        )
    if isinstance(value, (list, tuple, set, dict, np.ndarray)):
        size = np.size(value) if isinstance(value, np.ndarray) else len(value)
        if not (isinstance(value, np.ndarray) and value.ndim == 0):
            kind = "an array" if isinstance(value, np.ndarray) else f"a {type(value).__name__}"
            raise _Unreadable(
                f"You gave {kind} with {size} value{'' if size == 1 else 's'}; "
                "the answer is one number."
            )
    try:
        with _quiet():
            return float(value)
    except OverflowError:
        raise _Unreadable("You gave a number too large for a float.") from None
    except Exception:
        raise _Unreadable(f"You gave {_describe_value(value)}, not a number.") from None


def _as_vector(value, shape):
    """``value`` as a float array of ``shape``, or raise _Unreadable."""
    if isinstance(value, (str, bytes)):
        raise _Unreadable(f"You gave {_describe_value(value)}; give a list of numbers.")
    if callable(value) and not isinstance(value, np.ndarray):
        raise _Unreadable(f"You gave {_describe_value(value)}; give a list of numbers.")
    if isinstance(value, (set, frozenset, dict)):
        raise _Unreadable("You gave a set or dict, which has no order; give a list of numbers.")
    try:
        with _quiet():
            arr = np.asarray(value)
            if arr.dtype.kind == "c":
                raise _Unreadable("You gave complex numbers; the answer is real numbers.")
            if arr.dtype.kind == "b":
                raise _Unreadable("You gave truth values; give numbers.")
            arr = arr.astype(np.float64)
    except _Unreadable:
        raise
    except Exception:
        raise _Unreadable(f"You gave {_describe_value(value)}; give a list of numbers.") from None
    if arr.shape != tuple(shape):
        if arr.ndim == 1 and len(shape) == 1:
            raise _Unreadable(f"You gave {arr.size} numbers; the answer has {shape[0]}.")
        raise _Unreadable(f"You gave an array of shape {arr.shape}; expected shape {tuple(shape)}.")
    return arr


def _close(a, b, rel=REL_TOL):
    return math.isclose(a, b, rel_tol=rel, abs_tol=ABS_TOL)


def _grade_number(answer, expected, *, correct, hint, mistakes=()):
    """Grade a numeric answer against ``expected``.

    ``correct`` is the sentence printed after ✅. ``mistakes`` holds
    ``(value, explanation)`` pairs for wrong answers that are common enough to
    deserve their own explanation.
    """
    if _is_unanswered(answer):
        return _not_answered(hint)
    try:
        value = _as_number(answer)
    except _Unreadable as why:
        return _wrong(str(why), hint)
    if math.isnan(value):
        return _wrong("You gave nan, which means 'no value'.", hint)
    if _close(value, expected):
        return _right(f"Correct: {correct}")
    for wrong_value, explanation in mistakes:
        if not _close(wrong_value, expected, _MISTAKE_REL_TOL) and _close(
            value, wrong_value, _MISTAKE_REL_TOL
        ):
            return _wrong(f"Not quite: you gave {_fmt(value)}; {explanation}", hint)
    if math.isfinite(value) and math.isfinite(expected) and _close(value, expected, 1e-3):
        return _wrong(
            f"Close: you gave {_fmt(value)}, which is off by {_fmt(abs(value - expected))}.",
            "compute the value in code instead of typing rounded digits.",
        )
    off = ""
    if math.isfinite(value) and math.isfinite(expected):
        off = f" It is {'too large' if value > expected else 'too small'}"
        off += f" by {_fmt(abs(value - expected))}."
    return _wrong(f"Not quite: you gave {_fmt(value)}.{off}", hint)


# --- running a learner's function ------------------------------------------------


class _Call(NamedTuple):
    value: object
    error: str | None  # "TypeError: ..." when the call raised
    warned: tuple  # "RuntimeWarning: overflow encountered in exp", ...


def _run(func, *args):
    """Call ``func(*args)``, catching exceptions, warnings and printed output.

    Floating-point overflow, division by zero and invalid operations are
    reported as warnings. Underflow is not: exp(-1000) == 0 is what a stable
    softmax relies on.
    """
    sink = io.StringIO()
    value, error = None, None
    with contextlib.ExitStack() as stack:
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always")
        stack.enter_context(np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"))
        stack.enter_context(contextlib.redirect_stdout(sink))
        stack.enter_context(contextlib.redirect_stderr(sink))
        try:
            value = func(*args)
        except (Exception, SystemExit) as exc:
            error = _describe_exception(exc)
        warned = []
        for w in caught:
            text = f"{w.category.__name__}: {_one_line(w.message)}"
            if text not in warned:
                warned.append(text)
    return _Call(value, error, tuple(warned))


def _not_a_function(answer, example):
    return _wrong(
        f"You gave {_describe_value(answer)}, not a function.",
        f"pass the function itself, without calling it: {example}.",
    )


# --- notebook 01: raw scores ---------------------------------------------------

DISTRIBUTION_CANDIDATES = {
    "A": (0.2, 0.3, 0.5),
    "B": (0.5, 0.5, 0.5),
    "C": (0.7, 0.4, -0.1),
    "D": (1.0, 0.0, 0.0),
    "E": (0.25, 0.25, 0.25, 0.25),
    "F": (0.8807970779778823, 0.7310585786300049, 0.52497918747894),
}
"""The vectors of the notebook 01 exercise: which are probability distributions?

F is the sigmoid of each score in [2, 1, 0.1].
"""


def _why_not_distribution(vector):
    """None for a probability distribution, otherwise the reason it is not one."""
    v = [Fraction(x) for x in vector]
    if min(v) < 0:
        return f"it has a negative entry ({_fmt(min(v))})"
    total = sum(v)
    if abs(total - 1) > Fraction(1, 10**9):
        return f"its entries sum to {_fmt(total)}, not 1"
    return None


@_never_raises
def grade_valid_distributions(answer, candidates=None):
    """Grade: which candidate vectors are probability distributions?

    Parameters
    ----------
    answer : set, list or tuple of str
        The labels of the vectors the learner thinks are distributions, e.g.
        ``{"A", "D"}``. A single label may be given as a string.
    candidates : dict of str to sequence of float, optional
        The vectors, by label. Defaults to :data:`DISTRIBUTION_CANDIDATES`.

    Returns
    -------
    Verdict
    """
    candidates = DISTRIBUTION_CANDIDATES if candidates is None else candidates
    reasons = {label: _why_not_distribution(v) for label, v in candidates.items()}
    valid = {label for label, reason in reasons.items() if reason is None}
    labels = ", ".join(candidates)
    hint = "a probability distribution has no negative entry, and its entries sum to 1."
    if _is_unanswered(answer):
        return _not_answered(hint)
    if isinstance(answer, str) and answer.strip().upper() in candidates:
        answer = {answer}
    if not isinstance(answer, (set, frozenset, list, tuple)):
        return _wrong(
            f"You gave {_describe_value(answer)}; give a set of labels.",
            f"write the labels of every distribution as a set, e.g. {{'A', 'B'}}. "
            f"The labels are {labels}.",
        )
    chosen = set()
    for item in answer:
        if not isinstance(item, str):
            return _wrong(
                f"{_describe_value(item).capitalize()} is not a label.",
                f"labels are text in quotes: {labels}.",
            )
        label = item.strip().upper()
        if label not in candidates:
            return _wrong(
                f"There is no vector {_one_line(repr(item), 20)}.", f"the labels are {labels}."
            )
        chosen.add(label)
    if chosen == valid:
        return _right(f"Correct: {', '.join(sorted(valid))} are probability distributions.")
    details = [
        f"{label} is not a distribution: {reasons[label]}." for label in sorted(chosen - valid)
    ]
    missed = len(valid - chosen)
    if missed:
        plural = "s that are" if missed > 1 else " that is"
        details.append(f"You left out {missed} vector{plural} one.")
    return _wrong("Not quite.", hint, details)


def check_valid_distributions(answer, candidates=None):
    """Check which candidate vectors are probability distributions (notebook 01).

    Prints the verdict; see :func:`grade_valid_distributions`.

    Examples
    --------
    >>> check_valid_distributions({"A", "D", "E"})
    ✅ Correct: A, D, E are probability distributions.
    >>> check_valid_distributions(["A", "C"])
    ❌ Not quite.
      - C is not a distribution: it has a negative entry (-0.1).
      - You left out 2 vectors that are one.
    Hint: a probability distribution has no negative entry, and its entries sum to 1.
    """
    _show(grade_valid_distributions(answer, candidates))


@_never_raises
def grade_sigmoid_sum(z, answer):
    """Grade: the sum of the sigmoid of each score in ``z``.

    Parameters
    ----------
    z : sequence of float
        The scores.
    answer : float
        The learner's value of ``sum(sigmoid(z_i))``.

    Returns
    -------
    Verdict
    """
    z = np.asarray(z, dtype=np.float64)
    expected = float(np.sum(sigmoid(z)))
    return _grade_number(
        answer,
        expected,
        correct=f"the sigmoids of the scores add up to {_fmt(expected)}, not to 1.",
        hint="apply the sigmoid to each score separately, then add the results up.",
        mistakes=[
            (1.0, "that is what softmax gives, always. Here each score has its own sigmoid."),
            (float(np.sum(z)), "that is the sum of the raw scores; apply the sigmoid first."),
            (float(sigmoid(np.sum(z))), "that is the sigmoid of the sum; take the sum last."),
        ],
    )


def check_sigmoid_sum(z, answer):
    """Check the sum of a sigmoid per score (notebook 01).

    Prints the verdict; see :func:`grade_sigmoid_sum`.

    Examples
    --------
    >>> import numpy as np
    >>> check_sigmoid_sum([2.0, 1.0, 0.1], 1 / (1 + np.exp(-2)) + 1 / (1 + np.exp(-1))
    ...                   + 1 / (1 + np.exp(-0.1)))
    ✅ Correct: the sigmoids of the scores add up to 2.136835, not to 1.
    >>> check_sigmoid_sum([2.0, 1.0, 0.1], 1.0)
    ❌ Not quite: you gave 1.0; that is what softmax gives, always.
    Here each score has its own sigmoid.
    Hint: apply the sigmoid to each score separately, then add the results up.
    """
    _show(grade_sigmoid_sum(z, answer))


# --- notebook 02: sigmoid ------------------------------------------------------


@_never_raises
def grade_sigmoid_at_zero(answer):
    """Grade: the value of σ(0).

    Returns
    -------
    Verdict
    """
    return _grade_number(
        answer,
        0.5,
        correct="σ(0) = 1 / (1 + e⁰) = 1/2: a score of 0 means 'either class, equally'.",
        hint="put z = 0 into σ(z) = 1 / (1 + e^(−z)); what is e⁰?",
        mistakes=[
            (0.0, "but e⁰ = 1, not 0, so σ(0) is not 0."),
            (1.0, "that is e⁰; σ(0) is 1 / (1 + e⁰)."),
        ],
    )


def check_sigmoid_at_zero(answer):
    """Check σ(0) (notebook 02).

    Prints the verdict; see :func:`grade_sigmoid_at_zero`.

    Examples
    --------
    >>> check_sigmoid_at_zero(0.5)
    ✅ Correct: σ(0) = 1 / (1 + e⁰) = 1/2: a score of 0 means 'either class, equally'.
    >>> check_sigmoid_at_zero(0)
    ❌ Not quite: you gave 0.0; but e⁰ = 1, not 0, so σ(0) is not 0.
    Hint: put z = 0 into σ(z) = 1 / (1 + e^(−z)); what is e⁰?
    """
    _show(grade_sigmoid_at_zero(answer))


@_never_raises
def grade_sigmoid_slope_at_zero(answer):
    """Grade: the slope σ'(0), which is σ(0)(1 − σ(0)) = 1/4.

    Returns
    -------
    Verdict
    """
    return _grade_number(
        answer,
        0.25,
        correct="σ'(0) = σ(0)(1 − σ(0)) = 1/2 · 1/2 = 1/4, the steepest the sigmoid gets.",
        hint="use σ'(z) = σ(z)(1 − σ(z)) and the value of σ(0).",
        mistakes=[
            (0.5, "that is σ(0) itself, not its slope."),
            (1.0, "that would be a slope of 45°; the sigmoid is flatter than that."),
            (0.0, "but the sigmoid is rising at 0, so its slope is not 0."),
        ],
    )


def check_sigmoid_slope_at_zero(answer):
    """Check the slope σ'(0) (notebook 02).

    Prints the verdict; see :func:`grade_sigmoid_slope_at_zero`.

    Examples
    --------
    >>> check_sigmoid_slope_at_zero(1 / 4)
    ✅ Correct: σ'(0) = σ(0)(1 − σ(0)) = 1/2 · 1/2 = 1/4, the steepest the sigmoid gets.
    >>> check_sigmoid_slope_at_zero(0.5)
    ❌ Not quite: you gave 0.5; that is σ(0) itself, not its slope.
    Hint: use σ'(z) = σ(z)(1 − σ(z)) and the value of σ(0).
    """
    _show(grade_sigmoid_slope_at_zero(answer))


@_never_raises
def grade_z_for_sigmoid(p, answer):
    """Grade: the score z with σ(z) = p, which is logit(p) = log(p / (1 − p)).

    Parameters
    ----------
    p : float
        The target probability, in (0, 1).
    answer : float
        The learner's z.

    Returns
    -------
    Verdict
    """
    p = float(p)
    expected = float(logit(p))
    return _grade_number(
        answer,
        expected,
        correct=f"σ(z) = {_fmt(p)} at z = log({_fmt(p)} / {_fmt(1 - p)}) = {_fmt(expected)}.",
        hint=f"solve {_fmt(p)} = 1 / (1 + e^(−z)) for z: first find e^(−z), then take the log.",
        mistakes=[
            (float(odds(p)), "that is the odds p / (1 − p); z is their (natural) log."),
            (math.log10(odds(p)), "that is a base-10 log; use the natural log (np.log)."),
            (math.log(p), "that is log p; z is log(p / (1 − p))."),
            (float(sigmoid(p)), f"that is σ({_fmt(p)}); you need the z whose σ is {_fmt(p)}."),
            (-expected, "the sign is flipped: σ(z) > 1/2 needs z > 0."),
        ],
    )


def check_z_for_sigmoid(p, answer):
    """Check the score z that gives σ(z) = p (notebook 02).

    Prints the verdict; see :func:`grade_z_for_sigmoid`.

    Examples
    --------
    >>> import math
    >>> check_z_for_sigmoid(0.9, math.log(9))
    ✅ Correct: σ(z) = 0.9 at z = log(0.9 / 0.1) = 2.197225.
    >>> check_z_for_sigmoid(0.9, 9)
    ❌ Not quite: you gave 9.0; that is the odds p / (1 − p); z is their (natural) log.
    Hint: solve 0.9 = 1 / (1 + e^(−z)) for z: first find e^(−z), then take the log.
    """
    _show(grade_z_for_sigmoid(p, answer))


# --- notebook 03: odds ---------------------------------------------------------


@_never_raises
def grade_odds_of(p, answer):
    """Grade: the odds p / (1 − p) of a probability p.

    Parameters
    ----------
    p : float
        The probability, in [0, 1].
    answer : float
        The learner's odds.

    Returns
    -------
    Verdict
    """
    p = float(p)
    expected = float(odds(p))
    return _grade_number(
        answer,
        expected,
        correct=f"the odds of p = {_fmt(p)} are {_fmt(p)} / {_fmt(1 - p)} = {_fmt(expected)}.",
        hint="odds = p / (1 − p): the chance of winning divided by the chance of losing.",
        mistakes=[
            (1.0 / expected if expected else math.inf,
             "that is (1 − p) / p, the odds against. Swap the numerator and denominator."),
            (p, "that is the probability p itself. Odds divide it by 1 − p."),
            (1 - p, "that is 1 − p, the chance of losing. Odds are p / (1 − p)."),
            (p / (1 + p), "that is p / (1 + p). Check the denominator: it is 1 − p."),
        ],
    )


def check_odds_of(p, answer):
    """Check the odds of a probability (notebook 03).

    Prints the verdict; see :func:`grade_odds_of`.

    Examples
    --------
    >>> check_odds_of(0.8, 4)
    ✅ Correct: the odds of p = 0.8 are 0.8 / 0.2 = 4.0.
    >>> check_odds_of(0.8, 0.25)
    ❌ Not quite: you gave 0.25; that is (1 − p) / p, the odds against.
    Swap the numerator and denominator.
    Hint: odds = p / (1 − p): the chance of winning divided by the chance of losing.
    """
    _show(grade_odds_of(p, answer))


@_never_raises
def grade_prob_from_odds(wins, losses, answer):
    """Grade: the probability for odds ``wins : losses``, which is wins / (wins + losses).

    Parameters
    ----------
    wins, losses : float
        The odds as "wins : losses", e.g. 3 : 2.
    answer : float
        The learner's probability.

    Returns
    -------
    Verdict
    """
    wins, losses = float(wins), float(losses)
    expected = float(prob_from_odds(wins / losses))
    ratio = f"{wins:g} : {losses:g}"
    won, lost = _count(wins, "win", "wins"), _count(losses, "loss", "losses")
    return _grade_number(
        answer,
        expected,
        correct=f"odds of {ratio} mean {won} in every {wins + losses:g} games, "
        f"p = {_fmt(expected)}.",
        hint=f"odds of {ratio} mean {won} and {lost}; out of how many games?",
        mistakes=[
            (wins / losses, "that is the odds as one number. A probability is wins / games."),
            (losses / (wins + losses), "that is the chance of losing. You want the winning side."),
            (losses / wins, "that is losses / wins. A probability is wins / games."),
        ],
    )


def check_prob_from_odds(wins, losses, answer):
    """Check the probability for odds ``wins : losses`` (notebook 03).

    Prints the verdict; see :func:`grade_prob_from_odds`.

    Examples
    --------
    >>> check_prob_from_odds(3, 2, 3 / 5)
    ✅ Correct: odds of 3 : 2 mean 3 wins in every 5 games, p = 0.6.
    >>> check_prob_from_odds(3, 2, 1.5)
    ❌ Not quite: you gave 1.5; that is the odds as one number. A probability is wins / games.
    Hint: odds of 3 : 2 mean 3 wins and 2 losses; out of how many games?
    """
    _show(grade_prob_from_odds(wins, losses, answer))


_ODDS_INPUTS = (0.0, 0.25, 0.5, 0.75, 0.4999999, 0.5000001, 0.999, 1.0)


def _exact_odds(p):
    """p / (1 − p) in exact arithmetic, rounded once; inf at p = 1."""
    q = Fraction(p)
    return math.inf if q == 1 else float(q / (1 - q))


@_never_raises
def grade_odds_function(func):
    """Grade a learner's ``odds(p)`` function.

    It is run on p = 0, 0.25, 0.5, 0.75, two values next to 1/2, 0.999 and 1,
    each as a Python float. At p = 1 the odds are infinite: ``math.inf``,
    ``float('inf')`` and ``np.inf`` are all accepted. A call fails if it
    raises, warns, returns something that is not a number, or returns a value
    off by more than the tolerance.

    Returns
    -------
    Verdict
    """
    formula = "odds(p) = p / (1 − p), and a sure thing (p = 1) has infinite odds, math.inf."
    if _is_unanswered(func):
        return _not_answered(formula)
    if not callable(func):
        return _not_a_function(func, "check_odds_function(odds)")
    failures = []
    sure_thing_failed = False
    for p in _ODDS_INPUTS:
        expected = _exact_odds(p)
        call = _run(func, p)
        problem = _odds_problem(p, expected, call)
        if problem:
            failures.append(f"odds({p!r}) {problem}")
            sure_thing_failed |= p == 1.0
    if not failures:
        return _right(f"Correct: your odds(p) is right on all {len(_ODDS_INPUTS)} test inputs, "
                      "p = 1 included.")
    if sure_thing_failed and len(failures) == 1:
        hint = "handle p == 1 before dividing: `if p == 1: return math.inf`."
    else:
        hint = formula
    count = f"{len(failures)} of {len(_ODDS_INPUTS)} inputs fail"
    return _wrong(f"Not quite: {count}.", hint, failures)


def _odds_problem(p, expected, call):
    """What is wrong with one call of the learner's odds, or None."""
    if call.error:
        text = f"raised {call.error}"
        if p == 1.0:
            text += " — what should the odds of a sure thing be?"
        return text
    if call.value is None:
        return "returned None — did you forget `return`?"
    try:
        value = _as_number(call.value)
    except _Unreadable:
        return f"returned {_describe_value(call.value)}, not a number."
    if not _close(value, expected):
        text = f"returned {_fmt(value)}, expected {_fmt(expected)}"
        if p == 1.0:
            text += " (a sure thing has infinite odds)"
        elif expected and _close(value, 1 / expected):
            text += " (that is (1 − p) / p, the odds against)"
        return text + "."
    if call.warned:
        return f"returned {_fmt(value)} but warned: {call.warned[0]}."
    return None


def check_odds_function(func):
    """Check a learner-written ``odds(p)`` function (notebook 03).

    Prints the verdict; see :func:`grade_odds_function`.

    Examples
    --------
    >>> import math
    >>> def odds(p):
    ...     return math.inf if p == 1 else p / (1 - p)
    >>> check_odds_function(odds)
    ✅ Correct: your odds(p) is right on all 8 test inputs, p = 1 included.
    >>> def odds(p):
    ...     return p / (1 - p)
    >>> check_odds_function(odds)
    ❌ Not quite: 1 of 8 inputs fail.
      - odds(1.0) raised ZeroDivisionError: float division by zero —
    what should the odds of a sure thing be?
    Hint: handle p == 1 before dividing: `if p == 1: return math.inf`.
    """
    _show(grade_odds_function(func))


# --- notebook 04: logit --------------------------------------------------------


@_never_raises
def grade_logit_of(p, answer):
    """Grade: logit(p) = log(p / (1 − p)), the natural log of the odds.

    Parameters
    ----------
    p : float
        The probability, in [0, 1].
    answer : float
        The learner's log-odds.

    Returns
    -------
    Verdict
    """
    p = float(p)
    expected = float(logit(p))
    o = float(odds(p))
    return _grade_number(
        answer,
        expected,
        correct=f"logit({_fmt(p)}) = log({_fmt(o)}) = {_fmt(expected)}.",
        hint="first the odds p / (1 − p), then their natural log (np.log).",
        mistakes=[
            (o, "that is the odds; logit is their log."),
            (math.log10(o) if o > 0 else math.nan, "that is a base-10 log; use np.log."),
            (math.log(p) if p > 0 else math.nan, "that is log p; logit is log(p / (1 − p))."),
            (-expected, "the sign is flipped: that is logit(1 − p)."),
        ],
    )


def check_logit_of(p, answer):
    """Check logit(p) (notebook 04).

    Prints the verdict; see :func:`grade_logit_of`.

    Examples
    --------
    >>> import math
    >>> check_logit_of(0.75, math.log(3))
    ✅ Correct: logit(0.75) = log(3.0) = 1.098612.
    >>> check_logit_of(0.75, 3)
    ❌ Not quite: you gave 3.0; that is the odds; logit is their log.
    Hint: first the odds p / (1 − p), then their natural log (np.log).
    """
    _show(grade_logit_of(p, answer))


@_never_raises
def grade_logit_symmetry(p, answer):
    """Grade: the value of logit(1 − p), which must equal −logit(p).

    Parameters
    ----------
    p : float
        The probability, in [0, 1].
    answer : float
        The learner's logit(1 − p), computed numerically.

    Returns
    -------
    Verdict
    """
    p = float(p)
    expected = -float(logit(p))
    return _grade_number(
        answer,
        expected,
        correct=f"logit(1 − {_fmt(p)}) = {_fmt(expected)} = −logit({_fmt(p)}): "
        "swapping the classes flips the sign of the log-odds.",
        hint="logit(1 − p) = log((1 − p) / p): the odds turn upside down. "
        "What does the log do to 1 / x?",
        mistakes=[
            (-expected, "that is logit(p) itself; compute logit(1 − p)."),
            (1 / float(odds(p)) if 0 < p < 1 else math.nan,
             "that is (1 − p) / p, the odds; take their log."),
        ],
    )


def check_logit_symmetry(p, answer):
    """Check the value of logit(1 − p) against −logit(p) (notebook 04).

    Prints the verdict; see :func:`grade_logit_symmetry`.

    Examples
    --------
    >>> import math
    >>> check_logit_symmetry(0.8, math.log(0.2 / 0.8))
    ✅ Correct: logit(1 − 0.8) = -1.386294 = −logit(0.8):
    swapping the classes flips the sign of the log-odds.
    >>> check_logit_symmetry(0.8, math.log(4))
    ❌ Not quite: you gave 1.386294; that is logit(p) itself; compute logit(1 − p).
    Hint: logit(1 − p) = log((1 − p) / p): the odds turn upside down.
    What does the log do to 1 / x?
    """
    _show(grade_logit_symmetry(p, answer))


LOG_TRANSFORM_STATEMENTS = {
    "A": "A log transform keeps convexity: if f is convex, so is log f.",
    "B": "The log maps the odds' range (0, ∞) onto the whole real line, and odds of 1 to 0.",
    "C": "Log-odds are always positive, because odds are always positive.",
    "D": "Taking the log can change which of two probabilities is larger.",
}
"""The statements of the notebook 04 multiple-choice exercise; exactly one is true."""

_LOG_TRANSFORM_ANSWER = "B"
_LOG_TRANSFORM_WHY = {
    "A": "false: f(x) = x² is convex on x > 0, but log f(x) = 2 log x is concave there.",
    "B": "true: log maps (0, ∞) onto (−∞, ∞), and log 1 = 0 is the 50 % point.",
    "C": "false: odds below 1 (p < 1/2) have negative log-odds, e.g. log(1/3) < 0.",
    "D": "false: log is strictly increasing, so it never changes an order.",
}


@_never_raises
def grade_log_transform_statement(answer):
    """Grade: which statement in :data:`LOG_TRANSFORM_STATEMENTS` is true.

    Parameters
    ----------
    answer : str
        One letter, e.g. ``"B"`` (any case, surrounding spaces allowed).

    Returns
    -------
    Verdict
    """
    letters = ", ".join(LOG_TRANSFORM_STATEMENTS)
    hint = "test each statement on a number or two: odds of 1/3, 1 and 3, or f(x) = x²."
    if _is_unanswered(answer):
        return _not_answered(hint)
    if isinstance(answer, (set, frozenset, list, tuple)):
        return _wrong("Give one letter, not a collection: exactly one statement is true.", hint)
    if not isinstance(answer, str):
        return _wrong(f"You gave {_describe_value(answer)}; give one letter in quotes.",
                      f"the choices are {letters}.")
    letter = answer.strip().upper()
    if letter not in LOG_TRANSFORM_STATEMENTS:
        return _wrong(f"{_one_line(repr(answer), 20)} is not one of the choices {letters}.", hint)
    if letter == _LOG_TRANSFORM_ANSWER:
        return _right(f"Correct: {letter} is {_LOG_TRANSFORM_WHY[letter]}")
    return _wrong(f"Not quite: {letter} is {_LOG_TRANSFORM_WHY[letter]}", hint)


def check_log_transform_statement(answer):
    """Check which statement about the log transform is true (notebook 04).

    Prints the verdict; see :func:`grade_log_transform_statement`.

    Examples
    --------
    >>> check_log_transform_statement("B")
    ✅ Correct: B is true: log maps (0, ∞) onto (−∞, ∞), and log 1 = 0 is the 50 % point.
    >>> check_log_transform_statement("a")
    ❌ Not quite: A is false: f(x) = x² is convex on x > 0,
    but log f(x) = 2 log x is concave there.
    Hint: test each statement on a number or two: odds of 1/3, 1 and 3, or f(x) = x².
    """
    _show(grade_log_transform_statement(answer))


# --- notebook 05: sigmoid and logit are inverses ------------------------------------


@_never_raises
def grade_probability_from_log_odds(z, answer):
    """Grade: the probability p whose log-odds are z, which is σ(z) = 1 / (1 + e^(−z)).

    Parameters
    ----------
    z : float
        The log-odds (a model's score).
    answer : float
        The learner's probability.

    Returns
    -------
    Verdict
    """
    z = float(z)
    expected = float(sigmoid(z))
    with _quiet():
        e_z = math.exp(z) if z < 700 else math.inf
        ten_z = 10.0**z if z < 300 else math.inf
    return _grade_number(
        answer,
        expected,
        correct=f"log-odds of {_fmt(z)} mean odds of e^{_fmt(z)} = {_fmt(e_z)}, so "
        f"p = odds / (1 + odds) = σ({_fmt(z)}) = {_fmt(expected)}.",
        hint="undo the log first: the odds are e^z, then p = odds / (1 + odds).",
        mistakes=[
            (e_z, "that is e^z, the odds; p = odds / (1 + odds)."),
            (float(sigmoid(-z)), "the sign is flipped: that is 1 / (1 + e^z) = σ(−z), "
             "the probability of the other class."),
            (z / (1 + z) if z != -1 else math.nan,
             "that reads z itself as the odds; z is the log of the odds."),
            (1 / expected if expected > 0 else math.inf,
             "that is 1 / σ(z), a reciprocal; the inverse of the logit is σ itself."),
            (ten_z / (1 + ten_z) if math.isfinite(ten_z) else 1.0,
             "that uses base 10; the log in the logit is the natural log, so use e^z."),
        ],
    )


def check_probability_from_log_odds(z, answer):
    """Check the probability for log-odds z, that is σ(z) (notebook 05).

    Prints the verdict; see :func:`grade_probability_from_log_odds`.

    Examples
    --------
    >>> import math
    >>> check_probability_from_log_odds(2, ...)
    … not answered yet: replace the ... with your answer and run the cell again.
    Hint: undo the log first: the odds are e^z, then p = odds / (1 + odds).
    >>> check_probability_from_log_odds(2, math.exp(2))
    ❌ Not quite: you gave 7.389056; that is e^z, the odds; p = odds / (1 + odds).
    Hint: undo the log first: the odds are e^z, then p = odds / (1 + odds).
    >>> check_probability_from_log_odds(2, 1 / (1 + math.exp(-2)))
    ✅ Correct: log-odds of 2.0 mean odds of e^2.0 = 7.389056,
    so p = odds / (1 + odds) = σ(2.0) = 0.8807971.
    """
    _show(grade_probability_from_log_odds(z, answer))


_SOLVE_FOR_P_INPUTS = (0.0, 1.0, -1.0, 2.5, 30.0, -30.0, 1000.0, -1000.0)


def _solve_for_p_problem(z, call):
    """(what is wrong with one call of the learner's solve_for_p, its kind) or None."""
    expected = float(sigmoid(z))
    if call.error:
        kind = "overflow" if call.error.startswith("OverflowError") else "error"
        return f"raised {call.error}", kind
    if call.value is None:
        return "returned None — did you forget `return`?", "error"
    try:
        value = _as_number(call.value)
    except _Unreadable:
        return f"returned {_describe_value(call.value)}, not a number.", "error"
    overflowed = any("overflow" in w or "invalid" in w for w in call.warned)
    if not math.isfinite(value):
        if overflowed or call.warned:
            return f"returned {_fmt(value)}, not a probability (exp overflowed).", "overflow"
        return f"returned {_fmt(value)}, not a probability.", "value"
    if math.isclose(value, expected, rel_tol=REL_TOL, abs_tol=1e-300):
        if call.warned:
            return f"returned {_fmt(value)} but warned: {call.warned[0]}.", "overflow"
        return None
    text = f"returned {_fmt(value)}, expected {_fmt(expected)}"
    if z != 0 and math.isclose(value, float(sigmoid(-z)), rel_tol=REL_TOL):
        return text + " (that is σ(−z): the sign is flipped).", "sign"
    if abs(z) < 700 and math.isclose(value, math.exp(z), rel_tol=REL_TOL):
        return text + " (that is e^z, the odds).", "odds"
    if z <= -20 and math.isclose(value, expected, rel_tol=1e-2):
        return text + " (digits lost: 1 − σ(−z) subtracts two nearly equal numbers).", "cancel"
    if call.warned:
        return text + f" and warned: {call.warned[0]}.", "overflow"
    return text + ".", "value"


@_never_raises
def grade_solve_for_p(func):
    """Grade a learner's ``solve_for_p(z)``: the p with log(p / (1 − p)) = z, i.e. σ(z).

    It is run on z = 0, 1, −1, 2.5, 30, −30, 1000 and −1000, each as a Python
    float, and compared with :func:`helpers.sigmoid` to a relative tolerance
    of 1e-6 (at z = −1000 the answer underflows to 0.0, which is right). A
    call fails if it raises (math.exp(1000) raises OverflowError), returns
    something that is not a number, returns nan or inf, returns a wrong value,
    or warns (numpy's overflow in exp, an invalid inf / inf). Underflow is fine.

    Returns
    -------
    Verdict
    """
    formula = "solving log(p / (1 − p)) = z gives p = e^z / (1 + e^z) = 1 / (1 + e^(−z))."
    if _is_unanswered(func):
        return _not_answered(formula)
    if not callable(func):
        return _not_a_function(func, "check_solve_for_p(solve_for_p)")
    failures, kinds = [], set()
    for z in _SOLVE_FOR_P_INPUTS:
        problem = _solve_for_p_problem(z, _run(func, z))
        if problem:
            failures.append(f"solve_for_p({z!r}) {problem[0]}")
            kinds.add(problem[1])
    if not failures:
        return _right(f"Correct: your solve_for_p(z) is right on all {len(_SOLVE_FOR_P_INPUTS)} "
                      "test inputs, z = ±1000 included.")
    if "sign" in kinds:
        hint = "check the sign: e^z / (1 + e^z) = 1 / (1 + e^(−z)), with a minus in the exponent."
    elif "odds" in kinds:
        hint = "e^z is the odds p / (1 − p); turn the odds into p with odds / (1 + odds)."
    elif "overflow" in kinds or "cancel" in kinds:
        hint = ("use exp(−|z|), which is at most 1 and never overflows: with e = exp(−|z|), "
                "return 1 / (1 + e) for z ≥ 0 and e / (1 + e) for z < 0.")
    else:
        hint = formula
    count = f"{len(failures)} of {len(_SOLVE_FOR_P_INPUTS)} inputs fail"
    return _wrong(f"Not quite: {count}.", hint, failures)


def check_solve_for_p(func):
    """Check a learner-written ``solve_for_p(z)``, the inverse of the logit (notebook 05).

    Prints the verdict; see :func:`grade_solve_for_p`.

    Examples
    --------
    >>> import math
    >>> check_solve_for_p(...)
    … not answered yet: replace the ... with your answer and run the cell again.
    Hint: solving log(p / (1 − p)) = z gives p = e^z / (1 + e^z) = 1 / (1 + e^(−z)).
    >>> def solve_for_p(z):
    ...     return 1 / (1 + math.exp(-z))
    >>> check_solve_for_p(solve_for_p)
    ❌ Not quite: 1 of 8 inputs fail.
      - solve_for_p(-1000.0) raised OverflowError: math range error
    Hint: use exp(−|z|), which is at most 1 and never overflows: with e = exp(−|z|),
    return 1 / (1 + e) for z ≥ 0 and e / (1 + e) for z < 0.
    >>> def solve_for_p(z):
    ...     e = math.exp(-abs(z))
    ...     return 1 / (1 + e) if z >= 0 else e / (1 + e)
    >>> check_solve_for_p(solve_for_p)
    ✅ Correct: your solve_for_p(z) is right on all 8 test inputs, z = ±1000 included.
    """
    _show(grade_solve_for_p(func))


@_never_raises
def grade_odds_multiplier(w, answer):
    """Grade: the factor e^w by which a weight w multiplies the odds per unit of its feature.

    Parameters
    ----------
    w : float
        The weight of one feature in a linear score z = w · x + b.
    answer : float
        The learner's factor.

    Returns
    -------
    Verdict
    """
    w = float(w)
    expected = math.exp(w)
    return _grade_number(
        answer,
        expected,
        correct=f"one more unit adds {_fmt(w)} to the log-odds, so it multiplies the odds "
        f"by e^{_fmt(w)} = {_fmt(expected)}.",
        hint="the weight is added to the log-odds z = log(odds); what does adding w to a log "
        "do to the number inside it?",
        mistakes=[
            (w, "that is what the weight adds to the log-odds; the odds are multiplied "
             "by e^w."),
            (math.exp(-w), "the sign is flipped: that is e^(−w)."),
            (float(sigmoid(w)), "that is σ(w), a probability; the factor on the odds is e^w."),
            (10.0**w, "that uses base 10; the log-odds use the natural log, so use e^w."),
            (1 + w, "1 + w is only an approximation of e^w for small w; compute e^w."),
        ],
    )


def check_odds_multiplier(w, answer):
    """Check the factor e^w on the odds for one unit of a feature with weight w (notebook 05).

    Prints the verdict; see :func:`grade_odds_multiplier`.

    Examples
    --------
    >>> import math
    >>> check_odds_multiplier(0.4, ...)
    … not answered yet: replace the ... with your answer and run the cell again.
    Hint: the weight is added to the log-odds z = log(odds);
    what does adding w to a log do to the number inside it?
    >>> check_odds_multiplier(0.4, 0.4)
    ❌ Not quite: you gave 0.4; that is what the weight adds to the log-odds;
    the odds are multiplied by e^w.
    Hint: the weight is added to the log-odds z = log(odds);
    what does adding w to a log do to the number inside it?
    >>> check_odds_multiplier(0.4, math.exp(0.4))
    ✅ Correct: one more unit adds 0.4 to the log-odds,
    so it multiplies the odds by e^0.4 = 1.491825.
    """
    _show(grade_odds_multiplier(w, answer))


# --- notebook 06: the K-class derivation ------------------------------------------


@_never_raises
def grade_reference_probability(r, answer):
    """Grade: P_K = 1 / (1 + Σ e^(r_i)) from the log-odds r_i = log(P_i / P_K).

    Parameters
    ----------
    r : sequence of float
        The K − 1 log-odds against the reference class K, e.g. ``[r1, r2]``
        for K = 3.
    answer : float
        The learner's P_K.

    Returns
    -------
    Verdict
    """
    r = np.atleast_1d(np.asarray(r, dtype=np.float64))
    probs = probs_from_reference_log_odds(r)
    expected = float(probs[-1])
    exp_sum = float(np.sum(np.exp(r)))
    return _grade_number(
        answer,
        expected,
        correct=f"P_{r.size + 1} = 1 / (1 + {_fmt(exp_sum)}) = {_fmt(expected)}.",
        hint="the probabilities sum to 1 and P_i = e^(r_i) · P_K, so "
        "P_K · (1 + e^(r_1) + e^(r_2) + …) = 1.",
        mistakes=[
            (1 / exp_sum, "you left out the reference class's own term e⁰ = 1 in the sum."),
            (1 / (1 + float(np.sum(np.exp(-r)))),
             "the signs of r are flipped: P_i = e^(+r_i) · P_K."),
            (1 / (1 + float(np.sum(r))), "the r_i are logs: use e^(r_i), not r_i."),
            *((float(p), "that is one of the other classes, not the reference class K.")
              for p in probs[:-1]),
        ],
    )


def check_reference_probability(r, answer):
    """Check the reference-class probability P_K from K − 1 log-odds (notebook 06).

    Prints the verdict; see :func:`grade_reference_probability`.

    Examples
    --------
    >>> import math
    >>> check_reference_probability([math.log(3), 0.0], 1 / (1 + 3 + 1))
    ✅ Correct: P_3 = 1 / (1 + 4.0) = 0.2.
    >>> check_reference_probability([math.log(3), 0.0], 0.25)
    ❌ Not quite: you gave 0.25; you left out the reference class's own term e⁰ = 1 in the sum.
    Hint: the probabilities sum to 1 and P_i = e^(r_i) · P_K,
    so P_K · (1 + e^(r_1) + e^(r_2) + …) = 1.
    """
    _show(grade_reference_probability(r, answer))


@_never_raises
def grade_shift_invariance(z, probs, shifted_probs):
    """Grade a shift-invariance check: softmax(z) and softmax(z + c) are equal.

    Parameters
    ----------
    z : sequence of float
        The scores.
    probs : sequence of float
        The learner's softmax(z).
    shifted_probs : sequence of float
        The learner's softmax(z + c) for a constant c of their choice.

    Returns
    -------
    Verdict
    """
    hint = "softmax(z)_i = e^(z_i) / Σ_j e^(z_j); for z + c, e^c is a common factor of every term."
    if any(_is_unanswered(answer) for answer in (z, probs, shifted_probs)):
        return _not_answered(hint)
    z = np.asarray(z, dtype=np.float64)
    expected = softmax(z)
    details = []
    for name, answer in (("softmax(z)", probs), ("softmax(z + c)", shifted_probs)):
        try:
            got = _as_vector(answer, expected.shape)
        except _Unreadable as why:
            details.append(f"{name}: {why}")
            continue
        if not np.isfinite(got).all():
            details.append(f"{name}: {_fmt_array(got)} contains inf or nan.")
        elif not np.allclose(got, expected, rtol=REL_TOL, atol=ABS_TOL):
            total = float(np.sum(got))
            extra = "" if _close(total, 1.0) else f" It sums to {_fmt(total)}: normalise it."
            details.append(f"{name}: you gave {_fmt_array(got)}, which is not softmax(z).{extra}")
    if not details:
        return _right(f"Correct: both are {_fmt_array(expected)}. Adding a constant to every "
                      "score changes nothing.")
    return _wrong("Not quite.", hint, details)


def check_shift_invariance(z, probs, shifted_probs):
    """Check that softmax(z) and softmax(z + c) were both computed as softmax(z) (notebook 06).

    Prints the verdict; see :func:`grade_shift_invariance`.

    Examples
    --------
    >>> import numpy as np
    >>> z = np.array([1.0, 2.0, 3.0])
    >>> p = np.exp(z) / np.exp(z).sum()
    >>> check_shift_invariance(z, p, np.exp(z + 10) / np.exp(z + 10).sum())
    ✅ Correct: both are [0.09003057, 0.2447285, 0.665241].
    Adding a constant to every score changes nothing.
    >>> check_shift_invariance(z, p, np.exp(z + 10))
    ❌ Not quite.
      - softmax(z + c): you gave [59874.14, 162754.8, 442413.4], which is not softmax(z).
    It sums to 665042.3: normalise it.
    Hint: softmax(z)_i = e^(z_i) / Σ_j e^(z_j); for z + c, e^c is a common factor of every term.
    """
    _show(grade_shift_invariance(z, probs, shifted_probs))


def _probs_from_log_odds_mistakes(r):
    """(vector of K values, explanation) for the likely wrong answers, class K last."""
    e = np.exp(r)
    odds_vector = np.append(e, 1.0)
    mistakes = [
        (odds_vector, "these are e^(r_i) and e⁰ = 1, the odds of each class against class K: "
         "divide them by their sum to get probabilities."),
        (odds_vector / float(np.sum(e)), "the denominator is missing the reference class's own "
         "term e⁰ = 1, so these add up to more than 1."),
        (softmax(np.append(0.0, r)), "that makes class 1 the reference; here the reference is "
         "class K, the last one, so its score 0 goes at the end."),
        (probs_from_reference_log_odds(-r), "the signs of r are flipped: P_i = e^(+r_i) · P_K."),
    ]
    scores = np.append(r, 0.0)
    if float(np.sum(scores)) != 0.0:
        mistakes.append((scores / float(np.sum(scores)),
                         "the r_i are logs: use e^(r_i), not r_i itself, before normalising."))
    return mistakes


def _short_probs_problem(r, got):
    """What is wrong with an answer that has K − 1 values instead of K."""
    missing = "the reference class K at the end, with P_K = 1 / (1 + Σ_j e^(r_j))"
    if np.allclose(got, softmax(r), rtol=_MISTAKE_REL_TOL, atol=ABS_TOL):
        return ("that is softmax(r) over the other classes only: the reference class is "
                f"missing, and so is its e⁰ = 1 in the denominator. Add {missing}.")
    if np.allclose(got, probs_from_reference_log_odds(r)[:-1], rtol=_MISTAKE_REL_TOL,
                   atol=ABS_TOL):
        which = "that is P_1" if r.size == 1 else f"those are P_1 … P_{r.size}"
        return f"{which}, right so far; now add {missing}."
    return f"the answer has one probability per class, {r.size + 1} in all: add {missing}."


@_never_raises
def grade_probs_from_log_odds(r, answer):
    """Grade: all K probabilities from K − 1 log-odds r_i = log(P_i / P_K), class K last.

    The answer is P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K, which is
    softmax([r_1, …, r_(K−1), 0]). The likely mistakes each get their own
    explanation: leaving the vector unnormalised, leaving the reference class's
    1 out of the denominator, putting the reference class first, flipping the
    signs, normalising the r_i without exponentiating, and leaving out class K.

    Parameters
    ----------
    r : sequence of float
        The K − 1 log-odds against the reference class K; a single number means K = 2.
    answer : sequence of float
        The learner's K probabilities, in class order, the reference class K last.

    Returns
    -------
    Verdict
    """
    r = np.atleast_1d(np.asarray(r, dtype=np.float64))
    if r.ndim != 1 or r.size == 0 or not np.all(np.isfinite(r)):
        raise ValueError("r must be a 1-D list of at least one finite log-odds")
    expected = probs_from_reference_log_odds(r)
    k = expected.size
    hint = ("P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K: K numbers, the reference "
            "class K last, that add up to 1.")
    if _is_unanswered(answer):
        return _not_answered(hint)
    if isinstance(answer, numbers.Real) and not isinstance(answer, (bool, np.bool_)):
        return _wrong(f"You gave one number; the answer is a list of {k} probabilities, "
                      "one per class.", hint)
    try:
        short = _as_vector(answer, (k - 1,))
    except _Unreadable:
        short = None
    if short is not None and np.isfinite(short).all():
        gave = f"{_count(k - 1, 'number', 'numbers')}, {_fmt_array(short)}"
        return _wrong(f"Not quite: you gave {gave}; {_short_probs_problem(r, short)}", hint)
    try:
        got = _as_vector(answer, (k,))
    except _Unreadable as why:
        return _wrong(str(why), hint)
    if not np.isfinite(got).all():
        return _wrong(f"You gave {_fmt_array(got)}, which contains inf or nan.", hint)
    if np.allclose(got, expected, rtol=REL_TOL, atol=ABS_TOL):
        exp_sum = float(np.sum(np.exp(r)))
        return _right(f"Correct: P = {_fmt_array(expected)}. P_{k} = 1 / (1 + {_fmt(exp_sum)}) "
                      "and each other P_i is e^(r_i) times that.")
    for wrong, explanation in _probs_from_log_odds_mistakes(r):
        if not np.allclose(wrong, expected, rtol=_MISTAKE_REL_TOL, atol=ABS_TOL) and np.allclose(
            got, wrong, rtol=_MISTAKE_REL_TOL, atol=ABS_TOL
        ):
            return _wrong(f"Not quite: you gave {_fmt_array(got)}; {explanation}", hint)
    if np.allclose(got, expected, rtol=1e-3, atol=1e-6):
        return _wrong(f"Close: you gave {_fmt_array(got)}, which is off in the later digits.",
                      "compute the values in code instead of typing rounded digits.")
    total = float(np.sum(got))
    if np.any(got < 0):
        why = "it has a negative entry, and no probability is negative."
    elif not _close(total, 1.0):
        why = f"it sums to {_fmt(total)}, not 1."
    else:
        why = ("it sums to 1, but it is not the distribution these log-odds give: "
               f"check that P_i / P_{k} = e^(r_i) for each i.")
    return _wrong(f"Not quite: you gave {_fmt_array(got)}; {why}", hint)


def check_probs_from_log_odds(r, answer):
    """Check the K probabilities from K − 1 log-odds against class K (notebook 06).

    Prints the verdict; see :func:`grade_probs_from_log_odds`.

    Examples
    --------
    >>> import math
    >>> check_probs_from_log_odds([math.log(3), 0.0], ...)
    … not answered yet: replace the ... with your answer and run the cell again.
    Hint: P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K: K numbers,
    the reference class K last, that add up to 1.
    >>> check_probs_from_log_odds([math.log(3), 0.0], [3.0, 1.0, 1.0])
    ❌ Not quite: you gave [3.0, 1.0, 1.0]; these are e^(r_i) and e⁰ = 1,
    the odds of each class against class K: divide them by their sum to get probabilities.
    Hint: P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K: K numbers,
    the reference class K last, that add up to 1.
    >>> check_probs_from_log_odds([math.log(3), 0.0], [0.6, 0.2, 0.2])
    ✅ Correct: P = [0.6, 0.2, 0.2]. P_3 = 1 / (1 + 4.0)
    and each other P_i is e^(r_i) times that.
    """
    _show(grade_probs_from_log_odds(r, answer))


# --- notebook 07: softmax in practice ---------------------------------------------

_SOFTMAX_RANDOM = np.random.default_rng(20240607).normal(0.0, 5.0, size=7)
_SOFTMAX_CASES = (
    ("[1000, 1000]", np.array([1000.0, 1000.0])),
    ("[-1000, 0]", np.array([-1000.0, 0.0])),
    ("[[1, 2, 3], [1000, 0, -1000]]", np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]])),
    ("[3, 3, 3, 3]", np.array([3.0, 3.0, 3.0, 3.0])),
    ("a random vector of 7 scores", _SOFTMAX_RANDOM),
)


def _softmax_problem(z, call):
    """(what is wrong with one call of the learner's softmax, its kind) or None."""
    expected = softmax(z, axis=-1)
    if call.error:
        return f"raised {call.error}", "error"
    if call.value is None:
        return "returned None — did you forget `return`?", "error"
    try:
        with _quiet():
            got = np.asarray(call.value)
            if got.dtype.kind not in "iuf":
                raise TypeError
            got = got.astype(np.float64)
    except Exception:
        return f"returned {_describe_value(call.value)}, not an array of real numbers.", "type"
    if got.shape != z.shape:
        return f"returned an array of shape {got.shape}, expected shape {z.shape}.", "shape"
    if not np.isfinite(got).all():
        return f"returned {_fmt_array(got)}, which contains nan or inf.", "overflow"
    if call.warned:
        return f"warned: {call.warned[0]}.", "overflow"
    if np.allclose(got, expected, rtol=REL_TOL, atol=ABS_TOL):
        return None
    text = f"returned {_fmt_array(got)}, expected {_fmt_array(expected)}."
    if z.ndim == 2:
        if np.allclose(got.sum(axis=0), 1.0):
            return text + " Each column sums to 1 instead of each row.", "axis"
        if _close(float(got.sum()), 1.0):
            return text + " The whole batch sums to 1 instead of each row.", "axis"
    return text, "value"


@_never_raises
def grade_softmax_function(func):
    """Grade a learner's numerically stable ``softmax(z)``.

    It is run on ``[1000, 1000]``, ``[-1000, 0]``, a 2-D batch (each row must
    sum to 1: softmax along the last axis), an all-equal vector and a random
    vector, each a float64 array, and compared with :func:`helpers.softmax`.
    A call fails if it raises, returns nan or inf, returns the wrong shape or
    values, or warns (overflow, division by zero, invalid value). Underflow,
    as in exp(-1000) == 0, is fine.

    Returns
    -------
    Verdict
    """
    general = "softmax(z) = exp(z − max z) / sum(exp(z − max z)), taken along the last axis."
    if _is_unanswered(func):
        return _not_answered(general)
    if not callable(func):
        return _not_a_function(func, "check_softmax_function(softmax)")
    failures, kinds = [], set()
    for label, z in _SOFTMAX_CASES:
        call = _run(func, z.copy())
        problem = _softmax_problem(z, call)
        if problem:
            failures.append(f"softmax({label}) {problem[0]}")
            kinds.add(problem[1])
    if not failures:
        return _right(f"Correct: your softmax passes all {len(_SOFTMAX_CASES)} tests, "
                      "huge scores and a batch included.")
    if "overflow" in kinds:
        hint = ("subtract the largest score first: exp(z − max z) never overflows, "
                "and the shift does not change softmax.")
    elif "axis" in kinds or "shape" in kinds:
        hint = "work along the last axis: np.max(z, axis=-1, keepdims=True) and the same for sum."
    else:
        hint = general
    count = f"{len(failures)} of {len(_SOFTMAX_CASES)} tests fail"
    return _wrong(f"Not quite: {count}.", hint, failures)


def check_softmax_function(func):
    """Check a learner-written stable ``softmax(z)`` (notebook 07).

    Prints the verdict; see :func:`grade_softmax_function`.

    Examples
    --------
    >>> import numpy as np
    >>> def softmax(z):
    ...     e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    ...     return e / e.sum(axis=-1, keepdims=True)
    >>> check_softmax_function(softmax)
    ✅ Correct: your softmax passes all 5 tests, huge scores and a batch included.
    >>> def softmax(z):
    ...     return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)
    >>> check_softmax_function(softmax)
    ❌ Not quite: 2 of 5 tests fail.
      - softmax([1000, 1000]) returned [nan, nan], which contains nan or inf.
      - softmax([[1, 2, 3], [1000, 0, -1000]]) returned
    [[0.09003057, 0.2447285, 0.665241], [nan, 0.0, 0.0]], which contains nan or inf.
    Hint: subtract the largest score first: exp(z − max z) never overflows,
    and the shift does not change softmax.
    """
    _show(grade_softmax_function(func))


def _top_probability(z, temperature):
    return float(np.max(softmax(z, temperature=temperature)))


def _temperature_for_top(z, target):
    """The T > 0 at which the largest softmax(z / T) equals ``target``.

    The top probability falls strictly from 1 (T → 0) to 1/K (T → ∞), so a
    bisection on log T finds the one root; 200 halvings reach the float limit.
    """
    lo, hi = -30.0, 30.0  # log T; the top probability is above target at lo, below at hi
    for _ in range(200):
        mid = (lo + hi) / 2
        if _top_probability(z, math.exp(mid)) > target:
            lo = mid
        else:
            hi = mid
    return math.exp((lo + hi) / 2)


@_never_raises
def grade_temperature_for_top(answer, z=(2.0, 1.0, 0.1), target=0.9):
    """Grade: the temperature T at which the top class of softmax(z / T) reaches ``target``.

    An answer within 1e-3 of the exact root is accepted.

    Parameters
    ----------
    answer : float
        The learner's T.
    z : sequence of float, default (2, 1, 0.1)
        The scores (not all equal).
    target : float, default 0.9
        The probability of the top class, between 1/K and 1.

    Returns
    -------
    Verdict
    """
    z = np.asarray(z, dtype=np.float64)
    target = float(target)
    exact = _temperature_for_top(z, target)
    percent = f"{100 * target:g} %"
    hint = (f"the top class gets {100 * _top_probability(z, 1.0):.1f} % at T = 1; "
            f"does T need to go up or down to reach {percent}? Try values and narrow in.")
    if _is_unanswered(answer):
        return _not_answered(hint)
    try:
        value = _as_number(answer)
    except _Unreadable as why:
        return _wrong(str(why), hint)
    if abs(value - exact) <= 1e-3:
        return _right(f"Correct: at T = {exact:.4f} the top class gets {percent}.")
    if not (value > 0 and math.isfinite(value)):
        return _wrong(f"You gave {_fmt(value)}, but a temperature must be > 0 and finite.", hint)
    reached = 100 * _top_probability(z, value)
    if _close(value, 1 / exact, 1e-2):
        return _wrong(f"Not quite: you gave {_fmt(value)}, which is 1 / T, not T.", hint)
    direction = "lower" if value > exact else "higher"
    return _wrong(
        f"Not quite: at T = {_fmt(value)} the top class gets {reached:.2f} %, "
        f"not {percent}. Go {direction}.",
        hint,
    )


def check_temperature_for_top(answer, z=(2.0, 1.0, 0.1), target=0.9):
    """Check the temperature at which the top class reaches a target probability (notebook 07).

    Prints the verdict; see :func:`grade_temperature_for_top`.

    Examples
    --------
    >>> check_temperature_for_top(0.432)
    ✅ Correct: at T = 0.4320 the top class gets 90 %.
    >>> check_temperature_for_top(0.5)
    ❌ Not quite: at T = 0.5 the top class gets 86.38 %, not 90 %. Go lower.
    Hint: the top class gets 65.9 % at T = 1; does T need to go up or down to reach 90 %?
    Try values and narrow in.
    """
    _show(grade_temperature_for_top(answer, z, target))


# --- notebook 07: the cross-entropy gradient ----------------------------------------


def _vectors_close(a, b, rel):
    return bool(np.allclose(a, b, rtol=rel, atol=rel * 0.1))


def _gradient_mistakes(z, c, p, y, scale, base):
    """(wrong gradient, explanation) pairs for the likely mistakes in p − y."""
    k = z.size
    mistakes = [
        (-scale * (p - y), "the sign is flipped: that is y − p, the direction in which the loss "
                           "falls, not its gradient."),
        (scale * p, "that is p alone; subtract y, the one-hot vector of the true class."),
        (scale * (p - c), f"you subtracted the class index {c} from every entry; y is a one-hot "
                          f"vector: 1 at index {c}, 0 elsewhere."),
        (scale * (p - 1), "you subtracted 1 from every entry; y is 1 only at the true class."),
        (scale * (z - y), "you used the scores z; use the probabilities p = softmax(z)."),
        (z - y, "you used the scores z; use the probabilities p = softmax(z)."),
        (-y / p, "that is the derivative with respect to the probabilities p; the gradient "
                 "asked for is with respect to the scores z."),
    ]
    mistakes += [
        (scale * (p - one_hot(j, k)), f"your y has its 1 at index {j}, but the true class is "
                                      f"index {c} (indices count from 0).")
        for j in range(k) if j != c
    ]
    if base is not None:
        mistakes += [
            (p - y, f"you left out the factor ln b = ln {_fmt(base)} = {_fmt(scale)}."),
            (softmax(z) - y, "that is the base-e gradient; with base b, use "
                             "p = softmax(z, base=b) and multiply by ln b."),
            ((p - y) / scale, "you divided by ln b; multiply by it."),
        ]
    return mistakes


def _one_number_instead(answer, loss, k):
    """The message for a single number given as the gradient, or None for other answers."""
    if isinstance(answer, (bool, np.bool_)):
        return None
    if not (isinstance(answer, numbers.Real) or (isinstance(answer, np.ndarray)
                                                 and answer.ndim == 0
                                                 and answer.dtype.kind in "iuf")):
        return None
    value = float(answer)
    if math.isnan(value):
        return f"You gave nan, which means 'no value'; the gradient has {k} numbers, one per class."
    if math.isfinite(value) and _close(value, loss, _MISTAKE_REL_TOL):
        return (f"You gave one number, {_fmt(value)}: that is the loss −log p_c itself. "
                f"Its gradient has {k} entries, one per class.")
    return f"You gave one number; the gradient has {k} entries, one per class."


@_never_raises
def grade_cross_entropy_gradient(z, true_class, answer, base=None):
    """Grade: the gradient of the cross-entropy loss with respect to the scores.

    The loss for scores ``z`` and true class ``c`` is L = −Σ_k y_k log p_k =
    −log p_c, with p = softmax(z) and y the one-hot vector of c (natural log).
    Its gradient is ∂L/∂z_i = p_i − y_i. With ``base`` b, p = softmax(z, base=b)
    and the gradient is ln b · (p_i − y_i).

    Parameters
    ----------
    z : sequence of float
        The scores (logits) of the K classes, K >= 2.
    true_class : int
        The index of the true class, counting from 0.
    answer : sequence of float
        The learner's gradient, one entry per class.
    base : float or None, default None
        The base of the softmax; None means e.

    Returns
    -------
    Verdict
    """
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 1 or z.size < 2 or not np.isfinite(z).all():
        raise ValueError("z must be a finite vector of at least two scores")
    k, c = z.size, operator.index(true_class)
    y = one_hot(c, k)
    scale = 1.0 if base is None else math.log(float(base))
    p = softmax(z) if base is None else softmax(z, base=base)
    expected = scale * (p - y)
    loss = -math.log(float(p[c]))
    if base is None:
        formula = "p − y"
        hint = ("∂L/∂z_i = p_i − y_i, where p = softmax(z) and y is the one-hot vector of the "
                "true class (indices count from 0).")
    else:
        formula = "ln b · (p − y)"
        hint = ("with base b, ∂L/∂z_i = ln b · (p_i − y_i), where p = softmax(z, base=b) and y is "
                "the one-hot vector of the true class.")
    if _is_unanswered(answer):
        return _not_answered(hint)
    single = _one_number_instead(answer, loss, k)
    if single:
        return _wrong(single, hint)
    try:
        got = _as_vector(answer, expected.shape)
    except _Unreadable as why:
        return _wrong(str(why), hint)
    if not np.isfinite(got).all():
        return _wrong(f"You gave {_fmt_array(got)}, which contains nan or inf.", hint)
    if np.allclose(got, expected, rtol=REL_TOL, atol=ABS_TOL):
        return _right(f"Correct: {formula} = {_fmt_array(expected)}. It sums to 0.")
    for wrong, explanation in _gradient_mistakes(z, c, p, y, scale, base):
        if not _vectors_close(wrong, expected, _MISTAKE_REL_TOL) and _vectors_close(
            got, wrong, _MISTAKE_REL_TOL
        ):
            return _wrong(f"Not quite: {explanation}", hint)
    if np.max(np.abs(got - expected)) <= 0.01:
        return _wrong(
            f"Close: you gave {_fmt_array(got)}, which is off by up to "
            f"{_fmt(np.max(np.abs(got - expected)))}.",
            "compute the value in code instead of typing rounded digits.",
        )
    details = []
    total = float(np.sum(got))
    if not _close(total, 0.0):
        details.append(f"Yours sums to {_fmt(total)}; {formula} always sums to 0, because p and "
                       "y both sum to 1.")
    return _wrong(f"Not quite: you gave {_fmt_array(got)}.", hint, details)


def check_cross_entropy_gradient(z, true_class, answer, base=None):
    """Check the cross-entropy gradient p − y with respect to the scores (notebook 07).

    Prints the verdict; see :func:`grade_cross_entropy_gradient`.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import one_hot, softmax
    >>> z = np.array([2.0, 1.0, 0.1])
    >>> check_cross_entropy_gradient(z, 1, ...)
    … not answered yet: replace the ... with your answer and run the cell again.
    Hint: ∂L/∂z_i = p_i − y_i, where p = softmax(z) and y is the one-hot vector of the
    true class (indices count from 0).
    >>> check_cross_entropy_gradient(z, 1, one_hot(1, 3) - softmax(z))
    ❌ Not quite: the sign is flipped: that is y − p, the direction in which the loss falls,
    not its gradient.
    Hint: ∂L/∂z_i = p_i − y_i, where p = softmax(z) and y is the one-hot vector of the
    true class (indices count from 0).
    >>> check_cross_entropy_gradient(z, 1, softmax(z) - one_hot(1, 3))
    ✅ Correct: p − y = [0.6590011, -0.757567, 0.09856589]. It sums to 0.
    """
    _show(grade_cross_entropy_gradient(z, true_class, answer, base))
