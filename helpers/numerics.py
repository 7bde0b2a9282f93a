r"""Scores to probabilities, computed carefully.

Every function here accepts anything :func:`numpy.asarray` turns into real
numbers, Python ints of any size included, and follows one contract.

**Accuracy.** ε is the machine epsilon of the float type (2**-52 for
float64), a ULP is one unit in the last place of the correctly rounded
result, K is the number of values in a slice that is reduced.

* :func:`sigmoid`, :func:`log_sigmoid`, :func:`logit`, :func:`odds` and
  :func:`prob_from_odds`: within 2 ULP of the correctly rounded value, like
  :mod:`scipy.special`.
* :func:`logsumexp`: within 2 ULP + 4ε(1 + ln K) of the correctly rounded
  value, an absolute error. That is a few ULP when the result is at least 1
  in size. A result much smaller than its inputs depends on their last bits
  (its condition number is large: when the -20.0 in
  ``logsumexp([1e-15, -20.0])``, about 2e-9, changes by a relative δ, the
  result changes by 20δ), and its relative error can then be large, as in
  :mod:`scipy.special`.
* :func:`softmax` (and :func:`probs_from_reference_log_odds`, with the
  reference class counted in K): each probability within a relative
  4ε(1 + g_i + ln K) of the exact value, where g_i = |z_i - z*|·|ln b|/T is
  how far its exponent lies below the largest one. Below the normal range
  (p_i < 2.2e-308 in float64) an absolute error of two of the smallest
  subnormals (2 × 2**-1074) comes on top.
* :func:`log_softmax`: each value within an absolute 4ε(1 + g_i + ln K),
  g_i = max(z) - z_i.
* float16 and float32 are computed in float64 and rounded once, which adds
  half a ULP of their own. longdouble (where it is wider than float64) is
  computed in longdouble: the reductions meet the bounds above with its ε;
  its exp and log are less exact than float64's, so the elementwise
  functions are within 4 of its ULP.

**Everything else.**

* No finite input, however large, triggers a ``RuntimeWarning``.
* A value outside the domain raises ``ValueError`` naming the function, the
  valid range and the offending value, and nothing is returned. So does an
  axis that the input does not have; an axis that is not an int (a tuple, a
  bool) raises ``TypeError``.
* ``nan`` means "missing" and passes through as ``nan``.
* Complex or non-numeric input raises ``TypeError``.
* int and bool inputs give float64; float16, float32 and longdouble keep
  their type. Inputs are never modified.
* A Python int becomes the nearest float64, and one beyond the float64
  range (about 1.8e308) counts as ±inf: ``sigmoid(10**400) == 1.0``.
  :func:`softmax` and :func:`log_softmax` first subtract the largest of
  integer scores exactly, so ``softmax([10**400, 0])`` is ``[1.0, 0.0]``.
"""

import math
import numbers
import operator

import numpy as np

__all__ = [
    "log_sigmoid",
    "log_softmax",
    "logit",
    "logsumexp",
    "odds",
    "one_hot",
    "prob_from_odds",
    "probs_from_reference_log_odds",
    "sigmoid",
    "softmax",
]

_QUIET = {"over": "ignore", "under": "ignore", "invalid": "ignore", "divide": "ignore"}


# --- input checks ----------------------------------------------------------


def _number_from_object(value, func):
    """A float for one element of an object array: ints of any size, floats, bools."""
    if isinstance(value, numbers.Integral):
        try:
            return float(int(value))
        except OverflowError:  # beyond the float64 range: the nearest is an infinity
            return math.inf if value > 0 else -math.inf
    if isinstance(value, numbers.Real | np.bool_):
        return float(value)
    if isinstance(value, numbers.Complex):
        raise TypeError(f"{func}: complex input is not supported (got {value!r})")
    raise TypeError(f"{func}: expected real numbers, got {type(value).__name__} {value!r}")


def _real_array(x, func):
    """``x`` as an array of floats: bool, int and Python ints of any size become float64."""
    arr = np.asarray(x)
    kind = arr.dtype.kind
    if kind in "biu":
        return arr.astype(np.float64)
    if kind == "f":
        return arr
    if kind == "c":
        raise TypeError(f"{func}: complex input is not supported (got dtype {arr.dtype})")
    if kind == "O":
        values = [_number_from_object(v, func) for v in arr.flat]
        return np.array(values, dtype=np.float64).reshape(arr.shape)
    raise TypeError(f"{func}: expected real numbers, got dtype {arr.dtype}")


def _is_python_ints(arr):
    """True for an object array of integers only (such as Python ints too big for int64)."""
    return arr.dtype == object and all(isinstance(v, numbers.Integral) for v in arr.flat)


