"""A column for people and programs: the outline ``kolumne parse`` prints, and JSON.

Example:
    >>> from kolumne.load.parse import parse_column
    >>> column_to_dict(parse_column("Q. Why?\\nA. Because."))["exchanges"][0]["answer"]["text"]
    'Because.'
"""

from __future__ import annotations

from kolumne.model import Column, Section


def column_to_dict(column: Column) -> dict:
    """The column as plain JSON data, in the shape ``kolumne parse --json`` prints.

    Example:
        >>> from kolumne.load import parse_column
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
                    {
                        "text": sentence.text,
                        "start": sentence.start,
                        "end": sentence.end,
                        "tokens": [
                            {
                                "text": token.text,
                                "kind": token.kind,
                                "start": token.start,
                                "end": token.end,
                            }
                            for token in sentence.tokens
                        ],
                    }
                    for sentence in paragraph.sentences
                ],
            }
            for paragraph in section.paragraphs
        ],
    }


def outline(column: Column) -> str:
    """A short readable summary of the column's parts, as ``kolumne parse`` prints it.

    Example:
        >>> from kolumne.load import parse_column
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
