"""The parts of an advice column, as frozen dataclasses that point into its text.

Every part keeps ``start``/``end`` character offsets into ``Column.text`` (the
normalised text), like spaCy's ``Span``: the text of a part is always
``column.text[part.start:part.end]``, so nothing is copied out of context and the
whole column can be rebuilt from its parts.

Example:
    >>> sentence = Sentence(start=0, end=6, text="Nicht.")
    >>> sentence.text
    'Nicht.'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, NamedTuple

SectionKind = Literal["question", "answer"]
TokenKind = Literal["word", "number", "url", "email"]

# What Cloudflare's e-mail obfuscation leaves in scraped pages instead of an address.
REDACTED_EMAIL = "[email protected]"


@dataclass(frozen=True)
class Part:
    """A labelled stretch of ``Column.text``: a title, an intro, a heading, a salutation …

    ``kolumne.load.parts`` lists every part of a column in order, white space between
    them included, so the column can be rebuilt from them.

    Example:
        >>> Part(kind="salutation", start=0, end=14).end
        14
    """

    kind: str
    start: int
    end: int


class Token(NamedTuple):
    """One token of a sentence: a word, a number, a web or an e-mail address.

    ``start``/``end`` index ``Column.text``; ``text`` is the token as counted (a compound
    word leaves out a quotation mark at its hyphen: "„Peter“-Situation" is
    "Peter-Situation"). ``kolumne.text.words`` says what each kind covers.

    A named tuple rather than a frozen dataclass: a column of a thousand words makes a
    thousand tokens, and a named tuple is made in half the time, in less memory.

    Example:
        >>> Token(start=0, end=5, text="Nicht", kind="word").kind
        'word'
    """

    start: int
    end: int
    text: str
    kind: TokenKind = "word"


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text`` equals ``column.text[start:end]``.

    ``tokens`` are made once, by the loader, with ``kolumne.text.tokens``; every measure
    counts from them, so "words" means the same in every number.

    Example:
        >>> sentence = Sentence(start=10, end=16, text="Nicht.",
        ...                     tokens=(Token(10, 15, "Nicht"),))
        >>> [token.text for token in sentence.words]
        ['Nicht']
    """

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()

    # Cached: every measure asks for the words; the sentence never changes.
    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The ``word`` tokens: what word counts, rates and syllables count.

        Example:
            >>> Sentence(0, 4, "9 Uhr", (Token(0, 1, "9", "number"), Token(2, 5, "Uhr"))).words
            (Token(start=2, end=5, text='Uhr', kind='word'),)
        """
        words = tuple([token for token in self.tokens if token.kind == "word"])
        # Most sentences hold only words: share the tuple rather than keep a copy.
        return self.tokens if len(words) == len(self.tokens) else words


@dataclass(frozen=True)
class Paragraph:
    """A block of text between line breaks, with its sentences.

    ``is_heading`` marks a sub-heading inside a section (a short line without final
    punctuation): it stays in the section's text but is not counted as a sentence.

    Example:
        >>> Paragraph(start=0, end=6, sentences=(Sentence(0, 6, "Nicht."),)).sentences[0].text
        'Nicht.'
    """

    start: int
    end: int
    sentences: tuple[Sentence, ...]
    is_heading: bool = False


@dataclass(frozen=True)
class Section:
    """The question or the answer of one exchange.

    ``heading`` is the label line or inline label ("Frage:", "Antworten:", "Q.") and
    ``heading_start``/``heading_end`` locate it; ``start``/``end`` cover the body
    without the label, and ``text`` is that body. A salutation ("Liebe Tante Frieda,")
    and a signature ("Ihr verzweifelter Bernd", "(Martina, 54)") are parts of their own,
    outside the body. A cross-link line inside the body is left out of ``text``.

    Example:
        >>> section = Section(kind="answer", heading="Antworten:", text="Nicht.",
        ...                   start=11, end=17, paragraphs=())
        >>> section.kind
        'answer'
    """

    kind: SectionKind
    heading: str | None
    text: str
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]
    heading_start: int | None = None
    heading_end: int | None = None
    salutation: Part | None = None
    signature: Part | None = None

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences of the section in order, sub-headings left out.

        Example:
            >>> Section("question", None, "", 0, 0, ()).sentences
            ()
        """
        return tuple(
            sentence
            for paragraph in self.paragraphs
            if not paragraph.is_heading
            for sentence in paragraph.sentences
        )

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The word tokens of all sentences in order: what the section's ``words`` counts.

        Example:
            >>> Section("question", None, "", 0, 0, ()).words
            ()
        """
        return tuple(word for sentence in self.sentences for word in sentence.words)

    @cached_property
    def word_frequencies(self) -> Counter[str]:
        """How often each word occurs, as written.

        Readability and tone work on each distinct word once ("die", "und", "Sie"
        recur a lot); they share this count. Read it, do not change it.

        Example:
            >>> section = Section("answer", None, "", 0, 0, (Paragraph(0, 9, (
            ...     Sentence(0, 9, "Nie, nie.", (Token(0, 3, "Nie"), Token(5, 8, "nie"))),)),))
            >>> section.word_frequencies
            Counter({'Nie': 1, 'nie': 1})
        """
        return Counter(word.text for word in self.words)


@dataclass(frozen=True)
class Exchange:
    """One reader's question and the columnist's answer to it.

    Example:
        >>> empty = Section("question", None, "", 0, 0, ())
        >>> Exchange(question=empty, answer=empty).question.kind
        'question'
    """

    question: Section
    answer: Section


@dataclass(frozen=True)
class RelatedLink:
    """A cross-link line such as "Mehr: …" or "Lesen Sie auch: …"; ``text`` is the whole line.

    Example:
        >>> RelatedLink(text="Mehr: Ein Thema", start=0, end=15).text
        'Mehr: Ein Thema'
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Footer:
    """The copyright/bio block after the answer.

    Example:
        >>> Footer(text="© 2016, Lynne Curry.", start=0, end=20, year=2016,
        ...        author="Lynne Curry").year
        2016
    """

    text: str
    start: int
    end: int
    year: int | None = None
    author: str | None = None
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    @property
    def redacted_emails(self) -> int:
        """How many e-mail addresses a web scraper replaced by "[email protected]".

        Example:
            >>> Footer(text="", start=0, end=0, emails=("[email protected]",)).redacted_emails
            1
        """
        return sum(email == REDACTED_EMAIL for email in self.emails)


