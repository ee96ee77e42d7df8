"""Sentence sentiment behind one interface: a polarity in [-1, 1], a label, and the words
that made the score.

Backends (``BACKENDS``):

- ``textblob-de``: stock textblob-de 0.4.3, exactly as users know it, for comparison.
  Its known German flaws: every word is lower-cased before the lexicon lookup, so the
  capitalised nouns ("Erfolg", "Angst") never score; "niemals" or "keinen" do not
  negate; polarity has four levels, so "sehr gut" equals "gut"; "ß" becomes "ss" only
  in its lemmas, and its Brill tagger makes it slow.
- ``textblob-de-repaired``: textblob-de's lexicon and scoring rules with four repairs:
  case-correct lookup (nouns keep their capital; only a sentence-initial word is also
  tried in lower case), every German negator (``lexicons.german.NEGATORS``), grading
  intensifiers ("sehr" x1.5, "äußerst" x2, "kaum" x0.5) on a lexicon scaled to half
  strength so that graded words have room below ±1, and modal verbs without polarity
  ("möchte" is a wish, not praise). Only graded adverbs modify the next word (stock
  textblob-de let every adjective overwrite the next noun's polarity). Words are
  reduced to the lexicon's base forms with textblob-de's own tag-free rules
  (``predicative``, ``singularize``, ``lemma``), never with its tagger. Words with
  polarity 0 do not dilute the mean. ``reference_polarity`` runs textblob-de's own
  tokenizer and scoring machinery with these repairs and is the slow reference that
  the fast regex-and-dict pass must match exactly.
- ``sentiws``: SentiWS v2.0 word-form weights (Remus, Quasthoff & Heyer 2010, Leipzig
  University, licence CC BY-NC-SA 3.0: non-commercial use, share alike; read from the
  ``gersent`` package's copy), summed per sentence and squashed with ``tanh`` into
  [-1, 1]. Negation reaches the whole clause (not a fixed window of words), graded
  intensifiers scale the next evaluative word, modal verbs carry no weight, common
  idioms ("im Stich lassen", "unter die Arme greifen") are matched across inflection
  and word order, and quoted speech is scored apart: ``polarity`` is the writer's own
  voice, ``quoted_polarity`` the words inside quotation marks.
- ``default``: ``sentiws``, the best backend in the cross-validated benchmark below.

Validation (``kolumne.validation``, GerNTSA development half: 1,889 German news
sentences; neutral band chosen on 4 folds, scored on the 5th; mean out-of-fold
macro-F1 / pooled accuracy): textblob-de 0.41 / 0.46, textblob-de-repaired 0.41 / 0.50,
sentiws 0.45 / 0.54; always "neutral" 0.25 / 0.61. ``sentiws`` is the ``default``: the
best of the three, though below the 0.50 the project aims for (news polarity toward a
topic rests on event words, "infiziert", "Anschlag", that no general lexicon weights).
``NEUTRAL_BANDS`` holds each backend's band, chosen on the whole development half
after cross-validation had measured how well choosing a band generalises.

Learned decision rules do not close the gap either. Each was fitted on 4 folds only
(scaling, weights, class biases, thresholds) and scored on the 5th; mean out-of-fold
macro-F1 for fold seeds 0 / 1 / 2:

- ``sentiws`` with one neutral band: 0.450 / 0.449 / 0.445 (mean 0.448);
- two thresholds, "polar?" on the summed absolute SentiWS weight and "which sign?" on
  sentiws + textblob-de-repaired polarity: 0.456 / 0.456 / 0.453 (mean 0.455);
- class-weighted multinomial logistic regression (L2) on 16 dense lexicon features
  (``validation.DENSE_FEATURES``: SentiWS positive and negative sums and counts,
  negated count, strongest weight, both backends' polarity, quoted polarity, idioms,
  length, "!" and "?"), with per-class biases chosen for macro-F1 on inner
  out-of-fold logits: 0.448 to 0.456 (means for L2 0.01, 0.03, 0.1);
- the same plus one signed column per SentiWS or textblob-de lexicon word (a learned
  re-weighting of lexicon words): 0.444 to 0.456 with tuned biases, 0.430 to 0.434
  without.

None reaches 0.50, so no learned backend is shipped and ``default`` stays ``sentiws``.
The table is ``kolumne.validation.learned_rule_report()`` (a few minutes to run).

Subjectivity: textblob-de's German lexicon has no subjectivity values (seven non-zero
entries), so none is reported. ``evaluative_word_share`` (evaluative words per word of
the writer's voice) is a clearly named proxy.

Example:
    >>> score(["Das ist ein Erfolg.", "Ich habe Angst."], backend="sentiws")["label"].tolist()
    ['positive', 'negative']
"""

