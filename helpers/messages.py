"""Every learner-facing string of the helpers, in one table per language.

``MESSAGES[language][id]`` is a template for :meth:`str.format`. Code never
writes learner-facing text itself: it asks for ``message(id, **fields)``, and
it formats the numbers it puts in the fields (so ``{value}`` receives "2.197225",
never a float). Each language is one table with the same ids and the same fields
in each template: English here, Korean in :mod:`helpers.messages_ko`.
``use_language("ko")`` switches every checker, and every figure and explorer
built after it.

The ids name their user: ``number.*``, ``odds_of.*``, ... are the checkers';
``alt.<builder>`` is the alt text of the figure ``helpers.plots.<builder>``;
``plot.<figure>.<role>`` is a word drawn in one figure (``plot.sigmoid.title``
in ``sigmoid_figure``), and ``plot.common.<role>`` one drawn in several. Pure
mathematics (``$\\sigma(z)$``), numbers and numeric tick labels stay in the code.

>>> message("number.coarse_hint")
'give at least 2 significant digits.'
>>> message("common.hint", hint="look again.")
'Hint: look again.'
>>> message("no.such.id")
Traceback (most recent call last):
...
KeyError: "no message 'no.such.id' in language 'en'"

This module imports nothing beyond the standard library: ``import helpers``
stays light.
"""

import contextlib
import string
from collections.abc import Mapping

from helpers.messages_ko import KO

__all__ = [
    "MESSAGES",
    "MessageMap",
    "current_language",
    "message",
    "speaking",
    "template",
    "template_fields",
    "use_language",
]

