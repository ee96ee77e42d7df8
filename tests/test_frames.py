"""The tidy frames: sentences, sections, question-vs-answer comparison, corpus statistics."""

import csv
import io
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from kolumne import load_column, parse_column
from kolumne.corpus import DEFAULT_BACKENDS
from kolumne.frames import (
    RULES_ONLY_NOTE,
    backend_agreement,
    comparison,
    longest_words,
    readability_scores,
    section_frame,
    section_records,
    sections,
    sentence_rows,
    sentence_sentiment,
    sentences,
    word_rows,
)
from kolumne.measures import readability
from kolumne.measures.metrics import METRICS
from kolumne.statistics import corpus_statistics
from kolumne.text import tokens

PROJECT = Path(__file__).resolve().parents[1]
SMALL = "Frage:\nIch habe Angst. Was soll ich tun?\nAntwort:\nRufen Sie ihn an. Sie schaffen das."
# Every sentiment backend by its own name ("default" is an alias of one of them).
SENTIMENT_BACKENDS = ("textblob-de", "textblob-de-repaired", "sentiws")
# The annotated benchmark columns live outside the repository, on the shared disk; where
# that disk is mounted, they join the project's own columns in the tests over all columns.
SHARED_COLUMNS = Path("/work/shared/benchmarks/advice/columns")
COLUMN_FILES = [
    *sorted((PROJECT / "tests" / "columns").glob("*.txt")),
    *sorted((PROJECT / "data" / "columns").glob("*.txt")),
    *sorted(SHARED_COLUMNS.glob("*.txt")),
]
ENGLISH_FILES = [
    PROJECT / "tests" / "columns" / "03-label-variants-en.txt",
    *sorted((PROJECT / "tests" / "columns").glob("1[1-4]-english-*.txt")),
    *sorted(path for path in SHARED_COLUMNS.glob("*.txt") if load_column(path).language == "en"),
]
# The measures whose word lists and word-order rules are German (read from the measures'
# definitions in kolumne.measures.tone and .sentiment, not from the registry): for an
# English column they must be "not available", never a German-rule number or a 0.
# German's split of address into "du" and "Sie" has no English counterpart.
GERMAN_ONLY_TONE = ["informal_second_person_per_100_words", "formal_address_per_100_words"]
SENTIMENT_METRICS = ["polarity_weighted", "negative_share", "neutral_share", "positive_share"]
# Measured for English as for German, each language with its own rules.
BOTH_LANGUAGES_TONE = [
    "first_person_singular_per_100_words", "first_person_plural_per_100_words",
    "second_person_per_100_words", "hedges_per_100_words", "intensifiers_per_100_words",
    "imperative_share", "advice_modal_share",
    "question_share", "exclamation_share", "quoted_speech_share", "mean_sentence_length_words",
]  # fmt: skip


def per_section(frame: pd.DataFrame, backend: str = "") -> dict[tuple, dict[str, float]]:
    """The long sections frame as {(column_id, exchange, section): {metric: value}} for
    the metrics without backend and those of ``backend``."""
    rows = frame[frame["backend"].astype(str).isin(["", backend])]
    table: dict[tuple, dict[str, float]] = {}
    for row in rows.itertuples():
        key = (str(row.column_id), int(row.exchange), str(row.section))
        table.setdefault(key, {})[str(row.metric)] = row.value
    return table


def long_frame(column_id, exchange, section, values: dict[str, list[float]], language="de"):
    """A sections frame by hand: one row per section and metric (``values`` metric -> one
    value per section, in the order of ``section``)."""
    records = []
    count = len(section)

    def as_list(value):
        return value if isinstance(value, list) else [value] * count

    column_id, exchange = as_list(column_id), as_list(exchange)
    for position in range(count):
        for metric, metric_values in values.items():
            records.append(
                {
                    "column_id": column_id[position],
                    "exchange": exchange[position],
                    "section": section[position],
                    "language": language,
                    "metric": metric,
                    "backend": "",
                    "value": metric_values[position],
                    "note": "",
                }
            )
    return pd.DataFrame.from_records(records)


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_column(seed_path)


@pytest.fixture(scope="module")
def seed_sections(seed):
    table = per_section(sections([seed], backends=["sentiws"]), backend="sentiws")
    return {section: table[(seed.column_id, 0, section)] for section in ("question", "answer")}


def test_sentence_rows_follow_the_text():
    rows = sentence_rows([parse_column(SMALL)])
    # Hand count: two sentences each; "Rufen Sie ihn an." has 4 words.
    assert rows[["section", "sentence", "words"]].values.tolist() == [
        ["question", 1, 3], ["question", 2, 4], ["answer", 1, 4], ["answer", 2, 3],
    ]  # fmt: skip
    assert rows["language"].tolist() == ["de"] * 4
    column = parse_column(SMALL)
    assert all(column.text[row.start : row.end] == row.text for row in rows.itertuples())


