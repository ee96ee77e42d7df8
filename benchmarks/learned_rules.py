"""Learned decision rules on top of the sentiment lexicons: do any of them generalise to
0.50 macro-F1 on GerNTSA? Prints one row per rule: the cross-validated macro-F1 for
three fold seeds and their mean. None reaches 0.50, which is why kolumne ships no
learned backend (the figures are in benchmarks/README.md).

Everything learned (feature scaling, weights, class biases, thresholds) is fitted on
the training folds only and scored on the held-out fold, with the same folds as
``kolumne.validation.cross_validate``.

Run: .venv/bin/python benchmarks/learned_rules.py   (a few minutes)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.sparse import csr_matrix, hstack

from kolumne.sentiment import LABELS, analyse
from kolumne.validation import (
    CrossValidation,
    benchmark_polarities,
    cross_validate,
    fold_numbers,
    load_benchmark,
)

# Names of the dense columns of ``lexicon_features``, in order.
DENSE_FEATURES: tuple[str, ...] = (
    "sentiws_positive_sum",
    "sentiws_negative_sum",
    "sentiws_positive_count",
    "sentiws_negative_count",
    "sentiws_negated_count",
    "sentiws_max_abs",
    "sentiws_polarity",
    "repaired_polarity",
    "repaired_positive_count",
    "repaired_negative_count",
    "quoted_polarity",
    "log_word_count",
    "idiom_count",
    "exclamation_marks",
    "question_marks",
    "has_quote",
)


@dataclass(frozen=True)
class LexiconFeatures:
    """Per sentence: dense lexicon statistics, and sparse lexicon words.

    ``words`` is a CSR matrix with one column per SentiWS or textblob-de lexicon form
    (``vocabulary``, prefixed "sentiws:" or "repaired:") that occurs in the texts: +1
    for the form, -1 when negated. Only lexicon words are columns, so what is learned
    is a re-weighting of lexicon words, explainable word by word.

    Example:
        >>> features = lexicon_features(["Das ist ein Erfolg.", "Es regnet."])
        >>> features.dense.shape, "sentiws:Erfolg" in features.vocabulary
        ((2, 16), True)
    """

    dense: np.ndarray
    words: csr_matrix
    vocabulary: tuple[str, ...]


def lexicon_features(texts: Sequence[str]) -> LexiconFeatures:
    """``LexiconFeatures`` of ``texts`` from the ``sentiws`` and ``textblob-de-repaired``
    backends (columns of ``dense`` named in ``DENSE_FEATURES``).

    Example:
        >>> float(lexicon_features(["Ich habe Angst."]).dense[0, 1]) < 0
        True
    """
    dense, rows, columns, values, vocabulary = [], [], [], [], {}
    for row, text in enumerate(texts):
        sentiws, repaired = analyse(text, "sentiws"), analyse(text, "textblob-de-repaired")
        own = [c for c in sentiws.contributions if not c.quoted]
        weights = [c.weight for c in own]
        quoted = 0.0 if np.isnan(sentiws.quoted_polarity) else sentiws.quoted_polarity
        dense.append(
            [
                sum(w for w in weights if w > 0),
                sum(w for w in weights if w < 0),
                sum(w > 0 for w in weights),
                sum(w < 0 for w in weights),
                sum(c.negated for c in own),
                max((abs(w) for w in weights), default=0.0),
                sentiws.polarity,
                repaired.polarity,
                sum(c.weight > 0 for c in repaired.contributions),
                sum(c.weight < 0 for c in repaired.contributions),
                quoted,
                np.log1p(sentiws.word_count),
                sum(" " in c.lexicon_form for c in own),
                text.count("!"),
                text.count("?"),
                float(not np.isnan(sentiws.quoted_polarity)),
            ]
        )
        for prefix, contributions in (("sentiws", own), ("repaired", repaired.contributions)):
            for contribution in contributions:
                column = vocabulary.setdefault(
                    f"{prefix}:{contribution.lexicon_form}", len(vocabulary)
                )
                rows.append(row)
                columns.append(column)
                values.append(-1.0 if contribution.negated else 1.0)
    words = csr_matrix((values, (rows, columns)), shape=(len(texts), len(vocabulary)))
    return LexiconFeatures(
        np.asarray(dense, dtype=float).reshape(-1, len(DENSE_FEATURES)), words, tuple(vocabulary)
    )


def _label_codes(gold: Sequence[str]) -> np.ndarray:
    return np.searchsorted(np.asarray(LABELS), np.asarray(gold))


def _macro_f1_codes(gold: np.ndarray, predicted: np.ndarray) -> float:
    scores = []
    for code in range(len(LABELS)):
        total = np.sum(gold == code) + np.sum(predicted == code)
        scores.append(2 * np.sum((gold == code) & (predicted == code)) / total if total else 0.0)
    return float(np.mean(scores))


def fit_logistic(features, codes: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression (weights, intercepts) with an L2 penalty and
    classes weighted inversely to their frequency, fitted by L-BFGS (scipy).

    Example:
        >>> weights, intercepts = fit_logistic(np.array([[-1.0], [0.0], [1.0]] * 5),
        ...                                    np.array([0, 1, 2] * 5), l2=0.001)
        >>> (np.array([[-1.0], [0.0], [1.0]]) @ weights + intercepts).argmax(1).tolist()
        [0, 1, 2]
    """
    count, width, classes = features.shape[0], features.shape[1], len(LABELS)
    frequency = np.bincount(codes, minlength=classes)
    sample_weight = (count / (classes * np.maximum(frequency, 1)))[codes]
    sample_weight = sample_weight / sample_weight.sum()
    onehot = np.eye(classes)[codes]

    def loss(theta):
        weights, intercepts = theta[: width * classes].reshape(width, classes), theta[-classes:]
        logits = np.asarray(features @ weights) + intercepts
        logits -= logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        value = (
            -(sample_weight * log_p[np.arange(count), codes]).sum() + l2 * (weights**2).sum() / 2
        )
        residual = (np.exp(log_p) - onehot) * sample_weight[:, None]
        gradient = np.asarray(features.T @ residual) + l2 * weights
        return value, np.concatenate([gradient.ravel(), residual.sum(axis=0)])

    theta = minimize(
        loss,
        np.zeros(width * classes + classes),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 1000},
    ).x
    return theta[: width * classes].reshape(width, classes), theta[-classes:]


