"""The edges of the numeric contract: narrow and wide float types, temperatures
at the ends of the float range, axes that do not exist, and Python ints too big
for any numpy integer type.

Expected values come from mathematics or from mpmath (tests/_mp_reference.py),
never from the implementation. Warnings are errors for the whole suite
(pyproject.toml), so every call here also checks that none is raised.
"""

import math
import re

import mpmath
import numpy as np
import pytest

import _mp_reference as ref
from helpers import (
    log_sigmoid,
    log_softmax,
    logit,
    logsumexp,
    odds,
    prob_from_odds,
    probs_from_reference_log_odds,
    sigmoid,
    softmax,
)

INF = np.inf
E = math.e


def scaled_gaps(z, temperature=1.0, base=None):
    """g_i = (w* - w_i) for the exact w_i = z_i ln(b) / T, w* = max w (as floats)."""
    with mpmath.workdps(ref.DPS):
        log_b = 1 if base is None else mpmath.log(ref.exact(base))
        w = [v * log_b / ref.exact(temperature) for v in (ref.exact(x) for x in z)]
        top = max(w)
        return np.array([float(top - v) for v in w])


def softmax_bound_ratio(got, want, gaps, eps, tiny):
    """Largest error of got as a fraction of the softmax promise 4 eps (1 + g_i + ln K) p_i.

    The reference is itself rounded (half a ULP) and below the normal range a
    few subnormal spacings are allowed instead of a relative error.
    """
    got, want = np.asarray(got), np.asarray(want)
    bound = (4 * eps * (1 + gaps + np.log(want.size)) * np.abs(want)
             + 0.5 * np.spacing(np.abs(want)) + 2 * tiny)
    return float(np.max(np.abs(got - want) / bound))


# --- float16 and float32 at the ends of their range: right values, no warning ----