def test_sentences_flag_tone_and_sentiment_has_one_row_per_sentence_and_backend():
    column = parse_column(SMALL)
    frame = sentences([column])
    assert frame["is_question"].tolist() == [False, True, False, False]
    assert frame["is_imperative"].tolist() == [False, False, True, False]
    scores = sentence_sentiment([column], backends=["sentiws", "textblob-de"])
    assert scores[["backend", "section", "sentence"]].values.tolist() == [
        [backend, section, sentence]
        for backend in ("sentiws", "textblob-de")
        for section, sentence in (("question", 1), ("question", 2), ("answer", 1), ("answer", 2))
    ]
    assert scores["polarity"].notna().all() and scores["label"].notna().all()
    assert (scores["note"] == "").all()
    # "Ich habe Angst.": "Angst" is a negative SentiWS entry and nothing else scores.
    first = scores[(scores["backend"] == "sentiws") & (scores["sentence"] == 1)
                   & (scores["section"] == "question")].iloc[0]  # fmt: skip
    assert first["polarity"] < 0 and first["label"] == "negative"


def test_backend_agreement_pairs_only_backends_that_scored_the_same_sentences():
    german = parse_column(SMALL, source="klein.txt")
    english = load_column(PROJECT / "tests" / "columns" / "03-label-variants-en.txt")
    scores = sentence_sentiment([german, english], backends=["sentiws", "textblob-de", "vader"])
    agreement = backend_agreement(scores)
    # SMALL has four sentences, both German backends score all four and vader none of
    # them; vader shares no sentence with either, so it has no pair.
    assert agreement[["backend_a", "backend_b", "sentences"]].values.tolist() == [
        ["sentiws", "textblob-de", 4]
    ]


def test_english_sentences_have_no_german_rule_flags():
    column = load_column(PROJECT / "tests" / "columns" / "03-label-variants-en.txt")
    frame = sentences([column])
    # Read by hand: "How do I say no without a fight?" is the one question.
    assert frame["is_question"].tolist() == [False, True, False, False, False]
    assert frame["is_imperative"].isna().all() and frame["gives_advice"].isna().all()


def test_seed_sections_match_the_hand_worked_references(seed_sections):
    question, answer = seed_sections["question"], seed_sections["answer"]
    # References worked by hand: 8 / 139 / Flesch-Amstad 54.46 / WSTF1 5.76 and
    # 16 / 277 / 59.84 / 6.55.
    assert (question["sentences"], question["words"]) == (8, 139)
    assert (answer["sentences"], answer["words"]) == (16, 277)
    assert question["flesch_amstad"] == pytest.approx(54.46, abs=1.0)
    assert answer["flesch_amstad"] == pytest.approx(59.84, abs=1.0)
    assert question["wiener_sachtextformel_1"] == pytest.approx(5.76, abs=1.0)
    assert answer["wiener_sachtextformel_1"] == pytest.approx(6.55, abs=1.0)


def test_seed_tone_facts(seed_sections):
    question, answer = seed_sections["question"], seed_sections["answer"]
    # Read by hand: the answer has 7 imperative sentences of 16 and 3 questions; the
    # question 0 imperatives and 1 question ("Wie gehe ich damit um?").
    assert question["imperative_share"] == 0
    assert answer["imperative_share"] == pytest.approx(7 / 16)
    assert question["question_share"] == pytest.approx(1 / 8)
    assert answer["question_share"] == pytest.approx(3 / 16)
    assert (
        question["first_person_singular_per_100_words"]
        > answer["first_person_singular_per_100_words"]
    )
    assert answer["formal_address_per_100_words"] > question["formal_address_per_100_words"]


def test_sub_headings_are_left_out_of_the_measured_text():
    # (Was section_text; the sections now measure the loader's sentences and tokens.)
    column = parse_column(
        "Frage:\nWas tun?\nAntwort:\nEs gibt zwei Wege.\nDer erste Weg\nReden Sie mit ihm."
    )
    rows = sentence_rows([column])
    assert rows.loc[rows["section"] == "answer", "text"].tolist() == [
        "Es gibt zwei Wege.", "Reden Sie mit ihm.",
    ]  # fmt: skip
    answer = per_section(sections([column], backends=[]))[(column.column_id, 0, "answer")]
    # Hand count without "Der erste Weg": 2 paragraphs, 2 sentences, 4 + 4 words.
    assert (answer["paragraphs"], answer["sentences"], answer["words"]) == (2, 2, 8)


