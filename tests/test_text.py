"""Sentence and word splitting, and the offline Punkt model for NLTK and textblob-de."""

import subprocess
import sys

from kolumne.text import install_offline_punkt, sentence_spans, split_sentences, words


def test_label_lines_are_never_glued_to_the_next_sentence():
    text = "Frage:\nMein Chef schweigt.\nMehr: Ein anderes Thema\nAntworten:\nNicht. Reden Sie."
    assert split_sentences(text) == [
        "Frage:",
        "Mein Chef schweigt.",
        "Mehr: Ein anderes Thema",
        "Antworten:",
        "Nicht.",
        "Reden Sie.",
    ]


def test_german_abbreviations_and_ordinals_do_not_end_a_sentence():
    text = "Das gilt z.B. am 3. Oktober. Dr. Weber kommt um 9 Uhr."
    assert split_sentences(text) == ["Das gilt z.B. am 3. Oktober.", "Dr. Weber kommt um 9 Uhr."]


def test_offsets_point_into_the_text():
    text = "  Erste Zeile.\n\nZweiter Satz! Dritter?  "
    spans = sentence_spans(text)
    assert [sentence for _, _, sentence in spans] == ["Erste Zeile.", "Zweiter Satz!", "Dritter?"]
    assert all(text[start:end] == sentence for start, end, sentence in spans)


def test_english_sentences():
    assert split_sentences("Mr. Smith called. He was upset.", "en") == [
        "Mr. Smith called.",
        "He was upset.",
    ]


def test_words_are_runs_of_letters_and_compounds_stay_whole():
    # Counted by hand: Meine, automatische, Computer-Signatur-Antwort, kam, um, Uhr.
    assert words("Meine automatische Computer-Signatur-Antwort kam um 9 Uhr – „pünktlich“.") == [
        "Meine", "automatische", "Computer-Signatur-Antwort", "kam", "um", "Uhr", "pünktlich",
    ]


def test_offline_punkt_is_deterministic(tmp_path):
    first = install_offline_punkt.__wrapped__(tmp_path / "a")
    second = install_offline_punkt.__wrapped__(tmp_path / "b")
    folder = ("tokenizers", "punkt_tab", "german")
    for name in ("abbrev_types.txt", "sent_starters.txt", "collocations.tab", "ortho_context.tab"):
        assert first.joinpath(*folder, name).read_bytes() == second.joinpath(*folder, name).read_bytes()


def test_textblob_de_splits_german_through_the_offline_model(tmp_path):
    """textblob-de's own tokenizer asks NLTK for punkt/german.pickle; it must find our files."""
    script = (
        "from kolumne.text import install_offline_punkt\n"
        "install_offline_punkt()\n"
        "from textblob_de import TextBlobDE\n"
        "blob = TextBlobDE('Das gilt z.B. am 3. Oktober. Dr. Weber kommt.')\n"
        "print(len(blob.sentences), blob.words.lemmatize())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "", "HOME": str(tmp_path), "KOLUMNE_NLTK_DATA": str(tmp_path / "nltk")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 ")


def test_quotes_do_not_split_a_hyphenated_compound():
    assert words("die „Peter“-Situation") == ["die", "Peter-Situation"]
