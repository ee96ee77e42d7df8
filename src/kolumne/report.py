"""Run every notebook headlessly with the same parameters and collect the outputs.

``run_report`` executes ``notebooks/NN_*.ipynb`` in order with papermill, writing the
executed notebooks to ``reports/notebooks/`` and letting each notebook save its
figures to ``reports/figures/``. A failing notebook stops the run with its name and
the error; the executed notebook, with the failing cell's traceback, is still written.

Example:
    >>> [path.name for path in notebook_paths()][:1]
    ['01_sentence_polarity.ipynb']
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kolumne.paths import project_root, reports_dir, resolve


class NotebookFailed(RuntimeError):
    """A notebook raised while running; the message names the notebook and the error."""


@dataclass(frozen=True)
class ReportParameters:
    """The parameters every notebook takes (its papermill ``parameters`` cell).

    ``figures_dir`` defaults to ``figures/`` inside the report folder.

    Example:
        >>> ReportParameters(lang="de").as_dict()["lang"]
        'de'
    """

    columns: str = "data/columns"
    figures_dir: str | None = None
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
            "formats": list(self.formats),
            "lang": self.lang,
            "backend": self.backend,
        }


def notebook_paths(folder: str | os.PathLike | None = None) -> list[Path]:
    """The numbered notebooks (``01_….ipynb``, ``02_….ipynb``, …) in run order.

    Example:
        >>> all(path.name[:2].isdigit() for path in notebook_paths())
        True
    """
    folder = Path(folder) if folder else project_root() / "notebooks"
    return sorted(path for path in folder.glob("[0-9][0-9]_*.ipynb"))


def run_report(
    parameters: ReportParameters = ReportParameters(),
    out: str | os.PathLike | None = None,
    notebooks: list[Path] | None = None,
) -> list[Path]:
    """Execute the notebooks in order; return the executed notebooks' paths.

    Relative paths in ``parameters`` and ``out`` are taken from the project folder,
    so the report is the same wherever it is started.

    Example:
        >>> run_report(ReportParameters(lang="de"))  # doctest: +SKIP
        [PosixPath('.../reports/notebooks/01_sentence_polarity.ipynb')]
    """
    import papermill

    out_dir = resolve(out) if out else reports_dir()
    executed_dir = out_dir / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    values = parameters.as_dict()
    values["columns"] = str(resolve(parameters.columns))
    figures_dir = resolve(parameters.figures_dir) if parameters.figures_dir else out_dir / "figures"
    values["figures_dir"] = str(figures_dir)
    executed = []
    for notebook in notebooks or notebook_paths():
        target = executed_dir / notebook.name
        try:
            papermill.execute_notebook(
                str(notebook),
                str(target),
                parameters=values,
                # The kernel of the running interpreter, whatever the notebook's metadata says.
                kernel_name="python3",
                cwd=str(notebook.parent),
                progress_bar=False,
            )
        except papermill.PapermillExecutionError as error:
            raise NotebookFailed(
                f"{notebook.name}: cell {error.exec_count} failed: {error.ename}: {error.evalue} "
                f"(executed notebook with the traceback: {target})"
            ) from None
        executed.append(target)
    return executed
