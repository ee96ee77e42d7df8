"""From normalised text to a ``Column``: the parts, sentences and tokens.

The text is read line by line: title, intro, cross-links, one question and one answer
per exchange (labelled "Frage:"/"Antwort:" or written as a letter), footer. Each
section's paragraphs are split into sentences and each sentence into tokens, once,
with ``kolumne.text``; every measure counts from these tokens.

Every character of the normalised text belongs to exactly one part or to the white
space between parts; ``kolumne.model.parts`` lists them so the text can be rebuilt.

Example:
    >>> column = parse_column("Frage: Darf er das?\\nAntwort: Nein.\\n© 2024, Anna Berg.")
    >>> column.question.text, column.answer.text, column.footer.author
    ('Darf er das?', 'Nein.', 'Anna Berg')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kolumne.load.decode import normalise, refuse_html
from kolumne.load.errors import ColumnFormatError
from kolumne.load.language import detect_language
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
    split_around,
)
from kolumne.text import Language, paragraph_sentence_spans, tokens, words
from kolumne.text.paragraphs import paragraph_spans, wrap_width
from kolumne.text.words import EMAIL, URL

# A label opens a line and is followed by the end of the line or by the text it labels.
QUESTION_LABEL = re.compile(r"(?:Die Frage|Leserfrage|Frage|Question)\s*:|Q[.:](?=\s|$)")
ANSWER_LABEL = re.compile(
    r"(?:Die Antwort|Antworten|Antwort|Answer)\s*:|A[.:](?=\s|$)"
    r"|[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,3} (?:antwortet|answers|replies)\s*:"
)
RELATED_LINK = re.compile(r"(?:Mehr|Lesen Sie auch|Auch interessant|Read more)\s*:")
# A dot in a salutation only ends an abbreviation, an initial ("Liebe Frau S.,", "Dear
# Mrs. K.,") or a title ("Dr.", "Prof.", "Mr."), and only another name or the closing
# comma follows it: "Liebe Frau S. hat recht!" is a sentence.
_ABBREVIATION_DOT = (
    r"(?:(?<=\b[A-ZÄÖÜ])|(?<=\bDr)|(?<=\bProf)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bMx))"
    r"\.(?=[,!]| [A-ZÄÖÜ])"
)
# A salutation line: "Liebe Tante Frieda,", "Hallo Frau Andrea,", "Dear Abby,".
# "Liebe Grüße," is a closing formula, not a salutation. After "Liebe"/"Lieber" comes the
# addressee, a name or noun ("Lieber Bernd,") or an inflected adjective before one
# ("Liebe verzweifelte Mutter,", "Liebe alle,"); another word makes the line a sentence
# about love or preference ("Liebe ist alles!", "Lieber spät als nie!", "Lieber eine
# Absage als gar keine!").
SALUTATION = re.compile(
    r"(?:(?:Liebe|Lieber|Liebes)(?= [A-ZÄÖÜ]| (?!k?ein)[a-zäöüß]+(?:e|er|es|en|em)\b)"
    r"|Hallo|Sehr geehrte[rs]?|Guten Tag|Dear|Hello|Hi)"
    rf"(?! Grüße| Gruß)\b(?:[^.!?\n]|{_ABBREVIATION_DOT}){{0,60}}[,!]"
)
# The closing formula of a letter, before the name that signs it: the German ones of
# DIN 5008's business letter and of private letters ("Mit freundlichen Grüßen", "Viele
# Grüße", "Herzlich"), the wishes that close an advice column ("Alles Gute", "Viel
# Glück") and the English valedictions ("Best wishes", "Kind regards", "Yours sincerely").
# Alone on a line ("Viele Grüße" above "Ihre Tante Frieda") or before the name on its line
# ("Herzlich, Ihre Tante Frieda"), it belongs to the signature, not to the sentences.
_CLOSING = (
    r"(?:Mit (?:freundlichen|herzlichen|lieben|besten|vielen) Grüßen"
    r"|(?:Herzliche|Liebe|Viele|Beste|Freundliche|Schöne|Sonnige) Grüße"
    r"|(?:Herzlichen|Lieben|Besten|Freundlichen) Gruß"
    r"|Herzlichst|Herzlich|Alles Gute|Alles Liebe|Viel Glück|Viel Erfolg|Viel Kraft"
    r"|Best wishes|(?:Best|Kind|Warm|Warmest) regards|Regards|All the best"
    r"|Yours (?:sincerely|truly|faithfully)|Sincerely|Warmly|Good luck|Love|Cheers|Best)"
)
CLOSING_LINE = re.compile(rf"{_CLOSING}[,!.]?")
LEADING_CLOSING = re.compile(rf"{_CLOSING}[,!.]? (?=\S)")
_SIGNED_BY = r"(?:Ihr|Ihre|Dein|Deine|Euer|Eure|Yours|Your|Signed|Sincerely)\b"
SIGNED_BY = re.compile(_SIGNED_BY)
# Who signs: "Ihre Tante Frieda", "Abby", "Dr. Anna Berg", "Ihre Sabine S.".
_SIGNER = rf"{_SIGNED_BY}[^.!?\n]{{0,40}}|[A-ZÄÖÜ][\w'’-]*\.?(?: [A-ZÄÖÜ][\w'’-]*\.?){{0,3}}"
SIGNER = re.compile(_SIGNER)
# "Sabine S.": the initial of a surname, whose dot does not end a sentence.
INITIAL_AT_END = re.compile(r"\b[A-ZÄÖÜ]\.$")
# A signature that closes a question ("Ihr verzweifelter Bernd", "Ihre Sabine S.",
# "Martina, 54") or an answer ("Ihre Tante Frieda", "Herzlich, Ihre Tante Frieda", "Best
# wishes, Abby").
SIGNATURE = re.compile(
    rf"{_SIGNED_BY}[^.!?\n]{{0,40}}(?:\b[A-ZÄÖÜ]\.)?"
    r"|[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?, \d{1,3}(?: Jahre)?"
    r"|\([A-ZÄÖÜ][^()\n]{0,38}\)"
    rf"|{_CLOSING}[,!.]? (?:{_SIGNER})"
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
REDACTED_EMAIL_PATTERN = re.compile(re.escape(REDACTED_EMAIL))
EMAIL_OR_REDACTED = re.compile(f"{REDACTED_EMAIL_PATTERN.pattern}|{EMAIL.pattern}")
# A line that ends a sentence or a clause; a line without it may be a title or sub-heading.
FINAL_PUNCTUATION = re.compile(r"[.!?…:;,][\"'“”»«)]*$")

SHORT_LINE_WORDS = 8
SIGNATURE_WORDS = 6
ADDRESS_LINE_WORDS = 3


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
    """The paragraphs of ``text`` as lines: a line that a hard-wrapped layout broke is
    joined with the next (see ``kolumne.text.paragraphs``), so a paragraph, a cross-link
    or a footer line that runs over several lines is one line here."""
    lines = []
    number, counted_to = 1, 0
    for start, end in paragraph_spans(text, starts_paragraph=_starts_part):
        number += text.count("\n", counted_to, start)
        counted_to = start
        lines.append(_Line(number, start, end, text[start:end]))
    return lines


def _starts_part(line: str) -> bool:
    """A line that begins a part of the column (a label, a cross-link, a salutation, a
    signature or a copyright line): a full line before it never swallows it. (A bio or
    contact line follows a sentence's end, after which no line is joined anyway.)"""
    return bool(
        QUESTION_LABEL.match(line)
        or ANSWER_LABEL.match(line)
        or RELATED_LINK.match(line)
        or SALUTATION.fullmatch(line)
        or SIGNATURE.fullmatch(line)
        or COPYRIGHT.match(line)
    )


def _layout_warnings(text: str, lines: list[_Line]) -> tuple[str, ...]:
    breaks = sum(text.count("\n", line.start, line.end) for line in lines)
    if not breaks:
        return ()
    width = wrap_width([raw.strip() for raw in text.split("\n")])
    if width is not None:
        warning = (
            f"the text looks hard-wrapped at {width} characters: read {breaks} line "
            "break(s) inside paragraphs as spaces"
        )
    else:
        warning = (
            f"read {breaks} line break(s) as spaces: the line before each ends mid-sentence "
            "and the next goes on in small letters"
        )
    return (warning,)


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


def _is_footer_line(line: _Line, language: Language) -> bool:
    return bool(
        COPYRIGHT.match(line.text)
        or BIO.match(line.text)
        or CONTACT.match(line.text)
        or _is_address_line(line.text, language)
    )


def _is_address_line(text: str, language: Language) -> bool:
    """A line of web or e-mail addresses ("Mehr unter www.….de"); an answer's sentence
    that mentions an address ("Hilfe finden Sie unter www.….de.") has more words."""
    without = REDACTED_EMAIL_PATTERN.sub(" ", URL.sub(" ", EMAIL.sub(" ", text)))
    return without != text and len(words(without, language)) <= ADDRESS_LINE_WORDS


def _footer_range(lines: list[_Line], last_answer: _Marker, language: Language) -> tuple[int, int]:
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
    while start > earliest and _is_footer_line(lines[start - 1], language):
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


def _closing_line_start(spans: list[Span], text: str) -> int | None:
    """Where a closing formula alone on the line before the last begins ("Viele Grüße"
    above "Ihre Tante Frieda"), when text comes before it."""
    if len(spans) < 3:
        return None
    start, end = spans[-2]
    return start if CLOSING_LINE.fullmatch(text[start:end]) else None


def _is_signature(line: str, kind: SectionKind, is_letter: bool, after_closing: bool) -> bool:
    # The closing formula on the line ("Mit herzlichen Grüßen, …") does not count
    # towards a signature's length: only who signs does.
    signer = LEADING_CLOSING.sub("", line, count=1)
    if INITIAL_AT_END.search(signer):
        return _is_signed_with_initial(signer, kind, is_letter, after_closing or signer != line)
    if not _is_short_unpunctuated(signer, SIGNATURE_WORDS):
        return False
    # In a letter, the reader's question ends with any short unpunctuated line
    # ("Verzweifelt in Köln"); elsewhere only a line that looks like a signature counts,
    # or a name below a closing formula ("Best wishes," above "Abby").
    return (
        (is_letter and kind == "question")
        or SIGNATURE.fullmatch(line) is not None
        or (after_closing and SIGNER.fullmatch(line) is not None)
    )


def _is_signed_with_initial(
    signer: str, kind: SectionKind, is_letter: bool, after_closing: bool
) -> bool:
    # Only names end in an initial ("Ihre Sabine S."); "Fragen Sie Frau K." and "Ich
    # habe keinen Plan B." are sentences, so the line must also read as signed: a
    # "Ihre …", a closing formula before it, or the last line of a reader's letter.
    is_name = len(signer.split()) <= SIGNATURE_WORDS and SIGNER.fullmatch(signer) is not None
    is_signed = (
        (is_letter and kind == "question") or after_closing or SIGNED_BY.match(signer) is not None
    )
    return is_name and is_signed


def _peel_signature(
    spans: list[Span], text: str, kind: SectionKind, is_letter: bool
) -> tuple[Part | None, list[Span]]:
    if not spans:
        return None, spans
    start, end = spans[-1]
    last = text[start:end]
    closing_start = _closing_line_start(spans, text)
    if len(spans) > 1 and _is_signature(last, kind, is_letter, closing_start is not None):
        if closing_start is None:
            return Part("signature", start, end), spans[:-1]
        return Part("signature", closing_start, end), spans[:-2]
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
    sentences = []
    for sentence_start, sentence_end in paragraph_sentence_spans(text[start:end], language):
        sentence = text[start + sentence_start : start + sentence_end]
        sentences.append(
            Sentence(
                start + sentence_start,
                start + sentence_end,
                sentence,
                tokens(sentence, language, offset=start + sentence_start),
            )
        )
    return Paragraph(start, end, tuple(sentences))


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
    pieces = split_around(text, start, end, [(link.start, link.end) for link in links])
    return "\n".join(text[piece_start:piece_end] for piece_start, piece_end in pieces)


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
        urls=tuple(match.group() for match in URL.finditer(footer_text)),
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


def parse_normalised(
    text: str, source: str | None, encoding: str, warnings: tuple[str, ...]
) -> Column:
    """Parse text that ``kolumne.load.decode.normalise`` has already normalised.

    ``encoding`` and ``warnings`` are those of reading the file; they are kept on the column.

    Example:
        >>> parse_normalised("Frage: Was?\\nAntwort: Nichts.", "a.txt", "utf-8", ()).language
        'de'
    """
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
    footer_start, footer_end = _footer_range(lines, markers[-1], language)
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
        warnings=warnings + _layout_warnings(text, lines) + _redaction_warnings(text),
        title_part=title,
        intro_parts=intro_parts,
    )