def test_comparison_is_answer_minus_question():
    frame = long_frame("c", 0, ["question", "answer"],
                       {"lix": [50.0, 38.5], "imperative_share": [0.0, 0.25]})  # fmt: skip
    assert comparison(frame).values.tolist() == [
        ["c", 0, "de", "lix", "", 50.0, 38.5, -11.5, ""],
        ["c", 0, "de", "imperative_share", "", 0.0, 0.25, 0.25, ""],
    ]


def test_comparison_keeps_backends_apart():
    frame = pd.DataFrame({
        "column_id": "c", "exchange": 0, "language": "de",
        "section": ["question", "answer"] * 2, "metric": "polarity_weighted",
        "backend": ["sentiws", "sentiws", "textblob-de", "textblob-de"],
        "value": [-0.5, 0.25, 0.0, 0.5], "note": "",
    })  # fmt: skip
    assert comparison(frame)[["backend", "question", "answer", "difference"]].values.tolist() == [
        ["sentiws", -0.5, 0.25, 0.75], ["textblob-de", 0.0, 0.5, 0.5],
    ]  # fmt: skip


def test_comparison_is_one_row_per_exchange_metric_and_backend_whatever_the_notes():
    # The documented key is column, exchange, metric and backend: a note on one section
    # only (say a warning) must not split question and answer into two half-empty rows.
    frame = long_frame("c", 0, ["question", "answer"], {"lix": [40.0, 35.0]})
    frame.loc[1, "note"] = "only 3 words"
    result = comparison(frame)
    assert result[["metric", "question", "answer", "difference"]].values.tolist() == [
        ["lix", 40.0, 35.0, -5.0],
    ]  # fmt: skip


def test_comparison_labels_are_categories_in_order_of_appearance():
    # 600,000 rows for 20,000 columns: repeated strings would dominate the memory.
    frame = long_frame(["b", "b", "a", "a"], 0, ["question", "answer"] * 2,
                       {"lix": [50.0, 40.0, 30.0, 35.0],
                        "hedges_per_100_words": [1.0, 2.0, 3.0, 4.0]})  # fmt: skip
    result = comparison(frame)
    assert list(result["column_id"].cat.categories) == ["b", "a"]
    assert list(result["metric"].cat.categories) == ["lix", "hedges_per_100_words"]
    assert result["column_id"].tolist() == ["b", "b", "a", "a"]
    assert result["difference"].tolist() == [-10.0, 1.0, 5.0, 1.0]


def test_corpus_statistics_worked_by_hand():
    # Six columns whose answers all score lower: differences -10, -7, -6, -8, -11, -9.
    # Median -8.5; every signed rank is negative, so W+ = 0, the rank-biserial
    # correlation is -1, and the exact two-sided p-value is 2 / 2**6 = 0.03125.
    differences = [-10.0, -7.0, -6.0, -8.0, -11.0, -9.0]
    frame = pd.DataFrame(
        {
            "language": "de",
            "metric": "lix",
            "backend": "",
            "question": 50.0,
            "answer": [50 + d for d in differences],
            "difference": differences,
        }
    )
    row = corpus_statistics(frame).iloc[0]
    assert row["pairs"] == 6
    assert row["median_difference"] == -8.5
    assert row["wilcoxon_statistic"] == 0
    assert row["p_value"] == pytest.approx(0.03125)
    assert row["rank_biserial"] == -1.0
    assert row["ci_low"] <= -8.5 <= row["ci_high"]


def test_corpus_statistics_refuse_too_few_columns(seed):
    frame = comparison(sections([seed], backends=[]))
    statistics = corpus_statistics(frame)
    assert len(statistics) == len(frame)  # one column: one row per metric
    assert (statistics["pairs"] == 1).all()
    assert statistics["p_value"].isna().all()
    assert statistics["note"].str.contains("at least 5 columns").all()


def test_readability_scores_carry_counts_bands_and_warnings():
    column = parse_column("Frage:\nDer Hund bellt laut.\nAntwort:\nNein.")
    frame = readability_scores([column], lang="de").set_index(["section", "formula"])
    flesch = frame.loc[("question", "flesch_amstad")]
    # 180 - 4 words per sentence - 58.5 * (4 syllables / 4 words) = 117.5, "sehr leicht".
    assert flesch["value"] == pytest.approx(117.5)
    assert flesch["band"] == "sehr leicht"
    assert "only 4 words" in flesch["warning"]