_EN = {
    # --- every checker ---------------------------------------------------------------
    "common.hint": "Hint: {hint}",
    "common.not_answered":
        "… not answered yet: replace the ... with your answer and run the cell again.",
    "common.not_answered_function":
        "… not answered yet: define `{name}` with `def` below the `...` line and run the cell "
        "again.",
    "common.not_quite": "Not quite.",
    "common.unchecked": "This answer could not be checked ({error}).",
    "common.unchecked_hint": "keep the exercise's own inputs as given, and give your answer "
                             "in the form the exercise asks for.",
    "describe.text": "the text {text}",
    "describe.function": "the function {name}",
    "describe.a_function": "a function",
    "describe.type": "a value of type {type}",
    # --- reading an answer -------------------------------------------------------------
    "read.text": "You gave {what}, not a number.",
    "read.quoted_number": "You gave {what}: that is text. Remove the quotes to make it a number.",
    "read.bool": "You gave {value}, a truth value, not a number.",
    "read.complex": "You gave a complex number; the answer is real.",
    "read.function": "You gave {what}, not a number. Call it to get a number.",
    "read.one_in_list": "You gave a list with one number in it; give the number itself, "
                        "without brackets.",
    "read.many": "You gave {n} values; the answer is one number.",
    "read.too_large": "You gave a number too large for a float.",
    "read.not_a_list": "You gave {what}; give a list of numbers.",
    "read.unordered": "You gave a set or dict, which has no order; give a list of numbers.",
    "read.bools": "You gave truth values; give numbers.",
    "read.texts": "You gave text in quotes; remove the quotes to make numbers.",
    "read.count": "You gave {n} numbers; the answer has {k}.",
    "read.shape": "You gave an array of shape {shape}; expected shape {expected}.",
    "read.nan": "You gave nan, which means 'no value'.",
    "read.nonfinite": "You gave {got}, which contains nan or inf.",
    # --- grading a number like a teacher -----------------------------------------------
    "number.correct": "Correct: {text}",
    "number.rounded": "Correct to {places} (exactly {exact}): {text}",
    "number.rounded_vector": "Correct to {places}: {text}",
    "number.one_decimal": "{n} decimal",
    "number.decimals": "{n} decimals",
    "number.one_significant": "{n} significant digit",
    "number.significant": "{n} significant digits",
    "number.whole": "the nearest whole number",
    "number.mistake": "Not quite: you gave {value}; {why}",
    "number.percent": "You gave {value}: that looks like a percentage.",
    "number.percent_hint": "a probability is on the 0–1 scale, not 0–100: "
                           "divide a percentage by 100.",
    "number.coarse": "You gave {value}, which is right to {places} only: too coarse to check.",
    "number.coarse_hint": "give at least 2 significant digits.",
    "number.rounded_zeros": "Correct to {places} (exactly {exact}), reading your {value} as "
                            "{padded}: Python drops trailing zeros. {text}",
    "number.rounded_zeros_vector": "Correct to {places}, reading your {value} as {padded}: "
                                   "Python drops trailing zeros. {text}",
    "number.close": "Close: you gave {value}, which is off by {off}.",
    "number.close_vector": "Close: you gave {value}, which is off by up to {off}.",
    "number.close_hint": "give more digits, or check your rounding: round the last digit you "
                         "keep to the nearest, and round only the result, never a step on "
                         "the way.",
    "number.not_probability": "Not quite: you gave {value}, but a probability lies between "
                              "0 and 1.",
    "number.too_large": "Not quite: you gave {value}, which is too large.",
    "number.too_small": "Not quite: you gave {value}, which is too small.",
    "number.not_quite": "Not quite: you gave {value}.",
    # --- running a learner's function --------------------------------------------------
    "function.not_a_function": "You gave {what}, not a function.",
    "function.pass_itself": "pass the function itself, without calling it: {example}.",
    "function.detail": "{call} {problem}",
    "function.random_case": "a random vector of {n} scores",
    "function.failed": "Not quite: {failed} of {total} tests fail.",
    "function.raised": "raised {error}",
    "function.returned_none": "returned None — did you forget `return`?",
    "function.not_number": "returned {what}, not a number.",
    "function.not_real_array": "returned {what}, not an array of real numbers.",
    "function.shape": "returned an array of shape {shape}, expected shape {expected}.",
    "function.vector": "returned an array of shape {shape}, not one number.",
    "function.nonfinite": "returned {value}, which contains nan or inf.",
    "function.warned": "returned {value} but warned: {warning}.",
    "function.expected": "returned {value}, expected {expected}.",
    "function.expected_because": "returned {value}, expected {expected} ({why}).",
    "function.expected_warned": "returned {value}, expected {expected}, and warned: {warning}.",
    # --- 01: which vectors are distributions ---------------------------------------------
    "distributions.hint": "a probability distribution has no negative entry, and its entries "
                          "sum to 1.",
    "distributions.negative": "it has a negative entry ({value})",
    "distributions.sum": "its entries sum to {total}, not 1",
    "distributions.not_a_set": "You gave {what}; give a set of labels.",
    "distributions.form_hint": "write the labels of every distribution as a set, e.g. "
                               "{{'A', 'B'}}. The labels are {labels}.",
    "distributions.not_a_label": "You gave {what}, which is not a label.",
    "distributions.labels_hint": "the labels are {labels}, each in quotes.",
    "distributions.no_such": "There is no vector {label}.",
    "distributions.not_one": "{label} is not a distribution: {why}.",
    "distributions.left_out_one": "You left out {n} vector that is one.",
    "distributions.left_out": "You left out {n} vectors that are one.",
    "distributions.correct": "Correct: {labels} are probability distributions.",
    # --- 01: the sum of a sigmoid per score ----------------------------------------------
    "sigmoid_sum.correct": "the sigmoids of the scores add up to {value}, not to 1.",
    "sigmoid_sum.hint": "apply the sigmoid to each score separately, then add the results up.",
    "sigmoid_sum.range_hint": "each sigmoid lies in (0, 1), so the sum of {k} of them lies in "
                              "(0, {k}). Apply the sigmoid to each score separately, then add "
                              "the results up.",
    "sigmoid_sum.softmax": "that is what softmax gives, always. Here each score has its own "
                           "sigmoid.",
    "sigmoid_sum.raw_scores": "that is the sum of the raw scores; apply the sigmoid first.",
    "sigmoid_sum.sigmoid_of_sum": "that is the sigmoid of the sum; take the sum last.",
    # --- 01: multi-label or multi-class ---------------------------------------------------
    "multilabel.task_a": "Give the genres of a film (comedy, drama, romance, thriller, …) "
                         "from its plot summary.",
    "multilabel.task_b": "Tell which of 20 languages a sentence is written in.",
    "multilabel.task_c": "Name the species of one penguin (Adélie, Chinstrap or Gentoo) from "
                         "its measurements.",
    "multilabel.task_d": "Flag which of 5 diseases a patient has, from one blood test; a "
                         "patient may have several of them, or none.",
    "multilabel.task_e": "Decide whether a card payment is fraudulent or not.",
    "multilabel.hint": "ask of each task: can two of its labels be true at once? If yes, it "
                       "is multi-label (one sigmoid per label); if exactly one class is "
                       "true, it is multi-class (softmax). Two classes that exclude each "
                       "other are multi-class with K = 2 (binary).",
    "multilabel.form": "You gave {what}; give one answer per task.",
    "multilabel.form_hint": "write \"multi-label\" or \"multi-class\" for each task, as a dict "
                            "{{\"A\": ..., \"B\": ..., ...}} or as a list in task order.",
    "multilabel.count": "You gave {n} answers; give one per task, {k} in all.",
    "multilabel.no_such": "There is no task {task}; the tasks are {letters}.",
    "multilabel.missing": "{task}: no answer yet.",
    "multilabel.unknown": "{task}: {what} is not one of \"multi-label\", \"multi-class\" or "
                          "\"binary\".",
    "multilabel.why_a": "{task}: one film can be a comedy and a romance at once, so its genre "
                        "labels do not exclude each other.",
    "multilabel.why_b": "{task}: the sentence is in one language, so exactly one of the 20 "
                        "classes is true.",
    "multilabel.why_c": "{task}: a penguin belongs to exactly one species.",
    "multilabel.why_d": "{task}: a patient may have several of the diseases at once, or "
                        "none, so the 5 labels do not exclude each other.",
    "multilabel.why_e": "{task}: fraudulent and not fraudulent exclude each other, so it is "
                        "multi-class with K = 2 (binary); one sigmoid on one score is the "
                        "same model (notebook 06, section 4).",
    "multilabel.wrong": "Not quite: look again at {n} of the {k} tasks.",
    "multilabel.correct": "Correct: A and D are multi-label (several labels can be true at "
                          "once: one sigmoid per label); B and C are multi-class (exactly one "
                          "class is true: softmax); E is multi-class with K = 2 (binary): "
                          "fraudulent and not fraudulent exclude each other, and one sigmoid "
                          "on one score is the same model (notebook 06, section 4).",
    # --- 02: sigmoid --------------------------------------------------------------------
    "sigmoid_at_zero.correct": "σ(0) = 1 / (1 + e⁰) = 1/2: a score of 0 means 'either class, "
                               "equally'.",
    "sigmoid_at_zero.hint": "put z = 0 into σ(z) = 1 / (1 + e^(−z)); what is e⁰?",
    "sigmoid_at_zero.zero": "but e⁰ = 1, not 0, so σ(0) is not 0.",
    "sigmoid_at_zero.one": "that is e⁰; σ(0) is 1 / (1 + e⁰).",
    "slope.correct": "σ'(0) = σ(0)(1 − σ(0)) = 1/2 · 1/2 = 1/4, the steepest the sigmoid gets.",
    "slope.hint": "use σ'(z) = σ(z)(1 − σ(z)) and the value of σ(0).",
    "slope.sigma": "that is σ(0) itself, not its slope.",
    "slope.one": "that would be a slope of 45°; the sigmoid is flatter than that.",
    "slope.zero": "but the sigmoid is rising at 0, so its slope is not 0.",
    "z_for_sigmoid.correct": "σ(z) = {p} at z = log({p} / {q}) = {value}.",
    "z_for_sigmoid.hint": "solve {p} = 1 / (1 + e^(−z)) for z: first find e^(−z), then take "
                          "the log.",
    "z_for_sigmoid.symmetry_hint": "use the symmetry σ(−z) = 1 − σ(z): which z gives "
                                   "1 − {p} = {q}?",
    "z_for_sigmoid.odds": "that is the odds p / (1 − p); z is their (natural) log.",
    "z_for_sigmoid.log10": "that is a base-10 log; use the natural log (np.log).",
    "z_for_sigmoid.log_p": "that is log p; z is log(p / (1 − p)).",
    "z_for_sigmoid.sigmoid_of_p": "that is σ({p}); you need the z whose σ is {p}.",
    "z_for_sigmoid.sign_above": "the sign is flipped: σ(z) > 1/2 needs z > 0.",
    "z_for_sigmoid.sign_below": "the sign is flipped: σ(z) < 1/2 needs z < 0.",
    # --- 02: σ(−z) = 1 − σ(z) on a grid ----------------------------------------------------
    "symmetry.hint": "sigmoid works on a whole array at once: for the left side, mind where "
                     "the minus sign goes; for the right side, subtract from 1.",
    "symmetry.bad_grid": "Your grid z could not be read: {why}",
    "symmetry.not_a_grid": "z should be a grid of at least 2 finite scores, such as "
                           "np.linspace(-6, 6, 13).",
    "symmetry.grid_hint": "make the grid with z = np.linspace(-6, 6, 13), then compute left and "
                          "right from it.",
    "symmetry.scalar": "Your {name} is one number; it should be an array with one value per "
                       "point of the grid z.",
    "symmetry.scalar_hint": "compute on the whole array: sigmoid works element by element, so "
                            "sigmoid(-z) gives one value per point of z.",
    "symmetry.unreadable": "Your {name} could not be read. {why}",
    "symmetry.length": "Your {name} has {n} values, but the grid z has {k}: give one value "
                       "per point.",
    "symmetry.nonfinite": "Your left or right contains nan or inf.",
    "symmetry.overflow_hint": "use helpers' sigmoid, which never overflows; on a grid such as "
                              "np.linspace(-6, 6, 13), 1 / (1 + np.exp(z)) is fine too.",
    "symmetry.order": "The arguments are in the wrong order.",
    "symmetry.order_hint": "call check_sigmoid_symmetry(z, left, right): the grid first, then "
                           "σ(−z), then 1 − σ(z).",
    "symmetry.left_forgot_minus": "left is σ(z): the minus goes inside, σ(−z) = sigmoid(-z).",
    "symmetry.left_minus_outside": "left is −σ(z): the minus goes inside the sigmoid, "
                                   "σ(−z) = sigmoid(-z).",
    "symmetry.right_is_sigmoid": "right is σ(z); 1 − σ(z) subtracts it from 1.",
    "symmetry.right_upside_down": "right is σ(z) − 1; the subtraction goes the other way, "
                                  "1 − σ(z).",
    "symmetry.left_off": "left is {got}, which is not σ(−z) on your grid.",
    "symmetry.right_off": "right is {got}, which is not 1 − σ(z) on your grid.",
    "symmetry.rounded": "{name} looks rounded to {places}: its values are right, but with too "
                        "few digits to show the symmetry to float precision.",
    "symmetry.rounded_hint": "do not round the arrays you check: pass them as sigmoid gives "
                             "them, with all their digits (round only what you print).",
    "symmetry.disagree": "left and right each match, but they differ by up to {diff}: more "
                         "than float rounding (about 1e-16) explains.",
    "symmetry.disagree_hint": "compute both at full precision, without rounding: "
                              "left = sigmoid(-z), right = 1 - sigmoid(z).",
    "symmetry.correct": "Correct: on your {n} points from {low} to {high}, σ(−z) and 1 − σ(z) "
                        "agree: the largest difference is below 1e-15, float rounding (the "
                        "bound is absolute, because 1 − σ(z) keeps only absolute accuracy "
                        "where σ(−z) is tiny).",
    # --- 03: odds -------------------------------------------------------------------------
    "odds_of.correct": "the odds of p = {p} are {p} / {q} = {value}.",
    "odds_of.hint": "odds = p / (1 − p): the chance of winning divided by the chance of losing.",
    "odds_of.against": "that is (1 − p) / p, the odds against. Swap the numerator and "
                       "denominator.",
    "odds_of.p": "that is the probability p itself. Odds divide it by 1 − p.",
    "odds_of.one_minus_p": "that is 1 − p, the chance of losing. Odds are p / (1 − p).",
    "odds_of.one_plus_p": "that is p / (1 + p). Check the denominator: it is 1 − p.",
    "prob_from_odds.correct": "odds of {wins} : {losses} mean {won} in every {games} games, "
                              "p = {value}.",
    "prob_from_odds.hint": "odds of {wins} : {losses} mean {won} and {lost}; out of how many "
                           "games?",
    "prob_from_odds.win": "{n} win",
    "prob_from_odds.wins": "{n} wins",
    "prob_from_odds.loss": "{n} loss",
    "prob_from_odds.losses": "{n} losses",
    "prob_from_odds.odds": "that is the odds as one number. A probability is wins / games.",
    "prob_from_odds.losing": "that is the chance of losing. You want the winning side.",
    "prob_from_odds.losses_over_wins": "that is losses / wins. A probability is wins / games.",
    "odds_function.hint": "odds(p) = p / (1 − p), and a sure thing (p = 1) has infinite odds, "
                          "math.inf.",
    "odds_function.sure_hint": "handle p == 1 before dividing: `if p == 1: return math.inf`.",
    "odds_function.raised_sure": "raised {error} — what should the odds of a sure thing be?",
    "odds_function.infinite": "a sure thing has infinite odds",
    "odds_function.against": "that is (1 − p) / p, the odds against",
    "odds_function.correct": "Correct: your odds(p) is right on all {n} test inputs, p = 1 "
                             "included.",
    # --- 04: logit ------------------------------------------------------------------------
    "logit_of.correct": "logit({p}) = log({odds}) = {value}.",
    "logit_of.hint": "the log-odds of the end point are the natural log (np.log) of its "
                     "odds p / (1 − p): take the log of the end odds, or add the logs of the "
                     "factors to the starting log-odds.",
    "logit_of.odds": "that is the odds; logit is their log.",
    "logit_of.log10": "that is a base-10 log (log10 of the odds); the logit uses the "
                      "natural log, np.log.",
    "logit_of.log_p": "that is log p; logit is log(p / (1 − p)).",
    "logit_of.sign": "the sign is flipped: that is logit(1 − p).",
    "logit_symmetry.correct": "logit(1 − {p}) = {value} = −logit({p}): swapping the classes "
                              "flips the sign of the log-odds.",
    "logit_symmetry.hint": "logit(1 − p) = log((1 − p) / p): the odds turn upside down. What "
                           "does the log do to 1 / x?",
    "logit_symmetry.same": "that is logit(p) itself; compute logit(1 − p).",
    "logit_symmetry.odds": "that is (1 − p) / p, the odds; take their log.",
    "log_transform.statement_a": "A log transform keeps convexity: if f is convex, so is log f.",
    "log_transform.statement_b": "The log maps positive odds, (0, ∞), onto the whole real line, "
                                 "and even odds (1 : 1) to log-odds 0.",
    "log_transform.statement_c": "Log-odds are always positive, because odds are always "
                                 "positive.",
    "log_transform.statement_d": "Taking the log can change which of two probabilities is "
                                 "larger.",
    "log_transform.why_a": "false: f(x) = x² is convex on x > 0, but log f(x) = 2 log x is "
                           "concave there.",
    "log_transform.why_b": "true: log maps (0, ∞) onto (−∞, ∞), and even odds, 1 : 1 "
                           "(p = 1/2), have log-odds log 1 = 0.",
    "log_transform.why_c": "false: odds below 1 (p < 1/2) have negative log-odds, e.g. "
                           "log(1/3) < 0.",
    "log_transform.why_d": "false: log is strictly increasing, so it never changes an order.",
    "log_transform.hint": "test each statement on a number or two: odds of 1/3, 1 and 3, or "
                          "f(x) = x².",
    "log_transform.collection": "Give one letter, not several: exactly one statement is true.",
    "log_transform.not_a_letter": "You gave {what}; give one letter in quotes.",
    "log_transform.choices": "the choices are {letters}.",
    "log_transform.no_such": "{what} is not one of the choices {letters}.",
    "log_transform.correct": "Correct: {letter} is {why}",
    "log_transform.wrong": "Not quite: {letter} is {why}",
    # --- 05: sigmoid and logit are inverses ----------------------------------------------
    "from_log_odds.correct": "log-odds of {z} mean odds of e^{z} = {odds}, so "
                             "p = odds / (1 + odds) = σ({z}) = {value}.",
    "from_log_odds.hint": "undo the log first: the odds are e^z, then p = odds / (1 + odds).",
    "from_log_odds.odds": "that is e^z, the odds; p = odds / (1 + odds).",
    "from_log_odds.sign": "the sign is flipped: that is 1 / (1 + e^z) = σ(−z), the probability "
                          "of the other class.",
    "from_log_odds.z_as_odds": "that reads z itself as the odds; z is the log of the odds.",
    "from_log_odds.reciprocal": "that is 1 / σ(z), a reciprocal; the inverse of the logit is "
                                "σ itself.",
    "from_log_odds.base10": "that uses base 10; the log in the logit is the natural log, so "
                            "use e^z.",
    "solve_for_p.hint": "solving log(p / (1 − p)) = z gives p = e^z / (1 + e^z) "
                        "= 1 / (1 + e^(−z)).",
    "solve_for_p.sign_hint": "check the sign: e^z / (1 + e^z) = 1 / (1 + e^(−z)), with a minus "
                             "in the exponent.",
    "solve_for_p.odds_hint": "e^z is the odds p / (1 − p); turn the odds into p with "
                             "odds / (1 + odds).",
    "solve_for_p.overflow_hint": "follow the two-branch sigmoid of notebook 02, section 5: "
                                 "its only exponential, e^(−|z|), is at most 1, and it "
                                 "subtracts nothing, so it neither overflows nor loses digits.",
    "solve_for_p.ready_made": "You gave {what}: it computes σ(z) for you. The exercise is to "
                              "write solve_for_p yourself.",
    "solve_for_p.helpers_sigmoid": "helpers' own sigmoid (imported in the setup cell)",
    "solve_for_p.calls_helpers_sigmoid": "a function that calls helpers' own sigmoid",
    "solve_for_p.expit": "scipy's expit, a ready-made sigmoid",
    "solve_for_p.calls_expit": "a function that calls scipy's expit",
    "solve_for_p.ready_made_hint": "define solve_for_p with def from the derivation of "
                                   "section 1, with math.exp or np.exp, not a ready-made "
                                   "sigmoid.",
    "solve_for_p.overflowed": "returned {value}, not a probability (exp overflowed).",
    "solve_for_p.sign": "that is σ(−z): the sign is flipped",
    "solve_for_p.odds": "that is e^z, the odds",
    "solve_for_p.cancel": "digits lost: 1 − σ(−z) subtracts two nearly equal numbers",
    "solve_for_p.correct": "Correct: your solve_for_p(z) is right on all {n} test inputs, "
                           "z = ±1000 included.",
    "multiplier.correct": "one more unit adds {w} to the log-odds, so it multiplies the odds "
                          "by e^{w} = {value}.",
    "multiplier.hint": "the weight is added to the log-odds z = log(odds); what does adding w "
                       "to a log do to the number inside it?",
    "multiplier.w": "that is what the weight adds to the log-odds; the odds are multiplied "
                    "by e^w.",
    "multiplier.sign": "the sign is flipped: that is e^(−w).",
    "multiplier.sigmoid": "that is σ(w), a probability; the factor on the odds is e^w.",
    "multiplier.base10": "that uses base 10; the log-odds use the natural log, so use e^w.",
    "multiplier.linear": "1 + w is only an approximation of e^w for small w; compute e^w.",
    # --- 06: the K-class derivation -------------------------------------------------------
    "reference.correct": "P_{k} = 1 / (1 + {exp_sum}) = {value}.",
    "reference.hint": "the probabilities sum to 1 and P_i = e^(r_i) · P_K, so "
                      "P_K · (1 + e^(r_1) + e^(r_2) + …) = 1.",
    "reference.no_one": "you left out the reference class's own term e⁰ = 1 in the sum.",
    "reference.sign": "the signs of r are flipped: P_i = e^(+r_i) · P_K.",
    "reference.no_exp": "the r_i are logs: use e^(r_i), not r_i.",
    "reference.other_class": "that is one of the other classes, not the reference class K.",
    "shift.hint": "softmax(z)_i = e^(z_i) / Σ_j e^(z_j); for z + c, e^c is a common factor of "
                  "every term.",
    "shift.correct": "both are {probs}. Adding a constant to every score changes nothing.",
    "shift.not_softmax": "{name}: you gave {got}, which is not softmax(z).",
    "shift.not_normalised": "{name}: you gave {got}, which is not softmax(z). It sums to "
                            "{total}: normalise it.",
    "shift.copied": "{name}: you gave the same array as for {other}, not one computed from "
                    "z + c. Compute shifted_probs from the shifted scores rather than copying "
                    "probs.",
    "shift.copied_hint": "compute softmax(z + c) from z + c, written out like softmax(z); if "
                         "np.exp(z + c) overflows, think of what you may do to the scores "
                         "without changing any probability.",
    "shift.overflow": "{name} is {got}: e^(z_i + c) left the range of floats. Above "
                      "e^709.78 ≈ 1.8e308 exp overflows to inf, and inf / inf is nan; below "
                      "about e^(−745) it underflows to 0, and 0 / 0 is nan. The maths says "
                      "the shift changes nothing; the formula as written cannot compute it.",
    "shift.overflow_hint": "subtract the largest score before exp: e^(z_i − max z) is at "
                           "most 1, and that shift changes nothing either. A RuntimeWarning "
                           "about overflow comes from your own np.exp.",
    "probs.bad_r": "r must be a list of at least one finite log-odds",
    "probs.hint": "P_K = 1 / (1 + Σ_j e^(r_j)) and P_i = e^(r_i) · P_K: K numbers, the "
                  "reference class K last, that add up to 1.",
    "probs.one_number": "You gave one number; the answer is a list of {k} probabilities, one "
                        "per class.",
    "probs.number": "{n} number",
    "probs.numbers": "{n} numbers",
    "probs.missing": "the reference class K at the end, with P_K = 1 / (1 + Σ_j e^(r_j))",
    "probs.softmax_of_r": "that is softmax(r) over the other classes only: the reference class "
                          "is missing, and so is its e⁰ = 1 in the denominator. Add {missing}.",
    "probs.first_one": "that is P_1",
    "probs.first_many": "those are P_1 … P_{k}",
    "probs.so_far": "{which}, right so far; now add {missing}.",
    "probs.one_per_class": "the answer has one probability per class, {k} in all: add "
                           "{missing}.",
    "probs.unnormalised": "these are e^(r_i) and e⁰ = 1, the odds of each class against class "
                          "K: divide them by their sum to get probabilities.",
    "probs.no_one": "the denominator is missing the reference class's own term e⁰ = 1, so "
                    "these add up to more than 1.",
    "probs.reference_first": "that makes class 1 the reference; here the reference is class K, "
                             "the last one, so its score 0 goes at the end.",
    "probs.sign": "the signs of r are flipped: P_i = e^(+r_i) · P_K.",
    "probs.no_exp": "the r_i are logs: use e^(r_i), not r_i itself, before normalising.",
    "probs.correct": "P = {probs}. P_{k} = 1 / (1 + {exp_sum}) and each other P_i is e^(r_i) "
                     "times that.",
    "probs.negative": "it has a negative entry, and no probability is negative.",
    "probs.sum": "it sums to {total}, not 1.",
    "probs.other_distribution": "it sums to 1, but it is not the distribution these log-odds "
                                "give: check that P_i / P_{k} = e^(r_i) for each i.",
    # --- 07: softmax in practice ------------------------------------------------------------
    "softmax_function.hint": "softmax(z) = exp(z − max z) / sum(exp(z − max z)), taken along "
                             "the last axis.",
    "softmax_function.overflow_hint": "subtract the largest score first: exp(z − max z) never "
                                      "overflows, and the shift does not change softmax.",
    "softmax_function.axis_hint": "work along the last axis: np.max(z, axis=-1, keepdims=True) "
                                  "and the same for sum.",
    "softmax_function.columns": "each column sums to 1 instead of each row",
    "softmax_function.whole_batch": "the whole batch sums to 1 instead of each row",
    "softmax_function.correct": "Correct: your softmax passes all {n} tests, huge scores and a "
                                "batch included.",
    "logsumexp.hint": "with m = max(z), logsumexp(z) = m + log(Σ_i e^(z_i − m)): one number.",
    "logsumexp.vector_hint": "log-sum-exp adds up over all the scores and returns one number: "
                             "no keepdims, and no array around the result.",
    "logsumexp.nonfinite": "returned {value}: exp overflowed, or log met an underflowed 0.",
    "logsumexp.overflow_hint": "subtract the largest score m first and add it back at the end: "
                               "m + log(Σ e^(z_i − m)). Every e^(z_i − m) is at most 1 and the "
                               "largest is exactly 1, so nothing overflows and the log never "
                               "sees 0.",
    "logsumexp.no_add_back": "that is log Σ e^(z_i − m) without the m",
    "logsumexp.add_back_hint": "you subtracted the max m inside the exp; add it back outside: "
                               "m + log(Σ e^(z_i − m)).",
    "logsumexp.correct": "Correct: your logsumexp passes all {n} tests, ±1000 included.",
    "logsumexp.log1p_used": "And logsumexp([0, -40]) gives {exact}, not 0.0: you kept the tiny "
                            "term with log1p. Well done.",
    "logsumexp.log1p_bonus": "Bonus: the exact logsumexp([0, -40]) is {exact}, and yours gives "
                             "{got}: in log(1 + 4.2e-18) the sum rounds to 1. np.log1p(x) "
                             "computes log(1 + x) without forming 1 + x.",
    "temperature.correct": "at T = {t} the top class gets {percent}.",
    "temperature.hint": "the top class gets {start} at T = 1; does T need to go up or down to "
                        "reach {percent}? Try values and narrow in.",
    "temperature.reciprocal": "that is 1 / T, not T.",
    "temperature.not_positive": "You gave {value}, but a temperature must be > 0 and finite.",
    "temperature.go_lower": "Not quite: at T = {value} the top class gets {reached}, not "
                            "{percent}. Go lower.",
    "temperature.go_higher": "Not quite: at T = {value} the top class gets {reached}, not "
                             "{percent}. Go higher.",
    "gradient.bad_z": "z must be a list of at least two finite scores",
    "gradient.hint": "∂L/∂z_i = P_i − y_i, where p = (P_1, …, P_K) = softmax(z) and y is the "
                     "one-hot vector of the true class (indices count from 0).",
    "gradient.hint_base": "with base b and the natural-log loss L = −log P_c, "
                          "∂L/∂z_i = log b · (P_i − y_i), where p = softmax(z, base=b) and y is "
                          "the one-hot vector of the true class.",
    "gradient.correct": "p − y = {grad}. It sums to 0.",
    "gradient.correct_base": "log b · (p − y) = {grad}. It sums to 0. The factor log b comes "
                             "from the natural-log loss; with a log-base-b loss the gradient "
                             "would be exactly p − y.",
    "gradient.sign": "the sign is flipped: that is y − p, the direction in which the loss "
                     "falls, not its gradient.",
    "gradient.p_alone": "that is p alone; subtract y, the one-hot vector of the true class.",
    "gradient.index": "you subtracted the class index {c} from every entry; y is a one-hot "
                      "vector: 1 at index {c}, 0 elsewhere.",
    "gradient.ones": "you subtracted 1 from every entry; y is 1 only at the true class.",
    "gradient.scores": "you used the scores z; use the probabilities p = softmax(z).",
    "gradient.wrt_p": "that is the derivative with respect to the probabilities p; the "
                      "gradient asked for is with respect to the scores z.",
    "gradient.wrong_index": "your y has its 1 at index {j}, but the true class is index {c} "
                            "(indices count from 0).",
    "gradient.no_ln_b": "you left out the factor log b = log {base} = {scale}, which base b "
                        "brings into the natural-log loss (with a log-base-b loss, p − y would "
                        "be right).",
    "gradient.base_e": "that is the base-e gradient; with base b, use p = softmax(z, base=b) "
                       "and multiply by log b.",
    "gradient.divided": "you divided by log b; multiply by it.",
    "gradient.sum": "Yours sums to {total}; the gradient always sums to 0, because p and y "
                    "both sum to 1.",
    "gradient.nan": "You gave nan, which means 'no value'; the gradient has {k} numbers, one "
                    "per class.",
    "gradient.loss": "You gave one number, {value}: that is the loss −log P_c itself. Its "
                     "gradient has {k} entries, one per class.",
    "gradient.one_number": "You gave one number; the gradient has {k} entries, one per class.",
    # --- figures: alt text, one sentence per builder (helpers.plots.ALT_TEXT) -------------
    "alt.sigmoid_figure": (
        "The S-shaped sigmoid curve rises from 0 to 1 as the score z goes from −8 to 8, "
        "crossing the dashed 0.5 threshold at the dotted decision boundary z = 0, "
        "with flat saturated regions shaded beyond |z| = 4."
    ),
    "alt.odds_figure": (
        "Two panels plot the odds p/(1 − p) against the probability p: on a linear axis "
        "the odds shoot up towards infinity as p nears 1 and p = 0.75 gives odds of 3 (3 : 1), "
        "while on a log axis p = 0.25 (odds 1/3) and p = 0.75 (odds 3) sit symmetrically "
        "about even odds of 1."
    ),
    "alt.logit_figure": (
        "The logit curve log(p/(1 − p)) runs from minus infinity near p = 0 to plus infinity "
        "near p = 1, with dashed asymptotes at both ends and point symmetry about (0.5, 0), "
        "where p = 0.25 and p = 0.75 give −log 3 and log 3."
    ),
    "alt.inverse_figure": (
        "On square axes with equal limits, the sigmoid and the logit curves are mirror images "
        "across the dashed line y = x, and the point (2, σ(2)) on the sigmoid is joined to "
        "its mirror point (σ(2), 2) on the logit."
    ),
    "alt.score_bars_figure": (
        "Three bar panels show the same class scores as raw scores, as a sigmoid of each score "
        "whose sum is not 1, and as softmax probabilities whose sum is 1, each class with its "
        "own colour and hatch."
    ),
    "alt.derivation_figure": (
        "Two bar panels show the log-odds of each class against the reference class K, "
        "which is 0 for K itself, and the K probabilities they give, with the reference "
        "class's bar marked."
    ),
    "alt.temperature_figure": (
        "The softmax probability of each of three classes is plotted against the temperature T "
        "on a log axis from 0.05 to 50, each class with its own colour, marker and line style, "
        "going from one-hot at small T to the uniform 1/3 at large T."
    ),
    "alt.convexity_figure": (
        "Two panels show that a log transform does not keep convexity: f(x) = x² + 1 is convex "
        "with every chord above it, while log f bends the other way beyond its inflection "
        "points at x = ±1, where a chord falls below the curve."
    ),
    "alt.log_square_figure": (
        "Two panels show f(x) = x² on (0, 3], which is convex with its chord above the curve, "
        "and log f = 2 log x, which is concave everywhere there with its chord below the curve."
    ),
    "alt.hero_figure": (
        "Five small panels follow the scores 2, 1 and 0.1 along the path: bars of the raw "
        "scores, their points on the sigmoid, their odds, the logit that turns the "
        "probabilities back into the scores, and the softmax bars that sum to 1."
    ),
    # alt text, notebook 00
    "alt.path_map_figure": (
        "A map of nine boxes joined by arrows in reading order, from 00 start here through "
        "01 raw scores, 02 sigmoid, 03 probability and odds, 04 logit, 05 sigmoid and logit "
        "are inverses, 06 the softmax derivation and 07 softmax in practice to 08 softmax "
        "regression, each with its key formula, the boxes about one score solid and those "
        "about K scores dashed."
    ),
    # alt text, notebook 01
    # alt text, notebook 02
    "alt.sigmoid_slope_figure": (
        "The S-shaped sigmoid rises from 0 to 1 between z = −8 and 8, and its slope "
        "σ(z)(1 − σ(z)), drawn dashed, is a bell-shaped bump that peaks at 1/4 at z = 0, "
        "marked with a star, and falls to nearly 0 in both tails."
    ),
    # alt text, notebook 03
    "alt.two_classes_figure": (
        "Two curves against the score z from −6 to 6, the rising p = σ(z) = P(C1 | x) and "
        "the falling 1 − p = P(C2 | x), cross at 0.5 at z = 0, marked as the tie that needs "
        "a convention, with the side left of 0 labelled decide C2 and the side right of 0 "
        "labelled decide C1."
    ),
    "alt.horse_race_figure": (
        "Left, the share of races won by a horse with p = 0.75 jumps around over the first "
        "races and settles on the dashed line at 0.75 by a million races, on a log axis, and "
        "right, bars for the simulated share of 4-race blocks with 0 to 4 wins match the "
        "exact binomial points 0.004, 0.047, 0.211, 0.422 and 0.316, so exactly 3 wins "
        "happens in only 42 % of the blocks."
    ),
    # alt text, notebook 04
    "alt.odds_ratio_figure": (
        "Two panels against the starting probability p show what doubling the odds does: the "
        "step in probability is near 0 at both ends and largest, about 0.17, in the middle, "
        "while the step in log-odds is log 2 ≈ 0.693 at every p, with the starting points "
        "0.1, 0.25, 0.5, 0.75 and 0.9 marked on both curves."
    ),
    # alt text, notebook 05
    "alt.round_trip_figure": (
        "On a log scale, the relative error of logit(σ(z)) is plotted for scores from −40 to 40, "
        "sitting at the floor (exact) for almost every negative score, then from about z = 5 "
        "climbing in a straight line just under a thin grey line that predicts it, to about 1e-2 "
        "near z = 37, and infinite in the shaded band from z = 37.43 on, where σ(z) is 1.0."
    ),
    "alt.inverse_tangents_figure": (
        "On square axes from −1.5 to 3, the sigmoid and the logit are mirror images across the "
        "dashed line y = x, and the dotted tangent of the sigmoid at (1, σ(1)), with slope 0.197, "
        "mirrors to the dotted tangent of the logit at (σ(1), 1), with the reciprocal slope 5.09."
    ),
    "alt.other_class_figure": (
        "On a log scale from z = 20 to 45, the other class's probability computed directly as "
        "σ(−z) falls in a straight line to about 3e-20, while the same quantity computed as "
        "1 − σ(z) follows it to z = 37, sitting on multiples of 2^−53 near the end, and is "
        "exactly 0 from z = 38 on, shown as open squares at the bottom edge."
    ),
    # alt text, notebook 06
    "alt.two_class_softmax_figure": (
        "Two panels: on the left the sigmoid of z from −8 to 8 with 17 markers for the "
        "two-class softmax([z, 0]) lying exactly on it, and on the right softmax([z1, z2]) "
        "of class 1 against z1 for z2 = −2, 0 and 2, the same S-curve slid sideways so that "
        "each crosses 0.5 where z1 equals z2."
    ),
    "alt.shift_rounding_figure": (
        "The float64 softmax of the scores 2, 1, 0.1 and 0 plus a shift c, on a log axis of c "
        "from 10^8 to 10^18, stays flat at each class's probability up to about 10^15, then "
        "jumps about as the sum rounds, and from about 4 × 10^16 on every class sits on the "
        "uniform 1/4."
    ),
    # alt text, notebook 07
    "alt.temperature_tie_figure": (
        "Two panels plot softmax probabilities against the temperature T on a log axis: for "
        "the scores 2, 1 and 0.1 the top class goes from 1 at small T to 1/3 at large T, while "
        "for the tied scores 2, 2 and 0 the two tied classes share the mass, one half each at "
        "small T, and all three tend to 1/3 at large T."
    ),
    "alt.base_sweep_figure": (
        "The softmax probabilities of the scores 2, 1 and 0.1 plotted against the base b from "
        "0.1 to 100 on a log axis: above b = 1 class 1 leads and takes more as b grows, at "
        "b = 1 all three are 1/3, and below b = 1 the order is reversed and class 3 leads."
    ),
    "alt.hard_soft_figure": (
        "Four bar panels: the confident scores 4, 1 and 0.5 give softmax probabilities 0.93, "
        "0.05 and 0.03 and the one-hot (1, 0, 0), and the unsure scores 0.3, 0.2 and 0.1 give "
        "0.37, 0.33 and 0.30 and the same one-hot (1, 0, 0)."
    ),
    "alt.gradient_bars_figure": (
        "Three bar panels for four classes with scores 1, 3, −0.5 and 0.5 and true class 1: "
        "the softmax probabilities 0.11, 0.80, 0.02 and 0.07, the one-hot target with its 1 at "
        "class 1, and the gradient p − y, which is −0.89 for class 1 and positive for the "
        "others, largest for class 2."
    ),
    "alt.naive_softmax_figure": (
        "P_1 of the scores (s, s − 1) for s from −1000 to 1000: the stable softmax is flat at "
        "0.731, while the naive formula agrees with it to within 0.1 % only from about −738 "
        "to 709, gives wrong values (crosses) from −745 to −738, in the lightly shaded band "
        "from −745 to −708 where e^s is subnormal, and gives nan in the grey bands below "
        "−745.13 and above 709.78."
    ),
    "alt.score_shifts_figure": (
        "Left, three parallel score vectors over classes 1 to 3, z = (2, 1, 0.1), z + 3 and "
        "log p = (−0.42, −1.42, −2.32), each a constant shift of the others, and right, the "
        "single set of softmax probabilities they all give, 0.659, 0.242 and 0.099."
    ),
    # --- figures: words drawn in more than one figure ---------------------------------------
    "plot.common.class": "class",
    "plot.common.class_n": "class {i}",
    "plot.common.class_n_score": "class {i} (z = {z})",
    "plot.common.chord": "chord",
    "plot.common.input": "input",
    "plot.common.output": "output",
    "plot.common.probability": "probability",
    "plot.common.probability_p": r"probability $p$",
    "plot.common.score_z": r"score $z$",
    "plot.common.temperature_log": r"temperature $T$ (log scale)",
    "plot.common.value": "value",
    # --- figures: 00 -------------------------------------------------------------------------
    "plot.path_map.stop_00": "start here",
    "plot.path_map.stop_01": "raw scores",
    "plot.path_map.stop_02": "sigmoid",
    "plot.path_map.stop_03": "probability\nand odds",
    "plot.path_map.stop_04": "logit",
    "plot.path_map.stop_05": "sigmoid and logit\nare inverses",
    "plot.path_map.stop_06": "the softmax\nderivation",
    "plot.path_map.stop_07": "softmax\nin practice",
    "plot.path_map.stop_08": "softmax\nregression",
    "plot.path_map.legend_start": "start",
    "plot.path_map.legend_one": "one score, two classes",
    "plot.path_map.legend_many": "K scores, K classes",
    "plot.hero.scores_title": r"scores $z$",
    "plot.hero.sigmoid_title": r"sigmoid $p = \sigma(z)$",
    "plot.hero.odds_title": r"odds $p\,/\,(1-p)$",
    "plot.hero.logit_title": r"logit: back to $z$",
    "plot.hero.softmax_title": "softmax, sum 1",
    # --- figures: 01 -------------------------------------------------------------------------
    "plot.score_bars.raw_title": r"Raw scores $z_i$",
    "plot.score_bars.sigmoid_title": r"Sigmoid per score $\sigma(z_i)$",
    "plot.score_bars.softmax_title": "Softmax",
    "plot.score_bars.sum_xlabel": "class\nsum = {total}",
    "plot.score_bars.sum_not_one_xlabel": "class\nsum = {total} ≠ 1",
    # --- figures: 02 -------------------------------------------------------------------------
    "plot.sigmoid.saturated": "saturated\n(flat)",
    "plot.sigmoid.threshold": "threshold 0.5",
    "plot.sigmoid.boundary": "decision boundary z = 0",
    "plot.sigmoid.predict_c2": "← predict C2",
    "plot.sigmoid.predict_c1": "predict C1 →",
    "plot.sigmoid.ylabel": r"probability $\sigma(z)$",
    "plot.sigmoid.title": "The sigmoid",
    "plot.sigmoid_slope.slope": r"slope $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$",
    "plot.sigmoid_slope.steepest": "steepest point:\nslope 1/4 at z = 0",
    "plot.sigmoid_slope.title": "The sigmoid and its slope",
    # --- figures: 03 -------------------------------------------------------------------------
    "plot.two_classes.tie": "tie: p = 0.5 at z = 0\n(needs a convention)",
    "plot.two_classes.decide_c2": "decide C2",
    "plot.two_classes.decide_c1": "decide C1",
    "plot.two_classes.title": "Two classes share one number: p and 1 − p",
    "plot.odds.point": "p = {p}\nodds {ratio}",
    "plot.odds.to_infinity": "odds → ∞\nas p → 1",
    "plot.odds.ylabel": r"odds $p\,/\,(1-p)$",
    "plot.odds.title": "Odds",
    "plot.odds.even": "even odds 1 : 1",
    "plot.odds.log_ylabel": "odds (log scale)",
    "plot.odds.log_title": "Odds, log scale",
    "plot.horse_race.running": "share of races won so far",
    "plot.horse_race.races_xlabel": "number of races (log scale)",
    "plot.horse_race.share_ylabel": "share won",
    "plot.horse_race.running_title": "The share won settles at p",
    "plot.horse_race.wins_xlabel": "wins in a block of 4 races",
    "plot.horse_race.blocks_ylabel": "share of blocks",
    "plot.horse_race.blocks_title": "Wins in a block of 4 races",
    "plot.horse_race.simulated": "simulated",
    "plot.horse_race.exact": "exact binomial",
    # --- figures: 04 -------------------------------------------------------------------------
    "plot.logit.centre": "centre (0.5, 0)",
    "plot.logit.to_plus_infinity": "→ +∞ as p → 1",
    "plot.logit.to_minus_infinity": "→ −∞ as p → 0",
    "plot.logit.ylabel": "log-odds {logit}",
    "plot.logit.title": "The logit (log-odds)",
    "plot.odds_ratio.xlabel": r"starting probability $p$",
    "plot.odds_ratio.p_ylabel": r"change in $p$",
    "plot.odds_ratio.p_title": r"Odds × {k}: the step in $p$",
    "plot.odds_ratio.log_odds_ylabel": "change in log-odds",
    "plot.odds_ratio.log_odds_title": "Odds × {k}: the step in log-odds",
    "plot.odds_ratio.always": "always log {k} ≈ {step}",
    "plot.convexity.left_title": r"$f(x) = x^2 + 1$: convex",
    "plot.convexity.right_title": r"$\log f(x)$: not convex",
    "plot.convexity.curves_up": "curves up everywhere\n$f'' = 2 > 0$",
    "plot.convexity.inflection": r"inflection $x = ±1$",
    "plot.convexity.concave": "concave",
    "plot.convexity.convex": "convex",
    "plot.log_square.left_title": r"$f(x) = x^2$: convex",
    "plot.log_square.right_title": r"$\log f(x) = 2 \log x$: concave",
    # --- figures: 05 -------------------------------------------------------------------------
    "plot.inverse.title": "Sigmoid and logit are inverses",
    "plot.round_trip.one_gap": "one float gap at σ(z), magnified by logit′",
    "plot.round_trip.measured": "measured |logit(σ(z)) − z| / |z|",
    "plot.round_trip.exact": "exactly z again (drawn at the floor)",
    "plot.round_trip.infinite": "inf: σ(z) is stored as 1.0",
    "plot.round_trip.ylabel": "relative error of logit(σ(z))",
    "plot.round_trip.title": "The round trip score → probability → score in float64",
    "plot.inverse_tangents.tangents": "tangents",
    "plot.inverse_tangents.slope": "slope σ′({z}) = {m}",
    "plot.inverse_tangents.reciprocal_slope": "slope 1 / {m} = {reciprocal}",
    "plot.inverse_tangents.title": "Mirrored tangents: slopes m and 1/m",
    "plot.other_class.direct": "σ(−z), computed directly",
    "plot.other_class.subtraction": "1 − σ(z), computed by subtraction",
    "plot.other_class.subtraction_zero": "1 − σ(z) is exactly 0 (shown at the floor)",
    "plot.other_class.gap": "{gap}: the gap just below 1",
    "plot.other_class.ylabel": "probability of the other class",
    "plot.other_class.title": "1 − σ(z) by subtraction hits 0; σ(−z) does not",
    # --- figures: 06 -------------------------------------------------------------------------
    "plot.derivation.zero_by_definition": "0 by\ndefinition",
    "plot.derivation.log_odds_title": "Log-odds {ratio}",
    "plot.derivation.probs_title": "Probabilities, sum = {total}",
    "plot.derivation.reference_tick": "{k}\n(ref.)",
    "plot.two_class_softmax.left_title": "One score against a fixed 0",
    "plot.two_class_softmax.ylabel": "probability of class 1",
    "plot.two_class_softmax.right_title": r"Two scores: softmax$([z_1, z_2])_1$",
    "plot.two_class_softmax.right_xlabel": r"score $z_1$",
    "plot.shift_rounding.xlabel": r"shift $c$ added to every score",
    "plot.shift_rounding.ylabel": r"softmax$(z + c)_i$ in float64",
    "plot.shift_rounding.title": "Shift invariance meets the float grid",
    # --- figures: 07 -------------------------------------------------------------------------
    "plot.temperature.one_hot": "one-hot",
    "plot.temperature.uniform": "uniform 1/{k}",
    "plot.temperature.ylabel": r"softmax probability $P_i$",
    "plot.temperature.title": "Softmax temperature",
    "plot.temperature_tie.tie_title": "{scores}: a tie at the top",
    "plot.temperature_tie.ylabel": r"softmax probability $P_i$",
    "plot.base_sweep.uniform": "b = 1:\nuniform",
    "plot.base_sweep.reversed": "b < 1:\norder reversed",
    "plot.base_sweep.xlabel": r"base $b$ (log scale)",
    "plot.base_sweep.ylabel": r"probability $P_i$ with base $b$",
    "plot.base_sweep.title": "Softmax with base b (dotted: b = {bases})",
    "plot.hard_soft.confident": "confident",
    "plot.hard_soft.unsure": "unsure",
    "plot.hard_soft.soft_title": "{row}: softmax(z)",
    "plot.hard_soft.hard_title": "{row}: one-hot of argmax",
    "plot.gradient_bars.target_title": "y (true class {c})",
    "plot.gradient_bars.gradient_title": "gradient p − y",
    "plot.naive_softmax.stable": "stable (max subtracted)",
    "plot.naive_softmax.naive_right": "naive, right",
    "plot.naive_softmax.naive_wrong": "naive, wrong number",
    "plot.naive_softmax.nan_low": "naive: nan\n(0 / 0)",
    "plot.naive_softmax.nan_high": "naive: nan\n(inf / inf)",
    "plot.naive_softmax.xlabel": r"level $s$ of the scores $(s,\ s - 1)$",
    "plot.score_shifts.ylabel": "score",
    "plot.score_shifts.vectors_title": "Three score vectors, parallel",
    "plot.score_shifts.softmax_title": "One softmax for all three",
    # --- notebook 08 checkers ---
    "initial_loss.bad_k": "K must be a whole number of classes, at least 2",
    "initial_loss.correct": "with W = 0 and b = 0 every score is 0, so softmax gives each of "
                            "the {k} classes the probability 1/{k}, and every example's loss "
                            "is −log(1/{k}) = log {k} = {value}: the loss of a model that "
                            "knows nothing yet.",
    "initial_loss.hint": "with zero weights every score is 0. What probability does softmax "
                         "give each of the K classes, and what is −log of it?",
    "initial_loss.probability": "that is 1/K, the probability of each class; the loss is −log "
                                "of the true class's probability.",
    "initial_loss.sign": "that is log(1/K), which is negative; the loss is −log(1/K) = log K, "
                         "which is positive.",
    "initial_loss.log10": "that is the base-10 log; the cross-entropy uses the natural log "
                          "(np.log).",
    "initial_loss.log2": "that is log₂ K, the loss in bits; the cross-entropy here uses the "
                         "natural log (np.log).",
    "initial_loss.sum_classes": "that adds −log(1/K) over all K classes; each example's loss "
                                "is the true class's term alone, −log P_c.",
    "initial_loss.zero": "zero weights give zero scores, not a zero loss: softmax of K equal "
                         "scores gives each class 1/K.",
    "softmax_gradient.hint": "with P = softmax(X @ W + b), taken along each row, the mean "
                             "cross-entropy changes with the scores as (P − Y) / n, where "
                             "n = X.shape[0]; the chain rule through X @ W + b then gives dW, of "
                             "shape (d, K), and db, of shape (K,). Define gradient(X, Y, W, b) "
                             "and return dW, db.",
    "softmax_gradient.correct": "Correct: your gradient matches central finite differences of "
                                "the mean cross-entropy on all {count} random problems, "
                                "(n, d, K) = {shapes}.",
    "softmax_gradient.case": "(n, d, K) = ({n}, {d}, {k}): {problem}",
    "softmax_gradient.one_array": "returned one array of shape {shape}, not the pair (dW, db)",
    "softmax_gradient.not_pair": "returned {what}, not the pair (dW, db)",
    "softmax_gradient.count": "returned {count} values, not the pair (dW, db)",
    "softmax_gradient.one_value": "returned one value, not the pair (dW, db)",
    "softmax_gradient.db_none": "returned None for db: the bias gets a gradient too",
    "softmax_gradient.db_zero": "returned a db of zeros: the bias gets a gradient too",
    "softmax_gradient.not_array": "returned {what} for {name}, not an array of real numbers",
    "softmax_gradient.swapped": "returned (db, dW): the order is (dW, db)",
    "softmax_gradient.dw_transposed": "returned dW of shape {shape}, expected {expected}: that "
                                      "is the transpose, (P − Y)ᵀX",
    "softmax_gradient.dw_shape": "returned dW of shape {shape}, expected {expected}, the shape "
                                 "of W",
    "softmax_gradient.db_rows": "returned db of shape {shape}, one row per example: sum over "
                                "the examples (axis 0) to get shape {expected}",
    "softmax_gradient.db_axis": "returned db of shape {shape}: that sums over the classes "
                                "(axis 1); sum over the examples (axis 0) to get shape "
                                "{expected}",
    "softmax_gradient.db_keepdims": "returned db of shape {shape}, expected {expected}, the "
                                    "shape of b: leave out keepdims",
    "softmax_gradient.db_shape": "returned db of shape {shape}, expected {expected}, the shape "
                                 "of b",
    "softmax_gradient.nonfinite": "returned nan or inf",
    "softmax_gradient.warned": "returned the right values but warned: {warning}",
    "softmax_gradient.both": "dW and db",
    "softmax_gradient.part_right": "{name}: right",
    "softmax_gradient.part_off": "{name}: off by up to {off}",
    "softmax_gradient.part_sum": "{name}: n = {n} times too large, the gradient of the summed "
                                 "loss, not of the mean",
    "softmax_gradient.part_sign": "{name}: the sign is flipped, Y − P in place of P − Y",
    "softmax_gradient.part_no_y": "{name}: P alone, without subtracting Y",
    "softmax_gradient.part_scores": "{name}: the scores X @ W + b in place of the "
                                    "probabilities P = softmax(X @ W + b)",
    "softmax_gradient.part_axis": "{name}: softmax taken down each column (axis 0) instead of "
                                  "along each row",
    "softmax_gradient.part_transposed": "{name}: the transpose of the right one",
    "softmax_gradient.part_rounded": "{name}: rounded",
    "softmax_gradient.form_hint": "return the pair of gradients, `return dW, db`: dW of shape "
                                  "(d, K) like W, and db of shape (K,) like b.",
    "softmax_gradient.db_hint": "the bias gets a gradient too: db = (P − Y).sum(axis=0) / n, of "
                                "shape (K,). Return both: `return dW, db`.",
    "softmax_gradient.db_shape_hint": "db has the shape of b, (K,): add P − Y up over the "
                                      "examples, (P − Y).sum(axis=0), then divide by n.",
    "softmax_gradient.transposed_hint": "dW has the shape of W, (d, K): X.T @ (P − Y) / n, "
                                        "with X.T of shape (d, n) and P − Y of shape (n, K).",
    "softmax_gradient.sign_hint": "the gradient of the cross-entropy with respect to the scores "
                                  "is P − Y, not Y − P (notebook 07); gradient descent then "
                                  "subtracts it.",
    "softmax_gradient.sum_hint": "the loss is the mean over the n examples, so its gradient is "
                                 "the sum divided by n = X.shape[0], for dW and db alike.",
    "softmax_gradient.axis_hint": "P = softmax(X @ W + b) along each row: each example's K "
                                  "probabilities sum to 1 (axis=-1).",
    "softmax_gradient.rounded_hint": "do not round inside the function: return dW and db as "
                                     "computed.",
    "softmax_gradient.warned_hint": "compute P with a stable softmax (helpers' softmax, or "
                                    "subtract each row's max first), so that nothing overflows.",
    "temperature_accuracy.hint": "accuracy counts how often the argmax of the probabilities is "
                                 "the true class. Does dividing every score by the same T > 0 "
                                 "change which score is largest?",
    "temperature_accuracy.choices": "answer with one of the words 'rises', 'falls' or "
                                    "'unchanged', in quotes.",
    "temperature_accuracy.collection": "You gave a collection of answers; give one word.",
    "temperature_accuracy.not_a_word": "You gave {what}, not a word.",
    "temperature_accuracy.no_such": "You gave {what}, which is not one of the answers.",
    "temperature_accuracy.correct": "Correct: unchanged. For any T > 0, z / T keeps the order of "
                                    "the scores, so softmax(z / T) has the same argmax: every "
                                    "prediction, and so the accuracy, stays the same. T changes "
                                    "only how confident the probabilities are, which is what "
                                    "calibration measures.",
    "temperature_accuracy.rises": "Not quite: accuracy cannot rise. Dividing every score of an "
                                  "example by the same T > 0 keeps their order, so no "
                                  "prediction changes. What T improves is how well the "
                                  "confidence matches the accuracy: the calibration.",
    "temperature_accuracy.falls": "Not quite: accuracy cannot fall. Dividing every score of an "
                                  "example by the same T > 0 keeps their order, so no "
                                  "prediction changes. T only makes the probabilities more or "
                                  "less confident, to match how often the model is right: the "
                                  "calibration.",
    # --- figures: notebook 08 ---
    "alt.decision_regions_figure": (
        "Standardized bill length against bill depth, split by three straight black "
        "boundaries into the regions where the trained model predicts Adelie (left), "
        "Chinstrap (upper right) and Gentoo (lower right), each shaded darker where that "
        "species is more probable and pale along the boundaries, with the training penguins "
        "in colour and shape, nearly all in their own region."
    ),
    "alt.loss_curve_figure": (
        "The mean cross-entropy on the training and on the validation split against the "
        "gradient-descent step on a log axis: both start at log 3 = 1.099 with zero weights, "
        "fall steeply within the first hundred steps and then flatten out below 0.1, the "
        "validation curve a little above the training one."
    ),
    "alt.reliability_figure": (
        "Two reliability diagrams for the 69 test penguins, before and after dividing the "
        "scores by the temperature fitted on the validation split: nearly all predictions "
        "fall in the top confidence bin, where the share correct (bar) lies below the mean "
        "confidence (diamond) before scaling and meets it after."
    ),
    "alt.generative_boundaries_figure": (
        "The training penguins in standardized bill length and depth with the decision "
        "boundaries of the trained scores (solid black) and of Gaussian classes with a shared "
        "covariance (dashed orange), which run close together, and the three species' means, "
        "each with the same ellipse of the shared covariance."
    ),
    "plot.penguins.bill_length_mm": "bill length",
    "plot.penguins.bill_depth_mm": "bill depth",
    "plot.penguins.flipper_length_mm": "flipper length",
    "plot.penguins.body_mass_g": "body mass",
    "plot.penguins.standardized": "{feature} (standardized)",
    "plot.penguins.species": "species",
    "plot.penguins.species_0": "Adelie",
    "plot.penguins.species_1": "Chinstrap",
    "plot.penguins.species_2": "Gentoo",
    "plot.decision_regions.shade": "probability of the\npredicted species",
    "plot.decision_regions.title": "Where the trained model predicts each species",
    "plot.loss_curve.train": "training split",
    "plot.loss_curve.validation": "validation split",
    "plot.loss_curve.start": "step 0, zero weights: {value}",
    "plot.loss_curve.xlabel": "gradient-descent step (log scale)",
    "plot.loss_curve.ylabel": "mean cross-entropy",
    "plot.loss_curve.title": "The loss during training",
    "plot.reliability.scaled": "T = {t} (fitted)",
    "plot.reliability.title": "{name}: ECE {ece}",
    "plot.reliability.diagonal": "calibrated",
    "plot.reliability.accuracy": "share correct",
    "plot.reliability.confidence": "mean confidence",
    "plot.reliability.xlabel": "confidence (largest probability)",
    "plot.reliability.ylabel": "share of predictions correct",
    "plot.generative.trained": "trained scores",
    "plot.generative.gaussian": "Gaussian classes",
    "plot.generative.title": "Two ways to linear scores",
    "alt.class_covariances_figure": (
        "The training penguins in standardized bill length and depth with each species' own "
        "covariance as a solid ellipse in its colour and the shared covariance as a dotted "
        "grey ellipse around each mean: the Adelie ellipse is rounder, the Chinstrap and "
        "Gentoo ones more tilted, and the curved black boundaries of the own covariances run "
        "close to the straight dashed orange ones of the shared covariance."
    ),
    "plot.class_covariances.own": "own covariance, 2 sd",
    "plot.class_covariances.shared": "shared covariance, 2 sd",
    "plot.class_covariances.quadratic": "boundaries, own covariances",
    "plot.class_covariances.linear": "boundaries, shared covariance",
    "plot.class_covariances.title": "A covariance per species: curved boundaries",
    # --- explorers (helpers.widgets): controls, readouts, titles, alt text --------------
    "explorer.alt": "A still picture of {state}. {purpose}.",
    # explorer: sigmoid
    "explorer.sigmoid.title": "Sigmoid explorer",
    "explorer.sigmoid.purpose":
        "Move z and follow the point on the sigmoid, its tangent and the 0.5 threshold",
    "explorer.sigmoid.control.z": "score z",
    "explorer.sigmoid.row.z": "z",
    "explorer.sigmoid.row.p": "σ(z)",
    "explorer.sigmoid.row.slope": "slope σ(1 − σ)",
    "explorer.sigmoid.row.prediction": "prediction",
    "explorer.sigmoid.c1": "C1",
    "explorer.sigmoid.c2": "C2",
    # explorer: scores
    "explorer.scores.title": "Scores explorer",
    "explorer.scores.purpose": "Move K raw scores; compare a sigmoid per score with softmax",
    "explorer.scores.control.z": "score of class {i}",
    "explorer.scores.panel.raw": "raw scores z",
    "explorer.scores.panel.sigmoid": "σ(z), one score at a time",
    "explorer.scores.panel.softmax": "softmax(z)",
    "explorer.scores.sum": "sum = {total}",
    "explorer.scores.sum_not_one": "sum = {total}  ≠ 1",
    # explorer: odds
    "explorer.odds.title": "Odds explorer",
    "explorer.odds.purpose":
        "Move a probability p and read it as odds: a number, a ratio, and games won",
    "explorer.odds.control.p": "probability of a win p",
    "explorer.odds.row.p": "p = P(win)",
    "explorer.odds.row.q": "1 − p = P(loss)",
    "explorer.odds.row.odds": "odds = p / (1 − p)",
    "explorer.odds.row.ratio": "odds as a ratio",
    "explorer.odds.games.title": "in {games} games, on average",
    "explorer.odds.games.exact": "{wins}, {losses}",
    "explorer.odds.games.about": "≈ {wins}, {losses}",
    "explorer.odds.count.win": "{n} win",
    "explorer.odds.count.wins": "{n} wins",
    "explorer.odds.count.loss": "{n} loss",
    "explorer.odds.count.losses": "{n} losses",
    "explorer.odds.legend.win": "win",
    "explorer.odds.legend.loss": "loss",
    "explorer.odds.strip.title": "win part p, loss part 1 − p: the odds are their ratio",
    # explorer: logit
    "explorer.logit.title": "Logit explorer",
    "explorer.logit.purpose":
        "Move p and follow it on three linked number lines: p, odds and log-odds",
    "explorer.logit.control.p": "probability p",
    "explorer.logit.line.p": "probability p",
    "explorer.logit.line.odds": "odds p / (1 − p)",
    "explorer.logit.line.log_odds": "log-odds log(p / (1 − p))",
    "explorer.logit.half.p_below": "p < 0.5",
    "explorer.logit.half.p_above": "p > 0.5",
    "explorer.logit.half.odds_below": "< 1",
    "explorer.logit.half.odds_above": "odds > 1",
    "explorer.logit.half.log_odds_below": "log-odds < 0",
    "explorer.logit.half.log_odds_above": "log-odds > 0",
    "explorer.logit.squeezed": "squeezed",
    "explorer.logit.row.p": "p =",
    "explorer.logit.row.odds": "odds =",
    "explorer.logit.row.log_odds": "log-odds =",
    # explorer: inverse
    "explorer.inverse.title": "Inverse explorer",
    "explorer.inverse.purpose":
        "Move z: the point (z, σ(z)) on the sigmoid and its mirror (σ(z), z) on the logit",
    "explorer.inverse.control.z": "score z",
    "explorer.inverse.mirror": "the point (z, σ(z)) on σ\nmirrors to (σ(z), z)\non the logit",
    "explorer.inverse.row.z": "z",
    "explorer.inverse.row.p": "σ(z)",
    "explorer.inverse.row.logit": "logit(σ(z))",
    "explorer.inverse.undoes": "logit(σ(z)) = z:\nthe logit undoes\nthe sigmoid",
    # explorer: derivation
    "explorer.derivation.title": "Derivation explorer",
    "explorer.derivation.purpose":
        "Set K - 1 log-odds against a reference class; get K probabilities; shift them all",
    "explorer.derivation.control.r": "log-odds r{j}",
    "explorer.derivation.control.ref": "reference",
    "explorer.derivation.control.shift": "shift c, added to every score",
    "explorer.derivation.panel.scores": "scores z = [r, 0], and z + c",
    "explorer.derivation.panel.probs": "probabilities P",
    "explorer.derivation.reference": "reference",
    "explorer.derivation.row.p_ref": "reference class: {formula}",
    "explorer.derivation.row.difference": "shift check: max |softmax(z + c) − P|",
    # explorer: softmax
    "explorer.softmax.title": "Softmax explorer",
    "explorer.softmax.purpose":
        "Move the logits, the temperature T and the base b; watch softmax and its argmax",
    "explorer.softmax.control.z": "logit of class {i}",
    "explorer.softmax.control.temperature": "temperature T",
    "explorer.softmax.control.base": "base b",
    "explorer.softmax.panel.probs": "softmax(z / T, base b)",
    "explorer.softmax.panel.onehot": "argmax as one-hot",
    "explorer.softmax.row.entropy": "entropy −Σ p log₂ p (uniform: {uniform} bits)",
    "explorer.softmax.row.temperature_e": "the same as base e at temperature T / log b",
    "explorer.softmax.bits": "{value} bits",
    # explorer: training
    "explorer.training.title": "Training explorer",
    "explorer.training.purpose":
        "Step through gradient descent of softmax regression on the penguins, at a chosen rate",
    "explorer.training.control.step": "training step",
    "explorer.training.control.rate": "learning rate",
    "explorer.training.control.x": "point: {feature}",
    "explorer.training.loss.title": "Training loss so far",
    "explorer.training.loss.xlabel": "step",
    "explorer.training.loss.ylabel": "mean cross-entropy",
    "explorer.training.loss.uniform": "log 3 = {value}: all equally likely",
    "explorer.training.row.step": "step",
    "explorer.training.row.rate": "learning rate",
    "explorer.training.row.loss": "loss",
    "explorer.training.row.prob": "P({species}) at ✕",
    # explorer: simplex
    "explorer.simplex.title": "Simplex explorer",
    "explorer.simplex.purpose":
        "Move three scores, a shift and the temperature; follow the probabilities as a point",
    "explorer.simplex.control.z": "score of class {i}",
    "explorer.simplex.control.shift": "shift c, added to every score",
    "explorer.simplex.control.temperature": "temperature T",
    "explorer.simplex.key.levels": "P{i} = {levels}",
    "explorer.simplex.key.centre": "centre: uniform, ⅓ each",
    "explorer.simplex.key.point": "p = softmax((z + c) / T)",
    "explorer.simplex.key.path": "p as T runs from {low} to {high}",
    "explorer.simplex.row.p": "P{i}",
    "explorer.simplex.row.shifted": "z + c",
    "explorer.simplex.note": "c adds the same number to every score",
}

