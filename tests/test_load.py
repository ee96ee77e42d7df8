"""The loader: the seed column, one hand-written file per format, encodings, errors, corpora.

Expected counts come from reading each file in tests/columns/ by hand.
"""

import os
from itertools import pairwise
from pathlib import Path

import pytest

import kolumne
from kolumne import ColumnFormatError, load_column, load_corpus, parse_column
from kolumne.load import column_to_dict, decode, detect_language, normalise
from kolumne.measures.tone import profile
from kolumne.model import parts

COLUMNS = Path(__file__).parent / "columns"
SEED = Path(__file__).resolve().parents[1] / "data" / "columns" / "2016-kollege-sabotiert.txt"


def text_of(column, part):
    return column.text[part.start : part.end]


def kinds(column):
    return [part.kind for part in parts(column) if part.kind != "whitespace"]


def assert_lossless(column):
    found = parts(column)
    assert "".join(text_of(column, part) for part in found) == column.text
    assert all(left.end == right.start for left, right in pairwise(found))
    assert "unassigned" not in [part.kind for part in found]


def sentence_counts(section):
    return len(section.paragraphs), len(section.sentences)


# --- the seed ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return load_column(SEED)


def test_seed_intro_and_related_links(seed):
    assert seed.intro == "Heute sprechen wir davon, wenn ein Kollege Ihre Arbeit sabotiert."
    assert seed.title is None
    assert [link.text[:30] for link in seed.related] == [
        "Mehr: Einer meiner Kollegen st",
        "Mehr: Mein neuer Job langweilt",
        "Mehr: Ich habe meinen beruflic",
    ]


def test_seed_question_and_answer(seed):
    assert len(seed.exchanges) == 1
    assert seed.question.heading == "Frage:"
    assert seed.answer.heading == "Antworten:"
    assert sentence_counts(seed.question) == (3, 8)
    assert sentence_counts(seed.answer) == (6, 16)
    assert seed.answer.sentences[0].text == "Nicht."
    assert seed.question.text.startswith("Mein Kollege Peter warf mich")
    assert seed.answer.text.endswith("jemals wieder erleben.")
    for section in (seed.question, seed.answer):
        assert "Mehr:" not in section.text and "©" not in section.text
        assert section.text == seed.text[section.start : section.end]


def test_seed_footer(seed):
    footer = seed.footer
    assert (footer.year, footer.author) == (2016, "Lynne Curry")
    assert footer.emails == ("[email protected]",) and footer.redacted_emails == 1
    assert footer.urls == ("www.workplacecoachblog.com", "www.bullywhisperer.com")
    assert footer.text.startswith("© 2016, Lynne Curry.")
    assert footer.end == len(seed.text)


def test_seed_metadata_and_parts(seed):
    assert (seed.encoding, seed.language, seed.column_id) == (
        "utf-8",
        "de",
        "2016-kollege-sabotiert",
    )
    assert kinds(seed) == [
        "intro",
        "related",
        "heading",
        "question",
        "related",
        "heading",
        "answer",
        "related",
        "footer",
    ]
    assert_lossless(seed)


def test_sentence_offsets_point_into_the_text(seed):
    for section in (seed.question, seed.answer):
        for sentence in section.sentences:
            assert seed.text[sentence.start : sentence.end] == sentence.text


def test_public_names_are_exported():
    assert kolumne.Column and kolumne.Exchange and kolumne.Section
    assert kolumne.Paragraph and kolumne.Sentence and kolumne.Corpus
    assert issubclass(kolumne.ColumnFormatError, ValueError)


# --- one file per format ---------------------------------------------------------


def test_format_1_seed_layout():
    column = load_column(COLUMNS / "01-seed-format.txt")
    assert column.intro == "Heute geht es um eine Nachbarin, die jeden Abend laut Musik hört."
    assert len(column.related) == 3
    assert sentence_counts(column.question) == (2, 4)
    assert sentence_counts(column.answer) == (3, 5)
    assert column.footer.year == 2021 and column.footer.author == "Erika Sommer"
    assert column.footer.emails == ("[email protected]",)
    assert column.footer.urls == (
        "www.erika-sommer-mediation.de",
        "https://nachbarschaft.example.org/rat",
    )
    assert_lossless(column)


