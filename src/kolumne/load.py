"""From a file or a string to a ``Column``: decode, normalise, find the parts.

Reading happens in three steps, each a small function below:

1. bytes → text: BOM, UTF-8, UTF-16, cp1252/latin-1 (guessed with charset-normalizer);
   UTF-8 with a few invalid bytes stays UTF-8 (the bytes become U+FFFD, with a warning);
   NUL bytes, control characters, HTML pages and files over ``max_bytes`` are refused;
2. text → normalised text: mojibake (UTF-8 that was read as cp1252, "GrÃ¼ÃŸe"), line
   ends, HTML entities, non-breaking spaces and soft hyphens are repaired, and every
   repair adds a warning to ``Column.warnings``;
3. normalised text → parts: title, intro, cross-links, one question and one answer per
   exchange (labelled "Frage:"/"Antwort:" or written as a letter), footer.

Every character of the normalised text belongs to exactly one part or to the white
space between parts; ``parts`` lists them so the text can be rebuilt.

Example:
    >>> column = parse_column("Frage: Darf er das?\\nAntwort: Nein.\\n© 2024, Anna Berg.")
    >>> column.question.text, column.answer.text, column.footer.author
    ('Darf er das?', 'Nein.', 'Anna Berg')
"""

from __future__ import annotations

import errno
import glob
import html
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import charset_normalizer

from kolumne.model import (
    REDACTED_EMAIL,
    Column,
    Exchange,
    Footer,
    Paragraph,
    Part,
    RelatedLink,
    Section,
    SectionKind,
    Sentence,
)
from kolumne.text import Language, lowercase_word_frequencies, sentence_spans, words

DEFAULT_MAX_BYTES = 5_000_000

# --- patterns -----------------------------------------------------------------------

# A label opens a line and is followed by the end of the line or by the text it labels.
QUESTION_LABEL = re.compile(r"(?:Die Frage|Leserfrage|Frage|Question)\s*:|Q[.:](?=\s|$)")
ANSWER_LABEL = re.compile(
    r"(?:Die Antwort|Antworten|Antwort|Answer)\s*:|A[.:](?=\s|$)"
    r"|[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,3} (?:antwortet|answers|replies)\s*:"
)
RELATED_LINK = re.compile(r"(?:Mehr|Lesen Sie auch|Auch interessant|Read more)\s*:")
# A salutation line: "Liebe Tante Frieda,", "Hallo Frau Andrea,", "Dear Abby,".
# "Liebe Grüße," is a closing formula, not a salutation.
SALUTATION = re.compile(
    r"(?:Liebe|Lieber|Liebes|Hallo|Sehr geehrte[rs]?|Guten Tag|Dear|Hello|Hi)"
    r"(?! Grüße| Gruß)\b[^.!?\n]{0,60}[,!]"
)
# A signature that closes a question ("Ihr verzweifelter Bernd", "Martina, 54") or an
# answer ("Ihre Tante Frieda").
SIGNATURE = re.compile(
    r"(?:Ihr|Ihre|Dein|Deine|Euer|Eure|Yours|Your|Signed|Sincerely)\b[^.!?\n]{0,40}"
    r"|[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?, \d{1,3}(?: Jahre)?"
    r"|\([A-ZÄÖÜ][^()\n]{0,38}\)"
)
# "… zu verlieren. (Martina, 54)": a name in parentheses after the last sentence.
PARENTHESISED_SIGNATURE = re.compile(r"(?<=[.!?…\"“”»])\s+(\([A-ZÄÖÜ][^()\n]{0,38}\))$")
# "© 2016, Lynne Curry." — "(c)" and "Copyright" need a year, or "(c)" in a list would match.
COPYRIGHT = re.compile(
    r"(?:©|(?:\([cC]\)|Copyright)(?=\s*(?:19|20)\d\d))\s*(?P<year>(?:19|20)\d\d)?\s*,?\s*"
    r"(?P<author>[^\s.,\d][^.,\n]{0,50}?)?\s*(?:[.,]|$)"
)
# "Andrea Berg ist Paartherapeutin in Hamburg." — the columnist's bio after the answer.
BIO = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,3}) (?:ist|arbeitet als|is|works as) "
    r"(?:\S+ ){0,3}?\S*(?:therapeut|berater|coach|psycholog|kolumnist|autor|journalist"
    r"|arzt|ärzt|anwalt|anwält|expert|therapist|columnist|author|counsel|consultant"
    r"|lawyer)",
    re.IGNORECASE,
)
CONTACT = re.compile(r"(?:Kontakt|Contact|E-Mail|Email|Twitter|Telefon|Tel\.|Phone)\s*:")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REDACTED_EMAIL_PATTERN = re.compile(re.escape(REDACTED_EMAIL))
EMAIL_OR_REDACTED = re.compile(f"{REDACTED_EMAIL_PATTERN.pattern}|{EMAIL.pattern}")
URL = re.compile(r"(?:https?://|www\.)[^\s]+")
URL_TRAILING_PUNCTUATION = ".,;:!?)\"'“”»"
# A line that ends a sentence or a clause; a line without it may be a title or sub-heading.
FINAL_PUNCTUATION = re.compile(r"[.!?…:;,][\"'“”»«)]*$")
HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Below U+0020, except tab, line feed, form feed and carriage return.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
NON_BREAKING_SPACES = frozenset("\u00a0\u202f")
SOFT_HYPHEN = "\u00ad"
BYTE_ORDER_MARK = "\ufeff"
# An HTML page rather than a column's text: it starts with a tag, and a doctype or an
# <html>/<head>/<body> tag comes within its first kilobyte.
HTML_PAGE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# Mojibake: UTF-8 bytes that were decoded as cp1252 ("Grüße" read as "GrÃ¼ÃŸe"). A
# continuation byte 0x80-0xBF shows as one of these characters (cp1252 leaves five bytes
# undefined; decoders that keep them produce the C1 control of the same number).
_CONTINUATION_BYTES = {
    character: byte
    for byte in range(0x80, 0xC0)
    for character in [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)]
}
_CONTINUATION = "[" + re.escape("".join(_CONTINUATION_BYTES)) + "]"
# Only the lead bytes of the characters that German and English text actually use:
# Â/Ã (U+0080-U+00FF: äöüß, «», °, §, nbsp), Å (U+0140-U+017F: Œœ Šš Žž Ł) and â (U+2000-
# U+21FF: – — ‘ ’ “ ” „ … € ™). "Ä" and "Ö" lead bytes are left out on purpose: "Ö«"
# is ordinary German punctuation, not a broken "֫".
MOJIBAKE = re.compile(f"[ÂÃÅ]{_CONTINUATION}|â{_CONTINUATION}{{2}}")

