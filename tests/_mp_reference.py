"""High-precision references for the helpers numerics and a ULP distance.

Every reference evaluates the exact function of its float inputs with mpmath
at 50 significant digits (more where logsumexp cancels) and rounds the result
once, to nearest with ties to even, into float64 (or float32, float16 or
longdouble). The rounding is done here on the integer mantissa, so it is also
correct in the subnormal range, where converting an mpf with ``float()`` would
round twice.
"""

import mpmath
import numpy as np

DPS = 50


def _format(dtype):
    """(significand bits, exponent of the smallest subnormal, overflow exponent)."""
    info = np.finfo(dtype)
    return info.nmant + 1, info.minexp - info.nmant, info.maxexp


_FORMATS = {np.dtype(t): _format(t) for t in (np.float16, np.float32, np.float64, np.longdouble)}
_INT_TYPES = {
    np.dtype(np.float64): np.int64,
    np.dtype(np.float32): np.int32,
    np.dtype(np.float16): np.int16,
}
_HUGE = np.iinfo(np.int64).max


def ulp_distance(a, b):
    """Number of representable floats between a and b, elementwise, as int64 (saturating).

    Both arguments must have the same dtype, float64, float32 or float16. +0 and -0 are
    0 apart, as are two equal infinities or two nans. A nan or an infinity
    against anything else is a huge distance.

    >>> int(ulp_distance(np.float64(1.0), np.nextafter(1.0, 2.0)))
    1
    >>> int(ulp_distance(np.float64(-5e-324), np.float64(5e-324)))
    2
    >>> int(ulp_distance(np.float32(0.0), np.float32(-0.0)))
    0
    """
    a = np.asarray(a)
    b = np.asarray(b)
    if a.dtype != b.dtype or a.dtype not in _INT_TYPES:
        raise TypeError(
            "ulp_distance needs two float64, float32 or float16 arrays, "
            f"got {a.dtype} and {b.dtype}"
        )
    ia = _monotone_int(a)
    ib = _monotone_int(b)
    # The difference can exceed the int64 range: subtract as uint64 (exact
    # modulo 2**64) in the direction that is non-negative, then saturate.
    hi = np.maximum(ia, ib).astype(np.uint64)
    lo = np.minimum(ia, ib).astype(np.uint64)
    with np.errstate(over="ignore"):  # the wrap-around is intended
        dist = np.minimum(hi - lo, np.uint64(_HUGE)).astype(np.int64)
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    inf_mismatch = (np.isinf(a) | np.isinf(b)) & (a != b)
    dist = np.where((nan_a != nan_b) | inf_mismatch, _HUGE, dist)
    return np.where(nan_a & nan_b, 0, dist)


def _monotone_int(x):
    """Map IEEE bit patterns to integers whose order is the order of the floats."""
    bits = x.view(_INT_TYPES[x.dtype]).astype(np.int64)
    sign_bit = np.int64(np.iinfo(_INT_TYPES[x.dtype]).min)
    # Negative floats have the sign bit set: mirror them below zero, so that
    # -0.0 maps to 0 and -smallest_subnormal to -1.
    return np.where(bits < 0, sign_bit - bits, bits)


def round_mpf(x, dtype=np.float64):
    """The mpf x rounded to nearest (ties to even) in dtype, overflowing to inf."""
    dtype = np.dtype(dtype)
    if mpmath.isnan(x):
        return dtype.type(np.nan)
    sign = -1.0 if x < 0 else 1.0
    if mpmath.isinf(x):
        return dtype.type(sign * np.inf)
    if x == 0:
        return dtype.type(0.0)
    prec, emin, emax = _FORMATS[dtype]
    man, exp = x.man_exp  # |x| = man * 2**exp exactly; abs(x) would round
    man = int(man)
    top = exp + man.bit_length() - 1  # 2**top <= |x| < 2**(top + 1)
    if top < emin - 1:  # below half the smallest subnormal
        return dtype.type(sign * 0.0)
    q = max(top - prec + 1, emin)  # exponent of one ulp at |x|
    shift = q - exp
    if shift <= 0:
        n = man << -shift
    else:
        n = man >> shift
        rest = man - (n << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and n & 1):
            n += 1
    if n.bit_length() + q > emax:
        return dtype.type(sign * np.inf)
    value = np.ldexp(dtype.type(n), q)  # n has at most prec bits: exact
    return -value if sign < 0 else value


def _mpf(x):
    """The exact value of a float (any width) as an mpf."""
    x = np.longdouble(x)
    if not np.isfinite(x):
        return mpmath.mpf(float(x))
    numerator, denominator = x.as_integer_ratio()
    return mpmath.mpf(numerator) / denominator  # a power of two: exact


exact = _mpf


def _floats(x):
    """x as an array of float64, or of longdouble if it is longdouble."""
    x = np.asarray(x)
    return x if x.dtype == np.longdouble else x.astype(np.float64)


def _pointwise(fn, x, dtype):
    x = _floats(x)
    with mpmath.workdps(DPS):
        out = [round_mpf(fn(_mpf(v)), dtype) for v in x.ravel()]
    return np.array(out, dtype=dtype).reshape(x.shape)


