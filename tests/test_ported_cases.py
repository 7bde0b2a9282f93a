"""Cases from the test suites of other projects that have the same functions.

Each group names the project, the file the cases come from and its licence.
The inputs and the expected values are theirs, and so are the tolerances
unless a comment says otherwise; the calls are helpers'. Cases about features
helpers does not have (weights ``b=``, ``return_sign``, ``where=`` masks,
tuples of axes, complex input) are not here, nor cases where helpers differs
on purpose (it raises on p outside [0, 1], and one_hot raises on an index out
of range). scipy and JAX reduce the whole array by default (``axis=None``),
helpers along the last axis: their cases that rely on that default spell
``axis=None`` out.
"""

import math

import numpy as np
import pytest
from numpy.testing import (
    assert_allclose,
    assert_almost_equal,
    assert_array_almost_equal,
    assert_array_equal,
    assert_equal,
)
from scipy import special

from helpers import log_sigmoid, log_softmax, logit, logsumexp, one_hot, sigmoid, softmax


def scipy_reference(fn, *args, **kwargs):
    """A value computed by scipy.special, as the JAX and PyTorch suites compute theirs."""
    with np.errstate(all="ignore"):
        return fn(*args, **kwargs)


# =============================================================================
# SciPy, BSD-3-Clause
# scipy/special/tests/test_logit.py and scipy/special/tests/test_logsumexp.py
# =============================================================================


class TestScipyLogit:
    def check_logit_out(self, a, expected):
        actual = logit(a)
        assert_equal(actual.dtype, a.dtype)
        rtol = 16 * np.finfo(a.dtype).eps
        assert_allclose(actual, expected, rtol=rtol)

    def test_float32(self):
        a = np.concatenate((np.linspace(0, 1, 10, dtype=np.float32),
                            [np.float32(0.0001), np.float32(0.49999), np.float32(0.50001)]))
        expected = np.array([-np.inf, -2.0794415, -1.2527629, -6.9314712e-01,
                             -2.2314353e-01, 2.2314365e-01, 6.9314724e-01,
                             1.2527630, 2.0794415, np.inf,
                             -9.2102404, -4.0054321e-05, 4.0054321e-05], dtype=np.float32)
        self.check_logit_out(a, expected)

    def test_float64(self):
        a = np.concatenate((np.linspace(0, 1, 10, dtype=np.float64),
                            [1e-8, 0.4999999999999, 0.50000000001]))
        expected = np.array([-np.inf, -2.079441541679836, -1.252762968495368,
                             -0.6931471805599454, -0.22314355131420985, 0.22314355131420985,
                             0.6931471805599452, 1.2527629684953674, 2.0794415416798353,
                             np.inf, -18.420680733952366, -3.999023334699814e-13,
                             4.000000330961484e-11])
        self.check_logit_out(a, expected)


class TestScipyExpit:
    def check_expit_out(self, dtype, expected):
        a = np.linspace(-4, 4, 10).astype(dtype)
        actual = sigmoid(a)
        assert_allclose(actual, expected, atol=1.5e-7, rtol=0)
        assert_equal(actual.dtype, np.dtype(dtype))

    def test_float32(self):
        expected = np.array([0.01798621, 0.04265125, 0.09777259, 0.20860852, 0.39068246,
                             0.60931754, 0.79139149, 0.9022274, 0.95734876, 0.98201376],
                            dtype=np.float32)
        self.check_expit_out("f4", expected)

    def test_float64(self):
        expected = np.array([0.01798621, 0.04265125, 0.0977726, 0.20860853, 0.39068246,
                             0.60931754, 0.79139147, 0.9022274, 0.95734875, 0.98201379])
        self.check_expit_out("f8", expected)

    def test_large(self):
        for dtype in (np.float32, np.float64, np.longdouble):
            for n in (88, 89, 709, 710, 11356, 11357):
                n = np.array(n, dtype=dtype)
                assert_allclose(sigmoid(n), 1.0, atol=1e-20)
                assert_allclose(sigmoid(-n), 0.0, atol=1e-20)
                assert_equal(sigmoid(n).dtype, dtype)
                assert_equal(sigmoid(-n).dtype, dtype)