def test_word_rows_and_longest_words():
    column = parse_column("Frage:\nWie gehe ich damit um?\nAntwort:\nEntschuldigen Sie sich.")
    frame = word_rows([column])
    # Hand count: Ent-schul-di-gen has 4 syllables and 13 letters.
    assert frame.set_index("word").loc["Entschuldigen", ["letters", "syllables"]].tolist() == [
        13,
        4,
    ]
    assert sorted(longest_words(frame, count=1)["word"]) == ["Entschuldigen", "damit"]


def test_nan_free_metrics_for_a_normal_column(seed):
    frame = sections([seed], backends=["sentiws"])
    answer = frame[frame["section"] == "answer"]
    assert not answer.loc[answer["value"].isna(), "metric"].tolist()
    # Without the contextual backend the directive share is the rules' alone, and says so.
    notes = answer.set_index("metric")["note"].astype(str)
    assert notes["directive_share"] == RULES_ONLY_NOTE
    assert (notes.drop("directive_share") == "").all()


def test_the_reading_says_what_the_numbers_say(seed):
    from kolumne.figures.reading import describe

    reading = describe(comparison(sections([seed], backends=["sentiws"])))
    # The seed by hand: "ich" in the question, "Sie" and 7 imperatives of 16 in the answer;
    # Flesch-Amstad says the answer is easier (59.8 vs 54.5), WSTF 1 says harder (6.6 vs 5.8);
    # the question asks 1 question, the answer 3.
    assert "first person" in reading
    assert "formally" in reading
    assert "7 of them as imperatives" in reading
    assert "says easier" in reading and "says harder" in reading
    assert "The question asks 1 question(s), the answer 3." in reading
    assert "nan" not in reading.lower()


def test_the_reading_leaves_out_differences_too_small_to_matter():
    from kolumne.figures.reading import describe

    frame = pd.DataFrame(
        {
            "metric": ["first_person_singular_per_100_words", "flesch_amstad"],
            "backend": "",
            "question": [3.0, 60.0],
            "answer": [2.5, 62.0],
        }
    )
    assert describe(frame) == ""


def test_the_reading_names_each_sections_most_frequent_emotion():
    from kolumne.figures.reading import describe

    # 8 question sentences, 4 of them angry; 16 answer sentences, 1 hopeful, 1 joyful.
    rates = {"anger": (50.0, 0.0), "hope": (0.0, 6.25), "joy": (0.0, 6.25)}
    frame = pd.DataFrame(
        {
            "metric": ["sentences", *(f"{name}_per_100_sentences" for name in rates)],
            "backend": ["", "contextual", "contextual", "contextual"],
            "question": [8.0, *(pair[0] for pair in rates.values())],
            "answer": [16.0, *(pair[1] for pair in rates.values())],
        }
    )
    assert describe(frame) == (
        "The most frequent emotion (contextual): in the question anger (4 of 8 sentences), "
        "in the answer joy / hope (1 of 16 sentences each)."
    )
    hopeful = frame.assign(answer=[16.0, 0.0, 12.5, 6.25])
    assert describe(hopeful, lang="de") == (
        "Das häufigste Gefühl (contextual): in der Frage Ärger (4 von 8 Sätzen), "
        "in der Antwort Hoffnung (2 von 16 Sätzen)."
    )
    calm = frame.assign(question=[8.0, 0.0, 0.0, 0.0], answer=[16.0, 0.0, 0.0, 0.0])
    assert describe(calm, lang="de") == ""


def test_kolumne_analyze_table_fits_a_100_column_terminal(seed_path, capsys):
    from kolumne.cli import main

    assert main(["analyze", str(seed_path), "--no-progress"]) == 0
    table = capsys.readouterr().out
    assert max(len(line) for line in table.splitlines()) <= 100
    # Hand counts of the seed: question 139 words, answer 277.
    words_row = next(line for line in table.splitlines() if line.split()[:1] == ["words"])
    assert words_row.split()[1:] == ["139.00", "277.00", "+138.00"]


def test_comparison_of_an_exchange_without_answer_is_nan_not_an_error():
    frame = long_frame(["a", "a", "b"], 0, ["question", "answer", "question"],
                       {"lix": [50.0, 40.0, 30.0]})  # fmt: skip
    rows = comparison(frame).values.tolist()
    assert rows[0] == ["a", 0, "de", "lix", "", 50.0, 40.0, -10.0, ""]
    assert rows[1][:6] == ["b", 0, "de", "lix", "", 30.0]
    assert math.isnan(rows[1][6]) and math.isnan(rows[1][7])