# fmt: off
GERMAN_WORDS = frozenset({
    "der", "das", "und", "ich", "nicht", "ist", "mit", "zu", "den", "ein", "eine", "es",
    "auf", "für", "wie", "mein", "meine", "sich", "dass", "auch", "aber", "wenn", "wir",
    "haben", "habe", "sie", "ihr", "ihre", "mir", "mich", "von", "bei", "oder", "noch",
})
ENGLISH_WORDS = frozenset({
    "the", "and", "i", "to", "of", "is", "my", "that", "it", "you", "for", "with", "but",
    "not", "he", "she", "what", "have", "be", "me", "this", "your", "are", "do", "how", "can",
    "would", "should", "they", "them",
})
# fmt: on
SHORT_LINE_WORDS = 8
SIGNATURE_WORDS = 6
ADDRESS_LINE_WORDS = 3


class ColumnFormatError(ValueError):
    """A file or text that is not an advice column this loader understands.

    ``source`` is the file (or None for a string), ``line`` the 1-based line in the
    normalised text where the problem was found (or None), ``reason`` the message
    without them.

    Example:
        >>> error = ColumnFormatError("no answer", source="a.txt", line=3)
        >>> str(error), isinstance(error, ValueError)
        ('a.txt: line 3: no answer', True)
    """

    def __init__(self, reason: str, *, source: str | None = None, line: int | None = None):
        self.reason = reason
        self.source = source
        self.line = line
        super().__init__(self.describe(with_source=True))

    def describe(self, *, with_source: bool = False) -> str:
        """The message: "line N: reason", optionally after the source.

        Example:
            >>> ColumnFormatError("empty", source="a.txt").describe()
            'empty'
        """
        where = [self.source] if with_source and self.source else []
        where += [f"line {self.line}"] if self.line is not None else []
        return ": ".join([*where, self.reason])


