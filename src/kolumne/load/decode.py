"""From bytes to normalised text: decoding, refusing what is not a column, repairs.

1. bytes → text: BOM, UTF-8, UTF-16, cp1252/latin-1 (guessed with charset-normalizer);
   UTF-8 with a few invalid bytes stays UTF-8 (the bytes become U+FFFD, with a warning);
   NUL bytes, control characters and HTML pages are refused;
2. text → normalised text: mojibake (UTF-8 that was read as cp1252, "GrÃ¼ÃŸe"), line
   ends, HTML entities, non-breaking spaces and soft hyphens are repaired, zero-width
   and bidirectional control characters are removed, and every repair adds a warning to
   ``Column.warnings``.

Example:
    >>> normalise("GrÃ¼ÃŸe&nbsp;aus Köln")[0]
    'Grüße aus Köln'
"""

from __future__ import annotations

import html
import re

import charset_normalizer

from kolumne.load.errors import ColumnFormatError

HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Below U+0020, except tab, line feed, form feed and carriage return.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
NON_BREAKING_SPACES = frozenset("\u00a0\u202f")
SOFT_HYPHEN = "\u00ad"
BYTE_ORDER_MARK = "\ufeff"
# Invisible characters that split or glue words unnoticed (copied from web pages, chat
# apps and right-to-left text): zero-width characters and the bidirectional controls.
INVISIBLE_CHARACTER_NAMES = {
    "\u200b": "zero-width space U+200B",
    "\u200c": "zero-width non-joiner U+200C",
    "\u200d": "zero-width joiner U+200D",
    "\u2060": "word joiner U+2060",
    "\ufeff": "zero-width no-break space U+FEFF",
    "\u200e": "left-to-right mark U+200E",
    "\u200f": "right-to-left mark U+200F",
    "\u202a": "left-to-right embedding U+202A",
    "\u202b": "right-to-left embedding U+202B",
    "\u202c": "pop directional formatting U+202C",
    "\u202d": "left-to-right override U+202D",
    "\u202e": "right-to-left override U+202E",
    "\u2066": "left-to-right isolate U+2066",
    "\u2067": "right-to-left isolate U+2067",
    "\u2068": "first strong isolate U+2068",
    "\u2069": "pop directional isolate U+2069",
}
_SYMBOL = r"[^\w\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
# A zero-width joiner between two symbols (neither letter, digit nor space) builds one
# emoji from several ("👨‍👩‍👧") and is part of the text; anywhere else it is as invisible
# as the rest.
INVISIBLE_CHARACTER = re.compile(
    "["
    + "".join(sorted(set(INVISIBLE_CHARACTER_NAMES) - {"\u200d"}))
    + f"]|(?<!{_SYMBOL})\u200d|\u200d(?!{_SYMBOL})"
)
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


def refuse_html(text: str) -> None:
    # A page starts with a tag (or a comment); a column that merely mentions "<html>"
    # in its text does not.
    start = text.lstrip(BYTE_ORDER_MARK + " \t\r\n")[:1024]
    if start.startswith("<") and HTML_PAGE.search(start):
        raise ColumnFormatError(
            "the file is an HTML page, not a plain-text column; copy the column's text "
            "(question, answer, links, footer) into a UTF-8 .txt file"
        )


def refuse_binary(text: str) -> None:
    controls = len(CONTROL_CHARACTER.findall(text))
    if controls > max(2, len(text) // 100):
        raise ColumnFormatError(
            "the file looks like binary data (control characters), not text; expected "
            "a plain-text column (.txt, UTF-8)"
        )


def normalise(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake, line ends, HTML entities, non-breaking spaces and soft hyphens;
    remove zero-width and bidirectional control characters.

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
    text, invisible_warnings = _remove_invisible_characters(text)
    warnings += invisible_warnings
    return text, tuple(warnings)


def _remove_invisible_characters(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove zero-width and bidirectional control characters, with a warning that names
    them, in the order they first occur.

    Example:
        >>> _remove_invisible_characters("Arbeits\u200bplatz, Kol\u200elege")
        ('Arbeitsplatz, Kollege', ('removed 2 invisible character(s) (zero-width space \
U+200B, left-to-right mark U+200E)',))
    """
    found = INVISIBLE_CHARACTER.findall(text)
    if not found:
        return text, ()
    names = ", ".join(INVISIBLE_CHARACTER_NAMES[character] for character in dict.fromkeys(found))
    text = INVISIBLE_CHARACTER.sub("", text)
    return text, (f"removed {len(found)} invisible character(s) ({names})",)


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