def test_comparison_of_shuffled_rows_pairs_the_same_sections():
    # kolumne's frames keep an exchange's rows together (a shortcut numbers them by
    # neighbours); any other order must pair question and answer all the same.
    frame = long_frame(["a", "a", "a", "a", "b", "b"], [0, 0, 1, 1, 0, 0],
                       ["question", "answer"] * 3,
                       {"lix": [50.0, 40.0, 45.0, 44.0, 30.0, 35.0]})  # fmt: skip
    expected = [["a", 0, "de", "lix", "", 50.0, 40.0, -10.0, ""],
                ["a", 1, "de", "lix", "", 45.0, 44.0, -1.0, ""],
                ["b", 0, "de", "lix", "", 30.0, 35.0, 5.0, ""]]  # fmt: skip
    assert comparison(frame).values.tolist() == expected
    shuffled = frame.iloc[[5, 2, 0, 4, 3, 1]]
    assert sorted(comparison(shuffled).values.tolist()) == expected
    # Rows come in the order in which exchanges first appear (as before the restructure).
    assert comparison(frame.iloc[[0, 1, 4, 5, 2, 3]]).values.tolist() == [
        expected[0], expected[2], expected[1],
    ]  # fmt: skip


def test_comparison_refuses_two_columns_with_one_id():
    frame = long_frame("kolumne", 0, ["question", "answer"] * 2,
                       {"lix": [50.0, 40.0, 30.0, 35.0]})  # fmt: skip
    # The message now names "a section of a kind" (question or answer), not "question".
    with pytest.raises(ValueError, match="'kolumne' has more than one section"):
        comparison(frame)


# --- every column: one definition of words, one weighted mean ---------------------------


@pytest.fixture(scope="module")
def every_column():
    return [load_column(path) for path in COLUMN_FILES]


@pytest.fixture(scope="module")
def every_section_frame(every_column):
    return sections(every_column, backends=SENTIMENT_BACKENDS)


@pytest.fixture(scope="module")
def every_sentence_sentiment(every_column):
    return sentence_sentiment(every_column, backends=SENTIMENT_BACKENDS)


def test_the_columns_of_the_tests_over_every_column():
    # 17 test columns and the bundled one, plus the 14 benchmark columns where mounted.
    assert len(COLUMN_FILES) >= 18
    assert len(COLUMN_FILES) == 18 + (14 if SHARED_COLUMNS.is_dir() else 0)


def assert_one_word_count(column, section_table):
    """A section's ``words`` in the sections frame is the sum of its sentence rows'
    ``words``, readability's word count and the number of its word tokens."""
    rows = sentence_rows([column])
    for exchange, pair in enumerate(column.exchanges):
        for section in (pair.question, pair.answer):
            words = section_table[(column.column_id, exchange, section.kind)]["words"]
            of_rows = rows[(rows["exchange"] == exchange) & (rows["section"] == section.kind)]
            # The section's sentences tokenised afresh: their word tokens.
            tokenised = [
                tokens(sentence.text, column.language, offset=sentence.start)
                for sentence in section.sentences
            ]
            assert tokenised == [sentence.tokens for sentence in section.sentences]
            word_tokens = sum(token.kind == "word" for found in tokenised for token in found)
            assert words == of_rows["words"].sum() == word_tokens, (section.kind, exchange)
            assert words == readability.count(section, column.language).words
            assert words == len(section.words)


def assert_one_weighted_mean(column, section_frame_of_column, scores):
    """``polarity_weighted`` of each section and backend is sum(p * w) / sum(w) over the
    section's ``sentence_sentiment`` rows, with w = max(words, 1)."""
    for backend in SENTIMENT_BACKENDS:
        table = per_section(section_frame_of_column, backend=backend)
        for exchange, pair in enumerate(column.exchanges):
            for section in (pair.question, pair.answer):
                rows = scores[(scores["column_id"] == column.column_id)
                              & (scores["backend"] == backend) & (scores["exchange"] == exchange)
                              & (scores["section"] == section.kind)]  # fmt: skip
                assert len(rows) == len(section.sentences)
                weights = [max(int(words), 1) for words in rows["words"]]
                polarities = rows["polarity"].tolist()
                if column.language == "en":  # German rules only: no score at all
                    expected = math.nan
                    assert all(math.isnan(p) for p in polarities)
                else:
                    expected = sum(p * w for p, w in zip(polarities, weights)) / sum(weights)
                value = table[(column.column_id, exchange, section.kind)]["polarity_weighted"]
                assert value == pytest.approx(expected, abs=1e-12, nan_ok=True), (
                    backend,
                    exchange,
                    section.kind,
                )


@pytest.mark.parametrize("position", range(len(COLUMN_FILES)),
                         ids=[path.name for path in COLUMN_FILES])  # fmt: skip
def test_words_of_a_section_are_one_count_everywhere(every_column, every_section_frame, position):
    assert_one_word_count(every_column[position], per_section(every_section_frame))