@dataclass(frozen=True)
class Column:
    """One advice column: its normalised text and the parts that point into it.

    ``title_part`` and ``intro_parts`` locate ``title`` and ``intro``; an intro cut in
    two by a cross-link line has two parts, and ``intro`` joins them with a line break.

    Example:
        >>> column = Column(text="", source="beispiel.txt")
        >>> column.column_id
        'beispiel'
    """

    text: str
    source: str | None = None
    encoding: str = "utf-8"
    language: Literal["de", "en"] = "de"
    title: str | None = None
    intro: str | None = None
    exchanges: tuple[Exchange, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    footer: Footer | None = None
    warnings: tuple[str, ...] = field(default=())
    title_part: Part | None = None
    intro_parts: tuple[Part, ...] = ()

    @property
    def column_id(self) -> str:
        """A stable identifier: the file name without its extension, or "column".

        Example:
            >>> Column(text="", source="data/columns/2016-kollege-sabotiert.txt").column_id
            '2016-kollege-sabotiert'
        """
        if self.source is None:
            return "column"
        return Path(self.source).stem

    @property
    def question(self) -> Section:
        """The first exchange's question, the usual case of one question per column.

        Example:
            >>> from kolumne import parse_column
            >>> parse_column("Frage:\\nWas tun?\\nAntwort:\\nNichts.").question.text
            'Was tun?'
        """
        return self.exchanges[0].question

    @property
    def answer(self) -> Section:
        """The first exchange's answer.

        Example:
            >>> from kolumne import parse_column
            >>> parse_column("Frage:\\nWas tun?\\nAntwort:\\nNichts.").answer.text
            'Nichts.'
        """
        return self.exchanges[0].answer


def parts(column: Column) -> tuple[Part, ...]:
    """Every part of the column in text order, with the white space between them.

    Joining ``column.text[part.start:part.end]`` over the parts rebuilds the text; a
    stretch that belongs to no part would show up with kind "unassigned".

    Example:
        >>> from kolumne.load import parse_column
        >>> column = parse_column("Frage: Was tun?\\nAntwort: Nichts.")
        >>> [part.kind for part in parts(column)]
        ['heading', 'whitespace', 'question', 'whitespace', 'heading', 'whitespace', 'answer']
    """
    found = [*([column.title_part] if column.title_part else []), *column.intro_parts]
    found += [Part("related", link.start, link.end) for link in column.related]
    for exchange in column.exchanges:
        for section in (exchange.question, exchange.answer):
            found += _section_parts(column, section)
    if column.footer:
        found.append(Part("footer", column.footer.start, column.footer.end))
    return _with_gaps(column.text, sorted(found, key=lambda part: part.start))


def _section_parts(column: Column, section: Section) -> list[Part]:
    found = [section.salutation, section.signature]
    if section.heading_start is not None:
        found.append(Part("heading", section.heading_start, section.heading_end))
    links = [
        (link.start, link.end)
        for link in column.related
        if section.start <= link.start < section.end
    ]
    found += [
        Part(section.kind, start, end)
        for start, end in split_around(column.text, section.start, section.end, links)
    ]
    return [part for part in found if part is not None]


def _with_gaps(text: str, found: list[Part]) -> tuple[Part, ...]:
    result = []
    position = 0
    for part in [*found, Part("end", len(text), len(text))]:
        if part.start > position:
            gap = text[position : part.start]
            result.append(
                Part("whitespace" if gap.isspace() else "unassigned", position, part.start)
            )
        if part.kind != "end":
            result.append(part)
        position = max(position, part.end)
    return tuple(result)


def split_around(
    text: str, start: int, end: int, holes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at the holes; each piece loses the white space at its edges.

    Example:
        >>> split_around("ab  cd  ef", 0, 10, [(4, 6)])
        [(0, 2), (8, 10)]
    """
    pieces = []
    for hole_start, hole_end in [*sorted(holes), (end, end)]:
        piece = text[start:hole_start]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            pieces.append((left, left + len(piece.strip())))
        start = hole_end
    return pieces
