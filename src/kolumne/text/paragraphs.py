"""Paragraphs: which line breaks are the writer's and which are the layout's.

Most columns have one paragraph per line. Text pasted from e-mails, PDFs and newsletters
is hard-wrapped instead: every line is filled up to a fixed width and a paragraph runs
over several lines. Two signs tell a line break of the layout from one of the writer:

- **The next word would not have fitted.** In a hard-wrapped text each line is broken
  because its next word would have passed the width: the line's length, a space and the
  first word of the next line together exceed it (a *full* line). The width is the
  length of the longest line, leaving out a line far longer than the next longest
  (``OVERLONG_FACTOR``: an unwrapped footer or a web address). A text is taken as
  hard-wrapped when at least ``MIN_FULL_SHARE`` of its line breaks follow a full line
  and at least ``MIN_FULL_LINES`` full lines end mid-sentence. Text with one paragraph
  per line has at most a few full lines (its longest line is one), and those end their
  sentence.
- **The sentence goes on.** A line of more than one word that ends in a letter or digit,
  without any mark, followed by a line that begins with a small letter, continues on
  that line, whatever the width ("… sollten während der" / "ersten drei Monate …"). A
  comma is not enough: a German letter's salutation ends in one and its first line
  begins in small letters ("Liebe Frau Berger," / "ich weiß nicht …"); nor is a line of
  one word, which is more likely an item of a list ("spielen" / "spielt").

A full line that ends its sentence may end its paragraph too: the line break after it
is kept (the sentences are the same either way, and a sub-heading on the next line stays
one). A blank line always ends a paragraph, and so does a line break before a bulleted
list item ("•", "-").

Example:
    >>> text = "Ich weiß nicht, was ich noch\\ntun soll. Bitte helfen Sie mir.\\nDanke!"
    >>> [text[start:end] for start, end in paragraph_spans(text)]
    ['Ich weiß nicht, was ich noch\\ntun soll. Bitte helfen Sie mir.', 'Danke!']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

MIN_FULL_LINES = 2
MIN_FULL_SHARE = 0.2
OVERLONG_FACTOR = 1.5
# Shorter "widths" are lists or headings of similar length, not a wrapped text.
MIN_WIDTH = 30

_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«›‹)\]]*$")
# An ordinal or an initial may end a line inside a sentence ("… am 3." / "Oktober",
# "… z." / "B."): no sure sentence end.
_SHORT_WORD_DOT = re.compile(r"(?:^|\s)(?:\d+|[^\W\d_])\.$")
_BULLET = re.compile(r"[•·▪‣◦*–—-]\s")


@dataclass(frozen=True)
class _Line:
    """A non-blank line: ``start``/``end`` leave out the white space around it."""

    start: int
    end: int
    text: str


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width a text's lines look hard-wrapped at, or ``None`` when they do not.

    ``lines`` are the text's lines in order, stripped; an empty string stands for a blank
    line (no line break of a paragraph crosses it).

    Example:
        >>> wrapped = ["Rufen Sie stattdessen jeden Kunden an", "und entschuldigen Sie sich ausgiebig,",
        ...            "und stellen Sie dann fest, was er", "braucht und wie Sie ihm helfen können."]
        >>> wrap_width(wrapped), wrap_width(["Nicht.", "Rufen Sie jeden Kunden an."])
        (38, None)
    """
    lengths = sorted((len(line) for line in lines if line), reverse=True)
    while len(lengths) > 1 and lengths[0] > OVERLONG_FACTOR * lengths[1]:
        lengths.pop(0)
    if not lengths or lengths[0] < MIN_WIDTH:
        return None
    width = lengths[0]
    inside = [(line, following) for line, following in pairwise(lines) if line and following]
    full = [line for line, following in inside if _next_word_overflows(line, following, width)]
    mid_sentence = sum(_SENTENCE_END.search(line) is None for line in full)
    if mid_sentence >= MIN_FULL_LINES and len(full) >= MIN_FULL_SHARE * len(inside):
        return width
    return None


def is_layout_break(line: str, next_line: str, width: int | None) -> bool:
    """True if the line break between ``line`` and ``next_line`` is the layout's: the
    next word would not have fitted into ``width`` (when the text is hard-wrapped), or
    the sentence goes on in small letters.

    Example:
        >>> is_layout_break("Schwangere Frauen sollten während der", "ersten drei Monate", None)
        True
        >>> is_layout_break("Viele Grüße", "Ihre Anna", None)
        False
    """
    if _BULLET.match(next_line):
        return False
    if width is not None and _next_word_overflows(line, next_line, width):
        return not _ends_sentence(line)
    # A line of one word before one in small letters is a list of words, not a sentence
    # going on: "spielen" / "spielt" / "spiele".
    return line[-1:].isalnum() and " " in line and _starts_small(next_line)


def paragraph_spans(
    text: str, starts_paragraph: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph of ``text``: runs of lines joined where the
    line break is the layout's (``is_layout_break``), with the white space around each
    paragraph left out.

    ``starts_paragraph`` names lines that always begin a paragraph of their own, such as
    the loader's labels ("Antwort:"), which a full line before them must not swallow.

    Example:
        >>> text = "Er sagte, dass\\ner kommt.\\nSie nicht."
        >>> [text[start:end] for start, end in paragraph_spans(text)]
        ['Er sagte, dass\\ner kommt.', 'Sie nicht.']
    """
    lines = _lines_with_blanks(text)
    width = wrap_width([line.text if line else "" for line in lines])
    spans: list[tuple[int, int]] = []
    previous: _Line | None = None
    for line in lines:
        if line is None:
            previous = None
            continue
        joins = (
            previous is not None
            and is_layout_break(previous.text, line.text, width)
            and not (starts_paragraph and starts_paragraph(line.text))
        )
        if joins:
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
        previous = line
    return spans


def _lines_with_blanks(text: str) -> list[_Line | None]:
    """Every line of ``text``, ``None`` for a blank one."""
    lines: list[_Line | None] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped))
        else:
            lines.append(None)
        offset += len(raw) + 1
    return lines


def _next_word_overflows(line: str, next_line: str, width: int) -> bool:
    if len(line) > width:
        return False
    first_word = next_line.split(maxsplit=1)[0]
    return len(line) + 1 + len(first_word) > width


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None and _SHORT_WORD_DOT.search(line) is None


def _starts_small(line: str) -> bool:
    return line[:1].isalpha() and line[:1].islower()