from __future__ import annotations

import html
import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

import numpy as np
import pandas as pd

from kolumne.lexicons.german import (
    IDIOMS,
    INTENSIFIERS,
    MODAL_VERBS,
    NEGATORS,
    NOT_NEGATING_AFTER_NICHT,
    Idiom,
)
from kolumne.text import install_offline_punkt, punkt_tokenizer

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class WordContribution:
    """One word (or idiom) that moved a sentence's score.

    ``weight`` is what the word added after negation and intensifiers; ``start``/``end``
    index the sentence (``None`` for stock textblob-de, which scores lemmas, not words).

    Example:
        >>> explain("Das ist sehr gut.", "sentiws")[0].intensity
        1.5
    """

    token: str
    lexicon_form: str
    weight: float
    negated: bool = False
    intensity: float = 1.0
    start: int | None = None
    end: int | None = None
    quoted: bool = False


@dataclass(frozen=True)
class SentenceScore:
    """A backend's verdict on one sentence.

    Example:
        >>> SentenceScore(0.5, (), float("nan"), 0.0, 3).polarity
        0.5
    """

    polarity: float
    contributions: tuple[WordContribution, ...]
    quoted_polarity: float
    evaluative_word_share: float
    word_count: int


# Words: letters or digits, joined by hyphens or apostrophes ("E-Mails", "geht's").
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# The same words, captured: splitting at them keeps each word between its gaps.
_WORD_WITH_GAPS = re.compile(f"({_WORD.pattern})")
# After these a capitalised word may be an adjective or verb, so lower case is tried.
_SENTENCE_OPENERS = frozenset('.!?:;"„“”»«(–—')


def _opens_sentence(text_before: str) -> bool:
    stripped = text_before.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_OPENERS


class _ScannedWords(NamedTuple):
    """A sentence's words as parallel lists: one object per sentence, not one per word."""

    tokens: list[str]
    starts: list[int]
    ends: list[int]
    # The text since the previous word (since the sentence start for the first word).
    gaps: list[str]
    # Whether the word opens a sentence, where a capitalised word is tried in lower case.
    opens: list[bool]


def _ends_in_sentence_opener(gap: str) -> bool:
    stripped = gap.rstrip()
    return stripped != "" and stripped[-1] in _SENTENCE_OPENERS


def _scan_words(sentence: str) -> _ScannedWords:
    """The sentence's words with their offsets, gaps and sentence openings.

    A word ends in a letter or digit, never in one of ``_SENTENCE_OPENERS``, so its gap
    alone decides ``_opens_sentence(sentence[:start])``: one look per word instead of a
    scan back through the sentence, and none for the usual gap of one space.
    """
    # Split at the words, kept by the group: gap, word, gap, …, word, gap in one C pass,
    # no match object per word; offsets are the running sums of the parts' lengths.
    parts = _WORD_WITH_GAPS.split(sentence)
    tokens = parts[1::2]
    gaps = parts[0:-1:2]
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    opens = [gap != " " and _ends_in_sentence_opener(gap) for gap in gaps]
    if gaps:
        # Nothing but the gap precedes the first word.
        opens[0] = _opens_sentence(gaps[0])
    return _ScannedWords(tokens, starts, ends, gaps, opens)


