"""The project's own files: dependencies in step, notebooks committed clean."""

import json
import re
import tomllib
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


def test_every_runtime_dependency_is_in_environment_yml():
    pyproject = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    environment = (PROJECT / "environment.yml").read_text(encoding="utf-8")
    listed = {
        _requirement_name(line.strip().lstrip("-").strip())
        for line in environment.splitlines()
        if line.strip().startswith("- ") and not line.strip().startswith("- -e")
    }
    required = {_requirement_name(r) for r in pyproject["project"]["dependencies"]}
    required |= {_requirement_name(r) for r in pyproject["project"]["optional-dependencies"]["lab"]}
    assert required - listed == set()


def test_notebooks_are_committed_without_outputs():
    notebooks = sorted((PROJECT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        code = [cell for cell in cells if cell["cell_type"] == "code"]
        assert all(not cell["outputs"] and cell["execution_count"] is None for cell in code), path


def test_notebooks_have_one_parameters_cell_with_the_shared_names():
    for path in sorted((PROJECT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        tagged = [
            cell for cell in cells if "parameters" in cell.get("metadata", {}).get("tags", [])
        ]
        assert len(tagged) == 1, path
        source = "".join(tagged[0]["source"])
        for name in ("columns", "figures_dir", "tables_dir", "formats", "lang", "backend"):
            assert re.search(rf"^{name} = ", source, re.MULTILINE), (path, name)


def test_notebooks_never_force_a_matplotlib_backend():
    # matplotlib.use("Agg") in a notebook drops the inline images from executed notebooks.
    for path in (PROJECT / "notebooks").glob("*.ipynb"):
        assert "matplotlib.use(" not in path.read_text(encoding="utf-8"), path


def test_every_chart_label_exists_in_english_and_german():
    from kolumne.figures.labels import LABELS
    from kolumne.measures.metrics import METRICS

    # Metric labels moved from kolumne.labels.METRIC_LABELS into the metric registry.
    metric_labels = {
        name: {"en": record.label_en, "de": record.label_de} for name, record in METRICS.items()
    }
    assert LABELS and metric_labels
    for table in (LABELS, metric_labels):
        for key, translations in table.items():
            assert set(translations) == {"en", "de"}, key
            assert all(isinstance(text, str) and text.strip() for text in translations.values()), (
                key
            )
    for name, record in METRICS.items():
        assert record.label("en") == record.label_en and record.label("de") == record.label_de, name
