"""The numeric contract of helpers.numerics (its module docstring), row by row: limits,
errors, shapes, dtypes.

Expected values come from mathematics (closed forms, or mpmath where a value
must be correctly rounded), never from the implementation. Warnings are
errors for the whole suite (pyproject.toml), so every call here also checks
that no RuntimeWarning is raised.
"""

import re
import subprocess
import sys

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import helpers
from helpers import (
    log_sigmoid,
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

INF = np.inf
NAN = np.nan
BIG = 1e308


def exact(value):
    """Correctly rounded float64 of an mpmath expression evaluated at 60 digits."""
    with mpmath.workdps(60):
        return float(value())


# --- import footprint ---------------------------------------------------------


def test_import_helpers_loads_numpy_only():
    code = (
        "import sys, helpers\n"
        "heavy = ('matplotlib', 'ipywidgets', 'scipy', 'IPython')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"import helpers also imported {result.stdout.strip()}"


def test_public_api_names():
    expected = {"sigmoid", "log_sigmoid", "logit", "odds", "prob_from_odds", "softmax",
                "log_softmax", "logsumexp", "probs_from_reference_log_odds", "one_hot"}
    assert expected <= set(helpers.__all__)
    assert expected == set(helpers.numerics.__all__)
    assert all(callable(getattr(helpers, name)) for name in expected)


# --- no warnings, correct values, for huge finite inputs ------------------------

HUGE_CASES = [
    (sigmoid, 1000.0, 1.0),
    (sigmoid, -1000.0, 0.0),  # e**-1000 is below the smallest subnormal
    (sigmoid, BIG, 1.0),
    (sigmoid, -BIG, 0.0),
    (sigmoid, -740.0, exact(lambda: 1 / (1 + mpmath.exp(740)))),  # subnormal, not 0
    (log_sigmoid, 1000.0, -0.0),  # -e**-1000 rounds to -0
    (log_sigmoid, -1000.0, -1000.0),  # not log(0)
    (log_sigmoid, BIG, -0.0),
    (log_sigmoid, -BIG, -BIG),
    (log_sigmoid, 40.0, exact(lambda: -mpmath.log1p(mpmath.exp(-40)))),  # not log(1)
    (log_sigmoid, 0.0, exact(lambda: -mpmath.log(2))),
    (odds, 1.0, INF),
    (odds, 0.0, 0.0),
    (prob_from_odds, INF, 1.0),
    (prob_from_odds, 0.0, 0.0),
    (prob_from_odds, BIG, 1.0),
    (logit, 0.0, -INF),
    (logit, 1.0, INF),
    (logit, 0.5, 0.0),
]


@pytest.mark.parametrize(("func", "arg", "want"), HUGE_CASES,
                         ids=[f"{f.__name__}({a})" for f, a, _ in HUGE_CASES])
def test_limits_elementwise(func, arg, want):
    got = func(arg)
    assert got == want and np.signbit(got) == np.signbit(want), f"{func.__name__}({arg}) = {got}"


@pytest.mark.parametrize(
    ("z", "want"),
    [
        ([1000.0, -1000.0], [1.0, 0.0]),
        ([-1000.0, -1000.0], [0.5, 0.5]),
        ([BIG, BIG], [0.5, 0.5]),
        ([BIG, -BIG], [1.0, 0.0]),
        ([-BIG, -BIG, -BIG, -BIG], [0.25] * 4),
        ([1000.0, 999.0], [exact(lambda: 1 / (1 + mpmath.exp(-1))),
                            exact(lambda: 1 / (1 + mpmath.exp(1)))]),
    ],
)
def test_softmax_huge_scores(z, want):
    np.testing.assert_allclose(softmax(z), want, rtol=4e-16, atol=0)


@pytest.mark.parametrize(
    ("z", "want"),
    [
        ([1000.0, 1000.0], exact(lambda: 1000 + mpmath.log(2))),
        ([-1000.0, -1000.0], exact(lambda: -1000 + mpmath.log(2))),
        ([BIG, BIG], BIG),  # BIG + log 2 rounds to BIG
        ([-BIG, -BIG], -BIG),
        ([BIG, -BIG], BIG),
        ([0.0, -40.0], exact(lambda: mpmath.log1p(mpmath.exp(-40)))),
        ([0.0, -800.0], exact(lambda: mpmath.log1p(mpmath.exp(-800)))),  # subnormal result
    ],
)
def test_logsumexp_huge_and_tiny(z, want):
    assert logsumexp(z) == want


def test_logsumexp_of_0_and_minus_40_is_not_zero():
    assert logsumexp([0.0, -40.0]) == 4.248354255291589e-18


def test_log_softmax_keeps_what_softmax_underflows():
    np.testing.assert_array_equal(log_softmax([0.0, -1000.0]), [0.0, -1000.0])
    np.testing.assert_array_equal(softmax([0.0, -1000.0]), [1.0, 0.0])


# --- domain errors -----------------------------------------------------------

DOMAIN_ERRORS = [
    # (call, function name, range text, offending value text)
    (lambda: logit([0.2, 1.5]), "logit", "[0, 1]", "1.5"),
    (lambda: logit(-0.25), "logit", "[0, 1]", "-0.25"),
    (lambda: odds([0.5, -0.1]), "odds", "[0, 1]", "-0.1"),
    (lambda: odds(1.0000000000000002), "odds", "[0, 1]", "1.0000000000000002"),
    (lambda: prob_from_odds([1.0, -2.0]), "prob_from_odds", "[0, inf]", "-2.0"),
    (lambda: prob_from_odds(-INF), "prob_from_odds", "[0, inf]", "-inf"),
    (lambda: softmax([1.0], temperature=0.0), "softmax", "> 0 and finite", "0.0"),
    (lambda: softmax([1.0], temperature=-2.0), "softmax", "> 0 and finite", "-2.0"),
    (lambda: softmax([1.0], temperature=INF), "softmax", "> 0 and finite", "inf"),
    (lambda: softmax([1.0], temperature=NAN), "softmax", "> 0 and finite", "nan"),
    (lambda: softmax([1.0], base=0.0), "softmax", "> 0 and finite", "0.0"),
    (lambda: softmax([1.0], base=-2.0), "softmax", "> 0 and finite", "-2.0"),
    (lambda: softmax([1.0], base=INF), "softmax", "> 0 and finite", "inf"),
    (lambda: one_hot([0, 3], 3), "one_hot", "[0, 2]", "3"),
    (lambda: one_hot([-1], 3), "one_hot", "[0, 2]", "-1"),
    (lambda: one_hot([0], 0), "one_hot", "[1, inf)", "0"),
]


@pytest.mark.parametrize(("call", "name", "interval", "value"), DOMAIN_ERRORS,
                         ids=[f"{n}-{v}" for _, n, _, v in DOMAIN_ERRORS])
def test_domain_error_names_function_range_and_value(call, name, interval, value):
    with pytest.raises(ValueError) as info:
        call()
    message = str(info.value)
    assert message.startswith(f"{name}:"), message
    assert interval in message, message
    assert re.search(rf"(?<![\d.]){re.escape(value)}(?![\d])", message), message


@pytest.mark.parametrize("func", [logit, odds])
def test_domain_error_raises_for_whole_call_and_leaves_input(func):
    p = np.array([0.1, 0.5, 7.0, 0.9])
    before = p.copy()
    with pytest.raises(ValueError):
        func(p)
    np.testing.assert_array_equal(p, before)


# --- nan passes through --------------------------------------------------------


@pytest.mark.parametrize("func", [sigmoid, log_sigmoid, logit, odds, prob_from_odds])
def test_nan_means_missing_not_an_error(func):
    out = func(np.array([NAN, 0.5]))
    assert np.isnan(out[0]) and np.isfinite(out[1])


# --- type errors -------------------------------------------------------------

ALL_ARRAY_FUNCS = [sigmoid, log_sigmoid, logit, odds, prob_from_odds, softmax, log_softmax,
                   logsumexp, probs_from_reference_log_odds]


@pytest.mark.parametrize("func", ALL_ARRAY_FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [[0.5 + 1j], ["0.5"], [None], [object()]],
                         ids=["complex", "string", "none", "object"])
def test_non_real_input_is_a_type_error(func, bad):
    with pytest.raises(TypeError, match=rf"^{func.__name__}:"):
        func(bad)


@pytest.mark.parametrize("bad", [[0.0], [1.5], [True], ["0"]])
def test_one_hot_needs_integer_indices(bad):
    with pytest.raises(TypeError, match=r"^one_hot:"):
        one_hot(bad, 3)


@pytest.mark.parametrize("bad", ["2", [2.0], 1 + 0j])
def test_temperature_must_be_a_real_scalar(bad):
    with pytest.raises(TypeError, match=r"^softmax:"):
        softmax([1.0, 2.0], temperature=bad)


# --- limits of the reductions ----------------------------------------------------


def test_softmax_bad_slices_are_nan_and_others_unaffected():
    z = np.array([[-INF, -INF, -INF], [INF, 0.0, 1.0], [NAN, 0.0, 1.0], [0.0, 1.0, -INF]])
    out = softmax(z)
    assert np.isnan(out[:3]).all()
    e = np.e
    np.testing.assert_allclose(out[3], [1 / (1 + e), e / (1 + e), 0.0], rtol=4e-16)
    # the same along axis 0
    out0 = softmax(z.T, axis=0)
    assert np.isnan(out0[:, :3]).all()
    np.testing.assert_allclose(out0[:, 3], out[3], rtol=4e-16)


def test_log_softmax_bad_slices_are_nan_and_others_unaffected():
    z = np.array([[-INF, -INF], [INF, 0.0], [NAN, 0.0], [0.0, -INF]])
    out = log_softmax(z)
    assert np.isnan(out[:3]).all()
    np.testing.assert_array_equal(out[3], [0.0, -INF])


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ([INF, 0.0], INF),
        ([INF, -INF], INF),
        ([INF, INF], INF),
        ([-INF, -INF], -INF),
        ([NAN, 0.0], NAN),
        ([NAN, INF], NAN),
        ([0.0, -INF], 0.0),
    ],
)
def test_logsumexp_limits(row, want):
    got = logsumexp(row)
    assert (np.isnan(got) and np.isnan(want)) or got == want