# ------------------------------------------------------------------ textblob-de (stock)


@cache
def _stock_textblob_de():
    from nltk.tokenize import TreebankWordTokenizer
    from textblob_de.sentiments import PatternAnalyzer, pattern_sentiment
    from textblob_de.tokenizers import NLTKPunktTokenizer

    class OfflinePunktTokenizer(NLTKPunktTokenizer):
        # textblob-de's own __init__ asks NLTK for "tokenizers/punkt/german.pickle";
        # this one takes the same German Punkt model from kolumne.text, in memory.
        def __init__(self):
            self.tokens = []
            self.sent_tok = punkt_tokenizer("de")
            self.word_tok = TreebankWordTokenizer()

    # The same analyser that TextBlobDE(text).sentiment builds on every call, built once.
    return PatternAnalyzer(tokenizer=OfflinePunktTokenizer()), pattern_sentiment


# textblob-de's own negation list, to mark which of its assessments were negated.
_STOCK_NEGATIONS = frozenset({"nicht", "ohne", "nie", "nein", "kein", "keiner", "keine", "nichts"})


def _stock_score(sentence: str) -> SentenceScore:
    analyzer, pattern_sentiment = _stock_textblob_de()
    result = pattern_sentiment(analyzer._lemmatize(sentence))
    contributions = tuple(
        WordContribution(
            token=" ".join(words),
            lexicon_form=" ".join(word for word in words if word not in _STOCK_NEGATIONS),
            weight=float(polarity),
            negated=any(word in _STOCK_NEGATIONS for word in words),
        )
        for words, polarity, _subjectivity, _label in result.assessments
    )
    word_count = len(_WORD.findall(sentence))
    return SentenceScore(
        polarity=float(result[0]),
        contributions=contributions,
        quoted_polarity=math.nan,
        evaluative_word_share=len(contributions) / word_count if word_count else 0.0,
        word_count=word_count,
    )


# ---------------------------------------------------------------- textblob-de repaired

# textblob-de's four polarity levels (±0.7, ±1) are halved so that an intensified word
# ("sehr gut" = 0.5 x 1.5) can rise above a plain one ("gut" = 0.5) instead of being
# clipped at 1.
_TEXTBLOB_SCALE = 0.5
# textblob-de's rule: a negated word keeps half its strength with the opposite sign.
_TEXTBLOB_NEGATION = -0.5


@dataclass(frozen=True)
class _LexiconEntry:
    polarity: float
    intensity: float
    is_modifier: bool


def _textblob_de_xml() -> Path:
    return Path(str(files("textblob_de").joinpath("data", "de-sentiment.xml")))


def _mean(values: Sequence[float]) -> float:
    # pattern's own average (sum / n), repeated so both paths do identical arithmetic.
    return sum(values) / float(len(values) or 1)


@cache
def _repaired_textblob_lexicon() -> dict[str, _LexiconEntry]:
    """textblob-de's lexicon averaged like pattern (senses per tag, then tags), repaired."""
    senses: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for word in ElementTree.parse(_textblob_de_xml()).getroot().iter("word"):
        form = word.get("form")
        psi = (float(word.get("polarity", 0.0)), float(word.get("intensity", 1.0)))
        senses.setdefault(form, {}).setdefault(word.get("pos"), []).append(psi)
    lexicon = {}
    for form, by_tag in senses.items():
        per_tag = [[_mean(values) for values in zip(*psi)] for psi in by_tag.values()]
        polarity, intensity = (_mean(values) for values in zip(*per_tag))
        lexicon[form] = _LexiconEntry(polarity * _TEXTBLOB_SCALE, intensity, "RB" in by_tag)
    for word, factor in INTENSIFIERS.items():
        lexicon[word] = _LexiconEntry(0.0, factor, True)
    for word in _modal_forms_in(lexicon):
        del lexicon[word]
    return lexicon


def _modal_forms_in(lexicon: dict[str, object]) -> list[str]:
    return [word for word in lexicon if word.lower() in MODAL_VERBS]