def _shifted_ints(arr, axis, by_min=False):
    """Integer scores minus the slice maximum (or minimum), computed exactly."""
    ints = np.frompyfunc(int, 1, 1)(arr).astype(object)
    pick = np.min if by_min else np.max
    return ints - pick(ints, axis=axis, keepdims=True)


def _working(arr):
    """A float64 (or wider) view of ``arr`` for the arithmetic."""
    if arr.dtype.itemsize < 8:
        return arr.astype(np.float64)
    return arr


def _result(values, dtype):
    """Cast back to the caller's dtype; a 0-d result becomes a numpy scalar.

    A value beyond a narrow type's range becomes ±inf, its correct rounding,
    without a warning.
    """
    with np.errstate(over="ignore"):
        values = values.astype(dtype, copy=False)
    return values[()] if values.ndim == 0 else values


def _first_offender(arr, bad):
    return arr[bad].flat[0].item()


def _require_in_range(arr, low, high, func, name, interval):
    """Raise if any non-nan value lies outside [low, high]."""
    bad = (arr < low) | (arr > high)
    if bad.any():
        value = _first_offender(arr, bad)
        count = int(np.count_nonzero(bad))
        extra = "" if count == 1 else f" (and {count - 1} more)"
        raise ValueError(f"{func}: {name} must be in {interval}, got {value!r}{extra}")


def _axis(axis, ndim, func, allow_none=True):
    """``axis`` as an int in [0, ndim), or None; a clear error if the input has no such axis."""
    if axis is None and allow_none:
        return None
    wanted = "an int or None" if allow_none else "an int"
    if isinstance(axis, bool | np.bool_):
        raise TypeError(f"{func}: axis must be {wanted}, got {axis!r}")
    try:
        ax = operator.index(axis)
    except TypeError:
        hint = "; to reduce over several axes, reshape them into one" if isinstance(
            axis, tuple) else ""
        raise TypeError(f"{func}: axis must be {wanted}, got {axis!r}{hint}") from None
    if ndim == 0:
        raise np.exceptions.AxisError(
            f"{func}: the input is a scalar (0-d), which has no axis {ax}; pass the values as "
            f"a 1-D array, e.g. {func}([2.0, 1.0, 0.1]), or use axis=None"
        )
    if not -ndim <= ax < ndim:
        dims = "dimension" if ndim == 1 else "dimensions"
        raise np.exceptions.AxisError(
            f"{func}: axis {ax} is out of range for an input with {ndim} {dims} "
            f"(valid: -{ndim} to {ndim - 1}{', or None' if allow_none else ''})"
        )
    return ax % ndim


def _positive_finite_scalar(value, func, name, dtype):
    """``value`` as a float scalar at least as wide as ``dtype``, checked to be > 0 and finite."""
    arr = np.asarray(value)
    if arr.ndim != 0 or arr.dtype.kind not in "iuf":
        raise TypeError(f"{func}: {name} must be a real number, got {value!r}")
    number = arr.astype(np.result_type(arr.dtype, dtype))[()]
    if not (number > 0 and np.isfinite(number)):
        raise ValueError(f"{func}: {name} must be > 0 and finite, got {arr.item()!r}")
    return number


# --- sigmoid, logit and odds -------------------------------------------------


