"""Where the project's folders are, the same from papermill, JupyterLab and the shell.

papermill runs a notebook in the caller's working directory, JupyterLab in the
notebook's own folder; both resolve data and report paths here, so a notebook reads
the same column and writes the same figures wherever it is started.

Example:
    >>> (project_root() / "data" / "columns").is_dir()
    True
"""

from __future__ import annotations

import os
from pathlib import Path

_MARKER = Path("data") / "columns"


def project_root() -> Path:
    """The kolumne project folder: ``$KOLUMNE_ROOT``, else the nearest folder above the
    working directory (or above this package, for an editable install) that holds
    ``data/columns``.

    Example:
        >>> project_root().joinpath("pyproject.toml").is_file()
        True
    """
    if "KOLUMNE_ROOT" in os.environ:
        return Path(os.environ["KOLUMNE_ROOT"]).resolve()
    for start in (Path.cwd(), Path(__file__).parent):
        for folder in (start.resolve(), *start.resolve().parents):
            if (folder / _MARKER).is_dir():
                return folder
    raise FileNotFoundError(
        "cannot find the kolumne project folder (one holding data/columns) above "
        f"{Path.cwd()}; set KOLUMNE_ROOT to it"
    )


def columns_dir() -> Path:
    """The bundled columns, the default input of every notebook.

    Example:
        >>> columns_dir().name
        'columns'
    """
    return project_root() / _MARKER


def reports_dir() -> Path:
    """Where generated output goes (git-ignored).

    Example:
        >>> reports_dir().name
        'reports'
    """
    return project_root() / "reports"


def resolve(path: str | os.PathLike) -> Path:
    """Resolve a relative path against the project folder, an absolute one as it is.

    Example:
        >>> resolve("data/columns") == columns_dir()
        True
    """
    path = Path(path).expanduser()
    return path if path.is_absolute() else project_root() / path