@cache
def _pattern_de():
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
    for plural, singular in _pattern_de().inflect.singular_inflections:
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
    if word in _pattern_de().inflect.singular or "ß" in capitalised:
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
    return not _repaired_textblob_lexicon().keys().isdisjoint(possible)


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
    lexicon = _repaired_textblob_lexicon()
    for candidate in _lexicon_candidates(word.replace("ß", "ss"), sentence_initial):
        candidate = candidate.replace("ß", "ss")
        if candidate in lexicon:
            return candidate
    return None


def _lexicon_candidates(spelt: str, sentence_initial: bool) -> Iterator[str]:
    """The forms to look up, in order; generated one by one because the first that is a
    lexicon form wins and pattern's rules (``lemma`` above all) are slow."""
    pattern_de = _pattern_de()
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
def _pattern_key(word: str, sentence_initial: bool) -> str:
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


def _repaired_assessments(words: _ScannedWords) -> list[_Assessment]:
    """pattern's ``Sentiment.assessments`` loop over the repaired lexicon, word by word."""
    lexicon = _repaired_textblob_lexicon()
    assessments: list[_Assessment] = []
    modifier: str | None = None
    negation: str | None = None
    for token, start, end, opens in zip(words.tokens, words.starts, words.ends, words.opens):
        key = _pattern_key(token, opens)
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


def _repaired_score(sentence: str) -> SentenceScore:
    words = _scan_words(sentence)
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
        polarity=_mean([contribution.weight for contribution in scored]),
        contributions=tuple(scored),
        quoted_polarity=math.nan,
        evaluative_word_share=len(scored) / word_count if word_count else 0.0,
        word_count=word_count,
    )


@cache
def _repaired_pattern_sentiment():
    """textblob-de's own (pattern) ``Sentiment`` object with the repairs patched in."""
    install_offline_punkt()
    from textblob_de.packages import pattern_text

    sentiment = pattern_text.Sentiment(
        path=str(_textblob_de_xml()),
        negations=tuple(sorted(NEGATORS)),
        modifiers=("RB",),
        modifier=lambda word: word in INTENSIFIERS,
        language="de",
    )
    sentiment.load()
    for tags in sentiment.values():
        for tag, (polarity, subjectivity, intensity) in list(tags.items()):
            tags[tag] = (polarity * _TEXTBLOB_SCALE, subjectivity, intensity)
    for word, factor in INTENSIFIERS.items():
        sentiment.annotate(word, "RB", 0.0, 0.0, factor)
    for word in _modal_forms_in(sentiment):
        dict.__delitem__(sentiment, word)
    return sentiment


@cache
def _pattern_tokenizer():
    install_offline_punkt()
    from textblob_de.tokenizers import PatternTokenizer

    return PatternTokenizer()


def reference_polarity(sentence: str) -> float:
    """``textblob-de-repaired`` computed the slow way, with textblob-de's own machinery.

    textblob-de's tokenizer splits the sentence, punctuation is dropped (as textblob-de's
    lemmatiser does), and textblob-de's pattern ``Sentiment`` scores the lexicon forms
    with the repairs patched into its lexicon and negation list. The fast backend must
    return exactly this number.

    Example:
        >>> reference_polarity("Das war niemals gut.") == analyse(
        ...     "Das war niemals gut.", "textblob-de-repaired").polarity
        True
    """
    keys, text_before = [], ""
    for token in _pattern_tokenizer().tokenize(sentence):
        # textblob-de's tokenizer leaves German quotes and slashes attached ("„Kein",
        # "43./Foulelfmeter") and keeps scores ("2:1") whole: take the words inside.
        for word in _WORD.finditer(token):
            opening = text_before + token[: word.start()]
            keys.append(_pattern_key(word.group(), _opens_sentence(opening)))
        text_before += token
    assessments = _repaired_pattern_sentiment()(keys).assessments
    return _mean([polarity for _words, polarity, _s, _x in assessments if polarity != 0.0])