def sigmoid(x):
    r"""Logistic sigmoid, elementwise: :math:`\sigma(x) = 1 / (1 + e^{-x})`.

    Parameters
    ----------
    x : array_like of real numbers
        Scores (logits). Any real value is allowed.

    Returns
    -------
    ndarray or scalar
        Values in (0, 1) mathematically; in floating point they round to exactly
        0.0 or 1.0 once x is far enough from 0 (1.0 from x > 37.4). The shape of ``x``;
        a scalar for scalar input.

    See Also
    --------
    logit : the inverse, log-odds from a probability.
    log_sigmoid : :math:`\log\sigma(x)`, accurate where ``sigmoid`` rounds to 0 or 1.
    probs_from_reference_log_odds : its K-class generalisation (K = 2 is this).

    Notes
    -----
    Only :math:`e^{-|x|} \le 1` is ever computed, so nothing overflows:
    :math:`\sigma(x) = 1/(1+e^{-x})` for :math:`x \ge 0` and
    :math:`e^{x}/(1+e^{x})` for :math:`x < 0`. The rounding error of
    :math:`1 + e^{-|x|}` is recovered exactly and corrected for, which keeps
    the result within 2 ULP.

    Mathematically :math:`\sigma(-x) = 1 - \sigma(x)` exactly. In floating
    point ``1 - sigmoid(x)`` is only accurate to about ε in absolute terms:
    for x > 37.4 ``sigmoid(x)`` rounds to 1.0, so ``1 - sigmoid(x)`` is 0,
    while :math:`\sigma(-x) \approx e^{-x}` is small but far from 0. That is
    why the small tail is computed directly from :math:`e^{-|x|}`, never as 1
    minus something: ``sigmoid(-x)`` keeps its 2 ULP down to the subnormal
    range (x near -745), and ``abs(sigmoid(-x) - (1 - sigmoid(x))) <= 3 * eps``
    for every x.

    Edge cases: ``sigmoid(inf) == 1``, ``sigmoid(-inf) == 0``,
    ``sigmoid(nan)`` is nan. For x below about -708 the result is subnormal,
    not 0.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import sigmoid
    >>> sigmoid(np.array([-2.0, 0.0, 2.0]))
    array([0.11920292, 0.5       , 0.88079708])
    >>> print(sigmoid(1000.0), sigmoid(-1000.0))
    1.0 0.0
    >>> print(sigmoid(-40.0), 1 - sigmoid(40.0))  # the tail, and what 1 - sigma loses
    4.248354255291589e-18 0.0
    """
    x = _real_array(x, "sigmoid")
    w = _working(x)
    with np.errstate(**_QUIET):
        e = np.exp(-np.abs(w))
        d = 1.0 + e
        low = (1.0 - d) + e  # exact rounding error of 1 + e, since d >= 1 >= e
        inv = 1.0 / d
        positive = inv - low * inv * inv
        negative = e * inv - e * low * inv * inv
        out = np.where(w >= 0, positive, negative)
    return _result(out, x.dtype)


def log_sigmoid(x):
    r"""Log of the sigmoid, elementwise: :math:`\log\sigma(x) = -\log(1 + e^{-x})`.

    Parameters
    ----------
    x : array_like of real numbers
        Scores (logits). Any real value is allowed.

    Returns
    -------
    ndarray or scalar
        Values <= 0, with the shape of ``x``; a scalar for scalar input.

    See Also
    --------
    sigmoid : :math:`\sigma(x)` itself.
    logit : the inverse of the sigmoid.
    log_softmax : its K-class counterpart.

    Notes
    -----
    Only :math:`e^{-|x|} \le 1` is ever computed, so nothing overflows:

    .. math::

       \log\sigma(x) = -\operatorname{log1p}(e^{-x}) \;(x \ge 0), \qquad
       x - \operatorname{log1p}(e^{x}) \;(x < 0).

    ``np.log(sigmoid(x))`` is -inf once :math:`\sigma(x)` underflows
    (x < -745) and 0 once it rounds to 1 (x > 37.4); this is neither:
    ``log_sigmoid(-1000) == -1000`` and ``log_sigmoid(40)`` is
    :math:`-e^{-40}`. It is what binary cross-entropy needs: the loss for
    label y in {0, 1} and score x is
    ``-(y * log_sigmoid(x) + (1 - y) * log_sigmoid(-x))``, since
    :math:`1 - \sigma(x) = \sigma(-x)`.

    Edge cases: ``log_sigmoid(inf) == 0``, ``log_sigmoid(-inf) == -inf``,
    ``log_sigmoid(nan)`` is nan.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import log_sigmoid
    >>> log_sigmoid(np.array([-1000.0, 0.0, 40.0]))
    array([-1.00000000e+03, -6.93147181e-01, -4.24835426e-18])
    """
    x = _real_array(x, "log_sigmoid")
    w = _working(x)
    with np.errstate(**_QUIET):
        tail = np.log1p(np.exp(-np.abs(w)))
        out = np.where(w >= 0, -tail, w - tail)
    return _result(out, x.dtype)


