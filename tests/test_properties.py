"""Properties of the helpers numerics, for inputs drawn by hypothesis.

Tolerances come from the contract: sigmoid, log_sigmoid, logit, odds and
prob_from_odds within 2 ULP of the correctly rounded value (so 2.5 ULP of the
exact one), logsumexp within an absolute 2 ULP + 4*eps*(1 + ln K), softmax
within a relative 4*eps*(1 + gap + ln K) and log_softmax within an absolute
4*eps*(1 + gap + ln K), where gap_i = max(z) - z_i and K is the slice length.
Below the normal range a few subnormal spacings are allowed instead of a
relative error.
"""

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

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

settings.register_profile("helpers-properties", database=None, deadline=None)
settings.load_profile("helpers-properties")
EXAMPLES = settings(max_examples=200)  # inherits the profile above

EPS = np.finfo(np.float64).eps
TINY = np.finfo(np.float64).smallest_subnormal
FLOOR = 4 * TINY


def reals(bound=None, width=64):
    if bound is None:
        return st.floats(allow_nan=False, allow_infinity=False, width=width)
    return st.floats(-bound, bound, width=width)


def vectors(elements, min_size=1, max_size=12):
    return hnp.arrays(np.float64, st.integers(min_size, max_size), elements=elements)


def arrays_1d_2d(elements=None, dtype=np.float64):
    shapes = hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=8)
    return hnp.arrays(dtype, shapes, elements=reals(1e6) if elements is None else elements)


@st.composite
def arrays_and_axis(draw):
    a = draw(arrays_1d_2d())
    return a, draw(st.sampled_from([None, *range(-a.ndim, a.ndim)]))


def gaps(z, axis=-1):
    """max(z) - z_i along axis: how far below the largest term each term lies, in powers of e."""
    return np.max(z, axis=axis, keepdims=True) - z


def softmax_tolerance(gap, k):
    """The softmax and log_softmax promise for an element of a slice of k values."""
    return 4 * EPS * (1 + gap + np.log(k))


def assert_relative(got, want, rel, what):
    err = np.abs(got - want)
    bound = rel * np.abs(want) + FLOOR
    i = np.unravel_index(np.argmax(err / bound), np.shape(err))
    assert np.all(err <= bound), (
        f"{what}: {got[i]!r} vs {want[i]!r} at {i}: error {err[i]:.3g} > bound {bound[i]:.3g}"
    )


# ---------------------------------------------------------------- softmax


@EXAMPLES
@given(arrays_and_axis())
def test_softmax_sums_to_one(case):
    z, axis = case
    k = z.size if axis is None else z.shape[axis]
    total = np.sum(softmax(z, axis=axis), axis=axis)
    # sum_i p_i * 4 eps (1 + gap_i + log K) <= 4 eps (1 + 2 log K), since
    # sum_i p_i gap_i = log(p_max) + entropy <= log K; summing K terms adds K eps.
    tol = 4 * EPS * (1 + 2 * np.log(k)) + k * EPS
    assert np.all(np.abs(total - 1) <= tol), (z, axis, total)


@st.composite
def grid_vectors_and_shift(draw):
    # Multiples of 2**-20 below 2**10, shifted by integers below 2**20: every
    # z + c is exact (at most 51 significant bits), so both calls see the same
    # exact differences z_i - z_j.
    k = draw(
        hnp.arrays(
            np.int64,
            hnp.array_shapes(min_dims=1, max_dims=2, max_side=8),
            elements=st.integers(-(2**30), 2**30),
        )
    )
    c = draw(st.integers(-(2**20), 2**20))
    return np.ldexp(k.astype(np.float64), -20), float(c)


@EXAMPLES
@given(grid_vectors_and_shift(), st.sampled_from([0, -1]))
def test_softmax_shift_invariance(case, axis):
    z, c = case
    shifted = z + c
    assert np.array_equal(shifted - c, z)
    rel = 2 * softmax_tolerance(gaps(z, axis), z.shape[axis])
    assert_relative(softmax(shifted, axis=axis), softmax(z, axis=axis), rel, "softmax(z + c)")


