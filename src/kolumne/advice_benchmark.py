"""How well kolumne agrees with people on advice columns: the yardstick for tone.

The benchmark is the development half of an evaluation set of advice columns (CC0,
``resources/benchmarks/advice-dev/`` with its README): 14 columns, 12 German and 2
English, every sentence labelled by two blind annotators (polarity, emotion,
directive) and every question and answer rated 1 (very negative) to 7 (very positive).
Nothing in kolumne is trained or tuned on it; the contextual backend learns from
``data/training`` only.

Two levels, as the charts use them:

- sentences: the benchmark's own sentence list, labels where both annotators agree;
- sections: each column loaded as users load theirs (``kolumne.load_column``), each
  section's word-weighted polarity (``kolumne.sentiment.section_summary``) against the
  people's rating, and per pair whether the more negative section is the one people
  chose.

Example:
    >>> sentences, sections = load_advice_benchmark()
    >>> len(sentences), len(sections)
    (419, 14)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable

import numpy as np
import pandas as pd
from scipy.stats import spearmanr

from kolumne.load import load_column
from kolumne.measures.sentiment import contextual, score, section_summary, unavailable_reason
from kolumne.measures.tone import directives
from kolumne.validation import macro_f1

ADVICE_BENCHMARK: Traversable = (
    resources.files("kolumne") / "resources" / "benchmarks" / "advice-dev"
)
EMOTIONS: tuple[str, ...] = (
    "none", "anger", "fear", "sadness", "shame", "joy", "gratitude", "hope"
)  # fmt: skip


def load_advice_benchmark(
    folder: Traversable = ADVICE_BENCHMARK,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The benchmark's sentences (one row each, ``text``, ``language``, ``section`` and
    the agreed ``polarity``, ``emotion`` and ``directive`` or None) and its pairs (one
    row each: ``file``, ``pair``, ``question_tone``, ``answer_tone``, ``more_negative``).

    Example:
        >>> sentences, sections = load_advice_benchmark()
        >>> sentences["language"].value_counts().to_dict()
        {'de': 357, 'en': 62}
    """
    sentences = pd.DataFrame(json.loads((folder / "sentences.json").read_text("utf-8")))
    sections = pd.DataFrame(json.loads((folder / "sections.json").read_text("utf-8")))
    return sentences, sections


