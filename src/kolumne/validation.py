"""How well the sentiment backends agree with people: accuracy, macro-F1, confusion
matrices and cross-validated neutral bands on a labelled benchmark.

The benchmark is the development half of GerNTSA (CC BY 4.0), shipped with the package in
``kolumne/resources/benchmarks/`` beside its README: German news sentences labelled
negative / neutral / positive by crowd majority. The hand-counted syllable list lives
there too.

A backend gives a polarity; where "neutral" ends is a choice. ``cross_validate`` makes
that choice honestly: it picks the band on four folds, labels the fifth with it, and
reports the mean macro-F1 over the five held-out folds, so no score has seen its own
labels. ``cross_validate_two_stage`` and ``cross_validate_classifier`` do the same for
learned decision rules (two thresholds; a logistic regression on ``lexicon_features``
with class biases tuned for macro-F1), and ``learned_rule_report`` tabulates them.

Example:
    >>> round(macro_f1(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"]), 3)
    0.556
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np
import pandas as pd

from kolumne.sentiment import LABELS, label, score

BENCHMARKS: Traversable = resources.files("kolumne") / "resources" / "benchmarks"
BENCHMARK: Traversable = BENCHMARKS / "gerntsa-dev.json"
SYLLABLE_LIST: Traversable = BENCHMARKS / "syllables_de.tsv"

# Candidate band edges, 0.05 apart: fine enough for a polarity in [-1, 1], coarse
# enough that the choice on four folds does not chase noise.
BAND_EDGES: tuple[float, ...] = tuple(round(0.05 * step, 2) for step in range(13))


@dataclass(frozen=True)
class Evaluation:
    """Agreement of predicted labels with gold labels.

    Example:
        >>> evaluate(["neutral"], ["neutral"]).accuracy
        1.0
    """

    accuracy: float
    macro_f1: float
    confusion: pd.DataFrame


@dataclass(frozen=True)
class CrossValidation:
    """Out-of-fold results of choosing the neutral band on the other folds.

    Example:
        >>> result = cross_validate([-0.5, 0.0, 0.5] * 10, ["negative", "neutral", "positive"] * 10)
        >>> result.macro_f1
        1.0
    """

    macro_f1: float
    accuracy: float
    fold_macro_f1: tuple[float, ...]
    fold_bands: tuple[tuple[float, float], ...]
    confusion: pd.DataFrame


def _read_text(source: str | os.PathLike | Traversable) -> str:
    """The text of a file given as a path or as a packaged resource."""
    if isinstance(source, (str, os.PathLike)):
        source = Path(source)
    return source.read_text(encoding="utf-8")


def load_benchmark(path: str | os.PathLike | Traversable = BENCHMARK) -> pd.DataFrame:
    """The benchmark as a frame with ``text`` and ``gold`` (negative/neutral/positive).

    Example:
        >>> frame = load_benchmark()
        >>> len(frame), sorted(frame["gold"].unique())
        (1889, ['negative', 'neutral', 'positive'])
    """
    items = json.loads(_read_text(path))
    return pd.DataFrame(
        {
            "text": [item["opinion_snippet"] for item in items],
            "gold": [item["sentiment"]["polarity"] for item in items],
        }
    )


def confusion_matrix(gold: Sequence[str], predicted: Sequence[str]) -> pd.DataFrame:
    """Counts with gold labels as rows and predicted labels as columns.

    Example:
        >>> confusion_matrix(["positive", "negative"], ["positive", "neutral"]).loc["negative"].tolist()
        [0, 1, 0]
    """
    table = pd.crosstab(
        pd.Categorical(list(gold), categories=LABELS),
        pd.Categorical(list(predicted), categories=LABELS),
        dropna=False,
    )
    table.index.name, table.columns.name = "gold", "predicted"
    return table.reindex(index=list(LABELS), columns=list(LABELS), fill_value=0)


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of labels predicted right.

    Example:
        >>> accuracy(["neutral", "positive"], ["neutral", "negative"])
        0.5
    """
    return float(np.mean(np.asarray(gold) == np.asarray(predicted)))


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Unweighted mean of the F1 of negative, neutral and positive (0 for a label that is
    neither predicted nor right), so the rare labels count as much as "neutral".

    Example:
        >>> round(macro_f1(["neutral"] * 3 + ["positive"], ["neutral"] * 4), 3)
        0.286
    """
    gold, predicted = np.asarray(gold), np.asarray(predicted)
    scores = []
    for name in LABELS:
        hits = np.sum((gold == name) & (predicted == name))
        predicted_count, gold_count = np.sum(predicted == name), np.sum(gold == name)
        total = predicted_count + gold_count
        scores.append(2 * hits / total if total else 0.0)
    return float(np.mean(scores))


def evaluate(gold: Sequence[str], predicted: Sequence[str]) -> Evaluation:
    """Accuracy, macro-F1 and confusion matrix in one.

    Example:
        >>> evaluate(["negative", "positive"], ["negative", "neutral"]).macro_f1
        0.3333333333333333
    """
    return Evaluation(
        accuracy(gold, predicted), macro_f1(gold, predicted), confusion_matrix(gold, predicted)
    )


def apply_band(polarities: Sequence[float], band: tuple[float, float]) -> list[str]:
    """Label each polarity with a neutral band ``(low, high)``.

    Example:
        >>> apply_band([-0.3, 0.05, 0.3], (-0.1, 0.1))
        ['negative', 'neutral', 'positive']
    """
    return [label(polarity, band) for polarity in polarities]


def best_band(polarities: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The neutral band ``(low, high)`` from ``BAND_EDGES`` with the highest macro-F1.

    Ties go to the narrower band, then to the lower edge, so the choice is repeatable.

    Example:
        >>> best_band([-0.4, -0.1, 0.1, 0.4], ["negative", "neutral", "neutral", "positive"])
        (-0.1, 0.1)
    """
    polarities, gold = np.asarray(polarities, dtype=float), np.asarray(gold)
    candidates = sorted(
        ((-low, high) for low in BAND_EDGES for high in BAND_EDGES),
        key=lambda band: (band[1] - band[0], band[1]),
    )
    best, best_f1 = candidates[0], -1.0
    for low, high in candidates:
        predicted = np.where(
            polarities > high, "positive", np.where(polarities < low, "negative", "neutral")
        )
        f1 = macro_f1(gold, predicted)
        if f1 > best_f1:
            best, best_f1 = (low, high), f1
    return (float(best[0]) + 0.0, float(best[1]))


