"""Instant checkers for the notebooks' "Check yourself" exercises.

Each exercise is one function, ``check_<name>(...)``, which returns a
:class:`Verdict`. A verdict displays itself as its message, as plain text
only, so a checker call as the last line of a cell shows the message and
nothing else:

>>> check_odds_of(0.8, 4)
✅ Correct: the odds of p = 0.8 are 0.8 / 0.2 = 4.0.

``grade_<name>`` is the same function under its older name. ``verdict.ok`` is
True only for a correct answer, and ``bool(verdict)`` is ``verdict.ok``, so
``assert check_odds_of(0.8, 4)`` works in a solution or a test.

Adding a numeric exercise takes a few lines: a ``check_<name>`` that computes
the exact value and calls :func:`_grade` with the formula shown after ✅, the
hint, and a table of typical mistakes (wrong value → explanation), each text a
message id of :mod:`helpers.messages`; see :func:`check_odds_of`.

A message starts with one verdict line: ``✅ ...`` for a correct answer,
``❌ ...`` for a wrong one, ``… not answered yet: ...`` for ``None`` or
``...`` (what the starter cells hold). A ❌ may list one indented line per
failing input, and ends with a line starting ``Hint:``; a not-answered
verdict has the hint as its second line.

**Grading like a teacher.** A number within a relative 1e-6 (plus 1e-9
absolute) of the exact value is correct. So is the exact value rounded to the
decimals the learner wrote, judged from the float's shortest repr (``2.2`` has
one decimal) or from the Fraction or Decimal given, if it keeps at least 2
significant digits: 2.2 for log 9 = 2.197… is correct to 1 decimal; 2 is too
coarse. Lists are graded entry by entry, the significant digits counted
against the largest entry, so ``[0.26, 0.04, 0.57, 0.13]`` is a fine rounding
of a probability vector. A rounding that is off in its last digit, a
percentage where a probability is asked, and each exercise's typical mistakes
get their own hint.

A checker never raises, whatever it is given (a wrong type, nan, text, a list
of the wrong length, a function that raises, warns, prints or returns
garbage), and no warning escapes it. The one exception is KeyboardInterrupt,
so that the learner can stop a function of theirs that never returns.

Every learner-facing string comes from :mod:`helpers.messages`, by id;
numbers are formatted here.
"""

import contextlib
import functools
import io
import math
import numbers
import operator
import types
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import numpy as np

from helpers.messages import MessageMap, message
from helpers.numerics import (
    log_softmax,
    logit,
    logsumexp,
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
    "MULTILABEL_TASKS",
    "Verdict",
    "check_cross_entropy_gradient",
    "check_initial_loss",
    "check_log_transform_statement",
    "check_logit_of",
    "check_logit_symmetry",
    "check_logsumexp_function",
    "check_multilabel_or_multiclass",
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
    "check_sigmoid_symmetry",
    "check_softmax_function",
    "check_softmax_regression_gradient",
    "check_solve_for_p",
    "check_temperature_and_accuracy",
    "check_temperature_for_top",
    "check_valid_distributions",
    "check_z_for_sigmoid",
]

REL_TOL = 1e-6
ABS_TOL = 1e-9
_MISTAKE_REL_TOL = 1e-3  # a known mistake, or a near miss, is recognised within this


@dataclass(frozen=True, repr=False)
class Verdict:
    """The outcome of grading one answer: ``ok`` (a bool) and ``message`` (text).

    A verdict displays as its message: ``repr``, ``str`` and IPython's
    plain-text display all give the message, and there is no HTML form, so a
    notebook shows exactly the message. ``bool(verdict)`` is ``verdict.ok``:
    ``assert check_odds_of(0.8, 4)`` passes and ``assert check_odds_of(0.8, 5)``
    fails (a tuple would be true even for a wrong answer).
    """

    ok: bool
    message: str

    def __repr__(self):
        return self.message

    __str__ = __repr__

    def __bool__(self):
        return self.ok

    def _repr_pretty_(self, printer, cycle):
        printer.text(self.message)


# --- formatting ----------------------------------------------------------------


def _fmt(x):
    """A float as short, deterministic text: 4.0, 0.6, 2.197225, inf, nan."""
    x = float(x)
    text = repr(x)
    if len(text) <= 10:
        return text
    text = f"{x:.7g}"
    return text if any(c in text for c in ".en") else text + ".0"


def _fmt_exact(x):
    """Like _fmt, with … when the digits shown are not the whole value."""
    text = _fmt(x)
    return text if not math.isfinite(x) or float(text) == float(x) else text + "…"


def _fmt_array(a, limit=6):
    """A float array as [0.5, 0.5] or [[...], [...]], never a numpy repr."""
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 0:
        return _fmt(a)
    items = [_fmt_array(row, limit) for row in a[:limit]]
    if len(a) > limit:
        items.append("…")
    return "[" + ", ".join(items) + "]"


def _fmt_written(value, decimals):
    """The learner's number as they wrote it: 2, 2.2, 0.039 (not 2.0 for 2)."""
    if decimals is not None and 0 <= decimals <= 12 and math.isfinite(value):
        return f"{value:.{decimals}f}"
    return _fmt(value)


def _one_line(text, limit=120):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _m(key, **fields):
    """The message ``key`` in the current language; float fields formatted by _fmt."""
    for name, value in fields.items():
        if isinstance(value, (float, np.floating, Fraction)):
            fields[name] = _fmt(value)
    return message(key, **fields)


def _plural(n, one, many):
    """message ``one`` or ``many`` for the count n, with n as its field."""
    return _m(one if n == 1 else many, n=f"{n:g}")


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
        return _m("describe.text", text=_one_line(repr(value), 40))
    if callable(value) and not isinstance(value, np.ndarray):
        name = getattr(value, "__name__", None)
        if isinstance(name, str):
            return _m("describe.function", name=_one_line(name, 40))
        return _m("describe.a_function")
    return _m("describe.type", type=type(value).__name__)


# --- verdicts ------------------------------------------------------------------


def _is_unanswered(answer):
    return answer is None or answer is Ellipsis


def _not_answered(hint, function=None):
    """The verdict for None or ``...``; ``function``: the name a starter cell asks to define."""
    if function is None:
        text = _m("common.not_answered")
    else:
        text = _m("common.not_answered_function", name=function)
    return Verdict(False, text + "\n" + _m("common.hint", hint=hint))


def _right(text):
    return Verdict(True, f"✅ {text}")


def _wrong(text, hint, details=()):
    lines = [f"❌ {text}", *(f"  - {d}" for d in details), _m("common.hint", hint=hint)]
    return Verdict(False, "\n".join(lines))


def _quiet():
    """Silence warnings and floating-point flags."""
    stack = contextlib.ExitStack()
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    stack.enter_context(np.errstate(all="ignore"))
    return stack


def _checker(check):
    """Make ``check`` a checker: anything it raises becomes a ❌, no warning escapes."""

    @functools.wraps(check)
    def guarded(*args, **kwargs):
        try:
            with _quiet():
                return check(*args, **kwargs)
        except Exception as exc:
            return _wrong(_m("common.unchecked", error=_describe_exception(exc)),
                          _m("common.unchecked_hint"))

    return guarded


# --- reading answers -----------------------------------------------------------


class _Unreadable(Exception):
    """The answer is not of the expected form; the message says why."""


def _as_number(value):
    """``value`` as a float, or raise _Unreadable saying what is wrong with it."""
    if isinstance(value, (str, bytes)):
        text = value.decode(errors="replace") if isinstance(value, bytes) else value
        try:
            float(Fraction(text.strip()))
        except (ValueError, ZeroDivisionError):
            raise _Unreadable(_m("read.text", what=_describe_value(text))) from None
        raise _Unreadable(_m("read.quoted_number", what=_describe_value(text)))
    if isinstance(value, (bool, np.bool_)):
        raise _Unreadable(_m("read.bool", value=str(bool(value))))
    if isinstance(value, (complex, np.complexfloating)) or (
        isinstance(value, numbers.Complex) and not isinstance(value, numbers.Real)
    ):
        raise _Unreadable(_m("read.complex"))
    if callable(value):
        raise _Unreadable(_m("read.function", what=_describe_value(value)))
    if isinstance(value, (list, tuple, set, frozenset, dict, np.ndarray)) and not (
        isinstance(value, np.ndarray) and value.ndim == 0
    ):
        size = np.size(value) if isinstance(value, np.ndarray) else len(value)
        if size == 1 and isinstance(value, (list, tuple, np.ndarray)):
            raise _Unreadable(_m("read.one_in_list"))
        raise _Unreadable(_m("read.many", n=size))
    try:
        return float(value)
    except OverflowError:
        raise _Unreadable(_m("read.too_large")) from None
    except Exception:
        raise _Unreadable(_m("read.text", what=_describe_value(value))) from None


def _as_vector(value, shape):
    """``value`` as a float array of ``shape``, or raise _Unreadable."""
    if isinstance(value, (str, bytes)) or (callable(value) and not isinstance(value, np.ndarray)):
        raise _Unreadable(_m("read.not_a_list", what=_describe_value(value)))
    if isinstance(value, (set, frozenset, dict)):
        raise _Unreadable(_m("read.unordered"))
    try:
        arr = np.asarray(value)
        if arr.dtype.kind == "c":
            raise _Unreadable(_m("read.complex"))
        if arr.dtype.kind == "b":
            raise _Unreadable(_m("read.bools"))
        if arr.dtype.kind in "USO" and any(isinstance(x, (str, bytes)) for x in arr.ravel()):
            raise _Unreadable(_m("read.texts"))
        arr = arr.astype(np.float64)
    except _Unreadable:
        raise
    except Exception:
        raise _Unreadable(_m("read.not_a_list", what=_describe_value(value))) from None
    if arr.shape != tuple(shape):
        if arr.ndim == 1 and len(shape) == 1:
            raise _Unreadable(_m("read.count", n=arr.size, k=shape[0]))
        raise _Unreadable(_m("read.shape", shape=str(arr.shape), expected=str(tuple(shape))))
    return arr


def _close(a, b, rel=REL_TOL):
    return math.isclose(a, b, rel_tol=rel, abs_tol=ABS_TOL)


# --- grading like a teacher: the decimals the learner wrote ---------------------------


def _decimals_written(answer):
    """How many decimals the learner wrote (negative: rounded to tens, …), or None.

    From the shortest repr of a float (``2.2`` → 1, ``1e-05`` → 5), from a
    Decimal, or from a Fraction whose denominator divides a power of 10; an
    int has 0. None for anything else (1/3 is exact, not rounded).
    """
    if isinstance(answer, np.ndarray):
        answer = answer[()]
    if isinstance(answer, (int, np.integer)):
        return 0
    if isinstance(answer, Fraction):
        den = answer.denominator
        for factor in (2, 5):
            while den % factor == 0:
                den //= factor
        if den != 1:
            return None
        exact = Decimal(answer.numerator) / Decimal(answer.denominator)
        return 0 if answer.denominator == 1 else _decimals_of(exact.normalize())
    if isinstance(answer, Decimal):
        return _decimals_of(answer)
    if isinstance(answer, np.floating):  # str is the shortest repr in its own precision
        return _decimals_of(Decimal(str(answer)))
    try:
        return _decimals_of(Decimal(repr(float(answer))))
    except Exception:
        return None


def _decimals_of(number):
    return -number.as_tuple().exponent if number.is_finite() else None


def _leading_digit_place(scale):
    """The place of the leading digit: 1 for 2.197, -1 for 0.039, inf for 0."""
    return math.floor(math.log10(scale)) + 1 if scale > 0 and math.isfinite(scale) else math.inf


