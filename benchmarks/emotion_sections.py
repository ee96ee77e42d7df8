"""The contextual backend's emotion rates per section against the people's, on the
development half of the advice benchmark.

For every question and answer of the development half: how many of every 100 sentences
the emotion head gives each emotion (``contextual.emotion_rates``, as in the section
frame) and how many of every 100 sentences with an agreed emotion label the annotators
gave it. Prints, per language, the Spearman correlation of the two over all sections and
emotions, their mean absolute difference, how often the section's most frequent emotion
is the same, and each emotion's mean rate by the head and by people.

Run: .venv/bin/python benchmarks/emotion_sections.py
"""

from __future__ import annotations

import pandas as pd
from scipy.stats import spearmanr

from kolumne.advice_benchmark import load_advice_benchmark
from kolumne.measures.sentiment import contextual

SECTION = ["file", "pair", "section"]


def rates_by_section(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per section and emotion: ``head`` and ``people`` per 100 sentences."""
    rows = []
    for (file, pair, section, language), group in sentences.groupby([*SECTION, "language"]):
        found = contextual.emotion_rates(group["text"].tolist(), language)
        agreed = group["emotion"].dropna()
        for emotion, rate in found.items():
            people = 100 * (agreed == emotion).mean() if len(agreed) else float("nan")
            rows.append((file, pair, section, language, emotion, rate, people))
    columns = [*SECTION, "language", "emotion", "head", "people"]
    return pd.DataFrame(rows, columns=columns)


def most_frequent_agrees(rates: pd.DataFrame) -> tuple[int, int]:
    """(sections where the head's most frequent emotion is the people's, sections where
    people found any emotion)."""
    same = total = 0
    for _key, section in rates.groupby(SECTION):
        if section["people"].max() > 0:
            total += 1
            head = section.loc[section["head"].idxmax(), "emotion"]
            same += head == section.loc[section["people"].idxmax(), "emotion"]
    return same, total


def main() -> None:
    sentences, _pairs = load_advice_benchmark()
    rates = rates_by_section(sentences)
    for language, group in rates.groupby("language"):
        group = group.dropna(subset=["people"])
        correlation = spearmanr(group["head"], group["people"]).statistic
        difference = (group["head"] - group["people"]).abs().mean()
        same, total = most_frequent_agrees(group)
        print(
            f"{language}: {group.groupby(SECTION).ngroups} sections; Spearman {correlation:.2f}, "
            f"mean absolute difference {difference:.1f} per 100 sentences; most frequent "
            f"emotion the same in {same} of {total} sections with an emotion"
        )
    print(rates.groupby("emotion", sort=False)[["head", "people"]].mean().round(1))


if __name__ == "__main__":
    main()
