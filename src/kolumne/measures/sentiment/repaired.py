"""textblob-de's lexicon and scoring rules with four repairs (``textblob-de-repaired``).

- case-correct lookup: nouns keep their capital; only a sentence-initial word is also
  tried in lower case;
- every German negator (``lexicons.german.NEGATORS``);
- grading intensifiers ("sehr" x1.5, "äußerst" x2, "kaum" x0.5) on a lexicon scaled to
  half strength, so that graded words have room below ±1;
- modal verbs without polarity ("möchte" is a wish, not praise).

Only graded adverbs modify the next word (stock textblob-de let every adjective
overwrite the next noun's polarity). Words are reduced to the lexicon's base forms with
textblob-de's own tag-free rules (``predicative``, ``singularize``, ``lemma``), never
with its tagger. Words with polarity 0 do not dilute the mean. The test suite checks
this fast pass against textblob-de's own scoring machinery with the same repairs.

Example:
    >>> from kolumne.load import parse_sentence
    >>> repaired_score(parse_sentence("Das war niemals gut.", "de")).polarity < 0
    True
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from xml.etree import ElementTree

from kolumne.measures.lexicons.german import INTENSIFIERS, MODAL_VERBS, NEGATORS
from kolumne.measures.sentiment.results import SentenceScore, WordContribution
from kolumne.measures.sentiment.scan import ScannedWords, scan_words
from kolumne.model import Sentence
from kolumne.text import install_offline_punkt

# textblob-de's four polarity levels (±0.7, ±1) are halved so that an intensified word
# ("sehr gut" = 0.5 x 1.5) can rise above a plain one ("gut" = 0.5) instead of being
# clipped at 1.
TEXTBLOB_SCALE = 0.5
# textblob-de's rule: a negated word keeps half its strength with the opposite sign.
_TEXTBLOB_NEGATION = -0.5


@dataclass(frozen=True)
class _LexiconEntry:
    polarity: float
    intensity: float
    is_modifier: bool


def textblob_de_xml() -> Path:
    """textblob-de's German sentiment lexicon, as installed with it."""
    return Path(str(files("textblob_de").joinpath("data", "de-sentiment.xml")))


def pattern_mean(values: Sequence[float]) -> float:
    """pattern's own average (sum / n, 0 for none), repeated so that this fast pass and
    textblob-de's machinery do identical arithmetic."""
    return sum(values) / float(len(values) or 1)


@cache
def repaired_textblob_lexicon() -> dict[str, _LexiconEntry]:
    """textblob-de's lexicon averaged like pattern (senses per tag, then tags), repaired."""
    senses: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for word in ElementTree.parse(textblob_de_xml()).getroot().iter("word"):
        form = word.get("form")
        psi = (float(word.get("polarity", 0.0)), float(word.get("intensity", 1.0)))
        senses.setdefault(form, {}).setdefault(word.get("pos"), []).append(psi)
    lexicon = {}
    for form, by_tag in senses.items():
        per_tag = [[pattern_mean(values) for values in zip(*psi)] for psi in by_tag.values()]
        polarity, intensity = (pattern_mean(values) for values in zip(*per_tag))
        lexicon[form] = _LexiconEntry(polarity * TEXTBLOB_SCALE, intensity, "RB" in by_tag)
    for word, factor in INTENSIFIERS.items():
        lexicon[word] = _LexiconEntry(0.0, factor, True)
    for word in modal_forms_in(lexicon):
        del lexicon[word]
    return lexicon


def modal_forms_in(lexicon: dict[str, object]) -> list[str]:
    return [word for word in lexicon if word.lower() in MODAL_VERBS]


@cache
def load_pattern_de():
    """textblob-de's bundled pattern.de module (its inflection rules), loaded offline."""
    install_offline_punkt()
    from textblob_de.packages import pattern_de

    return pattern_de


# pattern's ``singularize`` default rule strips at most this many letters ("nen").
_SINGULARIZE_DEFAULT_REACH = 3


@cache
def _singular_endings() -> tuple[dict[str, list[str]], frozenset[int]]:
    """pattern's ``singularize`` table (plural ending -> the singular endings it may
    become, "ß" spelt "ss" as in the lexicon) and the lengths of its plural endings."""
    endings: dict[str, list[str]] = {}
    for plural, singular in load_pattern_de().inflect.singular_inflections:
        endings.setdefault(plural, []).append(singular.replace("ß", "ss"))
    return endings, frozenset(len(plural) for plural in endings)


def _may_singularize_into_lexicon(word: str) -> bool:
    """False when ``singularize(word)`` cannot be a lexicon form, so that it need not run.

    ``singularize`` tries its plural endings one by one (217 in textblob-de 0.4.3), the
    slowest step of a lookup, although most nouns have no entry. Whatever ending it
    picks, its result is one of a few strings built here from the word's own endings:
    if none of them is a lexicon form, its result is none either.
    """
    # It works on the word lower-cased and capitalised ("BÄUME" -> "Bäume").
    capitalised = word.lower().capitalize()
    # Its irregular plurals ("Löwen"), and an "ß" lower-cased from "ẞ" that the lexicon
    # check would respell, are left to it.
    if word in load_pattern_de().inflect.singular or "ß" in capitalised:
        return True
    endings, lengths = _singular_endings()
    possible = []
    for length in lengths:
        for singular in endings.get(capitalised[-length:], ()):
            possible.append(capitalised[:-length] + singular)
    # Its default rule: strip a suffix of up to three letters, perhaps append an "e".
    for length in range(_SINGULARIZE_DEFAULT_REACH + 1):
        stem = capitalised[: len(capitalised) - length]
        possible += [stem, stem + "e"]
    return not repaired_textblob_lexicon().keys().isdisjoint(possible)