# The relation of an answer to a value, from best to worst.
_EXACT, _ROUNDED, _COARSE, _NEAR, _CLOSE = "exact", "rounded", "coarse", "near", "close"


def _judge(value, target, decimals, scale, tolerance=None):
    """How ``value`` (written with ``decimals``) relates to ``target``.

    _EXACT within the tolerance; _ROUNDED if it is ``target`` rounded to the
    decimals written with at least 2 significant digits (counted against
    ``scale``), _COARSE with fewer; _NEAR if off by at most 2 units of the last
    decimal written; _CLOSE if off by at most 1e-3 of the scale; else None.
    """
    if (tolerance or _close)(value, target):
        return _EXACT
    if not (math.isfinite(value) and math.isfinite(target)):
        return None
    off = abs(value - target)
    if decimals is not None and -300 < decimals < 300:
        unit = 10.0**-decimals
        significant = _leading_digit_place(scale) + decimals
        if off <= unit / 2 * (1 + 1e-9) + 4e-16 * abs(target):
            return _ROUNDED if significant >= 2 else _COARSE
        if significant >= 2 and off <= 2 * unit:
            return _NEAR
    if off <= _MISTAKE_REL_TOL * scale:
        return _CLOSE
    return None


def _places(decimals, scale):
    """'3 decimals', '1 decimal', '2 significant digits' or 'the nearest whole number'."""
    if decimals >= 1:
        return _plural(decimals, "number.one_decimal", "number.decimals")
    digits = _leading_digit_place(scale) + decimals
    if digits >= 1:
        return _plural(digits, "number.one_significant", "number.significant")
    return _m("number.whole")


class _Reading(NamedTuple):
    status: str | None  # see _judge
    decimals: int | None  # the coarsest decimals among the entries that are not exact


def _judge_all(answer, got, target, tolerance=None):
    """_judge for one number, or entry by entry for arrays; the worst entry counts.

    The repr of 0.80 is 0.8, so an entry is also judged at the most decimals
    any entry shows: [0.11, 0.8, -0.98] was rounded to 2 decimals.
    """
    got, target = np.atleast_1d(got), np.atleast_1d(np.asarray(target, dtype=np.float64))
    written = answer.ravel() if isinstance(answer, np.ndarray) else np.asarray(
        answer, dtype=object).ravel()
    finite = target[np.isfinite(target)]
    scale = float(np.max(np.abs(finite))) if finite.size else 0.0
    order = (_EXACT, _ROUNDED, _COARSE, _CLOSE, _NEAR, None)
    places = [_decimals_written(item) for item in written]
    most = max((d for d in places if d is not None), default=None)
    worst, decimals = _EXACT, []
    for value, goal, own in zip(got.ravel(), target.ravel(), places, strict=True):
        readings = [(_judge(float(value), float(goal), d, scale, tolerance), d)
                    for d in sorted({own, most} - {None}, reverse=True) or [None]]
        status, d = min(readings, key=lambda pair: order.index(pair[0]))  # ties: more decimals
        if status != _EXACT and d is not None:
            decimals.append(d)
        if order.index(status) > order.index(worst):
            worst = status
    return _Reading(worst, min(decimals) if decimals else None)


def _matches(answer, got, wrong, expected):
    """Whether the answer is the typical mistake ``wrong`` (exactly, rounded or nearly)."""
    wrong = np.asarray(wrong, dtype=np.float64)
    if np.isnan(wrong).any() or np.allclose(wrong, expected, rtol=_MISTAKE_REL_TOL, atol=ABS_TOL):
        return False
    return _judge_all(answer, got, wrong).status in (_EXACT, _ROUNDED, _CLOSE)


def _rounding_outcome(reading, given, expected, correct, probability):
    """(ok, text, hint) for an answer that is not exact, if its reading says enough; else None.

    A correct rounding is ok; a percentage, a too-coarse rounding and a near
    miss get their own hint. ``given`` is (the answer as given, as floats, as text).
    """
    expected = np.asarray(expected, dtype=np.float64)
    scale = float(np.max(np.abs(expected))) if expected.size else 0.0
    places = None if reading.decimals is None else _places(reading.decimals, scale)
    if reading.status == _ROUNDED:
        if expected.ndim:  # the formula shows the values already
            return True, _m("number.rounded_vector", places=places, text=correct), None
        return True, _m("number.rounded", places=places, exact=_fmt_exact(expected),
                        text=correct), None
    if probability and scale > 0:
        if _judge_all(given[0], given[1], 100 * expected).status in (_EXACT, _ROUNDED, _COARSE):
            return False, _m("number.percent", value=given[2]), _m("number.percent_hint")
    if reading.status == _COARSE:
        zeros = _zeros_dropped(given[0], given[1], expected, scale)
        if zeros is not None:  # typed 0.10, arrived as 0.1: a right rounding after all
            padded, decimals = zeros
            fields = {"places": _places(decimals, scale), "value": given[2], "padded": padded,
                      "text": correct}
            if expected.ndim:
                return True, _m("number.rounded_zeros_vector", **fields), None
            return True, _m("number.rounded_zeros", exact=_fmt_exact(expected), **fields), None
        return False, _m("number.coarse", value=given[2], places=places), _m(
            "number.coarse_hint")
    if reading.status in (_NEAR, _CLOSE):
        off = float(np.max(np.abs(given[1] - expected)))
        key = "number.close" if expected.ndim == 0 else "number.close_vector"
        return False, _m(key, value=given[2], off=f"{off:.2g}"), _m("number.close_hint")
    return None


def _zeros_dropped(answer, got, expected, scale):
    """How the learner may have typed a too-coarse float answer, if trailing zeros explain it.

    A float keeps no trailing zeros: 0.10 arrives as 0.1, one significant
    digit. If the answer, written out with zeros to 2 significant digits, is a
    right rounding of ``expected``, return ``(text, decimals)``: it written
    with those zeros ("0.10" for 0.1, "[0.10, 0.90]" for a list) and how many
    decimals that is; else None. Ints, Decimals and Fractions keep what was
    typed, so they get None.
    """
    written = answer.ravel() if isinstance(answer, np.ndarray) else np.asarray(
        answer, dtype=object).ravel()
    if written.size == 0 or not all(isinstance(item, (float, np.floating)) for item in written):
        return None
    need = 2 - _leading_digit_place(scale)  # the decimals that give 2 significant digits
    if not 1 <= need <= 12:
        return None
    got = np.atleast_1d(np.asarray(got, dtype=np.float64))
    expected = np.atleast_1d(expected)
    off = float(np.max(np.abs(got - expected)))
    if not off <= 10.0**-need / 2 * (1 + 1e-9) + 4e-16 * scale:
        return None
    shown = [f"{x:.{need}f}" for x in got[:6]] + (["…"] if got.size > 6 else [])
    if got.size == 1 and np.ndim(answer) == 0:
        return shown[0], need
    return "[" + ", ".join(shown) + "]", need


def _grade(answer, expected, *, correct, hint, mistakes=(), probability=False, tolerance=None,
           otherwise=None):
    """Grade a number or an array of numbers: the declarative core of every exercise.

    ``expected`` is the exact value; ``correct`` the sentence after ✅ (the
    formula), ``hint`` the exercise's hint; ``mistakes`` the table of typical
    mistakes, (wrong value, explanation) pairs; ``probability`` adds the
    percentage check. ``tolerance(value, expected)`` replaces the default
    closeness test, and ``otherwise(value)`` may return the ❌ for an answer that
    matches nothing else.
    """
    if _is_unanswered(answer):
        return _not_answered(hint)
    expected = np.asarray(expected, dtype=np.float64)[()]
    try:
        got = _as_vector(answer, expected.shape) if np.ndim(expected) else _as_number(answer)
    except _Unreadable as why:
        return _wrong(str(why), hint)
    if np.ndim(expected) == 0:
        gave = _fmt_written(got, _decimals_written(answer))
        if math.isnan(got):
            return _wrong(_m("read.nan"), hint)
    elif not np.isfinite(got).all():
        return _wrong(_m("read.nonfinite", got=_fmt_array(got)), hint)
    else:
        gave = _fmt_array(got)
    reading = _judge_all(answer, got, expected, tolerance)
    if reading.status == _EXACT:
        return _right(_m("number.correct", text=correct))
    if reading.status != _ROUNDED:
        for wrong, why in mistakes:
            if _matches(answer, got, wrong, expected):
                return _wrong(_m("number.mistake", value=gave, why=why), hint)
    outcome = _rounding_outcome(reading, (answer, got, gave), expected, correct, probability)
    if outcome is not None:
        ok, text, special_hint = outcome
        return _right(text) if ok else _wrong(text, special_hint)
    verdict = otherwise(got) if otherwise is not None else None
    if verdict is not None:
        return verdict
    if np.ndim(got):
        return _wrong(_m("number.not_quite", value=gave), hint)
    if probability and not 0 <= got <= 1:
        return _wrong(_m("number.not_probability", value=gave), hint)
    if math.isfinite(got) and math.isfinite(expected):
        return _wrong(_m("number.too_large" if got > expected else "number.too_small",
                         value=gave), hint)
    return _wrong(_m("number.not_quite", value=gave), hint)


def _choice_text(answer):
    """A one-element list, tuple, set or array of text as its text; other answers unchanged."""
    if isinstance(answer, np.ndarray) and answer.dtype.kind == "U":
        answer = answer.tolist()
    if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1:
        (item,) = answer
        if isinstance(item, str):
            return item
    return answer


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


def _fmt_any(value):
    return _fmt_array(value) if np.ndim(value) else _fmt(value)


def _function_problem(call, expected, *, close=None, mistakes=(), nonfinite=None):
    """(text, kind) for what is wrong with one call of a learner's function, or None.

    ``expected`` is one number or an array; ``close(got, expected)`` compares
    (default: relative 1e-6, absolute 1e-9). A call fails if it raises, returns
    None, no number, the wrong shape, nan or inf where the answer is finite (said
    by the message id ``nonfinite``, if given or for arrays), a wrong value, or
    warns. ``mistakes`` is the table of typical wrong values: (value, explanation,
    kind[, relative tolerance]).
    """
    if call.error:  # math.exp(1000) raises OverflowError
        kind = "overflow" if call.error.startswith("OverflowError") else "error"
        return _m("function.raised", error=call.error), kind
    if call.value is None:
        return _m("function.returned_none"), "error"
    expected = np.asarray(expected, dtype=np.float64)
    try:
        got = np.asarray(call.value)
        got = got.astype(np.float64) if got.dtype.kind in "iuf" else None
    except Exception:
        got = None
    if got is None:
        key = "function.not_real_array" if expected.ndim else "function.not_number"
        return _m(key, what=_describe_value(call.value)), "type"
    if got.shape != expected.shape:
        if expected.ndim == 0:
            return _m("function.vector", shape=str(got.shape)), "vector"
        return _m("function.shape", shape=str(got.shape), expected=str(expected.shape)), "shape"
    nonfinite = nonfinite or ("function.nonfinite" if expected.ndim else None)
    if nonfinite and not np.isfinite(got).all() and np.isfinite(expected).all():
        return _m(nonfinite, value=_fmt_any(got)), "overflow"
    close = close or (lambda a, b: np.allclose(a, b, rtol=REL_TOL, atol=ABS_TOL))
    if close(got, expected):
        if call.warned:
            return _m("function.warned", value=_fmt_any(got), warning=call.warned[0]), "overflow"
        return None
    value, wanted = _fmt_any(got), _fmt_any(expected)
    for wrong, why, kind, *rel in mistakes:
        if np.allclose(got, wrong, rtol=rel[0] if rel else REL_TOL, atol=0.0):
            return _m("function.expected_because", value=value, expected=wanted, why=why), kind
    if call.warned:
        return _m("function.expected_warned", value=value, expected=wanted,
                  warning=call.warned[0]), "overflow"
    return _m("function.expected", value=value, expected=wanted), "value"


