"""Property tests: generated columns parse losslessly, as strings and as files in every
encoding and line-end style the loader accepts; any text or bytes parse or raise
ColumnFormatError, never another exception.

Examples per property come from a settings profile: "ci" (the env var CI is set, a few
thousand examples across the four properties) or "dev" (fewer, for a quick local run).
Both bound each example's time with a deadline, so a pathological input (a regular
expression that backtracks, a quadratic loop) fails the test instead of slowing it.
HYPOTHESIS_PROFILE=ci (or dev) picks one explicitly.
"""

import os
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolumne import ColumnFormatError, load_column, parse_column
from kolumne.model import parts

# Only this module uses hypothesis, so loading the profile here sets it for the run.
_COMMON = {"deadline": 2000, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=600, **_COMMON)  # 2,100 examples in all
settings.register_profile("dev", max_examples=150, **_COMMON)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
SETTINGS = settings()  # the loaded profile; kept as a decorator so each test shows it uses it

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
LINE_ENDS = ["\n", "\r\n", "\r"]

# Words that never start a label, a link, a salutation, a bio or a signature.
VOCABULARY = [
    "Haus",
    "gehen",
    "Peter",
    "heute",
    "warum",
    "nicht",
    "sehr",
    "Kollege",
    "Arbeit",
    "work",
    "boss",
    "Grüße",
    "Köln",
    "müde",
]
QUESTION_LABELS = ["Frage:", "Die Frage:", "Leserfrage:", "Question:", "Q."]
ANSWER_LABELS = ["Antwort:", "Antworten:", "Die Antwort:", "Answer:", "A.", "Anna antwortet:"]
LINK_PREFIXES = ["Mehr:", "Lesen Sie auch:", "Auch interessant:", "Read more:"]

sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8),
    st.sampled_from([".", "?", "!"]),
)
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
link = st.builds(
    lambda prefix, words: f"{prefix} {' '.join(words)}",
    st.sampled_from(LINK_PREFIXES),
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5),
)
footer = st.builds(
    lambda year, bio, contact: [f"© {year}, Erika Sommer."] + bio + contact,
    st.integers(1990, 2030),
    st.sampled_from([[], ["Erika Sommer ist Paartherapeutin in Köln."]]),
    st.sampled_from([[], ["Kontakt: [email protected]"], ["www.sommer.example.de"]]),
)


@st.composite
def labelled_section(draw, labels):
    label = draw(st.sampled_from(labels))
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=4))
    if draw(st.booleans()):
        lines = [f"{label} {paragraphs[0]}", *paragraphs[1:]]
    else:
        lines = [label, *paragraphs]
    return lines, len(paragraphs)


@st.composite
def generated_column(draw):
    """Return the column text and what the parser should find in it."""
    lines = []
    expected = {"title": None, "related": 0, "paragraphs": [], "year": None}
    if draw(st.booleans()):
        lines.append("Lebenshilfe")
        expected["title"] = "Lebenshilfe"
    lines += draw(st.lists(paragraph, max_size=2))
    for _ in range(draw(st.integers(1, 3))):
        links = draw(st.lists(link, max_size=2))
        question, question_count = draw(labelled_section(QUESTION_LABELS))
        between = draw(st.lists(link, max_size=2))
        answer, answer_count = draw(labelled_section(ANSWER_LABELS))
        lines += [*links, *question, *between, *answer]
        expected["related"] += len(links) + len(between)
        expected["paragraphs"].append((question_count, answer_count))
    trailing = draw(st.lists(link, max_size=2))
    lines += trailing
    expected["related"] += len(trailing)
    if draw(st.booleans()):
        footer_lines = draw(footer)
        lines += footer_lines
        expected["year"] = int(footer_lines[0][2:6])
    # One line end for the whole text (LF, CRLF or CR) or a mix, line by line; a blank
    # line between the lines or not.
    style = draw(st.sampled_from([*LINE_ENDS, "mixed"]))
    ends = [draw(st.sampled_from(LINE_ENDS)) if style == "mixed" else style for _ in lines]
    blank = draw(st.booleans())
    text = (
        "".join(line + end + (end if blank else "") for line, end in zip(lines[:-1], ends))
        + lines[-1]
        + draw(st.sampled_from(["", ends[-1]]))
    )
    return text, expected


def assert_lossless(column):
    found = parts(column)
    assert "".join(column.text[part.start : part.end] for part in found) == column.text
    assert all(left.end == right.start for left, right in pairwise(found))
    assert "unassigned" not in {part.kind for part in found}


def assert_has_expected_parts(column, expected):
    assert column.title == expected["title"]
    assert len(column.related) == expected["related"]
    assert [
        (len(exchange.question.paragraphs), len(exchange.answer.paragraphs))
        for exchange in column.exchanges
    ] == expected["paragraphs"]
    assert (column.footer.year if column.footer else None) == expected["year"]


