"""The contextual backend: trained heads on multilingual-e5-small sentence embeddings.

A word list scores the words it knows; people label a sentence by what it does
("Früher hat mir mein Job Spaß gemacht." in a burnout letter is a complaint). Here each
sentence becomes an embedding (``embeddings``), and three logistic-regression heads per
language, trained on kolumne's own labelled advice columns (``data/training``), read it:

- ``polarity``: negative / neutral / positive; the sentence's polarity is
  P(positive) − P(negative), in [-1, 1];
- ``emotion``: the eight classes of the annotation guidelines (none, anger, fear,
  sadness, shame, joy, gratitude, hope);
- ``directive``: whether the sentence tells or advises the reader to do something.

A head reads the sentence's embedding and, where cross-validation on the training corpus
said it helps, beside it the mean embedding of the sentence's section: the context that
people read it in. A list of sentences given together (``kolumne.sentiment.score``, a
section) is one context; a sentence given alone is its own.

The weights live in ``resources/contextual/heads-<language>.npz`` with the recipe that
made them; ``benchmarks/train_contextual_heads.py`` makes them again from the training
corpus in one command.

Example:
    >>> from kolumne.text import tokens
    >>> from kolumne.model import Sentence
    >>> text = "Ich kann Ihren Ärger gut nachvollziehen."
    >>> contextual_score(Sentence(0, len(text), text, tokens(text, "de")), "de").polarity > 0  # doctest: +SKIP
    True
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from kolumne.measures.sentiment.embeddings import embed
from kolumne.measures.sentiment.results import SentenceScore, WordContribution
from kolumne.model import Sentence
from kolumne.text import Language

TASKS: tuple[str, ...] = ("polarity", "emotion", "directive")
HEADS = files("kolumne") / "resources" / "contextual"


@dataclass(frozen=True)
class Head:
    """One trained logistic-regression head: standardise, multiply, softmax.

    ``reads_section``: the features are the sentence's embedding and its section's mean
    embedding side by side; else the sentence's alone.

    Example:
        >>> head = Head(("no", "yes"), np.zeros(2), np.ones(2), np.zeros((3, 2)), False)
        >>> head.probabilities(np.ones((1, 2)), np.ones(2)).tolist()
        [[0.5, 0.5]]
    """

    classes: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    # One row per feature and a last row of intercepts.
    weights: np.ndarray
    reads_section: bool

    def probabilities(self, vectors: np.ndarray, section: np.ndarray) -> np.ndarray:
        """One row of class probabilities per sentence vector, in the order of ``classes``;
        ``section`` is the mean vector of the sentences' section."""
        if self.reads_section:
            vectors = np.hstack([vectors, np.broadcast_to(section, vectors.shape)])
        scores = ((vectors - self.mean) / self.scale) @ self.weights[:-1] + self.weights[-1]
        scores -= scores.max(axis=1, keepdims=True)
        exponentials = np.exp(scores)
        return exponentials / exponentials.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Heads:
    """The three heads of one language, the directive threshold chosen with them, and
    the recipe that made them.

    Example:
        >>> heads("de").heads["polarity"].classes
        ('negative', 'neutral', 'positive')
    """

    heads: dict[str, Head]
    directive_threshold: float
    recipe: dict


@cache
def heads(language: Language) -> Heads:
    """The trained heads for ``language`` ("de" or "en"), read once from the package.

    Example:
        >>> heads("en").recipe["language"]
        'en'
    """
    with (HEADS / f"heads-{language}.npz").open("rb") as handle:
        # Plain arrays and a JSON string: nothing here is unpickled.
        stored = np.load(handle, allow_pickle=False)
        loaded = {
            task: Head(
                tuple(str(name) for name in stored[f"{task}_classes"]),
                stored[f"{task}_mean"],
                stored[f"{task}_scale"],
                stored[f"{task}_weights"],
                str(stored[f"{task}_features"]) == "sentence and section",
            )
            for task in TASKS
        }
        threshold = float(stored["directive_threshold"])
        recipe = json.loads(str(stored["recipe"]))
    return Heads(loaded, threshold, recipe)


def probabilities(
    texts: Sequence[str], language: Language, task: str, context: Sequence[str] | None = None
) -> np.ndarray:
    """Class probabilities of ``task`` for each text (rows in the head's class order).

    ``context`` is the section the texts are read in (default: the texts themselves).

    Example:
        >>> probabilities(["Danke!"], "de", "emotion").shape  # doctest: +SKIP
        (1, 8)
    """
    vectors = embed(list(texts))
    section = vectors if context is None else embed(list(context))
    return heads(language).heads[task].probabilities(vectors, section.mean(axis=0))


def _class_probability(
    texts: Sequence[str], language: Language, task: str, name: str, context: Sequence[str] | None
) -> np.ndarray:
    if not texts:
        return np.empty(0)
    classes = heads(language).heads[task].classes
    return probabilities(texts, language, task, context)[:, classes.index(name)]