def _grade_function(func, cases, problem, *, name, defined, checker, general, correct,
                    hints=()):
    """Run the learner's ``func`` on each (label, input) case and grade the calls.

    ``problem(x, call)`` is None for a good call, else (text, kind). ``hints``
    holds (kind, hint id) pairs, the first kind found wins; ``general`` is the
    hint id otherwise and for an unanswered cell; ``correct`` the id of the ✅.
    ``name`` is the function's name in the messages about its calls, ``defined``
    the name the starter cell asks the learner to define (``my_softmax``), and
    ``checker`` the checker's.
    """
    if _is_unanswered(func):
        return _not_answered(_m(general), function=defined)
    if not callable(func):
        return _wrong(_m("function.not_a_function", what=_describe_value(func)),
                      _m("function.pass_itself", example=f"{checker}({defined})"))
    failures, kinds = [], set()
    for label, x in cases:
        if label is None:
            label = _m("function.random_case", n=np.size(x))
        found = problem(x, _run(func, *(x.copy() if isinstance(x, np.ndarray) else x,)))
        if found:
            failures.append(_m("function.detail", call=f"{name}({label})", problem=found[0]))
            kinds.add(found[1])
    if not failures:
        return _right(_m(correct, n=len(cases)))
    hint = next((key for kind, key in hints if kind in kinds), general)
    return _wrong(_m("function.failed", failed=len(failures), total=len(cases)), _m(hint),
                  failures)


# --- notebook 01: raw scores ---------------------------------------------------

DISTRIBUTION_CANDIDATES = {
    "A": (0.2, 0.3, 0.5),
    "B": (0.5, 0.5, 0.5),
    "C": (0.7, 0.4, -0.1),
    "D": (1.0, 0.0, 0.0),
    "E": (0.25, 0.25, 0.25, 0.25),
    "F": (0.8175744761936437, 0.6224593312018546, 0.2689414213699951),
}
"""The vectors of the notebook 01 exercise: which are probability distributions?

F is the sigmoid of each score in [1.5, 0.5, -1].
"""


def _why_not_distribution(vector):
    """None for a probability distribution, otherwise the reason it is not one."""
    v = [Fraction(x) for x in vector]
    if min(v) < 0:
        return _m("distributions.negative", value=min(v))
    total = sum(v)
    if abs(total - 1) > Fraction(1, 10**9):
        return _m("distributions.sum", total=total)
    return None


@_checker
def check_valid_distributions(answer, candidates=None):
    """Check which candidate vectors are probability distributions (notebook 01).

    ``answer`` holds the labels of the vectors the learner thinks are
    distributions: a set, list or tuple such as ``{"A", "D"}``, or one string
    (``"A"`` or ``"A, D"``). ``candidates`` defaults to :data:`DISTRIBUTION_CANDIDATES`.

    >>> check_valid_distributions(["A", "C"])
    ❌ Not quite.
      - C is not a distribution: it has a negative entry (-0.1).
      - You left out 2 vectors that are one.
    Hint: a probability distribution has no negative entry, and its entries sum to 1.
    """
    candidates = DISTRIBUTION_CANDIDATES if candidates is None else candidates
    reasons = {label: _why_not_distribution(v) for label, v in candidates.items()}
    valid = {label for label, reason in reasons.items() if reason is None}
    labels = ", ".join(candidates)
    hint = _m("distributions.hint")
    if _is_unanswered(answer):
        return _not_answered(hint)
    if isinstance(answer, np.ndarray) and answer.dtype.kind == "U":
        answer = answer.tolist()
    if isinstance(answer, str):
        answer = answer.replace(",", " ").split() or [answer]
    if not isinstance(answer, (set, frozenset, list, tuple)):
        return _wrong(_m("distributions.not_a_set", what=_describe_value(answer)),
                      _m("distributions.form_hint", labels=labels))
    chosen = set()
    for item in answer:
        if not isinstance(item, str):
            return _wrong(_m("distributions.not_a_label", what=_describe_value(item)),
                          _m("distributions.labels_hint", labels=labels))
        label = item.strip().upper()
        if label not in candidates:
            return _wrong(_m("distributions.no_such", label=_one_line(repr(item), 20)),
                          _m("distributions.labels_hint", labels=labels))
        chosen.add(label)
    if chosen == valid:
        return _right(_m("distributions.correct", labels=", ".join(sorted(valid))))
    details = [_m("distributions.not_one", label=label, why=reasons[label])
               for label in sorted(chosen - valid)]
    missed = len(valid - chosen)
    if missed:
        details.append(_plural(missed, "distributions.left_out_one", "distributions.left_out"))
    return _wrong(_m("common.not_quite"), hint, details)


@_checker
def check_sigmoid_sum(z, answer):
    """Check the sum of a sigmoid per score, Σ σ(z_i) (notebook 01).

    The sum is a number in (0, K) for K scores, not a probability: a wrong
    answer is too large or too small, and one outside (0, K) gets the reason
    why the sum lies inside it.

    >>> check_sigmoid_sum([2.0, 1.0, 0.1], 2.14)
    ✅ Correct to 2 decimals (exactly 2.136835…): the sigmoids of the scores add up
    to 2.136835, not to 1.
    >>> check_sigmoid_sum([2.0, 1.0, 0.1], 213.7)
    ❌ Not quite: you gave 213.7, which is too large.
    Hint: each sigmoid lies in (0, 1), so the sum of 3 of them lies in (0, 3). Apply the
    sigmoid to each score separately, then add the results up.
    """
    z = np.asarray(z, dtype=np.float64)
    total = float(np.sum(sigmoid(z)))
    k = z.size

    def otherwise(value):
        if 0 < value < k:
            return None  # in range: too large or too small, with the general hint
        key = "number.too_large" if value > total else "number.too_small"
        return _wrong(_m(key, value=_fmt_written(value, _decimals_written(answer))),
                      _m("sigmoid_sum.range_hint", k=f"{k}"))

    return _grade(answer, total, correct=_m("sigmoid_sum.correct", value=total),
                  hint=_m("sigmoid_sum.hint"), otherwise=otherwise,
                  mistakes=[(1.0, _m("sigmoid_sum.softmax")),
                            (float(np.sum(z)), _m("sigmoid_sum.raw_scores")),
                            (float(sigmoid(np.sum(z))), _m("sigmoid_sum.sigmoid_of_sum"))])


MULTILABEL_TASKS = MessageMap({
    "A": "multilabel.task_a",
    "B": "multilabel.task_b",
    "C": "multilabel.task_c",
    "D": "multilabel.task_d",
    "E": "multilabel.task_e",
})
"""The tasks of the notebook 01 exercise: multi-label or multi-class? (letter → description)"""

# The answers accepted for each task, and the explanation for a wrong one. "sigmoid"
# (one sigmoid per label) is right where the labels are independent or there is one
# yes/no label; "softmax" (one distribution) where the classes exclude each other.
_MULTILABEL_KEY = {
    "A": ({"multi-label", "sigmoid"}, "multilabel.why_a"),
    "B": ({"multi-class", "softmax"}, "multilabel.why_b"),
    "C": ({"multi-class", "softmax"}, "multilabel.why_c"),
    "D": ({"multi-label", "sigmoid"}, "multilabel.why_d"),
    "E": ({"binary", "multi-class", "softmax", "sigmoid"}, "multilabel.why_e"),
}
_MULTILABEL_WORDS = {
    "multilabel": "multi-label", "sigmoid": "sigmoid", "sigmoids": "sigmoid",
    "multiclass": "multi-class", "softmax": "softmax",
    "binary": "binary", "twoclass": "binary", "2class": "binary",
}


def _multilabel_word(item):
    """'multi-label', 'multi-class', 'binary', 'sigmoid' or 'softmax', or None."""
    if not isinstance(item, str):
        return None
    compact = "".join(c for c in item.lower() if c.isalnum())
    return _MULTILABEL_WORDS.get(compact)


@_checker
def check_multilabel_or_multiclass(answer):
    """Check which tasks of :data:`MULTILABEL_TASKS` are multi-label and which multi-class (01).

    ``answer`` is a dict such as ``{"A": "multi-class", "B": "multi-label", ...}`` or a
    list of strings in task order; case, spaces and hyphens do not matter. A model's
    name counts as its kind: "softmax" is multi-class, "sigmoid" (one per label)
    multi-label. Task E (a card payment, fraudulent or not) is multi-class with
    K = 2, that is binary: "binary", "multi-class", "softmax" and "sigmoid" (one
    sigmoid on one score, the same model) are all right; "multi-label" is not.

    >>> check_multilabel_or_multiclass(["multi-label", "multi-class", "multi-class",
    ...                                 "multi-label", "binary"])
    ✅ Correct: A and D are multi-label (several labels can be true at once: one sigmoid
    per label); B and C are multi-class (exactly one class is true: softmax); E is
    multi-class with K = 2 (binary): fraudulent and not fraudulent exclude each other,
    and one sigmoid on one score is the same model (notebook 06, section 4).
    """
    letters = list(MULTILABEL_TASKS)
    hint = _m("multilabel.hint")
    if _is_unanswered(answer):
        return _not_answered(hint)
    if isinstance(answer, np.ndarray) and answer.dtype.kind == "U":
        answer = answer.tolist()
    if isinstance(answer, (list, tuple)):
        if len(answer) != len(letters):
            return _wrong(_m("multilabel.count", n=len(answer), k=len(letters)),
                          _m("multilabel.form_hint"))
        answer = dict(zip(letters, answer, strict=True))
    if not isinstance(answer, Mapping):
        return _wrong(_m("multilabel.form", what=_describe_value(answer)),
                      _m("multilabel.form_hint"))
    given = {}
    for key, item in answer.items():
        letter = key.strip().upper() if isinstance(key, str) else None
        if letter not in _MULTILABEL_KEY:
            return _wrong(_m("multilabel.no_such", task=_one_line(repr(key), 20),
                             letters=", ".join(letters)), _m("multilabel.form_hint"))
        given[letter] = item
    details = []
    for letter in letters:
        if letter not in given or _is_unanswered(given[letter]):
            details.append(_m("multilabel.missing", task=letter))
            continue
        word = _multilabel_word(given[letter])
        if word is None:
            details.append(_m("multilabel.unknown", task=letter,
                              what=_one_line(repr(given[letter]), 30)))
        elif word not in _MULTILABEL_KEY[letter][0]:
            details.append(_m(_MULTILABEL_KEY[letter][1], task=letter))
    if not details:
        return _right(_m("multilabel.correct"))
    return _wrong(_m("multilabel.wrong", n=len(details), k=len(letters)), hint, details)


# --- notebook 02: sigmoid ------------------------------------------------------


@_checker
def check_sigmoid_at_zero(answer):
    """Check σ(0) (notebook 02).

    >>> check_sigmoid_at_zero(0.5)
    ✅ Correct: σ(0) = 1 / (1 + e⁰) = 1/2: a score of 0 means 'either class, equally'.
    >>> check_sigmoid_at_zero(50)
    ❌ You gave 50: that looks like a percentage.
    Hint: a probability is on the 0–1 scale, not 0–100: divide a percentage by 100.
    """
    return _grade(answer, 0.5, probability=True, correct=_m("sigmoid_at_zero.correct"),
                  hint=_m("sigmoid_at_zero.hint"),
                  mistakes=[(0.0, _m("sigmoid_at_zero.zero")), (1.0, _m("sigmoid_at_zero.one"))])