# Additive biases for "negative" and "positive" logits (neutral stays 0), 0.1 apart.
BIAS_GRID: tuple[float, ...] = tuple(round(0.1 * step, 1) for step in range(-20, 21))


def best_biases(logits: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Biases (negative, 0, positive) from ``BIAS_GRID`` added to the logits that
    maximise macro-F1 (ties: the first in grid order).

    Example:
        >>> best_biases(np.array([[0.0, 1.0, 0.0], [0.5, 1.0, 0.0]]), np.array([1, 0])).tolist()
        [0.5, 0.0, -2.0]
    """
    best, best_f1 = np.zeros(len(LABELS)), -1.0
    for negative in BIAS_GRID:
        for positive in BIAS_GRID:
            bias = np.array([negative, 0.0, positive])
            f1 = _macro_f1_codes(codes, (logits + bias).argmax(axis=1))
            if f1 > best_f1:
                best, best_f1 = bias, f1
    return best


def _design(features: LexiconFeatures, training: np.ndarray, with_words: bool):
    mean = features.dense[training].mean(axis=0)
    spread = features.dense[training].std(axis=0)
    scaled = (features.dense - mean) / np.where(spread > 0, spread, 1.0)
    if not with_words:
        return csr_matrix(scaled)
    return hstack([csr_matrix(scaled), features.words]).tocsr()


def cross_validate_classifier(
    features: LexiconFeatures,
    gold: Sequence[str],
    l2: float = 0.03,
    with_words: bool = True,
    tune_biases: bool = True,
    folds: int = 5,
    seed: int = 0,
) -> CrossValidation:
    """Out-of-fold macro-F1 of ``fit_logistic`` on ``features``.

    Per outer fold, on the other four folds only: the dense features are standardised,
    the model is fitted, and (``tune_biases``) the class biases are chosen by
    ``best_biases`` on inner 5-fold out-of-fold logits of the training folds, so not
    even the biases see the model's own training fit. ``fold_bands`` holds each fold's
    (negative, positive) biases.

    Example:
        >>> toy = LexiconFeatures(np.array([[-1.0], [0.0], [1.0]] * 10),
        ...                       csr_matrix((30, 0)), ())
        >>> cross_validate_classifier(toy, ["negative", "neutral", "positive"] * 10).macro_f1
        1.0
    """
    codes = _label_codes(gold)
    fold_of = fold_numbers(len(codes), folds, seed)
    predicted = np.empty(len(codes), dtype=int)
    fold_f1, fold_biases = [], []
    for fold in range(folds):
        training, held_out = fold_of != fold, fold_of == fold
        design = _design(features, training, with_words)
        train_x, train_y = design[training], codes[training]
        weights, intercepts = fit_logistic(train_x, train_y, l2)
        bias = np.zeros(len(LABELS))
        if tune_biases:
            inner = fold_numbers(len(train_y), folds, seed + 1)
            logits = np.zeros((len(train_y), len(LABELS)))
            for part in range(folds):
                w, c = fit_logistic(train_x[inner != part], train_y[inner != part], l2)
                logits[inner == part] = np.asarray(train_x[inner == part] @ w) + c
            bias = best_biases(logits, train_y)
        logits = np.asarray(design[held_out] @ weights) + intercepts + bias
        predicted[held_out] = logits.argmax(axis=1)
        fold_f1.append(_macro_f1_codes(codes[held_out], predicted[held_out]))
        fold_biases.append((float(bias[0]), float(bias[2])))
    return CrossValidation.pooled(gold, np.asarray(LABELS)[predicted], fold_f1, fold_biases)


def cross_validate_two_stage(
    strength: Sequence[float],
    signed: Sequence[float],
    gold: Sequence[str],
    folds: int = 5,
    seed: int = 0,
) -> CrossValidation:
    """Two thresholds instead of one band: "polar?" if ``strength`` exceeds one, then
    "positive" if ``signed`` exceeds the other, else "negative". Both thresholds are
    chosen among training-fold quantiles (``strength``: 20th-80th percentile, 2 apart;
    ``signed``: 5th-95th, 2.5 apart) for macro-F1 on four folds and scored on the fifth.
    ``fold_bands`` holds each fold's (strength, sign) thresholds.

    Example:
        >>> cross_validate_two_stage([1, 0, 1] * 10, [-1, 0, 1] * 10,
        ...                          ["negative", "neutral", "positive"] * 10).macro_f1
        1.0
    """
    strength, signed = np.asarray(strength, dtype=float), np.asarray(signed, dtype=float)
    codes = _label_codes(gold)
    fold_of = fold_numbers(len(codes), folds, seed)
    predicted = np.empty(len(codes), dtype=int)

    def rule(rows, polar_above, positive_above):
        return np.where(
            strength[rows] <= polar_above, 1, np.where(signed[rows] > positive_above, 2, 0)
        )

    fold_f1, thresholds = [], []
    for fold in range(folds):
        training, held_out = fold_of != fold, fold_of == fold
        candidates = [
            (a, b)
            for a in np.quantile(strength[training], np.linspace(0.2, 0.8, 31))
            for b in np.quantile(signed[training], np.linspace(0.05, 0.95, 37))
        ]
        chosen = max(
            candidates, key=lambda ab: _macro_f1_codes(codes[training], rule(training, *ab))
        )
        predicted[held_out] = rule(held_out, *chosen)
        fold_f1.append(_macro_f1_codes(codes[held_out], predicted[held_out]))
        thresholds.append((float(chosen[0]), float(chosen[1])))
    return CrossValidation.pooled(gold, np.asarray(LABELS)[predicted], fold_f1, thresholds)


def two_stage_scores(features: LexiconFeatures) -> tuple[np.ndarray, np.ndarray]:
    """What the two-stage rule reads: ``strength`` (the summed absolute SentiWS weight,
    "polar?") and ``signed`` (sentiws plus textblob-de-repaired polarity, "which sign?").

    Example:
        >>> strength, signed = two_stage_scores(lexicon_features(["Ein großer Erfolg."]))
        >>> bool(strength[0] > 0 and signed[0] > 0)
        True
    """
    column = {name: index for index, name in enumerate(DENSE_FEATURES)}
    dense = features.dense
    strength = dense[:, column["sentiws_positive_sum"]] - dense[:, column["sentiws_negative_sum"]]
    signed = dense[:, column["sentiws_polarity"]] + dense[:, column["repaired_polarity"]]
    return strength, signed


def learned_rule_report(
    benchmark: pd.DataFrame | None = None, seeds: Sequence[int] = (0, 1, 2)
) -> pd.DataFrame:
    """Cross-validated macro-F1 (one column per fold seed, and their mean) of every
    decision rule tried on the benchmark, with the pooled accuracy of the first seed.
    Slow (minutes): the figures in benchmarks/README.md come from it.
    """
    benchmark = load_benchmark() if benchmark is None else benchmark
    gold = benchmark["gold"].to_numpy()
    features = lexicon_features(benchmark["text"].tolist())
    strength, signed = two_stage_scores(features)
    polarities = benchmark_polarities(["sentiws"], benchmark)["sentiws"].to_numpy()
    rules = {
        "sentiws, one neutral band": lambda seed: cross_validate(polarities, gold, seed=seed),
        "two-stage: sum |SentiWS| polar?, SentiWS + repaired sign": (
            lambda seed: cross_validate_two_stage(strength, signed, gold, seed=seed)
        ),
    }
    for l2 in (0.01, 0.03, 0.1):
        rules[f"logistic, dense, l2={l2}, biases tuned"] = lambda seed, l2=l2: (
            cross_validate_classifier(features, gold, l2=l2, with_words=False, seed=seed)
        )
        rules[f"logistic, dense + lexicon words, l2={l2}, no biases"] = lambda seed, l2=l2: (
            cross_validate_classifier(features, gold, l2=l2, tune_biases=False, seed=seed)
        )
        rules[f"logistic, dense + lexicon words, l2={l2}, biases tuned"] = lambda seed, l2=l2: (
            cross_validate_classifier(features, gold, l2=l2, seed=seed)
        )
    rows = {}
    for name, rule in rules.items():
        results = [rule(seed) for seed in seeds]
        rows[name] = {f"seed {seed}": r.macro_f1 for seed, r in zip(seeds, results)}
        rows[name]["mean"] = float(np.mean([r.macro_f1 for r in results]))
        rows[name][f"accuracy (seed {seeds[0]})"] = results[0].accuracy
    return pd.DataFrame.from_dict(rows, orient="index")


def main() -> None:
    with pd.option_context(
        "display.width", 200, "display.max_columns", None, "display.max_colwidth", None
    ):
        print(learned_rule_report().round(3))


if __name__ == "__main__":
    main()