@pytest.mark.parametrize("position", range(len(COLUMN_FILES)),
                         ids=[path.name for path in COLUMN_FILES])  # fmt: skip
def test_polarity_weighted_is_the_one_weighted_mean_of_the_sentences(
    every_column, every_section_frame, every_sentence_sentiment, position
):
    assert_one_weighted_mean(every_column[position], every_section_frame, every_sentence_sentiment)


def test_numbers_and_addresses_are_no_words_and_a_wordless_sentence_weighs_one():
    column = parse_column(
        "Frage:\nSeit 2016 schreibe ich an info@example.org. Nichts!\n"
        "Antwort:\nGute Hilfe finden Sie unter www.hilfe.example.de oder 0800 111. 2017.\n"
    )
    frame = sections([column], backends=SENTIMENT_BACKENDS)
    table = per_section(frame)
    question, answer = (table[(column.column_id, 0, kind)] for kind in ("question", "answer"))
    # Hand count: "Seit … ich an" 4 words and "Nichts" 1 (2016 is a number, the address one
    # e-mail token); "Gute Hilfe finden Sie unter … oder" 6 words and "2017." none (the
    # URL is one url token, 0800 and 111 are numbers). Rates count per those words.
    assert (question["sentences"], question["words"]) == (2, 5)
    assert (answer["sentences"], answer["words"]) == (2, 6)
    assert answer["formal_address_per_100_words"] == pytest.approx(100 / 6)
    assert question["first_person_singular_per_100_words"] == pytest.approx(100 / 5)
    assert_one_word_count(column, table)
    scores = sentence_sentiment([column], backends=SENTIMENT_BACKENDS)
    answers = scores[scores["section"] == "answer"]
    assert answers["words"].tolist() == [6, 0] * 3
    assert_one_weighted_mean(column, frame, scores)
    for backend in SENTIMENT_BACKENDS:
        first, wordless = answers.loc[answers["backend"] == backend, "polarity"]
        # "Gute Hilfe" scores positive, "2017." nothing; the wordless sentence weighs one.
        assert first > 0 and wordless == 0, backend
        value = per_section(frame, backend)[(column.column_id, 0, "answer")]["polarity_weighted"]
        assert value == pytest.approx(first * 6 / 7), backend


def test_every_metric_of_the_sections_frame_has_a_registry_record(every_section_frame):
    metrics = set(every_section_frame["metric"].astype(str))
    assert {"words", "flesch_amstad", "flesch_reading_ease", "polarity_weighted"} <= metrics
    assert metrics - METRICS.keys() == set()
    for name in metrics:
        assert METRICS[name].label_en.strip() and METRICS[name].label_de.strip(), name


def test_a_metric_without_a_record_is_refused(seed):
    records = section_records(seed, backends=[])
    assert section_frame(records)["metric"].astype(str).tolist() == [r["metric"] for r in records]
    invented = [*records, {**records[0], "metric": "sarcasm_per_100_words"}]
    with pytest.raises(ValueError, match=r"sarcasm_per_100_words.*no record in "
                                         r"kolumne\.measures\.metrics\.METRICS"):  # fmt: skip
        section_frame(invented)


# --- an English column: German-only measures are "not available" -------------------------


@pytest.fixture(scope="module", params=ENGLISH_FILES, ids=lambda path: path.name)
def english(request):
    column = load_column(request.param)
    assert column.language == "en"
    frame = sections([column], backends=["textblob-de-repaired", "sentiws"])
    return column, frame, comparison(frame)


def test_english_sections_say_not_available_for_german_only_measures(english):
    column, frame, _ = english
    for row in frame.itertuples():
        metric, note = str(row.metric), str(row.note)
        if metric in GERMAN_ONLY_TONE or metric in SENTIMENT_METRICS:
            assert math.isnan(row.value), metric
            assert note.startswith("not available for en"), (metric, note)
        else:
            expected = RULES_ONLY_NOTE if metric == "directive_share" else ""
            assert not math.isnan(row.value) and note == expected, (metric, row.value, note)
    metrics = set(frame["metric"].astype(str))
    assert {*GERMAN_ONLY_TONE, *SENTIMENT_METRICS, *BOTH_LANGUAGES_TONE} <= metrics
    # The German formulas are not reported at all for English; the English ones are.
    assert "flesch_amstad" not in metrics and "lix" not in metrics
    assert {"flesch_reading_ease", "flesch_kincaid_grade", "smog_en"} <= metrics
    polarity = frame[frame["metric"] == "polarity_weighted"]
    assert polarity[["exchange", "section", "backend", "note"]].astype(str).values.tolist() == [
        [str(exchange), section, name, "not available for en: German rules only"]
        for exchange in range(len(column.exchanges))
        for section in ("question", "answer")
        for name in ("textblob-de-repaired", "sentiws")
    ]
    tone_notes = frame.loc[frame["metric"].isin(GERMAN_ONLY_TONE), "note"].astype(str)
    assert set(tone_notes) == {"not available for en: German rules only"}