def scaled_softmax_tolerance(w, axis=-1):
    """Bound for softmax(z, base=b or temperature=T) against softmax(w), w = fl(z ln b / T).

    Each w_i carries a rounding error of up to eps*|w_i| (ln b and the product,
    or the quotient). That moves w_i - w_max by up to 2 eps max|w|, and the
    normalised result by twice that. Each softmax adds its own contract error.
    """
    return 2 * softmax_tolerance(gaps(w, axis), w.shape[axis]) + 4 * EPS * np.max(
        np.abs(w), axis=axis, keepdims=True
    )


@EXAMPLES
@given(vectors(reals(1e3)), st.floats(1e-3, 1e3))
def test_softmax_base_is_a_scale(z, base):
    w = z * np.log(base)
    assert_relative(
        softmax(z, base=base), softmax(w), scaled_softmax_tolerance(w), f"softmax(z, base={base!r})"
    )


@EXAMPLES
@given(vectors(reals(1e3)), st.floats(1e-2, 1e2))
def test_softmax_temperature_divides(z, temperature):
    w = z / temperature
    assert_relative(
        softmax(z, temperature=temperature),
        softmax(w),
        scaled_softmax_tolerance(w),
        f"softmax(z, temperature={temperature!r})",
    )


@EXAMPLES
@given(reals())
def test_sigmoid_is_two_class_softmax(x):
    got = softmax(np.array([x, 0.0]))
    want = np.array([sigmoid(x), sigmoid(-x)])
    gap = np.abs(x) * np.array([x < 0, x > 0])
    rel = 2.5 * EPS + softmax_tolerance(gap, 2)
    assert_relative(got, want, rel, f"softmax([{x!r}, 0])")


@EXAMPLES
@given(arrays_and_axis().filter(lambda case: case[1] is not None))
def test_probs_from_reference_log_odds_is_softmax_with_zero(case):
    r, axis = case
    zero_shape = list(r.shape)
    zero_shape[axis] = 1
    scores = np.concatenate([r, np.zeros(zero_shape)], axis=axis)
    want = softmax(scores, axis=axis)
    got = probs_from_reference_log_odds(r, axis=axis)
    assert got.shape == want.shape
    rel = 2 * softmax_tolerance(gaps(scores, axis), scores.shape[axis])
    assert_relative(got, want, rel, f"probs_from_reference_log_odds(axis={axis})")


# ---------------------------------------------------------------- log_softmax, logsumexp


@EXAMPLES
@given(arrays_1d_2d(reals()))
def test_logsumexp_between_max_and_max_plus_log_k(z):
    top = np.max(z, axis=-1)
    k = z.shape[-1]
    got = logsumexp(z)
    # logsumexp = max z + log(1 + sum of the other terms), the second term >= 0,
    # and rounding the sum cannot take it below max z.
    assert np.all(got >= top), (z, got)
    # The contract allows 2 ULP + 4 eps (1 + log K), absolute.
    with np.errstate(over="ignore"):  # the spacing at the largest float is inf
        ulp = np.spacing(np.abs(top) + np.log(k))
    tol = 2.5 * ulp + 4 * EPS * (1 + np.log(k))
    assert np.all(got - top <= np.log(k) + tol), (z, got)


@EXAMPLES
@given(arrays_1d_2d())
def test_log_softmax_is_log_of_softmax(z):
    p = softmax(z)
    got = log_softmax(z)
    normal = p >= np.finfo(np.float64).tiny
    # log(p) moves by the relative error of p, and rounds by eps/2 * |log p|;
    # log_softmax is itself within 4 eps (1 + gap + log K).
    tol = 2 * softmax_tolerance(gaps(z), z.shape[-1]) + EPS * np.abs(got)
    err = np.abs(got - np.log(p, where=normal, out=np.zeros_like(p)))
    assert np.all(err[normal] <= tol[normal]), (z, got, p)


@EXAMPLES
@given(arrays_1d_2d())
def test_exp_of_log_softmax_is_softmax(z):
    rel = 2 * softmax_tolerance(gaps(z), z.shape[-1]) + EPS
    assert_relative(np.exp(log_softmax(z)), softmax(z), rel, "exp(log_softmax(z))")


