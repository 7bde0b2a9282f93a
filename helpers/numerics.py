"""Scores to probabilities, computed carefully.

Every function here accepts anything :func:`numpy.asarray` turns into real
numbers and follows one contract:

* results are within 2 ULP of the correctly rounded value, like
  :mod:`scipy.special`;
* no finite input, however large, triggers a ``RuntimeWarning``;
* a value outside the domain raises ``ValueError`` naming the function, the
  valid range and the offending value, and nothing is returned;
* ``nan`` means "missing" and passes through as ``nan``;
* complex or non-numeric input raises ``TypeError``;
* int and bool inputs give float64, float32 stays float32, and inputs are
  never modified.
"""

import concurrent.futures
import itertools
import math
import operator
import os

import numpy as np

__all__ = [
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
_LARGEST = np.finfo(np.float64).max


# --- input checks ----------------------------------------------------------


def _real_array(x, func):
    """``x`` as an array of floats: bool and int become float64."""
    arr = np.asarray(x)
    kind = arr.dtype.kind
    if kind in "biu":
        return arr.astype(np.float64)
    if kind == "f":
        return arr
    if kind == "c":
        raise TypeError(f"{func}: complex input is not supported (got dtype {arr.dtype})")
    raise TypeError(f"{func}: expected real numbers, got dtype {arr.dtype}")


def _working(arr):
    """A float64 (or wider) view of ``arr`` for the arithmetic."""
    if arr.dtype.itemsize < 8:
        return arr.astype(np.float64)
    return arr


def _result(values, dtype):
    """Cast back to the caller's dtype; a 0-d result becomes a numpy scalar."""
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


def _positive_finite_scalar(value, func, name):
    arr = np.asarray(value)
    if arr.ndim != 0 or arr.dtype.kind not in "iuf":
        raise TypeError(f"{func}: {name} must be a real number, got {value!r}")
    number = float(arr)
    if not (number > 0 and math.isfinite(number)):
        raise ValueError(f"{func}: {name} must be > 0 and finite, got {number!r}")
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

    Notes
    -----
    Only :math:`e^{-|x|} \le 1` is ever computed, so nothing overflows:
    :math:`\sigma(x) = 1/(1+e^{-x})` for :math:`x \ge 0` and
    :math:`e^{x}/(1+e^{x})` for :math:`x < 0`. The rounding error of
    :math:`1 + e^{-|x|}` is recovered exactly and corrected for, which keeps
    the result within 2 ULP.

    Edge cases: ``sigmoid(inf) == 1``, ``sigmoid(-inf) == 0``,
    ``sigmoid(nan)`` is nan. For x below about -708 the result is subnormal,
    not 0, and ``sigmoid(-x) == 1 - sigmoid(x)`` holds in exact arithmetic.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import sigmoid
    >>> sigmoid(np.array([-2.0, 0.0, 2.0]))
    array([0.11920292, 0.5       , 0.88079708])
    >>> print(sigmoid(1000.0), sigmoid(-1000.0))
    1.0 0.0
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

# Large reductions are split into blocks along an axis that is not reduced,
# and the blocks run in threads: numpy releases the GIL inside its loops, so
# the exponentials run on all cores. Every slice is computed exactly as it
# would be in one piece, so the result does not depend on the split.
_PARALLEL_MIN_SIZE = 1 << 18
_THREADS = min(8, os.cpu_count() or 1)
_pool = None


def _thread_pool():
    global _pool
    if _pool is None:
        _pool = concurrent.futures.ThreadPoolExecutor(_THREADS, thread_name_prefix="helpers")
    return _pool


def _in_blocks(kernel, w, out, axis, *args):
    """Run ``kernel(w_block, out_block, axis, *args)`` over blocks of ``w``."""
    others = [i for i in range(w.ndim) if i != axis and w.shape[i] >= 2 * _THREADS]
    if _THREADS < 2 or w.size < _PARALLEL_MIN_SIZE or not others:
        kernel(w, out, axis, *args)
        return
    split = max(others, key=lambda i: w.shape[i])
    edges = np.linspace(0, w.shape[split], _THREADS + 1).astype(int)
    blocks = [(slice(None),) * split + (slice(lo, hi),) for lo, hi in itertools.pairwise(edges)]
    try:
        jobs = [_thread_pool().submit(kernel, w[b], out[b], axis, *args) for b in blocks]
    except RuntimeError:  # no threads here (e.g. a browser-based Python)
        kernel(w, out, axis, *args)
        return
    for job in jobs:
        job.result()


def _exponent_scale(temperature, base):
    """The factor s with b**(z/T) == exp(s*z); clipped so that s stays finite."""
    temperature = _positive_finite_scalar(temperature, "softmax", "temperature")
    if base is None:
        scale = 1.0 / temperature
    else:
        base = _positive_finite_scalar(base, "softmax", "base")
        scale = math.log(base) / temperature
    return max(-_LARGEST, min(_LARGEST, scale))


def _softmax_kernel(w, out, axis, scale):
    """Write softmax(w * scale) along ``axis`` into ``out`` (same shape as ``w``).

    The exponents are shifted by the term that is largest after scaling (the
    max of z for s > 0, the min for s < 0), so every exponent is <= 0.
    """
    with np.errstate(**_QUIET):
        if scale == 0.0:  # base 1: every class is equally likely
            np.multiply(w, 0.0, out=out)
        else:
            pick = np.max if scale > 0 else np.min
            m = pick(w, axis=axis, keepdims=True)
            np.subtract(w, m, out=out)
            if abs(scale) < 1 and np.isinf(out).any():
                # z - z* overflowed to -inf, but (z - z*) * s may be finite.
                lost = np.isinf(out) & np.isfinite(w) & np.isfinite(m)
                out[...] = np.where(lost, w * scale - m * scale, out * scale)
            elif scale != 1.0:
                np.multiply(out, scale, out=out)
        np.exp(out, out=out)
        np.divide(out, np.sum(out, axis=axis, keepdims=True), out=out)


def softmax(z, axis=-1, *, temperature=1.0, base=None):
    r"""Softmax: :math:`p_i = b^{z_i/T} / \sum_j b^{z_j/T}` along ``axis``.

    Parameters
    ----------
    z : array_like of real numbers
        Scores (logits).
    axis : int or None, default -1
        The axis along which the probabilities sum to 1. ``None`` means the
        whole array.
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
        If ``temperature`` or ``base`` is not > 0 and finite.

    Notes
    -----
    Softmax does not change when a constant is added to every score, so the
    largest one is subtracted first (the "max trick"): every exponent is then
    <= 0 and nothing overflows, whatever the size of the scores. The relative
    error of :math:`p_i` is at most :math:`4\epsilon(1 + |z_i - \max z|/T)`.

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
    """
    z = _real_array(z, "softmax")
    scale = _exponent_scale(temperature, base)
    if z.size == 0:
        return z.astype(z.dtype, copy=True)
    w, ax = _flatten_for_axis(_working(z), axis)
    out = np.empty_like(w)
    _in_blocks(_softmax_kernel, w, out, ax, scale)
    return _result(out.reshape(z.shape), z.dtype)


def _flatten_for_axis(w, axis):
    """(array, axis >= 0) such that the reduction is along one real axis."""
    if axis is None:
        return w.reshape(-1), 0
    ax = operator.index(axis)
    if not -w.ndim <= ax < w.ndim:
        raise np.exceptions.AxisError(ax, w.ndim)
    return w, ax % w.ndim


def _split_max(w, axis, shifted=None):
    """Shift by the slice maximum, keeping the maximum's own term out of the sum.

    Returns ``(m, rest)``: the maximum ``m`` (keepdims) and
    ``rest = sum(exp(w - m)) - 1``, computed without the rounding of
    ``1 + rest``, which is what lets ``log1p(rest)`` keep tiny contributions
    such as ``exp(-40)``. Non-finite ``m`` marks a slice with nan, +inf or all
    -inf. If ``shifted`` is given, ``w - m`` is written into it.
    """
    top = np.argmax(w, axis=axis, keepdims=True)
    m = np.take_along_axis(w, top, axis=axis)
    if shifted is None:
        e = np.subtract(w, m)
        np.exp(e, out=e)
    else:
        e = np.exp(np.subtract(w, m, out=shifted))
    np.put_along_axis(e, top, 0.0, axis=axis)
    return m, np.sum(e, axis=axis, keepdims=True)


def _logsumexp_kernel(w, out, axis):
    """Write logsumexp(w) along ``axis`` into ``out`` (keepdims shape)."""
    with np.errstate(**_QUIET):
        m, rest = _split_max(w, axis)
        out[...] = np.where(np.isfinite(m), m + np.log1p(rest), m)


def _log_softmax_kernel(w, out, axis):
    """Write log_softmax(w) along ``axis`` into ``out`` (same shape as ``w``)."""
    with np.errstate(**_QUIET):
        m, rest = _split_max(w, axis, shifted=out)
        np.subtract(out, np.where(np.isfinite(m), np.log1p(rest), np.nan), out=out)


def logsumexp(z, axis=-1, keepdims=False):
    r"""Log of a sum of exponentials: :math:`\log \sum_i e^{z_i}` along ``axis``.

    Parameters
    ----------
    z : array_like of real numbers
        The values.
    axis : int or None, default -1
        The axis to reduce. ``None`` means the whole array.
    keepdims : bool, default False
        Keep the reduced axis with length 1, for broadcasting against ``z``.

    Returns
    -------
    ndarray or scalar
        A scalar for 1-D input (or ``axis=None``) unless ``keepdims``.

    Notes
    -----
    With :math:`m = \max z` and the maximum's own term taken out of the sum,

    .. math::

       \log \sum_i e^{z_i} = m + \operatorname{log1p}\Big(\sum_{i \ne \arg\max} e^{z_i - m}\Big),

    so nothing overflows and a tiny sum is not lost to rounding:
    ``logsumexp([0, -40])`` is 4.248354255291589e-18, not 0.

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
    >>> logsumexp([[0.0, 0.0], [1.0, -np.inf]])
    array([0.69314718, 1.        ])
    """
    z = _real_array(z, "logsumexp")
    w, ax = _flatten_for_axis(_working(z), axis)
    if w.size == 0 or w.shape[ax] == 0:
        shape = np.sum(w, axis=ax, keepdims=True).shape
        out = np.full(shape, -np.inf, dtype=w.dtype)
    else:
        out = np.empty((*w.shape[:ax], 1, *w.shape[ax + 1:]), dtype=w.dtype)
        _in_blocks(_logsumexp_kernel, w, out, ax)
    if axis is None:
        out = out.reshape((1,) * z.ndim if keepdims else ())
    elif not keepdims:
        out = np.squeeze(out, axis=ax)
    return _result(out, z.dtype)


def log_softmax(z, axis=-1):
    r"""Log of softmax, computed directly: :math:`z_i - \log \sum_j e^{z_j}`.

    Parameters
    ----------
    z : array_like of real numbers
        Scores (logits).
    axis : int or None, default -1
        The axis along which ``exp(log_softmax)`` sums to 1. ``None`` means the
        whole array.

    Returns
    -------
    ndarray
        Log-probabilities (all <= 0) with the shape of ``z``.

    Notes
    -----
    ``np.log(softmax(z))`` gives -inf when a probability underflows to 0;
    this does not: ``log_softmax([0, -1000])`` is ``[0, -1000]``. The absolute
    error is at most :math:`4\epsilon(1 + |z_i - \max z|)`. It is the quantity
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
    """
    z = _real_array(z, "log_softmax")
    if z.size == 0:
        return z.astype(z.dtype, copy=True)
    w, ax = _flatten_for_axis(_working(z), axis)
    out = np.empty_like(w)
    _in_blocks(_log_softmax_kernel, w, out, ax)
    return _result(out.reshape(z.shape), z.dtype)


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

    Notes
    -----
    With K = 2 this is the sigmoid: ``[sigmoid(r), 1 - sigmoid(r)]``. With no
    log-odds at all (K = 1) the single class has probability 1. Edge cases are
    those of :func:`softmax`.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers import probs_from_reference_log_odds
    >>> probs_from_reference_log_odds([np.log(3.0), 0.0])
    array([0.6, 0.2, 0.2])
    >>> probs_from_reference_log_odds(0.0)
    array([0.5, 0.5])
    """
    r = np.atleast_1d(_real_array(r, "probs_from_reference_log_odds"))
    ax = operator.index(axis)
    zero_shape = list(r.shape)
    zero_shape[ax] = 1
    scores = np.concatenate([r, np.zeros(zero_shape, dtype=r.dtype)], axis=ax)
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