def logit(p):
    r"""Log-odds, elementwise: :math:`\operatorname{logit}(p) = \log\frac{p}{1-p}`.

    The inverse of :func:`sigmoid`.

    Parameters
    ----------
    p : array_like of real numbers in [0, 1]
        Probabilities.

    Returns
    -------
    ndarray or scalar
        Log-odds, with the shape of ``p``.

    Raises
    ------
    ValueError
        If any ``p`` is outside [0, 1] (nan is allowed and gives nan).

    See Also
    --------
    sigmoid : the inverse, a probability from log-odds.
    log_sigmoid : :math:`\log\sigma(x)`.
    odds : :math:`p / (1 - p)`, whose log this is.

    Notes
    -----
    The naive ``log(p / (1 - p))`` is thousands of ULP off near p = 1/2,
    where the result is near 0. For :math:`1/4 < p < 3/4` this uses

    .. math::

       \operatorname{logit}(p) = \operatorname{log1p}\Big(\frac{2p-1}{1-p}\Big)
       \;(p \ge \tfrac12), \qquad
       -\operatorname{log1p}\Big(\frac{1-2p}{p}\Big) \;(p < \tfrac12),

    in which :math:`2p - 1`, :math:`1 - 2p` and :math:`1 - p` are exact
    (Sterbenz), so only the division rounds. Elsewhere the plain formula is
    accurate, because the result is at least log 3 in size; it also makes
    ``logit(0.75)`` exactly the correctly rounded ``log(3)``.

    Edge cases: ``logit(0) == -inf``, ``logit(1) == inf``, ``logit(0.5) == 0``.

    Examples
    --------
    >>> from helpers import logit
    >>> logit([0.25, 0.5, 0.75])
    array([-1.09861229,  0.        ,  1.09861229])
    >>> print(logit(0.0), logit(1.0))
    -inf inf
    """
    p = _real_array(p, "logit")
    _require_in_range(p, 0, 1, "logit", "p", "[0, 1]")
    w = _working(p)
    with np.errstate(**_QUIET):
        outer = np.log(w / (1.0 - w))
        upper = np.log1p((2.0 * w - 1.0) / (1.0 - w))
        lower = -np.log1p((1.0 - 2.0 * w) / w)
        middle = np.where(w >= 0.5, upper, lower)
        out = np.where((w > 0.25) & (w < 0.75), middle, outer)
    return _result(out, p.dtype)


def odds(p):
    r"""Odds of a probability, elementwise: :math:`o = p / (1 - p)`.

    Parameters
    ----------
    p : array_like of real numbers in [0, 1]
        Probabilities.

    Returns
    -------
    ndarray or scalar
        Odds in [0, inf], with the shape of ``p``.

    Raises
    ------
    ValueError
        If any ``p`` is outside [0, 1] (nan is allowed and gives nan).

    See Also
    --------
    prob_from_odds : the inverse, a probability from odds.
    logit : the log of the odds.

    Notes
    -----
    ``odds(0) == 0`` and ``odds(1) == inf``, with no divide warning.
    Odds of 3 mean "3 to 1": p = 0.75 wins three times as often as it loses.

    Examples
    --------
    >>> from helpers import odds
    >>> odds([0.0, 0.5, 0.75, 1.0])
    array([ 0.,  1.,  3., inf])
    """
    p = _real_array(p, "odds")
    _require_in_range(p, 0, 1, "odds", "p", "[0, 1]")
    w = _working(p)
    with np.errstate(**_QUIET):
        out = w / (1.0 - w)
    return _result(out, p.dtype)


def prob_from_odds(o):
    r"""Probability from odds, elementwise: :math:`p = o / (1 + o)`.

    The inverse of :func:`odds`.

    Parameters
    ----------
    o : array_like of real numbers in [0, inf]
        Odds.

    Returns
    -------
    ndarray or scalar
        Probabilities in [0, 1], with the shape of ``o``.

    Raises
    ------
    ValueError
        If any ``o`` is negative (nan is allowed and gives nan).

    See Also
    --------
    odds : the inverse, odds from a probability.
    sigmoid : a probability from log-odds, ``prob_from_odds(exp(x))``.

    Notes
    -----
    ``prob_from_odds(inf) == 1.0`` (``inf / inf`` would be nan), and
    ``prob_from_odds(0) == 0``.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import prob_from_odds
    >>> prob_from_odds([0.0, 1.0, 3.0, np.inf])
    array([0.  , 0.5 , 0.75, 1.  ])
    """
    o = _real_array(o, "prob_from_odds")
    _require_in_range(o, 0, np.inf, "prob_from_odds", "odds", "[0, inf]")
    w = _working(o)
    with np.errstate(**_QUIET):
        out = np.where(np.isposinf(w), 1.0, w / (1.0 + w))
    return _result(out, o.dtype)


# --- softmax and friends -----------------------------------------------------
#
# The bounds in the module docstring need sums whose rounding error grows like
# log K, not like K. numpy sums pairwise along the last axis of a C-contiguous
# array; along another axis the kernels sum pairwise themselves. Up to 16
# terms, any order of adding is within the bounds.


