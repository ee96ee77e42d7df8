"""Every notebook runs headlessly, writes every figure and table, the same bytes every run,
with the network off; and on a folder of two other columns too."""

import asyncio
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kolumne.report import (
    NotebookFailed,
    ReportParameters,
    RunningPythonKernelManager,
    notebook_paths,
    run_report,
)

PROJECT = Path(__file__).resolve().parents[1]
SEED_ID = "2016-kollege-sabotiert"
MIXED_ENGLISH = "11-english-qa-two-pairs"
FORMATS = ("png", "svg", "pdf")
PER_COLUMN_CHARTS = (
    "anatomy",
    "sentence-polarity",
    "top-words",
    "readability",
    "lengths",
    "tone",
    "address",
)
CORPUS_CHARTS = (
    "02-backend-agreement",
    "05-corpus-differences",
    "06-sentiment-validation",
    "06-confusion-matrices",
)
TABLES = (
    "01-section-counts",
    "02-sentence-sentiment",
    "03-readability-scores",
    "04-comparison",
    "05-corpus-statistics",
    "06-sentiment-validation",
)

# Loaded into every Python process of the guarded run (the runner and each notebook's
# kernel) through PYTHONPATH: any connection that is not to this machine raises.
NETWORK_GUARD = textwrap.dedent(r"""
    import os
    import socket

    _LOCAL = ("127.0.0.1", "::1", "localhost")
    _connect, _connect_ex, _getaddrinfo = (
        socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)

    def _refuse_remote(address):
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and host not in _LOCAL:
            # Logged as well as refused: a library that swallows the error must not pass.
            with open(os.environ["KOLUMNE_NETWORK_LOG"], "a", encoding="utf-8") as log:
                log.write(f"{address!r}\n")
            raise OSError(f"network disabled by the test: {address!r}")

    def connect(self, address):
        _refuse_remote(address)
        return _connect(self, address)

    def connect_ex(self, address):
        _refuse_remote(address)
        return _connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        _refuse_remote((host,))
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.getaddrinfo = getaddrinfo
""")


