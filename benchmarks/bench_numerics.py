"""Time helpers' softmax, log_softmax and logsumexp against scipy.special.

Run by hand: ``python benchmarks/bench_numerics.py [--repeat 7]``.
Prints the best of ``repeat`` runs for each function on each shape, and the
ratio scipy time / helpers time (above 1 means helpers is faster). Both run
in one thread; all timings are taken in one process, on the same input arrays.
"""

import argparse
import platform
import time
from pathlib import Path

import numpy as np
import scipy
import scipy.special

import helpers

SHAPES = [(1_000_000, 10), (10_000, 1_000)]
PAIRS = [
    ("softmax", helpers.softmax, scipy.special.softmax),
    ("log_softmax", helpers.log_softmax, scipy.special.log_softmax),
    ("logsumexp", helpers.logsumexp, scipy.special.logsumexp),
]


def best_time(func, arg, repeat):
    """Shortest wall time of ``repeat`` calls of ``func(arg, axis=-1)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(arg, axis=-1)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per timing (best is kept)")
    args = parser.parse_args()

    print(f"python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}")
    print(f"helpers from {Path(helpers.__file__).parent}")
    print(f"best of {args.repeat}, float64, reduction along the last axis")
    print(f"{'function':<12} {'shape':>11} {'helpers ms':>11} {'scipy ms':>9} {'ratio':>6}")
    rng = np.random.default_rng(0)
    for shape in SHAPES:
        z = rng.normal(scale=5.0, size=shape)
        for name, ours, theirs in PAIRS:
            ours(z, axis=-1)  # warm up caches and page tables
            theirs(z, axis=-1)
            t_ours = best_time(ours, z, args.repeat)
            t_theirs = best_time(theirs, z, args.repeat)
            label = f"{shape[0]}x{shape[1]}"
            print(
                f"{name:<12} {label:>11} {1e3 * t_ours:>11.1f} {1e3 * t_theirs:>9.1f}"
                f" {t_theirs / t_ours:>6.2f}"
            )


if __name__ == "__main__":
    main()