@lru_cache(maxsize=200_000)
def textblob_lexicon_form(word: str, sentence_initial: bool) -> str | None:
    """The repaired textblob-de lexicon entry for ``word``, or ``None``.

    Nouns keep their capital letter; a capitalised word is tried in lower case only at
    the start of a sentence. Inflected forms are reduced with textblob-de's tag-free
    rules; "ß" is spelt "ss" as in the lexicon; modal verbs have no entry.

    Example:
        >>> textblob_lexicon_form("Erfolg", False), textblob_lexicon_form("Gute", True)
        ('Erfolg', 'gut')
    """
    if word.lower() in MODAL_VERBS:
        return None
    lexicon = repaired_textblob_lexicon()
    for candidate in _lexicon_candidates(word.replace("ß", "ss"), sentence_initial):
        candidate = candidate.replace("ß", "ss")
        if candidate in lexicon:
            return candidate
    return None


def _lexicon_candidates(spelt: str, sentence_initial: bool) -> Iterator[str]:
    """The forms to look up, in order; generated one by one because the first that is a
    lexicon form wins and pattern's rules (``lemma`` above all) are slow."""
    pattern_de = load_pattern_de()
    yield spelt
    if spelt[:1].isupper():
        if sentence_initial:
            lower = spelt.lower()
            yield lower
            yield pattern_de.predicative(lower)
            yield pattern_de.lemma(lower)
        if _may_singularize_into_lexicon(spelt):
            yield pattern_de.singularize(spelt)
    else:
        yield pattern_de.predicative(spelt)
        yield pattern_de.lemma(spelt)


# Cached by word: the same few thousand words recur in every column.
@lru_cache(maxsize=200_000)
def pattern_key(word: str, sentence_initial: bool) -> str:
    """What the scoring loop sees: the lexicon form, a lower-case negator, or the word."""
    form = textblob_lexicon_form(word, sentence_initial)
    if form is not None:
        return form
    return word.lower() if word.lower() in NEGATORS else word


@dataclass
class _Assessment:
    # Mutable on purpose: pattern's loop grows the last assessment as modifiers attach.
    tokens: list[str]
    start: int
    end: int
    form: str
    polarity: float
    intensity: float
    applied_intensity: float = 1.0
    negated: bool = False


def _repaired_assessments(words: ScannedWords) -> list[_Assessment]:
    """pattern's ``Sentiment.assessments`` loop over the repaired lexicon, word by word."""
    lexicon = repaired_textblob_lexicon()
    assessments: list[_Assessment] = []
    modifier: str | None = None
    negation: str | None = None
    for token, start, end, opens in zip(words.tokens, words.starts, words.ends, words.opens):
        key = pattern_key(token, opens)
        entry = lexicon.get(key)
        if entry is not None:
            if modifier is None:
                assessments.append(
                    _Assessment([token], start, end, key, entry.polarity, entry.intensity)
                )
            else:
                last = assessments[-1]
                last.tokens.append(token)
                last.end = end
                last.form = key
                last.polarity = max(-1.0, min(entry.polarity * last.intensity, 1.0))
                last.applied_intensity = last.intensity
                last.intensity = entry.intensity
            if negation is not None:
                assessments[-1].intensity = 1.0 / assessments[-1].intensity
                assessments[-1].negated = True
            modifier = key if entry.is_modifier else None
            negation = key if key in NEGATORS else None
            continue
        # Most words are neither in the lexicon nor negators and no rule is pending.
        if negation is None and modifier is None and key not in NEGATORS:
            continue
        if key in NEGATORS:
            negation = key
        elif negation and len(key.strip("'")) > 1:
            negation = None
        if negation is not None and modifier is not None and modifier in INTENSIFIERS:
            assessments[-1].negated = True
            negation = None
        elif modifier and len(key) > 2:
            modifier = None
    return assessments


def repaired_score(sentence: Sentence) -> SentenceScore:
    """Score ``sentence`` with the repaired textblob-de lexicon and rules."""
    words = scan_words(sentence)
    scored = []
    for assessment in _repaired_assessments(words):
        weight = assessment.polarity * (_TEXTBLOB_NEGATION if assessment.negated else 1.0)
        # Words with polarity 0 do not dilute the mean (see the module docstring).
        if weight != 0.0:
            scored.append(
                WordContribution(
                    token=" ".join(assessment.tokens),
                    lexicon_form=assessment.form,
                    weight=weight,
                    negated=assessment.negated,
                    intensity=assessment.applied_intensity,
                    start=assessment.start,
                    end=assessment.end,
                )
            )
    word_count = len(words.tokens)
    return SentenceScore(
        polarity=pattern_mean([contribution.weight for contribution in scored]),
        contributions=tuple(scored),
        quoted_polarity=math.nan,
        evaluative_word_share=len(scored) / word_count if word_count else 0.0,
        word_count=word_count,
    )
