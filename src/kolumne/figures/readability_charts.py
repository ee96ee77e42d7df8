"""The readability chart: every charted formula of question and answer against its bands.

Which formulas are drawn, their bands, their published scale and which way is easier
come from the metric registry (``kolumne.measures.metrics``): German columns get
Flesch-Amstad, the Wiener Sachtextformel 1–4 and LIX, English columns Flesch reading
ease and Flesch-Kincaid.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["flesch_amstad", "lix"], "backend": "",
    ...                       "question": [54.5, 45.0], "answer": [59.8, 39.3]})
    >>> len(readability_bands(frame).axes)
    2
"""

from __future__ import annotations

from textwrap import fill

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from kolumne.figures.labels import Language, label
from kolumne.figures.style import SECTION_COLOURS, SECTION_MARKERS, style, title
from kolumne.measures.metrics import METRICS, READABILITY, Metric
from kolumne.measures.metrics import label as metric_label
from kolumne.measures.readability import Band

# Band names sit in two rows above the dots (data units; the y axis runs downwards).
_LABEL_ROWS = (-0.95, -0.55)
# Least room between two band names in one row, in pixels at the figure's dpi.
_LABEL_GAP = 10.0
# Notes under a panel wrap at this many characters, so that they never run wider than
# the panel.
_NOTE_WIDTH = 95


def _panels(names: list[str]) -> dict[str, list[str]]:
    """The charted readability metrics among ``names``, by panel, in registry order."""
    panels: dict[str, list[str]] = {}
    for record in METRICS.values():
        if record.kind == READABILITY and record.panel and record.name in names:
            panels.setdefault(record.panel, []).append(record.name)
    return panels


def readability_bands(
    frame: pd.DataFrame, lang: Language = "en", caption: str | None = None
) -> Figure:
    """The readability formulas of question and answer, each against its bands.

    ``frame`` is a ``kolumne.frames.comparison`` frame for one column and exchange.
    Each panel is shaded with its formula's interpretation bands (see
    ``kolumne.measures.readability``), labelled in ``lang``; the axis label says which
    way is easier. The axis always reaches every value: a value off the formula's
    published scale (a Wiener Sachtextformel below 4, a reading ease above 100) lies
    beyond a dotted line at the scale's end, its number written beside the dot, and a
    note under the panel says so. Band names never overlap: a name with no room is
    listed under the panel instead. ``caption`` (the column and exchange) goes under the
    title.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["wiener_sachtextformel_1"], "backend": "",
        ...                       "question": [2.5], "answer": [6.0]})
        >>> figure = readability_bands(frame)
        >>> bool(figure.axes[0].get_xlim()[0] < 2.5)
        True
        >>> "below the scale's 4" in figure.axes[0].get_xlabel()
        True
    """
    values = frame.assign(metric=frame["metric"].astype(str)).set_index("metric")
    panels = _panels(list(values.index))
    heights = [len(metrics) + 2.4 for metrics in panels.values()]
    with style():
        figure = Figure(figsize=(6.3, 1.0 + 0.33 * sum(heights)))
        grid = figure.add_gridspec(max(len(panels), 1), 1, height_ratios=heights or [1])
        drawn = []
        for index, metrics in enumerate(panels.values()):
            axes = figure.add_subplot(grid[index])
            rows = values.loc[metrics]
            record = METRICS[metrics[0]]
            band_names = _draw_panel(axes, rows, record, lang)
            drawn.append((axes, record, band_names, axes.get_xlabel()))
        if figure.axes:
            figure.axes[0].legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2)
        title(figure, label("readability_title", lang), caption)
        # Where a name fits depends on the laid-out width of each panel; a second pass
        # settles the layout that the first pass's notes may have changed.
        for _ in range(2):
            figure.draw_without_rendering()
            for axes, record, band_names, axis_label in drawn:
                _place_band_names(axes, record, band_names, axis_label, lang)
    return figure


def _draw_panel(axes: Axes, rows: pd.DataFrame, record: Metric, lang: Language) -> list[Text]:
    """Bands, dots, off-scale marks and the axis label of one formula's panel; the band
    names, still to be placed."""
    present = rows[["question", "answer"]].to_numpy(dtype=float).ravel()
    present = present[~np.isnan(present)]
    band_names = _shade_bands(axes, record.bands, lang)
    axes.set_xlim(*_limits(record, present))
    positions = np.arange(len(rows))
    for layer, section in enumerate(("question", "answer"), start=3):
        axes.scatter(
            rows[section], positions, zorder=layer, label=label(section, lang),
            **SECTION_MARKERS[section],
        )  # fmt: skip
    axes.set_yticks(list(positions), [metric_label(name, lang) for name in rows.index])
    axes.set_ylim(len(rows) - 0.4, -1.2)
    notes = _mark_off_scale(axes, rows, record, lang)
    direction = "easier_right" if record.higher_is == "easier" else "harder_right"
    axes.set_xlabel("\n".join([label(direction, lang), *notes]), loc="right")
    return band_names