def _scale_parts(temperature, base, dtype):
    """(c, e) with b**(z/T) == exp(z * c * 2**e) and 1/2 < |c| < 2, or c == 0 for b == 1.

    The scale ln(b)/T itself may be beyond the float range (T = 1e-310) or
    subnormal (T = 1e300, b near 1); its mantissa and exponent never are.
    """
    t_frac, t_exp = np.frexp(_positive_finite_scalar(temperature, "softmax", "temperature", dtype))
    if base is None:
        b_frac, b_exp = dtype.type(0.5), 1
    else:
        b = _positive_finite_scalar(base, "softmax", "base", dtype)
        b_frac, b_exp = np.frexp(np.log(b))
    return dtype.type(b_frac / t_frac), int(b_exp) - int(t_exp)


def _scale_in_place(d, w, m, c, e):
    """Turn ``d = w - m`` (rounded) into ``(w - m) * c * 2**e``, overflow or not.

    Where w - m overflowed to -inf but the scaled difference is finite, it is
    recomputed from halves. An exponent beyond the float range is -inf and
    gives probability 0, which is its correct rounding.
    """
    s = np.ldexp(c, e)
    if s == 1:
        return
    tiny = np.finfo(d.dtype).tiny
    if np.isfinite(s) and abs(s) >= tiny and (abs(s) >= 1 or not np.isinf(d).any()):
        d *= s  # rounds exactly as the general case below
        return
    lost = np.isinf(d) & np.isfinite(w) & np.isfinite(m)
    halves = np.where(lost, 0.5 * w - 0.5 * m, d)  # exact: w and m are huge there
    exponents = np.where(lost, e + 2, e + 1).astype(np.intc)
    half_c = c * 0.5  # |half_c| < 1, so halves * half_c cannot overflow
    if e >= 0:
        d[...] = np.ldexp(halves, exponents) * half_c
    else:
        d[...] = np.ldexp(halves * half_c, exponents)


def _pairwise_sum(e, axis):
    """Sum along ``axis`` (keepdims) by halving, so the rounding error grows like log K."""
    rows = np.moveaxis(e, axis, 0)
    while rows.shape[0] > 1:
        k = rows.shape[0]
        half = k // 2
        top = rows[: k - half].copy()
        top[:half] += rows[k - half:]
        rows = top
    return np.moveaxis(rows, 0, axis)


_FEW_TERMS = 16


def _sum(e, axis):
    """Sum along ``axis`` of a C-contiguous array, keepdims, with a log K error growth."""
    if axis == e.ndim - 1 or e.shape[axis] <= _FEW_TERMS:
        return np.sum(e, axis=axis, keepdims=True)
    return _pairwise_sum(e, axis)


def _softmax_kernel(w, axis, c, e):
    """softmax(w * c * 2**e) along ``axis``, as a new C-contiguous array.

    The exponents are shifted by the term that is largest after scaling (the
    max of z for c > 0, the min for c < 0), so every exponent is <= 0.
    """
    out = np.empty(w.shape, dtype=w.dtype)
    with np.errstate(**_QUIET):
        if c == 0:  # base 1: every class is equally likely
            np.multiply(w, 0.0, out=out)
        else:
            pick = np.max if c > 0 else np.min
            m = pick(w, axis=axis, keepdims=True)
            np.subtract(w, m, out=out)
            _scale_in_place(out, w, m, c, e)
        np.exp(out, out=out)
        out /= _sum(out, axis)
    return out


def _split_max(w, axis, out, keep_shifted):
    """Shift by the slice maximum, keeping the maximum's own term out of the sum.

    Returns ``(m, rest)``: the maximum ``m`` (keepdims) and
    ``rest = sum(exp(w - m)) - 1``, computed without the rounding of
    ``1 + rest``, which is what lets ``log1p(rest)`` keep tiny contributions
    such as ``exp(-40)``. Non-finite ``m`` marks a slice with nan, +inf or all
    -inf. ``out`` receives ``w - m`` if ``keep_shifted``, else scratch values.
    """
    top = np.argmax(w, axis=axis, keepdims=True)
    m = np.take_along_axis(w, top, axis=axis)
    np.subtract(w, m, out=out)
    e = np.exp(out) if keep_shifted else np.exp(out, out=out)
    np.put_along_axis(e, top, 0.0, axis=axis)
    return m, _sum(e, axis)


def _logsumexp_kernel(w, axis):
    """logsumexp(w) along ``axis``, keepdims."""
    with np.errstate(**_QUIET):
        m, rest = _split_max(w, axis, np.empty(w.shape, dtype=w.dtype), keep_shifted=False)
        return np.where(np.isfinite(m), m + np.log1p(rest), m)


def _log_softmax_kernel(w, axis):
    """log_softmax(w) along ``axis``, as a new C-contiguous array."""
    out = np.empty(w.shape, dtype=w.dtype)
    with np.errstate(**_QUIET):
        m, rest = _split_max(w, axis, out, keep_shifted=True)
        out -= np.where(np.isfinite(m), np.log1p(rest), np.nan)
    return out


