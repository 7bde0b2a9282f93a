"""Accuracy of helpers against correctly rounded mpmath values and against scipy.special.

The contract (the module docstring of helpers.numerics), with eps the machine
epsilon and K the length of a reduced slice:

* sigmoid, log_sigmoid, logit, odds, prob_from_odds: within 2 ULP of the
  correctly rounded value, as scipy.special is;
* logsumexp: within 2 ULP + 4*eps*(1 + ln K), an absolute error;
* softmax and log_softmax: within 4*eps*(1 + gap + ln K), relative and
  absolute error, where gap is how far an element's exponent lies below the
  largest one;
* float32 and float16 are computed in float64 and rounded once: half a ULP
  of their own on top of the float64 bound;
* longdouble: the elementwise functions within 4 ULP of longdouble, the
  reductions within the bounds above with longdouble's eps.

Run with ``pytest -s`` to see the ``max ulp <function> <domain>: N`` line(s) of each test.
"""

import functools
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from scipy import special

import _mp_reference as ref
from helpers import (
    log_sigmoid,
    log_softmax,
    logit,
    logsumexp,
    odds,
    prob_from_odds,
    sigmoid,
    softmax,
)

EPS = np.finfo(np.float64).eps
TINY = np.finfo(np.float64).smallest_subnormal
MAX_ULP = 2
NARROW_ULP = 1  # float64 within 2 ULP, then rounded once to float32 or float16
LD = np.longdouble
LD_MAX_ULP = 4
WIDE = np.finfo(LD).eps < EPS
needs_wide_longdouble = pytest.mark.skipif(not WIDE, reason="longdouble is float64 here")


# ---------------------------------------------------------------- reporting


def spacing(x):
    """One ULP at |x| (the gap to the next float away from 0), for any float type."""
    x = np.abs(np.asarray(x))
    if x.dtype != np.longdouble:
        return np.spacing(x)
    info = np.finfo(LD)
    _, exponent = np.frexp(x)
    lowest = int(np.log2(info.smallest_subnormal))
    return np.ldexp(LD(1), np.maximum(exponent.astype(int) - info.nmant - 1, lowest))


def max_ulp(name, domain, got, want):
    """ULP errors of got against want; prints the maximum for the report."""
    err = ref.ulp_distance(np.asarray(got), np.asarray(want))
    print(f"max ulp {name} {domain}: {int(err.max(initial=0))}")
    return err


def assert_ulp(name, domain, points, got, want, limit=MAX_ULP):
    err = max_ulp(name, domain, got, want)
    i = int(np.argmax(err))
    assert err[i] <= limit, (
        f"{name} on {domain}: {int(err[i])} ULP (limit {limit}) at {points[i]!r}: "
        f"got {got[i]!r}, correctly rounded {want[i]!r}"
    )


def scipy_call(fn, *args, **kwargs):
    # scipy's own overflow in the far tails is not under test here.
    with np.errstate(all="ignore"):
        return fn(*args, **kwargs)


def assert_scipy_agrees(name, domain, points, got, theirs, want):
    """Where scipy is within 2 ULP of the truth, helpers is not worse than scipy by more than 2 ULP.

    Points where scipy itself is further off are left out. "Within 2 ULP of
    scipy" would be too strict: helpers 1 ULP below the truth and scipy 2 ULP
    above it are 3 ULP apart, and both are right.
    """
    theirs = np.asarray(theirs, dtype=np.asarray(want).dtype)
    their_err = ref.ulp_distance(theirs, want)
    fair = their_err <= MAX_ULP
    our_err = ref.ulp_distance(got, want)
    excess = np.where(fair, our_err - their_err, 0)
    print(
        f"max ulp {name}-vs-scipy {domain}: {int(our_err[fair].max(initial=0))}"
        f" (scipy {int(their_err[fair].max(initial=0))}, on the {int(fair.sum())} of {fair.size}"
        f" points where scipy is within {MAX_ULP} ULP)"
    )
    i = int(np.argmax(excess))
    assert excess[i] <= MAX_ULP, (
        f"{name} on {domain} at {points[i]!r}: {int(our_err[i])} ULP, scipy {int(their_err[i])} "
        f"ULP: got {got[i]!r}, scipy {theirs[i]!r}, correctly rounded {want[i]!r}"
    )