def fold_numbers(count: int, folds: int = 5, seed: int = 0) -> np.ndarray:
    """A fold number per item, shuffled with a fixed seed, folds as equal as possible.

    Example:
        >>> sorted(np.bincount(fold_numbers(10, folds=5)).tolist())
        [2, 2, 2, 2, 2]
    """
    return np.random.default_rng(seed).permutation(np.arange(count) % folds)


def _pooled(
    gold: Sequence[str], predicted: Sequence[str], fold_f1: list[float], fold_choices: list
) -> CrossValidation:
    """The out-of-fold predictions of all folds, pooled into one ``CrossValidation``."""
    return CrossValidation(
        macro_f1=float(np.mean(fold_f1)),
        accuracy=accuracy(np.asarray(gold), np.asarray(predicted)),
        fold_macro_f1=tuple(fold_f1),
        fold_bands=tuple(fold_choices),
        confusion=confusion_matrix(gold, predicted),
    )


def cross_validate(
    polarities: Sequence[float], gold: Sequence[str], folds: int = 5, seed: int = 0
) -> CrossValidation:
    """Choose the neutral band on ``folds - 1`` folds, label the held-out fold, repeat.

    ``macro_f1`` is the mean of the held-out folds' macro-F1; ``accuracy`` and
    ``confusion`` pool the held-out predictions of all folds.

    Example:
        >>> cross_validate([0.2, -0.2, 0.0] * 5, ["positive", "negative", "neutral"] * 5).accuracy
        1.0
    """
    polarities, gold = np.asarray(polarities, dtype=float), np.asarray(gold)
    fold_of = fold_numbers(len(gold), folds, seed)
    predicted = np.empty(len(gold), dtype=object)
    fold_f1, fold_bands = [], []
    for fold in range(folds):
        held_out = fold_of == fold
        band = best_band(polarities[~held_out], gold[~held_out])
        predicted[held_out] = apply_band(polarities[held_out], band)
        fold_f1.append(macro_f1(gold[held_out], predicted[held_out]))
        fold_bands.append(band)
    return _pooled(gold, predicted, fold_f1, fold_bands)


