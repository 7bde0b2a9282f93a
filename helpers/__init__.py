"""Helpers for the Scores to Probabilities notebooks.

``import helpers`` loads numpy only. ``helpers.use_language("ko")`` makes every
checker message, figure and explorer built after it Korean. The plotting, explorer and exercise
modules load matplotlib and ipywidgets, and are imported on their own:
``from helpers import plots``.
"""

from helpers.messages import current_language, use_language
from helpers.numerics import (
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

__version__ = "0.1.0"

__all__ = [
    "current_language",
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
    "use_language",
]
