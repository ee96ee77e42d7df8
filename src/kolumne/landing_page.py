"""The landing page of a report: ``reports/html/index.html``.

One page to open first: the headline chart, the parameters of the run, the notebooks,
the files that were skipped and why, and a table of every column (searchable, with
links to its figures). Every link is relative, so the report folder can be zipped and
passed on; the page names no folder of the machine it was made on.

Example:
    >>> print(parameter_rows({"lang": "de", "jobs": 2}))
    <tr><th>lang</th><td>de</td></tr>
    <tr><th>jobs</th><td>2</td></tr>
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kolumne.export import figure_name, figure_stem
from kolumne.figures.tables import searchable_table

if TYPE_CHECKING:
    from kolumne.corpus import CorpusAnalysis
    from kolumne.report import ReportParameters

# The chart that answers the report's question at a glance: across columns when there
# are enough for statistics, else the first column's tone chart.
CORPUS_HEADLINE = "05-corpus-differences"
COLUMN_HEADLINE = "tone"


def parameter_rows(parameters: dict[str, object]) -> str:
    """Table rows of ``name | value``, escaped.

    Example:
        >>> parameter_rows({"columns": "<archiv>"})
        '<tr><th>columns</th><td>&lt;archiv&gt;</td></tr>'
    """
    return "\n".join(
        f"<tr><th>{html.escape(name)}</th><td>{html.escape(str(value))}</td></tr>"
        for name, value in parameters.items()
    )


def figures_by_column(
    figure_files: Sequence[Path], column_ids: Sequence[str]
) -> dict[str, list[Path]]:
    """Each column's PNG figures: a file belongs to the column with the longest name it
    starts with (so that "brief-2-tone" is not taken for a figure of "brief" when a
    column "brief-2" exists).

    Example:
        >>> files = [Path("brief-tone.png"), Path("brief-2-tone.png"), Path("05-corpus.png")]
        >>> figures_by_column(files, ["brief", "brief-2"])
        {'brief': [PosixPath('brief-tone.png')], 'brief-2': [PosixPath('brief-2-tone.png')]}
    """
    stems = {figure_stem(column_id): column_id for column_id in column_ids}
    owned: dict[str, list[Path]] = {column_id: [] for column_id in column_ids}
    for path in sorted(figure_files):
        owners = [stem for stem in stems if path.name.startswith(stem + "-")]
        if owners:
            owned[stems[max(owners, key=len)]].append(path)
    return owned


def write_landing_page(
    target: Path,
    *,
    analysis: CorpusAnalysis,
    notebooks: Sequence[Path],
    figures_dir: Path,
    parameters: ReportParameters,
    jobs: int,
    show_path: Callable[[os.PathLike | str], str],
) -> None:
    """Write the landing page to ``target`` (``reports/html/index.html``).

    ``show_path`` turns a path of this machine into what the page may show (the
    report's own rewriting of paths); links are made relative to ``target``.

    Example:
        >>> write_landing_page(Path("reports/html/index.html"), analysis=...,
        ...                    notebooks=[], figures_dir=Path("reports/figures"),
        ...                    parameters=..., jobs=2, show_path=str)  # doctest: +SKIP
    """
    from kolumne._version import __version__
    from kolumne.corpus import column_overview
    from kolumne.statistics import MINIMUM_COLUMNS_FOR_STATISTICS

    def link(path: Path) -> str:
        return html.escape(Path(os.path.relpath(path, target.parent)).as_posix())

    overview = column_overview(analysis)
    pairs = int(overview["exchanges"].sum()) if len(overview) else 0
    figures = figures_by_column(list(figures_dir.glob("*.png")), analysis.column_ids)

    def figure_links(column_id: str) -> str:
        # The row names the column already: each link says only which chart (and pair).
        start = len(figure_stem(column_id)) + 1
        return " ".join(
            f'<a href="{link(path)}">{html.escape(path.stem[start:])}</a>'
            for path in figures[column_id]
        )

    overview["figures"] = [figure_links(column_id) for column_id in overview["column_id"]]
    overview["file"] = [show_path(file) for file in overview["file"]]

    headline = figures_dir / f"{CORPUS_HEADLINE}.png"
    if pairs < MINIMUM_COLUMNS_FOR_STATISTICS and analysis.column_ids:
        first = figures_dir / f"{figure_name(analysis.column_ids[0], 0, COLUMN_HEADLINE)}.png"
        headline = first if first.is_file() else headline
    headline_html = (
        f'<p><img src="{link(headline)}" alt="{html.escape(headline.stem)}" '
        f'style="max-width:100%"></p>'
        if headline.is_file()
        else "<p>No headline chart was written.</p>"
    )
    notebook_items = "\n".join(
        f'<li><a href="{html.escape(path.stem)}.html">{html.escape(path.stem)}</a></li>'
        for path in notebooks
    )
    if analysis.failures:
        skipped = "\n".join(
            f"<tr><td>{html.escape(show_path(failure.file))}</td>"
            f"<td>{html.escape(failure.reason)}</td></tr>"
            for failure in analysis.failures
        )
        skipped_html = (
            f"<p>{len(analysis.failures)} file(s) could not be read and are left out of "
            "every chart and table:</p>\n<table>\n<tr><th>file</th><th>why</th></tr>\n"
            f"{skipped}\n</table>"
        )
    else:
        skipped_html = "<p>None: every file was read.</p>"
    detail = parameters.columns_in_detail
    run = {
        "columns": show_path(parameters.columns),
        "columns analysed": len(analysis.column_ids),
        "question/answer pairs": pairs,
        "files skipped": len(analysis.failures),
        "columns in detail": "the default" if detail is None else ", ".join(detail) or "none",
        "chart labels (lang)": parameters.lang,
        "sentiment backend": parameters.backend,
        "processes": jobs,
        "kolumne": __version__,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        "<title>kolumne report</title>\n<style>\n"
        "body{font-family:sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem}\n"
        "table{border-collapse:collapse}th,td{text-align:left;padding:.15rem .6rem;"
        "border-bottom:1px solid #ddd;vertical-align:top}\n"
        "</style></head><body>\n<h1>kolumne report</h1>\n"
        f"{headline_html}\n"
        f"<h2>This run</h2>\n<table>\n{parameter_rows(run)}\n</table>\n"
        f"<h2>Notebooks</h2>\n<ul>\n{notebook_items}\n</ul>\n"
        f"<h2>Skipped files</h2>\n{skipped_html}\n"
        f"<h2>Columns</h2>\n{searchable_table(overview, raw_html_columns=('figures',))}\n"
        "</body></html>\n",
        encoding="utf-8",
    )