@_checker
def check_sigmoid_slope_at_zero(answer):
    """Check the slope σ'(0) = σ(0)(1 − σ(0)) = 1/4 (notebook 02).

    >>> check_sigmoid_slope_at_zero(0.5)
    ❌ Not quite: you gave 0.5; that is σ(0) itself, not its slope.
    Hint: use σ'(z) = σ(z)(1 − σ(z)) and the value of σ(0).
    """
    return _grade(answer, 0.25, correct=_m("slope.correct"), hint=_m("slope.hint"),
                  mistakes=[(0.5, _m("slope.sigma")), (1.0, _m("slope.one")),
                            (0.0, _m("slope.zero"))])


def _log_or_nan(x, base=math.e):
    return math.log(x, base) if x > 0 else math.nan


@_checker
def check_z_for_sigmoid(p, answer):
    """Check the score z with σ(z) = p, that is logit(p) = log(p / (1 − p)) (02, 05).

    >>> import math
    >>> check_z_for_sigmoid(0.9, math.log(9))
    ✅ Correct: σ(z) = 0.9 at z = log(0.9 / 0.1) = 2.197225.
    >>> check_z_for_sigmoid(0.9, 2.197)
    ✅ Correct to 3 decimals (exactly 2.197225…): σ(z) = 0.9 at z = log(0.9 / 0.1) = 2.197225.
    >>> check_z_for_sigmoid(0.9, 2)
    ❌ You gave 2, which is right to 1 significant digit only: too coarse to check.
    Hint: give at least 2 significant digits.

    Below 1/2 the hint points at the symmetry σ(−z) = 1 − σ(z):

    >>> check_z_for_sigmoid(0.1, -3)
    ❌ Not quite: you gave -3, which is too small.
    Hint: use the symmetry σ(−z) = 1 − σ(z): which z gives 1 − 0.1 = 0.9?
    """
    p = float(p)
    z, o = float(logit(p)), float(odds(p))
    sign = "z_for_sigmoid.sign_above" if p > 0.5 else "z_for_sigmoid.sign_below"
    hint = (_m("z_for_sigmoid.symmetry_hint", p=p, q=1 - p) if p < 0.5
            else _m("z_for_sigmoid.hint", p=p))
    return _grade(answer, z, correct=_m("z_for_sigmoid.correct", p=p, q=1 - p, value=z),
                  hint=hint,
                  mistakes=[(o, _m("z_for_sigmoid.odds")),
                            (_log_or_nan(o, 10), _m("z_for_sigmoid.log10")),
                            (_log_or_nan(p), _m("z_for_sigmoid.log_p")),
                            (float(sigmoid(p)), _m("z_for_sigmoid.sigmoid_of_p", p=p)),
                            (-z, _m(sign))])


@_checker
def check_sigmoid_symmetry(z, left, right):
    """Check σ(−z) and 1 − σ(z), computed on a grid ``z``, and that they agree (02).

    ``left`` should be σ(−z) and ``right`` 1 − σ(z), arrays as long as ``z``.
    Each is compared with :func:`helpers.sigmoid` (relative 1e-6, absolute 1e-9),
    then with each other: they must agree to 1e-15 *absolute*. An absolute
    bound, because 1 − σ(z) keeps only absolute accuracy: for large z it
    subtracts two nearly equal numbers, and its relative error grows (at z = 40
    it gives 0.0 where σ(−40) = 4.2e-18). The ✅ states only that the largest
    difference is below that bound: its digits depend on the last bit of ``exp``,
    which differs between numpy builds and C libraries.

    >>> import numpy as np
    >>> from helpers import sigmoid
    >>> z = np.linspace(-6, 6, 13)
    >>> check_sigmoid_symmetry(z, sigmoid(-z), 1 - sigmoid(z))
    ✅ Correct: on your 13 points from -6.0 to 6.0, σ(−z) and 1 − σ(z) agree: the
    largest difference is below 1e-15, float rounding (the bound is absolute,
    because 1 − σ(z) keeps only absolute accuracy where σ(−z) is tiny).
    """
    hint = _m("symmetry.hint")
    if any(_is_unanswered(a) for a in (z, left, right)):
        return _not_answered(hint)
    try:
        grid = _as_vector(z, np.shape(z))
    except _Unreadable as why:
        return _wrong(_m("symmetry.bad_grid", why=str(why)), _m("symmetry.grid_hint"))
    if grid.ndim != 1 or grid.size < 2 or not np.isfinite(grid).all():
        return _wrong(_m("symmetry.not_a_grid"), _m("symmetry.grid_hint"))
    wanted = sigmoid(-grid)
    arrays = {}
    for name, answer in (("left", left), ("right", right)):
        if isinstance(answer, numbers.Real) or (isinstance(answer, np.ndarray)
                                                and answer.ndim == 0):
            return _wrong(_m("symmetry.scalar", name=name), _m("symmetry.scalar_hint"))
        try:
            arrays[name] = _as_vector(answer, grid.shape)
        except _Unreadable as why:
            size = np.size(answer) if isinstance(answer, (list, tuple, np.ndarray)) else None
            if size is not None and np.ndim(answer) == 1:
                return _wrong(_m("symmetry.length", name=name, n=size, k=grid.size),
                              _m("symmetry.scalar_hint"))
            return _wrong(_m("symmetry.unreadable", name=name, why=str(why)),
                          _m("symmetry.scalar_hint"))
    if not all(np.allclose(a, wanted, rtol=REL_TOL, atol=ABS_TOL) for a in arrays.values()):
        return _symmetry_mistake(grid, arrays, hint)
    diff = float(np.max(np.abs(arrays["left"] - arrays["right"])))
    if diff > 1e-15:
        rounded = [_symmetry_rounded(name, got, wanted) for name, got in arrays.items()]
        return _wrong(_m("symmetry.disagree", diff=diff), _m("symmetry.disagree_hint"),
                      [text for text in rounded if text])
    return _right(_m("symmetry.correct", n=grid.size, low=float(grid.min()),
                     high=float(grid.max())))


def _symmetry_rounded(name, got, wanted):
    """'left looks rounded to 3 decimals: ...' if ``got`` is ``wanted`` rounded, else None."""
    reading = _judge_all(got, got, wanted)  # float64 entries: their shortest repr counts
    if reading.status not in (_ROUNDED, _COARSE) or reading.decimals is None:
        return None
    places = _places(reading.decimals, float(np.max(np.abs(wanted))))
    return _m("symmetry.rounded", name=name, places=places)


def _symmetry_mistake(grid, arrays, hint):
    """The ❌ for a check_sigmoid_symmetry answer whose left or right is off."""
    left, right = arrays["left"], arrays["right"]
    if not (np.isfinite(left).all() and np.isfinite(right).all()):
        return _wrong(_m("symmetry.nonfinite"), _m("symmetry.overflow_hint"))
    for order in ((left, grid, right), (right, left, grid), (left, right, grid),
                  (right, grid, left), (grid, right, left)):
        if np.allclose(order[1], sigmoid(-order[0]), rtol=REL_TOL, atol=ABS_TOL) and np.allclose(
                order[2], sigmoid(-order[0]), rtol=REL_TOL, atol=ABS_TOL):
            return _wrong(_m("symmetry.order"), _m("symmetry.order_hint"))
    typical = {"left": ((sigmoid(grid), "symmetry.left_forgot_minus"),
                        (-sigmoid(grid), "symmetry.left_minus_outside")),
               "right": ((sigmoid(grid), "symmetry.right_is_sigmoid"),
                         (sigmoid(grid) - 1, "symmetry.right_upside_down"))}
    wanted = sigmoid(-grid)
    details, percent, only_rounded = [], False, True
    for name, got in arrays.items():
        if np.allclose(got, wanted, rtol=REL_TOL, atol=ABS_TOL):
            continue
        percent |= np.allclose(got, 100 * wanted, rtol=_MISTAKE_REL_TOL, atol=1e-4)
        key = next((key for value, key in typical[name]
                    if np.allclose(got, value, rtol=_MISTAKE_REL_TOL, atol=1e-6)
                    or _matches(got, got, value, wanted)), None)
        rounded = None if key else _symmetry_rounded(name, got, wanted)
        only_rounded &= rounded is not None
        if key:
            details.append(_m(key))
        elif rounded:
            details.append(rounded)
        else:
            details.append(_m("symmetry.left_off" if name == "left" else "symmetry.right_off",
                              got=_fmt_array(got)))
    if percent:
        hint = _m("number.percent_hint")
    elif only_rounded:
        hint = _m("symmetry.rounded_hint")
    return _wrong(_m("common.not_quite"), hint, details)


# --- notebook 03: odds ---------------------------------------------------------


@_checker
def check_odds_of(p, answer):
    """Check the odds p / (1 − p) of a probability p (notebook 03).

    >>> check_odds_of(0.8, 0.25)
    ❌ Not quite: you gave 0.25; that is (1 − p) / p, the odds against.
    Swap the numerator and denominator.
    Hint: odds = p / (1 − p): the chance of winning divided by the chance of losing.
    """
    p = float(p)
    expected = float(odds(p))
    return _grade(answer, expected, correct=_m("odds_of.correct", p=p, q=1 - p, value=expected),
                  hint=_m("odds_of.hint"),
                  mistakes=[(1.0 / expected if expected else math.inf, _m("odds_of.against")),
                            (p, _m("odds_of.p")), (1 - p, _m("odds_of.one_minus_p")),
                            (p / (1 + p), _m("odds_of.one_plus_p"))])


@_checker
def check_prob_from_odds(wins, losses, answer):
    """Check the probability wins / (wins + losses) for odds ``wins : losses`` (notebook 03).

    >>> check_prob_from_odds(3, 2, 3 / 5)
    ✅ Correct: odds of 3 : 2 mean 3 wins in every 5 games, p = 0.6.
    >>> check_prob_from_odds(3, 2, 60)
    ❌ You gave 60: that looks like a percentage.
    Hint: a probability is on the 0–1 scale, not 0–100: divide a percentage by 100.
    """
    wins, losses = float(wins), float(losses)
    p = float(prob_from_odds(wins / losses))
    fields = {"wins": f"{wins:g}", "losses": f"{losses:g}", "games": f"{wins + losses:g}",
              "won": _plural(wins, "prob_from_odds.win", "prob_from_odds.wins"),
              "lost": _plural(losses, "prob_from_odds.loss", "prob_from_odds.losses")}
    return _grade(answer, p, probability=True, correct=_m("prob_from_odds.correct", value=p,
                                                          **fields),
                  hint=_m("prob_from_odds.hint", **fields),
                  mistakes=[(wins / losses, _m("prob_from_odds.odds")),
                            (losses / (wins + losses), _m("prob_from_odds.losing")),
                            (losses / wins, _m("prob_from_odds.losses_over_wins"))])


_ODDS_INPUTS = (0.0, 0.25, 0.5, 0.75, 0.4999999, 0.5000001, 0.999, 1.0)


def _odds_problem(p, call):
    """(what is wrong with one call of the learner's odds, its kind), or None."""
    q = Fraction(p)
    if q == 1:  # a sure thing; when it is the only failure, it gets its own hint
        if call.error:
            return _m("odds_function.raised_sure", error=call.error), "sure"
        found = _function_problem(call, math.inf)
        if found and found[1] == "value":
            return _m("function.expected_because", value=_fmt(float(np.asarray(call.value))),
                      expected=_fmt(math.inf), why=_m("odds_function.infinite")), "sure"
        return found and (found[0], "sure")
    expected = float(q / (1 - q))  # exact, rounded once
    found = _function_problem(call, expected, mistakes=[
        (1 / expected if expected else math.inf, _m("odds_function.against"), "other")])
    return found and (found[0], "other")