def _scores(arr, axis, func, by_min=False):
    """(float scores, axis) for softmax and log_softmax; ``axis`` None flattens.

    Scores given as Python ints are shifted exactly first (by the slice
    maximum, or the minimum if ``by_min``): the result does not change, and
    ints beyond the float range still give the right answer.
    """
    ints = _is_python_ints(arr)
    scores = arr if ints else _real_array(arr, func)
    ax = _axis(axis, arr.ndim, func)
    if ints and arr.size:
        scores = _real_array(_shifted_ints(arr, ax, by_min), func)
    if ax is None:
        return scores.reshape(-1), 0
    return scores, ax


def _working_dtype(arr):
    """The dtype the arithmetic runs in: longdouble for longdouble input, else float64."""
    return np.dtype(np.longdouble if arr.dtype == np.longdouble else np.float64)


def softmax(z, axis=-1, *, temperature=1.0, base=None):
    r"""Softmax: :math:`p_i = b^{z_i/T} / \sum_j b^{z_j/T}` along ``axis``.

    Parameters
    ----------
    z : array_like of real numbers
        Scores (logits).
    axis : int or None, default -1
        The axis along which the probabilities sum to 1: by default each row
        of a 2-D array is one distribution (``scipy.special.softmax`` defaults
        to ``None``, which normalises the whole array at once). ``None``
        means the whole array.
    temperature : float, default 1.0
        T > 0. A large T flattens the distribution towards uniform; T near 0
        sharpens it towards the one-hot vector of the largest score.
    base : float or None, default None
        b > 0; ``None`` means e. Because :math:`b^{z} = e^{z \log b}`, a base
        acts exactly like a temperature of :math:`1/\log b`.

    Returns
    -------
    ndarray
        Probabilities with the shape of ``z``.

    Raises
    ------
    ValueError
        If ``temperature`` or ``base`` is not > 0 and finite, or ``z`` has no
        axis ``axis`` (a scalar has none: pass a 1-D array, or ``axis=None``).
    TypeError
        If ``axis`` is not an int or None (a tuple, a bool).

    See Also
    --------
    log_softmax : the log of softmax, accurate where softmax underflows to 0.
    logsumexp : the log of the normalising sum.
    probs_from_reference_log_odds : softmax from log-odds against a reference class.
    sigmoid : two-class softmax: ``softmax([x, 0])[0] == sigmoid(x)``.

    Notes
    -----
    Softmax does not change when a constant is added to every score, so the
    largest one is subtracted first (the "max trick"): every exponent is then
    <= 0 and nothing overflows, whatever the size of the scores. The
    exponents :math:`(z_i - z^*) \log b / T` are formed without computing
    :math:`1/T` or :math:`\log b / T` on its own, which may not fit in a
    float: any T > 0 gives the right probabilities, and as T approaches 0
    they approach the one-hot vector of the largest score, ties shared
    equally. The relative error of :math:`p_i` is at most
    :math:`4\epsilon(1 + g_i + \ln K)`, where K is the number of classes and
    :math:`g_i = |z_i - z^*| |\log b| / T` how far the exponent of class i
    lies below the largest one.

    Edge cases: a slice that is all -inf, or contains +inf or nan, gives a
    slice of nan; other slices are unaffected. A base below 1 reverses the
    order of the classes. These rules apply to the scaled scores
    :math:`z \log b / T`. Empty input gives empty output.

    Examples
    --------
    >>> from helpers import softmax
    >>> softmax([2.0, 1.0, 0.1])
    array([0.65900114, 0.24243297, 0.09856589])
    >>> softmax([1000.0, 1000.0])
    array([0.5, 0.5])
    >>> softmax([2.0, 1.0, 0.1], temperature=100.0).round(3)
    array([0.337, 0.333, 0.33 ])
    >>> softmax([[1.0, 1.0], [0.0, 2.0]]).round(3)  # each row; scipy: axis=None
    array([[0.5  , 0.5  ],
           [0.119, 0.881]])
    """
    arr = np.asarray(z)
    c, e = _scale_parts(temperature, base, _working_dtype(arr))
    w, ax = _scores(arr, axis, "softmax", by_min=c < 0)
    if w.size == 0:
        return np.empty(arr.shape, dtype=w.dtype)
    out = _softmax_kernel(_working(w), ax, c, e)
    return _result(out.reshape(arr.shape), w.dtype)