def _limits(record: Metric, values: np.ndarray) -> tuple[float, float]:
    """The formula's scale (or its bands' range), widened to every value, with a margin
    on each side that a value passes, so that its dot is not cut by the frame."""
    ends = [float(value) for value in values]
    if record.scale:
        ends += list(record.scale)
    elif record.bands:
        ends += [record.bands[0][0], record.bands[-1][1]]
    low, high = (min(ends), max(ends)) if ends else (0.0, 1.0)
    edge_low, edge_high = record.scale or (None, None)
    margin = 0.03 * (high - low or 1.0)
    if edge_low is None or (len(values) and values.min() < edge_low):
        low -= margin
    if edge_high is None or (len(values) and values.max() > edge_high):
        high += margin
    return low, high


def _mark_off_scale(axes: Axes, rows: pd.DataFrame, record: Metric, lang: Language) -> list[str]:
    """A dotted line where the formula's scale ends, each value beyond it written beside
    its dot (the question's above, the answer's below); the notes that say so."""
    if not record.scale:
        return []
    notes = []
    for edge, side in zip(record.scale, ("below_scale", "above_scale")):
        sections = rows[["question", "answer"]]
        beyond = sections < edge if side == "below_scale" else sections > edge
        if not beyond.to_numpy().any():
            continue
        axes.axvline(edge, color="#555555", linestyle=":", linewidth=1.0, zorder=2)
        notes.append(fill(label(side, lang).format(edge=edge), _NOTE_WIDTH))
        for position, (name, row) in enumerate(rows.iterrows()):
            for section, offset in (("question", -0.36), ("answer", 0.36)):
                if beyond.loc[name, section]:
                    axes.text(
                        row[section], position + offset, f"{row[section]:.1f}", ha="center",
                        va="center", fontsize=6, color=SECTION_COLOURS[section], zorder=5,
                    )  # fmt: skip
    return notes


def _shade_bands(axes: Axes, bands: tuple[Band, ...], lang: Language) -> list[Text]:
    """Alternate light greys, one per band, each with its short name (placed later)."""
    text_index = 2 if lang == "en" else 3
    names = []
    for number, band in enumerate(bands):
        low, high = band[0], band[1]
        axes.axvspan(low, high, color="#f0f0f0" if number % 2 else "#e0e0e0", zorder=0, linewidth=0)
        name = axes.text(
            (low + high) / 2, _LABEL_ROWS[0], band[text_index].split(" (")[0], ha="center",
            va="center", fontsize=6, color="#555555",
        )  # fmt: skip
        # Where the names go is decided after the layout; they must not move it.
        name.set_in_layout(False)
        names.append(name)
    axes.grid(visible=False)
    if not bands:
        axes.grid(axis="x", visible=True)
    return names


def _kept_inside(axes: Axes, name: Text, band: Band):
    """Centre ``name`` on its band or, where that would run past the panel's edge, align
    it with the band's end at that edge; its extent on the figure."""
    name.set_x((band[0] + band[1]) / 2)
    name.set_horizontalalignment("center")
    frame, extent = axes.get_window_extent(), name.get_window_extent()
    left, right = axes.get_xlim()
    if extent.x1 > frame.x1:
        name.set_x(min(band[1], right))
        name.set_horizontalalignment("right")
    elif extent.x0 < frame.x0:
        name.set_x(max(band[0], left))
        name.set_horizontalalignment("left")
    return name.get_window_extent()


def _place_band_names(
    axes: Axes, record: Metric, names: list[Text], axis_label: str, lang: Language
) -> None:
    """Put each band name in the first row where it clears its neighbour and stays inside
    the panel; list the bands whose names fit nowhere under the panel."""
    frame = axes.get_window_extent()
    row_ends = [-np.inf] * len(_LABEL_ROWS)
    unnamed = []
    for name, band in zip(names, record.bands):
        name.set_visible(True)
        extent = _kept_inside(axes, name, band)
        free = [end + _LABEL_GAP <= extent.x0 for end in row_ends]
        inside = frame.x0 <= extent.x0 and extent.x1 <= frame.x1
        if inside and any(free):
            row = free.index(True)
            name.set_y(_LABEL_ROWS[row])
            row_ends[row] = extent.x1
        else:
            name.set_visible(False)
            unnamed.append(f"{band[0]:g}–{band[1]:g} {band[2 if lang == 'en' else 3]}")
    lines = [axis_label]
    if unnamed:
        lines.append(fill(f"{label('unnamed_bands', lang)}: {'; '.join(unnamed)}", _NOTE_WIDTH))
    axes.set_xlabel("\n".join(lines), loc="right")