def class_f1(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> float:
    """Mean F1 over the ``classes`` that occur in ``gold`` (a class nobody chose cannot be
    scored, and counting it as 0 or 1 would say nothing about the method).

    Example:
        >>> class_f1(["joy", "none", "none"], ["joy", "none", "joy"], ("none", "joy", "fear"))
        0.6666666666666666
    """
    gold, predicted = np.asarray(gold), np.asarray(predicted)
    scores = []
    for name in classes:
        if (gold == name).any():
            hits = ((gold == name) & (predicted == name)).sum()
            scores.append(2 * hits / ((gold == name).sum() + (predicted == name).sum()))
    return float(np.mean(scores))


def directive_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    """F1 of the directive class.

    Example:
        >>> directive_f1([True, True, False], [True, False, False])
        0.6666666666666666
    """
    truth, guess = np.asarray(gold, dtype=bool), np.asarray(predicted, dtype=bool)
    total = truth.sum() + guess.sum()
    return float(2 * (truth & guess).sum() / total) if total else 0.0


def section_polarities(backend: str, folder: Traversable = ADVICE_BENCHMARK) -> pd.DataFrame:
    """Each pair of the benchmark with the people's ratings and ``backend``'s polarity of
    question and answer, the columns loaded as users load theirs.

    ``right`` says whether the section with the lower polarity is the one people called
    more negative (None where they called the two similar or did not agree, or where
    the backend has no score for the column's language).

    Example:
        >>> frame = section_polarities("sentiws")
        >>> frame.columns.tolist()[-3:]
        ['question_polarity', 'answer_polarity', 'right']
    """
    _sentences, sections = load_advice_benchmark(folder)
    rows = []
    for pair in sections.itertuples():
        with resources.as_file(folder / "columns" / pair.file) as path:
            column = load_column(path)
        exchange = column.exchanges[pair.pair]
        question, answer = (
            section_summary(section, backend, column.language)["polarity_weighted"]
            for section in (exchange.question, exchange.answer)
        )
        chosen = "question" if question < answer else "answer"
        directed = pair.more_negative in ("question", "answer") and not np.isnan(question - answer)
        rows.append(
            {
                **pair._asdict(),
                "language": column.language,
                "question_polarity": question,
                "answer_polarity": answer,
                "right": (chosen == pair.more_negative) if directed else None,
            }
        )
    return pd.DataFrame(rows).drop(columns="Index")


def _by_section(sentences: pd.DataFrame, read: Callable[[list[str]], Sequence]) -> pd.Series:
    """``read`` applied to the texts of each section (question or answer of a pair) at
    once, as the loader hands a section to the measures; one value per sentence."""
    found = pd.Series(index=sentences.index, dtype=object)
    for _key, section in sentences.groupby(["file", "pair", "section"], sort=False):
        found[section.index] = list(read(section["text"].tolist()))
    return found


def advice_check(backends: Sequence[str], folder: Traversable = ADVICE_BENCHMARK) -> pd.DataFrame:
    """One row per backend: how it agrees with people on the benchmark.

    ``german_macro_f1`` / ``english_macro_f1`` (sentence polarity), ``more_negative_right``
    of ``pairs_with_a_direction``, ``spearman`` of section polarity against the people's
    1–7 ratings (every section with a score), and for ``contextual`` also
    ``emotion_macro_f1`` (German, over the emotions people used) and ``directive_f1``
    (German answers, rules or head: ``kolumne.tone.is_directive``). Each section's
    sentences are scored together, as the loader hands them over.

    Example:
        >>> row = advice_check(["sentiws"]).iloc[0]
        >>> row["backend"], int(row["pairs_with_a_direction"])
        ('sentiws', 10)
    """
    sentences, _sections = load_advice_benchmark(folder)
    rows = []
    for backend in backends:
        row: dict[str, object] = {"backend": backend}
        for language, name in (("de", "german"), ("en", "english")):
            own = sentences[sentences["language"] == language]
            if unavailable_reason(backend, language):
                row[f"{name}_macro_f1"] = np.nan
                continue
            found = _by_section(
                own, lambda texts, b=backend, lang=language: score(texts, b, lang)["label"]
            )
            labelled = own["polarity"].notna()
            row[f"{name}_macro_f1"] = macro_f1(own["polarity"][labelled], found[labelled])
        pairs = section_polarities(backend, folder)
        directed = pairs[pairs["right"].notna()]
        row["more_negative_right"] = int(directed["right"].sum())
        row["pairs_with_a_direction"] = len(directed)
        values = pd.concat([pairs["question_polarity"], pairs["answer_polarity"]])
        ratings = pd.concat([pairs["question_tone"], pairs["answer_tone"]])
        known = values.notna().to_numpy()
        row["spearman"] = float(spearmanr(values[known], ratings[known]).statistic)
        row["emotion_macro_f1"] = row["directive_f1"] = np.nan
        if backend == "contextual":
            german = sentences[sentences["language"] == "de"]
            felt = german["emotion"].notna()
            emotions = _by_section(german, lambda texts: contextual.emotions(texts, "de"))
            row["emotion_macro_f1"] = class_f1(german["emotion"][felt], emotions[felt], EMOTIONS)
            answers = german[german["section"] == "answer"]
            said = answers["directive"].notna()
            found = _by_section(answers, lambda texts: directives(texts, "de"))
            row["directive_f1"] = directive_f1(
                answers["directive"][said] == "yes", found[said].astype(bool)
            )
        rows.append(row)
    return pd.DataFrame(rows)