def test_english_comparison_says_not_available(english):
    column, _, compared = english
    unavailable = compared[
        compared["metric"].astype(str).isin(GERMAN_ONLY_TONE + SENTIMENT_METRICS)
    ]
    per_exchange = len(GERMAN_ONLY_TONE) + 2 * len(SENTIMENT_METRICS)
    assert len(unavailable) == per_exchange * len(column.exchanges)
    assert unavailable[["question", "answer", "difference"]].isna().all().all()
    assert unavailable["note"].astype(str).str.startswith("not available for en").all()
    available = compared[~compared.index.isin(unavailable.index)]
    assert available[["question", "answer", "difference"]].notna().all().all()
    rules_only = available["metric"].astype(str) == "directive_share"
    assert (available.loc[rules_only, "note"].astype(str) == RULES_ONLY_NOTE).all()
    assert (available.loc[~rules_only, "note"].astype(str) == "").all()


def test_english_words_counted_by_hand():
    column = load_column(PROJECT / "tests" / "columns" / "03-label-variants-en.txt")
    table = per_section(sections([column], backends=[]))
    # "My sister borrows money and never pays it back. How do I say no without a fight?"
    # 9 + 8 words; "Say it kindly and say it once. You do not owe her a reason. If she
    # pushes, repeat yourself." 7 + 7 + 5 words; 1 question of 2 sentences, none of 3.
    question, answer = (table[(column.column_id, 0, kind)] for kind in ("question", "answer"))
    assert (question["sentences"], question["words"]) == (2, 17)
    assert (answer["sentences"], answer["words"]) == (3, 19)
    assert (question["question_share"], answer["question_share"]) == (0.5, 0.0)


