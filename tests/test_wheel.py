"""An installed wheel works outside the checkout: the wheel is built from this working
tree, installed into a fresh environment, and its ``kolumne`` command is run from an
empty folder, with nothing of the checkout in reach."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from kolumne._version import __version__

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "data" / "columns" / "2016-kollege-sabotiert.txt"
SHIPPED = (
    "kolumne/resources/kolumne.mplstyle",
    "kolumne/resources/benchmarks/README.md",
    "kolumne/resources/benchmarks/gerntsa-dev.json",
    "kolumne/resources/benchmarks/syllables_de.tsv",
    *(
        f"kolumne/resources/notebooks/{path.name}"
        for path in sorted((PROJECT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    ),
)
# Variables that would let the installed kolumne see the checkout.
CHECKOUT_VARIABLES = ("PYTHONPATH", "KOLUMNE_ROOT", "VIRTUAL_ENV", "JUPYTER_PATH")


@dataclass(frozen=True)
class Installation:
    wheel: Path
    bin: Path
    workdir: Path


def _run(command: list, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    environment = {
        name: value for name, value in os.environ.items() if name not in CHECKOUT_VARIABLES
    }
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _checked(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def _copy_of_the_sources(target: Path) -> Path:
    """The files a wheel is built from, copied so that the build leaves nothing in the
    checkout (setuptools writes build/ and *.egg-info next to the sources)."""
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, target / name)
    shutil.copytree(
        PROJECT / "src",
        target / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints"),
    )
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installation:
    sources = _copy_of_the_sources(tmp_path_factory.mktemp("sources"))
    wheels = tmp_path_factory.mktemp("wheels")
    _checked(_run([sys.executable, "-m", "build", "--wheel", "--outdir", wheels, sources], sources))
    (wheel,) = wheels.glob("kolumne-*.whl")
    environment = tmp_path_factory.mktemp("environment")
    _checked(_run([sys.executable, "-m", "venv", environment], environment))
    python = environment / "bin" / "python"
    _checked(_run([python, "-m", "pip", "install", "--quiet", wheel], environment, timeout=900))
    return Installation(wheel, environment / "bin", tmp_path_factory.mktemp("empty"))


@pytest.fixture(scope="module")
def report(installed, tmp_path_factory) -> Path:
    columns = tmp_path_factory.mktemp("columns")
    shutil.copy(SEED, columns / SEED.name)
    out = tmp_path_factory.mktemp("report")
    command = [installed.bin / "kolumne", "report", "--columns", columns, "--out", out]
    _checked(_run(command, installed.workdir, timeout=900))
    return out


def test_the_wheel_ships_the_benchmarks_and_the_notebooks(installed):
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert [name for name in SHIPPED if name not in names] == []


def test_the_version_is_the_one_in_pyproject(installed):
    pyproject = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    assert __version__ == pyproject["project"]["version"]
    script = (
        "from importlib.metadata import version; from kolumne._version import __version__; "
        "print(version('kolumne'), __version__)"
    )
    result = _checked(_run([installed.bin / "python", "-c", script], installed.workdir))
    assert result.stdout.split() == [__version__, __version__]


def test_analyze_prints_the_metrics_of_a_column_from_an_empty_folder(installed):
    result = _checked(_run([installed.bin / "kolumne", "analyze", SEED], installed.workdir))
    assert SEED.stem in result.stdout
    # Hand-counted words and hand-worked Flesch-Amstad of question and answer (README).
    assert re.search(r"^\s*words\s+139\.00\s+277\.00\s", result.stdout, re.MULTILINE)
    assert re.search(r"^\s*flesch_amstad\s+54\.46\s+59\.84\s", result.stdout, re.MULTILINE)
    assert list(installed.workdir.iterdir()) == []


def test_report_without_columns_outside_a_checkout_asks_for_them_in_one_line(installed):
    result = _run([installed.bin / "kolumne", "report"], installed.workdir)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "--columns" in result.stderr


@pytest.mark.parametrize("file_format", ["png", "svg", "pdf"])
def test_report_from_an_empty_folder_writes_every_figure_format(report, file_format):
    assert list((report / "figures").glob(f"{SEED.stem}-*.{file_format}"))
    assert list((report / "figures").glob(f"06-*.{file_format}"))


def test_report_from_an_empty_folder_writes_html_pages_and_an_index(report, installed):
    notebooks = sorted(path.stem for path in (PROJECT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    index = (report / "html" / "index.html").read_text(encoding="utf-8")
    for name in notebooks:
        assert (report / "html" / f"{name}.html").is_file()
        assert f'href="{name}.html"' in index
    assert list(installed.workdir.iterdir()) == []


def test_report_html_shows_no_path_of_the_machine_it_was_made_on(report, tmp_path_factory):
    machine_paths = (str(tmp_path_factory.getbasetemp()), str(PROJECT))
    pages = sorted((report / "html").glob("*.html"))
    assert len(pages) > 1
    found = {
        page.name: [path for path in machine_paths if path in page.read_text(encoding="utf-8")]
        for page in pages
    }
    assert {name: paths for name, paths in found.items() if paths} == {}