# ---------------------------------------------------------------- grids


def both_signs(x):
    return np.concatenate([-x[::-1], [0.0], x])


@functools.cache
def sigmoid_grid():
    x = np.unique(
        np.concatenate(
            [
                np.linspace(-750.0, 40.0, 40_001),
                np.linspace(-745.2, -708.4, 8_001),  # output is subnormal
                both_signs(np.logspace(-320, 0, 2_001)),
                both_signs(np.arange(1, 2_001) * 2.0**-60),
            ]
        )
    )
    return x, ref.sigmoid(x)


@functools.cache
def sigmoid_grid_f32():
    x = np.unique(
        np.concatenate(
            [
                np.linspace(-110.0, 20.0, 20_001),
                np.linspace(-104.0, -87.0, 4_001),  # output is float32-subnormal
                both_signs(np.logspace(-45, 0, 1_001)),
            ]
        ).astype(np.float32)
    )
    return x, ref.sigmoid(x, dtype=np.float32)


@functools.cache
def log_sigmoid_grid():
    x = np.unique(
        np.concatenate(
            [
                np.linspace(-750.0, 750.0, 40_001),
                np.linspace(708.4, 745.2, 8_001),  # output is subnormal
                both_signs(np.logspace(-320, 0, 2_001)),
                both_signs(np.arange(1, 2_001) * 2.0**-60),
                -np.logspace(3, 308, 501),
            ]
        )
    )
    return x, ref.log_sigmoid(x)


def _logit_points(domain):
    rng = np.random.default_rng(20240501)
    if domain == "tiny p":
        return np.concatenate(
            [
                np.arange(1, 2_001) * TINY,
                np.logspace(-323.5, -308, 2_001),
                np.logspace(-300, -5, 8_001),
            ]
        )
    if domain == "[0.3, 0.65]":
        return np.concatenate(
            [
                np.linspace(0.3, 0.65, 20_001),
                rng.uniform(0.3, 0.65, 10_000),
                0.5 - np.arange(1, 301) * 2.0**-54,  # the last 300 floats below 1/2
                0.5 + np.arange(1, 301) * 2.0**-53,  # and the first 300 above
                0.5 + both_signs(2.0 ** -np.arange(2, 60)),
            ]
        )
    if domain == "p near 1":
        return np.concatenate(
            [
                1.0 - np.arange(1, 5_001) * 2.0**-53,
                1.0 - np.logspace(-15.5, -1, 3_001),
            ]
        )
    raise ValueError(domain)


LOGIT_DOMAINS = ["tiny p", "[0.3, 0.65]", "p near 1"]


@functools.cache
def logit_grid(domain):
    p = np.unique(_logit_points(domain))
    return p, ref.logit(p)


@functools.cache
def odds_grid():
    p = np.unique(
        np.concatenate([np.linspace(0.0, 1.0, 20_001)] + [_logit_points(d) for d in LOGIT_DOMAINS])
    )
    return p, ref.odds(p)


@functools.cache
def prob_from_odds_grid():
    o = np.unique(
        np.concatenate(
            [
                np.logspace(-300, 300, 12_001),
                np.linspace(0.0, 10.0, 20_001),
                np.arange(1, 101) * TINY,
                [np.inf],
            ]
        )
    )
    return o, ref.prob_from_odds(o)


@functools.cache
def lse_pair_grid():
    """logsumexp([0, -x]) = log1p(exp(-x)), from log(2) down to subnormal."""
    x = np.linspace(0.0, 745.0, 20_001)
    x = np.unique(np.concatenate([x, np.linspace(700.0, 745.0, 2_001)]))
    z = np.stack([np.zeros_like(x), -x], axis=-1)
    return z, np.array([ref.logsumexp(v) for v in z])


def random_vector(rng, length):
    scale = 10.0 ** rng.uniform(-3, 3)
    return rng.normal(0.0, scale, length)