def parse_column(text: str, *, source: str | None = None) -> Column:
    """Parse an advice column from a string.

    Raise ``ColumnFormatError`` when it has no question or no answer.

    Example:
        >>> column = parse_column("Lebenshilfe\\nFrage:\\nWas tun?\\nAntwort:\\nNichts.")
        >>> column.title, column.question.text, len(column.answer.sentences)
        ('Lebenshilfe', 'Was tun?', 1)
    """
    try:
        refuse_html(text)
    except ColumnFormatError as error:
        raise ColumnFormatError(error.reason, source=source) from None
    normalised, warnings = normalise(text)
    return parse_normalised(normalised, source, "utf-8", warnings)


def parse_section(text: str, language: Language, kind: SectionKind = "answer") -> Section:
    """A text of your own as one section, to measure it like a column's question or answer.

    Paragraphs, sentences and tokens are made as for a column (a hard-wrapped text's
    paragraphs run over several lines). Offsets index ``text`` as given (it is not
    normalised).

    Example:
        >>> section = parse_section("Rufen Sie an. Sofort!\\nDanke.", "de")
        >>> [sentence.text for sentence in section.sentences], len(section.words)
        (['Rufen Sie an.', 'Sofort!', 'Danke.'], 5)
    """
    paragraphs = tuple(
        _paragraph(start, end, text, language, is_heading=False)
        for start, end in paragraph_spans(text)
    )
    start = paragraphs[0].start if paragraphs else 0
    end = paragraphs[-1].end if paragraphs else 0
    return Section(kind, None, text[start:end], start, end, paragraphs)


def parse_sentence(text: str, language: Language) -> Sentence:
    """``text`` as one sentence with its tokens (it is not split further).

    Example:
        >>> [token.kind for token in parse_sentence("Ab 9 Uhr: www.a.de", "de").tokens]
        ['word', 'number', 'word', 'url']
    """
    return Sentence(0, len(text), text, tokens(text, language))
