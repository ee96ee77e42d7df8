"""Every notebook runs headlessly on the bundled column and writes its figures."""

import json

import pytest

from kolumne.report import NotebookFailed, ReportParameters, notebook_paths, run_report

FORMATS = ("png", "svg", "pdf")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    executed = run_report(ReportParameters(), out=out)
    return out, executed


def test_every_notebook_ran(report):
    out, executed = report
    assert [path.name for path in executed] == [path.name for path in notebook_paths()]
    for path in executed:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        outputs = [output for cell in cells if cell["cell_type"] == "code" for output in cell["outputs"]]
        assert not [output for output in outputs if output["output_type"] == "error"], path
        assert any("image/png" in output.get("data", {}) for output in outputs), path


@pytest.mark.parametrize("chart", ["anatomy", "sentence-polarity"])
@pytest.mark.parametrize("file_format", FORMATS)
def test_every_figure_exists_in_every_format(report, chart, file_format):
    out, _ = report
    figure = out / "figures" / f"2016-kollege-sabotiert-{chart}.{file_format}"
    assert figure.stat().st_size > 1000


def test_html_versions_and_index_are_written(report):
    out, executed = report
    index = (out / "html" / "index.html").read_text(encoding="utf-8")
    for path in executed:
        assert (out / "html" / f"{path.stem}.html").stat().st_size > 10_000
        assert f'href="{path.stem}.html"' in index
    assert "2016-kollege-sabotiert-anatomy.svg" in index


def test_a_failing_notebook_names_itself_and_keeps_its_output(tmp_path):
    broken = tmp_path / "01_broken.ipynb"
    broken.write_text(json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": [
            {"cell_type": "code", "id": "p", "metadata": {"tags": ["parameters"]}, "execution_count": None,
             "outputs": [], "source": "columns = ''"},
            {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": None, "outputs": [],
             "source": "1 / 0"},
        ],
    }))
    with pytest.raises(NotebookFailed, match=r"01_broken\.ipynb: .*ZeroDivisionError"):
        run_report(ReportParameters(), out=tmp_path / "out", notebooks=[broken])
    assert (tmp_path / "out" / "notebooks" / "01_broken.ipynb").exists()