# --------------------------------------------------------------------------- SentiWS

# Same rule as textblob-de: "nicht gut" is a little bad, "kein Problem" a little good.
_SENTIWS_NEGATION = -0.5
# An intensifier reaches the next evaluative word at most this many words ahead
# ("sehr viel Erfolg", "extrem gut").
_INTENSIFIER_REACH = 3
# Clauses end at these marks (quotation marks too: quoted speech is a clause of its
# own) or before a conjunction that opens a new clause.
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()–—.!?\"„“”»«]")
_CLAUSE_OPENERS = frozenset({"aber", "sondern", "jedoch", "obwohl", "während", "weil", "dass"})
# Half of SentiWS's forms carry a token weight of ±0.004 (words its authors found no
# polarity for); they are dropped so that they neither tip a sign nor pose as evidence.
_SENTIWS_NO_POLARITY = 0.01
# Paired quotation marks: German „…“, typewriter "…", guillemets both ways, English “…”.
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|\"[^\"]*\"|»[^«]*«|«[^»]*»|“[^”]*”")


@cache
def _sentiws_lexicon() -> dict[str, float]:
    """SentiWS v2.0 word forms -> weight, without negators, intensifiers and modal verbs."""
    folder = files("gersent").joinpath("wordlists", "de")
    lexicon: dict[str, float] = {}
    for name in ("positive.json", "negative.json"):
        for form, weight in json.loads(folder.joinpath(name).read_text("utf-8")).items():
            # A few forms are listed in both files; the stronger weight wins.
            if abs(float(weight)) > abs(lexicon.get(form, 0.0)):
                lexicon[form] = float(weight)
    functional = NEGATORS | MODAL_VERBS | set(INTENSIFIERS)
    return {
        form: weight
        for form, weight in lexicon.items()
        if abs(weight) >= _SENTIWS_NO_POLARITY and form.lower() not in functional
    }


@dataclass(frozen=True)
class _CompiledIdiom:
    idiom: Idiom
    parts: tuple[re.Pattern[str], ...]
    # Plain words among the parts: if one is missing from a sentence, skip the idiom.
    literal_parts: frozenset[str]


@cache
def _compiled_idioms() -> tuple[_CompiledIdiom, ...]:
    return tuple(
        _CompiledIdiom(
            idiom,
            tuple(re.compile(part) for part in idiom.parts),
            frozenset(part for part in idiom.parts if re.escape(part) == part),
        )
        for idiom in IDIOMS
    )


@cache
def _idiom_literal_parts() -> frozenset[str]:
    return frozenset().union(*(compiled.literal_parts for compiled in _compiled_idioms()))


class _Words(NamedTuple):
    """A sentence's words as parallel lists: one object per sentence, not one per word."""

    tokens: list[str]
    # Stored, not computed: negation, idioms and intensifiers each read them many times.
    lowers: list[str]
    starts: list[int]
    ends: list[int]
    clauses: list[int]
    quoted: list[bool]
    # The SentiWS form of each word, or None: most words have none.
    forms: list[str | None]


def _quoted_ranges(sentence: str) -> list[range]:
    return [range(match.start(), match.end()) for match in _QUOTED.finditer(sentence)]


def _split_words(sentence: str) -> _Words:
    """The sentence's words, each with its clause number, whether it is quoted and its
    SentiWS form (a capitalised word is also tried in lower case at a sentence start)."""
    scanned = _scan_words(sentence)
    tokens, gaps = scanned.tokens, scanned.gaps
    lowers = list(map(str.lower, tokens))
    # Most gaps are one space: no need to search them for punctuation.
    opens_clause = [
        (gap != " " and _CLAUSE_PUNCTUATION.search(gap) is not None) or lower in _CLAUSE_OPENERS
        for gap, lower in zip(gaps[1:], lowers[1:])
    ]
    clauses = list(accumulate(opens_clause, initial=0)) if tokens else []
    quoted = [False] * len(tokens)
    for span in _quoted_ranges(sentence):
        # The words starting inside the quotation: starts are sorted, so two bisections.
        first = bisect_left(scanned.starts, span.start)
        after = bisect_left(scanned.starts, span.stop)
        quoted[first:after] = [True] * (after - first)
    lexicon = _sentiws_lexicon()
    forms = [
        token if token in lexicon else lower if opens and lower in lexicon else None
        for token, lower, opens in zip(tokens, lowers, scanned.opens)
    ]
    return _Words(tokens, lowers, scanned.starts, scanned.ends, clauses, quoted, forms)


