"""Save figures (PNG, SVG, PDF) and tables (CSV) with stable names and the same bytes every run.

Matplotlib writes a creation date and its version into every file and salts SVG ids
at random; reports that are diffed or rebuilt in CI need none of that. ``save_figure``
drops dates and tool names, fixes the SVG salt (in the packaged style), and records
provenance (kolumne's version and what the figure shows) instead.

Example:
    >>> import matplotlib.figure, tempfile
    >>> figure = matplotlib.figure.Figure()
    >>> paths = save_figure(figure, "01-example", ("svg",), tempfile.mkdtemp())
    >>> [path.name for path in paths]
    ['01-example.svg']
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from kolumne._version import __version__

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _metadata(file_format: str, description: str) -> dict[str, str | None]:
    creator = f"kolumne {__version__}"
    if file_format == "png":
        return {"Software": creator, "Description": description}
    if file_format == "svg":
        return {"Creator": creator, "Description": description, "Date": None}
    if file_format == "pdf":
        return {
            "Creator": creator,
            "Producer": creator,
            "Subject": description,
            "CreationDate": None,
            "ModDate": None,
        }
    raise ValueError(f"unsupported figure format {file_format!r}; use one of {FORMATS}")


# Matplotlib names an SVG clip path by a hash of its rectangle at full float precision,
# and the layout can differ between runs in the last bits (seen here: 1 run in 9) while
# every printed coordinate is the same. Numbering clip paths in order of appearance
# makes the bytes depend only on what is drawn.
_CLIP_PATH_ID = re.compile(r'<clipPath id="(p[0-9a-f]{10})"')


def _number_clip_paths(path: Path) -> None:
    svg = path.read_text(encoding="utf-8")
    for number, old_id in enumerate(_CLIP_PATH_ID.findall(svg), start=1):
        svg = svg.replace(f'"{old_id}"', f'"clip{number}"').replace(
            f"#{old_id})", f"#clip{number})"
        )
    path.write_text(svg, encoding="utf-8")


_UNSAFE_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")


def figure_name(column_id: str, exchange: int, chart: str) -> str:
    """The stable file name of a chart of one exchange: ``<column>-<chart>`` for the first
    exchange, ``<column>-<n>-<chart>`` for the n-th of several (``exchange`` is 0-based);
    characters that file names should not hold become "-".

    Example:
        >>> figure_name("2016-kollege-sabotiert", 0, "tone"), figure_name("2015/briefe", 1, "tone")
        ('2016-kollege-sabotiert-tone', '2015-briefe-2-tone')
    """
    stem = figure_stem(column_id)
    return f"{stem}-{chart}" if exchange == 0 else f"{stem}-{exchange + 1}-{chart}"


def figure_stem(column_id: str) -> str:
    """What every figure name of a column starts with: its id, with the characters that
    file names should not hold made "-".

    Example:
        >>> figure_stem("2015/briefe")
        '2015-briefe'
    """
    return _UNSAFE_CHARACTERS.sub("-", column_id).strip("-.") or "column"


def save_figure(
    figure: Figure,
    name: str,
    formats: Iterable[str] = FORMATS,
    directory: str | os.PathLike = "reports/figures",
    *,
    description: str = "",
) -> list[Path]:
    """Write ``figure`` as ``<directory>/<name>.<format>`` for each format; return the paths.

    PNG at 300 dpi, SVG, and PDF with fonts embedded. Running it twice on the same
    figure gives byte-identical files. ``description`` goes into the files' metadata.

    Example:
        >>> import matplotlib.figure, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> first = save_figure(matplotlib.figure.Figure(), "same", ("pdf",), folder)[0].read_bytes()
        >>> second = save_figure(matplotlib.figure.Figure(), "same", ("pdf",), folder)[0].read_bytes()
        >>> first == second
        True
    """
    if not _SAFE_NAME.match(name):
        raise ValueError(f"figure name {name!r} must be letters, digits, '.', '_' or '-'")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    # The salt must be set while saving, whatever style the figure was drawn with.
    with matplotlib.rc_context({"svg.hashsalt": "kolumne", "pdf.fonttype": 42}):
        for file_format in formats:
            path = directory / f"{name}.{file_format}"
            figure.savefig(
                path,
                format=file_format,
                dpi=300,
                metadata=_metadata(file_format, description or name),
            )
            if file_format == "svg":
                _number_clip_paths(path)
            paths.append(path)
    return paths


def save_table(
    frame: pd.DataFrame, name: str, directory: str | os.PathLike = "reports/tables"
) -> Path:
    """Write ``frame`` as ``<directory>/<name>.csv``: UTF-8, ``\\n`` line ends, no index,
    floats with 10 significant digits, so the same frame gives the same bytes.

    Example:
        >>> import pandas as pd, tempfile
        >>> path = save_table(pd.DataFrame({"x": [1 / 3]}), "drittel", tempfile.mkdtemp())
        >>> path.read_text()
        'x\\n0.3333333333\\n'
    """
    if not _SAFE_NAME.match(name):
        raise ValueError(f"table name {name!r} must be letters, digits, '.', '_' or '-'")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.csv"
    frame.to_csv(path, index=False, float_format="%.10g", lineterminator="\n", encoding="utf-8")
    return path
