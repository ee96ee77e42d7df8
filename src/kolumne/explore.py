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
from kolumne.text import Language

# Set by kolumne.report while it runs notebooks headlessly.
HEADLESS_VARIABLE = "KOLUMNE_HEADLESS"


def backend_for_column(
    backend: str, language: Language, current: str | None = None, options: Sequence[str] = ()
) -> str:
    """The sentiment backend a picker shows for a column in ``language``.

    Without ``current`` (the picker's first column), it is what the notebook's ``backend``
    parameter stands for in that language, the backend the charts above the picker used
    for it, even where it has no rules there. On a change of column, ``current`` stays
    while it has rules for ``language``; otherwise the parameter's backend for that
    language takes over, or, where that has no rules either, the language's default.
    With ``options``, only a backend among them is chosen (else ``current`` stays).

    Example:
        >>> backend_for_column("default", "en"), backend_for_column("sentiws", "en")
        ('contextual', 'sentiws')
        >>> backend_for_column("vader", "de", current="vader")
        'contextual'
        >>> backend_for_column("sentiws", "en", current="sentiws", options=["sentiws", "vader"])
        'sentiws'
        >>> backend_for_column("sentiws", "en", current="sentiws")
        'contextual'
        >>> backend_for_column("default", "de", current="textblob-de")
        'textblob-de'
    """
    from kolumne.sentiment import resolve_backend, unavailable_reason

    if current is None:
        start = resolve_backend(backend, language)
        return start if not options or start in options else options[0]
    if unavailable_reason(current, language) is None:
        return current
    for candidate in (resolve_backend(backend, language), resolve_backend("default", language)):
        if (not options or candidate in options) and unavailable_reason(
            candidate, language
        ) is None:
            return candidate
    return current


def column_picker(
    columns: Sequence[Column],
    options: Sequence[str],
    render: Callable[[Column, str], Sequence[Any]],
    *,
    option_label: str = "Option",
    default_option: str | None = None,
    backend: str | None = None,
):
    """Two dropdowns (column, option) above an output area that ``render`` fills.

    ``render(column, option)`` returns the things to show (figures, HTML, frames);
    they are shown again whenever a dropdown changes. ``default_option`` is chosen at
    first. When the options are sentiment backends, pass the notebook's ``backend``
    parameter instead ("default" too): the picker then starts at the backend the charts
    above it used for the first column, and a column in a language the chosen backend
    has no rules for switches it as ``backend_for_column`` says. In a headless run
    (``kolumne report`` sets ``KOLUMNE_HEADLESS``) a one-line note stands in for the
    widgets.

    Example:
        >>> picker = column_picker([], ["sentiws", "vader"], lambda column, option: [],
        ...                        option_label="Backend", backend="default")
        >>> picker.children[1].description
        'Backend'
    """
    if default_option is not None and backend is not None:
        raise ValueError("column_picker takes default_option or backend, not both")
    if os.environ.get(HEADLESS_VARIABLE):
        # nbclient can hang on widget messages (jupyter/nbclient#312), and a headless
        # report has nobody to pick anything: show a note instead of the widgets.
        from IPython.display import Markdown

        return Markdown("*Pickers for exploring appear when this notebook runs in JupyterLab.*")
    import ipywidgets
    from IPython.display import display

    by_id = {column.column_id: column for column in columns}
    options = list(options)
    if backend is not None and by_id:
        start = backend_for_column(backend, next(iter(by_id.values())).language, options=options)
    else:
        start = default_option if default_option in options else (options[0] if options else None)
    column_choice = ipywidgets.Dropdown(options=list(by_id), description="Column")
    option_choice = ipywidgets.Dropdown(options=options, value=start, description=option_label)
    output = ipywidgets.Output()

    def redraw(_change: object = None) -> None:
        output.clear_output(wait=True)
        with output:
            for item in render(by_id[column_choice.value], option_choice.value):
                display(item)

    def column_changed(_change: object) -> None:
        if backend is not None:
            language = by_id[column_choice.value].language
            chosen = backend_for_column(backend, language, option_choice.value, options)
            if chosen != option_choice.value:
                # Its observer redraws, once, with the new column and the new backend.
                option_choice.value = chosen
                return
        redraw()

    column_choice.observe(column_changed, names="value")
    option_choice.observe(redraw, names="value")
    if by_id:
        redraw()
    return ipywidgets.VBox([column_choice, option_choice, output])