@_checker
def check_odds_function(func):
    """Check a learner's ``odds(p)`` on p = 0, 0.25, 0.5, 0.75, two values by 1/2, 0.999, 1 (03).

    At p = 1 the odds are infinite (math.inf or np.inf). A call fails if it raises,
    warns, or returns no number or a wrong one.

    >>> def odds(p):
    ...     return p / (1 - p)
    >>> check_odds_function(odds)
    ❌ Not quite: 1 of 8 tests fail.
      - odds(1.0) raised ZeroDivisionError: float division by zero — what should the odds
    of a sure thing be?
    Hint: handle p == 1 before dividing: `if p == 1: return math.inf`.
    """
    return _grade_function(func, [(repr(p), p) for p in _ODDS_INPUTS], _odds_problem,
                              name="odds", defined="my_odds", checker="check_odds_function",
                              general="odds_function.hint", correct="odds_function.correct",
                              hints=(("other", "odds_function.hint"),
                                     ("sure", "odds_function.sure_hint")))


# --- notebook 04: logit --------------------------------------------------------


@_checker
def check_logit_of(p, answer):
    """Check logit(p) = log(p / (1 − p)), the natural log of the odds (notebook 04).

    The hint fits both routes of notebook 04: the log of the end odds, or the
    starting log-odds plus the log of each factor.

    >>> check_logit_of(0.75, 3)
    ❌ Not quite: you gave 3; that is the odds; logit is their log.
    Hint: the log-odds of the end point are the natural log (np.log) of its odds
    p / (1 − p): take the log of the end odds, or add the logs of the factors to the
    starting log-odds.
    """
    p = float(p)
    expected, o = float(logit(p)), float(odds(p))
    return _grade(answer, expected, correct=_m("logit_of.correct", p=p, odds=o, value=expected),
                  hint=_m("logit_of.hint"),
                  mistakes=[(o, _m("logit_of.odds")), (_log_or_nan(o, 10), _m("logit_of.log10")),
                            (_log_or_nan(p), _m("logit_of.log_p")),
                            (-expected, _m("logit_of.sign"))])


@_checker
def check_logit_symmetry(p, answer):
    """Check logit(1 − p), computed numerically; it equals −logit(p) (notebook 04).

    >>> check_logit_symmetry(0.8, -1.39)
    ✅ Correct to 2 decimals (exactly -1.386294…): logit(1 − 0.8) = -1.386294 = −logit(0.8):
    swapping the classes flips the sign of the log-odds.
    """
    p = float(p)
    expected = -float(logit(p))
    return _grade(answer, expected, correct=_m("logit_symmetry.correct", p=p, value=expected),
                  hint=_m("logit_symmetry.hint"),
                  mistakes=[(-expected, _m("logit_symmetry.same")),
                            (1 / float(odds(p)) if 0 < p < 1 else math.nan,
                             _m("logit_symmetry.odds"))])


LOG_TRANSFORM_STATEMENTS = MessageMap({
    "A": "log_transform.statement_a",
    "B": "log_transform.statement_b",
    "C": "log_transform.statement_c",
    "D": "log_transform.statement_d",
})
"""The statements of the notebook 04 multiple-choice exercise; exactly one (B) is true."""

_LOG_TRANSFORM_WHY = {
    "A": "log_transform.why_a",
    "B": "log_transform.why_b",
    "C": "log_transform.why_c",
    "D": "log_transform.why_d",
}


@_checker
def check_log_transform_statement(answer):
    """Check which statement in :data:`LOG_TRANSFORM_STATEMENTS` is true (notebook 04).

    ``answer`` is one letter in any case, or a one-element list of it.

    >>> check_log_transform_statement(["b"])
    ✅ Correct: B is true: log maps (0, ∞) onto (−∞, ∞), and even odds, 1 : 1
    (p = 1/2), have log-odds log 1 = 0.
    """
    letters = ", ".join(LOG_TRANSFORM_STATEMENTS)
    hint = _m("log_transform.hint")
    if _is_unanswered(answer):
        return _not_answered(hint)
    answer = _choice_text(answer)
    if isinstance(answer, (set, frozenset, list, tuple)):
        return _wrong(_m("log_transform.collection"), hint)
    if not isinstance(answer, str):
        return _wrong(_m("log_transform.not_a_letter", what=_describe_value(answer)),
                      _m("log_transform.choices", letters=letters))
    letter = answer.strip().upper()
    if letter not in LOG_TRANSFORM_STATEMENTS:
        return _wrong(_m("log_transform.no_such", what=_one_line(repr(answer), 20),
                         letters=letters), hint)
    why = _m(_LOG_TRANSFORM_WHY[letter])
    if letter == "B":
        return _right(_m("log_transform.correct", letter=letter, why=why))
    return _wrong(_m("log_transform.wrong", letter=letter, why=why), hint)


# --- notebook 05: sigmoid and logit are inverses ------------------------------------


@_checker
def check_probability_from_log_odds(z, answer):
    """Check the probability whose log-odds are z, that is σ(z) = 1 / (1 + e^(−z)) (05).

    >>> import math
    >>> check_probability_from_log_odds(2, math.exp(2))
    ❌ Not quite: you gave 7.389056; that is e^z, the odds; p = odds / (1 + odds).
    Hint: undo the log first: the odds are e^z, then p = odds / (1 + odds).
    """
    z = float(z)
    expected = float(sigmoid(z))
    e_z = math.exp(z) if z < 700 else math.inf
    ten_z = 10.0**z if z < 300 else math.inf
    return _grade(
        answer, expected, probability=True, hint=_m("from_log_odds.hint"),
        correct=_m("from_log_odds.correct", z=z, odds=e_z, value=expected),
        mistakes=[(e_z, _m("from_log_odds.odds")),
                  (float(sigmoid(-z)), _m("from_log_odds.sign")),
                  (z / (1 + z) if z != -1 else math.nan, _m("from_log_odds.z_as_odds")),
                  (1 / expected if expected > 0 else math.inf, _m("from_log_odds.reciprocal")),
                  (ten_z / (1 + ten_z) if math.isfinite(ten_z) else 1.0,
                   _m("from_log_odds.base10"))])


_SOLVE_FOR_P_INPUTS = (0.0, 1.0, -1.0, 2.5, 30.0, -30.0, 1000.0, -1000.0)


def _solve_for_p_problem(z, call):
    """(what is wrong with one call of the learner's solve_for_p, its kind), or None."""
    expected = float(sigmoid(z))
    return _function_problem(
        call, expected, nonfinite="solve_for_p.overflowed",
        close=lambda a, b: math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-300),
        mistakes=[(float(sigmoid(-z)), _m("solve_for_p.sign"), "sign"),
                  (float(np.exp(z)), _m("solve_for_p.odds"), "odds"),
                  (expected if z <= -20 else np.nan, _m("solve_for_p.cancel"), "overflow", 1e-2)])


def _ready_made_sigmoid(obj):
    """"helpers" for helpers' own sigmoid, "scipy" for scipy.special.expit, else None."""
    if obj is sigmoid:
        return "helpers"
    if isinstance(obj, np.ufunc) and obj.__name__ == "expit":
        return "scipy"
    return None


def _sigmoid_called_by(func):
    """The ready-made sigmoid a Python function reaches by a global name, or None.

    It reads the names in the function's code, never runs it: a global such as
    ``sigmoid`` or ``expit``, or an attribute of a global module up to two
    levels down (``helpers.sigmoid``, ``helpers.numerics.sigmoid``,
    ``special.expit``). Module attributes are read with ``vars``, so nothing
    is imported.
    """
    code, scope = getattr(func, "__code__", None), getattr(func, "__globals__", None)
    if not isinstance(code, types.CodeType) or not isinstance(scope, dict):
        return None
    names = code.co_names
    values = [scope.get(name) for name in names]
    for _ in range(3):  # the globals, then their attributes, then those attributes'
        found = next(filter(None, map(_ready_made_sigmoid, values)), None)
        if found:
            return found
        values = [vars(v).get(name) for v in values if isinstance(v, types.ModuleType)
                  for name in names]
    return None


@_checker
def check_solve_for_p(func):
    """Check a learner's ``solve_for_p(z)``, the p with log(p / (1 − p)) = z, i.e. σ(z) (05).

    It runs on z = 0, ±1, 2.5, ±30 and ±1000 (Python floats) and compares with
    :func:`helpers.sigmoid` to a relative 1e-6. A call fails if it raises (math.exp
    overflows), returns no number, nan or inf, a wrong value, or warns. Underflow is fine.

    >>> import math
    >>> def solve_for_p(z):
    ...     e = math.exp(-abs(z))
    ...     return 1 / (1 + e) if z >= 0 else e / (1 + e)
    >>> check_solve_for_p(solve_for_p)
    ✅ Correct: your solve_for_p(z) is right on all 8 test inputs, z = ±1000 included.

    A ready-made sigmoid passed as the answer (helpers' own ``sigmoid``, scipy's
    ``expit``), or a function that calls one, is told to write the function itself.

    >>> from helpers import sigmoid
    >>> check_solve_for_p(sigmoid)
    ❌ You gave helpers' own sigmoid (imported in the setup cell): it computes σ(z) for you.
    The exercise is to write solve_for_p yourself.
    Hint: define solve_for_p with def from the derivation of section 1, with math.exp or
    np.exp, not a ready-made sigmoid.
    """
    direct, called = _ready_made_sigmoid(func), _sigmoid_called_by(func)
    if direct or called:
        what = {("helpers", True): "solve_for_p.helpers_sigmoid",
                ("scipy", True): "solve_for_p.expit",
                ("helpers", False): "solve_for_p.calls_helpers_sigmoid",
                ("scipy", False): "solve_for_p.calls_expit"}[direct or called, bool(direct)]
        return _wrong(_m("solve_for_p.ready_made", what=_m(what)),
                      _m("solve_for_p.ready_made_hint"))
    return _grade_function(
        func, [(repr(z), z) for z in _SOLVE_FOR_P_INPUTS], _solve_for_p_problem,
        name="solve_for_p", defined="solve_for_p", checker="check_solve_for_p",
        general="solve_for_p.hint",
        correct="solve_for_p.correct",
        hints=(("sign", "solve_for_p.sign_hint"), ("odds", "solve_for_p.odds_hint"),
               ("overflow", "solve_for_p.overflow_hint")))


@_checker
def check_odds_multiplier(w, answer):
    """Check the factor e^w by which a weight w multiplies the odds per unit of its feature (05).

    >>> check_odds_multiplier(0.4, 0.4)
    ❌ Not quite: you gave 0.4; that is what the weight adds to the log-odds;
    the odds are multiplied by e^w.
    Hint: the weight is added to the log-odds z = log(odds);
    what does adding w to a log do to the number inside it?
    """
    w = float(w)
    factor = math.exp(w)
    return _grade(answer, factor, correct=_m("multiplier.correct", w=w, value=factor),
                  hint=_m("multiplier.hint"),
                  mistakes=[(w, _m("multiplier.w")), (math.exp(-w), _m("multiplier.sign")),
                            (float(sigmoid(w)), _m("multiplier.sigmoid")),
                            (10.0**w, _m("multiplier.base10")), (1 + w, _m("multiplier.linear"))])


# --- notebook 06: the K-class derivation ------------------------------------------


