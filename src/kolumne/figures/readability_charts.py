"""The readability chart: every charted formula of question and answer against its bands.

Which formulas are drawn, their bands and which way is easier come from the metric
registry (``kolumne.measures.metrics``): German columns get Flesch-Amstad, the Wiener
Sachtextformel 1–4 and LIX, English columns Flesch reading ease and Flesch-Kincaid.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["flesch_amstad", "lix"], "backend": "",
    ...                       "question": [54.5, 45.0], "answer": [59.8, 39.3]})
    >>> len(readability_bands(frame).axes)
    2
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, label
from kolumne.figures.style import SECTION_MARKERS, style, title
from kolumne.measures.metrics import METRICS, READABILITY
from kolumne.measures.metrics import label as metric_label
from kolumne.measures.readability import Band


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
    way is easier. The axis always reaches the values, also beyond the bands' range.
    ``caption`` (the column and exchange) goes under the title.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["wiener_sachtextformel_1"], "backend": "",
        ...                       "question": [2.5], "answer": [6.0]})
        >>> bool(readability_bands(frame).axes[0].get_xlim()[0] < 2.5)
        True
    """
    values = frame.assign(metric=frame["metric"].astype(str)).set_index("metric")
    panels = _panels(list(values.index))
    heights = [len(metrics) + 1.9 for metrics in panels.values()]
    with style():
        figure = Figure(figsize=(6.3, 1.0 + 0.33 * sum(heights)))
        grid = figure.add_gridspec(max(len(panels), 1), 1, height_ratios=heights or [1])
        for index, (panel, metrics) in enumerate(panels.items()):
            axes = figure.add_subplot(grid[index])
            rows = values.loc[metrics]
            record = METRICS[metrics[0]]
            present = rows[["question", "answer"]].to_numpy(dtype=float).ravel()
            _shade_bands(axes, record.bands, present[~np.isnan(present)], lang)
            positions = range(len(rows))
            for layer, section in enumerate(("question", "answer"), start=3):
                axes.scatter(
                    rows[section],
                    positions,
                    zorder=layer,
                    label=label(section, lang),
                    **SECTION_MARKERS[section],
                )
            axes.set_yticks(list(positions), [metric_label(name, lang) for name in rows.index])
            axes.set_ylim(len(rows) - 0.4, -1.2)
            direction = "easier_right" if record.higher_is == "easier" else "harder_right"
            axes.set_xlabel(label(direction, lang), loc="right")
        if figure.axes:
            figure.axes[0].legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2)
        title(figure, label("readability_title", lang), caption)
    return figure


def _shade_bands(axes, bands: tuple[Band, ...], values: np.ndarray, lang: Language) -> None:
    """Alternate light greys, one per band, with the band's name above; the labels of
    neighbouring bands sit at two heights, so that long names do not run into each other."""
    text_index = 2 if lang == "en" else 3
    for number, band in enumerate(bands):
        low, high = band[0], band[1]
        axes.axvspan(low, high, color="#f0f0f0" if number % 2 else "#e0e0e0", zorder=0, linewidth=0)
        axes.text(
            (low + high) / 2,
            -0.55 if number % 2 else -0.95,
            band[text_index].split(" (")[0],
            ha="center",
            va="center",
            fontsize=6,
            color="#555555",
        )
    ends = [float(band[0]) for band in bands] + [float(band[1]) for band in bands]
    ends += [float(value) for value in values]
    low, high = (min(ends), max(ends)) if ends else (0.0, 1.0)
    margin = 0.03 * (high - low or 1.0)
    axes.set_xlim(low - (margin if not bands or low < bands[0][0] else 0),
                  high + (margin if not bands or high > bands[-1][1] else 0))  # fmt: skip
    axes.grid(visible=False)
    if not bands:
        axes.grid(axis="x", visible=True)
