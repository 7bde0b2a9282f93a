"""Interactive explorers: sliders that move logits, and a picture that follows in the browser.

Each explorer is a row of standard ipywidgets controls and a picture. The
picture's still parts are drawn once by matplotlib, with the same code as the
static figures of :mod:`helpers.plots`; its moving parts (points, lines, bars,
readouts) are redrawn by the browser itself on every move of a control, with
no round trip to the kernel, so they respond at once, also on a static web
page with no kernel at all. See :mod:`helpers.explorers.core` for how.

Displaying an explorer produces one output carrying three views of it:

* the live widget (JupyterLab, Notebook, VS Code, Voila, Colab, a static page);
* a PNG snapshot of its current state (GitHub, nbviewer, print), with alt text;
* a short, deterministic ``text/plain`` line, which is what nbval compares.

The kernel reads the controls, so ``explorer.values``, ``explorer.set(...)`` and
``explorer.frame()`` work from code, and ``live_explorers()`` finds the ones
that exist. If a front end cannot show the live view,
``use_kernel_drawing()`` makes the explorers made after it draw in the kernel
instead (slower, and still on a page with no kernel).

Every control and view carries a stable CSS class for browser tests and
styling: ``s2p-<explorer>``, ``s2p-<explorer>-<control>`` and
``s2p-<explorer>-view`` (``s2p-<explorer>-image`` when drawn in the kernel).

The explorers, by notebook:

* 01 :class:`ScoresExplorer`: raw scores, a sigmoid per score, and softmax;
* 02 :class:`SigmoidExplorer`: a point on the sigmoid, its tangent, the threshold;
* 03 :class:`OddsExplorer`: a probability as odds, a ratio and games won;
* 04 :class:`LogitExplorer`: p, odds and log-odds as linked number lines;
* 05 :class:`InverseExplorer`: sigmoid and logit mirrored about y = x;
* 06 :class:`DerivationExplorer`: log-odds against a reference class, and a shift;
* 07 :class:`SoftmaxExplorer`: temperature, base, argmax and entropy;
* 07 :class:`SimplexExplorer`: three probabilities as a point in a triangle;
* 08 :class:`TrainingExplorer`: gradient descent on the penguins, step by step.
"""

from helpers.explorers.core import Explorer, kernel_drawing, live_explorers, use_kernel_drawing
from helpers.explorers.derivation import DerivationExplorer
from helpers.explorers.inverse import InverseExplorer
from helpers.explorers.logit import LogitExplorer
from helpers.explorers.odds import OddsExplorer, odds_ratio
from helpers.explorers.scores import ScoresExplorer
from helpers.explorers.sigmoid import SigmoidExplorer
from helpers.explorers.simplex import SimplexExplorer
from helpers.explorers.softmax import SoftmaxExplorer
from helpers.explorers.training import TrainingExplorer

__all__ = [
    "EXPLORERS",
    "DerivationExplorer",
    "Explorer",
    "InverseExplorer",
    "LogitExplorer",
    "OddsExplorer",
    "ScoresExplorer",
    "SigmoidExplorer",
    "SimplexExplorer",
    "SoftmaxExplorer",
    "TrainingExplorer",
    "kernel_drawing",
    "live_explorers",
    "odds_ratio",
    "use_kernel_drawing",
]

EXPLORERS = {cls.name: cls for cls in (ScoresExplorer, SigmoidExplorer, OddsExplorer,
                                        LogitExplorer, InverseExplorer, DerivationExplorer,
                                        SoftmaxExplorer, SimplexExplorer, TrainingExplorer)}
"""Every explorer class, by its ``name`` (the ``s2p-<name>`` CSS class)."""
