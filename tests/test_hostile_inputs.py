"""Hostile files: each one parses correctly or fails with one line that names the file.

One table of files, read four ways:
1. the Python API, ``load_column``: a ``Column`` or ``ColumnFormatError``/``OSError``;
2. the command line, ``kolumne parse FILE``: exit 0 with the outline, or exit 2 with
   exactly one stderr line ``kolumne: FILE: reason`` and no traceback;
3. a corpus, ``load_corpus(folder)``: every good file analysed, every bad one listed;
4. ``kolumne analyze FOLDER --format csv``: the same, exit status 2 because files failed.
"""

import csv
import io
import os
import random
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from kolumne import ColumnFormatError, load_column, load_corpus
from kolumne import load as load_module
from kolumne.load import describe_error
from kolumne.load import files as load_files
from kolumne.model import parts

SEED = Path(__file__).resolve().parents[1] / "data" / "columns" / "2016-kollege-sabotiert.txt"
KOLUMNE = [sys.executable, "-m", "kolumne.cli"]
# root reads a chmod-000 file anyway (CI runs as root), so there the refusal is simulated.
RUNNING_AS_ROOT = os.geteuid() == 0


# --- what a file should give ---------------------------------------------------------


@dataclass(frozen=True)
class Parses:
    """A good file: the encoding reported, how question and answer start, and the
    warnings (a fragment of each, in order): every repair must be announced."""

    encoding: str
    question: str
    answer: str
    language: str = "de"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fails:
    """A bad file: how the one-line reason starts."""

    reason: str


# --- how each file is made -----------------------------------------------------------

