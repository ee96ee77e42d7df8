"""Git reads the notebooks without what a run adds: the committed ones pass the filter
unchanged, a run's outputs and metadata do not reach git, and the set-up is idempotent
and sets up nothing outside a git checkout."""

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kolumne.notebook_filter import FILTER_NAME, install, main, refresh_index, strip_notebook

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((PROJECT / "notebooks").glob("[0-9][0-9]_*.ipynb"))

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _as_saved_after_a_run(committed: str) -> str:
    """The notebook as JupyterLab writes it after running every cell with widgets shown."""
    notebook = json.loads(committed)
    for count, cell in enumerate(notebook["cells"], start=1):
        cell["metadata"]["scrolled"] = True
        cell["metadata"]["execution"] = {"iopub.status.busy": "2026-12-04T13:00:00.000Z"}
        cell["metadata"]["jupyter"] = {"outputs_hidden": True}
        if cell["cell_type"] == "code":
            cell["execution_count"] = count
            cell["outputs"] = [
                {"name": "stdout", "output_type": "stream", "text": ["1 column(s) loaded\n"]},
                {
                    "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure>"]},
                    "execution_count": count,
                    "metadata": {},
                    "output_type": "execute_result",
                },
            ]
    notebook["metadata"]["language_info"] = {
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
        "version": "3.11.7",
    }
    notebook["metadata"]["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {"state": {}, "version_major": 2}
    }
    return json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_a_committed_notebook_passes_the_filter_byte_for_byte(notebook):
    committed = notebook.read_bytes()
    assert strip_notebook(committed.decode("utf-8")).encode("utf-8") == committed


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_a_run_saved_by_jupyterlab_filters_back_to_the_committed_notebook(notebook):
    committed = notebook.read_text(encoding="utf-8")
    run = _as_saved_after_a_run(committed)
    assert run != committed
    assert strip_notebook(run) == committed


def test_cells_tags_ids_kernelspec_and_source_hidden_are_kept():
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": 1,
                "id": "cell-02",
                "metadata": {"tags": ["parameters"], "jupyter": {"source_hidden": True}},
                "outputs": [],
                "source": ['lang = "de"  # Beschriftung: „de“'],
            }
        ],
        "metadata": {"kernelspec": {"display_name": "kolumne", "name": "kolumne"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    stripped = json.loads(strip_notebook(json.dumps(notebook)))
    cell = stripped["cells"][0]
    assert cell["id"] == "cell-02" and cell["execution_count"] is None
    assert cell["metadata"] == {"tags": ["parameters"], "jupyter": {"source_hidden": True}}
    assert cell["source"] == notebook["cells"][0]["source"]
    assert stripped["metadata"] == notebook["metadata"]
    assert "„de“" in strip_notebook(json.dumps(notebook))


def test_what_is_not_a_notebook_passes_unchanged():
    for text in ("", "<<<<<<< HEAD\n{\n", "[1, 2]", '{"no": "cells"}'):
        assert strip_notebook(text) == text


def test_main_passes_other_encodings_through():
    latin = "Grüße".encode("latin-1")
    out = io.BytesIO()
    assert main([], io.BytesIO(latin), out) == 0
    assert out.getvalue() == latin


def _repository(folder: Path) -> Path:
    subprocess.run(["git", "init", "--quiet", str(folder)], check=True)
    (folder / ".gitattributes").write_text(f"*.ipynb filter={FILTER_NAME}\n")
    shutil.copyfile(NOTEBOOKS[0], folder / NOTEBOOKS[0].name)
    _git(folder, "add", ".")
    _git(folder, "-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "-qm", "one")
    return folder


def _git(folder: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", *arguments], cwd=folder, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def jupyter_config(tmp_path, monkeypatch):
    """``install`` enables the server extension in ``sys.prefix``: point it elsewhere."""
    prefix = tmp_path / "prefix"
    monkeypatch.setattr(sys, "prefix", str(prefix))
    return prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "kolumne.json"


@needs_git
def test_install_is_idempotent_and_a_saved_run_leaves_git_status_empty(tmp_path, jupyter_config):
    repository = _repository(tmp_path / "checkout")
    first, second = install(repository), install(repository)
    assert first == second
    command = _git(repository, "config", "--get-all", f"filter.{FILTER_NAME}.clean")
    assert command.splitlines() == [f"{sys.executable} -m kolumne.notebook_filter"]
    enabled = json.loads(jupyter_config.read_text())
    assert enabled == {"ServerApp": {"jpserver_extensions": {"kolumne.notebook_filter": True}}}

    path = repository / NOTEBOOKS[0].name
    committed = path.read_text(encoding="utf-8")
    path.write_text(_as_saved_after_a_run(committed), encoding="utf-8")
    # Git takes a file of another size for changed without reading it ...
    assert _git(repository, "status", "--porcelain") == f" M {path.name}\n"
    # ... until the save hook has it read the file again, through the filter.
    assert refresh_index(path)
    assert _git(repository, "status", "--porcelain") == ""
    assert _git(repository, "diff", "--cached") == ""

    # A change to a cell stays a change, and nothing is staged for it.
    path.write_text(committed.replace('"columns = ', '"columns  = ', 1), encoding="utf-8")
    assert refresh_index(path)
    assert _git(repository, "status", "--porcelain") == f" M {path.name}\n"
    assert _git(repository, "diff", "--cached") == ""
    assert "columns  = " in _git(repository, "diff")


@needs_git
def test_nothing_is_set_up_outside_a_checkout_or_below_its_top(tmp_path, jupyter_config):
    tarball = tmp_path / "kolumne-0.1.0"
    tarball.mkdir()
    assert install(tarball).endswith("no notebook filter set up")
    inner = _repository(tmp_path / "outer") / "unpacked"
    inner.mkdir()
    assert install(inner).endswith("no notebook filter set up")
    assert _git(tmp_path / "outer", "config", "--list", "--local").count(FILTER_NAME) == 0
    assert not jupyter_config.exists()


@needs_git
def test_refresh_index_leaves_files_alone_that_git_does_not_filter(tmp_path):
    repository = _repository(tmp_path / "checkout")
    other = repository / "notes.txt"
    other.write_text("one\n")
    _git(repository, "add", "notes.txt")
    untracked = repository / "new.ipynb"
    untracked.write_text("{}")
    assert not refresh_index(other)
    assert not refresh_index(untracked)


@needs_git
def test_the_project_sends_its_notebooks_through_the_filter():
    if not (PROJECT / ".git").exists():
        pytest.skip("not a git checkout")
    for notebook in NOTEBOOKS:
        attribute = _git(PROJECT, "check-attr", "filter", "--", str(notebook.resolve()))
        assert attribute.rstrip().endswith(f"filter: {FILTER_NAME}"), attribute