@_checker
def check_reference_probability(r, answer):
    """Check P_K = 1 / (1 + Σ e^(r_i)) from the K − 1 log-odds r_i = log(P_i / P_K) (06).

    >>> import math
    >>> check_reference_probability([math.log(3), 0.0], 0.25)
    ❌ Not quite: you gave 0.25; you left out the reference class's own term e⁰ = 1 in the sum.
    Hint: the probabilities sum to 1 and P_i = e^(r_i) · P_K,
    so P_K · (1 + e^(r_1) + e^(r_2) + …) = 1.
    """
    r = np.atleast_1d(np.asarray(r, dtype=np.float64))
    probs = probs_from_reference_log_odds(r)
    exp_sum = float(np.sum(np.exp(r)))
    p_k = float(probs[-1])
    return _grade(answer, p_k, probability=True, hint=_m("reference.hint"),
                  correct=_m("reference.correct", k=r.size + 1, exp_sum=exp_sum, value=p_k),
                  mistakes=[(1 / exp_sum, _m("reference.no_one")),
                            (1 / (1 + float(np.sum(np.exp(-r)))), _m("reference.sign")),
                            (1 / (1 + float(np.sum(r))), _m("reference.no_exp")),
                            *((float(p), _m("reference.other_class")) for p in probs[:-1])])


@_checker
def check_shift_invariance(z, probs, shifted_probs):
    """Check softmax(z) and softmax(z + c), both written out by the learner (notebook 06).

    Both must equal softmax(z). A nan or inf in either (the written-out formula
    overflows for a shift c of about 710 or more) gets the explanation of
    overflow; the learner's own np.exp prints its warning, the checker none.
    ``shifted_probs`` given as ``probs`` itself (the same list or array, or a view
    of it) is a copy, not a computation from z + c, and is told so. An equal copy
    cannot be told from a right answer: subtracting the largest score gives
    softmax(z + c) bit for bit equal to softmax(z).

    >>> import numpy as np
    >>> z = np.array([1.0, 2.0, 3.0])
    >>> p = np.exp(z) / np.exp(z).sum()
    >>> check_shift_invariance(z, p, np.exp(z + 10) / np.exp(z + 10).sum())
    ✅ Correct: both are [0.09003057, 0.2447285, 0.665241].
    Adding a constant to every score changes nothing.
    """
    hint = _m("shift.hint")
    if any(_is_unanswered(answer) for answer in (z, probs, shifted_probs)):
        return _not_answered(hint)
    expected = softmax(np.asarray(z, dtype=np.float64))
    correct = _m("shift.correct", probs=_fmt_array(expected))
    details, rounded, special_hint = [], [], None
    for name, answer, copied in (("softmax(z)", probs, False),
                                 ("softmax(z + c)", shifted_probs,
                                  _same_array(probs, shifted_probs))):
        if copied:
            details.append(_m("shift.copied", name=name, other="softmax(z)"))
            special_hint = special_hint or _m("shift.copied_hint")
            continue
        try:
            got = _as_vector(answer, expected.shape)
        except _Unreadable as why:
            details.append(f"{name}: {why}")
            continue
        if not np.isfinite(got).all():
            details.append(_m("shift.overflow", name=name, got=_fmt_array(got)))
            special_hint = _m("shift.overflow_hint")
            continue
        reading = _judge_all(answer, got, expected)
        if reading.status == _EXACT:
            continue
        outcome = _rounding_outcome(reading, (answer, got, _fmt_array(got)), expected, correct,
                                    True)
        if outcome is None:
            total = float(np.sum(got))
            key = "shift.not_softmax" if _close(total, 1.0) else "shift.not_normalised"
            details.append(_m(key, name=name, got=_fmt_array(got), total=total))
        elif outcome[0]:
            rounded.append((reading.decimals, outcome[1]))
        else:
            details.append(f"{name}: {outcome[1]}")
            special_hint = special_hint or outcome[2]
    if details:
        return _wrong(_m("common.not_quite"), special_hint or hint, details)
    return _right(min(rounded)[1] if rounded else _m("number.correct", text=correct))


def _same_array(a, b):
    """Whether ``b`` is ``a`` itself: the same list or tuple, or an array sharing its memory."""
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
        if a.size == 0:
            return False
        try:
            return bool(np.shares_memory(a, b, max_work=10**6))
        except Exception:  # too hard to tell: only the very same array counts
            return a is b
    return a is b and isinstance(a, (list, tuple))


def _probs_from_log_odds_mistakes(r):
    """(vector of K values, explanation) for the likely wrong answers, class K last."""
    e = np.exp(r)
    odds_vector = np.append(e, 1.0)
    scores = np.append(r, 0.0)
    mistakes = [
        (odds_vector, _m("probs.unnormalised")),
        (odds_vector / float(np.sum(e)), _m("probs.no_one")),
        (softmax(np.append(0.0, r)), _m("probs.reference_first")),
        (probs_from_reference_log_odds(-r), _m("probs.sign")),
    ]
    if float(np.sum(scores)) != 0.0:
        mistakes.append((scores / float(np.sum(scores)), _m("probs.no_exp")))
    return mistakes


def _short_probs_problem(r, answer):
    """What is wrong with an answer of K − 1 numbers instead of K, or None for other answers."""
    try:
        got = _as_vector(answer, (r.size,))
    except _Unreadable:
        return None
    if not np.isfinite(got).all():
        return None
    count = _plural(r.size, "probs.number", "probs.numbers")
    gave = f"{count}, {_fmt_array(got)}"
    return _m("number.mistake", value=gave, why=_short_probs_why(r, got))


def _short_probs_why(r, got):
    missing = _m("probs.missing")
    if np.allclose(got, softmax(r), rtol=_MISTAKE_REL_TOL, atol=ABS_TOL):
        return _m("probs.softmax_of_r", missing=missing)
    if np.allclose(got, probs_from_reference_log_odds(r)[:-1], rtol=_MISTAKE_REL_TOL,
                   atol=ABS_TOL):
        which = _m("probs.first_one") if r.size == 1 else _m("probs.first_many", k=r.size)
        return _m("probs.so_far", which=which, missing=missing)
    return _m("probs.one_per_class", k=r.size + 1, missing=missing)


@_checker
def check_probs_from_log_odds(r, answer):
    """Check all K probabilities from K − 1 log-odds r_i = log(P_i / P_K), class K last (06).

    The answer is P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K, that is
    softmax([r_1, …, r_(K−1), 0]); a single number r means K = 2. The likely
    mistakes each get their own explanation.

    >>> check_probs_from_log_odds([0.7, -1.2, 1.5], [0.258, 0.039, 0.575, 0.128])
    ✅ Correct to 3 decimals: P = [0.2582848, 0.0386313, 0.5748234, 0.1282604].
    P_4 = 1 / (1 + 6.796636) and each other P_i is e^(r_i) times that.
    """
    r = np.atleast_1d(np.asarray(r, dtype=np.float64))
    if r.ndim != 1 or r.size == 0 or not np.all(np.isfinite(r)):
        raise ValueError(_m("probs.bad_r"))
    expected = probs_from_reference_log_odds(r)
    k = expected.size
    hint = _m("probs.hint")
    if isinstance(answer, numbers.Real) and not isinstance(answer, (bool, np.bool_)):
        return _wrong(_m("probs.one_number", k=k), hint)
    short = _short_probs_problem(r, answer)
    if short:
        return _wrong(short, hint)

    def otherwise(got):
        total = float(np.sum(got))
        if np.any(got < 0):
            why = _m("probs.negative")
        elif not _close(total, 1.0):
            why = _m("probs.sum", total=total)
        else:
            why = _m("probs.other_distribution", k=k)
        return _wrong(_m("number.mistake", value=_fmt_array(got), why=why), hint)

    return _grade(answer, expected, probability=True, hint=hint, otherwise=otherwise,
                  correct=_m("probs.correct", probs=_fmt_array(expected), k=k,
                             exp_sum=float(np.sum(np.exp(r)))),
                  mistakes=_probs_from_log_odds_mistakes(r))


# --- notebook 07: softmax in practice ---------------------------------------------

_RANDOM = np.random.default_rng(20240607).normal(0.0, 5.0, size=7)
_SOFTMAX_CASES = (
    ("[1000, 1000]", np.array([1000.0, 1000.0])),
    ("[-1000, 0]", np.array([-1000.0, 0.0])),
    ("[[1, 2, 3], [1000, 0, -1000]]", np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]])),
    ("[3, 3, 3, 3]", np.array([3.0, 3.0, 3.0, 3.0])),
    (None, _RANDOM),  # None: "a random vector of 7 scores", from the message table
)


def _softmax_problem(z, call):
    """(what is wrong with one call of the learner's softmax, its kind), or None."""
    mistakes = [(softmax(z, axis=0), _m("softmax_function.columns"), "axis"),
                (softmax(z, axis=None), _m("softmax_function.whole_batch"), "axis")]
    return _function_problem(call, softmax(z, axis=-1), mistakes=mistakes if z.ndim == 2 else ())


@_checker
def check_softmax_function(func):
    """Check a learner's numerically stable ``softmax(z)`` (notebook 07).

    It runs on [1000, 1000], [-1000, 0], a 2-D batch (each row must sum to 1:
    softmax along the last axis), an all-equal vector and a random vector,
    float64 arrays, and compares with :func:`helpers.softmax`. A call fails if
    it raises, returns nan or inf, the wrong shape or values, or warns. Underflow
    (exp(-1000) == 0) is fine.

    >>> import numpy as np
    >>> def softmax(z):
    ...     e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    ...     return e / e.sum(axis=-1, keepdims=True)
    >>> check_softmax_function(softmax)
    ✅ Correct: your softmax passes all 5 tests, huge scores and a batch included.
    """
    return _grade_function(
        func, _SOFTMAX_CASES, _softmax_problem, name="softmax", defined="my_softmax",
        checker="check_softmax_function", general="softmax_function.hint",
        correct="softmax_function.correct",
        hints=(("overflow", "softmax_function.overflow_hint"),
               ("axis", "softmax_function.axis_hint"), ("shape", "softmax_function.axis_hint")))


_LOGSUMEXP_CASES = (
    ("[1000, 1000]", np.array([1000.0, 1000.0])),
    ("[-1000, -1000]", np.array([-1000.0, -1000.0])),
    ("[-1000, -1001, -1002]", np.array([-1000.0, -1001.0, -1002.0])),
    ("[1000, -1000]", np.array([1000.0, -1000.0])),
    ("[0, -40]", np.array([0.0, -40.0])),
    ("[3.5]", np.array([3.5])),
    (None, _RANDOM),
)


def _logsumexp_problem(z, call):
    """(what is wrong with one call of the learner's logsumexp, its kind), or None."""
    expected = float(logsumexp(z))
    found = _function_problem(
        call, expected, nonfinite="logsumexp.nonfinite",
        mistakes=[(expected - float(np.max(z)), _m("logsumexp.no_add_back"), "add_back")])
    if found and (call.error or "").startswith("ValueError: math domain"):  # math.log(0)
        return found[0], "overflow"
    return found


@_checker
def check_logsumexp_function(func):
    """Check a learner's stable ``logsumexp(z)`` = log Σ e^(z_i), on extreme inputs (07).

    It runs on [1000, 1000] (= 1000 + log 2), [-1000, -1000], [-1000, -1001, -1002],
    [1000, -1000], [0, -40], [3.5] and a random vector (1-D float64 arrays), and
    compares with :func:`helpers.logsumexp` (relative 1e-6, absolute 1e-9). The
    answer is one number: a float, a numpy scalar or a 0-d array. A call fails if it
    raises, returns a vector, nan or inf, a wrong value, or warns.

    [0, -40] gives 4.248354e-18. The max-shift formula m + log Σ e^(z_i − m)
    gives 0.0 there, which the tolerance accepts; using log1p for the terms
    other than the max keeps the 4.2e-18, and the ✅ says so.

    >>> import numpy as np
    >>> def logsumexp(z):
    ...     m = np.max(z)
    ...     return m + np.log(np.sum(np.exp(z - m)))
    >>> check_logsumexp_function(logsumexp)
    ✅ Correct: your logsumexp passes all 7 tests, ±1000 included.
    Bonus: the exact logsumexp([0, -40]) is 4.248354e-18, and yours gives 0.0: in
    log(1 + 4.2e-18) the sum rounds to 1. np.log1p(x) computes log(1 + x) without
    forming 1 + x.
    """
    verdict = _grade_function(
        func, _LOGSUMEXP_CASES, _logsumexp_problem, name="logsumexp", defined="my_logsumexp",
        checker="check_logsumexp_function", general="logsumexp.hint",
        correct="logsumexp.correct",
        hints=(("vector", "logsumexp.vector_hint"), ("overflow", "logsumexp.overflow_hint"),
               ("add_back", "logsumexp.add_back_hint")))
    if not verdict.ok:
        return verdict
    tiny = float(np.asarray(_run(func, np.array([0.0, -40.0])).value))
    exact = float(logsumexp(np.array([0.0, -40.0])))
    used = math.isclose(tiny, exact, rel_tol=1e-6)  # not 0.0: the log1p refinement
    key = "logsumexp.log1p_used" if used else "logsumexp.log1p_bonus"
    return Verdict(True, verdict.message + "\n" + _m(key, exact=exact, got=tiny))


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


