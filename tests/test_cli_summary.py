"""`kolumne analyze --summary`: one row per metric across all columns, checked against
word counts made by hand, in every format, with a bad file among good ones."""

import csv
import io
import json
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from kolumne.cli import main

# Five German columns written for this test, question and answer as (text, words counted
# by hand). Differences answer - question: +1, +2, +4, +5, -3.
COLUMNS = {
    "chef-lobt-nie": (
        ("Mein Chef lobt mich nie.", 5),
        ("Sprechen Sie ihn freundlich darauf an.", 6),
    ),
    "kollegin-redet": (
        ("Meine Kollegin redet ständig über mich.", 6),
        ("Fragen Sie die Kollegin, was sie damit meint.", 8),
    ),
    "nachbar-parkt": (
        ("Mein Nachbar parkt jeden Tag vor meiner Einfahrt.", 8),
        ("Reden Sie mit ihm. Hilft das nicht, rufen Sie die Stadt an.", 12),
    ),
    "schwester-ruft-nie-an": (
        ("Meine Schwester ruft mich nie an.", 6),
        ("Rufen Sie Ihre Schwester an und sagen Sie ihr das offen.", 11),
    ),
    "sohn-schule": (
        ("Mein Sohn will nicht mehr zur Schule gehen. Was soll ich tun?", 12),
        ("Fragen Sie ihn, was in der Schule passiert ist.", 9),
    ),
}
# By hand: questions 5 6 6 8 12, median 6; answers 6 8 9 11 12, median 9; differences
# -3 1 2 4 5, median 2 (not 9 - 6: the median of the differences). Signed ranks of the
# differences: W+ = 1 + 2 + 4 + 5 = 12, W- = 3, so the rank-biserial r is (12 - 3) / 15 =
# 0.6; of the 2**5 equally likely sign patterns, 5 have W- <= 3 ({}, {1}, {2}, {3}, {1, 2}),
# so the exact two-sided p-value is 2 * 5 / 32 = 0.3125.
WORDS = {
    "pairs": 5,
    "question_median": 6.0,
    "answer_median": 9.0,
    "median_difference": 2.0,
    "wilcoxon_statistic": 3.0,
    "p_value": 0.3125,
    "rank_biserial": 0.6,
}
EMPTY_ERROR = "the file is empty; expected a question and an answer"