def _one_minus(p):
    return mpmath.fsub(1, p, exact=True)


def _sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def _logit(p):
    if p == 0:
        return mpmath.ninf
    if p == 1:
        return mpmath.inf
    return mpmath.log(p / _one_minus(p))


def _odds(p):
    return mpmath.inf if p == 1 else p / _one_minus(p)


def _prob_from_odds(o):
    return mpmath.mpf(1) if mpmath.isinf(o) else o / mpmath.fadd(1, o, exact=True)


def _log_sigmoid(x):
    return -mpmath.log1p(mpmath.exp(-x)) if x >= 0 else x - mpmath.log1p(mpmath.exp(x))


def sigmoid(x, dtype=np.float64):
    """1 / (1 + e^-x), rounded into dtype."""
    return _pointwise(_sigmoid, x, dtype)


def log_sigmoid(x, dtype=np.float64):
    """log(1 / (1 + e^-x)), rounded into dtype."""
    return _pointwise(_log_sigmoid, x, dtype)


def logit(p, dtype=np.float64):
    """log(p / (1 - p)), rounded into dtype."""
    return _pointwise(_logit, p, dtype)


def odds(p, dtype=np.float64):
    """p / (1 - p), rounded into dtype."""
    return _pointwise(_odds, p, dtype)


def prob_from_odds(o, dtype=np.float64):
    """o / (1 + o), rounded into dtype."""
    return _pointwise(_prob_from_odds, o, dtype)


def _log_weights(z, temperature=1.0, base=None):
    """Exponents v_i with b^(z_i/T) = b^(z_k/T) e^(v_i), max_i v_i = v_k = 0.

    The differences z_i - z_k are taken exactly, so large common offsets in z
    cost no precision, and with T = 1 and base e they stay exact.
    """
    zs = [_mpf(v) for v in _floats(z)]
    log_base = mpmath.mpf(1) if base is None else mpmath.log(_mpf(base))
    scale = log_base / _mpf(temperature)
    k = max(range(len(zs)), key=lambda i: zs[i] * scale)
    diffs = [mpmath.fsub(v, zs[k], exact=True) for v in zs]
    return (diffs if scale == 1 else [d * scale for d in diffs]), k


def _add_exactly(a, t, dtype=np.float64):
    """a + t without rounding, for a sum that is rounded to dtype next.

    A t far below both the last bit of a and half the smallest subnormal is
    replaced by the largest such value of the same sign: the sum rounds the
    same way, and a huge exponent gap cannot make the exact sum enormous.
    """
    if a != 0 and t != 0:
        _, a_exp = a.man_exp
        smallest = _FORMATS[np.dtype(dtype)][1]
        resolution = mpmath.ldexp(1, min(a_exp, smallest - 2) - 1)
        if abs(t) < resolution:
            t = resolution if t > 0 else -resolution
    return mpmath.fadd(a, t, exact=True)


def _log1p_rest(v, k):
    """log(sum_i e^(v_i)) for v_k = 0, accurate even when the other terms are tiny."""
    return mpmath.log1p(mpmath.fsum(mpmath.exp(w) for i, w in enumerate(v) if i != k))


def softmax(z, temperature=1.0, base=None, dtype=np.float64):
    """b^(z_i/T) / sum_j b^(z_j/T) of a 1-D vector, rounded into dtype (base None means e)."""
    with mpmath.workdps(DPS):
        v, _ = _log_weights(z, temperature, base)
        weights = [mpmath.exp(w) for w in v]
        total = mpmath.fsum(weights)
        return np.array([round_mpf(w / total, dtype) for w in weights], dtype=dtype)


def log_softmax(z, dtype=np.float64):
    """z_i - log(sum_j e^(z_j)) of a 1-D vector, rounded into dtype."""
    with mpmath.workdps(DPS):
        v, k = _log_weights(z)
        lse = _log1p_rest(v, k)
        # Both terms are <= 0, so they do not cancel. The sum is exact: v_i can
        # be a rounding midpoint, and a tiny lse then decides the side.
        return np.array([round_mpf(_add_exactly(w, -lse, dtype), dtype) for w in v], dtype=dtype)


def logsumexp(z, dtype=np.float64):
    """log(sum_j e^(z_j)) of a 1-D vector, rounded into dtype.

    With max z < 0 the two terms of max z + log1p(rest) cancel when the result
    is near zero (it is never exactly zero then), so the working precision is
    raised until DPS digits survive the cancellation.
    """
    z = _floats(z)
    good_bits = mpmath.libmp.dps_to_prec(DPS)
    prec = good_bits
    while True:
        with mpmath.workprec(prec):
            v, k = _log_weights(z)
            top = _mpf(z[k])
            rest = _log1p_rest(v, k)
            result = _add_exactly(top, rest, dtype)
        if top >= 0 or rest == 0:
            return round_mpf(result, dtype)
        lost = prec if result == 0 else mpmath.mag(rest) - mpmath.mag(result)
        if prec - lost >= good_bits:
            return round_mpf(result, dtype)
        prec = 2 * prec + lost