@_checker
def check_temperature_for_top(answer, z=(2.0, 1.0, 0.1), target=0.9):
    """Check the temperature T at which the top class of softmax(z / T) reaches ``target`` (07).

    An answer within 1e-3 of the exact root is correct, and so is the root
    rounded to 2 or more significant digits.

    >>> check_temperature_for_top(0.432)
    ✅ Correct: at T = 0.4320 the top class gets 90 %.
    >>> check_temperature_for_top(0.5)
    ❌ Not quite: at T = 0.5 the top class gets 86.38 %, not 90 %. Go lower.
    Hint: the top class gets 65.9 % at T = 1; does T need to go up or down to reach 90 %?
    Try values and narrow in.
    """
    z = np.asarray(z, dtype=np.float64)
    target = float(target)
    exact = _temperature_for_top(z, target)
    percent = f"{100 * target:g} %"
    start = f"{100 * _top_probability(z, 1.0):.1f} %"
    hint = _m("temperature.hint", start=start, percent=percent)

    def otherwise(value):
        if not (value > 0 and math.isfinite(value)):
            return _wrong(_m("temperature.not_positive", value=value), hint)
        reached = f"{100 * _top_probability(z, value):.2f} %"
        key = "temperature.go_lower" if value > exact else "temperature.go_higher"
        return _wrong(_m(key, value=value, reached=reached, percent=percent), hint)

    return _grade(answer, exact, hint=hint, otherwise=otherwise,
                  correct=_m("temperature.correct", t=f"{exact:.4f}", percent=percent),
                  tolerance=lambda value, goal: abs(value - goal) <= 1e-3,
                  mistakes=[(1 / exact, _m("temperature.reciprocal"))])


# --- notebook 07: the cross-entropy gradient ----------------------------------------


def _gradient_mistakes(z, c, p, y, scale, base):
    """(wrong gradient, explanation) pairs for the likely mistakes in p − y."""
    k = z.size
    mistakes = [
        (-scale * (p - y), _m("gradient.sign")),
        (scale * p, _m("gradient.p_alone")),
        (scale * (p - c), _m("gradient.index", c=c)),
        (scale * (p - 1), _m("gradient.ones")),
        (scale * (z - y), _m("gradient.scores")),
        (z - y, _m("gradient.scores")),
        (-y / p, _m("gradient.wrt_p")),
    ]
    mistakes += [(scale * (p - one_hot(j, k)), _m("gradient.wrong_index", j=j, c=c))
                 for j in range(k) if j != c]
    if base is not None:
        mistakes += [
            (p - y, _m("gradient.no_ln_b", base=float(base), scale=scale)),
            (softmax(z) - y, _m("gradient.base_e")),
            ((p - y) / scale, _m("gradient.divided")),
        ]
    return mistakes


@_checker
def check_cross_entropy_gradient(z, true_class, answer, base=None):
    """Check the gradient of the cross-entropy loss with respect to the scores (notebook 07).

    The loss for scores ``z`` and true class ``c`` (counting from 0) is
    L = −log P_c, natural log, with p = (P_1, …, P_K) = softmax(z). Its gradient is
    p − y, with components P_i − y_i, y the one-hot vector of c. With ``base`` b,
    p = softmax(z, base=b) and the gradient of the same natural-log loss is
    log b · (p − y); a log-base-b loss would give p − y exactly. Base e is where
    no conversion factor appears.

    >>> import numpy as np
    >>> from helpers import one_hot, softmax
    >>> z = np.array([2.0, 1.0, 0.1])
    >>> check_cross_entropy_gradient(z, 1, softmax(z) - one_hot(1, 3))
    ✅ Correct: p − y = [0.6590011, -0.757567, 0.09856589]. It sums to 0.
    """
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 1 or z.size < 2 or not np.isfinite(z).all():
        raise ValueError(_m("gradient.bad_z"))
    k, c = z.size, operator.index(true_class)
    y = one_hot(c, k)
    scale = 1.0 if base is None else math.log(float(base))
    p = softmax(z) if base is None else softmax(z, base=base)
    expected = scale * (p - y)
    hint = _m("gradient.hint" if base is None else "gradient.hint_base")
    single = _one_number_instead(answer, -math.log(float(p[c])), k)
    if single:
        return _wrong(single, hint)

    def otherwise(got):
        total = float(np.sum(got))
        details = [] if _close(total, 0.0) else [_m("gradient.sum", total=total)]
        return _wrong(_m("number.not_quite", value=_fmt_array(got)), hint, details)

    return _grade(answer, expected, hint=hint, otherwise=otherwise,
                  correct=_m("gradient.correct" if base is None else "gradient.correct_base",
                             grad=_fmt_array(expected)),
                  mistakes=_gradient_mistakes(z, c, p, y, scale, base))


def _one_number_instead(answer, loss, k):
    """The message for a single number given as the gradient, or None for other answers."""
    if isinstance(answer, (bool, np.bool_)) or not (
        isinstance(answer, numbers.Real)
        or (isinstance(answer, np.ndarray) and answer.ndim == 0 and answer.dtype.kind in "iuf")
    ):
        return None
    value = float(answer)
    if math.isnan(value):
        return _m("gradient.nan", k=k)
    if math.isfinite(value) and _close(value, loss, _MISTAKE_REL_TOL):
        return _m("gradient.loss", value=value, k=k)
    return _m("gradient.one_number", k=k)


# --- notebook 08: softmax regression ------------------------------------------------


def _whole_number_of_classes(k):
    """K as an int >= 2 (3 and 3.0 alike), or raise ValueError."""
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, numbers.Real):
        raise ValueError(_m("initial_loss.bad_k"))
    value = float(k)
    if not (math.isfinite(value) and value.is_integer() and value >= 2):
        raise ValueError(_m("initial_loss.bad_k"))
    return int(value)


@_checker
def check_initial_loss(k, answer):
    """Check the mean cross-entropy of a K-class softmax regression at zero weights: log K (08).

    With W = 0 and b = 0 every score is 0, softmax gives each class 1/K, and
    each example's loss is −log(1/K) = log K, natural log, whatever the data.

    >>> import math
    >>> check_initial_loss(10, math.log(10))
    ✅ Correct: with W = 0 and b = 0 every score is 0, so softmax gives each of the 10
    classes the probability 1/10, and every example's loss is −log(1/10) = log 10 =
    2.302585: the loss of a model that knows nothing yet.
    >>> check_initial_loss(10, 0.1)
    ❌ Not quite: you gave 0.1; that is 1/K, the probability of each class; the loss is
    −log of the true class's probability.
    Hint: with zero weights every score is 0. What probability does softmax give each of
    the K classes, and what is −log of it?
    """
    k = _whole_number_of_classes(k)
    expected = math.log(k)
    return _grade(answer, expected, hint=_m("initial_loss.hint"),
                  correct=_m("initial_loss.correct", k=f"{k}", value=expected),
                  mistakes=[(1 / k, _m("initial_loss.probability")),
                            (-expected, _m("initial_loss.sign")),
                            (math.log10(k), _m("initial_loss.log10")),
                            (math.log2(k), _m("initial_loss.log2")),
                            (k * expected, _m("initial_loss.sum_classes")),
                            (0.0, _m("initial_loss.zero"))])


# (n, d, K) of the random problems: n > 1 (so a sum is not a mean), n ≠ K (so a db
# summed over the wrong axis has the wrong shape), and d = K once (so a transposed dW
# has the right shape and is caught by its values).
_GRADIENT_SHAPES = ((6, 2, 3), (9, 3, 3), (5, 4, 2), (8, 1, 4), (12, 3, 5))
_GRADIENT_STEP = 1e-5  # central differences: error about 1e-11 on these problems
_GRADIENT_RTOL, _GRADIENT_ATOL = 1e-5, 1e-8


class _GradientCase(NamedTuple):
    shape: tuple  # (n, d, K)
    args: tuple  # X, Y, W, b (read-only: the learner gets copies)
    differences: tuple  # dW, db by central finite differences of the mean cross-entropy
    exact: tuple  # dW, db from the formula, for recognising mistakes
    mistakes: tuple  # (kind, dW, db) of the typical wrong gradients


def _mean_cross_entropy(X, Y, W, b):
    return -float(np.sum(Y * log_softmax(X @ W + b, axis=-1))) / X.shape[0]


def _central_differences(X, Y, W, b, h=_GRADIENT_STEP):
    """(dW, db) of the mean cross-entropy by central differences, one parameter at a time."""
    grads = []
    for which, param in enumerate((W, b)):
        grad = np.empty_like(param)
        for index in np.ndindex(param.shape):
            losses = []
            for step in (h, -h):
                moved = [W.copy(), b.copy()]
                moved[which][index] += step
                losses.append(_mean_cross_entropy(X, Y, *moved))
            grad[index] = (losses[0] - losses[1]) / (2 * h)
        grads.append(grad)
    return tuple(grads)


@functools.cache
def _gradient_cases():
    """The random problems of check_softmax_regression_gradient, made once (fixed seed)."""
    rng = np.random.default_rng(20240808)
    cases = []
    for n, d, k in _GRADIENT_SHAPES:
        X = rng.normal(size=(n, d))
        Y = one_hot(rng.integers(k, size=n), k)
        W = rng.normal(scale=0.5, size=(d, k))
        b = rng.normal(scale=0.5, size=k)
        Z = X @ W + b
        P = softmax(Z)
        columns = softmax(Z, axis=0)
        exact = (X.T @ (P - Y) / n, (P - Y).sum(axis=0) / n)
        mistakes = (
            ("sum", X.T @ (P - Y), (P - Y).sum(axis=0)),
            ("sign", -exact[0], -exact[1]),
            ("no_y", X.T @ P / n, P.sum(axis=0) / n),
            ("scores", X.T @ (Z - Y) / n, (Z - Y).sum(axis=0) / n),
            ("axis", X.T @ (columns - Y) / n, (columns - Y).sum(axis=0) / n),
        )
        arrays = (X, Y, W, b, *exact, *(a for m in mistakes for a in m[1:]))
        differences = _central_differences(X, Y, W, b)
        for a in (*arrays, *differences):
            a.flags.writeable = False
        cases.append(_GradientCase((n, d, k), (X, Y, W, b), differences, exact, mistakes))
    return tuple(cases)


def _real_array_or_none(value):
    """``value`` as a float64 array if it holds real numbers, else None."""
    try:
        arr = np.asarray(value)
    except Exception:
        return None
    return arr.astype(np.float64) if arr.dtype.kind in "iuf" else None


def _gradient_close(got, expected):
    return np.allclose(got, expected, rtol=_GRADIENT_RTOL, atol=_GRADIENT_ATOL)


