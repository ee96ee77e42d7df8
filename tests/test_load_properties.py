"""Property tests: generated columns parse losslessly; any text parses or raises
ColumnFormatError, never another exception."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolumne import ColumnFormatError, parse_column
from kolumne.load import parts

SETTINGS = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

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
    blank = draw(st.sampled_from(["", "\n"]))
    line_end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = (line_end + blank).join(lines) + draw(st.sampled_from(["", line_end]))
    return text, expected


def assert_lossless(column):
    found = parts(column)
    assert "".join(column.text[part.start : part.end] for part in found) == column.text
    assert all(left.end == right.start for left, right in pairwise(found))
    assert "unassigned" not in {part.kind for part in found}


@SETTINGS
@given(generated_column())
def test_generated_columns_parse_losslessly_into_the_expected_parts(generated):
    text, expected = generated
    column = parse_column(text)
    assert_lossless(column)
    assert column.title == expected["title"]
    assert len(column.related) == expected["related"]
    assert [
        (len(exchange.question.paragraphs), len(exchange.answer.paragraphs))
        for exchange in column.exchanges
    ] == expected["paragraphs"]
    assert (column.footer.year if column.footer else None) == expected["year"]
    for exchange in column.exchanges:
        for section in (exchange.question, exchange.answer):
            assert "Mehr:" not in section.text and "©" not in section.text
            for found in section.sentences:
                assert column.text[found.start : found.end] == found.text


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