def _network_namespace_works() -> bool:
    """``unshare -n`` (as root in CI) gives a namespace without any network at all."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return out, run_report(ReportParameters(), out=out).notebooks


@pytest.fixture(scope="module")
def offline_report(tmp_path_factory):
    """The same report again, in a separate process with every remote connection refused,
    and inside a network namespace without network where the machine allows it."""
    out = tmp_path_factory.mktemp("offline-report")
    guard = tmp_path_factory.mktemp("guard")
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    command = [sys.executable, "-m", "kolumne.cli", "report", "--out", str(out)]
    if _network_namespace_works():
        # A new network namespace has only a loopback device, and it starts down; the
        # notebook kernels talk to papermill over loopback.
        command = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', *command]
    network_log = guard / "network-attempts.log"
    environment = {
        "PATH": "/usr/sbin:/usr/bin:/bin",
        "HOME": str(Path.home()),
        "PYTHONPATH": str(guard),
        "KOLUMNE_ROOT": str(PROJECT),
        "KOLUMNE_NETWORK_LOG": str(network_log),
    }
    # The guard itself first: a lookup of a remote name must be refused and logged.
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"],
        capture_output=True, text=True, env=environment, check=False,
    )  # fmt: skip
    assert "network disabled by the test" in probe.stderr, probe.stderr
    assert network_log.read_text(encoding="utf-8") == "('example.org',)\n"
    network_log.unlink()
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=900, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    attempts = network_log.read_text(encoding="utf-8") if network_log.exists() else ""
    assert attempts == "", f"the report tried to reach the network: {attempts}"
    return out, result.stderr


@pytest.fixture(scope="module")
def two_columns_report(tmp_path_factory):
    """A mixed folder other than the seed: two German columns in formats of their own, an
    English column with two question/answer pairs (written for the tests), and an empty
    file that must be skipped."""
    folder = tmp_path_factory.mktemp("two-columns")
    for name in ("02-inline-labels.txt", "04-letter.txt", MIXED_ENGLISH + ".txt"):
        shutil.copy(PROJECT / "tests" / "columns" / name, folder / name)
    (folder / "leer.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("two-columns-report")
    report = run_report(ReportParameters(columns=str(folder), lang="de"), out=out)
    return out, report.notebooks, report


def _outputs(path: Path) -> list[dict]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [output for cell in cells if cell["cell_type"] == "code" for output in cell["outputs"]]


def test_every_notebook_ran_without_error_and_shows_a_figure(report):
    _, executed = report
    assert [path.name for path in executed] == [path.name for path in notebook_paths()]
    for path in executed:
        outputs = _outputs(path)
        assert not [output for output in outputs if output["output_type"] == "error"], path
        assert any("image/png" in output.get("data", {}) for output in outputs), path


@pytest.mark.parametrize("file_format", FORMATS)
def test_every_figure_exists_in_every_format(report, file_format):
    out, _ = report
    names = [f"{SEED_ID}-{chart}" for chart in PER_COLUMN_CHARTS] + list(CORPUS_CHARTS)
    missing = [name for name in names if not (out / "figures" / f"{name}.{file_format}").is_file()]
    assert missing == []


def test_every_table_is_written(report):
    out, _ = report
    for name in TABLES:
        assert (out / "tables" / f"{name}.csv").stat().st_size > 50, name


def test_html_versions_and_index_are_written(report):
    out, executed = report
    index = (out / "html" / "index.html").read_text(encoding="utf-8")
    for path in executed:
        assert (out / "html" / f"{path.stem}.html").stat().st_size > 10_000
        assert f'href="{path.stem}.html"' in index
    assert f"{SEED_ID}-anatomy.png" in index
    assert "None: every file was read." in index
    assert "/tmp" not in index and str(PROJECT) not in index


def test_a_second_run_offline_gives_the_same_bytes(report, offline_report):
    offline_report, _ = offline_report
    first, _ = report
    for folder in ("figures", "tables"):
        names = sorted(path.name for path in (first / folder).iterdir())
        assert names == sorted(path.name for path in (offline_report / folder).iterdir())
        changed = [
            name
            for name in names
            if (first / folder / name).read_bytes() != (offline_report / folder / name).read_bytes()
        ]
        assert changed == [], f"{folder} differ between two runs: {changed}"


def test_the_command_line_report_says_each_notebook_and_nothing_else(offline_report):
    _, stderr = offline_report
    lines = stderr.splitlines()
    assert lines[0] == "kolumne: 1 column(s) analysed, 1 drawn one by one; running the notebooks"
    progress = [
        pattern
        for path in notebook_paths()
        for pattern in (
            f"kolumne: {path.stem}: running",
            rf"kolumne: {path.stem}: done in \d+\.\d s",
        )
    ]
    # No kernel warning, no kernel log line, no progress bar: only these, in this order.
    assert len(lines) == 1 + len(progress), stderr
    for pattern, line in zip(progress, lines[1:]):
        assert re.fullmatch(pattern, line), (pattern, line)


def test_a_kernel_being_shut_down_is_not_interrupted_first():
    # jupyter_client interrupts a kernel before asking it to shut down, and a kernel that
    # is still answering a message then logs a KeyboardInterrupt into the report's stderr.
    # Without a kernel, jupyter_client's interrupt raises: the shutdown path never gets there.
    manager = RunningPythonKernelManager(kernel_name="python3")
    manager.shutting_down = True
    asyncio.run(manager._async_interrupt_kernel())
    manager.shutting_down = False
    with pytest.raises(RuntimeError, match="No kernel is running"):
        asyncio.run(manager._async_interrupt_kernel())


def test_notebooks_run_on_another_folder_with_german_labels(two_columns_report):
    out, executed, report = two_columns_report
    assert len(executed) == len(notebook_paths())
    assert [Path(failure.file).name for failure in report.skipped] == ["leer.txt"]
    index = (out / "html" / "index.html").read_text(encoding="utf-8")
    assert "leer.txt" in index and "the file is empty" in index
    # The English column's second pair has charts of its own.
    for chart in ("tone", "readability", "sentence-polarity"):
        assert (out / "figures" / f"{MIXED_ENGLISH}-2-{chart}.svg").is_file(), chart
        # On the landing page, in the column's row, a link that names the chart and pair.
        link = f'<a href="../figures/{MIXED_ENGLISH}-2-{chart}.png">2-{chart}</a>'
        assert link in index, link
    for path in executed:
        assert not [output for output in _outputs(path) if output["output_type"] == "error"], path
    for column_id in ("02-inline-labels", "04-letter"):
        for chart in PER_COLUMN_CHARTS:
            assert (out / "figures" / f"{column_id}-{chart}.svg").is_file(), (column_id, chart)
    # German reaches the generated reading of notebook 04.
    tone = next(path for path in executed if path.name.startswith("04_"))
    readings = [
        "".join(output["data"]["text/markdown"])
        for output in _outputs(tone)
        if "text/markdown" in output.get("data", {})
    ]
    assert any("Die Frage stellt" in reading for reading in readings), readings


def test_a_failing_notebook_names_itself_and_keeps_its_output(tmp_path):
    broken = tmp_path / "01_broken.ipynb"
    broken.write_text(
        json.dumps(
            {
                "nbformat": 4,
                "nbformat_minor": 5,
                "metadata": {
                    "kernelspec": {
                        "name": "python3",
                        "display_name": "Python 3",
                        "language": "python",
                    }
                },
                "cells": [
                    {
                        "cell_type": "code",
                        "id": "p",
                        "metadata": {"tags": ["parameters"]},
                        "execution_count": None,
                        "outputs": [],
                        "source": "columns = ''",
                    },
                    {
                        "cell_type": "code",
                        "id": "b",
                        "metadata": {},
                        "execution_count": None,
                        "outputs": [],
                        "source": "1 / 0",
                    },
                ],
            }
        )
    )
    with pytest.raises(NotebookFailed, match=r"01_broken\.ipynb: .*ZeroDivisionError"):
        run_report(ReportParameters(), out=tmp_path / "out", notebooks=[broken])
    assert (tmp_path / "out" / "notebooks" / "01_broken.ipynb").exists()


def test_a_misspelt_column_id_is_one_line_with_a_suggestion_and_status_2(tmp_path, capsys):
    from kolumne.cli import main

    status = main(["report", "--column", "2016-kollege-sabotert", "--out", str(tmp_path / "out")])
    errors = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    suggestion = "did you mean '2016-kollege-sabotiert'?"
    assert errors == [
        f"kolumne: no column '2016-kollege-sabotert' among the 1 analysed; {suggestion}"
    ]
    assert not (tmp_path / "out" / "notebooks").exists()


@pytest.mark.parametrize("case", ["missing", "empty folder", "only bad files"])
def test_no_usable_column_is_one_line_and_status_2(case, tmp_path, capsys):
    from kolumne.cli import main

    columns = tmp_path / "columns"
    if case != "missing":
        columns.mkdir()
    if case == "only bad files":
        (columns / "leer.txt").write_bytes(b"")
        (columns / "kaputt.txt").write_bytes(b"\x00\x01binary")
    status = main(["report", "--columns", str(columns), "--out", str(tmp_path / "out")])
    errors = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert errors[-1].startswith(f"kolumne: no column to report on in {columns}")
    assert not any("Traceback" in line for line in errors)
    assert len(errors) == {"missing": 2, "empty folder": 1, "only bad files": 3}[case]
    assert not (tmp_path / "out" / "notebooks").exists()