@EXAMPLES
@given(reals())
def test_log_sigmoid_is_two_class_log_softmax(x):
    got = log_softmax(np.array([x, 0.0]))
    want = np.array([log_sigmoid(x), log_sigmoid(-x)])
    gap = np.abs(x) * np.array([x < 0, x > 0])
    # log_sigmoid within 2.5 ULP <= 2.5 eps |want|, log_softmax within its promise
    tol = 2.5 * EPS * np.abs(want) + softmax_tolerance(gap, 2) + FLOOR
    assert np.all(np.abs(got - want) <= tol), (x, got, want)


# ---------------------------------------------------------------- sigmoid, log_sigmoid, logit, odds


@EXAMPLES
@given(reals())
def test_log_sigmoid_difference_is_x(x):
    # log sigma(x) - log sigma(-x) = log(e**x) = x. Each term is within 2.5 ULP,
    # at most 2.5 eps (|x| + log 2), and the subtraction rounds by eps/2 |x|.
    a, b = log_sigmoid(x), log_sigmoid(-x)
    assert a <= 0 and b <= 0
    assert abs((a - b) - x) <= 6 * EPS * (abs(x) + 1), (x, a, b)


@EXAMPLES
@given(st.floats(-700.0, 700.0))
def test_exp_of_log_sigmoid_is_sigmoid(x):
    # exp turns the absolute error of log_sigmoid, 2.5 eps |log_sigmoid(x)|,
    # into a relative one, and adds its own ulp; sigmoid is within 2.5 ULP.
    got = log_sigmoid(x)
    rel = 2.5 * EPS * (abs(got) + 1) + 3.5 * EPS
    assert_relative(np.exp(np.array([got])), np.array([sigmoid(x)]), rel, f"exp(log_sigmoid({x}))")


@EXAMPLES
@given(reals())
def test_log_sigmoid_is_minus_logsumexp_of_zero_and_minus_x(x):
    # log sigma(x) = -log(1 + e**-x) = -logsumexp([0, -x]); logsumexp is within
    # 2 ULP + 4 eps (1 + log 2), log_sigmoid within 2.5 ULP.
    want = -logsumexp(np.array([0.0, -x]))
    with np.errstate(over="ignore"):  # the spacing at the largest float is inf
        ulp = np.spacing(abs(want))
    tol = 5 * ulp + 4 * EPS * (1 + np.log(2))
    assert abs(log_sigmoid(x) - want) <= tol, (x, log_sigmoid(x), want)




@EXAMPLES
@given(reals())
def test_sigmoid_symmetry(x):
    s, t = sigmoid(x), sigmoid(-x)
    # |s - S| <= 2.5 eps S and |t - T| <= 2.5 eps T with S + T = 1, and 1 - s
    # rounds by at most eps/4 (exact when s >= 1/2): 2.75 eps in all. The
    # error is absolute: 1 - s cannot resolve a t much smaller than eps.
    assert abs(t - (1 - s)) <= 3 * EPS, (x, s, t)


@EXAMPLES
@given(st.floats(-746.0, 36.0))
def test_logit_undoes_sigmoid(x):
    p = sigmoid(x)
    assume(0 < p < 1)
    # p carries an error of 2.5 ulp(p) <= 2.5 max(eps p, TINY). logit'(p) =
    # 1 / (p (1 - p)), so to first order that error reaches logit as
    # 2.5 max(eps p, TINY) / (p (1 - p)): the condition of logit at p, which is
    # large near p = 1 (1 - p keeps few digits of x) and for subnormal p.
    # logit then adds 2.5 ulp of its own result, about x.
    carried = np.maximum(EPS * p, TINY) / (p * (1 - p))
    own = np.maximum(EPS * abs(x), TINY)
    assert abs(logit(p) - x) <= 3 * (carried + own), (x, p, logit(p))


