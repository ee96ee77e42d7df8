"""Sentence sentiment behind one interface: a polarity in [-1, 1], a label, and the words
that made the score.

Backends (``BACKENDS``), each in a module of its own:

- ``contextual`` (``contextual``): multilingual-e5-small sentence embeddings with
  logistic-regression heads trained on kolumne's own labelled advice columns, for German
  and English; it reads what a sentence does in context rather than which words it holds,
  and explains itself by leaving words out (``explain``);
- ``textblob-de`` (``stock``): stock textblob-de 0.4.3, as users know it, for comparison;
- ``textblob-de-repaired`` (``repaired``): textblob-de's lexicon with case-correct lookup,
  every German negator, graded intensifiers and neutral modal verbs;
- ``sentiws`` (``sentiws``): SentiWS v2.0 weights with clause-wide negation, intensifiers,
  idioms, and quoted speech scored apart from the writer's own voice;
- ``vader`` (``vader``): VADER 3.3.2, the rule-based English model, with quoted speech
  scored apart from the writer's own voice;
- ``default``: ``contextual`` for both languages, the backend that agrees best with
  people on advice columns (README, "How far to trust the numbers"). Where its engine
  cannot load, ``sentiws`` (German) and ``vader`` (English) take over, with a one-line
  notice on stderr, and every frame names the backend that really scored.

Every backend reads the loader's word tokens, so a sentence's ``word_count`` (its weight
in a section's mean) is the same words as everywhere else. The three textblob-de and
SentiWS backends have German rules only, ``vader`` English rules only: for another
language ``score`` gives no polarity and says why in ``note``; German rules are never
applied to English, nor English rules to German.

Example:
    >>> score(["Das ist ein Erfolg.", "Ich habe Angst."], backend="sentiws")["label"].tolist()
    ['positive', 'negative']
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np
import pandas as pd

from kolumne.measures.sentiment import contextual
from kolumne.measures.sentiment.embeddings import embed, engine_problem
from kolumne.measures.sentiment.repaired import repaired_score
from kolumne.measures.sentiment.results import LABELS, SentenceScore, WordContribution, label
from kolumne.measures.sentiment.sentiws import sentiws_score
from kolumne.measures.sentiment.stock import stock_score
from kolumne.measures.sentiment.vader import vader_score
from kolumne.model import Section, Sentence
from kolumne.text import Language, check_language, tokens
from kolumne.text.language import not_available_note

_SCORERS: dict[str, Callable[[Sentence, Language], SentenceScore]] = {
    "contextual": contextual.contextual_score,
    "textblob-de": lambda sentence, _language: stock_score(sentence),
    "textblob-de-repaired": lambda sentence, _language: repaired_score(sentence),
    "sentiws": lambda sentence, _language: sentiws_score(sentence),
    "vader": lambda sentence, _language: vader_score(sentence),
}
# The languages each backend has rules (or trained heads) for.
_LANGUAGES: dict[str, tuple[Language, ...]] = {
    "contextual": ("de", "en"),
    "textblob-de": ("de",),
    "textblob-de-repaired": ("de",),
    "sentiws": ("de",),
    "vader": ("en",),
}
# An alias names a backend per language.
_ALIASES: dict[str, dict[Language, str]] = {"default": {"de": "contextual", "en": "contextual"}}
# Where the contextual backend's engine cannot load, these take its place.
_FALLBACKS: dict[Language, str] = {"de": "sentiws", "en": "vader"}

BACKENDS: tuple[str, ...] = (*_SCORERS, *_ALIASES)

# Neutral band per word-list backend: polarity in [low, high] is "neutral" (the
# contextual backend labels by its head's most likely class). Chosen by
# kolumne.validation.best_band on the GerNTSA development half, after cross-validation
# had measured how well choosing a band generalises.
NEUTRAL_BANDS: dict[str, tuple[float, float]] = {
    # Stock keeps textblob-de's own sign rule, so it is shown as users know it.
    "textblob-de": (0.0, 0.0),
    "textblob-de-repaired": (-0.1, 0.35),
    "sentiws": (-0.3, 0.15),
    # Chosen by kolumne.validation.best_band on the 156 labelled sentences of the English
    # development set (benchmarks/english_sentiment.py: macro-F1 0.593 in-sample, 0.588
    # in 5-fold cross-validation); there it labels as VADER's own ±0.05 does.
    "vader": (0.0, 0.05),
}

__all__ = [
    "BACKENDS",
    "LABELS",
    "NEUTRAL_BANDS",
    "SentenceScore",
    "WordContribution",
    "aggregate",
    "analyse",
    "contextual_available",
    "explain",
    "label",
    "prepare",
    "resolve_backend",
    "score",
    "section_summary",
    "summary",
    "unavailable_reason",
]


@cache
def contextual_available() -> bool:
    """Whether the contextual backend's embedding engine loads on this machine. Where it
    does not, says so once on stderr, naming the backends that take over.

    Example:
        >>> contextual_available() in (True, False)
        True
    """
    problem = engine_problem()
    if problem is None:
        return True
    print(
        "kolumne: the contextual sentiment backend cannot load its engine here "
        f"({problem}); sentiws scores German and vader English instead",
        file=sys.stderr,
    )
    return False


def resolve_backend(backend: str, language: Language = "de") -> str:
    """The backend a name stands for in ``language``: "default" becomes the backend it
    aliases for that language, and "contextual" the word-list backend that takes over
    where its engine cannot load.

    Example:
        >>> resolve_backend("default") == ("contextual" if contextual_available() else "sentiws")
        True
        >>> resolve_backend("textblob-de", "en")
        'textblob-de'
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentiment backend {backend!r}; choose one of {BACKENDS}")
    language = check_language(language)
    name = _ALIASES[backend][language] if backend in _ALIASES else backend
    if name == "contextual" and not contextual_available():
        return _FALLBACKS[language]
    return name