@functools.cache
def lse_nonnegative_max_grid():
    """Vectors whose maximum is >= 0: max z and log(sum exp(z - max z)) add up."""
    rng = np.random.default_rng(7)
    vectors = []
    for _ in range(1_500):
        z = random_vector(rng, rng.integers(2, 51))
        z[np.argmax(z)] = abs(z.max())
        vectors.append(z)
    return vectors, np.array([ref.logsumexp(v) for v in vectors])


@functools.cache
def lse_cancelling_grid():
    """Vectors shifted so that logsumexp is 0 up to rounding, or a little away from it."""
    rng = np.random.default_rng(11)
    vectors = []
    for i in range(1_500):
        z = random_vector(rng, rng.integers(2, 51))
        shift = special.logsumexp(z) * (1.0 if i % 2 else rng.uniform(0.9, 1.1))
        vectors.append(z - shift)
    return vectors, np.array([ref.logsumexp(v) for v in vectors])


@functools.cache
def softmax_vectors():
    rng = np.random.default_rng(3)
    vectors = [random_vector(rng, rng.integers(1, 51)) for _ in range(600)]
    for offset in (1e6, -1e6, 1e15):
        for noise in (1e-3, 1.0, 30.0):
            vectors += [offset + rng.normal(0.0, noise, rng.integers(2, 51)) for _ in range(15)]
    vectors += [np.zeros(7), np.full(5, -1e6), np.array([1e300, -1e300, 0.0])]
    return vectors


@functools.cache
def softmax_reference(temperature=1.0, base=None):
    return [ref.softmax(z, temperature, base) for z in softmax_vectors()]


@functools.cache
def log_softmax_reference():
    return [ref.log_softmax(z) for z in softmax_vectors()]


def random_matrices():
    rng = np.random.default_rng(5)
    for shape in [(40, 9), (9, 40), (25, 25)]:
        yield 10.0 ** rng.uniform(-3, 3, size=(shape[0], 1)) * rng.normal(size=shape)
    yield 1e6 + rng.normal(0.0, 10.0, size=(30, 12))


# ---------------------------------------------------------------- the reference itself


def exact_value(x):
    man, exp = x.man_exp
    value = Fraction(int(man)) * Fraction(2) ** exp
    return -value if x < 0 else value


def test_reference_rounding_matches_exact_rationals():
    # float(Fraction) divides two integers, which CPython rounds correctly,
    # subnormals included; the values below straddle ties and the subnormals.
    rng = np.random.default_rng(13)
    with mpmath.workdps(ref.DPS):
        values = [
            mpmath.ldexp(mpmath.mpf(float(m)), int(e))
            for m, e in zip(rng.uniform(-1, 1, 400), rng.integers(-1090, 1000, 400), strict=True)
        ]
        values += [mpmath.mpf(k) / 2 * mpmath.mpf(2) ** -1074 for k in range(1, 64)]
        values += [mpmath.mpf(2) ** -1074 * (1 + mpmath.mpf(2) ** -60) * k for k in range(1, 16)]
    for x in values:
        assert ref.round_mpf(x) == float(exact_value(x)), x


def test_reference_keeps_tiny_terms_at_ties():
    # log_softmax([512 + 2**-43, -512])[1] = -(1024 + 2**-43) - log1p(e**-(1024 + 2**-43)):
    # just past the midpoint between two floats, so it rounds away from 1024.
    z = np.array([512 + 2.0**-43, -512.0])
    assert ref.log_softmax(z)[1] == -(1024 + 2.0**-42)


# ---------------------------------------------------------------- sigmoid


def test_sigmoid_float64():
    x, want = sigmoid_grid()
    assert_ulp("sigmoid", "[-750, 40] float64", x, sigmoid(x), want)


def test_sigmoid_subnormal_output():
    x, want = sigmoid_grid()
    tail = (x > -745.2) & (x < -708.4)
    assert want[tail].max() < np.finfo(np.float64).tiny  # the grid reaches the subnormals
    x, want = x[tail], want[tail]
    assert_ulp("sigmoid", "(-745.2, -708.4) subnormal output", x, sigmoid(x), want)