def logsumexp(z, axis=-1, keepdims=False):
    r"""Log of a sum of exponentials: :math:`\log \sum_i e^{z_i}` along ``axis``.

    Parameters
    ----------
    z : array_like of real numbers
        The values.
    axis : int or None, default -1
        The axis to reduce: by default each row of a 2-D array gives one
        value (``scipy.special.logsumexp`` defaults to ``None``, which reduces
        the whole array). ``None`` means the whole array.
    keepdims : bool, default False
        Keep the reduced axis with length 1, for broadcasting against ``z``.

    Returns
    -------
    ndarray or scalar
        A scalar for 1-D input (or ``axis=None``) unless ``keepdims``.

    Raises
    ------
    ValueError
        If ``z`` has no axis ``axis`` (a scalar has none: pass a 1-D array,
        or ``axis=None``).
    TypeError
        If ``axis`` is not an int or None (a tuple, a bool).

    See Also
    --------
    softmax : :math:`e^{z_i - \operatorname{logsumexp}(z)}`.
    log_softmax : :math:`z_i - \operatorname{logsumexp}(z)`.

    Notes
    -----
    With :math:`m = \max z` and the maximum's own term taken out of the sum,

    .. math::

       \log \sum_i e^{z_i} = m + \operatorname{log1p}\Big(\sum_{i \ne \arg\max} e^{z_i - m}\Big),

    so nothing overflows and a tiny sum is not lost to rounding:
    ``logsumexp([0, -40])`` is 4.248354255291589e-18, not 0. The absolute
    error is at most 2 ULP + :math:`4\epsilon(1 + \ln K)` for K values: a few
    ULP unless the result is near 0, where the terms cancel and the relative
    error can be large.

    Edge cases: a slice with +inf gives +inf; one that is all -inf, or empty,
    gives -inf; one with nan gives nan.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import logsumexp
    >>> print(f"{logsumexp([1000.0, 1000.0]):.6f}")  # 1000 + log 2, no overflow
    1000.693147
    >>> print(logsumexp([0.0, -40.0]))
    4.248354255291589e-18
    >>> logsumexp([[0.0, 0.0], [1.0, -np.inf]])  # each row; scipy: axis=None
    array([0.69314718, 1.        ])
    """
    x = _real_array(z, "logsumexp")
    ax = _axis(axis, x.ndim, "logsumexp")
    w = _working(x).reshape(-1) if ax is None else _working(x)
    ax = 0 if ax is None else ax
    if w.shape[ax] == 0:
        out = np.full(np.sum(w, axis=ax, keepdims=True).shape, -np.inf, dtype=w.dtype)
    elif w.size == 0:
        out = np.empty(np.sum(w, axis=ax, keepdims=True).shape, dtype=w.dtype)
    else:
        out = _logsumexp_kernel(w, ax)
    if axis is None:
        out = out.reshape((1,) * x.ndim if keepdims else ())
    elif not keepdims:
        out = np.squeeze(out, axis=ax)
    return _result(out, x.dtype)


def log_softmax(z, axis=-1):
    r"""Log of softmax, computed directly: :math:`z_i - \log \sum_j e^{z_j}`.

    Parameters
    ----------
    z : array_like of real numbers
        Scores (logits).
    axis : int or None, default -1
        The axis along which ``exp(log_softmax)`` sums to 1: by default each
        row of a 2-D array (``scipy.special.log_softmax`` defaults to
        ``None``, the whole array). ``None`` means the whole array.

    Returns
    -------
    ndarray
        Log-probabilities (all <= 0) with the shape of ``z``.

    Raises
    ------
    ValueError
        If ``z`` has no axis ``axis`` (a scalar has none: pass a 1-D array,
        or ``axis=None``).
    TypeError
        If ``axis`` is not an int or None (a tuple, a bool).

    See Also
    --------
    softmax : the probabilities themselves.
    logsumexp : the normaliser, ``log_softmax(z) == z - logsumexp(z, keepdims=True)``.
    log_sigmoid : the two-class case, ``log_softmax([x, 0])[0] == log_sigmoid(x)``.

    Notes
    -----
    ``np.log(softmax(z))`` gives -inf when a probability underflows to 0;
    this does not: ``log_softmax([0, -1000])`` is ``[0, -1000]``. The absolute
    error is at most :math:`4\epsilon(1 + g_i + \ln K)`, where K is the number
    of classes and :math:`g_i = \max z - z_i`. It is the quantity
    cross-entropy needs: the loss for true class y is ``-log_softmax(z)[y]``.

    Edge cases: as :func:`softmax`, a slice that is all -inf, or contains
    +inf or nan, gives a slice of nan. Empty input gives empty output.

    Examples
    --------
    >>> from helpers import log_softmax
    >>> log_softmax([0.0, -1000.0])
    array([    0., -1000.])
    >>> log_softmax([2.0, 1.0, 0.1])
    array([-0.41703002, -1.41703002, -2.31703002])
    >>> log_softmax([[0.0, 0.0], [0.0, -1000.0]])  # each row; scipy: axis=None
    array([[-6.93147181e-01, -6.93147181e-01],
           [ 0.00000000e+00, -1.00000000e+03]])
    """
    arr = np.asarray(z)
    w, ax = _scores(arr, axis, "log_softmax")
    if w.size == 0:
        return np.empty(arr.shape, dtype=w.dtype)
    out = _log_softmax_kernel(_working(w), ax)
    return _result(out.reshape(arr.shape), w.dtype)