def test_format_2_inline_labels():
    column = load_column(COLUMNS / "02-inline-labels.txt")
    assert column.question.heading == "Frage:"
    assert column.question.text == (
        "Mein Vermieter will die Miete um zwanzig Prozent erhöhen. Darf er das einfach so?"
    )
    assert column.answer.heading == "Antwort:"
    assert column.answer.text.startswith("Nein, so einfach")
    assert sentence_counts(column.question) == (1, 2)
    assert sentence_counts(column.answer) == (2, 3)
    assert column.text[column.answer.heading_start : column.answer.heading_end] == "Antwort:"
    assert kinds(column) == ["heading", "question", "heading", "answer"]
    assert_lossless(column)


def test_format_3_german_label_variants():
    column = load_column(COLUMNS / "03-label-variants-de.txt")
    assert column.question.heading == "Leserfrage:"
    assert column.answer.heading == "Tante Frieda antwortet:"
    assert column.answer.text == (
        "Auf keinen Fall. Ein Jahr unterwegs lehrt mehr als manches Semester."
    )
    assert sentence_counts(column.answer) == (1, 2)
    assert_lossless(column)


def test_format_3_english_label_variants():
    column = load_column(COLUMNS / "03-label-variants-en.txt")
    assert column.language == "en"
    assert (column.question.heading, column.answer.heading) == ("Q.", "A.")
    assert column.question.text.startswith("My sister borrows money")
    assert sentence_counts(column.question) == (1, 2)
    assert sentence_counts(column.answer) == (2, 3)
    assert_lossless(column)


@pytest.mark.parametrize(
    ("question_label", "answer_label"),
    [
        ("Frage:", "Antwort:"),
        ("Die Frage:", "Die Antwort:"),
        ("Leserfrage:", "Antworten:"),
        ("Question:", "Answer:"),
        ("Q.", "A."),
        ("Frage:", "Dr. Anna Berg antwortet:"),
    ],
)
def test_every_label_variant_on_its_own_line(question_label, answer_label):
    column = parse_column(f"{question_label}\nWas soll ich tun?\n{answer_label}\nGeduld haben.")
    assert (column.question.heading, column.question.text) == (question_label, "Was soll ich tun?")
    assert (column.answer.heading, column.answer.text) == (answer_label, "Geduld haben.")


def test_format_4_letter():
    column = load_column(COLUMNS / "04-letter.txt")
    question, answer = column.question, column.answer
    assert question.heading is None and answer.heading is None
    assert text_of(column, question.salutation) == "Liebe Tante Frieda,"
    assert text_of(column, question.signature) == "Ihr verzweifelter Bernd"
    assert text_of(column, answer.salutation) == "Lieber Bernd,"
    assert text_of(column, answer.signature) == "Ihre Tante Frieda"
    assert question.text.startswith("mein Mann und ich") and question.text.endswith("Kompromiss?")
    assert sentence_counts(question) == (2, 3)
    assert sentence_counts(answer) == (2, 3)
    assert kinds(column) == [
        "salutation",
        "question",
        "signature",
        "salutation",
        "answer",
        "signature",
    ]
    assert_lossless(column)


def test_format_4_letter_with_name_and_age():
    column = parse_column(
        "Hallo Frau Andrea,\nich finde keinen Job mehr. Was nun?\nMartina, 54\n"
        "Liebe Martina,\nbewerben Sie sich weiter.\n"
    )
    assert text_of(column, column.question.signature) == "Martina, 54"
    assert text_of(column, column.answer.salutation) == "Liebe Martina,"
    assert column.answer.signature is None
    assert column.answer.text == "bewerben Sie sich weiter."


def test_format_5_several_exchanges():
    column = load_column(COLUMNS / "05-several-exchanges.txt")
    assert column.intro == "Drei Fragen zum Homeoffice."
    assert [exchange.question.text for exchange in column.exchanges] == [
        "Mein Chef ruft mich abends an. Muss ich rangehen?",
        "Darf ich im Homeoffice Musik hören?",
        "Wer zahlt meinen Schreibtisch?",
    ]
    assert [len(exchange.answer.sentences) for exchange in column.exchanges] == [2, 2, 2]
    assert len(column.exchanges[2].answer.paragraphs) == 2
    assert_lossless(column)


def test_format_6_cross_links():
    column = load_column(COLUMNS / "06-cross-links.txt")
    assert [link.text.split(":")[0] for link in column.related] == [
        "Lesen Sie auch",
        "Auch interessant",
        "Read more",
        "Mehr",
    ]
    assert column.intro is None and column.title is None and column.footer is None
    assert sentence_counts(column.question) == (1, 2)
    assert sentence_counts(column.answer) == (1, 2)
    assert kinds(column) == [
        "related",
        "heading",
        "question",
        "related",
        "heading",
        "answer",
        "related",
        "related",
    ]
    assert_lossless(column)


