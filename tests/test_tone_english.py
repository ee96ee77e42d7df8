"""English tone rules against hand counts of the four English test columns.

The reference values in tests/columns/english_hand_counts.json were counted by hand,
twice, by one reader and again by a second reader who did not see the first counts;
all 90 counts agreed (tests/columns/README-english.md states the conventions). The
hand counts treat a stand-alone number ("34") as a word; kolumne's words are runs of
letters, so its word count is the hand count less the stand-alone numbers, listed
here by reading the texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kolumne import load_column
from kolumne.load import parse_section, parse_sentence
from kolumne.measures.lexicons.english_tone import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    SECOND_PERSON,
)
from kolumne.measures.tone import is_exclamation, is_question, profile
from kolumne.measures.tone.common import count_of, sentences_with_words, word_frequencies
from kolumne.measures.tone.english import gives_advice, is_imperative

COLUMNS = Path(__file__).resolve().parent / "columns"
HAND_COUNTS = json.loads((COLUMNS / "english_hand_counts.json").read_text(encoding="utf-8"))
# Stand-alone numbers in each section, read off the texts ("16-year-old" is one word of
# letters, "year-old", and one hand-counted word).
STAND_ALONE_NUMBERS = {
    ("11-english-qa-two-pairs.txt", 1, "question"): 1,  # 34
    ("12-english-dear-letter.txt", 1, "question"): 1,  # 600
    ("14-english-headline-first.txt", 1, "question"): 1,  # 800
}


def section_of(counts: dict):
    column = load_column(COLUMNS / counts["file"])
    assert column.language == "en"
    return getattr(column.exchanges[counts["exchange"] - 1], counts["section"])


@pytest.mark.parametrize(
    "counts", HAND_COUNTS, ids=lambda c: f"{c['file'][:2]}-{c['exchange']}-{c['section']}"
)
def test_english_counts_equal_the_hand_counts(counts):
    section = section_of(counts)
    key = (counts["file"], counts["exchange"], counts["section"])
    assert len(section.words) == counts["words"] - STAND_ALONE_NUMBERS.get(key, 0)
    frequencies = word_frequencies(section)
    assert count_of(FIRST_PERSON_SINGULAR, frequencies) == counts["first_person_singular"]
    assert count_of(FIRST_PERSON_PLURAL, frequencies) == counts["first_person_plural"]
    assert count_of(SECOND_PERSON, frequencies) == counts["second_person"]
    sentences = sentences_with_words(section)
    assert len(section.sentences) == counts["sentences"]
    assert sum(map(is_question, sentences)) == counts["questions"]
    assert sum(map(is_exclamation, sentences)) == counts["exclamations"]
    imperatives = [sentence.text for sentence in sentences if is_imperative(sentence)]
    assert len(imperatives) == counts["imperatives"]
    # The same sentences, not only as many (the hand list gives each one's text).
    for expected in counts["imperative_sentences"]:
        assert any(expected.strip(" .!…").split()[0] in text for text in imperatives)


@pytest.mark.parametrize(
    "counts", HAND_COUNTS, ids=lambda c: f"{c['file'][:2]}-{c['exchange']}-{c['section']}"
)
def test_english_rates_are_the_hand_counts_per_100_words(counts):
    section = section_of(counts)
    metrics = profile(section, "en")
    words = len(section.words)
    assert metrics["first_person_singular_per_100_words"] == pytest.approx(
        100 * counts["first_person_singular"] / words
    )
    assert metrics["second_person_per_100_words"] == pytest.approx(
        100 * counts["second_person"] / words
    )
    assert metrics["imperative_share"] == pytest.approx(
        counts["imperatives"] / len(sentences_with_words(section))
    )
    # The German split into du and Sie has no English counterpart.
    assert metrics["formal_address_per_100_words"] != metrics["formal_address_per_100_words"]


def test_a_question_has_a_first_person_rate_that_german_rules_would_miss():
    # Counted by hand: I've been at my job for six years and my manager gave my project
    # away = 15 words; 4 first person singular (I've, my, my, my): 26.7 per 100 words.
    text = "I've been at my job for six years and my manager gave my project away."
    rate = profile(parse_section(text, "en"), "en")["first_person_singular_per_100_words"]
    assert rate == pytest.approx(100 * 4 / 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Judged by hand: directives in the imperative mood ...
        ("Write down what happened.", True),
        ("Don't apologise for asking.", True),
        ("Never sign a blank form.", True),
        ("Please call the bank today.", True),
        ("First, take a deep breath.", True),
        ("Then wait.", True),
        ("If he refuses, call the council.", True),
        ("Let him know you are upset.", True),
        ("Be honest with her.", True),
        ("Do not reply tonight.", True),
        # ... and sentences that are not.
        ("Should I quit?", False),
        ("Tell me, is this normal?", False),
        ("You should talk to HR.", False),
        ("Let's meet halfway.", False),
        ("Thanks for writing.", False),
        ("Good luck with the move.", False),
        ("Work has become hell.", False),
        ("Change is hard for everyone.", False),
        ("Do you think he knows?", False),
        ("My boss told me to quit.", False),
        ("If you want to, we can talk.", False),
    ],
)
def test_english_imperatives_by_hand(text, expected):
    assert is_imperative(parse_sentence(text, "en")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You might want to ask her first.", True),
        ("I'd suggest a short break.", True),
        ("I recommend a lawyer.", True),
        ("My advice is to wait.", True),
        ("Consider writing it down.", True),
        ("It's best to ask in person.", True),
        ("You’d better tell him soon.", True),
        ("You can go whenever you like.", False),
        ("I suggested it to him last year.", False),
        ("He considers it rude.", False),
    ],
)
def test_english_advice_phrases_by_hand(text, expected):
    assert gives_advice(parse_sentence(text, "en")) is expected


def test_typographic_apostrophes_count_like_straight_ones():
    # "I’m" (U+2019) and "I'm" are the same first person singular word.
    curly, straight = (
        profile(parse_section(f"I{mark}m sure you{mark}re right.", "en"), "en")
        for mark in ("’", "'")
    )
    assert curly == straight
    assert curly["first_person_singular_per_100_words"] == pytest.approx(100 / 4)
