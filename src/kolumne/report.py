"""Run every notebook headlessly with the same parameters and collect the outputs.

``run_report`` executes the notebooks that ship with kolumne (``NN_*.ipynb`` in
``kolumne/resources/notebooks/``, which ``notebooks/`` of a checkout links to) in order
with papermill, writing the executed notebooks to ``reports/notebooks/``, an HTML version of each to
``reports/html/`` with an ``index.html`` that links them and lists the figures, and
letting each notebook save its figures to ``reports/figures/`` and the frames behind
them, as CSV, to ``reports/tables/``. A failing notebook
stops the run with its name and the error; the executed notebook, with the failing
cell's traceback, is still written.

Example:
    >>> [path.name for path in notebook_paths()][:1]
    ['01_structure.ipynb']
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from fnmatch import fnmatch
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kolumne.explore import HEADLESS_VARIABLE
from kolumne.paths import reports_dir, resolve

NOTEBOOKS: Traversable = resources.files("kolumne") / "resources" / "notebooks"

# No cell of the bundled notebooks needs a minute; a hung kernel must not block CI.
CELL_TIMEOUT_SECONDS = 300


class NotebookFailed(RuntimeError):
    """A notebook raised while running; the message names the notebook and the error."""


@dataclass(frozen=True)
class ReportParameters:
    """The parameters every notebook takes (its papermill ``parameters`` cell).

    ``figures_dir`` and ``tables_dir`` default to ``figures/`` and ``tables/`` inside
    the report folder.

    Example:
        >>> ReportParameters(lang="de").as_dict()["lang"]
        'de'
    """

    columns: str = "data/columns"
    figures_dir: str | None = None
    tables_dir: str | None = None
    formats: tuple[str, ...] = ("png", "svg", "pdf")
    lang: str = "en"
    backend: str = "default"

    def as_dict(self) -> dict[str, object]:
        """The parameters as papermill expects them (lists, not tuples).

        Example:
            >>> ReportParameters().as_dict()["formats"]
            ['png', 'svg', 'pdf']
        """
        return {
            "columns": self.columns,
            "figures_dir": self.figures_dir,
            "tables_dir": self.tables_dir,
            "formats": list(self.formats),
            "lang": self.lang,
            "backend": self.backend,
        }


def notebook_paths(folder: str | os.PathLike | None = None) -> list[Traversable]:
    """The numbered notebooks (``01_….ipynb``, ``02_….ipynb``, …) of ``folder`` in run
    order; by default the notebooks installed with kolumne.

    Example:
        >>> all(path.name[:2].isdigit() for path in notebook_paths())
        True
    """
    folder = Path(folder) if folder else NOTEBOOKS
    numbered = (path for path in folder.iterdir() if fnmatch(path.name, "[0-9][0-9]_*.ipynb"))
    return sorted(numbered, key=lambda path: path.name)


def run_report(
    parameters: ReportParameters = ReportParameters(),
    out: str | os.PathLike | None = None,
    notebooks: list[Traversable] | None = None,
) -> list[Path]:
    """Execute the notebooks in order; return the executed notebooks' paths.

    Relative paths in ``parameters`` and ``out`` are taken from the project folder,
    so the report is the same wherever it is started.

    Example:
        >>> run_report(ReportParameters(lang="de"))  # doctest: +SKIP
        [PosixPath('.../reports/notebooks/01_structure.ipynb'), ...]
    """
    out_dir = resolve(out) if out else reports_dir()
    executed_dir = out_dir / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    values = parameters.as_dict()
    values["columns"] = str(resolve(parameters.columns))
    figures_dir = resolve(parameters.figures_dir) if parameters.figures_dir else out_dir / "figures"
    values["figures_dir"] = str(figures_dir)
    tables_dir = resolve(parameters.tables_dir) if parameters.tables_dir else out_dir / "tables"
    values["tables_dir"] = str(tables_dir)
    executed = []
    # The kernels inherit the environment: explore.column_picker then shows a note
    # instead of widgets, which a headless run cannot use and nbclient can hang on.
    previous = os.environ.get(HEADLESS_VARIABLE)
    os.environ[HEADLESS_VARIABLE] = "1"
    try:
        for notebook in notebooks or notebook_paths():
            target = executed_dir / notebook.name
            # papermill reads a file: as_file gives the installed one, or a temporary
            # copy when kolumne is imported from a zip.
            with resources.as_file(notebook) as source:
                _execute(source, target, values)
            executed.append(target)
            _write_html(target, out_dir / "html" / f"{target.stem}.html")
    finally:
        if previous is None:
            del os.environ[HEADLESS_VARIABLE]
        else:
            os.environ[HEADLESS_VARIABLE] = previous
    _write_index(executed, figures_dir, out_dir / "html" / "index.html")
    return executed


def _execute(notebook: Path, target: Path, values: dict[str, object]) -> None:
    import papermill
    from nbclient.exceptions import CellTimeoutError

    try:
        papermill.execute_notebook(
            str(notebook),
            str(target),
            parameters=values,
            # The kernel of the running interpreter, whatever the notebook's metadata says.
            kernel_name="python3",
            cwd=str(notebook.parent),
            progress_bar=False,
            execution_timeout=CELL_TIMEOUT_SECONDS,
        )
    except papermill.PapermillExecutionError as error:
        raise NotebookFailed(
            f"{notebook.name}: cell {error.exec_count} failed: {error.ename}: {error.evalue} "
            f"(executed notebook with the traceback: {target})"
        ) from None
    except CellTimeoutError:
        raise NotebookFailed(
            f"{notebook.name}: a cell ran longer than {CELL_TIMEOUT_SECONDS} s "
            f"(executed notebook so far: {target})"
        ) from None


def _write_html(notebook: Path, target: Path) -> None:
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_filename(str(notebook))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")


def _write_index(executed: list[Path], figures_dir: Path, target: Path) -> None:
    notebooks = "\n".join(
        f'<li><a href="{html.escape(path.stem)}.html">{html.escape(path.stem)}</a></li>'
        for path in executed
    )
    figures = "\n".join(
        f'<li><a href="{html.escape(os.path.relpath(path, target.parent))}">'
        f"{html.escape(path.name)}</a></li>"
        for path in sorted(figures_dir.glob("*")) if path.is_file()
    )
    target.write_text(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>kolumne report</title></head><body>\n<h1>kolumne report</h1>\n"
        f"<h2>Notebooks</h2>\n<ul>\n{notebooks}\n</ul>\n"
        f"<h2>Figures</h2>\n<ul>\n{figures}\n</ul>\n</body></html>\n",
        encoding="utf-8",
    )
