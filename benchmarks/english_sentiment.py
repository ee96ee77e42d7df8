"""VADER on the English development set: where does "neutral" end? Chooses the neutral
band of the ``vader`` backend on data and says how well that choice generalises.

The set is the 156 sentences with a polarity label of the English development set
(``kolumne/resources/benchmarks/english-dev``: 160 advice-column sentences, two blind
annotators; 51 negative, 55 neutral, 50 positive). ``kolumne.validation.best_band``
picks the band with the highest macro-F1 on the whole set (in-sample, optimistic);
``kolumne.validation.cross_validate`` picks it on four folds and labels the fifth, so
no sentence is labelled by a band chosen with its own label. Printed per rule: accuracy,
macro-F1 and the band; for the cross-validation the pooled out-of-fold macro-F1, the
mean of the folds' macro-F1, and each fold's band (fold seeds 0, 1, 2).

Measured 2026-12-02 (vaderSentiment 3.3.2):

    rule                                         accuracy  macro-F1  band
    vader, VADER's thresholds ±0.05                 0.603     0.593  [-0.05, +0.05]
    vader, band chosen on all 156 (in-sample)       0.603     0.593  [ 0.00, +0.05]
    vader, band chosen on 4 folds, 5-fold CV        0.596     0.588  (pooled; fold mean
                                                                      0.587, seeds 1, 2:
                                                                      0.585, 0.580)
    VADER on the whole sentence, quotes kept        0.609     0.599  [-0.05, +0.05]
    always neutral                                  0.353     0.174
    textblob-de on the English text                 0.353     0.206  [ 0.00,  0.00]
    textblob-de-repaired on the English text        0.365     0.228  [-0.10, +0.35]
    sentiws on the English text                     0.346     0.172  [-0.30, +0.15]

The chosen band [0, 0.05] labels these sentences exactly as VADER's own ±0.05 (no
compound falls in [-0.05, 0); best_band's tie rule takes the narrower band), and the
folds choose [0, 0.05] or [0, 0]: narrow bands win, because VADER's compound is 0 for a
sentence without a lexicon word (52 of 156) and rarely near 0 otherwise. Wider bands
lose (symmetric ±0.1: 0.573, ±0.3: 0.534, ±0.6: 0.378). VADER's main error is 21 of
51 negative sentences labelled positive: bad news in positive words (sarcasm, "Please
don't …", "my best friend … cheating").

Run: .venv/bin/python benchmarks/english_sentiment.py   (a few seconds)
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from kolumne.sentiment import LABELS, NEUTRAL_BANDS, score
from kolumne.validation import (
    BENCHMARKS,
    accuracy,
    apply_band,
    best_band,
    confusion_matrix,
    cross_validate,
    macro_f1,
)

ENGLISH_DEV = BENCHMARKS / "english-dev"
# VADER's own published rule: compound >= 0.05 positive, <= -0.05 negative.
VADER_THRESHOLDS = (-0.05, 0.05)
GERMAN_BACKENDS = ("textblob-de", "textblob-de-repaired", "sentiws")
FOLD_SEEDS = (0, 1, 2)
SYMMETRIC_WIDTHS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def _read_tsv(name: str) -> pd.DataFrame:
    # The texts hold plain " marks: no CSV quoting (the set's README).
    text = (ENGLISH_DEV / name).read_text(encoding="utf-8")
    return pd.read_csv(io.StringIO(text), sep="\t", quoting=csv.QUOTE_NONE, dtype=str)


def labelled_sentences() -> pd.DataFrame:
    """The sentences with a polarity label: ``id``, ``section``, ``text``, ``gold``."""
    sentences = _read_tsv("sentences.tsv")
    labels = _read_tsv("labels.tsv")
    frame = sentences.merge(labels[["id", "polarity"]], on="id", validate="one_to_one")
    frame = frame[frame["polarity"].notna() & (frame["polarity"] != "")]
    return frame.rename(columns={"polarity": "gold"}).reset_index(drop=True)


def pooled_macro_f1(confusion: pd.DataFrame) -> float:
    """Macro-F1 of the pooled held-out predictions (gold rows, predicted columns)."""
    hits = np.diag(confusion.to_numpy())
    totals = confusion.sum(axis=1).to_numpy() + confusion.sum(axis=0).to_numpy()
    return float(np.mean(np.divide(2 * hits, totals, out=np.zeros(len(hits)), where=totals > 0)))


def _row(rule: str, gold: list[str], predicted: list[str], band: str) -> dict[str, object]:
    return {
        "rule": rule,
        "accuracy": accuracy(gold, predicted),
        "macro_f1": macro_f1(gold, predicted),
        "band": band,
    }


def _band_text(band: tuple[float, float]) -> str:
    return f"[{band[0]:+.2f}, {band[1]:+.2f}]"


def main() -> None:
    frame = labelled_sentences()
    gold = frame["gold"].tolist()
    texts = frame["text"].tolist()
    vader = score(texts, "vader", language="en")["polarity"].to_numpy()
    analyzer = SentimentIntensityAnalyzer()
    whole = np.array([analyzer.polarity_scores(text)["compound"] for text in texts])
    counts = frame["gold"].value_counts()
    print(f"{len(frame)} labelled sentences: " + ", ".join(f"{counts[n]} {n}" for n in LABELS))

    chosen = best_band(vader, gold)
    rows = [
        _row("vader, VADER's thresholds ±0.05", gold, apply_band(vader, VADER_THRESHOLDS),
             _band_text(VADER_THRESHOLDS)),
        _row("vader, band chosen on all (in-sample)", gold, apply_band(vader, chosen),
             _band_text(chosen)),
        _row("vader, shipped NEUTRAL_BANDS", gold, apply_band(vader, NEUTRAL_BANDS["vader"]),
             _band_text(NEUTRAL_BANDS["vader"])),
        _row("VADER on the whole sentence, quotes included, ±0.05", gold,
             apply_band(whole, VADER_THRESHOLDS), _band_text(VADER_THRESHOLDS)),
        _row("always neutral", gold, ["neutral"] * len(gold), "-"),
    ]  # fmt: skip
    for backend in GERMAN_BACKENDS:
        # German rules on English text: only to show what they would give.
        polarity = score(texts, backend, language="de")["polarity"].to_numpy()
        band = NEUTRAL_BANDS[backend]
        rows.append(_row(f"{backend} (German rules)", gold, apply_band(polarity, band),
                         _band_text(band)))  # fmt: skip
    print(pd.DataFrame(rows).to_string(index=False, float_format="%.3f"))

    print("\nvader, macro-F1 with a symmetric band [-w, +w]:")
    print("  " + ", ".join(
        f"w {width:.2f}: {macro_f1(gold, apply_band(vader, (-width, width))):.3f}"
        for width in SYMMETRIC_WIDTHS
    ))  # fmt: skip

    print("\n5-fold cross-validation of the band choice (vader):")
    for seed in FOLD_SEEDS:
        result = cross_validate(vader, gold, folds=5, seed=seed)
        bands = " ".join(_band_text(band) for band in result.fold_bands)
        print(
            f"  seed {seed}: pooled macro-F1 {pooled_macro_f1(result.confusion):.3f}, "
            f"fold mean {result.macro_f1:.3f}, accuracy {result.accuracy:.3f}; bands {bands}"
        )
        if seed == FOLD_SEEDS[0]:
            held_out = result.confusion

    print("\nconfusion, VADER's thresholds (gold rows, predicted columns):")
    print(confusion_matrix(gold, apply_band(vader, VADER_THRESHOLDS)).to_string())
    print(f"\nconfusion, chosen band {_band_text(chosen)} in-sample:")
    print(confusion_matrix(gold, apply_band(vader, chosen)).to_string())
    print(f"\nconfusion, cross-validated (seed {FOLD_SEEDS[0]}, pooled):")
    print(held_out.to_string())


if __name__ == "__main__":
    main()
