"""The tidy frames: sentences, sections, question-vs-answer comparison, corpus statistics."""

import math

import pandas as pd
import pytest

from kolumne import load_column, parse_column
from kolumne.compare import (
    comparison,
    corpus_statistics,
    longest_words,
    readability_scores,
    section_text,
    sections,
    sentence_rows,
    sentences,
    word_rows,
)

SMALL = "Frage:\nIch habe Angst. Was soll ich tun?\nAntwort:\nRufen Sie ihn an. Sie schaffen das."


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_column(seed_path)


@pytest.fixture(scope="module")
def seed_sections(seed):
    return sections([seed], backends=["sentiws"]).set_index("section")


def test_sentence_rows_follow_the_text():
    rows = sentence_rows([parse_column(SMALL)])
    # Hand count: two sentences each; "Rufen Sie ihn an." has 4 words.
    assert rows[["section", "sentence", "words"]].values.tolist() == [
        ["question", 1, 3], ["question", 2, 4], ["answer", 1, 4], ["answer", 2, 3],
    ]
    column = parse_column(SMALL)
    assert all(column.text[row.start:row.end] == row.text for row in rows.itertuples())


def test_sentences_flag_tone_and_carry_one_polarity_per_backend():
    frame = sentences([parse_column(SMALL)], backends=["sentiws", "textblob-de"])
    assert frame["is_question"].tolist() == [False, True, False, False]
    assert frame["is_imperative"].tolist() == [False, False, True, False]
    assert {"polarity_sentiws", "polarity_textblob_de", "label_sentiws"} <= set(frame.columns)


def test_seed_sections_match_the_hand_worked_references(seed_sections):
    question, answer = seed_sections.loc["question"], seed_sections.loc["answer"]
    # References worked by hand (issue 5): 8 / 139 / Flesch-Amstad 54.46 / WSTF1 5.76 and
    # 16 / 277 / 59.84 / 6.55.
    assert (question["sentences"], question["words"]) == (8, 139)
    assert (answer["sentences"], answer["words"]) == (16, 277)
    assert question["flesch_amstad"] == pytest.approx(54.46, abs=1.0)
    assert answer["flesch_amstad"] == pytest.approx(59.84, abs=1.0)
    assert question["wiener_sachtextformel_1"] == pytest.approx(5.76, abs=1.0)
    assert answer["wiener_sachtextformel_1"] == pytest.approx(6.55, abs=1.0)


def test_seed_tone_facts(seed_sections):
    question, answer = seed_sections.loc["question"], seed_sections.loc["answer"]
    # Read by hand: the answer has 7 imperative sentences of 16 and 3 questions; the
    # question 0 imperatives and 1 question ("Wie gehe ich damit um?").
    assert question["imperative_share"] == 0
    assert answer["imperative_share"] == pytest.approx(7 / 16)
    assert question["question_share"] == pytest.approx(1 / 8)
    assert answer["question_share"] == pytest.approx(3 / 16)
    assert question["first_person_singular_per_100_words"] > answer["first_person_singular_per_100_words"]
    assert answer["formal_address_per_100_words"] > question["formal_address_per_100_words"]


def test_section_text_leaves_out_sub_headings():
    column = parse_column(
        "Frage:\nWas tun?\nAntwort:\nEs gibt zwei Wege.\nDer erste Weg\nReden Sie mit ihm."
    )
    assert section_text(column.answer) == "Es gibt zwei Wege.\nReden Sie mit ihm."


def test_comparison_is_answer_minus_question():
    frame = pd.DataFrame({
        "column_id": "c", "exchange": 0, "language": "de", "section": ["question", "answer"],
        "lix": [50.0, 38.5], "imperative_share": [0.0, 0.25],
    })
    assert comparison(frame).values.tolist() == [
        ["c", 0, "lix", 50.0, 38.5, -11.5],
        ["c", 0, "imperative_share", 0.0, 0.25, 0.25],
    ]