class TestScipyLogExpit:
    def test_large_negative(self):
        x = np.array([-10000.0, -750.0, -500.0, -35.0])
        assert_equal(log_sigmoid(x), x)

    def test_large_positive(self):
        x = np.array([750.0, 1000.0, 10000.0])
        assert_equal(log_sigmoid(x), np.array([-0.0, -0.0, -0.0]))

    def test_basic_float64(self):
        x = np.array([-32, -20, -10, -3, -1, -0.1, -1e-9,
                      0, 1e-9, 0.1, 1, 10, 100, 500, 710, 725, 735])
        expected = [-32.000000000000014, -20.000000002061153, -10.000045398899218,
                    -3.048587351573742, -1.3132616875182228, -0.7443966600735709,
                    -0.6931471810599453, -0.6931471805599453, -0.6931471800599454,
                    -0.6443966600735709, -0.3132616875182228, -4.539889921686465e-05,
                    -3.720075976020836e-44, -7.124576406741286e-218, -4.47628622567513e-309,
                    -1.36930634e-315, -6.217e-320]
        assert_allclose(log_sigmoid(x), expected, rtol=1e-15)

    def test_basic_float32(self):
        x = np.array([-32, -20, -10, -3, -1, -0.1, -1e-9,
                      0, 1e-9, 0.1, 1, 10, 100], dtype=np.float32)
        expected = np.array([-32.0, -20.0, -10.000046, -3.0485873, -1.3132616, -0.7443967,
                             -0.6931472, -0.6931472, -0.6931472, -0.64439666, -0.3132617,
                             -4.5398898e-05, -3.8e-44], dtype=np.float32)
        assert_allclose(log_sigmoid(x), expected, rtol=5e-7)


RTOL = 1e-13  # where scipy uses xp_assert_close's default, which is looser


class TestScipyLogSumExp:
    def test_logsumexp(self):
        assert_equal(logsumexp(np.array([])), -np.inf)

        a = np.arange(200.0)
        assert_allclose(logsumexp(a), np.log(np.sum(np.exp(a))), rtol=RTOL)

        assert_allclose(logsumexp(np.array([1000.0, 1000.0])), 1000.0 + math.log(2.0), rtol=RTOL)

        n = 1000
        b = np.full((n,), 10000)
        assert_allclose(logsumexp(b), 10000.0 + math.log(n), rtol=RTOL)

        x = np.array([1e-40] * 1000000)
        logx = np.log(x)
        big_x = np.stack([x, x])
        log_big_x = np.stack([logx, logx])
        assert_allclose(np.exp(logsumexp(log_big_x, axis=None)), np.sum(big_x), rtol=1e-12)
        assert_allclose(np.exp(logsumexp(log_big_x, axis=0)), np.sum(big_x, axis=0), rtol=1e-12)
        assert_allclose(np.exp(logsumexp(log_big_x, axis=1)), np.sum(big_x, axis=1), rtol=1e-12)

        assert_equal(logsumexp(np.array([np.inf])), np.inf)
        assert_equal(logsumexp(np.array([-np.inf])), -np.inf)
        assert_equal(logsumexp(np.array([np.nan])), np.nan)
        assert_equal(logsumexp(np.array([-np.inf, -np.inf])), -np.inf)

        a = np.array([[1e10, 1e-10], [-1e10, -np.inf]])
        ref = np.array([1e10, -1e10])
        assert_allclose(logsumexp(a, axis=-1), ref, rtol=RTOL)
        assert_allclose(logsumexp(a, axis=-1, keepdims=True), ref[:, np.newaxis], rtol=RTOL)

    def test_logsumexp_shape(self):
        # scipy passes b=ones_like(a) here, which changes nothing
        a = np.ones((1, 2, 3, 4))
        assert logsumexp(a, axis=2).shape == (1, 2, 4)

    @pytest.mark.parametrize("arg", [1, [1, 2, 3]])
    def test_xp_invalid_input(self, arg):
        assert logsumexp(arg, axis=None) == logsumexp(np.asarray(np.atleast_1d(arg)))

    def test_array_like(self):
        assert_allclose(logsumexp([1000, 1000]), 1000.0 + math.log(2.0), rtol=RTOL)

    @pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int64"])
    def test_dtypes_a(self, dtype):
        a = np.asarray([1000.0, 1000.0], dtype=dtype)
        desired_dtype = np.float64 if np.dtype(dtype).kind == "i" else np.dtype(dtype)
        got = logsumexp(a)
        assert got.dtype == desired_dtype
        rtol = 4 * np.finfo(desired_dtype).eps
        assert_allclose(got, 1000.0 + math.log(2.0), rtol=rtol)

    def test_gh18295(self):
        a = np.array([0.0, -40.0])
        assert_allclose(logsumexp(a), np.logaddexp(a[0], a[1]), rtol=RTOL)

    def test_no_writeback(self):
        a = np.asarray([5.0, 4.0])
        logsumexp(a)
        assert_equal(a, np.asarray([5.0, 4.0]))