def test_kolumne_analyze_table_shows_the_note_for_an_english_column(english, capsys):
    from kolumne.cli import main

    column, _, _ = english
    # The command's own backends: for an English column, those with English rules.
    compared = comparison(sections([column], backends=DEFAULT_BACKENDS))
    assert set(compared["backend"].astype(str)) == {"", "contextual", "vader"}
    assert main(["analyze", column.source, "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "nan" not in [word.lower() for line in lines for word in line.split()]
    for row in compared.itertuples():
        name = f"{row.metric} ({row.backend})" if row.backend else str(row.metric)
        # One line per exchange, in the order of the exchanges.
        named = [line for line in lines if line.strip().startswith(name + " ")]
        assert len(named) == len(column.exchanges)
        line = named[row.exchange]
        if str(row.note):
            # The whole note, not cut mid-word: it is the only thing the row says.
            assert line.strip().endswith(str(row.note)), line
        else:
            assert line.split()[-3:] == [f"{row.question:.2f}", f"{row.answer:.2f}",
                                         f"{row.difference:+.2f}"]  # fmt: skip


def test_a_section_without_words_shows_dashes_and_says_why(tmp_path, capsys):
    from kolumne.cli import main

    # The question holds two numbers and no word: readability and tone have nothing to
    # count there; the answer ("Rufen Sie an.") has three words.
    path = tmp_path / "ohne-worte.txt"
    path.write_text("Frage:\n123 456?\nAntwort:\nRufen Sie an.\n", encoding="utf-8")
    records = section_records(load_column(path), backends=[])
    flesch = {r["section"]: r for r in records if r["metric"] == "flesch_amstad"}
    assert math.isnan(flesch["question"]["value"])
    assert flesch["question"]["note"] == "no words in the question"
    assert flesch["answer"]["note"] == "" and not math.isnan(flesch["answer"]["value"])
    assert main(["analyze", str(path), "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "nan" not in " ".join(lines).lower().split()
    [line] = [line for line in lines if line.strip().startswith("flesch_amstad ")]
    assert line.split()[1:] == ["–", f"{flesch['answer']['value']:.2f}", "–"]
    assert "  –: no words in the question" in lines


def test_kolumne_analyze_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    # "kolumne analyze … | head -1": the pipe closes after the first line.
    command = Path(sys.executable).parent / "kolumne"
    for number in range(60):
        (tmp_path / f"k{number}.txt").write_text(
            f"Frage:\nWas tun, Nummer {number}?\nAntwort:\nNichts.\n", encoding="utf-8"
        )
    analyze = subprocess.Popen([str(command), "analyze", str(tmp_path), "--no-progress"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    assert analyze.stdout.readline().startswith(b"k0 (exchange 1 of 1, de)")
    analyze.stdout.close()
    assert analyze.wait(timeout=120) == 0
    assert analyze.stderr.read() == b""


def test_kolumne_analyze_csv_leaves_values_empty_and_fills_the_note(english, capsys):
    from kolumne.cli import main

    column, _, _ = english
    assert main(["analyze", column.source, "--no-progress", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    for row in rows:
        if row["metric"] in GERMAN_ONLY_TONE:
            assert (row["question"], row["answer"], row["difference"]) == ("", "", "")
            assert row["note"].startswith("not available for en"), row
        else:
            # Sentiment comes from the backends with English rules; nothing else is missing.
            assert row["backend"] in ("", "contextual", "vader"), row
            assert row["question"] and row["answer"] and row["note"] == "", row
            assert row["question"].lower() != "nan" and row["answer"].lower() != "nan"


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "Not available for this column's language (en)"),
    ("de", "Für die Sprache dieser Kolumne (en) nicht verfügbar"),
])  # fmt: skip
def test_the_reading_of_an_english_column_names_what_is_not_available(english, lang, phrase):
    from kolumne.figures.reading import describe
    from kolumne.measures.metrics import label

    _, _, compared = english
    for _, exchange in compared.groupby("exchange"):
        reading = describe(exchange, lang)
        assert "nan" not in reading.lower()
        assert phrase in reading
        for name in GERMAN_ONLY_TONE:
            assert label(name, lang) in reading.split(phrase, 1)[1]
        # Nothing German-only is read as if it had a value.
        assert "formally" not in reading and "siezt" not in reading


def test_the_reading_refuses_several_exchanges_at_once(several):
    from kolumne.figures.reading import describe

    _, compared = several
    with pytest.raises(ValueError, match="one exchange"):
        describe(compared)


# --- a column with several exchanges -------------------------------------------------------


@pytest.fixture(scope="module")
def several():
    column = load_column(PROJECT / "tests" / "columns" / "05-several-exchanges.txt")
    return column, comparison(sections([column], backends=["sentiws"]))


def test_several_exchanges_are_compared_one_by_one(several):
    column, compared = several
    assert len(column.exchanges) == 3
    assert compared["exchange"].drop_duplicates().tolist() == [0, 1, 2]
    values = compared.set_index(["exchange", "metric"])
    # Hand counts. Exchange 1: "Mein Chef ruft mich abends an. Muss ich rangehen?" (6 + 3
    # words, 1 question of 2) against "Nein. Ihre Arbeitszeit endet, wenn Ihr Vertrag es
    # sagt." (1 + 8 words, "Ihre" and "Ihr": 2 per 9 words). Exchange 2: "Darf ich im
    # Homeoffice Musik hören?" (6 words, a question) against "Ja, solange Sie erreichbar
    # bleiben. Kopfhörer helfen." (5 + 2 words, "Sie": 1 per 7 words).
    for metric, first, second in [
        ("sentences", (2, 2), (1, 2)),
        ("words", (9, 9), (6, 7)),
        ("question_share", (0.5, 0.0), (1.0, 0.0)),
        ("formal_address_per_100_words", (0.0, 200 / 9), (0.0, 100 / 7)),
    ]:
        assert tuple(values.loc[(0, metric), ["question", "answer"]]) == pytest.approx(first)
        assert tuple(values.loc[(1, metric), ["question", "answer"]]) == pytest.approx(second)
    first = compared[compared["exchange"] == 0].reset_index(drop=True)
    second = compared[compared["exchange"] == 1].reset_index(drop=True)
    assert first["metric"].tolist() == second["metric"].tolist()
    assert not first[["question", "answer"]].equals(second[["question", "answer"]])


def test_a_chart_of_one_exchange_carries_its_caption(several):
    from kolumne.figures import exchange_caption, tone_dumbbell

    column, compared = several
    total = len(column.exchanges)
    for exchange in (1, 2):
        rows = compared[compared["exchange"] == exchange]
        caption = exchange_caption(column.column_id, exchange, total)
        # The file holds three exchanges: the second is "2 of 3".
        assert caption == f"05-several-exchanges · exchange {exchange + 1} of 3"
        figure = tone_dumbbell(rows, caption=caption)
        assert caption in [text.get_text() for text in figure.texts]
    assert exchange_caption(column.column_id, 1, 2) == "05-several-exchanges · exchange 2 of 2"
    assert exchange_caption(column.column_id, 0, 1) == "05-several-exchanges"
