"""English tone rules: first and second person, imperatives, advice phrases, hedges and
intensifiers.

The word lists are in ``kolumne.measures.lexicons.english_tone``; ``kolumne.measures.tone``
combines these rules with the ones both languages share into a section's profile.
Without a part-of-speech tagger, an imperative is found by word order: a main clause
that opens with a base-form verb from a list, or with "Don't", "Never", "Be", "Let"
(not "Let's").

Example:
    >>> from kolumne.load import parse_sentence
    >>> is_imperative(parse_sentence("If that fails, call the council.", "en"))
    True
"""

from __future__ import annotations

import re
from collections import Counter

from kolumne.measures.lexicons.english_tone import (
    BASE_VERBS,
    DIRECTIVE_OPENERS,
    FINITE_AFTER_SUBJECT,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    HEDGES,
    INTENSIFIERS,
    OPENERS_BEFORE_IMPERATIVE,
    SECOND_PERSON,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from kolumne.measures.tone.common import is_question, share_of, word_list_rates
from kolumne.model import Sentence

# Advice without the imperative mood.
_ADVICE_PHRASE = re.compile(
    r"\byou(?:'d| would)? (?:should|could|might|may|need to|must|ought to|have to)\b"
    r"|\b(?:should|could|might|must) you\b"
    r"|\byou(?:'d| had) better\b"
    r"|\bI(?:'d| would)? (?:suggest|recommend|advise|urge)\b"
    r"|\bmy (?:advice|suggestion|recommendation)\b"
    r"|\bconsider \w+ing\b"
    r"|\bit(?:'s| is| would be| might be| may be) (?:best|wise|worth|better|a good idea)\b"
    r"|\bit (?:might|may|could|would) help\b"
    r"|\bwhy not\b",
    re.IGNORECASE,
)


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


def is_imperative(sentence: Sentence) -> bool:
    """True if ``sentence`` is a directive in the imperative mood, by word order.

    The main clause must open with a base-form verb (``BASE_VERBS``) or with "Don't",
    "Never", "Be", "Let" (not "Let's"), "Please" followed by one of these, possibly after
    an adverb ("First, take a breath.", "Then wait.") or after a leading subordinate
    clause ("If that fails, call the council."). Not imperatives: questions ("Should I
    quit?"), a verb followed by a subject pronoun ("Do you …") or a finite verb ("Work
    has become hell.", "Rent is due."), formulas such as "Thanks for writing." (no verb
    of the list).

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [is_imperative(parse_sentence(s, "en")) for s in ["Don't sign anything.",
        ...  "Should I quit?", "You should talk to HR.", "Let's meet.", "Work is hell."]]
        [True, False, False, False, False]
    """
    if is_question(sentence):
        return False
    words = [_lower(word.text) for word in sentence.words]
    if words and words[0] in SUBORDINATORS:
        words = _after_the_first_comma(sentence)
    while words and words[0] in OPENERS_BEFORE_IMPERATIVE and words[0] != "please":
        words = words[1:]
    if words and words[0] == "please":
        words = words[1:]
    if not words:
        return False
    first, following = words[0], words[1] if len(words) > 1 else ""
    if first in DIRECTIVE_OPENERS:
        return following not in SUBJECT_PRONOUNS
    if first == "do":  # "Do not …", "Do call" (emphatic); "Do you …" is a question
        return following in {"not", *BASE_VERBS}
    return (
        first in BASE_VERBS
        and following not in SUBJECT_PRONOUNS
        and following not in FINITE_AFTER_SUBJECT
    )


def _after_the_first_comma(sentence: Sentence) -> list[str]:
    comma = sentence.text.find(",")
    if comma < 0:
        return []
    # The words after the comma, found by their offsets in the sentence.
    offset = sentence.start + comma
    return [_lower(word.text) for word in sentence.words if word.start > offset]


def gives_advice(sentence: Sentence) -> bool:
    """True if ``sentence`` advises without the imperative: "you should/could/might/
    need to …", "you'd better", "I'd suggest", "I recommend", "my advice", "consider …ing", "it's best
    to", "it might help", "why not".

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [gives_advice(parse_sentence(text, "en"))
        ...  for text in ["You might want to ask her.", "I'd suggest a break.", "You can go."]]
        [True, True, False]
    """
    return _ADVICE_PHRASE.search(sentence.text.replace("’", "'")) is not None


# The metrics that count the words of one list.
_WORD_LIST_METRICS = {
    "first_person_singular_per_100_words": FIRST_PERSON_SINGULAR,
    "first_person_plural_per_100_words": FIRST_PERSON_PLURAL,
    "second_person_per_100_words": SECOND_PERSON,
    "hedges_per_100_words": HEDGES,
    "intensifiers_per_100_words": INTENSIFIERS,
}


def english_rates(sentences: list[Sentence], frequencies: Counter[str]) -> dict[str, float]:
    """The English-rule metrics of a section's sentences with words, given the section's
    lower-case word frequencies; the keys are ``kolumne.measures.tone.profile``'s.

    Example:
        >>> from kolumne.load import parse_section
        >>> from kolumne.measures.tone.common import word_frequencies
        >>> section = parse_section("I'm lost. Please help me!", "en")
        >>> rates = english_rates(list(section.sentences), word_frequencies(section))
        >>> rates["first_person_singular_per_100_words"], rates["imperative_share"]
        (40.0, 0.5)
    """
    word_count = sum(len(sentence.words) for sentence in sentences)
    return {
        **word_list_rates(_WORD_LIST_METRICS, frequencies, word_count),
        "imperative_share": share_of(sentences, is_imperative),
        "advice_modal_share": share_of(sentences, gives_advice),
    }
