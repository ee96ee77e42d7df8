"""A sentence's words as the sentiment backends read them: offsets within the sentence,
the text between words, where a word opens a sentence, and which passages are quoted.

The words are the loader's word tokens (``Sentence.words``): the backends count and
weight the same words as every other measure.

Example:
    >>> from kolumne.load import parse_sentence
    >>> scanned = scan_words(parse_sentence("Gut. Sehr gut!", "de"))
    >>> scanned.tokens, scanned.opens
    (['Gut', 'Sehr', 'gut'], [True, True, False])
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kolumne.model import Sentence

# After these a capitalised word may be an adjective or verb, so lower case is tried.
SENTENCE_OPENERS = frozenset('.!?:;"„“”»«(–—')
# Paired quotation marks: German „…“, typewriter "…", guillemets both ways, English “…”.
QUOTED = re.compile(r"„[^“”\"]*[“”\"]|\"[^\"]*\"|»[^«]*«|«[^»]*»|“[^”]*”")


def quoted_ranges(text: str) -> list[range]:
    """Where ``text`` quotes someone: each quoted passage with its quotation marks.

    Example:
        >>> [(span.start, span.stop) for span in quoted_ranges('Er sagte: „Gut.“ Ich: »Nein«')]
        [(10, 16), (22, 28)]
    """
    return [range(match.start(), match.end()) for match in QUOTED.finditer(text)]


def opens_sentence(text_before: str) -> bool:
    """True if a word after ``text_before`` starts a sentence (or a quote, or a clause
    after a colon), where a capital letter says nothing about the word's class.

    Example:
        >>> opens_sentence(""), opens_sentence("Er sagte: „"), opens_sentence("Das ist")
        (True, True, False)
    """
    stripped = text_before.rstrip()
    return not stripped or stripped[-1] in SENTENCE_OPENERS


class ScannedWords(NamedTuple):
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
    return stripped != "" and stripped[-1] in SENTENCE_OPENERS


def scan_words(sentence: Sentence) -> ScannedWords:
    """The sentence's words with their offsets in the sentence, gaps and sentence openings.

    A word ends in a letter, never in one of ``SENTENCE_OPENERS``, so its gap alone
    decides ``opens_sentence(text[:start])``: one look per word instead of a scan back
    through the sentence, and none for the usual gap of one space.
    """
    text, offset = sentence.text, sentence.start
    words = sentence.words
    if not words:
        return ScannedWords([], [], [], [], [])
    # Tokens are named tuples: one transposition gives the parallel lists.
    column_starts, column_ends, texts, _kinds = zip(*words)
    tokens = list(texts)
    starts = [start - offset for start in column_starts]
    ends = [end - offset for end in column_ends]
    gaps = [text[end:start] for end, start in zip([0, *ends[:-1]], starts)]
    opens = [gap != " " and _ends_in_sentence_opener(gap) for gap in gaps]
    # Nothing but the gap precedes the first word.
    opens[0] = opens_sentence(gaps[0])
    return ScannedWords(tokens, starts, ends, gaps, opens)
