"""What the tone rules of both languages share: sentence endings, quoted speech, rates.

Example:
    >>> from kolumne.load import parse_sentence
    >>> is_question(parse_sentence('Er fragte: "Kommst du?"', "de"))
    True
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from kolumne.model import Section, Sentence

# Quoted passages: „…“ (German), "…" (straight), »…« and «…» (guillemets), “…”
# (English). A quote does not run past the end of its line, so a missing closing
# mark cannot swallow the rest of the text.
_QUOTED = re.compile(
    r"„([^“”\"\n]*)[“”\"]"
    r"|\"([^\"\n]*)\""
    r"|»([^«\n]*)«"
    r"|«([^»\n]*)»"
    r"|“([^”\n]*)”"
)
_CLOSING_PUNCTUATION = "\"'“”‘’»«›‹)]"


def sentences_with_words(section: Section) -> list[Sentence]:
    """The sentences of ``section`` that hold a word: the ones the tone rates count.

    Example:
        >>> from kolumne.load import parse_section
        >>> [s.text for s in sentences_with_words(parse_section("2016. Nicht.", "de"))]
        ['Nicht.']
    """
    return [sentence for sentence in section.sentences if sentence.words]


def word_frequencies(section: Section) -> Counter[str]:
    """How often each word of ``section`` occurs, lower-cased, with a typographic
    apostrophe read as a straight one ("I’m" is "i'm").

    Example:
        >>> from kolumne.load import parse_section
        >>> word_frequencies(parse_section("Ich? ich’s.", "de"))
        Counter({'ich': 1, "ich's": 1})
    """
    frequencies: Counter[str] = Counter()
    # Each distinct word is lower-cased once, not every occurrence.
    for word, count in section.word_frequencies.items():
        frequencies[word.lower().replace("’", "'")] += count
    return frequencies


def count_of(word_list: frozenset[str], frequencies: Counter[str]) -> int:
    """How many words of a text (given as ``frequencies``) are in ``word_list``.

    Example:
        >>> count_of(frozenset({"ich", "mich"}), Counter({"ich": 2, "du": 1}))
        2
    """
    return sum(frequencies[word] for word in word_list & frequencies.keys())


def word_list_rates(
    word_lists: dict[str, frozenset[str]], frequencies: Counter[str], word_count: int
) -> dict[str, float]:
    """For each metric name, the words of its list per 100 words of the text.

    Example:
        >>> word_list_rates({"ich_rate": frozenset({"ich"})}, Counter({"ich": 2, "du": 2}), 4)
        {'ich_rate': 50.0}
    """
    return {
        name: per_100(count_of(word_list, frequencies), word_count)
        for name, word_list in word_lists.items()
    }


def per_100(count: int, word_count: int) -> float:
    """``count`` per 100 words; NaN without words.

    Example:
        >>> per_100(3, 60), per_100(0, 0)
        (5.0, nan)
    """
    return 100 * count / word_count if word_count else math.nan


def share_of(sentences: list[Sentence], test: Callable[[Sentence], bool]) -> float:
    """The share of ``sentences`` for which ``test`` holds; NaN without sentences.

    Example:
        >>> from kolumne.load import parse_section
        >>> share_of(list(parse_section("Ja? Nein.", "de").sentences), is_question)
        0.5
    """
    return sum(map(test, sentences)) / len(sentences) if sentences else math.nan


def _final_punctuation(sentence: Sentence) -> str:
    stripped = sentence.text.rstrip().rstrip(_CLOSING_PUNCTUATION).rstrip()
    return stripped[-1:] if stripped else ""


def is_question(sentence: Sentence) -> bool:
    """True if ``sentence`` ends with a question mark (closing quotes ignored).

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [is_question(parse_sentence(text, "de"))
        ...  for text in ['Er fragte: "Kommst du?"', "Wie gehe ich damit um"]]
        [True, False]
    """
    return _final_punctuation(sentence) == "?"


def is_exclamation(sentence: Sentence) -> bool:
    """True if ``sentence`` ends with an exclamation mark (closing quotes ignored).

    Example:
        >>> from kolumne.load import parse_sentence
        >>> is_exclamation(parse_sentence("Ruf mich an!", "de"))
        True
    """
    return _final_punctuation(sentence) == "!"


def quoted_speech_share(section: Section) -> float:
    """Share of the characters of the section's sentences that stand inside quotation marks.

    The sentences are read one per line; the marks themselves are not counted as
    quoted; the denominator is every character of those lines. NaN for a section
    without sentences.

    Example:
        >>> from kolumne.load import parse_section
        >>> quoted_speech_share(parse_section('Er sagte "ja" und ging.', "de"))  # 2 of 23
        0.08695652173913043
    """
    text = "\n".join(sentence.text for sentence in section.sentences)
    if not text:
        return math.nan
    quoted = sum(len(_inside_quotes(match)) for match in _QUOTED.finditer(text))
    return quoted / len(text)


def _inside_quotes(match: re.Match[str]) -> str:
    # Each kind of quotation mark has its own group; exactly one of them matched.
    return next(group for group in match.groups() if group is not None)