def _negated_clauses(words: _Words) -> set[int]:
    lowers = words.lowers
    if NEGATORS.isdisjoint(lowers):  # most sentences: one pass in C
        return set()
    negated = set()
    for index, lower in enumerate(lowers):
        if lower not in NEGATORS:
            continue
        following = lowers[index + 1] if index + 1 < len(lowers) else ""
        if lower == "nicht" and following in NOT_NEGATING_AFTER_NICHT:
            continue
        negated.add(words.clauses[index])
    return negated


def _match_idioms(words: _Words) -> list[tuple[Idiom, list[int]]]:
    """Idioms whose parts all occur, in any order, among the words of one clause."""
    found, used = [], set()
    # Most sentences hold no idiom's plain words at all: one set intersection tells.
    present = _idiom_literal_parts().intersection(words.lowers)
    if not present:
        return found
    for compiled in _compiled_idioms():
        if not compiled.literal_parts <= present:
            continue
        idiom, parts = compiled.idiom, compiled.parts
        for clause in sorted(set(words.clauses)):
            indices = [
                i for i, number in enumerate(words.clauses) if number == clause and i not in used
            ]
            chosen: list[int] = []
            for part in parts:
                hit = next(
                    (i for i in indices if i not in chosen and part.fullmatch(words.lowers[i])),
                    None,
                )
                if hit is None:
                    break
                chosen.append(hit)
            else:
                found.append((idiom, sorted(chosen)))
                used.update(chosen)
    return found


def _intensity_before(words: _Words, index: int) -> float:
    for back in range(index - 1, max(-1, index - 1 - _INTENSIFIER_REACH), -1):
        if words.clauses[back] != words.clauses[index]:
            break
        if words.lowers[back] in INTENSIFIERS:
            return INTENSIFIERS[words.lowers[back]]
    return 1.0


def _sentiws_contributions(words: _Words) -> list[WordContribution]:
    lexicon = _sentiws_lexicon()
    negated_clauses = _negated_clauses(words)
    contributions = []
    idiom_words: set[int] = set()
    for idiom, indices in _match_idioms(words):
        idiom_words.update(indices)
        first, last = indices[0], indices[-1]
        negated = words.clauses[first] in negated_clauses
        contributions.append(
            WordContribution(
                token=" … ".join(words.tokens[i] for i in indices),
                lexicon_form=idiom.name,
                weight=idiom.weight * (_SENTIWS_NEGATION if negated else 1.0),
                negated=negated,
                start=words.starts[first],
                end=words.ends[last],
                quoted=words.quoted[first],
            )
        )
    for index, form in enumerate(words.forms):
        if form is None or index in idiom_words:
            continue
        negated = words.clauses[index] in negated_clauses
        intensity = _intensity_before(words, index)
        contributions.append(
            WordContribution(
                token=words.tokens[index],
                lexicon_form=form,
                weight=lexicon[form] * intensity * (_SENTIWS_NEGATION if negated else 1.0),
                negated=negated,
                intensity=intensity,
                start=words.starts[index],
                end=words.ends[index],
                quoted=words.quoted[index],
            )
        )
    return sorted(contributions, key=lambda contribution: contribution.start)