def _results(
    sentences: Sequence[Sentence], backend: str, language: Language
) -> list[SentenceScore]:
    # The contextual backend reads sentences given together as one section, in one batch.
    if backend == "contextual" and not unavailable_reason(backend, language):
        return contextual.section_scores(sentences, check_language(language))
    return [analyse(sentence, backend, language) for sentence in sentences]


def _labels(
    texts: list[str], polarities: Sequence[float], backend: str, language: Language
) -> list[str]:
    # The word-list backends label by their neutral band; the contextual backend by its
    # polarity head's most likely class, which agrees with people better than any band
    # on P(positive) − P(negative) (benchmarks/train_contextual_heads.py measured both).
    if backend == "contextual":
        return contextual.labels(texts, check_language(language))
    return [label(polarity, NEUTRAL_BANDS[backend]) for polarity in polarities]


def unavailable_reason(backend: str, language: Language) -> str | None:
    """Why ``backend`` gives no score for ``language`` (None where it has rules for it).

    Example:
        >>> unavailable_reason("sentiws", "de") is None, unavailable_reason("sentiws", "en")
        (True, 'not available for en: German rules only')
        >>> unavailable_reason("vader", "de"), unavailable_reason("default", "en") is None
        ('not available for de: English rules only', True)
    """
    name = resolve_backend(backend, language)
    if check_language(language) in _LANGUAGES[name]:
        return None
    # The backend is named beside the metric wherever the note is shown.
    return not_available_note(language, _LANGUAGES[name])


def _as_sentence(sentence: Sentence | str, language: Language) -> Sentence:
    if isinstance(sentence, Sentence):
        return sentence
    return Sentence(0, len(sentence), sentence, tokens(sentence, language))


def analyse(
    sentence: Sentence | str, backend: str = "default", language: Language = "de"
) -> SentenceScore:
    """Score one sentence with ``backend`` and keep every contributing word.

    A string is tokenised as the loader would; a ``Sentence`` keeps its tokens. Where the
    backend has no rules for ``language``, polarity is NaN and nothing contributes.

    Example:
        >>> analyse("Ich habe Angst.", "textblob-de-repaired").polarity < 0
        True
        >>> analyse("I am afraid.", "sentiws", language="en").polarity
        nan
        >>> analyse("I am scared.", language="en").polarity < 0
        True
    """
    name = resolve_backend(backend, language)
    sentence = _as_sentence(sentence, language)
    if unavailable_reason(name, language):
        return SentenceScore(math.nan, (), math.nan, math.nan, len(sentence.words))
    return _SCORERS[name](sentence, language)


# Below this, leaving a word out hardly moves the contextual polarity: not worth a colour.
CONTEXTUAL_EXPLANATION_MINIMUM = 0.05


def explain(
    sentence: Sentence | str,
    backend: str = "default",
    language: Language = "de",
    context: Sequence[str] | None = None,
) -> list[WordContribution]:
    """The words (and idioms) that made ``sentence``'s score, in reading order.

    For the word-list backends these are the words they found; for ``contextual`` the
    words whose omission moves the polarity by at least
    ``CONTEXTUAL_EXPLANATION_MINIMUM`` (``contextual.occlusion``), weighted by how much,
    with the sentence read in ``context`` (the texts of its section; default: alone).

    Example:
        >>> [(c.token, c.negated) for c in explain("Das war niemals gut.", "sentiws")]
        [('gut', True)]
    """
    name = resolve_backend(backend, language)
    if name != "contextual":
        return list(analyse(sentence, name, language).contributions)
    found = contextual.occlusion(
        _as_sentence(sentence, language), check_language(language), context
    )
    return [word for word in found if abs(word.weight) >= CONTEXTUAL_EXPLANATION_MINIMUM]