def test_logsumexp_limits_do_not_leak_between_rows():
    rows = np.array([[INF, 0.0], [-INF, -INF], [NAN, 1.0], [0.0, 0.0]])
    got = logsumexp(rows)
    assert got[0] == INF and got[1] == -INF and np.isnan(got[2])
    assert got[3] == exact(lambda: mpmath.log(2))


def test_logsumexp_of_empty_slices_is_minus_inf():
    assert logsumexp([]) == -INF
    np.testing.assert_array_equal(logsumexp(np.zeros((3, 0))), [-INF] * 3)
    assert logsumexp(np.zeros((0, 4))).shape == (0,)


def test_softmax_temperature_near_zero_is_one_hot():
    np.testing.assert_array_equal(softmax([1.0, 3.0, 2.0], temperature=1e-300), [0.0, 1.0, 0.0])
    np.testing.assert_array_equal(softmax([5.0, 5.0, 1.0], temperature=5e-324), [0.5, 0.5, 0.0])


def test_softmax_temperature_huge_is_uniform():
    np.testing.assert_allclose(softmax([BIG, -BIG], temperature=BIG), softmax([1.0, -1.0]),
                               rtol=4e-16)
    np.testing.assert_allclose(softmax([1.0, 3.0], temperature=1e300), [0.5, 0.5], rtol=1e-15)


