"""Paragraphs and hard-wrapped text: which line breaks are the layout's.

The references are the bundled column itself (its 8 and 16 sentences were marked by
hand, see ``tests/text_cases/wrapped/expected.json``) and short texts whose paragraphs
are plain to see.
"""

import json
import textwrap
from itertools import pairwise
from pathlib import Path

import pytest

from kolumne import load_column, parse_column
from kolumne.load import parse_section
from kolumne.measures.readability import scores
from kolumne.model import parts
from kolumne.text.paragraphs import is_layout_break, paragraph_spans, wrap_width

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "data" / "columns" / "2016-kollege-sabotiert.txt"
WRAPPED = PROJECT / "tests" / "text_cases" / "wrapped"


def rewrapped(text: str, width: int, paragraph_separator: str) -> str:
    """The text with each of its lines (one paragraph per line) filled to ``width``."""
    return paragraph_separator.join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        for line in text.split("\n")
    )


def paragraphs_of(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


def flattened(sentences) -> list[str]:
    return [" ".join(sentence.text.split()) for sentence in sentences]


@pytest.fixture(scope="module")
def seed():
    return load_column(SEED)


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["line-breaks", "blank-lines"])
def test_the_bundled_column_rewrapped_reads_as_the_original(seed, tmp_path, width, separator):
    path = tmp_path / f"wrapped-{width}.txt"
    path.write_text(rewrapped(SEED.read_text(encoding="utf-8"), width, separator), "utf-8")
    column = load_column(path)
    for wrapped, original in [(column.question, seed.question), (column.answer, seed.answer)]:
        assert flattened(wrapped.sentences) == flattened(original.sentences)
        assert len(wrapped.words) == len(original.words)
        wrapped_scores, original_scores = scores(wrapped, "de"), scores(original, "de")
        assert {name: score.value for name, score in wrapped_scores.items()} == {
            name: score.value for name, score in original_scores.items()
        }
    # Counted by hand on the column: 8 and 16 sentences, 139 and 277 words.
    assert (len(column.question.sentences), len(column.answer.sentences)) == (8, 16)
    assert (len(column.question.words), len(column.answer.words)) == (139, 277)
    assert " ".join(column.intro.split()) == seed.intro
    assert [" ".join(link.text.split()) for link in column.related] == [
        link.text for link in seed.related
    ]
    assert column.footer.author == "Lynne Curry" and column.footer.year == 2016
    [warning] = [warning for warning in column.warnings if "hard-wrapped" in warning]
    assert f"hard-wrapped at {width} characters" in warning