def test_sigmoid_float32():
    x, want = sigmoid_grid_f32()
    got = sigmoid(x)
    assert got.dtype == np.float32
    assert_ulp("sigmoid", "[-110, 20] float32", x, got, want, limit=NARROW_ULP)


def test_sigmoid_vs_scipy():
    x, want = sigmoid_grid()
    theirs = scipy_call(special.expit, x)
    assert_scipy_agrees("sigmoid", "[-750, 40] float64", x, sigmoid(x), theirs, want)
    x, want = sigmoid_grid_f32()
    theirs = scipy_call(special.expit, x)
    assert_scipy_agrees("sigmoid", "[-110, 20] float32", x, sigmoid(x), theirs, want)


# ---------------------------------------------------------------- log_sigmoid


def test_log_sigmoid_float64():
    x, want = log_sigmoid_grid()
    assert want[x > 0].max() > -np.finfo(np.float64).tiny  # the grid reaches the subnormals
    assert_ulp("log_sigmoid", "[-1e308, 750] float64", x, log_sigmoid(x), want)


def test_log_sigmoid_vs_scipy():
    x, want = log_sigmoid_grid()
    theirs = scipy_call(special.log_expit, x)
    assert_scipy_agrees("log_sigmoid", "[-1e308, 750] float64", x, log_sigmoid(x), theirs, want)


def test_naive_log_sigmoid_fails_in_the_tails():
    x = np.array([-800.0, 40.0])
    with np.errstate(divide="ignore"):
        naive = np.log(sigmoid(x))
    np.testing.assert_array_equal(naive, [-np.inf, 0.0])
    np.testing.assert_array_equal(log_sigmoid(x), ref.log_sigmoid(x))


# ---------------------------------------------------------------- float32 and float16
#
# float16 is checked on every finite value it has (those in the domain).


def narrow_points(name, dtype):
    if dtype == np.float16:
        every = np.arange(-(2**15), 2**15, dtype=np.int64).astype(np.int16).view(np.float16)
        every = np.unique(every[np.isfinite(every)])
        if name in ("logit", "odds"):
            return every[(every >= 0) & (every <= 1)]
        if name == "prob_from_odds":
            return np.append(every[every >= 0], np.float16(np.inf))
        return every
    rng = np.random.default_rng(31)
    if name in ("logit", "odds"):
        p = np.concatenate([rng.uniform(0, 1, 8_000), np.logspace(-45, -0.01, 4_000),
                            1 - np.logspace(-7.5, -0.5, 2_000), [0.0, 0.5, 1.0]])
        return np.unique(p.astype(dtype))
    if name == "prob_from_odds":
        o = np.concatenate([np.logspace(-45, 38, 8_000), rng.uniform(0, 10, 4_000), [0.0, np.inf]])
        return np.unique(o.astype(dtype))
    x = np.concatenate([np.linspace(-110.0, 110.0, 10_001),
                        both_signs(np.logspace(-45, 38, 2_001))])
    return np.unique(x.astype(dtype))


ELEMENTWISE = {
    "sigmoid": (sigmoid, ref.sigmoid),
    "log_sigmoid": (log_sigmoid, ref.log_sigmoid),
    "logit": (logit, ref.logit),
    "odds": (odds, ref.odds),
    "prob_from_odds": (prob_from_odds, ref.prob_from_odds),
}


@pytest.mark.parametrize("dtype", [np.float32, np.float16], ids=["float32", "float16"])
@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_elementwise_narrow_types(name, dtype):
    ours, reference = ELEMENTWISE[name]
    x = narrow_points(name, dtype)
    got = ours(x)
    assert got.dtype == dtype
    domain = f"{np.dtype(dtype).name}, {x.size} points"
    assert_ulp(name, domain, x, got, reference(x, dtype), limit=NARROW_ULP)


