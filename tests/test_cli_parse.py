"""`kolumne parse`: the outline, the JSON shape, and one line per bad file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kolumne.cli import main

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "data" / "columns" / "2016-kollege-sabotiert.txt"
COLUMNS = Path(__file__).parent / "columns"
TEST_COLUMNS = sorted(COLUMNS.glob("*.txt"))

COLUMN_KEYS = {
    "source",
    "encoding",
    "language",
    "title",
    "intro",
    "exchanges",
    "related",
    "footer",
    "warnings",
}
SECTION_KEYS = {"heading", "text", "start", "end", "paragraphs"}
TOKEN_KINDS = {"word", "number", "url", "email"}


def assert_section_shape(section):
    assert set(section) == SECTION_KEYS
    assert section["heading"] is None or isinstance(section["heading"], str)
    assert isinstance(section["text"], str)
    assert isinstance(section["start"], int) and isinstance(section["end"], int)
    for paragraph in section["paragraphs"]:
        assert set(paragraph) == {"start", "end", "sentences"}
        for sentence in paragraph["sentences"]:
            # The loader's tokens are part of each sentence now (kolumne.model.Token).
            assert set(sentence) == {"text", "start", "end", "tokens"}
            assert isinstance(sentence["text"], str)
            for token in sentence["tokens"]:
                assert set(token) == {"text", "kind", "start", "end"}
                assert token["kind"] in TOKEN_KINDS
                assert sentence["start"] <= token["start"] < token["end"] <= sentence["end"]


def assert_column_shape(document):
    assert set(document) == COLUMN_KEYS
    assert isinstance(document["source"], str) and isinstance(document["encoding"], str)
    assert document["language"] in ("de", "en")
    assert document["title"] is None or isinstance(document["title"], str)
    assert document["intro"] is None or isinstance(document["intro"], str)
    assert document["exchanges"]
    for exchange in document["exchanges"]:
        assert set(exchange) == {"question", "answer"}
        assert_section_shape(exchange["question"])
        assert_section_shape(exchange["answer"])
    for link in document["related"]:
        assert set(link) == {"text", "start", "end"}
    footer = document["footer"]
    if footer is not None:
        assert set(footer) == {"text", "year", "author", "emails", "urls"}
        assert footer["year"] is None or isinstance(footer["year"], int)
        assert all(isinstance(value, str) for value in footer["emails"] + footer["urls"])
    assert all(isinstance(warning, str) for warning in document["warnings"])


def test_json_of_the_seed(capsys):
    assert main(["parse", str(SEED), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert_column_shape(document)
    question = document["exchanges"][0]["question"]
    answer = document["exchanges"][0]["answer"]
    assert question["heading"] == "Frage:" and answer["heading"] == "Antworten:"
    assert len(question["paragraphs"]) == 3
    assert sum(len(paragraph["sentences"]) for paragraph in answer["paragraphs"]) == 16
    assert answer["paragraphs"][0]["sentences"][0]["text"] == "Nicht."
    assert document["footer"]["year"] == 2016 and document["footer"]["author"] == "Lynne Curry"
    assert len(document["related"]) == 3


@pytest.mark.parametrize("path", TEST_COLUMNS, ids=lambda path: path.name)
def test_json_shape_of_every_format(capsys, path):
    assert main(["parse", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert_column_shape(document)
    assert document["source"] == str(path)


def test_several_files_give_a_json_list(capsys):
    files = [str(path) for path in TEST_COLUMNS]
    assert main(["parse", *files, "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert [document["source"] for document in documents] == files


def test_outline_by_default(capsys):
    assert main(["parse", str(COLUMNS / "04-letter.txt")]) == 0
    out = capsys.readouterr().out
    assert "question (letter): 2 paragraph(s), 3 sentence(s)" in out
    assert "salutation: Lieber Bernd," in out
    assert "signature: Ihre Tante Frieda" in out


def test_a_bad_file_gives_one_line_and_status_2_and_the_rest_still_runs(capsys, tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "fehlt.txt"
    status = main(["parse", str(empty), str(SEED), str(missing), "--json"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.splitlines() == [
        f"kolumne: {empty}: the file is empty; expected a question and an answer",
        f"kolumne: {missing}: No such file or directory",
    ]
    assert [document["source"] for document in json.loads(captured.out)] == [str(SEED)]


def test_an_unparseable_file_names_the_line(capsys, tmp_path):
    path = tmp_path / "ohne-antwort.txt"
    path.write_text("Einleitung.\nAntwort: Nichts.\n", encoding="utf-8")
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"kolumne: {path}: line 2: found an answer")


def test_the_installed_command():
    command = Path(sys.executable).parent / "kolumne"
    result = subprocess.run(
        [str(command), "parse", str(SEED), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert_column_shape(document)
    assert document["intro"] == "Heute sprechen wir davon, wenn ein Kollege Ihre Arbeit sabotiert."


def test_max_bytes_lifts_the_size_limit_and_the_refusal_says_how(capsys):
    seed = SEED
    size = seed.stat().st_size
    assert main(["analyze", str(seed), "--max-bytes", str(size - 1), "--no-progress"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"kolumne: {seed}: the file has {size:,} bytes, over the limit of")
    assert "kolumne analyze --max-bytes N" in error and "\n" not in error
    assert main(["analyze", str(seed), "--max-bytes", str(size), "--format", "csv"]) == 0
    assert "2016-kollege-sabotiert,0,words,139.0,277.0" in capsys.readouterr().out
    for wrong in ("0", "5MB"):
        with pytest.raises(SystemExit):
            main(["analyze", str(seed), "--max-bytes", wrong])
        assert "--max-bytes: must be" in capsys.readouterr().err