def test_comparison_labels_are_categories_in_order_of_appearance():
    # 600,000 rows for 20,000 columns: repeated strings would dominate the memory.
    frame = pd.DataFrame({
        "column_id": ["b", "b", "a", "a"], "exchange": 0, "language": "de",
        "section": ["question", "answer"] * 2, "lix": [50.0, 40.0, 30.0, 35.0],
        "hedges_per_100_words": [1.0, 2.0, 3.0, 4.0],
    })
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
    frame = pd.DataFrame({"metric": "lix", "question": 50.0, "answer": [50 + d for d in differences],
                          "difference": differences})
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
    assert frame.set_index("word").loc["Entschuldigen", ["letters", "syllables"]].tolist() == [13, 4]
    assert sorted(longest_words(frame, count=1)["word"]) == ["Entschuldigen", "damit"]


def test_nan_free_metrics_for_a_normal_column(seed_sections):
    numeric = seed_sections.select_dtypes("number")
    assert not [name for name, value in numeric.loc["answer"].items() if math.isnan(value)]


def test_the_reading_says_what_the_numbers_say(seed):
    from kolumne.reading import describe

    reading = describe(comparison(sections([seed], backends=["sentiws"])))
    # The seed by hand: "ich" in the question, "Sie" and 7 imperatives of 16 in the answer;
    # Flesch-Amstad says the answer is easier (59.8 vs 54.5), WSTF 1 says harder (6.6 vs 5.8).
    assert "first person" in reading
    assert "formally" in reading
    assert "7 of its 16 sentences are imperatives" in reading
    assert "says easier" in reading and "says harder" in reading


def test_the_reading_leaves_out_differences_too_small_to_matter():
    from kolumne.reading import describe

    frame = pd.DataFrame({"metric": ["first_person_singular_per_100_words", "flesch_amstad"],
                          "question": [3.0, 60.0], "answer": [2.5, 62.0]})
    assert describe(frame) == ""


def test_kolumne_analyze_table_fits_a_100_column_terminal(seed_path, capsys):
    from kolumne.cli import main

    assert main(["analyze", str(seed_path), "--no-progress"]) == 0
    table = capsys.readouterr().out
    assert max(len(line) for line in table.splitlines()) <= 100
    # Hand counts of the seed: question 139 words, answer 277.
    words_row = next(line for line in table.splitlines() if line.split()[:1] == ["words"])
    assert words_row.split()[1:] == ["139.00", "277.00", "+138.00"]


def test_comparison_of_an_exchange_without_answer_is_nan_not_an_error():
    frame = pd.DataFrame({
        "column_id": ["a", "a", "b"], "exchange": 0, "language": "de",
        "section": ["question", "answer", "question"], "lix": [50.0, 40.0, 30.0],
    })
    rows = comparison(frame).values.tolist()
    assert rows[0] == ["a", 0, "lix", 50.0, 40.0, -10.0]
    assert rows[1][:4] == ["b", 0, "lix", 30.0] and math.isnan(rows[1][4])


def test_comparison_of_shuffled_rows_pairs_the_same_sections():
    # kolumne's frames keep an exchange's rows together (a shortcut numbers them by
    # neighbours); any other order must pair question and answer all the same.
    frame = pd.DataFrame({
        "column_id": ["a", "a", "a", "a", "b", "b"], "exchange": [0, 0, 1, 1, 0, 0],
        "language": "de", "section": ["question", "answer"] * 3,
        "lix": [50.0, 40.0, 45.0, 44.0, 30.0, 35.0],
    })
    expected = [["a", 0, "lix", 50.0, 40.0, -10.0], ["a", 1, "lix", 45.0, 44.0, -1.0],
                ["b", 0, "lix", 30.0, 35.0, 5.0]]
    assert comparison(frame).values.tolist() == expected
    shuffled = frame.iloc[[5, 2, 0, 4, 3, 1]]
    assert sorted(comparison(shuffled).values.tolist()) == expected
    assert comparison(frame.iloc[[0, 1, 4, 5, 2, 3]]).values.tolist() == [expected[0], expected[2], expected[1]]


def test_comparison_refuses_two_columns_with_one_id():
    frame = pd.DataFrame({
        "column_id": ["kolumne"] * 4, "exchange": 0, "language": "de",
        "section": ["question", "answer"] * 2, "lix": [50.0, 40.0, 30.0, 35.0],
    })
    with pytest.raises(ValueError, match="'kolumne' has more than one question"):
        comparison(frame)