def probs_from_reference_log_odds(r, axis=-1):
    r"""K probabilities from K-1 log-odds against a reference class K.

    Given :math:`r_i = \log(P_i / P_K)` for :math:`i = 1, \dots, K-1`,

    .. math::

       P_K = \frac{1}{1 + \sum_{j<K} e^{r_j}}, \qquad P_i = e^{r_i} P_K,

    which is exactly ``softmax([r_1, ..., r_{K-1}, 0])``: the reference class
    has log-odds 0 against itself.

    Parameters
    ----------
    r : array_like of real numbers
        K-1 log-odds along ``axis``. A scalar is one log-odds (K = 2).
    axis : int, default -1
        The axis that holds the log-odds.

    Returns
    -------
    ndarray
        Probabilities, with ``axis`` one longer than in ``r``; the last entry
        along it is the reference class.

    Raises
    ------
    ValueError
        If ``r`` has no axis ``axis``.
    TypeError
        If ``axis`` is not an int.

    See Also
    --------
    softmax : what this computes, with a 0 appended for the reference class.
    sigmoid : the case K = 2.

    Notes
    -----
    With K = 2 this is the sigmoid: ``[sigmoid(r), 1 - sigmoid(r)]``. With no
    log-odds at all (K = 1) the single class has probability 1. Edge cases and
    accuracy are those of :func:`softmax`.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import probs_from_reference_log_odds
    >>> probs_from_reference_log_odds([np.log(3.0), 0.0])
    array([0.6, 0.2, 0.2])
    >>> probs_from_reference_log_odds(0.0)
    array([0.5, 0.5])
    """
    func = "probs_from_reference_log_odds"
    arr = np.atleast_1d(np.asarray(r))
    if not _is_python_ints(arr):
        arr = _real_array(arr, func)
    ax = _axis(axis, arr.ndim, func, allow_none=False)
    zero_shape = list(arr.shape)
    zero_shape[ax] = 1
    scores = np.concatenate([arr, np.zeros(zero_shape, dtype=arr.dtype)], axis=ax)
    return softmax(scores, axis=ax)


def one_hot(indices, num_classes):
    """One-hot encoding: a float array with 1.0 at each index, 0.0 elsewhere.

    Parameters
    ----------
    indices : array_like of int
        Class indices, each in [0, num_classes - 1]. Any shape.
    num_classes : int
        K >= 1, the length of each one-hot vector.

    Returns
    -------
    ndarray of float64
        Shape ``indices.shape + (num_classes,)``.

    Raises
    ------
    ValueError
        If an index is outside [0, num_classes - 1] (negative indices do not
        count from the end), or ``num_classes`` < 1.
    TypeError
        If ``indices`` are not integers.

    Notes
    -----
    The one-hot vector of the true class is the target ``y`` in the
    cross-entropy gradient ``softmax(z) - y``.

    Examples
    --------
    >>> from helpers import one_hot
    >>> one_hot([2, 0], 3)
    array([[0., 0., 1.],
           [1., 0., 0.]])
    """
    try:
        k = operator.index(num_classes)
    except TypeError:
        raise TypeError(f"one_hot: num_classes must be an integer, got {num_classes!r}") from None
    if k < 1:
        raise ValueError(f"one_hot: num_classes must be in [1, inf), got {k}")
    idx = np.asarray(indices)
    if idx.size == 0:
        return np.zeros((*idx.shape, k))
    if idx.dtype.kind not in "iu":
        raise TypeError(f"one_hot: indices must be integers, got dtype {idx.dtype}")
    _require_in_range(idx, 0, k - 1, "one_hot", "indices", f"[0, {k - 1}]")
    out = np.zeros((*idx.shape, k))
    np.put_along_axis(out, idx[..., np.newaxis].astype(np.intp), 1.0, axis=-1)
    return out