def _gradient_part_kind(case, which, got):
    """What a wrong dW (which = 0) or db (which = 1) of the right shape is: a kind of mistake."""
    exact = case.exact[which]
    for kind, *wrong in case.mistakes:
        if np.allclose(got, wrong[which], rtol=_MISTAKE_REL_TOL, atol=ABS_TOL):
            return kind
    _, d, k = case.shape
    if which == 0 and d == k and _gradient_close(got, exact.T):
        return "transposed"
    if any(np.allclose(got, np.round(exact, digits), rtol=0.0, atol=1e-12)
           for digits in range(9)):
        return "rounded"
    return "value"


_GRADIENT_PART_MESSAGES = {
    "sum": "softmax_gradient.part_sum",
    "sign": "softmax_gradient.part_sign",
    "no_y": "softmax_gradient.part_no_y",
    "scores": "softmax_gradient.part_scores",
    "axis": "softmax_gradient.part_axis",
    "transposed": "softmax_gradient.part_transposed",
    "rounded": "softmax_gradient.part_rounded",
}


def _gradient_clause(name, kind, off, n):
    """One clause about dW, db or both: right, a named mistake, or off by up to ``off``."""
    if kind is None:
        return _m("softmax_gradient.part_right", name=name)
    if kind == "value":
        return _m("softmax_gradient.part_off", name=name, off=f"{off:.2g}")
    return _m(_GRADIENT_PART_MESSAGES[kind], name=name, n=f"{n}")


def _gradient_values_problem(case, dW, db):
    """(text, kinds) for a pair of the right shapes whose values are off, or None if right."""
    n = case.shape[0]
    parts = (dW, db)
    right = [_gradient_close(got, ref) for got, ref in zip(parts, case.differences, strict=True)]
    if all(right):
        return None
    if right[0] and not np.any(db):
        return _m("softmax_gradient.db_zero"), {"no_db"}
    kinds = [None if ok else _gradient_part_kind(case, which, got)
             for which, (ok, got) in enumerate(zip(right, parts, strict=True))]
    offs = [float(np.max(np.abs(got - ref))) for got, ref in zip(parts, case.differences,
                                                                 strict=True)]
    if kinds[0] == kinds[1]:
        clauses = [_gradient_clause(_m("softmax_gradient.both"), kinds[0], max(offs), n)]
    else:
        clauses = [_gradient_clause(name, kind, off, n)
                   for name, kind, off in zip(("dW", "db"), kinds, offs, strict=True)]
    return "; ".join(clauses), {kind for kind in kinds if kind}


def _gradient_problem(case, call):
    """(what is wrong with one call of the learner's gradient, its kinds), or None."""
    n, d, k = case.shape
    if call.error:
        return _m("function.raised", error=call.error), {"error"}
    value = call.value
    if value is None:
        return _m("function.returned_none"), {"error"}
    if isinstance(value, np.ndarray):
        return _m("softmax_gradient.one_array", shape=str(value.shape)), {"no_db"}
    if not isinstance(value, (tuple, list)):
        return _m("softmax_gradient.not_pair", what=_describe_value(value)), {"form"}
    if len(value) == 1:
        return _m("softmax_gradient.one_value"), {"no_db"}
    if len(value) != 2:
        return _m("softmax_gradient.count", count=f"{len(value)}"), {"form"}
    if value[1] is None:
        return _m("softmax_gradient.db_none"), {"no_db"}
    arrays = [_real_array_or_none(part) for part in value]
    for name, part, arr in zip(("dW", "db"), value, arrays, strict=True):
        if arr is None:
            return _m("softmax_gradient.not_array", name=name, what=_describe_value(part)), {
                "type"}
    dW, db = arrays
    if dW.shape == (k,) and db.shape == (d, k):
        return _m("softmax_gradient.swapped"), {"order"}
    if dW.shape != (d, k):
        if dW.shape == (k, d):
            return _m("softmax_gradient.dw_transposed", shape=str(dW.shape),
                      expected=str((d, k))), {"transposed"}
        return _m("softmax_gradient.dw_shape", shape=str(dW.shape), expected=str((d, k))), {
            "shape"}
    if db.shape != (k,):
        if db.ndim == 0 and float(db) == 0.0:
            return _m("softmax_gradient.db_zero"), {"no_db"}
        key = {(n, k): "softmax_gradient.db_rows", (n,): "softmax_gradient.db_axis",
               (1, k): "softmax_gradient.db_keepdims"}.get(db.shape, "softmax_gradient.db_shape")
        return _m(key, shape=str(db.shape), expected=str((k,))), {"db_shape"}
    if not (np.isfinite(dW).all() and np.isfinite(db).all()):
        return _m("softmax_gradient.nonfinite"), {"value"}
    found = _gradient_values_problem(case, dW, db)
    if found is None and call.warned:
        return _m("softmax_gradient.warned", warning=call.warned[0]), {"warned"}
    return found


_GRADIENT_HINTS = (
    ("form", "softmax_gradient.form_hint"),
    ("order", "softmax_gradient.form_hint"),
    ("no_db", "softmax_gradient.db_hint"),
    ("db_shape", "softmax_gradient.db_shape_hint"),
    ("transposed", "softmax_gradient.transposed_hint"),
    ("sign", "softmax_gradient.sign_hint"),
    ("sum", "softmax_gradient.sum_hint"),
    ("axis", "softmax_gradient.axis_hint"),
    ("rounded", "softmax_gradient.rounded_hint"),
    ("warned", "softmax_gradient.warned_hint"),
)


@_checker
def check_softmax_regression_gradient(func):
    """Check a learner's ``gradient(X, Y, W, b)`` of the mean cross-entropy (notebook 08).

    The scores are ``X @ W + b``, with X (n, d), Y one-hot (n, K), W (d, K) and
    b (K,); the loss is the mean over the n examples of −log P_c, P the row-wise
    softmax. ``gradient`` returns the pair ``(dW, db)``: dW = Xᵀ(P − Y) / n of
    shape (d, K) and db = the sum of P − Y over the examples, divided by n, of
    shape (K,).

    It runs on 5 random problems (fixed seed) of shapes (n, d, K) = (6, 2, 3),
    (9, 3, 3), (5, 4, 2), (8, 1, 4) and (12, 3, 5), each time on copies of the
    arrays, and compares with central finite differences of the loss (computed
    with :func:`helpers.log_softmax`), to a relative 1e-5 and absolute 1e-8. A
    call fails if it raises, returns no pair of arrays of those shapes, a wrong
    value, or warns. The typical mistakes are named: a sum instead of the mean
    (n times too large), Y − P for P − Y, a missing db, wrong shapes.

    >>> from helpers import softmax
    >>> def gradient(X, Y, W, b):
    ...     P = softmax(X @ W + b)
    ...     n = X.shape[0]
    ...     return X.T @ (P - Y) / n, (P - Y).sum(axis=0) / n
    >>> check_softmax_regression_gradient(gradient)
    ✅ Correct: your gradient matches central finite differences of the mean cross-entropy
    on all 5 random problems, (n, d, K) = (6, 2, 3), (9, 3, 3), (5, 4, 2), (8, 1, 4),
    (12, 3, 5).
    >>> def summed(X, Y, W, b):
    ...     P = softmax(X @ W + b)
    ...     return X.T @ (P - Y), (P - Y).sum(axis=0)
    >>> check_softmax_regression_gradient(summed)
    ❌ Not quite: 5 of 5 tests fail.
      - (n, d, K) = (6, 2, 3): dW and db: n = 6 times too large, the gradient of the summed
    loss, not of the mean
      - (n, d, K) = (9, 3, 3): dW and db: n = 9 times too large, the gradient of the summed
    loss, not of the mean
      - (n, d, K) = (5, 4, 2): dW and db: n = 5 times too large, the gradient of the summed
    loss, not of the mean
      - (n, d, K) = (8, 1, 4): dW and db: n = 8 times too large, the gradient of the summed
    loss, not of the mean
      - (n, d, K) = (12, 3, 5): dW and db: n = 12 times too large, the gradient of the summed
    loss, not of the mean
    Hint: the loss is the mean over the n examples, so its gradient is the sum divided by
    n = X.shape[0], for dW and db alike.
    """
    general = _m("softmax_gradient.hint")
    if _is_unanswered(func):
        return _not_answered(general, function="gradient")
    if not callable(func):
        return _wrong(_m("function.not_a_function", what=_describe_value(func)),
                      _m("function.pass_itself",
                         example="check_softmax_regression_gradient(gradient)"))
    cases = _gradient_cases()
    failures, kinds = [], set()
    for case in cases:
        found = _gradient_problem(case, _run(func, *(a.copy() for a in case.args)))
        if found:
            n, d, k = case.shape
            failures.append(_m("softmax_gradient.case", n=f"{n}", d=f"{d}", k=f"{k}",
                               problem=found[0]))
            kinds |= found[1]
    if not failures:
        shapes = ", ".join(str(case.shape) for case in cases)
        return _right(_m("softmax_gradient.correct", count=f"{len(cases)}", shapes=shapes))
    hint = next((_m(key) for kind, key in _GRADIENT_HINTS if kind in kinds), general)
    return _wrong(_m("function.failed", failed=len(failures), total=len(cases)), hint, failures)


_TEMPERATURE_ACCURACY_ANSWERS = {
    "rises": "temperature_accuracy.rises",
    "falls": "temperature_accuracy.falls",
    "unchanged": None,
}


@_checker
def check_temperature_and_accuracy(answer):
    """Check what fitting a temperature T > 0 does to test accuracy (notebook 08).

    ``answer`` is one of the words "rises", "falls" or "unchanged" (any case),
    or a one-element list of it. Right: "unchanged". Dividing every score of
    an example by the same T > 0 keeps their order, so the argmax, the
    prediction, stays the same; only the confidence (and so the calibration)
    changes.

    >>> check_temperature_and_accuracy("unchanged")
    ✅ Correct: unchanged. For any T > 0, z / T keeps the order of the scores, so
    softmax(z / T) has the same argmax: every prediction, and so the accuracy, stays the
    same. T changes only how confident the probabilities are, which is what calibration
    measures.
    >>> check_temperature_and_accuracy("rises")
    ❌ Not quite: accuracy cannot rise. Dividing every score of an example by the same
    T > 0 keeps their order, so no prediction changes. What T improves is how well the
    confidence matches the accuracy: the calibration.
    Hint: accuracy counts how often the argmax of the probabilities is the true class.
    Does dividing every score by the same T > 0 change which score is largest?
    """
    hint = _m("temperature_accuracy.hint")
    choices = _m("temperature_accuracy.choices")
    if _is_unanswered(answer):
        return _not_answered(hint)
    answer = _choice_text(answer)
    if isinstance(answer, (set, frozenset, list, tuple, dict)):
        return _wrong(_m("temperature_accuracy.collection"), choices)
    if not isinstance(answer, str):
        if isinstance(answer, (bool, np.bool_)):
            what = str(bool(answer))
        elif isinstance(answer, numbers.Real):
            what = _fmt(answer)
        else:
            what = _describe_value(answer)
        return _wrong(_m("temperature_accuracy.not_a_word", what=what), choices)
    word = answer.strip().strip(".!\"'").strip().lower()
    if word not in _TEMPERATURE_ACCURACY_ANSWERS:
        return _wrong(_m("temperature_accuracy.no_such", what=_one_line(repr(answer), 30)),
                      choices)
    why = _TEMPERATURE_ACCURACY_ANSWERS[word]
    if why is None:
        return _right(_m("temperature_accuracy.correct"))
    return _wrong(_m(why), hint)


# grade_<name>, the older name of each checker, is the same function.
for _name in [name for name in __all__ if name.startswith("check_")]:
    globals()["grade_" + _name.removeprefix("check_")] = globals()[_name]
