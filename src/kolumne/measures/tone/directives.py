"""Directives the way readers see them: a sentence that tells or advises the reader to
do (or not do) something.

The rules see the imperative mood and advice phrases ("Sie sollten …", "you might
want to …"); readers also count "Sie könnten …" as a suggestion, "Mein Rat: …",
verbless advice ("Ein klares Gespräch, und zwar bald.") and wordings offered to use.
So a sentence is a directive where the rules say so or where the contextual backend's
directive head (trained on the same labelled columns as its polarity,
``kolumne.measures.sentiment.contextual``) is at least as sure as its threshold. Where
the embedding engine cannot load, the rules decide alone.

Example:
    >>> is_directive("Rufen Sie ihn morgen an.", "de")
    True
    >>> is_directive("Ich arbeite seit acht Jahren in einer Agentur.", "de")
    False
"""

from __future__ import annotations

from collections.abc import Sequence

from kolumne.measures.sentiment import contextual, contextual_available
from kolumne.measures.tone import english, german
from kolumne.model import Sentence
from kolumne.text import Language, check_language, tokens

_RULES = {"de": german, "en": english}


def _as_sentence(sentence: Sentence | str, language: Language) -> Sentence:
    if isinstance(sentence, Sentence):
        return sentence
    return Sentence(0, len(sentence), sentence, tokens(sentence, language))


def rule_directive(sentence: Sentence, language: Language) -> bool:
    """The rules alone: an imperative or an advice phrase.

    Example:
        >>> rule_directive(_as_sentence("Sie sollten kündigen.", "de"), "de")
        True
    """
    rules = _RULES[check_language(language)]
    return rules.is_imperative(sentence) or rules.gives_advice(sentence)


def directives(
    sentences: Sequence[Sentence | str], language: Language, use_head: bool = True
) -> list[bool]:
    """``is_directive`` for each sentence, the head's embeddings made in one batch;
    ``use_head=False``: the rules alone (no embedding, as fast as the word lists).

    Example:
        >>> directives(["Ruf sie an.", "Sie ist nett."], "de")
        [True, False]
    """
    language = check_language(language)
    parsed = [_as_sentence(sentence, language) for sentence in sentences]
    by_rules = [rule_directive(sentence, language) for sentence in parsed]
    if not parsed or not use_head or not contextual_available():
        return by_rules
    chances = contextual.directive_probabilities([s.text for s in parsed], language)
    threshold = contextual.heads(language).directive_threshold
    return [
        bool(rule or chance >= threshold) for rule, chance in zip(by_rules, chances, strict=True)
    ]


def is_directive(sentence: Sentence | str, language: Language) -> bool:
    """True if ``sentence`` tells or advises its reader to do or not do something.

    Example:
        >>> is_directive("Mein Rat: Sprechen Sie zuerst mit Ihrer Chefin.", "de")
        True
        >>> is_directive("Don't wait for him to call.", "en")
        True
    """
    return directives([sentence], language)[0]