# --- step 1: bytes → text ----------------------------------------------------------


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode a column file's bytes; return the text, the encoding used and warnings.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; UTF-8 with a few
    invalid bytes stays UTF-8 (each becomes U+FFFD, with a warning) when it holds more
    valid multi-byte characters than invalid sequences; anything else is guessed by
    charset-normalizer among the Western encodings (cp1252, latin-1), with a warning.
    Bytes with NUL in them (and no UTF-16 BOM) are refused as binary.

    Example:
        >>> decode("Grüße".encode("cp1252"))[:2]
        ('Grüße', 'cp1252')
    """
    if not data:
        raise ColumnFormatError("the file is empty; expected a question and an answer")
    if data.startswith(b"\xef\xbb\xbf"):
        text, warnings = _decode_replacing(data[3:], "utf-8")
        return text, "utf-8-sig", ("removed the UTF-8 byte order mark", *warnings)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, warnings = _decode_replacing(data, "utf-16")
        return (
            text,
            "utf-16",
            ("decoded the file as UTF-16 (it starts with a byte order mark)", *warnings),
        )
    if b"\x00" in data:
        first_nul = data.index(b"\x00")
        raise ColumnFormatError(
            f"the file holds binary data (a NUL byte at byte {first_nul:,}), not text; "
            "expected a plain-text column (.txt, UTF-8)"
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    # UTF-8 with a stray invalid byte or two (a truncated copy, a bad paste) is still
    # UTF-8: decoding it as cp1252 would turn every "ü" into "Ã¼". It counts as UTF-8
    # when it holds more valid multi-byte characters than invalid sequences.
    as_utf_8, utf_8_warnings = _decode_replacing(data, "utf-8")
    valid_multibyte = sum(1 for character in as_utf_8 if "\x7f" < character != "\ufffd")
    if valid_multibyte > as_utf_8.count("\ufffd"):
        return as_utf_8, "utf-8", utf_8_warnings
    guess = charset_normalizer.from_bytes(data, cp_isolation=["cp1252", "latin_1"]).best()
    encoding = guess.encoding if guess is not None else "latin_1"
    text, warnings = _decode_replacing(data, encoding)
    return (
        text,
        encoding,
        (
            f"the file is not UTF-8; decoded it as {encoding} (save it as UTF-8 to silence this)",
            *warnings,
        ),
    )


def _decode_replacing(data: bytes, encoding: str) -> tuple[str, tuple[str, ...]]:
    """Decode, replacing bytes that are invalid in ``encoding`` by U+FFFD, and say so."""
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if not replaced:
        return text, ()
    return text, (f"replaced {replaced} byte sequence(s) that are not valid {encoding} by U+FFFD",)


def _refuse_html(text: str) -> None:
    # A page starts with a tag (or a comment); a column that merely mentions "<html>"
    # in its text does not.
    start = text.lstrip(BYTE_ORDER_MARK + " \t\r\n")[:1024]
    if start.startswith("<") and HTML_PAGE.search(start):
        raise ColumnFormatError(
            "the file is an HTML page, not a plain-text column; copy the column's text "
            "(question, answer, links, footer) into a UTF-8 .txt file"
        )


def _refuse_binary(text: str) -> None:
    controls = len(CONTROL_CHARACTER.findall(text))
    if controls > max(2, len(text) // 100):
        raise ColumnFormatError(
            "the file looks like binary data (control characters), not text; expected "
            "a plain-text column (.txt, UTF-8)"
        )


# --- step 2: text → normalised text -------------------------------------------------


def normalise(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake, line ends, HTML entities, non-breaking spaces and soft hyphens.

    Return the normalised text and one warning per kind of repair.

    Example:
        >>> normalise("Sie sagte &quot;Nein&quot;.\\r\\n")
        ('Sie sagte "Nein".\\n', ('replaced 2 HTML entities (&quot;) by their characters', \
'converted 1 CRLF/CR line end(s) to LF'))
    """
    warnings = []
    if text.startswith(BYTE_ORDER_MARK):
        text = text[1:]
        warnings.append("removed a byte order mark at the start of the text")
    text, mojibake_warnings = _repair_mojibake(text)
    warnings += mojibake_warnings
    entities = [match.group() for match in HTML_ENTITY.finditer(text)]
    entities = [entity for entity in entities if html.unescape(entity) != entity]
    if entities:
        text = HTML_ENTITY.sub(lambda match: html.unescape(match.group()), text)
        names = ", ".join(sorted(set(entities))[:5])
        warnings.append(f"replaced {len(entities)} HTML entities ({names}) by their characters")
    line_ends = len(re.findall(r"\r\n?", text))
    if line_ends:
        text = re.sub(r"\r\n?", "\n", text)
        warnings.append(f"converted {line_ends} CRLF/CR line end(s) to LF")
    spaces = sum(text.count(space) for space in NON_BREAKING_SPACES)
    if spaces:
        text = "".join(" " if character in NON_BREAKING_SPACES else character for character in text)
        warnings.append(f"replaced {spaces} non-breaking space(s) by ordinary spaces")
    hyphens = text.count(SOFT_HYPHEN)
    if hyphens:
        text = text.replace(SOFT_HYPHEN, "")
        warnings.append(f"removed {hyphens} soft hyphen(s)")
    return text, tuple(warnings)


