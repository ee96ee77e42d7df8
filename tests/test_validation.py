"""Benchmark evaluation: metrics against hand-computed values, cross-validation that
never chooses a band on the fold it scores, and the backends against the published
GerNTSA baselines (src/kolumne/resources/benchmarks/README.md)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kolumne import sentiment, validation
from kolumne.validation import (
    accuracy,
    apply_band,
    benchmark_polarities,
    best_band,
    confusion_matrix,
    cross_validate,
    fold_numbers,
    load_benchmark,
    macro_f1,
)


@pytest.fixture(scope="module")
def benchmark() -> pd.DataFrame:
    return load_benchmark()


@pytest.fixture(scope="module")
def polarities(benchmark) -> pd.DataFrame:
    return benchmark_polarities(["textblob-de-repaired", "sentiws", "default"], benchmark)


def test_benchmark_copy_is_complete(benchmark):
    assert len(benchmark) == 1889
    assert set(benchmark["gold"]) == {"negative", "neutral", "positive"}
    # The licence travels with the data, into the wheel too.
    assert "CC BY 4.0" in (validation.BENCHMARKS / "README.md").read_text(encoding="utf-8")


def test_macro_f1_and_accuracy_match_a_hand_computation():
    gold = ["negative", "negative", "neutral", "positive"]
    predicted = ["negative", "neutral", "neutral", "neutral"]
    # F1 negative = 2·1/(1+2), neutral = 2·1/(3+1), positive = 0.
    assert macro_f1(gold, predicted) == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    assert accuracy(gold, predicted) == 0.5


def test_confusion_matrix_has_gold_rows_and_predicted_columns():
    table = confusion_matrix(
        ["negative", "positive", "positive"], ["neutral", "positive", "negative"]
    )
    assert table.loc["negative", "neutral"] == 1
    assert table.loc["positive", "negative"] == 1
    assert table.to_numpy().sum() == 3
    assert list(table.index) == list(table.columns) == ["negative", "neutral", "positive"]


def test_always_neutral_baseline_matches_the_published_figure(benchmark):
    predicted = ["neutral"] * len(benchmark)
    # README: always "neutral" gives macro-F1 0.249 on the full set.
    assert macro_f1(benchmark["gold"], predicted) == pytest.approx(0.25, abs=0.01)


def test_best_band_separates_cleanly_separable_data():
    polarities = [-0.8, -0.6, -0.05, 0.0, 0.1, 0.5, 0.9]
    gold = ["negative", "negative", "neutral", "neutral", "neutral", "positive", "positive"]
    low, high = best_band(polarities, gold)
    assert apply_band(polarities, (low, high)) == gold


def test_folds_partition_the_items():
    folds = fold_numbers(103, folds=5)
    assert sorted(np.bincount(folds).tolist()) == [20, 20, 21, 21, 21]


def test_cross_validation_chooses_each_band_without_its_own_fold():
    rng = np.random.default_rng(7)
    gold = rng.choice(["negative", "neutral", "positive"], size=200)
    centre = {"negative": -0.3, "neutral": 0.0, "positive": 0.3}
    polarities = np.array([centre[g] for g in gold]) + rng.normal(0, 0.2, size=200)
    result = cross_validate(polarities, gold)
    folds = fold_numbers(200)
    for fold, band in enumerate(result.fold_bands):
        training = folds != fold
        assert band == best_band(polarities[training], gold[training])
        held_out = folds == fold
        expected = macro_f1(gold[held_out], apply_band(polarities[held_out], band))
        assert result.fold_macro_f1[fold] == pytest.approx(expected)
    assert result.macro_f1 == pytest.approx(np.mean(result.fold_macro_f1))


def test_sentiws_beats_the_published_baselines_cross_validated(benchmark, polarities):
    gold = benchmark["gold"].to_numpy()
    word_list = cross_validate(polarities["sentiws"], gold).macro_f1
    repaired = cross_validate(polarities["textblob-de-repaired"], gold).macro_f1
    # README: always neutral 0.25, stock textblob-de about 0.41.
    assert word_list > 0.44
    assert word_list > repaired >= 0.40


@pytest.mark.xfail(
    strict=True,
    reason="news polarity toward a topic is not the tone the contextual backend learned "
    "from advice columns: 0.42 cross-validated, below the 0.44 floor",
)
def test_the_default_keeps_the_news_floor(benchmark, polarities):
    gold = benchmark["gold"].to_numpy()
    assert cross_validate(polarities["default"], gold).macro_f1 >= 0.44


def test_stock_textblob_de_on_a_sample_is_near_its_published_figure(benchmark):
    sample = benchmark.sample(n=300, random_state=0)
    predicted = sentiment.score(sample["text"].tolist(), "textblob-de")["label"]
    # README: textblob-de 0.4.3 with the sign rule, macro-F1 about 0.41 (full set).
    assert macro_f1(sample["gold"], predicted) == pytest.approx(0.41, abs=0.06)


@pytest.mark.parametrize("backend", ["textblob-de-repaired", "sentiws"])
def test_the_shipped_neutral_band_is_the_one_chosen_on_the_benchmark(
    benchmark, polarities, backend
):
    assert sentiment.NEUTRAL_BANDS[backend] == best_band(polarities[backend], benchmark["gold"])


def test_the_packaged_copy_of_the_bundled_column_is_byte_for_byte_the_same():
    from pathlib import Path

    project = Path(__file__).resolve().parents[1]
    bundled = project / "data" / "columns" / "2016-kollege-sabotiert.txt"
    packaged = project / "src" / "kolumne" / "resources" / "benchmarks" / bundled.name
    assert packaged.read_bytes() == bundled.read_bytes()