def _sentiws_score(sentence: str) -> SentenceScore:
    words = _split_words(sentence)
    contributions = tuple(_sentiws_contributions(words))
    own = [c.weight for c in contributions if not c.quoted]
    quoted = [c.weight for c in contributions if c.quoted]
    own_word_count = words.quoted.count(False)
    return SentenceScore(
        polarity=math.tanh(sum(own)),
        contributions=contributions,
        quoted_polarity=math.tanh(sum(quoted)) if any(words.quoted) else math.nan,
        evaluative_word_share=len(own) / own_word_count if own_word_count else 0.0,
        word_count=len(words.tokens),
    )


# ------------------------------------------------------------------------ interface

_SCORERS: dict[str, Callable[[str], SentenceScore]] = {
    "textblob-de": _stock_score,
    "textblob-de-repaired": _repaired_score,
    "sentiws": _sentiws_score,
}
_ALIASES = {"default": "sentiws"}

BACKENDS: tuple[str, ...] = (*_SCORERS, *_ALIASES)

# Neutral band per backend: polarity in [low, high] is "neutral". Chosen by
# kolumne.validation.best_band on the GerNTSA development half (see module docstring).
NEUTRAL_BANDS: dict[str, tuple[float, float]] = {
    # Stock keeps textblob-de's own sign rule, so it is shown as users know it.
    "textblob-de": (0.0, 0.0),
    "textblob-de-repaired": (-0.1, 0.35),
    "sentiws": (-0.3, 0.15),
}