def _most_likely(
    texts: Sequence[str], language: Language, task: str, context: Sequence[str] | None
) -> list[str]:
    if not texts:
        return []
    classes = heads(language).heads[task].classes
    found = probabilities(texts, language, task, context)
    return [classes[index] for index in found.argmax(axis=1)]


def polarities(
    texts: Sequence[str], language: Language, context: Sequence[str] | None = None
) -> np.ndarray:
    """P(positive) − P(negative) for each text: the contextual polarity in [-1, 1].

    Example:
        >>> polarities(["Das ist wunderbar.", "Ich bin verzweifelt."], "de").round(1)  # doctest: +SKIP
        array([ 0.9, -0.9])
    """
    positive = _class_probability(texts, language, "polarity", "positive", context)
    return positive - _class_probability(texts, language, "polarity", "negative", context)


def labels(
    texts: Sequence[str], language: Language, context: Sequence[str] | None = None
) -> list[str]:
    """The most likely polarity class of each text: negative, neutral or positive.

    Example:
        >>> labels(["Das ist kein Problem."], "de")  # doctest: +SKIP
        ['positive']
    """
    return _most_likely(texts, language, "polarity", context)


def emotions(
    texts: Sequence[str], language: Language, context: Sequence[str] | None = None
) -> list[str]:
    """The most likely emotion of each text ("none" where no emotion is clear).

    Example:
        >>> emotions(["Vielen Dank für Ihre Hilfe!"], "de")  # doctest: +SKIP
        ['gratitude']
    """
    return _most_likely(texts, language, "emotion", context)


def emotion_rates(texts: Sequence[str], language: Language) -> dict[str, float]:
    """How many of every 100 sentences express each emotion, the texts read as one
    section: ``{"anger": …, "fear": …, …}`` for the emotions other than "none".

    A sentence counts for its most likely emotion only, so the rates and the sentences
    without a clear emotion add up to 100. Without any text every rate is NaN.

    Example:
        >>> emotion_rates(["Vielen Dank!", "Das Wetter ist mild."], "de")["gratitude"]  # doctest: +SKIP
        50.0
    """
    found = emotions(texts, language)
    names = [name for name in heads(language).heads["emotion"].classes if name != "none"]
    if not found:
        return dict.fromkeys(names, math.nan)
    return {name: 100 * found.count(name) / len(found) for name in names}


def directive_probabilities(
    texts: Sequence[str], language: Language, context: Sequence[str] | None = None
) -> np.ndarray:
    """The directive head's P(directive) for each text.

    Example:
        >>> directive_probabilities(["Rufen Sie morgen an."], "de").round(1)  # doctest: +SKIP
        array([1.])
    """
    return _class_probability(texts, language, "directive", "yes", context)


def section_scores(sentences: Sequence[Sentence], language: Language) -> list[SentenceScore]:
    """The contextual backend's verdict on each sentence, read together as one section.

    The embedding reads the whole sentence, quotations included, so there is no separate
    polarity of quoted speech and no share of evaluative words (both NaN); which words
    matter is what ``occlusion`` measures.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> section_scores([parse_sentence("Ich habe Angst.", "de")], "de")[0].polarity < 0  # doctest: +SKIP
        True
    """
    found = polarities([sentence.text for sentence in sentences], language)
    return [
        SentenceScore(float(polarity), (), math.nan, math.nan, len(sentence.words))
        for sentence, polarity in zip(sentences, found, strict=True)
    ]


def contextual_score(sentence: Sentence, language: Language) -> SentenceScore:
    """``section_scores`` of one sentence read alone.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> contextual_score(parse_sentence("Ich habe Angst.", "de"), "de").polarity < 0  # doctest: +SKIP
        True
    """
    return section_scores([sentence], language)[0]


def occlusion(
    sentence: Sentence, language: Language, context: Sequence[str] | None = None
) -> tuple[WordContribution, ...]:
    """What each word adds to the sentence's polarity: the polarity of the sentence minus
    that of the sentence without the word, in the same ``context`` (default: the
    sentence alone). One embedding per word, so this is for the sentences a reader looks
    at, not for a whole archive.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> found = occlusion(parse_sentence("Das war leider schrecklich.", "de"), "de")  # doctest: +SKIP
        >>> min(found, key=lambda word: word.weight).token  # doctest: +SKIP
        'schrecklich'
    """
    words = sentence.words
    if not words:
        return ()
    offset = sentence.start
    text = sentence.text
    without = [
        " ".join((text[: word.start - offset].rstrip(), text[word.end - offset :].lstrip()))
        for word in words
    ]
    scores = polarities([text, *without], language, context=context or [text])
    return tuple(
        WordContribution(
            token=word.text,
            lexicon_form=word.text,
            weight=float(scores[0] - left_out),
            start=word.start - offset,
            end=word.end - offset,
        )
        for word, left_out in zip(words, scores[1:], strict=True)
    )