def test_format_7_footer_with_bio_and_contact_lines():
    column = load_column(COLUMNS / "07-footer.txt")
    footer = column.footer
    assert footer.text.splitlines() == [
        "© 2019, Andrea Berg.",
        "Andrea Berg ist Paartherapeutin in Hamburg.",
        "Kontakt: [email protected]",
        "Web: www.andrea-berg-paare.de",
    ]
    assert (footer.year, footer.author) == (2019, "Andrea Berg")
    assert footer.emails == ("[email protected]",)
    assert footer.urls == ("www.andrea-berg-paare.de",)
    assert sentence_counts(column.answer) == (1, 3)
    assert any("removed by a web scraper" in warning for warning in column.warnings)
    assert_lossless(column)


def test_footer_without_copyright_starts_at_the_bio_line():
    column = parse_column(
        "Frage: Was tun?\nAntwort: Abwarten.\n"
        "Andrea Berg ist Paartherapeutin in Hamburg.\nKontakt: anna@example.org\n"
    )
    assert column.answer.text == "Abwarten."
    assert (column.footer.author, column.footer.year) == ("Andrea Berg", None)
    assert column.footer.emails == ("anna@example.org",)


def test_format_8_sub_headings_stay_in_the_answer():
    column = load_column(COLUMNS / "08-sub-headings.txt")
    answer = column.answer
    headings = [column.text[p.start : p.end] for p in answer.paragraphs if p.is_heading]
    assert headings == ["Die Vorbereitung", "Am großen Tag"]
    assert "Die Vorbereitung" in answer.text
    assert sentence_counts(answer) == (5, 5)
    assert "Am großen Tag" not in [sentence.text for sentence in answer.sentences]
    assert_lossless(column)


def test_format_9_parenthesised_signature():
    column = load_column(COLUMNS / "09-parenthesised-signature.txt")
    assert text_of(column, column.question.signature) == "(Martina, 54)"
    assert column.question.text.endswith("den Anschluss zu verlieren.")
    assert sentence_counts(column.question) == (1, 1)
    assert kinds(column) == ["heading", "question", "signature", "heading", "answer"]
    assert_lossless(column)


def test_format_10_english_title():
    column = load_column(COLUMNS / "10-title-en.txt")
    assert column.title == "Lynne Curry: When a coworker takes credit for your work"
    assert column.language == "en"
    assert (column.question.heading, column.answer.heading) == ("Question:", "Answer:")
    assert sentence_counts(column.question) == (1, 2)
    assert sentence_counts(column.answer) == (1, 2)
    assert_lossless(column)


def test_format_10_column_name_as_title():
    column = load_column(COLUMNS / "10-title-de.txt")
    assert column.title == "Lebenshilfe"
    assert column.intro is None
    assert column.question.text.startswith("Meine Tochter")
    assert kinds(column) == ["title", "heading", "question", "heading", "answer"]


def test_a_link_line_inside_a_section_is_left_out_of_its_text():
    column = parse_column("Frage:\nErster Teil.\nMehr: Anderes Thema\nZweiter Teil.\nAntwort: Gut.")
    assert column.question.text == "Erster Teil.\nZweiter Teil."
    assert len(column.question.paragraphs) == 2
    assert [link.text for link in column.related] == ["Mehr: Anderes Thema"]
    assert_lossless(column)


def test_every_test_column_converts_to_json_data():
    for path in sorted(COLUMNS.glob("*.txt")):
        data = column_to_dict(load_column(path))
        assert data["source"] == str(path) and data["exchanges"]


# --- input hygiene -----------------------------------------------------------------

GERMAN = "Frage:\nIch weiß nicht weiter. Können Sie helfen?\nAntwort:\nJa. Grüße!\n"


@pytest.mark.parametrize(
    ("raw", "encoding", "warning"),
    [
        (GERMAN.encode("utf-8"), "utf-8", None),
        (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "utf-8-sig", "byte order mark"),
        (GERMAN.encode("utf-16"), "utf-16", "UTF-16"),
        (GERMAN.encode("cp1252"), "cp1252", "not UTF-8"),
    ],
)
def test_encodings_are_detected_and_reported(tmp_path, raw, encoding, warning):
    path = tmp_path / "spalte.txt"
    path.write_bytes(raw)
    column = load_column(path)
    assert column.encoding == encoding
    assert column.text == GERMAN
    assert column.question.text == "Ich weiß nicht weiter. Können Sie helfen?"
    if warning:
        assert any(warning in text for text in column.warnings)
    else:
        assert column.warnings == ()