GERMAN = "Frage:\nWarum grüßt mein Kollege nicht?\nAntwort:\nFragen Sie ihn – freundlich.\n"
ENGLISH = (
    "Dear Abby\nQuestion: My boss takes the credit for my work. What can I do?\n"
    "Answer: Talk to him first. Then talk to HR.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Lebenshilfe</title></head>
<body>
<h1>Lebenshilfe</h1>
<p>Frage:<br>Warum grüßt mein Kollege nicht?</p>
<p>Antwort:<br>Fragen Sie ihn &ndash; freundlich.</p>
</body>
</html>
"""
# Random bytes with a fixed seed, once as they come (with NUL bytes) and once without
# NULs, so the control-character check is reached too.
RANDOM_BYTES = random.Random(8).randbytes(4096)
RANDOM_BYTES_WITHOUT_NUL = RANDOM_BYTES.replace(b"\x00", b"")
# One line of 2 MB: a question label, then words and no line end, so no answer.
LONG_LINE = "Frage: " + " ".join(random.Random(2).choices(["Haus", "gehen", "müde"], k=400_000))
LONG_LINE_BYTES = LONG_LINE.encode()[:2_000_000]


def write(data: bytes | str):
    def make(path: Path) -> None:
        path.write_bytes(data.encode() if isinstance(data, str) else data)

    return make


def png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 64), (200, 30, 30)).save(path, format="PNG")


def sparse_50_mb(path: Path) -> None:
    # Sparse: 50 MB by size, nothing on disk; the loader must refuse it by its size.
    with open(path, "wb") as file:
        file.seek(50_000_000)
        file.write(b"\0")


def symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)  # a link to itself: stat() fails with ELOOP


def folder(path: Path) -> None:
    path.mkdir()


def fifo(path: Path) -> None:
    os.mkfifo(path)  # opening it would block until someone writes: must not hang


def unreadable(path: Path) -> None:
    path.write_text(GERMAN, encoding="utf-8")
    path.chmod(0)


CASES = [
    pytest.param(write(b""), Fails("the file is empty"), id="empty"),
    pytest.param(
        write(b" \n\t\r\n  \n"), Fails("the text holds only white space"), id="whitespace"
    ),
    pytest.param(
        write("Frage:\nAntwort:\n"), Fails("line 1: the question is empty"), id="only-headings"
    ),
    pytest.param(write(RANDOM_BYTES), Fails("the file holds binary data (a NUL byte"), id="random"),
    pytest.param(
        write(RANDOM_BYTES_WITHOUT_NUL),
        Fails("the file looks like binary data (control characters)"),
        id="random-no-nul",
    ),
    pytest.param(png, Fails("the file holds binary data (a NUL byte"), id="png"),
    pytest.param(
        write(b"Frage: Was tun?\x00\nAntwort: Nichts.\n"),
        Fails("the file holds binary data (a NUL byte at byte 15)"),
        id="nul-in-text",
    ),
    # Valid UTF-8 with one stray byte stays UTF-8: the byte becomes U+FFFD, with a warning
    # (decoding all of it as cp1252 would turn every "ü" into "Ã¼").
    pytest.param(
        write(GERMAN.encode().replace("–".encode(), b"\xff")),
        Parses(
            "utf-8",
            "Warum grüßt mein Kollege nicht?",
            "Fragen Sie ihn \ufffd freundlich.",
            warnings=("replaced 1 byte sequence(s) that are not valid utf-8 by U+FFFD",),
        ),
        id="invalid-utf-8",
    ),
    pytest.param(
        write(GERMAN.encode("cp1252")),
        Parses(
            "cp1252",
            "Warum grüßt mein Kollege nicht?",
            "Fragen Sie ihn – freundlich.",
            warnings=("the file is not UTF-8; decoded it as cp1252",),
        ),
        id="cp1252",
    ),
    # "GrÃ¼ÃŸe": UTF-8 that was once decoded as cp1252 and saved again. Repaired, and said so.
    pytest.param(
        write(GERMAN.encode().decode("cp1252").encode()),
        Parses(
            "utf-8",
            "Warum grüßt mein Kollege nicht?",
            "Fragen Sie ihn – freundlich.",
            warnings=("repaired 3 mojibake sequence(s) ('Ã¼' → 'ü', 'ÃŸ' → 'ß', 'â€“' → '–')",),
        ),
        id="mojibake",
    ),
    pytest.param(
        write(b"Frage:\r\nMein Kollege sabotiert mich.\rWas soll ich tun?\nAntwort:\r\nReden.\r"),
        Parses(
            "utf-8",
            "Mein Kollege sabotiert mich.\nWas soll ich tun?",
            "Reden.",
            warnings=("converted 4 CRLF/CR line end(s) to LF",),
        ),
        id="mixed-line-ends",
    ),
    pytest.param(
        write(LONG_LINE_BYTES),
        Fails("found the question (line 1) but no answer"),
        id="2-mb-line",
    ),
    pytest.param(sparse_50_mb, Fails("the file has 50,000,001 bytes, over the limit"), id="50-mb"),
    pytest.param(
        write(HTML_PAGE), Fails("the file is an HTML page, not a plain-text column"), id="html"
    ),
    pytest.param(
        write(ENGLISH),
        Parses(
            "utf-8",
            "My boss takes the credit for my work.",
            "Talk to him first. Then talk to HR.",
            language="en",
        ),
        id="english",
    ),
    pytest.param(
        write("Frage:\nMein Kollege sabotiert mich. Was tun?\n"),
        Fails("found the question (line 1) but no answer"),
        id="missing-answer",
    ),
    pytest.param(symlink_loop, Fails("Too many levels of symbolic links"), id="symlink-loop"),
    pytest.param(folder, Fails("Is a directory"), id="folder-named-txt"),
    pytest.param(fifo, Fails("not a regular file"), id="fifo"),
    pytest.param(unreadable, Fails("Permission denied"), id="unreadable"),
]
CASE_IDS = [case.id for case in CASES]
EXPECTED = {case.id: case.values[1] for case in CASES}
GOOD = sorted(name for name, expected in EXPECTED.items() if isinstance(expected, Parses))


def deny(*args, **kwargs):
    raise PermissionError(13, "Permission denied", str(args[0]))


def assert_parses_as(column, expected: Parses) -> None:
    assert column.encoding == expected.encoding
    assert column.language == expected.language
    assert column.question.text.startswith(expected.question)
    assert column.answer.text.startswith(expected.answer)
    # Nothing is altered silently: exactly the expected warnings, no more.
    assert len(column.warnings) == len(expected.warnings), column.warnings
    for warning, fragment in zip(column.warnings, expected.warnings):
        assert fragment in warning
    # ... and nothing is lost: the parts rebuild the (normalised) text.
    found = parts(column)
    assert "".join(column.text[part.start : part.end] for part in found) == column.text
    assert all(left.end == right.start for left, right in pairwise(found))


# --- 1. the Python API ----------------------------------------------------------------


@pytest.mark.parametrize(("make", "expected"), CASES)
def test_load_column_parses_or_raises_a_one_line_reason(tmp_path, monkeypatch, make, expected):
    path = tmp_path / "spalte.txt"
    make(path)
    if make is unreadable and RUNNING_AS_ROOT:
        # root can read a chmod-000 file; make open() refuse it as the kernel would for others.
        monkeypatch.setattr(load_files, "open", deny, raising=False)
    if isinstance(expected, Parses):
        assert_parses_as(load_column(path), expected)
        return
    with pytest.raises((ColumnFormatError, OSError)) as caught:
        load_column(path)
    reason = describe_error(caught.value)
    assert reason.startswith(expected.reason)
    assert "\n" not in reason
    if isinstance(caught.value, ColumnFormatError):
        assert caught.value.source == str(path)


def test_a_50_mb_file_is_refused_by_its_size_without_being_opened(tmp_path, monkeypatch):
    path = tmp_path / "riesig.txt"
    sparse_50_mb(path)
    opened = []
    monkeypatch.setattr(load_files, "open", lambda *a, **k: opened.append(a), raising=False)
    started = time.perf_counter()
    with pytest.raises(ColumnFormatError, match="over the limit of 5,000,000"):
        load_column(path)
    # The one timing bound in this file, deliberately generous: reading 50 MB and
    # decoding it would take seconds; a stat() takes microseconds.
    assert time.perf_counter() - started < 1.0
    assert opened == []


# --- 2. the command line, one file at a time -----------------------------------------


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    """A folder holding every hostile file (named after its case) and the seed column."""
    root = tmp_path_factory.mktemp("hostile")
    for case in CASES:
        if case.values[0] is unreadable and RUNNING_AS_ROOT:
            continue  # root would read it: it would not be the bad file it claims to be
        case.values[0](root / f"{case.id}.txt")
    shutil.copy(SEED, root / SEED.name)
    yield root
    (root / "unreadable.txt").unlink(missing_ok=True)  # chmod 000 files still unlink


@pytest.fixture(scope="module")
def parse_runs(hostile_folder) -> dict[str, subprocess.CompletedProcess]:
    """``kolumne parse FILE`` for every case, run side by side (each pays ~2 s of imports)."""

    def run(name: str) -> subprocess.CompletedProcess:
        command = [*KOLUMNE, "parse", str(hostile_folder / f"{name}.txt")]
        # The timeout turns a hang (a FIFO opened for reading, say) into a failure.
        return subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)

    names = [name for name in CASE_IDS if not (name == "unreadable" and RUNNING_AS_ROOT)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(names, pool.map(run, names)))


@pytest.mark.parametrize("name", CASE_IDS)
def test_kolumne_parse_prints_the_outline_or_one_error_line(hostile_folder, parse_runs, name):
    if name not in parse_runs:
        pytest.skip("running as root: chmod 000 does not stop root from reading the file")
    result = parse_runs[name]
    path = hostile_folder / f"{name}.txt"
    expected = EXPECTED[name]
    assert "Traceback" not in result.stderr
    if isinstance(expected, Parses):
        assert (result.returncode, result.stderr) == (0, "")
        outline = result.stdout.splitlines()
        assert outline[0] == f"{path} ({expected.encoding}, {expected.language})"
        warnings = [line for line in outline if line.startswith("  warning: ")]
        assert len(warnings) == len(expected.warnings)
    else:
        assert (result.returncode, result.stdout) == (2, "")
        [line] = result.stderr.splitlines()
        assert line.startswith(f"kolumne: {path}: {expected.reason}")


# --- 3 and 4. a corpus of all of them --------------------------------------------------


def expected_failures(folder: Path) -> dict[str, str]:
    return {
        str(folder / f"{name}.txt"): expected.reason
        for name, expected in EXPECTED.items()
        if isinstance(expected, Fails) and not (name == "unreadable" and RUNNING_AS_ROOT)
    }


def test_load_corpus_analyses_every_good_file_and_lists_every_bad_one(hostile_folder):
    corpus = load_corpus(hostile_folder)
    assert sorted(column.column_id for column in corpus.columns) == sorted([*GOOD, SEED.stem])
    for column in corpus.columns:
        if column.column_id in EXPECTED:
            assert_parses_as(column, EXPECTED[column.column_id])
    reasons = {failure.file: failure.reason for failure in corpus.failures}
    expected = expected_failures(hostile_folder)
    assert sorted(reasons) == sorted(expected)
    for file, reason in reasons.items():
        assert reason.startswith(expected[file])


def test_kolumne_analyze_of_the_folder_reports_failures_and_exits_2(hostile_folder):
    command = [*KOLUMNE, "analyze", str(hostile_folder), "--format", "csv"]
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2  # some files failed; the good ones are still analysed
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["column_id"] for row in rows} == {*GOOD, SEED.stem}
    expected = expected_failures(hostile_folder)
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected)  # one line per bad file, nothing else
    for line in lines:
        file, reason = line.removeprefix("kolumne: ").split(": ", 1)
        assert reason.startswith(expected[file])


def test_kolumne_analyze_with_only_bad_files_lists_them_and_exits_2(tmp_path):
    # Nothing to analyse must not crash the comparison of an empty corpus.
    write(RANDOM_BYTES)(tmp_path / "random.txt")
    result = subprocess.run(
        [*KOLUMNE, "analyze", str(tmp_path), "--format", "csv"],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (result.returncode, result.stdout) == (2, "")
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kolumne: {tmp_path / 'random.txt'}: the file holds binary data")


# --- repairs are careful and never silent ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 read as cp1252 and saved again: repaired, one character at a time.
        ("Viele GrÃ¼ÃŸe aus KÃ¶ln", "Viele Grüße aus Köln"),
        ("â€žHallo“ â€“ sagte er", "„Hallo“ – sagte er"),
        ("Â§ 5 und 20Â°", "§ 5 und 20°"),
        # Ordinary text that only looks like it stays as it is, without a warning:
        # "Ö" followed by "«" would decode to a Hebrew accent, so "Ö" is never a lead byte.
        ("»Ö« und «Ä»", "»Ö« und «Ä»"),
        ("Grüße aus Köln, São Paulo und Århus", "Grüße aus Köln, São Paulo und Århus"),
    ],
    ids=["umlauts", "quotes-and-dashes", "section-and-degree", "guillemets", "clean"],
)
def test_mojibake_is_repaired_with_a_warning_and_clean_text_is_left_alone(text, expected):
    column = load_module.parse_column(f"Frage: {text}?\nAntwort: Ja.")
    assert column.question.text == f"{expected}?"
    repaired = [warning for warning in column.warnings if "mojibake" in warning]
    assert len(repaired) == (text != expected)


def test_a_column_that_mentions_html_is_not_an_html_page():
    column = load_module.parse_column(
        "Question: How do I start a page with <html>?\nAnswer: Like this."
    )
    assert column.question.text == "How do I start a page with <html>?"
