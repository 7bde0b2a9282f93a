"""Accuracy of helpers against correctly rounded mpmath values and against scipy.special.

The contract: within 2 ULP of the correctly rounded value, as scipy.special is;
softmax and log_softmax within 4*eps*(1 + gap) relative and absolute error,
where gap is how far an element's exponent lies below the largest one.

Run with ``pytest -s`` to see the ``max ulp <function> <domain>: N`` line(s) of each test.
"""

import functools
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from scipy import special

import _mp_reference as ref
from helpers import log_softmax, logit, logsumexp, odds, prob_from_odds, sigmoid, softmax

EPS = np.finfo(np.float64).eps
TINY = np.finfo(np.float64).smallest_subnormal
MAX_ULP = 2


# ---------------------------------------------------------------- reporting


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
    assert_ulp("sigmoid", "[-110, 20] float32", x, got, want)


def test_sigmoid_vs_scipy():
    x, want = sigmoid_grid()
    theirs = scipy_call(special.expit, x)
    assert_scipy_agrees("sigmoid", "[-750, 40] float64", x, sigmoid(x), theirs, want)
    x, want = sigmoid_grid_f32()
    theirs = scipy_call(special.expit, x)
    assert_scipy_agrees("sigmoid", "[-110, 20] float32", x, sigmoid(x), theirs, want)


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


def test_logsumexp_pairs():
    z, want = lse_pair_grid()
    assert want.min() < np.finfo(np.float64).tiny  # the grid reaches the subnormals
    assert_ulp("logsumexp", "[0, -x], x in [0, 745]", z, logsumexp(z, axis=-1), want)
    assert_ulp("logsumexp", "[0, -x] along axis 0", z, logsumexp(z.T, axis=0), want)


def test_logsumexp_nonnegative_max():
    vectors, want = lse_nonnegative_max_grid()
    got = np.array([logsumexp(z) for z in vectors])
    assert_ulp("logsumexp", "random, max >= 0", vectors, got, want)


def test_logsumexp_cancelling():
    # A floating-point evaluation works with inputs that are, in effect, each
    # perturbed by a relative eps (z_i - max z is already rounded), and
    # d logsumexp / d z_i = softmax_i. So the error it can guarantee is
    # eps * sum_i softmax_i |z_i| = eps * cond * |f|, not a few ULP of f,
    # whenever max z < 0 and log(sum exp(z - max z)) cancel to near 0.
    vectors, want = lse_cancelling_grid()
    got = np.array([logsumexp(z) for z in vectors])
    pairs = zip(vectors, want, strict=True)
    sensitivity = np.array([np.sum(np.exp(z - f) * np.abs(z)) for z, f in pairs])
    bound = MAX_ULP * np.spacing(np.abs(want)) + 4 * EPS * sensitivity
    # Near 0 the result may even change sign, so ULP counts are not meaningful here.
    max_ulp("logsumexp", "random, cancelling to ~0", got, want)
    ratio = np.abs(got - want) / bound
    print(f"max error/bound logsumexp random, cancelling to ~0: {ratio.max():.3f}")
    i = int(np.argmax(ratio))
    assert ratio[i] <= 1, (
        f"logsumexp{vectors[i]!r}: error {abs(got[i] - want[i]):.3g} > bound {bound[i]:.3g} "
        f"(got {got[i]!r}, correctly rounded {want[i]!r})"
    )


def test_logsumexp_matrices():
    for a in random_matrices():
        for axis in (0, -1):
            want = np.apply_along_axis(ref.logsumexp, axis, a)
            got = logsumexp(a, axis=axis)
            assert_ulp("logsumexp", f"matrix {a.shape} axis {axis}", want.ravel(), got, want)


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


def check_bound(name, domain, rows, gots, wants, gaps, relative):
    """Each element within 4*eps*(1 + gap), relative or absolute.

    The reference is itself rounded, by half a ulp at most, and below the
    normal range no relative error is possible: a few subnormal spacings are
    allowed there.
    """
    got, want, gap = (np.concatenate([np.ravel(a) for a in parts]) for parts in (gots, wants, gaps))
    where = [(r, j) for r, w in enumerate(wants) for j in range(np.size(w))]
    max_ulp(name, domain, got, want)
    scale = np.abs(want) if relative else 1.0
    bound = 4 * EPS * (1 + gap) * scale + 0.5 * np.spacing(np.abs(want)) + 2 * TINY
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