def _repair_mojibake(text: str) -> tuple[str, tuple[str, ...]]:
    """Undo UTF-8 read as cp1252, one character at a time, with a warning.

    A sequence is repaired only when its bytes decode as strict UTF-8 to a single
    printable character (U+00A0 or above); anything else is left as it is.

    Example:
        >>> _repair_mojibake("GrÃ¼ÃŸe")[0]
        'Grüße'
    """
    repaired: dict[str, str] = {}
    count = 0

    def repair(match: re.Match) -> str:
        sequence = match.group()
        raw = bytes([ord(sequence[0])]) + bytes(_CONTINUATION_BYTES[c] for c in sequence[1:])
        try:
            character = raw.decode("utf-8")
        except UnicodeDecodeError:
            return sequence
        if len(character) != 1 or character < "\u00a0":
            return sequence
        nonlocal count
        count += 1
        repaired.setdefault(sequence, character)
        return character

    result = MOJIBAKE.sub(repair, text)
    if not count:
        return text, ()
    examples = ", ".join(f"'{bad}' → '{good}'" for bad, good in list(repaired.items())[:5])
    warning = (
        f"repaired {count} mojibake sequence(s) ({examples}): UTF-8 text that was once "
        "decoded as cp1252; check the source if the repair looks wrong"
    )
    return result, (warning,)


def detect_language(text: str) -> Language:
    """ "de" or "en", whichever language's common function words occur more often.

    Example:
        >>> detect_language("My boss takes the credit for my work. What can I do?")
        'en'
    """
    frequencies = lowercase_word_frequencies(text)
    german = sum(frequencies[word] for word in GERMAN_WORDS & frequencies.keys())
    english = sum(frequencies[word] for word in ENGLISH_WORDS & frequencies.keys())
    return "en" if english > german else "de"


# --- step 3: normalised text → parts ------------------------------------------------


Span = tuple[int, int]


@dataclass(frozen=True)
class _Line:
    """A non-blank line: ``start``/``end`` leave out the white space around it."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Marker:
    """Where a question or answer begins: a label, or a letter's salutation."""

    kind: SectionKind
    index: int
    heading: Part | None
    body_start: int