def test_softmax_base_one_is_uniform_and_base_below_one_reverses():
    np.testing.assert_array_equal(softmax([1.0, 5.0, -3.0], base=1.0), [1 / 3] * 3)
    np.testing.assert_allclose(softmax([0.0, 1.0], base=0.5), [2 / 3, 1 / 3], rtol=4e-16)
    np.testing.assert_allclose(softmax([0.0, 1.0], base=2.0), [1 / 3, 2 / 3], rtol=4e-16)


# --- shapes and dtypes ---------------------------------------------------------


def test_reductions_default_to_last_axis():
    z = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(softmax(z).sum(axis=-1), [1.0, 1.0], rtol=4e-16)
    assert logsumexp(z).shape == (2,)
    assert logsumexp(z, keepdims=True).shape == (2, 1)
    np.testing.assert_allclose(np.exp(log_softmax(z)).sum(axis=-1), [1.0, 1.0], rtol=4e-16)


def test_axis_none_means_whole_array():
    z = np.arange(6.0).reshape(2, 3)
    flat = z.ravel()
    np.testing.assert_allclose(softmax(z, axis=None).ravel(), softmax(flat), rtol=4e-16)
    np.testing.assert_allclose(log_softmax(z, axis=None).ravel(), log_softmax(flat),
                               rtol=4e-16)
    assert logsumexp(z, axis=None) == logsumexp(flat)
    assert logsumexp(z, axis=None, keepdims=True).shape == (1, 1)


def test_axis_zero():
    z = np.array([[0.0, 1.0], [np.log(3.0), 1.0]])
    np.testing.assert_allclose(softmax(z, axis=0)[:, 0], [0.25, 0.75], rtol=4e-16)
    np.testing.assert_allclose(logsumexp(z, axis=0), [np.log(4.0), 1 + np.log(2.0)],
                               rtol=4e-16)


@pytest.mark.parametrize("func", [sigmoid, log_sigmoid, logit, odds, prob_from_odds, softmax,
                                  log_softmax], ids=lambda f: f.__name__)
@pytest.mark.parametrize("shape", [(0,), (0, 3), (2, 0)])
def test_empty_in_empty_out(func, shape):
    out = func(np.zeros(shape))
    assert out.shape == shape and out.dtype == np.float64


