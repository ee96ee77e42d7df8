"""The tone of a section: who speaks, who is addressed, how directive and how tentative
it is.

``profile(section, language)`` returns one number per metric, each with its unit in the
name (``…_per_100_words``, ``…_share`` of sentences or characters). It counts the
loader's sentences and word tokens, the same words as every other measure; a sentence
without words does not count. Quoted speech is counted like the rest of the text;
``quoted_speech_share`` says how much of it there is.

Each language has its own rules and word lists (``german``, ``english``); where the
concept is the same, so is the metric: "ich" and "I" both feed
``first_person_singular_per_100_words``, "du"/"Sie" and "you" both feed
``second_person_per_100_words``. German's split into informal and formal address
(``GERMAN_ONLY``) has no English counterpart and is NaN for English: German rules are
never applied to English. Questions, exclamations, quoted speech and sentence length
are measured alike for both.

Example:
    >>> from kolumne.load import parse_section
    >>> metrics = profile(parse_section("Rufen Sie mich an! Ich warte.", "de"), "de")
    >>> metrics["imperative_share"], metrics["exclamation_share"]
    (0.5, 0.5)
    >>> profile(parse_section("Call me! I'm waiting.", "en"), "en")["imperative_share"]
    0.5
"""

from __future__ import annotations

import math

from kolumne.measures.tone.common import (
    is_exclamation,
    is_question,
    quoted_speech_share,
    sentences_with_words,
    share_of,
    word_frequencies,
)
from kolumne.measures.tone.directives import directives, is_directive, rule_directive
from kolumne.measures.tone.english import english_rates
from kolumne.measures.tone.german import (
    Word,
    formal_address_count,
    german_rates,
    gives_advice,
    is_imperative,
    sentence_words,
)
from kolumne.model import Section
from kolumne.text import Language, check_language

__all__ = [
    "GERMAN_ONLY",
    "Word",
    "directives",
    "formal_address_count",
    "gives_advice",
    "is_directive",
    "is_exclamation",
    "is_imperative",
    "is_question",
    "profile",
    "quoted_speech_share",
    "rule_directive",
    "sentence_words",
]

# The metrics that only German rules give: the split of address into du and Sie.
GERMAN_ONLY = ("informal_second_person_per_100_words", "formal_address_per_100_words")

_RATES = {"de": german_rates, "en": english_rates}


def profile(section: Section, language: Language, use_head: bool = True) -> dict[str, float]:
    """The tone profile of ``section``: one documented metric per key, unit in the name.

    * ``first_person_singular_per_100_words``: ich, mich, mir, mein… / I, me, my, I'm…
      per 100 words;
    * ``first_person_plural_per_100_words``: wir, uns, unser… / we, us, our… per 100 words;
    * ``second_person_per_100_words``: the reader addressed, "du" or "Sie" / "you", per
      100 words;
    * ``informal_second_person_per_100_words`` (German only): du, dich, dir, dein…, euch,
      euer… ("ihr" left out: mostly "her/their") per 100 words;
    * ``formal_address_per_100_words`` (German only): Sie, Ihnen, Ihr… as formal
      address (see ``formal_address_count``) per 100 words;
    * ``imperative_share``: share of sentences that are imperatives (each language's
      ``is_imperative``);
    * ``advice_modal_share``: share of sentences with an advice phrase (``gives_advice``);
    * ``directive_share``: share of sentences that tell or advise the reader to do
      something, as readers see it (``is_directive``: the rules or the trained head;
      with ``use_head=False`` the rules alone, without embedding anything);
    * ``hedges_per_100_words`` / ``intensifiers_per_100_words``: words from the
      language's ``HEDGES`` / ``INTENSIFIERS`` per 100 words;
    * ``question_share`` / ``exclamation_share``: share of sentences ending in ? / !;
    * ``quoted_speech_share``: share of characters inside quotation marks;
    * ``mean_sentence_length_words``: words per sentence.

    Rates and shares are NaN for a section without words; the ``GERMAN_ONLY`` metrics
    are NaN for English.

    Example:
        >>> from kolumne.load import parse_section
        >>> section = parse_section("Ich habe vielleicht Angst. Haben Sie keine Angst!", "de")
        >>> metrics = profile(section, "de")
        >>> metrics["first_person_singular_per_100_words"], metrics["hedges_per_100_words"]
        (12.5, 12.5)
        >>> metrics["formal_address_per_100_words"], metrics["imperative_share"]
        (12.5, 0.5)
        >>> english = profile(parse_section("Maybe you are right. Are you?", "en"), "en")
        >>> english["second_person_per_100_words"], english["formal_address_per_100_words"]
        (33.333333333333336, nan)
    """
    sentences = sentences_with_words(section)
    word_count = sum(len(sentence.words) for sentence in sentences)
    rates = {
        **dict.fromkeys(GERMAN_ONLY, math.nan),
        **_RATES[check_language(language)](sentences, word_frequencies(section)),
    }
    return {
        **rates,
        "directive_share": sum(directives(sentences, language, use_head)) / len(sentences)
        if sentences
        else math.nan,
        "question_share": share_of(sentences, is_question),
        "exclamation_share": share_of(sentences, is_exclamation),
        "quoted_speech_share": quoted_speech_share(section) if word_count else math.nan,
        "mean_sentence_length_words": word_count / len(sentences) if sentences else math.nan,
    }
