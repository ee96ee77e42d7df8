"""The learned-rule experiments of benchmarks/learned_rules.py: features built only from
lexicon words, rules that never learn from the fold they score, and the two-stage
figure quoted in benchmarks/README.md."""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from kolumne.validation import fold_numbers, load_benchmark

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "learned_rules.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("learned_rules", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # dataclasses look the module up in sys.modules while the class is being built.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


learned_rules = _load_script()


def _toy_features(seed: int = 3, size: int = 150):
    rng = np.random.default_rng(seed)
    gold = rng.choice(["negative", "neutral", "positive"], size=size, p=[0.2, 0.6, 0.2])
    centre = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
    signal = np.array([centre[g] for g in gold]) + rng.normal(0, 0.6, size=size)
    dense = np.column_stack([signal, np.abs(signal), rng.normal(size=size)])
    words = csr_matrix(rng.integers(0, 2, size=(size, 4)).astype(float))
    return learned_rules.LexiconFeatures(dense, words, ("a", "b", "c", "d")), gold


def _scramble_fold_zero(gold: np.ndarray) -> np.ndarray:
    """The gold labels with those of fold 0 rotated: a change only fold 0 could see."""
    folds = fold_numbers(len(gold))
    scrambled = gold.copy()
    scrambled[folds == 0] = np.roll(gold[folds == 0], 1)
    return scrambled


def test_the_examples_in_the_script_hold():
    result = doctest.testmod(learned_rules)
    assert result.attempted > 0
    assert result.failed == 0


def test_lexicon_features_have_only_lexicon_words_as_columns_and_mark_negation():
    features = learned_rules.lexicon_features(["Das war niemals gut.", "Es regnet heute."])
    assert features.dense.shape == (2, len(learned_rules.DENSE_FEATURES))
    assert set(features.vocabulary) == {"sentiws:gut", "repaired:gut"}
    assert features.words.toarray()[0].tolist() == [-1.0, -1.0]
    assert features.words.toarray()[1].tolist() == [0.0, 0.0]


def test_classifier_never_learns_from_the_fold_it_scores():
    features, gold = _toy_features()
    base = learned_rules.cross_validate_classifier(features, gold)
    # Whatever fold 0's prediction rests on (weights, scaling, biases) must not change
    # when only fold 0's labels do, so its biases must not either.
    other = learned_rules.cross_validate_classifier(features, _scramble_fold_zero(gold))
    assert other.fold_bands[0] == base.fold_bands[0]
    assert base.macro_f1 > 0.6


def test_two_stage_thresholds_never_see_the_fold_they_score():
    features, gold = _toy_features()
    strength, signed = features.dense[:, 1], features.dense[:, 0]
    base = learned_rules.cross_validate_two_stage(strength, signed, gold)
    other = learned_rules.cross_validate_two_stage(strength, signed, _scramble_fold_zero(gold))
    assert other.fold_bands[0] == base.fold_bands[0]
    assert base.macro_f1 > 0.6


def test_two_stage_rule_on_the_benchmark_reproduces_the_documented_figure():
    # benchmarks/README.md: two thresholds, cross-validated, 0.456 (seed 0): a little
    # above sentiws's single band, still well below the 0.50 the project aims for.
    benchmark = load_benchmark()
    features = learned_rules.lexicon_features(benchmark["text"].tolist())
    strength, signed = learned_rules.two_stage_scores(features)
    result = learned_rules.cross_validate_two_stage(strength, signed, benchmark["gold"])
    assert result.macro_f1 == pytest.approx(0.456, abs=0.001)
