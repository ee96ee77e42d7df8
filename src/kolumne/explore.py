"""Pickers for exploring in JupyterLab: choose a column and an option, see the charts redrawn.

Only for interactive use: headless runs and figure export never depend on a widget
(the notebooks' parameters decide what is exported). Needs ``ipywidgets``, which
``pip install -e ".[lab]"`` (and ``make lab``) installs.

Example:
    >>> picker = column_picker([], ["sentiws", "textblob-de"], lambda column, option: [])
    >>> picker.children[1].options
    ('sentiws', 'textblob-de')
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from kolumne.model import Column

# Set by kolumne.report while it runs notebooks headlessly.
HEADLESS_VARIABLE = "KOLUMNE_HEADLESS"


def column_picker(
    columns: Sequence[Column],
    options: Sequence[str],
    render: Callable[[Column, str], Sequence[Any]],
    *,
    option_label: str = "Option",
    default_option: str | None = None,
):
    """Two dropdowns (column, option) above an output area that ``render`` fills.

    ``render(column, option)`` returns the things to show (figures, HTML, frames);
    they are shown again whenever a dropdown changes. ``default_option`` is chosen at
    first (the notebook's own parameter, so the picker starts where the charts above
    it are). In a headless run (``kolumne report`` sets ``KOLUMNE_HEADLESS``) a
    one-line note stands in for the widgets.

    Example:
        >>> picker = column_picker([], ["sentiws"], lambda column, option: [],
        ...                        option_label="Backend")
        >>> picker.children[1].description
        'Backend'
    """
    if os.environ.get(HEADLESS_VARIABLE):
        # nbclient can hang on widget messages (jupyter/nbclient#312), and a headless
        # report has nobody to pick anything: show a note instead of the widgets.
        from IPython.display import Markdown

        return Markdown("*Pickers for exploring appear when this notebook runs in JupyterLab.*")
    import ipywidgets
    from IPython.display import display

    by_id = {column.column_id: column for column in columns}
    column_choice = ipywidgets.Dropdown(options=list(by_id), description="Column")
    option_choice = ipywidgets.Dropdown(
        options=list(options),
        value=default_option if default_option in options else (options[0] if options else None),
        description=option_label,
    )
    output = ipywidgets.Output()

    def redraw(_change: object = None) -> None:
        output.clear_output(wait=True)
        with output:
            for item in render(by_id[column_choice.value], option_choice.value):
                display(item)

    column_choice.observe(redraw, names="value")
    option_choice.observe(redraw, names="value")
    if by_id:
        redraw()
    return ipywidgets.VBox([column_choice, option_choice, output])