class TestScipySoftmax:
    def test_softmax_fixtures(self):
        assert_allclose(softmax(np.array([1000.0, 0.0, 0.0, 0.0])),
                        np.array([1.0, 0.0, 0.0, 0.0]), rtol=1e-13)
        assert_allclose(softmax(np.array([1.0, 1.0])), np.array([0.5, 0.5]), rtol=1e-13)
        assert_allclose(softmax(np.array([0.0, 1.0])), np.array([1.0, np.e]) / (1 + np.e),
                        rtol=1e-13)
        x = np.arange(4, dtype=np.float64)
        expected = np.array([0.03205860328008499, 0.08714431874203256,
                             0.23688281808991013, 0.6439142598879722])
        assert_allclose(softmax(x), expected, rtol=1e-13)
        assert_allclose(softmax(x + 100), expected, rtol=1e-13)
        assert_allclose(softmax(np.reshape(x, (2, 2)), axis=None),
                        np.reshape(expected, (2, 2)), rtol=1e-13)

    def test_softmax_multi_axes(self):
        assert_allclose(softmax(np.array([[1000.0, 0.0], [1000.0, 0.0]]), axis=0),
                        np.array([[0.5, 0.5], [0.5, 0.5]]), rtol=1e-13)
        assert_allclose(softmax(np.array([[1000.0, 0.0], [1000.0, 0.0]]), axis=1),
                        np.array([[1.0, 0.0], [1.0, 0.0]]), rtol=1e-13)
        x = np.array([[-25.0, 0.0, 25.0, 50.0], [1.0, 325.0, 749.0, 750.0]])
        expected = np.array([[2.678636961770877e-33, 1.9287498479371314e-22,
                              1.3887943864771144e-11, 0.999999999986112],
                             [0.0, 1.9444526359919372e-185,
                              0.2689414213699951, 0.7310585786300048]])
        assert_allclose(softmax(x, axis=1), expected, rtol=1e-13)
        assert_allclose(softmax(x.T, axis=0), expected.T, rtol=1e-13)

    def test_softmax_int_array(self):
        assert_allclose(softmax(np.array([1000, 0, 0, 0])), np.array([1.0, 0.0, 0.0, 0.0]),
                        rtol=1e-13)

    def test_softmax_scalar(self):
        assert_allclose(softmax(1000, axis=None), 1.0, rtol=1e-13)

    def test_softmax_array_like(self):
        assert_allclose(softmax([1000, 0, 0, 0]), np.array([1.0, 0.0, 0.0, 0.0]), rtol=1e-13)


class TestScipyLogSoftmax:
    def test_log_softmax_basic(self):
        assert_allclose(log_softmax(np.array([1000.0, 1.0])), np.array([0.0, -999.0]),
                        rtol=1e-13)

    def test_log_softmax_int_array(self):
        assert_allclose(log_softmax(np.array([1000, 1])), np.array([0.0, -999.0]), rtol=1e-13)

    def test_log_softmax_scalar(self):
        assert_allclose(log_softmax(1.0, axis=None), 0.0, rtol=1e-13)

    def test_log_softmax_array_like(self):
        assert_allclose(log_softmax([1000, 1]), np.array([0.0, -999.0]), rtol=1e-13)

    @staticmethod
    def data_1d():
        x = np.arange(4, dtype=np.float64)
        expect = [-3.4401896985611953, -2.4401896985611953,
                  -1.4401896985611953, -0.44018969856119533]
        return x, np.asarray(expect)

    @staticmethod
    def data_2d():
        x = np.reshape(np.arange(8, dtype=np.float64), (2, 4))
        row = [-3.4401896985611953, -2.4401896985611953,
               -1.4401896985611953, -0.44018969856119533]
        return x, np.asarray([row, row])

    @pytest.mark.parametrize("offset", [0, 100])
    def test_log_softmax_translation(self, offset):
        x, expect = self.data_1d()
        x += offset
        assert_allclose(log_softmax(x), expect, rtol=1e-13)

    def test_log_softmax_noneaxis(self):
        x, expect = self.data_1d()
        x = np.reshape(x, (2, 2))
        expect = np.reshape(expect, (2, 2))
        assert_allclose(log_softmax(x, axis=None), expect, rtol=1e-13)

    @pytest.mark.parametrize(("axis_2d", "expected_2d"), [
        (0, np.log(0.5) * np.ones((2, 2))),
        (1, [[0.0, -999.0], [0.0, -999.0]]),
    ])
    def test_axes(self, axis_2d, expected_2d):
        x = np.array([[1000.0, 1.0], [1000.0, 1.0]])
        assert_allclose(log_softmax(x, axis=axis_2d), expected_2d, rtol=1e-13)

    def test_log_softmax_2d_axis1(self):
        x, expect = self.data_2d()
        assert_allclose(log_softmax(x, axis=1), expect, rtol=1e-13)

    def test_log_softmax_2d_axis0(self):
        x, expect = self.data_2d()
        assert_allclose(log_softmax(x.T, axis=0), expect.T, rtol=1e-13)