def test_latin_1_bytes_decode_to_the_same_text():
    text, encoding, warnings = decode("Grüße aus Köln".encode("latin-1"))
    assert text == "Grüße aus Köln" and encoding == "cp1252" and warnings


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends_become_lf_with_a_warning(line_end):
    column = parse_column(GERMAN.replace("\n", line_end))
    assert column.text == GERMAN
    assert column.warnings == ("converted 4 CRLF/CR line end(s) to LF",)


def test_html_entities_non_breaking_spaces_and_soft_hyphens_are_repaired():
    column = parse_column(
        "Frage: Er sagt &quot;nein&quot; und l&auml;chelt.\n"
        "Antwort: Ver\u00adhandeln Sie in\u00a0Ruhe."
    )
    assert column.question.text == 'Er sagt "nein" und lächelt.'
    assert column.answer.text == "Verhandeln Sie in Ruhe."
    assert column.warnings == (
        "replaced 3 HTML entities (&auml;, &quot;) by their characters",
        "replaced 1 non-breaking space(s) by ordinary spaces",
        "removed 1 soft hyphen(s)",
    )


def test_zero_width_and_direction_marks_are_removed_with_a_warning_naming_them():
    # Copied from a web page: a zero-width space inside "Arbeitsplatz", a right-to-left
    # mark inside "Kollege", a word joiner after "Ruhe".
    column = parse_column(
        "Frage: Mein Arbeits\u200bplatz ist weg, sagt mein Kol\u200flege.\n"
        "Antwort: Bleiben Sie in Ruhe\u2060."
    )
    assert column.question.text == "Mein Arbeitsplatz ist weg, sagt mein Kollege."
    assert column.answer.text == "Bleiben Sie in Ruhe."
    assert [len(section.words) for section in (column.question, column.answer)] == [7, 4]
    assert column.warnings == (
        (
            "removed 3 invisible character(s) (zero-width space U+200B, right-to-left mark "
            "U+200F, word joiner U+2060)"
        ),
    )


def test_a_zero_width_joiner_inside_an_emoji_is_kept():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    column = parse_column(f"Frage: Wir sind {family} und streiten.\nAntwort: Reden Sie.")
    assert family in column.question.text
    assert column.warnings == ()


def test_normalise_leaves_clean_text_alone():
    assert normalise(GERMAN) == (GERMAN, ())


def test_language_detection():
    assert detect_language(GERMAN) == "de"
    assert detect_language("What should I do? My boss is angry with me.") == "en"


# --- errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\r\n ", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"\x01\x02\x03\x04\x05\x06Frage", "binary data"),
        ("Ich weiß nicht weiter.\nDanke.".encode(), "found no question"),
        (b"Frage:\nWas tun?\n", "but no answer"),
        (b"Antwort:\nNichts.\n", "no question before it"),
        (b"Frage:\nAntwort:\nNichts.\n", "the question is empty"),
    ],
)
def test_unusable_files_raise_column_format_error(tmp_path, content, expected):
    path = tmp_path / "kaputt.txt"
    path.write_bytes(content)
    with pytest.raises(ColumnFormatError, match=expected) as caught:
        load_column(path)
    assert caught.value.source == str(path)


def test_the_error_names_the_line():
    with pytest.raises(ColumnFormatError) as caught:
        parse_column("Einleitung.\nAntwort:\nNichts.", source="x.txt")
    assert (caught.value.source, caught.value.line) == ("x.txt", 2)
    assert str(caught.value).startswith("x.txt: line 2: found an answer")


def test_a_second_question_before_an_answer_is_an_error():
    with pytest.raises(ColumnFormatError, match="second question") as caught:
        parse_column("Frage: Eins?\nFrage: Zwei?\nAntwort: Drei.")
    assert caught.value.line == 2


def test_an_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "gross.txt"
    path.write_bytes(GERMAN.encode() * 10)
    with pytest.raises(ColumnFormatError, match="over the limit of 100"):
        load_column(path, max_bytes=100)
    assert load_column(path, max_bytes=10_000).question.text.startswith("Ich weiß")


def test_a_missing_file_raises_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_column(tmp_path / "fehlt.txt")


# --- corpora -----------------------------------------------------------------------