def benchmark_polarities(backends: Sequence[str], benchmark: pd.DataFrame) -> pd.DataFrame:
    """Polarity of every benchmark sentence under each backend, one column per backend.

    Example:
        >>> benchmark_polarities(["sentiws"], load_benchmark().head(2)).columns.tolist()
        ['sentiws']
    """
    texts = benchmark["text"].tolist()
    return pd.DataFrame({name: score(texts, name)["polarity"].to_numpy() for name in backends})


def report(polarities: pd.DataFrame, gold: Sequence[str]) -> pd.DataFrame:
    """One row per backend: cross-validated macro-F1 and accuracy, the band chosen on
    the whole set, and macro-F1 with the plain sign rule (band 0, 0) for comparison.

    Example:
        >>> frame = pd.DataFrame({"toy": [-0.5, 0.0, 0.5] * 10})
        >>> float(report(frame, ["negative", "neutral", "positive"] * 10).loc["toy", "cv_macro_f1"])
        1.0
    """
    rows = {}
    for backend in polarities.columns:
        values = polarities[backend].to_numpy()
        result = cross_validate(values, gold)
        rows[backend] = {
            "cv_macro_f1": result.macro_f1,
            "cv_accuracy": result.accuracy,
            "band": best_band(values, gold),
            "sign_macro_f1": macro_f1(gold, apply_band(values, (0.0, 0.0))),
            "sign_accuracy": accuracy(gold, apply_band(values, (0.0, 0.0))),
        }
    return pd.DataFrame.from_dict(rows, orient="index")


# ------------------------------------------------------------- syllables and readability

# Worked by hand for the bundled column (data/columns/2016-kollege-sabotiert.txt) with
# the counting conventions of kolumne.readability ("-tion" as two syllables).
SEED_READABILITY_REFERENCES: dict[str, dict[str, float]] = {
    "question": {"sentences": 8, "words": 139, "syllables": 257,
                 "flesch_amstad": 54.46, "wiener_sachtextformel_1": 5.76},
    "answer": {"sentences": 16, "words": 277, "syllables": 487,
               "flesch_amstad": 59.84, "wiener_sachtextformel_1": 6.55},
}


@dataclass(frozen=True)
class SyllableCheck:
    """How often ``kolumne.readability.syllables`` agrees with a hand-counted list.

    Example:
        >>> SyllableCheck(correct=2, total=2, misses=pd.DataFrame()).accuracy
        1.0
    """

    correct: int
    total: int
    misses: pd.DataFrame

    @property
    def accuracy(self) -> float:
        """Share of words counted exactly right.

        Example:
            >>> SyllableCheck(correct=3, total=4, misses=pd.DataFrame()).accuracy
            0.75
        """
        return self.correct / self.total if self.total else float("nan")


def hand_counted_syllables(
    path: str | os.PathLike | Traversable = SYLLABLE_LIST,
) -> list[tuple[str, int]]:
    """The hand-counted list as (word, syllables) pairs; ``#`` lines are comments.

    Example:
        >>> ("aber", 2) in hand_counted_syllables()
        True
    """
    pairs = []
    for line in _read_text(path).splitlines():
        if line.strip() and not line.startswith("#"):
            word, count = line.split("\t")
            pairs.append((word, int(count)))
    return pairs


def syllable_check(path: str | os.PathLike | Traversable = SYLLABLE_LIST) -> SyllableCheck:
    """Count every word of the hand-counted list and compare; list the misses.

    Example:
        >>> check = syllable_check()
        >>> check.total > 300 and check.accuracy > 0.9
        True
    """
    from kolumne.readability import syllables

    pairs = hand_counted_syllables(path)
    counted = [(word, expected, syllables(word)) for word, expected in pairs]
    misses = pd.DataFrame(
        [row for row in counted if row[1] != row[2]], columns=["word", "by_hand", "kolumne"]
    )
    return SyllableCheck(correct=len(pairs) - len(misses), total=len(pairs), misses=misses)