def _content_lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            lines.append(_Line(number, start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def _is_related(line: _Line) -> bool:
    return RELATED_LINK.match(line.text) is not None


def _is_short_unpunctuated(text: str, max_words: int) -> bool:
    return len(text.split()) <= max_words and not FINAL_PUNCTUATION.search(text)


def _label_marker(line: _Line, index: int) -> _Marker | None:
    for kind, pattern in (("question", QUESTION_LABEL), ("answer", ANSWER_LABEL)):
        match = pattern.match(line.text)
        if match:
            label = match.group().rstrip()
            heading = Part("heading", line.start, line.start + len(label))
            rest = line.text[match.end() :]
            body_start = heading.end + (len(rest) - len(rest.lstrip()))
            return _Marker(kind, index, heading, body_start)
    return None


def _labelled_markers(lines: list[_Line], first: int) -> list[_Marker]:
    markers = []
    for index in range(first, len(lines)):
        if not _is_related(lines[index]):
            marker = _label_marker(lines[index], index)
            if marker:
                markers.append(marker)
    return markers


def _letter_markers(lines: list[_Line], first: int) -> list[_Marker]:
    """Salutations take turns: to the columnist (a question), to the reader (an answer)."""
    salutations = [
        index for index in range(first, len(lines)) if SALUTATION.fullmatch(lines[index].text)
    ]
    kinds = ("question", "answer")
    return [
        _Marker(kinds[position % 2], index, None, lines[index].start)
        for position, index in enumerate(salutations)
    ]


def _check_markers(markers: list[_Marker], lines: list[_Line], source: str | None) -> None:
    if not markers:
        raise ColumnFormatError(
            "found no question: expected a label such as 'Frage:', 'Question:' or 'Q.' "
            "at the start of a line, or a letter opening with a salutation such as "
            "'Liebe Tante Frieda,'; add a 'Frage:' line before the reader's question",
            source=source,
        )
    expected = "question"
    for marker in markers:
        line = lines[marker.index].number
        if marker.kind != expected and expected == "question":
            raise ColumnFormatError(
                f"found an answer ('{lines[marker.index].text[:30]}') but no question "
                "before it; expected a 'Frage:' / 'Question:' line first",
                source=source,
                line=line,
            )
        if marker.kind != expected:
            raise ColumnFormatError(
                "found a second question before the answer to the first; expected an "
                "'Antwort:' / 'Answer:' line (or a salutation to the reader) in between",
                source=source,
                line=line,
            )
        expected = "answer" if expected == "question" else "question"
    if markers[-1].kind == "question":
        raise ColumnFormatError(
            f"found the question (line {lines[markers[-1].index].number}) but no answer: "
            "expected a line starting with 'Antwort:', 'Answer:' or 'A.' (or a letter's "
            "salutation to the reader, such as 'Lieber Bernd,') after it",
            source=source,
        )


def _is_footer_line(line: _Line) -> bool:
    return bool(
        COPYRIGHT.match(line.text)
        or BIO.match(line.text)
        or CONTACT.match(line.text)
        or _is_address_line(line.text)
    )


def _is_address_line(text: str) -> bool:
    """A line of web or e-mail addresses ("Mehr unter www.….de"); an answer's sentence
    that mentions an address ("Hilfe finden Sie unter www.….de.") has more words."""
    without = REDACTED_EMAIL_PATTERN.sub(" ", URL.sub(" ", EMAIL.sub(" ", text)))
    return without != text and len(words(without)) <= ADDRESS_LINE_WORDS


def _footer_range(lines: list[_Line], last_answer: _Marker) -> tuple[int, int]:
    """The footer's first line and the line after its last one (equal when none).

    The footer begins at a copyright line, or at a run of bio/contact lines that closes
    the column; cross-link lines after it are not part of it. The last answer keeps its
    first line of text either way.
    """
    label_only = last_answer.body_start >= lines[last_answer.index].end
    earliest = last_answer.index + (2 if label_only else 1)
    end = len(lines)
    while end > earliest and _is_related(lines[end - 1]):
        end -= 1
    for index in range(earliest, end):
        if COPYRIGHT.match(lines[index].text):
            return index, end
    start = end
    while start > earliest and _is_footer_line(lines[start - 1]):
        start -= 1
    if start == end:
        return len(lines), len(lines)
    return start, end


def _title(lines: list[_Line]) -> Part | None:
    """The first line is a title ("Lebenshilfe", "Lynne Curry: When a coworker …") when
    it is short, has no final punctuation and is neither a label nor a cross-link."""
    if len(lines) < 2:
        return None
    first = lines[0]
    if (
        _is_short_unpunctuated(first.text, max_words=15)
        and not _is_related(first)
        and not SALUTATION.fullmatch(first.text)
        and _label_marker(first, 0) is None
        and not COPYRIGHT.match(first.text)
    ):
        return Part("title", first.start, first.end)
    return None


def _intro_parts(lines: list[_Line], first: int, stop: int) -> tuple[Part, ...]:
    """Runs of non-link lines before the first question, one part per run."""
    parts: list[Part] = []
    previous_was_intro = False
    for line in lines[first:stop]:
        if _is_related(line):
            previous_was_intro = False
        elif previous_was_intro:
            parts[-1] = Part("intro", parts[-1].start, line.end)
        else:
            parts.append(Part("intro", line.start, line.end))
            previous_was_intro = True
    return tuple(parts)


def _body_spans(lines: list[_Line], marker: _Marker, stop: int) -> list[Span]:
    """The (start, end) of every body line of a section, cross-link lines left out."""
    first = lines[marker.index]
    spans = [(marker.body_start, first.end)] if marker.body_start < first.end else []
    spans += [
        (line.start, line.end) for line in lines[marker.index + 1 : stop] if not _is_related(line)
    ]
    return spans


def _peel_salutation(spans: list[Span], text: str) -> tuple[Part | None, list[Span]]:
    start, end = spans[0] if spans else (0, 0)
    if len(spans) > 1 and SALUTATION.fullmatch(text[start:end]):
        return Part("salutation", start, end), spans[1:]
    return None, spans


def _peel_signature(
    spans: list[Span], text: str, kind: SectionKind, is_letter: bool
) -> tuple[Part | None, list[Span]]:
    if not spans:
        return None, spans
    start, end = spans[-1]
    last = text[start:end]
    if len(spans) > 1:
        is_short = _is_short_unpunctuated(last, SIGNATURE_WORDS)
        # In a letter, the reader's question ends with any short unpunctuated line
        # ("Verzweifelt in Köln"); elsewhere only a line that looks like a signature counts.
        is_signature = is_short and (
            (is_letter and kind == "question") or SIGNATURE.fullmatch(last) is not None
        )
        if is_signature:
            return Part("signature", start, end), spans[:-1]
    match = PARENTHESISED_SIGNATURE.search(last) if kind == "question" else None
    if match:
        signature = Part("signature", start + match.start(1), start + match.end(1))
        body_end = start + match.start()
        return signature, [*spans[:-1], (start, body_end)]
    return None, spans


def _is_sub_heading(position: int, spans: list[Span], text: str) -> bool:
    start, end = spans[position]
    line = text[start:end]
    return (
        position < len(spans) - 1
        and len(line.split()) <= SHORT_LINE_WORDS
        and not FINAL_PUNCTUATION.search(line)
        and line[0].isalnum()
    )


def _paragraph(start: int, end: int, text: str, language: Language, is_heading: bool) -> Paragraph:
    if is_heading:
        return Paragraph(start, end, (), is_heading=True)
    sentences = tuple(
        Sentence(start + sentence_start, start + sentence_end, sentence)
        for sentence_start, sentence_end, sentence in sentence_spans(text[start:end], language)
    )
    return Paragraph(start, end, sentences)


def _section(
    text: str,
    lines: list[_Line],
    marker: _Marker,
    stop: int,
    language: Language,
    is_letter: bool,
    source: str | None,
) -> Section:
    spans = _body_spans(lines, marker, stop)
    salutation, spans = _peel_salutation(spans, text)
    signature, spans = _peel_signature(spans, text, marker.kind, is_letter)
    if not spans:
        raise ColumnFormatError(
            f"the {marker.kind} is empty; expected its text after "
            f"'{lines[marker.index].text[:30]}'",
            source=source,
            line=lines[marker.index].number,
        )
    paragraphs = tuple(
        _paragraph(
            start,
            end,
            text,
            language,
            marker.kind == "answer" and _is_sub_heading(position, spans, text),
        )
        for position, (start, end) in enumerate(spans)
    )
    start, end = spans[0][0], spans[-1][1]
    heading = marker.heading
    return Section(
        kind=marker.kind,
        heading=text[heading.start : heading.end] if heading else None,
        text=_text_without_links(text, start, end, lines),
        start=start,
        end=end,
        paragraphs=paragraphs,
        heading_start=heading.start if heading else None,
        heading_end=heading.end if heading else None,
        salutation=salutation,
        signature=signature,
    )


def _text_without_links(text: str, start: int, end: int, lines: list[_Line]) -> str:
    links = [line for line in lines if _is_related(line) and start <= line.start < end]
    pieces = _split_around(text, start, end, [(link.start, link.end) for link in links])
    return "\n".join(text[piece_start:piece_end] for piece_start, piece_end in pieces)


def _split_around(
    text: str, start: int, end: int, holes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut ``start:end`` at the holes; each piece loses the white space at its edges."""
    pieces = []
    for hole_start, hole_end in [*sorted(holes), (end, end)]:
        piece = text[start:hole_start]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            pieces.append((left, left + len(piece.strip())))
        start = hole_end
    return pieces


def _first_match(pattern: re.Pattern, lines: list[_Line]) -> re.Match | None:
    return next((match for line in lines if (match := pattern.match(line.text))), None)


def _footer(text: str, lines: list[_Line], start: int, end: int) -> Footer | None:
    if start >= end:
        return None
    footer_lines = lines[start:end]
    footer_text = text[footer_lines[0].start : footer_lines[-1].end]
    copyright_match = _first_match(COPYRIGHT, footer_lines)
    bio_match = _first_match(BIO, footer_lines)
    year = copyright_match and copyright_match.group("year")
    # The copyright line names the author; without one, the bio line does.
    author = (copyright_match and copyright_match.group("author")) or (
        bio_match and bio_match.group("name")
    )
    return Footer(
        text=footer_text,
        start=footer_lines[0].start,
        end=footer_lines[-1].end,
        year=int(year) if year else None,
        author=author.strip() if author else None,
        emails=tuple(match.group() for match in EMAIL_OR_REDACTED.finditer(footer_text)),
        urls=tuple(
            match.group().rstrip(URL_TRAILING_PUNCTUATION) for match in URL.finditer(footer_text)
        ),
    )


def _redaction_warnings(text: str) -> tuple[str, ...]:
    count = text.count(REDACTED_EMAIL)
    if not count:
        return ()
    warning = (
        f"found {count} '{REDACTED_EMAIL}': an e-mail address removed by a web scraper, "
        "kept as a redacted address"
    )
    return (warning,)


def _parse(text: str, source: str | None, encoding: str, warnings: tuple[str, ...]) -> Column:
    lines = _content_lines(text)
    if not lines:
        raise ColumnFormatError(
            "the text holds only white space; expected a question and an answer",
            source=source,
        )
    language = detect_language(text)
    title = _title(lines)
    first = 1 if title else 0
    markers = _labelled_markers(lines, first)
    is_letter = not markers
    if is_letter:
        markers = _letter_markers(lines, first)
    _check_markers(markers, lines, source)
    footer_start, footer_end = _footer_range(lines, markers[-1])
    stops = [marker.index for marker in markers[1:]] + [footer_start]
    sections = [
        _section(text, lines, marker, stop, language, is_letter, source)
        for marker, stop in zip(markers, stops)
    ]
    intro_parts = _intro_parts(lines, first, markers[0].index)
    footer_lines = range(footer_start, footer_end)
    related = tuple(
        RelatedLink(line.text, line.start, line.end)
        for index, line in enumerate(lines)
        if index >= first and index not in footer_lines and _is_related(line)
    )
    return Column(
        text=text,
        source=source,
        encoding=encoding,
        language=language,
        title=text[title.start : title.end] if title else None,
        intro="\n".join(text[part.start : part.end] for part in intro_parts) or None,
        exchanges=tuple(Exchange(q, a) for q, a in zip(sections[::2], sections[1::2])),
        related=related,
        footer=_footer(text, lines, footer_start, footer_end),
        warnings=warnings + _redaction_warnings(text),
        title_part=title,
        intro_parts=intro_parts,
    )


# --- public API -------------------------------------------------------------------


def parse_column(text: str, *, source: str | None = None) -> Column:
    """Parse an advice column from a string.

    Raise ``ColumnFormatError`` when it has no question or no answer.

    Example:
        >>> column = parse_column("Lebenshilfe\\nFrage:\\nWas tun?\\nAntwort:\\nNichts.")
        >>> column.title, column.question.text, len(column.answer.sentences)
        ('Lebenshilfe', 'Was tun?', 1)
    """
    try:
        _refuse_html(text)
    except ColumnFormatError as error:
        raise ColumnFormatError(error.reason, source=source) from None
    normalised, warnings = normalise(text)
    return _parse(normalised, source, "utf-8", warnings)


def load_column(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Column:
    """Read a column file: check its size, detect the encoding, normalise and parse it.

    Raise ``ColumnFormatError`` for an empty, binary, HTML, oversized or unparseable file
    and for one that is not a regular file (a FIFO or a device, which could block or never
    end), and ``OSError`` for one that cannot be read (missing, a folder, no permission, a
    symlink loop). The size is checked before a byte is read.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
        >>> column.encoding, column.footer.year, len(column.related)
        ('utf-8', 2016, 3)
    """
    source = str(path)
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), source)
    if not stat.S_ISREG(status.st_mode):
        # Opening a FIFO blocks until a writer comes; a device may never end.
        raise ColumnFormatError(
            "not a regular file (a FIFO, socket or device); expected a plain-text column",
            source=source,
        )
    too_big = (
        f"over the limit of {max_bytes:,} bytes; a column is a few kilobytes (pass "
        "max_bytes=... to load_column to read it anyway)"
    )
    if status.st_size > max_bytes:
        raise ColumnFormatError(f"the file has {status.st_size:,} bytes, {too_big}", source=source)
    with open(path, "rb") as file:
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew after the size check
        raise ColumnFormatError(f"the file grew while being read, {too_big}", source=source)
    try:
        decoded, encoding, decode_warnings = decode(data)
        _refuse_binary(decoded)
        _refuse_html(decoded)
        normalised, warnings = normalise(decoded)
    except ColumnFormatError as error:
        raise ColumnFormatError(error.reason, source=source) from None
    return _parse(normalised, source, encoding, decode_warnings + warnings)


@dataclass(frozen=True)
class Failure:
    """A file that could not be loaded, and why.

    Example:
        >>> Failure(file="leer.txt", reason="the file is empty").file
        'leer.txt'
    """

    file: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The columns that loaded, in order, and the files that did not.

    Example:
        >>> Corpus(columns=(), failures=()).columns
        ()
    """

    columns: tuple[Column, ...]
    failures: tuple[Failure, ...]


def describe_error(error: Exception) -> str:
    """What went wrong with a file, for a person: without the file name, no traceback.

    Example:
        >>> describe_error(FileNotFoundError(2, "No such file or directory", "x.txt"))
        'No such file or directory'
    """
    if isinstance(error, ColumnFormatError):
        return error.describe()
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def column_files(item: str | os.PathLike) -> list[Path]:
    """The files an item names: a folder's .txt files (sorted), a glob's matches, or the
    file itself. Raise OSError for an unlistable folder or a pattern matching nothing.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [path.name for path in column_files(columns_dir())]
        ['2016-kollege-sabotiert.txt']
    """
    return [Path(name) for name in column_file_names(item)]


def column_file_names(item: str | os.PathLike) -> list[str]:
    """``column_files`` as strings: for archives of many thousand files, where a
    ``Path`` object per file costs several times the memory of its name.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [os.path.basename(name) for name in column_file_names(columns_dir())]
        ['2016-kollege-sabotiert.txt']
    """
    pattern = os.fspath(item)
    if glob.has_magic(pattern):
        # Sorted as Path objects sort: part by part ("a/x" before "a-b/x").
        matches = sorted(glob.glob(pattern), key=lambda name: name.split(os.sep))
        if not matches:
            raise FileNotFoundError(errno.ENOENT, "no file matches this pattern", pattern)
        return matches
    if os.path.isdir(pattern):
        names = sorted(name for name in os.listdir(pattern) if os.path.splitext(name)[1] == ".txt")
        return [os.path.join(pattern, name) for name in names]
    return [pattern]


def load_corpus(
    paths_or_folder_or_glob: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    errors: Literal["collect", "raise"] = "collect",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Load many columns: a folder (its .txt files, sorted), a glob, a file or a list.

    With ``errors="collect"`` a file that fails becomes a ``Failure`` and the others
    still load; with ``errors="raise"`` the first failure is raised.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> corpus = load_corpus(columns_dir())
        >>> [column.column_id for column in corpus.columns], corpus.failures
        (['2016-kollege-sabotiert'], ())
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    items = (
        [paths_or_folder_or_glob]
        if isinstance(paths_or_folder_or_glob, (str, os.PathLike))
        else list(paths_or_folder_or_glob)
    )
    columns, failures = [], []

    def record(file: str | os.PathLike, error: Exception) -> None:
        if errors == "raise":
            raise error
        failures.append(Failure(str(file), describe_error(error)))

    for item in items:
        try:
            paths = column_files(item)
        except OSError as error:
            record(item, error)
            continue
        for path in paths:
            try:
                columns.append(load_column(path, max_bytes=max_bytes))
            except (OSError, ColumnFormatError) as error:
                record(path, error)
    return Corpus(tuple(columns), tuple(failures))


def parts(column: Column) -> tuple[Part, ...]:
    """Every part of the column in text order, with the white space between them.

    Joining ``column.text[part.start:part.end]`` over the parts rebuilds the text; a
    stretch that belongs to no part would show up with kind "unassigned".

    Example:
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
        for start, end in _split_around(column.text, section.start, section.end, links)
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


def column_to_dict(column: Column) -> dict:
    """The column as plain JSON data, in the shape ``kolumne parse --json`` prints.

    Example:
        >>> data = column_to_dict(parse_column("Q. Why?\\nA. Because."))
        >>> data["exchanges"][0]["answer"]["text"], data["language"], data["footer"]
        ('Because.', 'de', None)
    """
    footer = column.footer
    return {
        "source": column.source,
        "encoding": column.encoding,
        "language": column.language,
        "title": column.title,
        "intro": column.intro,
        "exchanges": [
            {
                "question": _section_to_dict(exchange.question),
                "answer": _section_to_dict(exchange.answer),
            }
            for exchange in column.exchanges
        ],
        "related": [
            {"text": link.text, "start": link.start, "end": link.end} for link in column.related
        ],
        "footer": None
        if footer is None
        else {
            "text": footer.text,
            "year": footer.year,
            "author": footer.author,
            "emails": list(footer.emails),
            "urls": list(footer.urls),
        },
        "warnings": list(column.warnings),
    }


def _section_to_dict(section: Section) -> dict:
    return {
        "heading": section.heading,
        "text": section.text,
        "start": section.start,
        "end": section.end,
        "paragraphs": [
            {
                "start": paragraph.start,
                "end": paragraph.end,
                "sentences": [
                    {"text": sentence.text, "start": sentence.start, "end": sentence.end}
                    for sentence in paragraph.sentences
                ],
            }
            for paragraph in section.paragraphs
        ],
    }


def outline(column: Column) -> str:
    """A short readable summary of the column's parts, as ``kolumne parse`` prints it.

    Example:
        >>> print(outline(parse_column("Frage: Was tun?\\nAntwort: Nichts.", source="a.txt")))
        a.txt (utf-8, de)
          exchange 1
            question "Frage:": 1 paragraph(s), 1 sentence(s): Was tun?
            answer "Antwort:": 1 paragraph(s), 1 sentence(s): Nichts.
    """
    lines = [f"{column.source or 'column'} ({column.encoding}, {column.language})"]
    if column.title:
        lines.append(f"  title: {column.title}")
    if column.intro:
        lines.append(f"  intro: {_shorten(column.intro)}")
    for number, exchange in enumerate(column.exchanges, start=1):
        lines.append(f"  exchange {number}")
        for section in (exchange.question, exchange.answer):
            label = f'"{section.heading}"' if section.heading else "(letter)"
            lines.append(
                f"    {section.kind} {label}: {len(section.paragraphs)} paragraph(s), "
                f"{len(section.sentences)} sentence(s): {_shorten(section.text)}"
            )
            for part in (section.salutation, section.signature):
                if part:
                    lines.append(f"      {part.kind}: {column.text[part.start : part.end]}")
    lines += [f"  related: {_shorten(link.text)}" for link in column.related]
    if column.footer:
        footer = column.footer
        lines.append(
            f"  footer: year {footer.year}, author {footer.author}, "
            f"e-mails {list(footer.emails)}, urls {list(footer.urls)}"
        )
    lines += [f"  warning: {warning}" for warning in column.warnings]
    return "\n".join(lines)


def _shorten(text: str, width: int = 60) -> str:
    single_line = " ".join(text.split())
    return single_line if len(single_line) <= width else single_line[: width - 1] + "…"