def write_column(folder, name, question, answer):
    (folder / f"{name}.txt").write_text(
        f"Heute: {name.replace('-', ' ')}\nFrage:\n{question}\nAntworten:\n{answer}\n"
        "© 2024, Erika Sommer.\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The five columns and one empty file."""
    folder = tmp_path_factory.mktemp("kolumnen")
    for name, ((question, _), (answer, _)) in COLUMNS.items():
        write_column(folder, name, question, answer)
    (folder / "leer.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zwei")
    for name, ((question, _), (answer, _)) in list(COLUMNS.items())[:2]:
        write_column(folder, name, question, answer)
    return folder


def run(*arguments):
    """``main`` on ``arguments``: its status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["analyze", *map(str, arguments), "--no-progress"])
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def table(folder):
    return run(folder, "--summary")


def summary_lines(text):
    """Each block's rows of the summary table, by label: {label: the row's line}."""
    rows = {}
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("metric") and "pairs" in line:
            width = line.index("pairs") - 1
            for row in lines[number + 1 :]:
                if not row or row.startswith("–:"):
                    break
                rows[row[:width].rstrip()] = row
    return rows


def summary_rows(text):
    """{label: the cells after it} of the summary table."""
    return {label: line[len(label) :].split() for label, line in summary_lines(text).items()}


def test_the_hand_counted_words_row(table):
    _status, out, _err = table
    words = summary_rows(out)["words"]
    # pairs, question, answer, a. - q., low, high, p, r
    assert words[:4] == ["5", "6.00", "9.00", "+2.00"]
    assert float(words[4]) <= 2 <= float(words[5])
    assert words[6:] == ["0.312", "+0.60"]


def test_a_bad_file_is_reported_and_the_others_summarised(folder, table):
    status, out, err = table
    assert status == 2
    assert err.splitlines() == [f"kolumne: {folder / 'leer.txt'}: {EMPTY_ERROR}"]
    assert out.startswith("de: 5 column(s), 5 exchange(s)\n")


def test_the_table_is_aligned_within_100_characters_with_the_labels_of_the_exchange_table(
    two_columns, table
):
    status, out, _err = table
    lines = out.splitlines()
    assert max(map(len, lines)) <= 100
    header = next(line for line in lines if line.startswith("metric"))
    rows = summary_lines(out)
    # Each of a row's 8 cells ends where a heading ends: the columns line up.
    width = header.index("pairs") - 1
    headings = {match.end() for match in re.finditer(r"\S+", header)}
    for line in rows.values():
        cells = {width + match.end() for match in re.finditer(r"\S+", line[width:])}
        assert len(cells) == 8 and cells <= headings, line
    # German columns and the default backends: 24 metrics, 4 sentiment measures for each
    # of the 3 backends with German rules and the 7 emotion rates of the contextual
    # backend, as in the exchange table.
    assert len(rows) == 24 + 3 * 4 + 7
    status, exchange_table, _ = run(two_columns)
    exchange_labels = {
        line[2:54].rstrip()
        for line in exchange_table.splitlines()
        if line.startswith("  ") and not line.startswith("  metric")
    }
    assert status == 0 and set(rows) == exchange_labels


def test_fewer_pairs_than_the_minimum_give_medians_and_the_note(two_columns):
    status, out, err = run(two_columns, "--summary")
    assert (status, err) == (0, "")
    # Questions 5 and 6 words, answers 6 and 8: medians 5.5 and 7; nothing else.
    assert summary_rows(out)["words"] == ["2", "5.50", "7.00", "–", "–", "–", "–", "–"]
    assert "only 2 pair(s): paired statistics need at least 5 columns" in out
    assert "0.312" not in out and "+0.60" not in out


def test_csv_has_one_row_per_metric_backend_and_language(folder, table):
    status, out, err = run(folder, "--summary", "--format", "csv")
    assert status == 2 and err == table[2]
    rows = list(csv.DictReader(io.StringIO(out)))
    keys = [(row["language"], row["metric"], row["backend"]) for row in rows]
    assert len(keys) == len(set(keys)) == len(summary_rows(table[1])) == 24 + 3 * 4 + 7
    words = next(row for row in rows if row["metric"] == "words")
    assert {key: float(words[key]) for key in WORDS} == pytest.approx(WORDS)
    assert float(words["ci_low"]) <= 2 <= float(words["ci_high"])
    assert (words["language"], words["backend"], words["note"]) == ("de", "", "")


def test_json_has_the_rows_of_csv_with_null_for_what_cannot_be_computed(two_columns):
    _status, out, _err = run(two_columns, "--summary", "--format", "json")
    rows = json.loads(out)
    assert len({(row["language"], row["metric"], row["backend"]) for row in rows}) == 24 + 3 * 4 + 7
    words = next(row for row in rows if row["metric"] == "words")
    assert words["pairs"] == 2
    assert (words["question_median"], words["answer_median"]) == (5.5, 7.0)
    assert words["p_value"] is None and words["median_difference"] is None
    assert words["note"].startswith("only 2 pair(s)")


def test_a_reader_that_left_before_the_output_is_no_error(two_columns):
    # The read end of the pipe is closed before kolumne writes: its output (a few
    # kilobytes, flushed at once) meets a closed pipe, as under "kolumne … | head -1".
    process = subprocess.Popen(
        [sys.executable, "-m", "kolumne.cli", "analyze", str(two_columns), "--summary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), err) == (0, b"")