def test_rewrapped_column_stays_lossless_with_sentences_pointing_into_its_text(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(rewrapped(SEED.read_text(encoding="utf-8"), 72, "\n"), "utf-8")
    column = load_column(path)
    found = parts(column)
    assert "".join(column.text[part.start : part.end] for part in found) == column.text
    assert all(left.end == right.start for left, right in pairwise(found))
    for sentence in column.question.sentences + column.answer.sentences:
        assert column.text[sentence.start : sentence.end] == sentence.text
        assert all(
            sentence.start <= token.start < token.end <= sentence.end for token in sentence.tokens
        )
    assert "\n" in column.answer.sentences[0].text + column.answer.sentences[1].text


@pytest.mark.parametrize(
    "name", ["2016-kollege-sabotiert-72.txt", "2016-kollege-sabotiert-72-blank-lines.txt"]
)
def test_the_committed_wrapped_files_give_the_hand_marked_sentences(name):
    expected = json.loads((WRAPPED / "expected.json").read_text(encoding="utf-8"))
    column = load_column(WRAPPED / name)
    assert flattened(column.question.sentences) == expected["question"]
    assert flattened(column.answer.sentences) == expected["answer"]


def test_one_paragraph_per_line_stays_as_it_is(seed):
    text = seed.text
    assert wrap_width(text.split("\n")) is None
    assert len(paragraph_spans(text)) == len([line for line in text.split("\n") if line.strip()])
    assert not [warning for warning in seed.warnings if "line break" in warning]
    # The answer's six lines, read in the file.
    assert len(seed.answer.paragraphs) == 6


def test_a_sentence_that_goes_on_in_small_letters_is_joined_without_a_width():
    text = "Schwangere Frauen sollten während der\nersten drei Monate Folsäure nehmen.\nDanke."
    assert paragraphs_of(text) == [
        "Schwangere Frauen sollten während der\nersten drei Monate Folsäure nehmen.",
        "Danke.",
    ]


def test_a_list_of_single_words_keeps_one_word_per_line():
    # pragmatic_segmenter's exercise sheet: the choices under each gap, one per line.
    text = "1. Ich ___ gern Tennis.\nspielen\nspielt\nspiele\n2. Karl __ mir den Ball."
    assert paragraphs_of(text) == [
        "1. Ich ___ gern Tennis.",
        "spielen",
        "spielt",
        "spiele",
        "2. Karl __ mir den Ball.",
    ]


def test_a_letters_salutation_keeps_its_line():
    # A German letter's first line begins in small letters after the comma.
    text = "Liebe Tante Frieda,\nmein Mann und ich streiten.\nIhr Bernd"
    assert paragraphs_of(text) == [
        "Liebe Tante Frieda,",
        "mein Mann und ich streiten.",
        "Ihr Bernd",
    ]


def test_headings_lists_and_blank_lines_end_paragraphs():
    text = (
        "Fit in vier Wochen\n\nRECHTLICHE HINWEISE\n"
        "• einige Sorten Weichkäse\n• rohes oder nicht ganz durchgebratenes Fleisch\n"
        "Andere\n\nFischsorten sind erlaubt."
    )
    assert paragraphs_of(text) == [
        "Fit in vier Wochen",
        "RECHTLICHE HINWEISE",
        "• einige Sorten Weichkäse",
        "• rohes oder nicht ganz durchgebratenes Fleisch",
        "Andere",
        "Fischsorten sind erlaubt.",
    ]


def test_a_full_line_that_ends_its_sentence_keeps_the_sub_heading_after_it():
    lines = textwrap.wrap(
        "Die beiden Dokumente regeln unterschiedliche Dinge und ergänzen sich. Ich "
        "empfehle in den meisten Fällen beides, und zwar möglichst bald und schriftlich.",
        60,
    )
    text = "\n".join([*lines, "Die Vorsorgevollmacht", "Mit ihr bestimmt Ihre Mutter eine Person."])
    found = paragraphs_of(text)
    assert found[-2:] == ["Die Vorsorgevollmacht", "Mit ihr bestimmt Ihre Mutter eine Person."]
    assert found[0] == "\n".join(lines)


def test_an_ordinal_at_the_end_of_a_full_line_does_not_end_the_paragraph():
    width = 40
    assert is_layout_break("Wir treffen uns wie besprochen am 3.", "Oktober um zehn.", width)
    assert not is_layout_break("Wir treffen uns wie besprochen im Büro.", "Oktober ist gut.", width)


def test_a_label_on_the_line_after_a_full_line_still_opens_the_answer():
    question = (
        "Mein Kollege nimmt seit Wochen meine Ideen und stellt sie im Team als seine "
        "eigenen vor, und mein Chef merkt davon nichts, obwohl ich es ihm schon sagte"
    )
    lines = textwrap.wrap(question, 50)
    text = "Frage:\n" + "\n".join(lines) + "\nAntwort: Sprechen Sie mit ihm.\n"
    column = parse_column(text)
    assert column.answer.text == "Sprechen Sie mit ihm."
    assert " ".join(column.question.text.split()) == question


def test_parse_section_reads_a_wrapped_text_of_ones_own():
    section = parse_section("Ich weiß nicht, was ich noch\ntun soll. Bitte helfen Sie mir.", "de")
    assert flattened(section.sentences) == [
        "Ich weiß nicht, was ich noch tun soll.",
        "Bitte helfen Sie mir.",
    ]
