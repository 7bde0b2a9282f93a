"""How numbers are written, in one place: readouts, reprs and figure labels.

The explorers' front-end module (``helpers/explorers/core.js``) writes the same
strings in the browser; ``tests/test_explorer_frames.py`` holds the two to the
same output, ties included.

* :func:`shown` and :func:`significant` are what a reader sees: a true minus
  sign, ∞ for infinity, never "−0.00", and exact ties rounded to even (Python's
  rule, which JavaScript's ``toFixed`` does not follow).
* :func:`number` and :func:`numbers` are what a ``repr`` shows: short and
  deterministic, so that notebook outputs compare equal across numpy versions.
"""

import math

__all__ = ["number", "numbers", "shown", "significant"]

MINUS = "\u2212"


def number(x, digits=6):
    """A float as a short, deterministic string: 2.0, 0.1, -inf.

    >>> number(2), number(0.1 + 0.2), number(-0.0), number(float("-inf"))
    ('2.0', '0.3', '0.0', '-inf')
    """
    x = float(x)
    if not math.isfinite(x):
        return repr(x)
    return repr(round(x, digits) + 0.0)  # + 0.0 turns -0.0 into 0.0


def numbers(values, digits=6):
    """A sequence of floats as a short, deterministic list: [2.0, 1.0, 0.1]."""
    return "[" + ", ".join(number(v, digits) for v in values) + "]"


def shown(x, digits=2):
    """A number as a figure shows it: fixed digits, a true minus sign, ∞ for infinity.

    Exact ties go to the even digit, as in Python's own formatting: 0.125 is
    "0.12" and 0.375 is "0.38".

    >>> shown(-1.5), shown(float("inf")), shown(float("-inf")), shown(-0.001), shown(0.125)
    ('−1.50', '∞', '−∞', '0.00', '0.12')
    """
    x = float(x)
    if math.isnan(x):
        raise ValueError("shown: the value is nan, which no readout can show")
    if math.isinf(x):
        return "∞" if x > 0 else MINUS + "∞"
    text = f"{abs(x):.{digits}f}"
    negative = x < 0 and any(c not in "0." for c in text)  # never "−0.00"
    return (MINUS if negative else "") + text


_POWERS = (1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2)


def significant(x):
    """Three significant digits (whole numbers from 100 on), a true minus sign.

    >>> significant(0.004343), significant(1.0), significant(-1.4427), significant(43.43)
    ('0.00434', '1.00', '−1.44', '43.4')
    >>> significant(144.27), significant(9.996), significant(0.0)
    ('144', '10.0', '0.00')
    """
    x = float(x)
    if not math.isfinite(x) or abs(x) < _POWERS[0]:
        return shown(x, 2)
    magnitude = abs(x)
    exponent = sum(magnitude >= p for p in _POWERS) - 6  # floor(log10 |x|), from -5 to 2
    digits = max(0, 2 - exponent)
    text = shown(x, digits)
    if digits and abs(float(text.replace(MINUS, "-"))) >= _POWERS[exponent + 6]:
        text = shown(x, digits - 1)  # 9.996 rounds to 10.0, not 10.00
    return text