@pytest.mark.parametrize("dtype", [np.float32, np.float16], ids=["float32", "float16"])
def test_reductions_narrow_types(dtype):
    big = float(np.finfo(dtype).max) / 4
    vectors = [np.clip(v, -big, big).astype(dtype) for v in softmax_vectors()[::3]]
    for name, ours, reference, relative in [
        ("softmax", softmax, ref.softmax, True),
        ("log_softmax", log_softmax, ref.log_softmax, False),
    ]:
        gots = [ours(z) for z in vectors]
        assert all(g.dtype == dtype for g in gots)
        wants = [reference(z, dtype=dtype) for z in vectors]
        gaps = [exponent_gaps(z.astype(np.float64)) for z in vectors]
        check_bound(name, np.dtype(dtype).name, vectors, gots, wants, gaps, relative, narrow=True)
    got = np.array([logsumexp(z) for z in vectors])
    want = np.array([ref.logsumexp(z, dtype=dtype) for z in vectors])
    # the float64 bound, then half a ULP of the narrow type (and half for the reference)
    wide = np.array([lse_bound(float(w), z.size) for z, w in zip(vectors, want, strict=True)])
    assert np.all(np.abs(got.astype(float) - want) <= wide + spacing(want).astype(float))


# ---------------------------------------------------------------- longdouble


def longdouble_points(name):
    rng = np.random.default_rng(37)
    if name in ("logit", "odds"):
        p = np.concatenate([rng.uniform(0, 1, 1_500).astype(LD) / LD(3) * LD(3),
                            np.exp(-rng.uniform(0, 11_000, 300).astype(LD)),
                            1 - np.exp(-rng.uniform(0, 43, 300).astype(LD))])
        return np.unique(p[(p >= 0) & (p <= 1)])
    if name == "prob_from_odds":
        return np.unique(np.exp(rng.uniform(-11_000, 11_000, 2_000).astype(LD)))
    x = (rng.normal(size=1_500) * 10.0 ** rng.uniform(-3, 3, 1_500)).astype(LD) / LD(3)
    return np.unique(np.concatenate([x, rng.uniform(-11_400, 45, 500).astype(LD) / LD(7)]))


@needs_wide_longdouble
@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_elementwise_longdouble(name):
    ours, reference = ELEMENTWISE[name]
    x = longdouble_points(name)
    got, want = ours(x), reference(x, LD)
    assert got.dtype == LD
    finite = np.isfinite(want)
    assert np.array_equal(got[~finite], want[~finite])
    err = np.abs(got[finite] - want[finite]) / spacing(want[finite])
    print(f"max ulp {name} longdouble: {float(err.max()):.0f}")
    i = int(np.argmax(err))
    assert err[i] <= LD_MAX_ULP, f"{name}({x[finite][i]!r}): {float(err[i]):.1f} ULP"


@needs_wide_longdouble
def test_reductions_longdouble():
    rng = np.random.default_rng(41)
    vectors = []
    for i in range(150):
        z = (rng.normal(size=rng.integers(1, 40)) * 10.0 ** rng.uniform(-3, 3)).astype(LD) / LD(3)
        vectors.append(z - logsumexp(z) * LD(rng.uniform(0.9, 1.1)) if i % 3 == 0 else z)
    gaps = [z.max() - z for z in vectors]
    for name, ours, reference, relative in [
        ("softmax", softmax, ref.softmax, True),
        ("log_softmax", log_softmax, ref.log_softmax, False),
    ]:
        gots = [ours(z) for z in vectors]
        wants = [reference(z, dtype=LD) for z in vectors]
        check_bound(name, "longdouble", vectors, gots, wants, gaps, relative)
    got = np.array([logsumexp(z) for z in vectors])
    want = np.array([ref.logsumexp(z, dtype=LD) for z in vectors])
    sizes = np.array([z.size for z in vectors])
    bound = MAX_ULP * spacing(want) + 4 * np.finfo(LD).eps * (1 + np.log(sizes))
    assert np.all(np.abs(got - want) <= bound)


# ---------------------------------------------------------------- logit, odds


@pytest.mark.parametrize("domain", LOGIT_DOMAINS)
def test_logit(domain):
    p, want = logit_grid(domain)
    assert_ulp("logit", domain, p, logit(p), want)


def test_logit_grid_is_dense_enough():
    p, _ = logit_grid("[0.3, 0.65]")
    assert p.size >= 20_000
    assert np.count_nonzero(np.abs(p - 0.5) <= 8 * 2.0**-53) >= 10