def resolve_backend(backend: str) -> str:
    """The backend a name stands for ("default" becomes the backend it aliases).

    Example:
        >>> resolve_backend("default"), resolve_backend("textblob-de")
        ('sentiws', 'textblob-de')
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentiment backend {backend!r}; choose one of {BACKENDS}")
    return _ALIASES.get(backend, backend)


def label(polarity: float, neutral_band: tuple[float, float] = (0.0, 0.0)) -> str:
    """Name the polarity: "negative" below the band, "positive" above it, else "neutral".

    Example:
        >>> label(-0.2), label(0.0), label(0.7), label(0.1, neutral_band=(-0.2, 0.2))
        ('negative', 'neutral', 'positive', 'neutral')
    """
    low, high = neutral_band
    if polarity > high:
        return "positive"
    if polarity < low:
        return "negative"
    return "neutral"


def analyse(sentence: str, backend: str = "default") -> SentenceScore:
    """Score one sentence with ``backend`` and keep every contributing word.

    Example:
        >>> analyse("Ich habe Angst.", "textblob-de-repaired").polarity < 0
        True
    """
    return _SCORERS[resolve_backend(backend)](sentence)


def explain(sentence: str, backend: str = "default") -> list[WordContribution]:
    """The words (and idioms) that made ``sentence``'s score, in reading order.

    Example:
        >>> [(c.token, c.negated) for c in explain("Das war niemals gut.", "sentiws")]
        [('gut', True)]
    """
    return list(analyse(sentence, backend).contributions)


def score(sentences: Sequence[str], backend: str = "default") -> pd.DataFrame:
    """Score each sentence; one row per sentence.

    Columns: ``text``, ``polarity`` (the writer's own voice), ``label`` (with the
    backend's ``NEUTRAL_BANDS``), ``backend``, ``quoted_polarity`` (quoted speech; NaN
    without quotes or for backends that do not separate it), ``evaluative_word_share``
    and ``word_count``.

    Example:
        >>> score(["Ich habe keine Zeit."], backend="textblob-de").columns.tolist()[:4]
        ['text', 'polarity', 'label', 'backend']
    """
    name = resolve_backend(backend)
    results = [_SCORERS[name](sentence) for sentence in sentences]
    polarities = np.array([result.polarity for result in results], dtype="float64")
    # Typed arrays, not lists of Series: building the frame costs more than scoring.
    return pd.DataFrame(
        {
            "text": np.array(sentences, dtype=object),
            "polarity": polarities,
            "label": np.array([label(p, NEUTRAL_BANDS[name]) for p in polarities], dtype=object),
            "backend": np.full(len(results), name, dtype=object),
            "quoted_polarity": np.array([r.quoted_polarity for r in results], dtype="float64"),
            "evaluative_word_share": np.array(
                [r.evaluative_word_share for r in results], dtype="float64"
            ),
            "word_count": np.array([r.word_count for r in results], dtype="int64"),
        },
        copy=False,
    )


def aggregate(frame: pd.DataFrame) -> pd.Series:
    """One section's tone from its scored sentences (a ``score`` frame).

    ``polarity_weighted`` is the mean sentence polarity weighted by words per sentence,
    so a long sentence counts more than "Nicht."; ``negative_share``, ``neutral_share``
    and ``positive_share`` are the fractions of sentences with each label (sum 1).

    Example:
        >>> frame = pd.DataFrame({"polarity": [0.5, -1.0], "label": ["positive", "negative"],
        ...                       "word_count": [3, 1]})
        >>> aggregate(frame)[["polarity_weighted", "positive_share"]].tolist()
        [0.125, 0.5]
    """
    weights = frame["word_count"].clip(lower=1)
    shares = {f"{name}_share": float((frame["label"] == name).mean()) for name in LABELS}
    return pd.Series(
        {
            "polarity_weighted": float((frame["polarity"] * weights).sum() / weights.sum()),
            **shares,
            "sentence_count": len(frame),
            "word_count": int(frame["word_count"].sum()),
        }
    )


# -------------------------------------------------------------------------- rendering

# ColorBrewer RdBu end points: a diverging red/blue pair readable with red-green
# colour blindness. Opacity grows with the weight, so strong words stand out.
_NEGATIVE_RGB = (178, 24, 43)
_POSITIVE_RGB = (33, 102, 172)


def _colour(weight: float) -> str:
    red, green, blue = _POSITIVE_RGB if weight > 0 else _NEGATIVE_RGB
    return f"rgba({red}, {green}, {blue}, {min(1.0, 0.25 + abs(weight)):.2f})"


def _render_sentence(sentence: str, backend: str) -> str:
    result = analyse(sentence, backend)
    pieces, position = [], 0
    placed = [c for c in result.contributions if c.start is not None]
    for contribution in placed:
        if contribution.start < position:
            continue
        pieces.append(html.escape(sentence[position : contribution.start]))
        title = f"{contribution.lexicon_form}: {contribution.weight:+.2f}"
        if contribution.negated:
            title += " (negated)"
        if contribution.intensity != 1.0:
            title += f" (x{contribution.intensity:g})"
        pieces.append(
            f'<span style="background:{_colour(contribution.weight)}" '
            f'title="{html.escape(title)}">'
            f"{html.escape(sentence[contribution.start : contribution.end])}</span>"
        )
        position = contribution.end
    pieces.append(html.escape(sentence[position:]))
    unplaced = [c for c in result.contributions if c.start is None]
    listing = "".join(
        f' <small title="lemma: weight">[{html.escape(c.token)} {c.weight:+.2f}]</small>'
        for c in unplaced
    )
    return (
        f'<p data-polarity="{result.polarity:.3f}">{"".join(pieces)}{listing} '
        f"<small>({result.polarity:+.2f})</small></p>"
    )


def render_html(sentences: Sequence[str] | pd.DataFrame, backend: str = "default") -> str:
    """Render sentences as HTML, each scored word coloured by its weight (red negative,
    blue positive; hover for lexicon form and weight), with the sentence polarity.

    Takes a list of sentences or a frame with a ``text`` column. Text is HTML-escaped.

    Example:
        >>> "rgba(178, 24, 43" in render_html(["Ich habe <b>Angst</b>."], "sentiws")
        True
        >>> "&lt;b&gt;" in render_html(["Ich habe <b>Angst</b>."], "sentiws")
        True
    """
    texts = sentences["text"].tolist() if isinstance(sentences, pd.DataFrame) else sentences
    body = "\n".join(_render_sentence(text, backend) for text in texts)
    return f'<div class="kolumne-sentiment" data-backend="{html.escape(backend)}">\n{body}\n</div>'