@SETTINGS
@given(generated_column())
def test_generated_columns_parse_losslessly_into_the_expected_parts(generated):
    text, expected = generated
    column = parse_column(text)
    assert_lossless(column)
    assert_has_expected_parts(column, expected)
    for exchange in column.exchanges:
        for section in (exchange.question, exchange.answer):
            assert "Mehr:" not in section.text and "©" not in section.text
            for found in section.sentences:
                assert column.text[found.start : found.end] == found.text
                # The loader's tokens index the text too (no quotation marks here, so a
                # token's text is exactly its slice), and lie inside their sentence.
                for token in found.tokens:
                    assert column.text[token.start : token.end] == token.text
                    assert found.start <= token.start < token.end <= found.end
                assert [token.text for token in found.words] == [
                    word
                    for word in found.text.replace("?", " ")
                    .replace("!", " ")
                    .replace(".", " ")
                    .split()
                ]


PIECES = st.sampled_from(
    [
        "Frage:",
        "Antwort:",
        "Q.",
        "A. ",
        "Mehr: x",
        "© 2020, A B.",
        "Liebe Anna,",
        "Ihr Bernd",
        "(Martina, 54)",
        "Martina, 54",
        "\n",
        "\r\n",
        "\r",
        " ",
        ".",
        "Text",
        "Ja.",
        "&quot;",
        "&#13;",
        "\u00a0",
        "\u00ad",
        "\ufeff",
        "\x1c",
        "\u2028",
        "\x85",
        "www.a.de",
        "[email protected]",
        "Lieber X,",
        "Anna ist Coach in Bonn.",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=25).map("".join))
def test_any_text_parses_losslessly_or_raises_column_format_error(text):
    try:
        column = parse_column(text)
    except ColumnFormatError:
        return
    assert_lossless(column)
    assert column.exchanges


# --- the same through files: encodings and line ends -----------------------------------


@pytest.fixture(scope="module")
def column_file(tmp_path_factory):
    # One file, rewritten by every example (a function-scoped tmp_path would be shared
    # across examples anyway, which hypothesis warns about).
    return tmp_path_factory.mktemp("properties") / "spalte.txt"


# What ``Column.encoding`` reports for a file written in each encoding, and a fragment of
# the warning that says the bytes were not plain UTF-8. cp1252 text that happens to be
# pure ASCII is valid UTF-8 and is reported as such, silently.
REPORTED = {
    "utf-8": ({"utf-8"}, None),
    "utf-8-sig": ({"utf-8-sig"}, "removed the UTF-8 byte order mark"),
    "utf-16": ({"utf-16"}, "decoded the file as UTF-16"),
    "cp1252": ({"cp1252", "latin_1"}, "the file is not UTF-8; decoded it as"),
}


# Half the profile's examples: each one writes a file and may ask charset-normalizer for
# a guess, which costs twice a string example; this keeps the CI run under a minute.
@settings(SETTINGS, max_examples=max(1, SETTINGS.max_examples // 2))
@given(generated_column(), st.sampled_from(ENCODINGS))
def test_generated_column_files_load_losslessly_in_every_encoding(column_file, generated, encoding):
    text, expected = generated
    column_file.write_bytes(text.encode(encoding))  # Python's utf-16 writes a BOM
    column = load_column(column_file)
    # Decoding loses nothing: the file gives the same normalised text as the string.
    assert column.text == parse_column(text).text
    assert_lossless(column)
    assert_has_expected_parts(column, expected)
    encodings, warning = REPORTED[encoding]
    if encoding == "cp1252" and text.isascii():
        encodings, warning = {"utf-8"}, None
    assert column.encoding in encodings
    if warning:  # the original bytes' encoding is never changed silently
        assert any(warning in found for found in column.warnings)


# Hostile bytes: pieces of columns in UTF-8 and cp1252, stray bytes (invalid UTF-8, NUL,
# control characters), HTML, mojibake, after an optional byte order mark.
BYTE_PIECES = st.one_of(
    PIECES.map(str.encode),
    PIECES.filter(
        lambda piece: piece.encode("cp1252", errors="ignore").decode("cp1252") == piece
    ).map(lambda piece: piece.encode("cp1252")),
    st.sampled_from([b"Gr\xc3\x83\xc2\xbc\xc3\x83\xc5\xb8e", b"\xfc", b"\xff", b"\x00", b"<html>"]),
    st.binary(max_size=6),
)


@SETTINGS
@given(
    st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]),
    st.lists(BYTE_PIECES, max_size=25).map(b"".join),
)
def test_any_file_loads_losslessly_or_raises_column_format_error(column_file, bom, data):
    column_file.write_bytes(bom + data)
    try:
        column = load_column(column_file)
    except ColumnFormatError as error:
        assert error.source == str(column_file)
        return
    assert_lossless(column)
    assert column.exchanges