def test_naive_logit_fails_near_one_half():
    # log(p/(1-p)) rounds the ratio to about 1 + 4(p - 1/2) before the log, so
    # near p = 1/2 the absolute error is ~eps while logit itself is ~4(p - 1/2).
    p = np.linspace(0.49, 0.51, 20_001)
    err = max_ulp("naive-logit", "[0.49, 0.51]", np.log(p / (1 - p)), ref.logit(p))
    assert err.max() > 1_000


@pytest.mark.parametrize("domain", LOGIT_DOMAINS)
def test_logit_vs_scipy(domain):
    p, want = logit_grid(domain)
    assert_scipy_agrees("logit", domain, p, logit(p), scipy_call(special.logit, p), want)


def test_logit_at_least_as_accurate_as_scipy():
    p, want = logit_grid("[0.3, 0.65]")
    ours = ref.ulp_distance(logit(p), want)
    theirs = ref.ulp_distance(scipy_call(special.logit, p), want)
    print(f"max ulp scipy-logit [0.3, 0.65]: {int(theirs.max())}")
    excess = ours - np.maximum(MAX_ULP, theirs)
    i = int(np.argmax(excess))
    assert excess[i] <= 0, f"logit at p={p[i]!r}: {int(ours[i])} ULP, scipy {int(theirs[i])} ULP"


def test_odds():
    p, want = odds_grid()
    assert_ulp("odds", "p in [0, 1]", p, odds(p), want)


def test_prob_from_odds():
    o, want = prob_from_odds_grid()
    assert_ulp("prob_from_odds", "o in [0, 1e300] and inf", o, prob_from_odds(o), want)


# ---------------------------------------------------------------- logsumexp


def test_logsumexp_literal_from_the_contract():
    assert ref.logsumexp([0.0, -40.0]) == 4.248354255291589e-18
    assert logsumexp(np.array([0.0, -40.0])) == 4.248354255291589e-18


def lse_bound(want, k):
    """The promise for logsumexp of k values: 2 ULP + 4 eps (1 + ln k), absolute."""
    return MAX_ULP * np.spacing(np.abs(want)) + 4 * EPS * (1 + np.log(k))


def assert_lse_bound(domain, vectors, got, want):
    """|got - want| within the logsumexp promise, for each vector."""
    got, want = np.asarray(got), np.asarray(want)
    sizes = np.array([np.size(v) for v in vectors])
    max_ulp("logsumexp", domain, got, want)  # near 0 ULP counts are not meaningful
    ratio = np.abs(got - want) / lse_bound(want, sizes)
    print(f"max error/bound logsumexp {domain}: {ratio.max():.3f}")
    i = int(np.argmax(ratio))
    assert ratio[i] <= 1, (
        f"logsumexp{vectors[i]!r}: error {abs(got[i] - want[i]):.3g} > bound "
        f"{lse_bound(want[i], sizes[i]):.3g} (got {got[i]!r}, correctly rounded {want[i]!r})"
    )


def test_logsumexp_pairs():
    z, want = lse_pair_grid()
    assert want.min() < np.finfo(np.float64).tiny  # the grid reaches the subnormals
    assert_lse_bound("[0, -x], x in [0, 745]", z, logsumexp(z, axis=-1), want)
    assert_lse_bound("[0, -x] along axis 0", z, logsumexp(z.T, axis=0), want)


def test_logsumexp_nonnegative_max():
    vectors, want = lse_nonnegative_max_grid()
    got = np.array([logsumexp(z) for z in vectors])
    assert_lse_bound("random, max >= 0", vectors, got, want)


def test_logsumexp_cancelling():
    # Near 0 the result may even change sign, and its relative error can be
    # large: the terms cancel. The absolute error stays within the bound.
    vectors, want = lse_cancelling_grid()
    got = np.array([logsumexp(z) for z in vectors])
    assert_lse_bound("random, cancelling to ~0", vectors, got, want)