@EXAMPLES
@given(st.floats(0.0, 1.0, exclude_min=True, exclude_max=True))
def test_sigmoid_undoes_logit(p):
    x = logit(p)
    # x carries 2.5 ulp(x) <= 2.5 max(eps |x|, TINY); sigmoid'(x) = p (1 - p)
    # scales that into p, and sigmoid adds 2.5 ulp(p) of its own.
    tol = 3 * (np.maximum(EPS * p, TINY) + p * (1 - p) * np.maximum(EPS * abs(x), TINY))
    assert abs(sigmoid(x) - p) <= tol, (p, x, sigmoid(x))


@EXAMPLES
@given(st.floats(0.0, 1.0))
def test_prob_from_odds_undoes_odds(p):
    # d log P / d log o = 1 - p <= 1: the 2.5 ULP of odds carry over at most
    # once, plus 2.5 ULP of prob_from_odds itself.
    assert abs(prob_from_odds(odds(p)) - p) <= 6 * EPS * p + FLOOR, p


@EXAMPLES
@given(st.floats(0.0, 1e12))
def test_odds_undoes_prob_from_odds(o):
    # d log o / d log P = 1 / (1 - P) = 1 + o: the 2.5 ULP of P grow by 1 + o.
    assert abs(odds(prob_from_odds(o)) - o) <= 3 * EPS * (2 + o) * o + FLOOR, o


def one_hot_cases(max_k, min_size):
    """(k, indices): up to ``max_k`` classes and at least ``min_size`` valid indices."""
    return st.integers(1, max_k).flatmap(
        lambda k: st.tuples(st.just(k), hnp.arrays(np.int64, st.integers(min_size, 10),
                                                   elements=st.integers(0, k - 1))))


@EXAMPLES
@given(one_hot_cases(20, 0))
def test_one_hot(case):
    k, indices = case
    out = one_hot(indices, k)
    assert out.shape == (*indices.shape, k)
    assert out.dtype == np.float64
    assert np.array_equal(out.sum(axis=-1), np.ones(indices.shape))
    assert np.array_equal(np.argmax(out, axis=-1), indices)
    assert set(np.unique(out)) <= {0.0, 1.0}


@EXAMPLES
@given(st.integers(1, 20).flatmap(lambda k: st.tuples(st.just(k), st.integers(0, k - 1))))
def test_one_hot_scalar_index(case):
    k, i = case
    out = one_hot(i, k)
    assert out.shape == (k,)
    assert out.sum() == 1.0
    assert np.argmax(out) == i


# ---------------------------------------------------------------- inputs are left alone


def unit_interval(width):
    return st.floats(0.0, 1.0, width=width)


CALLS = {
    "sigmoid": (sigmoid, reals(1e6, 32)),
    "log_sigmoid": (log_sigmoid, reals(1e6, 32)),
    "logit": (logit, unit_interval(32)),
    "odds": (odds, unit_interval(32)),
    "prob_from_odds": (prob_from_odds, st.floats(0.0, 2.0**100, width=32)),
    "softmax": (lambda a: softmax(a, axis=0), reals(1e6, 32)),
    "softmax T, base": (lambda a: softmax(a, temperature=0.5, base=2.0), reals(1e3, 32)),
    "log_softmax": (lambda a: log_softmax(a, axis=0), reals(1e6, 32)),
    "logsumexp": (lambda a: logsumexp(a, axis=None), reals(1e6, 32)),
    "probs_from_reference_log_odds": (probs_from_reference_log_odds, reals(1e6, 32)),
}


@st.composite
def call_and_input(draw):
    name = draw(st.sampled_from(sorted(CALLS)))
    fn, elements = CALLS[name]
    dtype = draw(st.sampled_from([np.float64, np.float32]))
    return name, fn, draw(arrays_1d_2d(elements, dtype))


@EXAMPLES
@given(call_and_input())
def test_inputs_are_not_modified(case):
    name, fn, a = case
    before = a.copy()
    out = fn(a)
    assert np.array_equal(a, before) and a.dtype == before.dtype, name
    assert not np.shares_memory(out, a), name


@EXAMPLES
@given(one_hot_cases(10, 1))
def test_one_hot_does_not_modify_indices(case):
    k, indices = case
    before = indices.copy()
    one_hot(indices, k)
    assert np.array_equal(indices, before)