def score(
    sentences: Sequence[str] | Sequence[Sentence],
    backend: str = "default",
    language: Language = "de",
) -> pd.DataFrame:
    """Score each sentence; one row per sentence.

    Columns: ``text``, ``polarity`` (the writer's own voice), ``label`` (with the
    backend's ``NEUTRAL_BANDS``), ``backend``, ``quoted_polarity`` (quoted speech; NaN
    without quotes or for backends that do not separate it), ``evaluative_word_share``,
    ``word_count`` (the sentence's words) and ``note`` (why there is no score, where
    the backend has no rules for ``language``; else empty).

    Example:
        >>> score(["Ich habe keine Zeit."], backend="textblob-de").columns.tolist()[:4]
        ['text', 'polarity', 'label', 'backend']
        >>> english = score(["I have no time."], "sentiws", language="en")
        >>> english[["polarity", "label", "note"]].values.tolist()
        [[nan, None, 'not available for en: German rules only']]
        >>> score(["What a lovely surprise."], language="en")[["label", "backend"]].values.tolist()
        [['positive', 'contextual']]
    """
    name = resolve_backend(backend, language)
    reason = unavailable_reason(name, language)
    scored = [_as_sentence(sentence, language) for sentence in sentences]
    results = _results(scored, name, language)
    polarities = np.array([result.polarity for result in results], dtype="float64")
    texts = [sentence.text for sentence in scored]
    labels = [None] * len(scored) if reason else _labels(texts, polarities, name, language)
    # Typed arrays, not lists of Series: building the frame costs more than scoring.
    return pd.DataFrame(
        {
            "text": np.array(texts, dtype=object),
            "polarity": polarities,
            "label": np.array(labels, dtype=object),
            "backend": np.full(len(results), name, dtype=object),
            "quoted_polarity": np.array([r.quoted_polarity for r in results], dtype="float64"),
            "evaluative_word_share": np.array(
                [r.evaluative_word_share for r in results], dtype="float64"
            ),
            "word_count": np.array([r.word_count for r in results], dtype="int64"),
            "note": np.full(len(results), reason or "", dtype=object),
        },
        copy=False,
    )


def prepare(
    sentences: Sequence[Sentence] | Sequence[str], backend: str, language: Language
) -> None:
    """Do ahead, in one batch, the work ``backend`` would do sentence by sentence: the
    contextual backend embeds every sentence at once (its engine shares a batch between
    threads), and scoring each of them afterwards reads its vector from memory. The
    word-list backends need nothing.

    Example:
        >>> prepare(["Das ist gut.", "Ich habe Angst."], "sentiws", "de")
    """
    if resolve_backend(backend, language) == "contextual":
        embed([sentence if isinstance(sentence, str) else sentence.text for sentence in sentences])


def summary(
    polarities: Sequence[float], word_counts: Sequence[int], labels: Sequence[str | None]
) -> dict[str, float]:
    """A section's tone from its sentences' polarities, word counts and labels.

    ``polarity_weighted`` is the mean sentence polarity weighted by the sentence's words
    (a sentence without words weighs as one), so a long sentence counts more than
    "Nicht."; ``negative_share``, ``neutral_share`` and ``positive_share`` are the
    fractions of sentences with each label (sum 1). This is the one place these are
    computed: the section frame, the sentence frame's summary and the charts agree.

    Example:
        >>> summary([0.5, -1.0], [3, 1], ["positive", "negative"])["polarity_weighted"]
        0.125
    """
    polarity = np.asarray(polarities, dtype="float64")
    weights = np.asarray(word_counts, dtype="int64").clip(min=1)
    if len(polarity) == 0 or np.isnan(polarity).all():
        return {"polarity_weighted": math.nan, **{f"{name}_share": math.nan for name in LABELS}}
    return {
        "polarity_weighted": float((polarity * weights).sum() / weights.sum()),
        **{f"{name}_share": labels.count(name) / len(labels) for name in LABELS},
    }


def section_summary(section: Section, backend: str, language: Language) -> dict[str, float]:
    """``summary`` of every sentence of ``section``, scored with ``backend``.

    Example:
        >>> from kolumne.load import parse_section
        >>> section = parse_section("Das ist ein Erfolg. Nicht.", "de")
        >>> section_summary(section, "sentiws", "de")["positive_share"]
        0.5
    """
    name = resolve_backend(backend, language)
    results = _results(section.sentences, name, language)
    polarities = [result.polarity for result in results]
    texts = [sentence.text for sentence in section.sentences]
    return summary(
        polarities,
        [result.word_count for result in results],
        _labels(texts, polarities, name, language),
    )


def aggregate(frame: pd.DataFrame) -> pd.Series:
    """``summary`` of a ``score`` frame, with its ``sentence_count`` and ``word_count``.

    Example:
        >>> frame = pd.DataFrame({"polarity": [0.5, -1.0], "label": ["positive", "negative"],
        ...                       "word_count": [3, 1]})
        >>> aggregate(frame)[["polarity_weighted", "positive_share"]].tolist()
        [0.125, 0.5]
    """
    return pd.Series(
        {
            **summary(frame["polarity"], frame["word_count"], frame["label"].tolist()),
            "sentence_count": len(frame),
            "word_count": int(frame["word_count"].sum()),
        }
    )
