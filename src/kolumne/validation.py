"""How well the sentiment backends agree with people: accuracy, macro-F1, confusion
matrices and cross-validated neutral bands on a labelled benchmark.

The benchmark is the development half of GerNTSA (CC BY 4.0), shipped with the package in
``kolumne/resources/benchmarks/`` beside its README: German news sentences labelled
negative / neutral / positive by crowd majority. The hand-counted syllable list lives
there too.

A backend gives a polarity; where "neutral" ends is a choice. ``cross_validate`` makes
that choice honestly: it picks the band on four folds, labels the fifth with it, and
reports the mean macro-F1 over the five held-out folds, so no score has seen its own
labels. Learned decision rules tried on top of the lexicons are research, not part of
the package: ``benchmarks/learned_rules.py`` in the source tree.

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

from kolumne.sentiment import LABELS, analyse, label, prepare
from kolumne.text import Language

BENCHMARKS: Traversable = resources.files("kolumne") / "resources" / "benchmarks"
BENCHMARK: Traversable = BENCHMARKS / "gerntsa-dev.json"
SYLLABLE_LIST: Traversable = BENCHMARKS / "syllables_de.tsv"
ENGLISH_BENCHMARK: Traversable = BENCHMARKS / "english-dev"

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

    @classmethod
    def pooled(
        cls,
        gold: Sequence[str],
        predicted: Sequence[str],
        fold_macro_f1: Sequence[float],
        fold_choices: Sequence[tuple[float, float]],
    ) -> CrossValidation:
        """The out-of-fold predictions of all folds in one result: ``macro_f1`` is the
        mean of the folds' macro-F1, ``accuracy`` and ``confusion`` pool every held-out
        prediction; ``fold_choices`` is what each fold chose (a band, thresholds, biases).

        Example:
            >>> result = CrossValidation.pooled(["neutral", "positive"], ["neutral", "neutral"],
            ...                                 [1.0, 0.0], [(-0.1, 0.1), (-0.2, 0.2)])
            >>> result.macro_f1, result.accuracy
            (0.5, 0.5)
        """
        return cls(
            macro_f1=float(np.mean(fold_macro_f1)),
            accuracy=accuracy(np.asarray(gold), np.asarray(predicted)),
            fold_macro_f1=tuple(fold_macro_f1),
            fold_bands=tuple(fold_choices),
            confusion=confusion_matrix(gold, predicted),
        )


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


def load_english_benchmark(folder: Traversable = ENGLISH_BENCHMARK) -> pd.DataFrame:
    """The English development set as a frame: ``id``, ``section``, ``text``, ``gold``
    (negative/neutral/positive; None where the annotators disagreed and the sentence was
    left out of polarity scoring) and ``imperative`` (True/False, both annotators).

    Example:
        >>> frame = load_english_benchmark()
        >>> len(frame), int(frame["gold"].notna().sum()), int(frame["imperative"].sum())
        (160, 156, 50)
    """

    def rows(name: str) -> list[dict[str, str]]:
        header, *lines = _read_text(folder / name).splitlines()
        return [dict(zip(header.split("\t"), line.split("\t"))) for line in lines if line]

    labels = {row["id"]: row for row in rows("labels.tsv")}
    sentences = rows("sentences.tsv")
    return pd.DataFrame(
        {
            "id": [row["id"] for row in sentences],
            "section": [row["section"] for row in sentences],
            "text": [row["text"] for row in sentences],
            "gold": [labels[row["id"]]["polarity"] or None for row in sentences],
            "imperative": [labels[row["id"]]["imperative"] == "yes" for row in sentences],
        }
    )


@dataclass(frozen=True)
class ImperativeCheck:
    """The English imperative rule against the annotators' labels.

    Example:
        >>> ImperativeCheck(accuracy=1.0, precision=1.0, recall=1.0, sentences=2, misses=()).f1
        1.0
    """

    accuracy: float
    precision: float
    recall: float
    sentences: int
    # (id, text, what the annotators said) for every sentence the rule gets wrong.
    misses: tuple[tuple[str, str, bool], ...]

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def imperative_check(benchmark: pd.DataFrame | None = None) -> ImperativeCheck:
    """``kolumne.measures.tone.english.is_imperative`` on the English development set.

    Example:
        >>> check = imperative_check()
        >>> check.sentences, check.precision > 0.9
        (160, True)
    """
    from kolumne.load import parse_sentence
    from kolumne.measures.tone.english import is_imperative

    benchmark = load_english_benchmark() if benchmark is None else benchmark
    truth = benchmark["imperative"].tolist()
    found = [is_imperative(parse_sentence(text, "en")) for text in benchmark["text"]]
    hits = sum(f and t for f, t in zip(found, truth))
    misses = tuple(
        (key, text, wanted)
        for key, text, wanted, said in zip(benchmark["id"], benchmark["text"], truth, found)
        if wanted != said
    )
    return ImperativeCheck(
        accuracy=1 - len(misses) / len(truth),
        precision=hits / sum(found) if any(found) else 0.0,
        recall=hits / sum(truth) if any(truth) else 0.0,
        sentences=len(truth),
        misses=misses,
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
    return CrossValidation.pooled(gold, predicted, fold_f1, fold_bands)


def benchmark_polarities(
    backends: Sequence[str], benchmark: pd.DataFrame, language: Language = "de"
) -> pd.DataFrame:
    """Polarity of every benchmark sentence under each backend, one column per backend.

    The benchmark's sentences come from unrelated texts, so each is scored alone (the
    contextual backend would otherwise read them all as one section).

    Example:
        >>> benchmark_polarities(["sentiws"], load_benchmark().head(2)).columns.tolist()
        ['sentiws']
    """
    texts = benchmark["text"].tolist()
    found = {}
    for name in backends:
        prepare(texts, name, language)
        found[name] = [analyse(text, name, language).polarity for text in texts]
    return pd.DataFrame(found)


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
# the counting conventions of kolumne.text.syllables ("-tion" as two syllables).
SEED_READABILITY_REFERENCES: dict[str, dict[str, float]] = {
    "question": {
        "sentences": 8,
        "words": 139,
        "syllables": 257,
        "flesch_amstad": 54.46,
        "wiener_sachtextformel_1": 5.76,
    },
    "answer": {
        "sentences": 16,
        "words": 277,
        "syllables": 487,
        "flesch_amstad": 59.84,
        "wiener_sachtextformel_1": 6.55,
    },
}


@dataclass(frozen=True)
class SyllableCheck:
    """How often ``kolumne.text.german_syllables`` agrees with a hand-counted list.

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
    from kolumne.text import german_syllables as syllables

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
    from kolumne.load import load_column
    from kolumne.measures.readability import count, flesch_amstad, wiener_sachtextformel

    # A copy of the bundled column ships with the benchmarks, so that the check runs from
    # an installed wheel too; a test keeps it byte for byte equal to data/columns/.
    with resources.as_file(BENCHMARKS / "2016-kollege-sabotiert.txt") as path:
        column = load_column(path)
    rows = []
    for section in (column.question, column.answer):
        counts = count(section, column.language)
        measured = {
            "sentences": counts.sentences,
            "words": counts.words,
            "syllables": counts.syllables,
            "flesch_amstad": flesch_amstad(counts).value,
            "wiener_sachtextformel_1": wiener_sachtextformel(counts, 1).value,
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


# The suites of the project's ``tests/text_cases/`` (its README names every source and
# licence) by file: what each checks and in which language. A clone of the repository
# has them; an installed wheel does not.
TEXT_SUITES: dict[str, tuple[str, Language]] = {
    "sentences_de.json": ("sentences", "de"),
    "sentences_pysbd_de.json": ("sentences", "de"),
    "sentences_pragmatic_de.json": ("sentences", "de"),
    "sentences_en.json": ("sentences", "en"),
    "words_de.json": ("tokens", "de"),
    "syllables_de.json": ("syllables", "de"),
}


def text_suite_check(folder: str | os.PathLike) -> pd.DataFrame:
    """kolumne's exact cases on each text suite in ``folder`` (the project's
    ``tests/text_cases``): one row per suite with ``checks``, ``cases``, ``right`` and
    ``share``; no rows when the folder is missing.

    A sentence case is right when the sentences are the expected ones in order, compared
    without white space (a boundary counts, spacing does not); a token case when the
    tokens' texts are; a syllable case when the count is.

    Example:
        >>> from kolumne.paths import resolve
        >>> check = text_suite_check(resolve("tests/text_cases"))
        >>> bool(check["share"].min() > 0.9)
        True
    """
    from kolumne.text import german_syllables, split_sentences, tokens

    def squeezed(sentences: Sequence[str]) -> list[str]:
        return [text for text in ("".join(sentence.split()) for sentence in sentences) if text]

    def is_right(case: dict, checks: str, language: Language) -> bool:
        if checks == "sentences":
            found = split_sentences(case["text"], language)
            return squeezed(found) == squeezed(case["sentences"])
        if checks == "tokens":
            return [token.text for token in tokens(case["text"], language)] == case["tokens"]
        return german_syllables(case["word"]) == case["syllables"]

    rows = []
    folder = Path(folder)
    for name, (checks, language) in TEXT_SUITES.items():
        if not (folder / name).is_file():
            continue
        cases = json.loads((folder / name).read_text(encoding="utf-8"))
        right = sum(is_right(case, checks, language) for case in cases)
        rows.append((name, checks, language, len(cases), right, right / len(cases)))
    columns = ["suite", "checks", "language", "cases", "right", "share"]
    return pd.DataFrame(rows, columns=columns).set_index("suite")