def test_load_corpus_of_a_folder_sorted_with_failures_collected(tmp_path):
    (tmp_path / "b.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "notiz.md").write_text("keine Kolumne", encoding="utf-8")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    (tmp_path / "ordner.txt").mkdir()

    corpus = load_corpus(tmp_path)

    assert [column.column_id for column in corpus.columns] == ["a", "b"]
    assert [(Path(failure.file).name, failure.reason) for failure in corpus.failures] == [
        ("c.txt", "the file is empty; expected a question and an answer"),
        ("loop.txt", "Too many levels of symbolic links"),
        ("ordner.txt", "Is a directory"),
    ]


def test_load_corpus_raises_the_first_failure_when_asked(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(ColumnFormatError, match="empty"):
        load_corpus(tmp_path, errors="raise")


def test_load_corpus_of_a_glob_and_of_a_list():
    by_glob = load_corpus(str(COLUMNS / "0[12]-*.txt"))
    assert [column.column_id for column in by_glob.columns] == [
        "01-seed-format",
        "02-inline-labels",
    ]
    by_list = load_corpus([SEED, COLUMNS / "fehlt.txt", str(COLUMNS / "nichts-*.txt")])
    assert [column.column_id for column in by_list.columns] == ["2016-kollege-sabotiert"]
    assert [failure.reason for failure in by_list.failures] == [
        "No such file or directory",
        "no file matches this pattern",
    ]


def test_load_corpus_rejects_an_unknown_errors_mode():
    with pytest.raises(ValueError, match="collect"):
        load_corpus(SEED, errors="ignore")


def test_a_labelled_question_may_end_with_a_signature_line():
    column = parse_column("Frage:\nWas soll ich tun?\nMartina, 54\nAntwort:\nWarten.")
    assert column.question.text == "Was soll ich tun?"
    assert text_of(column, column.question.signature) == "Martina, 54"


def test_list_items_and_addresses_in_the_answer_are_not_a_footer():
    column = parse_column(
        "Frage: Was tun?\nAntwort:\n(a) Reden.\n(c) Schweigen.\n"
        "Hilfe finden Sie bei der Beratungsstelle unter www.hilfe.example.de."
    )
    assert column.footer is None
    assert len(column.answer.paragraphs) == 3


def test_a_parenthesised_signature_on_its_own_line():
    column = parse_column("Frage:\nWas soll ich tun?\n(Martina, 54)\nAntwort:\nWarten.")
    assert column.question.text == "Was soll ich tun?"
    assert text_of(column, column.question.signature) == "(Martina, 54)"


def test_load_corpus_raises_for_a_pattern_that_matches_nothing():
    with pytest.raises(FileNotFoundError, match="no file matches this pattern"):
        load_corpus(str(COLUMNS / "nichts-*.txt"), errors="raise")


def test_invalid_bytes_after_a_utf_8_bom_are_replaced_with_a_warning():
    text, encoding, warnings = decode(b"\xef\xbb\xbfGr\xfc\xdfe")
    assert (text, encoding) == ("Gr\ufffd\ufffde", "utf-8-sig")
    assert warnings == (
        "removed the UTF-8 byte order mark",
        "replaced 2 byte sequence(s) that are not valid utf-8 by U+FFFD",
    )


# --- salutations to an abbreviated name, an answer's sign-off ----------------------


def test_format_15_letter_to_an_abbreviated_name_with_a_sign_off():
    column = load_column(COLUMNS / "15-letter-initial-and-sign-off.txt")
    question, answer = column.question, column.answer
    assert text_of(column, question.salutation) == "Liebe Frau Berg,"
    assert text_of(column, question.signature) == "Ihre Sabine S."
    assert text_of(column, answer.salutation) == "Liebe Frau S.,"
    assert text_of(column, answer.signature) == "Herzliche Grüße\nIhre Andrea Berg"
    # Counted by hand: 4 + 1 sentences of 19, 15, 9, 8, 13 words in the question;
    # 2 + 3 sentences of 4, 17, 21, 9, 8 words in the answer.
    assert sentence_counts(question) == (2, 5)
    assert sentence_counts(answer) == (2, 5)
    assert (len(question.words), len(answer.words)) == (64, 59)
    assert answer.sentences[0].text == "Sie sind nicht empfindlich."
    assert answer.sentences[-1].text == "Das ist kein Petzen, sondern Ihr gutes Recht."
    assert kinds(column) == [
        "salutation",
        "question",
        "signature",
        "salutation",
        "answer",
        "signature",
    ]
    assert_lossless(column)


@pytest.mark.parametrize(
    "salutation",
    ["Liebe Frau S.,", "Lieber Herr M.,", "Dear Mrs. K.,", "Liebe Frau Dr. Berg,"],
)
def test_a_salutation_to_an_abbreviated_name_opens_the_answer(salutation):
    column = parse_column(
        f"Liebe Tante Frieda,\nmein Nachbar grüßt mich nicht mehr. Was habe ich getan?\n"
        f"Ihre Karin\n{salutation}\nvermutlich nichts. Fragen Sie ihn einfach.\n"
    )
    assert text_of(column, column.answer.salutation) == salutation
    assert column.answer.text == "vermutlich nichts. Fragen Sie ihn einfach."
    assert_lossless(column)


@pytest.mark.parametrize(
    "line",
    [
        "Liebe ist alles!",  # the noun "Liebe", then a verb
        "Lieber spät als nie!",  # "lieber" as "rather"
        "Lieber eine Absage als gar keine!",
        "Liebe Frau S. hat recht!",  # the initial's dot, then a sentence goes on
    ],
)
def test_a_sentence_that_opens_with_liebe_is_not_a_salutation(line):
    column = parse_column(f"Frage:\nWas zählt?\nAntwort:\n{line}\nDenken Sie darüber nach.\n")
    assert column.answer.salutation is None
    assert [sentence.text for sentence in column.answer.sentences] == [
        line,
        "Denken Sie darüber nach.",
    ]


@pytest.mark.parametrize(
    "sign_off",
    [
        "Herzlich, Ihre Tante Frieda",
        "Herzliche Grüße, Ihre Tante Frieda",
        "Alles Gute! Ihre Tante Frieda",
        "Viele Grüße\nIhre Tante Frieda",
        "Mit freundlichen Grüßen, Ihre Dr. Anna Berg",
    ],
)
def test_an_answers_sign_off_is_its_signature(sign_off):
    column = parse_column(
        "Frage:\nWie sage ich es meinem Mann?\nAntwort:\n"
        f"Sagen Sie es ihm heute. Ihr Mann wird es verstehen.\n{sign_off}\n"
    )
    answer = column.answer
    assert text_of(column, answer.signature) == sign_off
    assert [sentence.text for sentence in answer.sentences] == [
        "Sagen Sie es ihm heute.",
        "Ihr Mann wird es verstehen.",
    ]
    # By hand: 5 + 5 words; "Sie" and "Ihr" address the reader, the signature's "Ihre"
    # is not counted.
    assert len(answer.words) == 10
    rates = profile(answer, "de")
    assert rates["formal_address_per_100_words"] == pytest.approx(20.0)
    assert rates["second_person_per_100_words"] == pytest.approx(20.0)
    assert_lossless(column)


@pytest.mark.parametrize("sign_off", ["Best wishes, Abby", "Best wishes,\nAbby", "Love, Abby"])
def test_an_english_answers_sign_off_is_its_signature(sign_off):
    column = parse_column(
        f"Q. My brother never calls. Should I stop calling him?\n"
        f"A. Call him once more. You will know more after that.\n{sign_off}\n"
    )
    answer = column.answer
    assert text_of(column, answer.signature) == sign_off
    assert len(answer.sentences) == 2
    # By hand: 4 + 6 words, one "You".
    assert len(answer.words) == 10
    rates = profile(answer, "en")
    assert rates["second_person_per_100_words"] == pytest.approx(100 / 10)
    assert_lossless(column)


def test_a_readers_closing_formula_belongs_to_the_letters_signature():
    column = parse_column(
        "Liebe Tante Frieda,\nmein Sohn ruft nie an. Soll ich aufhören, ihn anzurufen?\n"
        "Viele Grüße\nIhr Bernd\nLieber Bernd,\nrufen Sie ihn noch einmal an.\n"
    )
    assert text_of(column, column.question.signature) == "Viele Grüße\nIhr Bernd"
    assert len(column.question.sentences) == 2
    assert_lossless(column)


@pytest.mark.parametrize(
    "last_line",
    [
        "Viel Glück!",  # a wish with no name after it is a sentence
        "Alles Gute, Sie schaffen das!",  # a sentence after the wish, not a name
        "Fragen Sie Frau K.",  # capitalised words ending in an initial, but an imperative
    ],
)
def test_a_closing_wish_without_a_signer_stays_a_sentence(last_line):
    column = parse_column(f"Frage:\nWas tun?\nAntwort:\nReden Sie mit ihm.\n{last_line}\n")
    assert column.answer.signature is None
    assert column.answer.sentences[-1].text.startswith(last_line.split()[0])