def test_one_hot_empty_and_shapes():
    assert one_hot([], 4).shape == (0, 4)
    np.testing.assert_array_equal(one_hot([[0, 2]], 3), [[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]])
    assert one_hot(1, 2).shape == (2,)
    assert one_hot([1], 2).dtype == np.float64


def test_probs_from_reference_log_odds_shapes():
    assert probs_from_reference_log_odds(np.zeros((4, 2))).shape == (4, 3)
    assert probs_from_reference_log_odds(np.zeros((2, 4)), axis=0).shape == (3, 4)
    np.testing.assert_array_equal(probs_from_reference_log_odds([]), [1.0])  # K = 1


ELEMENTWISE = [sigmoid, log_sigmoid, logit, odds, prob_from_odds]
REDUCING = [softmax, log_softmax, logsumexp, probs_from_reference_log_odds]


@pytest.mark.parametrize("func", ELEMENTWISE + REDUCING, ids=lambda f: f.__name__)
@pytest.mark.parametrize("values", [[0, 1], [True, False]], ids=["int", "bool"])
def test_int_and_bool_become_float64(func, values):
    assert np.asarray(func(np.array(values))).dtype == np.float64


@pytest.mark.parametrize("func", ELEMENTWISE + REDUCING, ids=lambda f: f.__name__)
def test_float32_stays_float32(func):
    assert np.asarray(func(np.array([0.25, 0.5], dtype=np.float32))).dtype == np.float32


def test_scalars_in_scalars_out():
    assert np.ndim(sigmoid(0.0)) == 0 and float(sigmoid(0.0)) == 0.5
    assert np.ndim(logsumexp([0.0, 0.0])) == 0


@pytest.mark.parametrize("func", ELEMENTWISE + REDUCING, ids=lambda f: f.__name__)
def test_inputs_are_never_modified(func):
    z = np.array([[0.25, 0.5, 0.125], [0.75, 0.0, 1.0]])
    before = z.copy()
    func(z)
    np.testing.assert_array_equal(z, before)
    z32 = z.astype(np.float32)
    func(z32)
    np.testing.assert_array_equal(z32, before.astype(np.float32))


def test_one_hot_does_not_modify_indices():
    idx = np.array([2, 0, 1])
    one_hot(idx, 3)
    np.testing.assert_array_equal(idx, [2, 0, 1])


# --- any finite input: no warning, no nan ----------------------------------------

FINITE = st.floats(allow_nan=False, allow_infinity=False)
FINITE_ARRAYS = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1,
                                                        max_side=6), elements=FINITE)
POSITIVE = st.floats(min_value=5e-324, max_value=BIG, allow_nan=False, allow_infinity=False)
QUICK = settings(max_examples=300, deadline=None, database=None)


@QUICK
@given(FINITE_ARRAYS, POSITIVE, st.one_of(st.none(), POSITIVE))
def test_any_finite_scores_give_probabilities_without_warning(z, temperature, base):
    p = softmax(z, temperature=temperature, base=base)
    assert np.isfinite(p).all() and (p >= 0).all() and (p <= 1).all()
    assert np.isfinite(log_softmax(z)).all() or np.isneginf(log_softmax(z)).any()
    assert not np.isnan(log_softmax(z)).any()
    assert not np.isnan(logsumexp(z)).any()
    s = sigmoid(z)
    assert ((s >= 0) & (s <= 1)).all()
    log_s = log_sigmoid(z)
    assert not np.isnan(log_s).any() and (log_s <= 0).all()
    assert not np.isnan(probs_from_reference_log_odds(z)).any()


@QUICK
@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.0, max_value=BIG))
def test_any_valid_probability_or_odds_gives_no_warning_and_no_nan(p, o):
    assert not np.isnan(logit(p))
    assert not np.isnan(odds(p)) and odds(p) >= 0
    assert 0.0 <= prob_from_odds(o) <= 1.0


# --- large inputs: each slice is reduced as it would be on its own ---------------


@pytest.mark.parametrize("func", [softmax, log_softmax, logsumexp], ids=lambda f: f.__name__)
@pytest.mark.parametrize("axis", [-1, 0])
def test_large_input_each_slice_as_on_its_own(func, axis):
    rng = np.random.default_rng(7)
    z = rng.normal(scale=30.0, size=(700, 450))
    z[3, 5] = np.nan
    z[11] = -np.inf
    got = func(z, axis=axis)
    slices = z if axis == -1 else z.T
    alone = np.array([func(s) for s in slices])
    if axis == -1:
        np.testing.assert_array_equal(got, alone)
    else:  # the same values, summed in another order
        np.testing.assert_allclose(got, alone.T, rtol=1e-14, atol=1e-13)