def seed_readability_check() -> pd.DataFrame:
    """kolumne's counts and scores for the bundled column next to the hand-worked values.

    One row per section and quantity: ``by_hand``, ``kolumne``, ``difference`` and
    ``within_tolerance`` (±1.0, the tolerance the tests hold).

    Example:
        >>> frame = seed_readability_check()
        >>> bool(frame["within_tolerance"].all())
        True
    """
    from kolumne.compare import section_text
    from kolumne.load import load_column
    from kolumne.paths import columns_dir
    from kolumne.readability import count_text, flesch_amstad, wiener_sachtextformel

    column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
    rows = []
    for section in (column.question, column.answer):
        text = section_text(section)
        counts = count_text(text)
        measured = {
            "sentences": counts.sentences,
            "words": counts.words,
            "syllables": counts.syllables,
            "flesch_amstad": flesch_amstad(text).value,
            "wiener_sachtextformel_1": wiener_sachtextformel(text, 1).value,
        }
        for quantity, by_hand in SEED_READABILITY_REFERENCES[section.kind].items():
            difference = measured[quantity] - by_hand
            rows.append(
                {
                    "section": section.kind,
                    "quantity": quantity,
                    "by_hand": by_hand,
                    "kolumne": round(measured[quantity], 2),
                    "difference": round(difference, 2),
                    "within_tolerance": abs(difference) <= 1.0,
                }
            )
    return pd.DataFrame(rows)


# ------------------------------------------------ learned decision rules (experiments)
#
# Issue 4 asks whether anything learned on top of the lexicons generalises to 0.50
# macro-F1. The functions below are the experiments, kept so that every figure in
# ``kolumne.sentiment``'s docstring can be re-run. Everything learned (feature scaling,
# weights, class biases, thresholds) is fitted on the training folds only.

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
    words: object  # scipy.sparse.csr_matrix
    vocabulary: tuple[str, ...]


def lexicon_features(texts: Sequence[str]) -> LexiconFeatures:
    """``LexiconFeatures`` of ``texts`` from the ``sentiws`` and ``textblob-de-repaired``
    backends (columns of ``dense`` named in ``DENSE_FEATURES``).

    Example:
        >>> float(lexicon_features(["Ich habe Angst."]).dense[0, 1]) < 0
        True
    """
    from scipy.sparse import csr_matrix

    from kolumne.sentiment import analyse

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
    from scipy.optimize import minimize

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
    from scipy.sparse import csr_matrix, hstack

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
        ...                       __import__("scipy.sparse").sparse.csr_matrix((30, 0)), ())
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
    return _pooled(gold, np.asarray(LABELS)[predicted], fold_f1, fold_biases)


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
    return _pooled(gold, np.asarray(LABELS)[predicted], fold_f1, thresholds)


def learned_rule_report(
    benchmark: pd.DataFrame | None = None, seeds: Sequence[int] = (0, 1, 2)
) -> pd.DataFrame:
    """Cross-validated macro-F1 (one column per fold seed, and their mean) of every
    decision rule tried for issue 4 on the benchmark. Slow (minutes): it is what the
    figures in ``kolumne.sentiment``'s docstring come from, not a test. Run it with
    ``.venv/bin/python -c "from kolumne.validation import learned_rule_report as r; print(r())"``.
    """
    benchmark = load_benchmark() if benchmark is None else benchmark
    gold = benchmark["gold"].to_numpy()
    features = lexicon_features(benchmark["text"].tolist())
    column = {name: index for index, name in enumerate(DENSE_FEATURES)}
    dense = features.dense
    strength = dense[:, column["sentiws_positive_sum"]] - dense[:, column["sentiws_negative_sum"]]
    signed = dense[:, column["sentiws_polarity"]] + dense[:, column["repaired_polarity"]]
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
