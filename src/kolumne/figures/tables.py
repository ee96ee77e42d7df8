"""Tables for people: a frame as an HTML table with a search box, for thousands of rows.

A notebook shows a frame of 2,000 columns as its first and last rows only; this table
holds them all and filters them as you type (any cell containing the text, case
ignored), in JupyterLab, in the report's HTML pages and in any browser, with no
library behind it.

Example:
    >>> import pandas as pd
    >>> page = searchable_table(pd.DataFrame({"column_id": ["a<b"], "words": [3]}))
    >>> "a&lt;b" in page, "<input" in page
    (True, True)
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence

import pandas as pd

# Hides each row that does not contain the typed text; an attribute, not a <script>
# element, so that it works where a page's scripts are not run on their own.
_FILTER = (
    "const t=this.value.toLowerCase();"
    "for(const r of document.getElementById('{table}').tBodies[0].rows)"
    "r.style.display=r.textContent.toLowerCase().includes(t)?'':'none';"
)


def _cell(value: object, raw: bool) -> str:
    if raw:
        return str(value)
    if isinstance(value, float):
        return "" if pd.isna(value) else f"{value:g}"
    return html.escape(str(value))


def searchable_table(
    frame: pd.DataFrame, raw_html_columns: Sequence[str] = (), placeholder: str = "Search…"
) -> str:
    """``frame`` as an HTML table with a search box above it; the cells of
    ``raw_html_columns`` are HTML already (links) and are not escaped.

    The table's id comes from its content, so the same frame gives the same bytes on
    every run.

    Example:
        >>> import pandas as pd
        >>> page = searchable_table(pd.DataFrame({"link": ['<a href="x.png">x</a>']}),
        ...                         raw_html_columns=["link"])
        >>> '<td><a href="x.png">x</a></td>' in page
        True
    """
    header = "".join(f"<th>{html.escape(str(name))}</th>" for name in frame.columns)
    raw = [name in raw_html_columns for name in frame.columns]
    body = "\n".join(
        "<tr>"
        + "".join(f"<td>{_cell(value, is_raw)}</td>" for value, is_raw in zip(row, raw))
        + "</tr>"
        for row in frame.itertuples(index=False)
    )
    table = "kolumne-table-" + hashlib.sha256((header + body).encode("utf-8")).hexdigest()[:12]
    search = html.escape(_FILTER.replace("{table}", table), quote=True)
    return (
        f'<p><input type="search" placeholder="{html.escape(placeholder)}" '
        f'oninput="{search}" style="width:20rem"> {len(frame)} row(s)</p>\n'
        f'<table id="{table}">\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'
    )