@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_log_softmax_spanning_more_than_the_dtype_range(dtype):
    big = np.finfo(dtype).max
    z = np.array([big, -big], dtype=dtype)
    got = log_softmax(z)  # -2 * big does not fit in dtype: -inf, quietly
    assert got.dtype == dtype
    np.testing.assert_array_equal(got, np.array([0.0, -INF], dtype=dtype))
    np.testing.assert_array_equal(log_softmax(z[::-1]), np.array([-INF, 0.0], dtype=dtype))


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
@pytest.mark.parametrize(
    ("func", "args", "want"),
    [
        (softmax, ("max", "-max"), [1.0, 0.0]),
        (softmax, ("max", "max"), [0.5, 0.5]),
        (logsumexp, ("max", "-max"), "max"),
        (logsumexp, ("-max", "-max"), "-max"),
        (sigmoid, ("max", "-max", "tiny"), [1.0, 0.0, 0.5]),
        (log_sigmoid, ("-max", "max"), ["-max", 0.0]),
        (logit, (0.0, 1.0, 0.5), [-INF, INF, 0.0]),
        (odds, (0.0, 1.0), [0.0, INF]),
        (prob_from_odds, ("max", 0.0), [1.0, 0.0]),
        (probs_from_reference_log_odds, ("max",), [1.0, 0.0]),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_extremes_of_narrow_types(dtype, func, args, want):
    info = np.finfo(dtype)
    big, tiny = float(info.max), float(info.smallest_subnormal)
    named = {"max": big, "-max": -big, "tiny": tiny}
    z = np.array([named.get(a, a) for a in args], dtype=dtype)
    want = named.get(want, want) if isinstance(want, str) else [named.get(w, w) for w in want]
    got = func(z)
    assert np.asarray(got).dtype == dtype
    np.testing.assert_array_equal(got, np.asarray(want, dtype=dtype))


def test_narrow_results_match_the_float64_results_rounded_once():
    rng = np.random.default_rng(17)
    z16 = (rng.normal(size=(50, 7)) * 3000).astype(np.float16)
    z32 = (rng.normal(size=(50, 7)) * 1e37).astype(np.float32)
    for z in (z16, z32):
        for func in (softmax, log_softmax, logsumexp, sigmoid, log_sigmoid):
            with np.errstate(over="ignore"):  # the rounding below may overflow: that is the point
                want = func(z.astype(np.float64)).astype(z.dtype)
            np.testing.assert_array_equal(func(z), want, err_msg=f"{func.__name__} {z.dtype}")


# --- temperatures so small that 1/T, or ln(b)/T, is beyond the largest float -----


@pytest.mark.parametrize(
    ("z", "temperature", "base"),
    [
        ([0.0, -1e-310, -2e-310, -3.5e-310], 1e-310, None),  # z/T = [0, -1, -2, -3.5]
        ([3e-323, 2e-323, 1e-323, 0.0], 5e-324, None),  # z/T = [6, 4, 2, 0]
        ([2e-309, 1e-309, 0.0], 1e-307, 1e300),  # ln(b)/T = 6.9e309
        ([0.0, 1e-310, 3e-310], 1e-310, 0.5),  # ln(b)/T = -6.9e309: order reversed
        ([1.5e308, -1.5e308, 0.0], 1e308, None),  # z - max z overflows, (z - max z)/T does not
        ([1e308, -1e308, 0.0], 1e308, 1e-300),  # ... and with a base below 1
        ([1e300, 0.0, -1e300], 1e300, 1.0 + 2.0**-40),  # ln(b)/T is subnormal
    ],
)
def test_softmax_scale_beyond_the_float_range(z, temperature, base):
    got = softmax(z, temperature=temperature, base=base)
    want = ref.softmax(np.array(z), temperature, base)
    gaps = scaled_gaps(z, temperature, base)
    ratio = softmax_bound_ratio(got, want, gaps, np.finfo(float).eps, 5e-324)
    assert ratio <= 1, f"softmax({z}, T={temperature}, base={base}) = {got}, want {want}"


def test_softmax_scale_beyond_the_float_range_shares_ties_equally():
    np.testing.assert_array_equal(softmax([1e-310, 1e-310, 0.0], temperature=1e-310 / 800),
                                  [0.5, 0.5, 0.0])
    np.testing.assert_array_equal(softmax([0.0, 0.0, 1e-322], temperature=5e-324, base=1e-300),
                                  [0.5, 0.5, 0.0])


# --- longdouble keeps its precision ------------------------------------------------

LD = np.longdouble
WIDE = np.finfo(LD).eps < np.finfo(np.float64).eps
needs_wide_longdouble = pytest.mark.skipif(not WIDE, reason="longdouble is float64 here")


def longdouble_scores():
    rng = np.random.default_rng(23)
    thirds = np.arange(-7, 8, dtype=LD) / LD(3)  # not float64 numbers
    return [thirds, LD(10) * rng.normal(size=9).astype(LD) / LD(7), thirds[:2]]


@needs_wide_longdouble
@pytest.mark.parametrize(("temperature", "base"),
                         [(3.0, None), (LD(1) / LD(3), None), (1.0, 10.0), (0.7, LD(2)),
                          (5.0, 0.5)])
def test_softmax_longdouble_with_temperature_and_base(temperature, base):
    for z in longdouble_scores():
        got = softmax(z, temperature=temperature, base=base)
        assert got.dtype == LD
        want = ref.softmax(z, temperature, base, dtype=LD)
        gaps = scaled_gaps(z, temperature, base)
        info = np.finfo(LD)
        ratio = softmax_bound_ratio(got, want, gaps, info.eps, info.smallest_subnormal)
        assert ratio <= 1, f"T={temperature!r} base={base!r}: {ratio:.1f} times the bound"


@needs_wide_longdouble
def test_longdouble_elementwise_and_reductions_keep_their_precision():
    z = longdouble_scores()[0]
    p = (np.abs(z) + LD(1)) / LD(16)
    cases = [
        (sigmoid(z), ref.sigmoid(z, LD)),
        (log_sigmoid(z), ref.log_sigmoid(z, LD)),
        (logit(p), ref.logit(p, LD)),
        (odds(p), ref.odds(p, LD)),
        (prob_from_odds(p), ref.prob_from_odds(p, LD)),
        (np.atleast_1d(logsumexp(z)), np.atleast_1d(ref.logsumexp(z, LD))),
    ]
    for got, want in cases:
        assert got.dtype == LD
        ulps = np.abs(got - want) / np.spacing(np.abs(want))
        assert ulps.max() <= 2, ulps.max()


# --- axes that do not exist, and axes of the wrong type ---------------------------

REDUCTIONS = [softmax, log_softmax, logsumexp]


@pytest.mark.parametrize("func", REDUCTIONS, ids=lambda f: f.__name__)
def test_scalar_with_the_default_axis_says_what_to_pass(func):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: ") as info:
        func(2.0)
    message = str(info.value)
    assert "axis -1" in message and "0-d" in message, message
    assert "axis=None" in message and "[" in message, message  # what to pass instead


@pytest.mark.parametrize("func", REDUCTIONS, ids=lambda f: f.__name__)
def test_scalar_with_axis_none_is_the_whole_array(func):
    want = {"softmax": 1.0, "log_softmax": 0.0, "logsumexp": 2.0}[func.__name__]
    assert func(2.0, axis=None) == want


@pytest.mark.parametrize("func", [*REDUCTIONS, probs_from_reference_log_odds],
                         ids=lambda f: f.__name__)
@pytest.mark.parametrize("axis", [2, -3])
def test_axis_out_of_range_names_function_axis_and_ndim(func, axis):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: ") as info:
        func(np.zeros((2, 3)), axis=axis)
    message = str(info.value)
    assert f"axis {axis}" in message and "2 dimensions" in message, message


@pytest.mark.parametrize("func", [*REDUCTIONS, probs_from_reference_log_odds],
                         ids=lambda f: f.__name__)
@pytest.mark.parametrize("axis", [(0, 1), True, np.True_, 1.0, "1"],
                         ids=["tuple", "True", "np.True_", "float", "str"])
def test_axis_of_the_wrong_type_is_a_type_error(func, axis):
    with pytest.raises(TypeError, match=rf"^{func.__name__}: axis must be an int"):
        func(np.zeros((2, 3)), axis=axis)


def test_probs_from_reference_log_odds_needs_an_axis():
    with pytest.raises(TypeError, match=r"^probs_from_reference_log_odds: axis must be an int"):
        probs_from_reference_log_odds(np.zeros((2, 3)), axis=None)


@pytest.mark.parametrize("func", [*REDUCTIONS, probs_from_reference_log_odds],
                         ids=lambda f: f.__name__)
def test_numpy_integer_axis_is_accepted(func):
    z = np.arange(6.0).reshape(2, 3)
    np.testing.assert_array_equal(func(z, axis=np.int64(0)), func(z, axis=0))


# --- Python ints of any size --------------------------------------------------------

BIG = 10**30  # beyond int64 and uint64: numpy makes an object array of it
HUGE = 10**400  # beyond float64 too: it counts as inf


INT_CASES = [
    (sigmoid, BIG, 1.0),
    (sigmoid, -BIG, 0.0),
    (sigmoid, HUGE, 1.0),
    (sigmoid, -HUGE, 0.0),
    (sigmoid, [BIG, 0, -3], [1.0, 0.5, 1 / (1 + E**3)]),
    (sigmoid, [0.5, BIG], [1 / (1 + E**-0.5), 1.0]),
    (log_sigmoid, BIG, 0.0),
    (log_sigmoid, -BIG, -1e30),
    (log_sigmoid, HUGE, 0.0),
    (log_sigmoid, -HUGE, -INF),
    (prob_from_odds, BIG, 1.0),
    (prob_from_odds, HUGE, 1.0),
    (logsumexp, [HUGE, 0], INF),
    (logsumexp, [-HUGE, 0], 0.0),
    (logsumexp, [BIG, BIG], 1e30),
    (softmax, [HUGE, 0], [1.0, 0.0]),
    (softmax, [-HUGE, 0], [0.0, 1.0]),
    (softmax, [HUGE, HUGE], [0.5, 0.5]),
    (softmax, [BIG + 1, BIG], [E / (1 + E), 1 / (1 + E)]),  # the ints are subtracted exactly
    (log_softmax, [HUGE, 0], [0.0, -INF]),
    (log_softmax, [BIG, BIG + 2, BIG], [-2 - math.log1p(2 * E**-2), -math.log1p(2 * E**-2),
                                        -2 - math.log1p(2 * E**-2)]),
    (probs_from_reference_log_odds, [HUGE], [1.0, 0.0]),
    (probs_from_reference_log_odds, [-HUGE, 0], [0.0, 0.5, 0.5]),
]


@pytest.mark.parametrize(("func", "arg", "want"), INT_CASES,
                         ids=[f"{f.__name__}-{i}" for i, (f, _, _) in enumerate(INT_CASES)])
def test_python_ints_of_any_size(func, arg, want):
    got = func(arg)
    assert np.asarray(got).dtype == np.float64
    np.testing.assert_allclose(got, want, rtol=1e-15, atol=0)


def test_huge_ints_and_the_softmax_base():
    np.testing.assert_array_equal(softmax([HUGE, 0], base=0.5), [0.0, 1.0])
    np.testing.assert_array_equal(softmax([[HUGE, 0], [0, -HUGE]], axis=0, base=0.5),
                                  [[0.0, 0.0], [1.0, 1.0]])


@pytest.mark.parametrize(
    ("func", "arg", "name", "value"),
    [
        (logit, BIG, "logit", "1e+30"),
        (logit, [0.5, HUGE], "logit", "inf"),
        (odds, -BIG, "odds", "-1e+30"),
        (prob_from_odds, -HUGE, "prob_from_odds", "-inf"),
    ],
    ids=["logit-big", "logit-huge", "odds-big", "prob_from_odds-huge"],
)
def test_python_ints_outside_the_domain(func, arg, name, value):
    with pytest.raises(ValueError, match=rf"^{name}: .* got {re.escape(value)}"):
        func(arg)


@pytest.mark.parametrize("func", [sigmoid, softmax, logsumexp], ids=lambda f: f.__name__)
def test_objects_that_are_not_numbers_are_still_type_errors(func):
    for bad in ([BIG, None], [BIG, "1"], [BIG, 1j]):
        with pytest.raises(TypeError, match=rf"^{func.__name__}:"):
            func(bad)
