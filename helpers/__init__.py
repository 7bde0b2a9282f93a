"""Helpers for the Scores to Probabilities notebooks.

``import helpers`` loads numpy only. The plotting, explorer and exercise
modules load matplotlib and ipywidgets, and are imported on their own:
``from helpers import plots``.
"""

from helpers.numerics import (
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