def test_logsumexp_small_result_is_ill_conditioned():
    # max z >= 0 and nothing cancels, but the result, about e**-20, moves by
    # 20 parts in 1e16 when -20 moves by one: its last bits are not reliable.
    z = np.array([1e-15, -20.0])
    want = ref.logsumexp(z)
    assert abs(want - 2.0611546e-9) < 1e-15
    assert_lse_bound("[1e-15, -20]", [z], [logsumexp(z)], [want])


def test_logsumexp_matrices():
    for a in random_matrices():
        for axis in (0, -1):
            want = np.apply_along_axis(ref.logsumexp, axis, a)
            got = logsumexp(a, axis=axis)
            slices = list(np.moveaxis(a, axis, -1))
            assert_lse_bound(f"matrix {a.shape} axis {axis}", slices, got, want)


def long_slice_case(k=2**15):
    """k scores along axis 0: one 0 and k - 1 copies of d = log(1 - 2**-41), in two columns.

    exp(d) = 1 - 2**-41 has its last bits below the spacing of a running sum
    beyond 2**13, so adding the terms one after another loses them all (a
    relative error of 2**-41, 2000 eps); a pairwise sum keeps them. Returns
    the scores and the exact softmax, log_softmax and logsumexp of a column.
    """
    d = float(np.log1p(-(2.0**-41)))
    z = np.full((k, 2), d)
    z[0] = 0.0
    with mpmath.workdps(ref.DPS):
        e = mpmath.exp(ref.exact(d))
        total = 1 + (k - 1) * e
        column = {
            "softmax": [ref.round_mpf(1 / total), ref.round_mpf(e / total)],
            "log_softmax": [ref.round_mpf(-mpmath.log(total)),
                            ref.round_mpf(ref.exact(d) - mpmath.log(total))],
            "logsumexp": ref.round_mpf(mpmath.log(total)),
        }
    return z, column


@pytest.mark.parametrize("axis", [0, -1])
def test_long_slices_are_summed_pairwise(axis):
    z, want = long_slice_case()
    z = z if axis == 0 else z.T
    k = z.shape[axis]
    gaps = np.abs(np.moveaxis(z, axis, -1))
    for name, relative in [("softmax", True), ("log_softmax", False)]:
        got = np.moveaxis({"softmax": softmax, "log_softmax": log_softmax}[name](z, axis=axis),
                          axis, -1)
        first, rest = want[name]
        wants = np.where(np.arange(k) == 0, first, rest) * np.ones_like(got)
        check_bound(name, f"{k} terms, axis {axis}", [z], [got], [wants], [gaps], relative)
    got = logsumexp(z, axis=axis)
    columns = list(np.moveaxis(z, axis, -1))
    assert_lse_bound(f"{k} terms, axis {axis}", columns, got, np.full(2, want["logsumexp"]))


def test_logsumexp_vs_scipy():
    z, want = lse_pair_grid()
    assert_scipy_agrees(
        "logsumexp",
        "[0, -x]",
        z,
        logsumexp(z, axis=-1),
        scipy_call(special.logsumexp, z, axis=-1),
        want,
    )
    for domain, grid in [
        ("random, max >= 0", lse_nonnegative_max_grid),
        ("random, cancelling to ~0", lse_cancelling_grid),
    ]:
        vectors, want = grid()
        got = np.array([logsumexp(v) for v in vectors])
        theirs = np.array([scipy_call(special.logsumexp, v) for v in vectors])
        assert_scipy_agrees("logsumexp", domain, vectors, got, theirs, want)


# ---------------------------------------------------------------- softmax, log_softmax


def exponent_gaps(z, temperature=1.0, base=None):
    """|v_i|, how far b^(z_i/T) lies below the largest term, in powers of e."""
    w = np.asarray(z) * ((1.0 if base is None else np.log(base)) / temperature)
    return w.max() - w