# =============================================================================
# scikit-learn, BSD-3-Clause
# sklearn/utils/tests/test_extmath.py (test_logistic_sigmoid of log_logistic,
# test_softmax); scikit-learn's softmax is along rows, as helpers' default.
# =============================================================================


def test_sklearn_logistic_sigmoid():
    def naive_log_logistic(x):
        return np.log(special.expit(x))

    x = np.linspace(-2, 2, 50)
    assert_array_almost_equal(log_sigmoid(x), naive_log_logistic(x))

    extreme_x = np.array([-100.0, 100.0])
    assert_array_almost_equal(log_sigmoid(extreme_x), [-100, 0])


def test_sklearn_softmax():
    rng = np.random.RandomState(0)
    x = rng.randn(3, 5)
    exp_x = np.exp(x)
    sum_exp_x = np.sum(exp_x, axis=1).reshape((-1, 1))
    assert_array_almost_equal(softmax(x), exp_x / sum_exp_x)


# =============================================================================
# NumPy, BSD-3-Clause
# numpy/_core/tests/test_umath.py, TestLogAddExp: np.logaddexp(x, y) is the
# logsumexp of the pair, here logsumexp(np.stack([x, y]), axis=0).
# =============================================================================


def logaddexp(x, y):
    return logsumexp(np.stack([x, y]), axis=0)


class TestNumpyLogAddExp:
    def test_logaddexp_values(self):
        x = [1, 2, 3, 4, 5]
        y = [5, 4, 3, 2, 1]
        z = [6, 6, 6, 6, 6]
        for dt, dec_ in zip(["f", "d", "g"], [6, 15, 15], strict=True):
            xf = np.log(np.array(x, dtype=dt))
            yf = np.log(np.array(y, dtype=dt))
            zf = np.log(np.array(z, dtype=dt))
            got = logaddexp(xf, yf)
            assert got.dtype == np.dtype(dt)
            assert_almost_equal(got, zf, decimal=dec_)

    def test_logaddexp_range(self):
        x = [1000000, -1000000, 1000200, -1000200]
        y = [1000200, -1000200, 1000000, -1000000]
        z = [1000200, -1000000, 1000200, -1000000]
        for dt in ["f", "d", "g"]:
            logxf = np.array(x, dtype=dt)
            logyf = np.array(y, dtype=dt)
            logzf = np.array(z, dtype=dt)
            assert_almost_equal(logaddexp(logxf, logyf), logzf)

    def test_inf(self):
        inf = np.inf
        x = [inf, -inf, inf, -inf, inf, 1, -inf, 1]
        y = [inf, inf, -inf, -inf, 1, inf, 1, -inf]
        z = [inf, inf, inf, -inf, inf, inf, 1, 1]
        with np.errstate(invalid="raise"):
            for dt in ["f", "d", "g"]:
                logxf = np.array(x, dtype=dt)
                logyf = np.array(y, dtype=dt)
                logzf = np.array(z, dtype=dt)
                assert_equal(logaddexp(logxf, logyf), logzf)

    def test_nan(self):
        assert np.isnan(logaddexp(np.nan, np.inf))
        assert np.isnan(logaddexp(np.inf, np.nan))
        assert np.isnan(logaddexp(np.nan, 0))
        assert np.isnan(logaddexp(0, np.nan))
        assert np.isnan(logaddexp(np.nan, np.nan))

    def test_reduce(self):
        assert_equal(logsumexp([]), -np.inf)


# =============================================================================
# PyTorch, BSD-3-Clause-style licence
# test/test_reductions.py (test_logsumexp, test_logsumexp_integral_promotion)
# and the module tests in torch/testing/_internal/common_nn.py that
# test/test_nn.py runs (Softmax, Softmax2d, LogSoftmax, LogSigmoid: random
# inputs of the given shape against the naive formula). The tolerances are
# PyTorch's defaults for the dtype.
# =============================================================================

