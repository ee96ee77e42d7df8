"""SentiWS v2.0 word-form weights with negation, intensifiers, idioms and quoted speech
(``sentiws``).

SentiWS v2.0 (Remus, Quasthoff & Heyer 2010, Leipzig University, licence CC BY-NC-SA
3.0: non-commercial use, share alike; read from the ``gersent`` package's copy): the
weights of a sentence's words are summed and squashed with ``tanh`` into [-1, 1].
Negation reaches the whole clause (not a fixed window of words), graded intensifiers
scale the next evaluative word, modal verbs carry no weight, common idioms ("im Stich
lassen", "unter die Arme greifen") are matched across inflection and word order, and
quoted speech is scored apart: ``polarity`` is the writer's own voice,
``quoted_polarity`` the words inside quotation marks.

Example:
    >>> from kolumne.load import parse_sentence
    >>> [c.token for c in sentiws_score(parse_sentence("Er ließ mich im Stich.", "de")).contributions]
    ['ließ … im … Stich']
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import accumulate
from typing import NamedTuple

from kolumne.measures.lexicons.german import (
    IDIOMS,
    INTENSIFIERS,
    MODAL_VERBS,
    NEGATORS,
    NOT_NEGATING_AFTER_NICHT,
    Idiom,
)
from kolumne.measures.sentiment.results import SentenceScore, WordContribution
from kolumne.measures.sentiment.scan import quoted_ranges, scan_words
from kolumne.model import Sentence

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


def _split_words(sentence: Sentence) -> _Words:
    """The sentence's words, each with its clause number, whether it is quoted and its
    SentiWS form (a capitalised word is also tried in lower case at a sentence start)."""
    scanned = scan_words(sentence)
    tokens, gaps = scanned.tokens, scanned.gaps
    lowers = list(map(str.lower, tokens))
    # Most gaps are one space: no need to search them for punctuation.
    opens_clause = [
        (gap != " " and _CLAUSE_PUNCTUATION.search(gap) is not None) or lower in _CLAUSE_OPENERS
        for gap, lower in zip(gaps[1:], lowers[1:])
    ]
    clauses = list(accumulate(opens_clause, initial=0)) if tokens else []
    quoted = [False] * len(tokens)
    for span in quoted_ranges(sentence.text):
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


def sentiws_score(sentence: Sentence) -> SentenceScore:
    """Score ``sentence`` with SentiWS weights and the rules above."""
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