def check_bound(name, domain, rows, gots, wants, gaps, relative, narrow=False):
    """Each element within 4*eps*(1 + gap + ln K), relative or absolute.

    K is the length of the slice the element belongs to. The reference is
    itself rounded, by half a ulp at most, and below the normal range no
    relative error is possible: a few subnormal spacings are allowed there.
    For a float32 or float16 result (``narrow``), computed in float64 and
    rounded once, another half ULP of its own type.
    """
    got, want, gap = (np.concatenate([np.ravel(a) for a in parts]) for parts in (gots, wants, gaps))
    size = np.concatenate([np.full(np.size(w), np.shape(w)[-1]) for w in wants])
    where = [(r, j) for r, w in enumerate(wants) for j in range(np.size(w))]
    if got.dtype != np.longdouble:
        max_ulp(name, domain, got, want)
    eps = EPS if got.dtype != np.longdouble else np.finfo(LD).eps
    tiny = TINY if got.dtype != np.longdouble else np.finfo(LD).smallest_subnormal
    scale = np.abs(want) if relative else 1.0
    rounding = (1.0 if narrow else 0.5) * spacing(want)
    bound = 4 * eps * (1 + gap + np.log(size)) * scale + rounding + 2 * tiny
    ratio = np.abs(got - want) / bound
    print(f"max error/bound {name} {domain}: {ratio.max():.3f}")
    i = int(np.argmax(ratio))
    r, j = where[i]
    assert ratio[i] <= 1, (
        f"{name} on {domain}: element {j} of {rows[r]!r}: got {got[i]!r}, "
        f"correctly rounded {want[i]!r}, error {ratio[i]:.2f} times the bound"
    )


def test_softmax_vectors():
    vectors = softmax_vectors()
    check_bound(
        "softmax",
        "random 1-D",
        vectors,
        [softmax(z) for z in vectors],
        softmax_reference(),
        [exponent_gaps(z) for z in vectors],
        relative=True,
    )


def test_log_softmax_vectors():
    vectors = softmax_vectors()
    check_bound(
        "log_softmax",
        "random 1-D",
        vectors,
        [log_softmax(z) for z in vectors],
        log_softmax_reference(),
        [exponent_gaps(z) for z in vectors],
        relative=False,
    )


@pytest.mark.parametrize(
    "fn, reference, relative", [(softmax, ref.softmax, True), (log_softmax, ref.log_softmax, False)]
)
def test_softmax_matrices(fn, reference, relative):
    rows, gots, wants, gaps = [], [], [], []
    for a in random_matrices():
        for axis in (0, -1):
            rows.append(a)
            gots.append(np.moveaxis(fn(a, axis=axis), axis, -1))
            moved = np.moveaxis(a, axis, -1)
            wants.append(np.array([reference(v) for v in moved]))
            gaps.append(np.array([exponent_gaps(v) for v in moved]))
    check_bound(fn.__name__, "random 2-D, axis 0 and -1", rows, gots, wants, gaps, relative)


@pytest.mark.parametrize(
    "temperature, base",
    [
        (t, b)
        for t in (0.1, 0.5, 1.0, 2.0, 10.0)
        for b in (None, 2.0, 10.0, 0.5)
        if (t, b) != (1.0, None)
    ],
)
def test_softmax_temperature_and_base(temperature, base):
    # For base < 1 the largest term belongs to the smallest z, so the gap is
    # measured from that term: |z_i - z*| * |ln b| / T.
    vectors = softmax_vectors()[::4]
    gots = [softmax(z, temperature=temperature, base=base) for z in vectors]
    wants = [ref.softmax(z, temperature, base) for z in vectors]
    gaps = [exponent_gaps(z, temperature, base) for z in vectors]
    check_bound(
        "softmax", f"T={temperature} base={base}", vectors, gots, wants, gaps, relative=True
    )


def test_softmax_vs_scipy():
    vectors = softmax_vectors()
    for name, ours, theirs, wants in [
        ("softmax", softmax, special.softmax, softmax_reference()),
        ("log_softmax", log_softmax, special.log_softmax, log_softmax_reference()),
    ]:
        where = [(z, j) for z in vectors for j in range(z.size)]
        got = np.concatenate([ours(z) for z in vectors])
        other = np.concatenate([scipy_call(theirs, z) for z in vectors])
        assert_scipy_agrees(name, "random 1-D", where, got, other, np.concatenate(wants))