TORCH_TOL = {np.float32: {"rtol": 1.3e-6, "atol": 1e-5}, np.float64: {"rtol": 1e-7, "atol": 1e-7}}


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_torch_logsumexp(dtype):
    a = np.random.default_rng(0).standard_normal((5, 4)).astype(dtype)
    a[0, 0] = np.inf
    a[1, :] = -np.inf
    actual = logsumexp(a, 1)
    expected = scipy_reference(special.logsumexp, a, 1)
    assert expected.shape == actual.shape
    assert_allclose(actual, expected, **TORCH_TOL[dtype])


def test_torch_logsumexp_integral_promotion():
    e = np.random.default_rng(1).integers(-100, 100, (5, 4))
    actual = logsumexp(e, 1)
    assert actual.dtype == np.float64
    expected = special.logsumexp(e, 1)
    assert expected.shape == actual.shape
    assert_allclose(actual, expected, **TORCH_TOL[np.float64])


@pytest.mark.parametrize("shape", [(10, 20), (1, 3, 10, 20)], ids=["Softmax", "Softmax2d"])
def test_torch_softmax_module(shape):
    i = np.random.default_rng(2).standard_normal(shape)
    reference = np.exp(i) / np.exp(i).sum(1, keepdims=True)
    assert_allclose(softmax(i, axis=1), reference, **TORCH_TOL[np.float64])


@pytest.mark.parametrize("shape", [(10, 20), (1, 3, 10, 20)], ids=["LogSoftmax", "multiparam"])
def test_torch_log_softmax_module(shape):
    i = np.random.default_rng(3).standard_normal(shape)
    reference = np.log(np.exp(i) / np.exp(i).sum(1, keepdims=True))
    assert_allclose(log_softmax(i, axis=1), reference, **TORCH_TOL[np.float64])


def test_torch_log_sigmoid_module():
    i = np.random.default_rng(4).standard_normal((2, 3, 4))
    assert_allclose(log_sigmoid(i), np.log(sigmoid(i)), **TORCH_TOL[np.float64])


# =============================================================================
# JAX, Apache-2.0
# tests/nn_test.py (testSoftmaxEmptyArray, testDtypeMatchesInput for sigmoid,
# testOneHot, testOneHotNonArrayInput, testOneHotNonInteger) and
# tests/lax_scipy_test.py (testLogSumExp against scipy.special, testLogSumExpOnes,
# testLogSumExpNans, testLogSumExpInfs). The tolerances are JAX's defaults.
# =============================================================================

JAX_TOL = {np.dtype(np.float16): 1e-3, np.dtype(np.float32): 1e-6, np.dtype(np.float64): 1e-15}


@pytest.mark.parametrize("fn", [softmax, log_softmax], ids=lambda f: f.__name__)
def test_jax_softmax_empty_array(fn):
    x = np.array([], dtype=float)
    assert_array_equal(fn(x), x)


@pytest.mark.parametrize("dtype", [np.float32, np.float16])
def test_jax_dtype_matches_input(dtype):
    x = np.zeros((), dtype=dtype)
    assert sigmoid(x).dtype == dtype


def test_jax_one_hot():
    assert_allclose(one_hot(np.array([0, 1, 2]), 3), np.eye(3))
    assert_allclose(one_hot(np.array([1, 2, 0]), 3),
                    np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]))


def test_jax_one_hot_non_array_input():
    assert_allclose(one_hot([0, 1, 2], 3), np.eye(3))


def test_jax_one_hot_non_integer():
    with pytest.raises(TypeError, match=r"^one_hot: indices must be integers"):
        one_hot(np.array([1.0]), 3)


JAX_SHAPES = [(4,), (3, 4), (3, 1), (1, 4), (2, 3, 4), (2, 1, 4)]


@pytest.mark.parametrize("shape", JAX_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.int32])
@pytest.mark.parametrize("keepdims", [False, True])
def test_jax_logsumexp_against_scipy(shape, dtype, keepdims):
    rng = np.random.default_rng(5)
    a = (rng.standard_normal(shape) * 3).astype(dtype)  # jtu.rand_default: scale 3
    for axis in range(-len(shape), len(shape)):
        got = logsumexp(a, axis, keepdims=keepdims)
        want = scipy_reference(special.logsumexp, a, axis, keepdims=keepdims)
        assert np.shape(got) == np.shape(want)
        tol = JAX_TOL[np.asarray(got).dtype]
        assert_allclose(got, want, rtol=tol, atol=tol)


def test_jax_logsumexp_ones():
    a = np.ones(4, dtype="float32")
    assert_allclose(logsumexp(a), special.logsumexp(a), rtol=1e-6, atol=1e-6)


def test_jax_logsumexp_nans():
    assert logsumexp(1.0, axis=None) == 1.0


def test_jax_logsumexp_infs():
    assert logsumexp(np.array([1.0, np.inf])) == np.inf
