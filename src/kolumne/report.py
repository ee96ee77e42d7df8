"""Run every notebook headlessly with the same parameters and collect the outputs.

``run_report`` first analyses the corpus once (``kolumne.analyze_corpus``, in one
process per core, with its cache in ``reports/cache/``), then executes the notebooks
that ship with kolumne (``NN_*.ipynb`` in ``kolumne/resources/notebooks/``, which
``notebooks/`` of a checkout links to) in order with papermill, on a kernel of the
Python that runs the report; each notebook reads the analysis back from the cache. It
writes the executed notebooks to ``reports/notebooks/``, an HTML version of each to
``reports/html/`` with a landing page ``index.html`` (``kolumne.landing_page``), and
lets each notebook save its figures to ``reports/figures/`` and the frames behind
them, as CSV, to ``reports/tables/``. The HTML pages are made to be passed on, so they show no path of
the machine they were made on. A failing notebook stops the run with its name and the
error; the executed notebook, with the failing cell's traceback, is still written.

Example:
    >>> [path.name for path in notebook_paths()][:1]
    ['01_structure.ipynb']
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

from kolumne.explore import HEADLESS_VARIABLE
from kolumne.landing_page import write_landing_page
from kolumne.load import Failure
from kolumne.paths import find_project_root, locate

if TYPE_CHECKING:
    from nbformat import NotebookNode

NOTEBOOKS: Traversable = resources.files("kolumne") / "resources" / "notebooks"

# The corpus is analysed before the notebooks run, so no cell should need minutes even at
# thousands of columns; a hung kernel must not block CI.
CELL_TIMEOUT_SECONDS = 300


DEFAULT_COLUMNS = "data/columns"


class ReportError(RuntimeError):
    """The report cannot run or did not finish; the message says why and what to do."""


class NoColumns(ReportError):
    """Not one usable column among the given files: nothing to report on."""


class NotebookFailed(ReportError):
    """A notebook raised while running; the message names the notebook and the error."""


class RunningPythonKernelManager(AsyncKernelManager):
    """Starts the notebooks' kernel on the Python that runs the report.

    Only ipykernel's own spec is looked at, never the kernelspecs installed elsewhere:
    a fresh environment has no ``kolumne`` kernel, and a ``python3`` spec of another
    environment (a user's ``~/.local/share/jupyter``) would lack kolumne. Where the
    system has Unix sockets the kernel talks over them, not over TCP on a local port
    (which ipykernel warns may be read by other users of the machine). A kernel being
    shut down is not interrupted first (see ``_async_interrupt_kernel``).

    Example:
        >>> manager = RunningPythonKernelManager(kernel_name="python3")
        >>> manager.kernel_spec.argv[0] == sys.executable
        True
        >>> manager.transport == ("ipc" if os.name == "posix" else "tcp")
        True
    """

    @default("kernel_spec_manager")
    def _ipykernel_spec_only(self) -> KernelSpecManager:
        return KernelSpecManager(kernel_dirs=[])

    @default("transport")
    def _unix_sockets_where_there_are_some(self) -> str:
        return "ipc" if os.name == "posix" else "tcp"

    async def _async_interrupt_kernel(self) -> None:
        # jupyter_client sends SIGINT before every shutdown request; a finished notebook's
        # kernel that is still answering a message then logs "KeyboardInterrupt caught in
        # kernel." into the report's stderr. It is idle, so the request alone stops it.
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()


@dataclass(frozen=True)
class ReportParameters:
    """The parameters every notebook takes (its papermill ``parameters`` cell).

    ``figures_dir``, ``tables_dir`` and ``cache_dir`` default to ``figures/``,
    ``tables/`` and ``cache/`` inside the report folder. ``columns_in_detail`` names
    the columns drawn one by one (None: every column when there are at most
    ``kolumne.corpus.DETAIL_LIMIT``, else none, and the corpus views only); ``jobs``
    is the number of processes that analyse the corpus (None: one per core).

    Example:
        >>> ReportParameters(lang="de").as_dict()["lang"]
        'de'
    """

    columns: str = DEFAULT_COLUMNS
    figures_dir: str | None = None
    tables_dir: str | None = None
    cache_dir: str | None = None
    formats: tuple[str, ...] = ("png", "svg", "pdf")
    lang: str = "en"
    backend: str = "default"
    columns_in_detail: tuple[str, ...] | None = None
    jobs: int | None = None

    def as_dict(self) -> dict[str, object]:
        """The parameters as papermill expects them (lists, not tuples).

        Example:
            >>> ReportParameters().as_dict()["formats"]
            ['png', 'svg', 'pdf']
        """
        detail = self.columns_in_detail
        return {
            "columns": self.columns,
            "figures_dir": self.figures_dir,
            "tables_dir": self.tables_dir,
            "cache_dir": self.cache_dir,
            "formats": list(self.formats),
            "lang": self.lang,
            "backend": self.backend,
            "columns_in_detail": None if detail is None else list(detail),
            "jobs": self.jobs,
        }


@dataclass(frozen=True)
class Report:
    """What a report run wrote: the executed notebooks, the landing page, and the files
    that were skipped (each with the reason).

    Example:
        >>> Report(notebooks=(), index=Path("reports/html/index.html"), skipped=()).skipped
        ()
    """

    notebooks: tuple[Path, ...]
    index: Path
    skipped: tuple[Failure, ...]


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


def _say_nothing(line: str) -> None:
    """The default ``log`` of ``run_report``: a library call prints nothing."""


def run_report(
    parameters: ReportParameters = ReportParameters(),
    out: str | os.PathLike | None = None,
    notebooks: list[Traversable] | None = None,
    log: Callable[[str], None] = _say_nothing,
    progress: bool | None = None,
) -> Report:
    """Analyse the corpus once, then execute the notebooks in order on its cache.

    Relative paths in ``parameters`` and ``out`` start at the project folder in a
    project (so the report is the same wherever in it it is started), else at the
    working directory. Outside a project the columns must be given. ``log`` receives a
    line for each skipped file and when each notebook starts and ends; ``progress``
    shows a progress bar for the corpus analysis (None: on a terminal only). Files that
    cannot be read are skipped and listed on the landing page; without any usable
    column the run stops with ``NoColumns`` before a notebook starts.

    Example:
        >>> run_report(ReportParameters(lang="de"), log=print)  # doctest: +SKIP
        01_structure: running
        01_structure: done in 9.8 s
        ...
    """
    from kolumne.corpus import analyze_corpus, columns_in_detail

    if parameters.columns == DEFAULT_COLUMNS and find_project_root() is None:
        raise ReportError(
            f"no columns to analyse: there is no {DEFAULT_COLUMNS} folder in or above "
            f"{Path.cwd()}; pass --columns with a folder, a file or a glob of columns"
        )
    out_dir = locate(out or "reports")
    executed_dir = out_dir / "notebooks"
    columns = locate(parameters.columns)
    folders = {
        name: locate(given) if given else out_dir / name.removesuffix("_dir")
        for name, given in (
            ("figures_dir", parameters.figures_dir),
            ("tables_dir", parameters.tables_dir),
            ("cache_dir", parameters.cache_dir),
        )
    }
    jobs = parameters.jobs or os.cpu_count() or 1
    values = parameters.as_dict() | {"columns": str(columns), "jobs": jobs}
    values |= {name: str(folder) for name, folder in folders.items()}

    # The notebooks analyse the corpus again with the same cache: each reads it back at
    # once instead of analysing it five times.
    analysis = analyze_corpus(
        str(columns),
        backends=[parameters.backend],
        jobs=jobs,
        cache=folders["cache_dir"],
        progress=progress,
    )
    for failure in analysis.failures:
        log(f"skipped {failure.file}: {failure.reason}")
    if not analysis.column_ids:
        found = (
            f"{len(analysis.failures)} file(s), none usable"
            if analysis.failures
            else "no .txt file"
        )
        raise NoColumns(f"no column to report on in {parameters.columns}: {found}")
    # A misspelt column id fails here, in one line, not in the first notebook's cell.
    detail = columns_in_detail(analysis, parameters.columns_in_detail)
    log(
        f"{len(analysis.column_ids)} column(s) analysed, {len(detail)} drawn one by one; "
        "running the notebooks"
    )

    executed_dir.mkdir(parents=True, exist_ok=True)
    rewrites = _path_rewrites(out_dir, columns)
    executed = []
    # The kernels inherit the environment: explore.column_picker then shows a note
    # instead of widgets, which a headless run cannot use and nbclient can hang on.
    previous = os.environ.get(HEADLESS_VARIABLE)
    os.environ[HEADLESS_VARIABLE] = "1"
    try:
        for notebook in notebooks or notebook_paths():
            target = executed_dir / notebook.name
            name = notebook.name.removesuffix(".ipynb")
            log(f"{name}: running")
            started = time.perf_counter()
            # papermill reads a file: as_file gives the installed one, or a temporary
            # copy when kolumne is imported from a zip.
            with resources.as_file(notebook) as source:
                _execute(source, target, values)
            log(f"{name}: done in {time.perf_counter() - started:.1f} s")
            executed.append(target)
            _write_html(target, out_dir / "html" / f"{target.stem}.html", rewrites)
    finally:
        if previous is None:
            del os.environ[HEADLESS_VARIABLE]
        else:
            os.environ[HEADLESS_VARIABLE] = previous
    index = out_dir / "html" / "index.html"
    write_landing_page(
        index,
        analysis=analysis,
        notebooks=executed,
        figures_dir=folders["figures_dir"],
        parameters=parameters,
        jobs=jobs,
        show_path=lambda path: _rewritten(str(path), rewrites),
    )
    return Report(tuple(executed), index, analysis.failures)


def _execute(notebook: Path, target: Path, values: dict[str, object]) -> None:
    import papermill
    from nbclient.exceptions import CellTimeoutError

    try:
        papermill.execute_notebook(
            str(notebook),
            str(target),
            parameters=values,
            kernel_name="python3",
            kernel_manager_class=RunningPythonKernelManager,
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


# A path ends where no further file-name character follows: "/tmp/a" is not in "/tmp/ab".
_PATH_END = r"(?![\w.-])"

# Each pattern of a machine path with what the HTML shows instead.
Rewrites = list[tuple[re.Pattern[str], str]]


def _spellings(folder: Path) -> set[str]:
    """A folder as given and with symbolic links resolved (papermill and the notebooks
    may print either)."""
    return {str(folder), str(folder.resolve())}


def _searched_folder(columns: Path) -> Path:
    """The folder part of a columns folder, file or glob."""
    literal = []
    for part in columns.parts:
        if any(character in part for character in "*?["):
            break
        literal.append(part)
    folder = Path(*literal)
    return folder if folder.is_dir() else folder.parent


def _path_rewrites(out_dir: Path, columns: Path) -> Rewrites:
    """How the HTML pages show this machine's paths: inside the report folder relative
    to it ("figures/…"), other folders (the columns', the project's, Python's) by their
    own name. Longest first, so that a folder inside another is rewritten as itself.
    """
    rewrites = []  # (the path as written, its pattern, what is shown)
    for spelling in _spellings(out_dir):
        inside = spelling + os.sep
        rewrites.append((inside, re.compile(re.escape(inside)), ""))
        rewrites.append((spelling, re.compile(re.escape(spelling) + _PATH_END), "."))
    others = [_searched_folder(columns), find_project_root(), Path(sys.prefix)]
    for folder in (folder for folder in others if folder is not None and folder.name):
        for spelling in _spellings(folder):
            rewrites.append((spelling, re.compile(re.escape(spelling) + _PATH_END), folder.name))
    rewrites.sort(key=lambda rewrite: len(rewrite[0]), reverse=True)
    return [(pattern, shown) for _, pattern, shown in rewrites]


def _rewritten(text: str, rewrites: Rewrites) -> str:
    for pattern, shown in rewrites:
        # A function, so that a backslash in a folder name is not read as a group reference.
        text = pattern.sub(lambda _, shown=shown: shown, text)
    return text


def _without_machine_paths(notebook: NotebookNode, rewrites: Rewrites) -> None:
    """Rewrite the paths in every cell's source and text outputs (papermill's injected
    parameters, printed paths, tracebacks)."""
    for cell in notebook.cells:
        cell.source = _rewritten(cell.source, rewrites)
        for output in cell.get("outputs", []):
            if "text" in output:
                output.text = _rewritten(output.text, rewrites)
            for kind, value in output.get("data", {}).items():
                if kind.startswith("text/") and isinstance(value, str):
                    output.data[kind] = _rewritten(value, rewrites)
            if "traceback" in output:
                output.traceback = [_rewritten(line, rewrites) for line in output.traceback]
                output.evalue = _rewritten(output.evalue, rewrites)


def _write_html(notebook: Path, target: Path, rewrites: Rewrites) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    executed = nbformat.read(notebook, as_version=4)
    _without_machine_paths(executed, rewrites)
    body, _ = HTMLExporter().from_notebook_node(executed)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
