"""Where the user's project folders are, the same from papermill, JupyterLab and the shell.

A project folder is one that holds ``data/columns`` (a kolumne checkout is one). papermill
runs a notebook in the caller's working directory, JupyterLab in the notebook's own
folder; both resolve data and report paths here, so a notebook reads the same column
and writes the same figures wherever it is started. kolumne's own files (notebooks,
benchmarks, style) never come from here: they ship with the package.

Example:
    >>> (project_root() / "data" / "columns").is_dir()
    True
"""

from __future__ import annotations

import os
from pathlib import Path

_MARKER = Path("data") / "columns"


class ProjectFolderNotFound(FileNotFoundError):
    """No folder holding ``data/columns`` above the working directory, and no
    ``$KOLUMNE_ROOT``; the message says where it looked."""


def find_project_root() -> Path | None:
    """The project folder, or None outside a project: ``$KOLUMNE_ROOT``, else the nearest
    folder above the working directory (or above this package, for an editable install
    in a checkout) that holds ``data/columns``.

    Example:
        >>> find_project_root() == project_root()
        True
    """
    if "KOLUMNE_ROOT" in os.environ:
        return Path(os.environ["KOLUMNE_ROOT"]).resolve()
    for start in (Path.cwd(), Path(__file__).parent):
        for folder in (start.resolve(), *start.resolve().parents):
            if (folder / _MARKER).is_dir():
                return folder
    return None


def project_root() -> Path:
    """The project folder; ``ProjectFolderNotFound`` outside a project.

    Example:
        >>> project_root().joinpath("pyproject.toml").is_file()
        True
    """
    root = find_project_root()
    if root is None:
        raise ProjectFolderNotFound(
            "cannot find the kolumne project folder (one holding data/columns) above "
            f"{Path.cwd()}; set KOLUMNE_ROOT to it"
        )
    return root


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


def locate(path: str | os.PathLike) -> Path:
    """A path a person typed: relative paths start at the project folder in a project
    (so a report is the same wherever in it it is started), else at the working directory.

    Example:
        >>> locate("reports") == reports_dir()
        True
        >>> locate("/tmp/bericht")
        PosixPath('/tmp/bericht')
    """
    path = Path(path).expanduser()
    return path if path.is_absolute() else (find_project_root() or Path.cwd()) / path