MESSAGES = {"en": _EN, "ko": KO}
"""language code → {message id → str.format template}."""

_state = {"language": "en"}


def use_language(code):
    """Make ``code`` ("en" or "ko", a key of :data:`MESSAGES`) the language of every message.

    >>> use_language("ko"); message("common.hint", hint="…")
    '힌트: …'
    >>> use_language("en")
    """
    if code not in MESSAGES:
        raise ValueError(f"use_language: no messages in {code!r}; "
                         f"the languages are {', '.join(sorted(MESSAGES))}")
    _state["language"] = code


@contextlib.contextmanager
def speaking(code):
    """Messages in ``code`` inside a ``with`` block, and the language before it after.

    >>> with speaking("ko"):
    ...     message("common.hint", hint="…")
    '힌트: …'
    >>> current_language()
    'en'
    """
    before = current_language()
    use_language(code)
    try:
        yield
    finally:
        use_language(before)


def current_language():
    """The code of the language messages are in now: "en" unless use_language changed it."""
    return _state["language"]


def message(key, **fields):
    """The message ``key`` in the current language, its ``{fields}`` filled in.

    Raises KeyError naming ``key`` if the current language has no such
    message, and KeyError naming the field if a field is missing.
    """
    table = MESSAGES[_state["language"]]
    if key not in table:
        raise KeyError(f"no message {key!r} in language {_state['language']!r}")
    return table[key].format(**fields)


class MessageMap(Mapping):
    """A read-only dict of key → message id, read as the message in the current language.

    Each read looks the text up again, so a constant such as
    ``helpers.plots.ALT_TEXT`` follows :func:`use_language`.

    >>> hints = MessageMap({"coarse": "number.coarse_hint"})
    >>> hints["coarse"]
    'give at least 2 significant digits.'
    >>> dict(hints)
    {'coarse': 'give at least 2 significant digits.'}
    >>> hints.message_id("coarse")
    'number.coarse_hint'
    """

    def __init__(self, ids):
        self._ids = dict(ids)

    def __getitem__(self, key):
        return message(self._ids[key])

    def __iter__(self):
        return iter(self._ids)

    def __len__(self):
        return len(self._ids)

    def __repr__(self):
        return repr(dict(self))

    def message_id(self, key):
        """The message id behind ``key``."""
        return self._ids[key]


def template(key):
    """The message ``key`` in the current language, its fields unfilled (for code that
    fills them elsewhere, such as an explorer's front end).

    >>> template("common.hint")
    'Hint: {hint}'
    """
    return MESSAGES[current_language()][key]


def template_fields(template):
    """The set of field names in a str.format template: {"p", "value"} for "{p} = {value}"."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
