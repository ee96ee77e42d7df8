"""The corpus chart: answer − question for every exchange of many columns, per tone
measure, with the median and its bootstrap 95% interval.

Axes come from the metric registry (``UNIT_SCALES``): the same span for one column as for
two thousand, widened only where a difference would fall outside. A handful of
exchanges is shown dot by dot; many as a box with a faint strip of every exchange. The
median and its interval are ``kolumne.statistics.corpus_statistics``'s, the numbers of
the corpus notebook's table.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"column_id": ["a", "b"], "metric": "imperative_share",
    ...                       "backend": "", "question": 0.0, "answer": 0.3,
    ...                       "difference": [0.4, 0.2]})
    >>> [float(end) for end in corpus_differences(frame).axes[0].get_xlim()]
    [-50.0, 50.0]
"""

from __future__ import annotations

from textwrap import fill

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from kolumne.figures.labels import Language, count_text, label, language_name
from kolumne.figures.scales import difference_limits, factor
from kolumne.figures.style import SECTION_COLOURS, style, title
from kolumne.figures.tone_charts import TONE_PANELS, row_label, tone_rows
from kolumne.measures.metrics import METRICS
from kolumne.statistics import corpus_statistics

# Below this many exchanges in a row every one is a dot of its own; from here on a box
# and a faint strip show the distribution.
STRIP_LIMIT = 30
_KEYS = ["language", "metric", "backend"]


def corpus_differences(
    frame: pd.DataFrame,
    lang: Language = "en",
    caption: str | None = None,
    statistics: pd.DataFrame | None = None,
) -> Figure:
    """Answer − question for every exchange, one row per tone metric (and backend), with
    the median and its bootstrap 95% interval.

    ``frame`` is a ``kolumne.frames.comparison`` frame for many columns; metrics are
    grouped by unit into panels as in ``tone_dumbbell`` (shares in percentage points).
    Right of the zero line the answer is higher than the question. Each panel's axis is
    its unit's fixed span from the registry (polarity ±1, shares ±50 points, …), widened
    only to reach every difference. Rows with fewer than ``STRIP_LIMIT`` exchanges show
    each as a dot; more, as a box (middle half, whiskers to 1.5 × its width) over a
    faint strip of every exchange. The black tick is the median, the bar across it its
    bootstrap 95% interval, and n is written at the right of each row. ``statistics``
    is ``kolumne.statistics.corpus_statistics(frame)``, computed here when not given; a
    German and an English column are never pooled, so a corpus of both languages gets a
    row per language. ``caption`` goes under the title (by default: how many pairs from
    how many columns).

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"column_id": ["a"], "exchange": 0, "language": "de",
        ...                       "metric": "polarity_weighted", "backend": "sentiws",
        ...                       "question": 0.10, "answer": 0.12, "difference": [0.02]})
        >>> axes = corpus_differences(frame).axes[0]
        >>> [float(end) for end in axes.get_xlim()], [text.get_text() for text in axes.texts]
        ([-1.0, 1.0], ['n = 1'])
    """
    rows = tone_rows(frame if "language" in frame else frame.assign(language=""))
    several_languages = rows["language"].nunique() > 1
    rows = rows.assign(
        row_label=[_language_row_label(row, several_languages, lang) for row in rows.itertuples()]
    )
    if statistics is None:
        statistics = corpus_statistics(rows)
    middles = statistics.set_index(_KEYS)
    panels = [panel for panel in TONE_PANELS if (rows["panel"] == panel).any()]
    heights = [rows.loc[rows["panel"] == panel, "row_label"].nunique() + 1.4 for panel in panels]
    with style():
        figure = Figure(figsize=(6.3, 1.2 + 0.3 * sum(heights)))
        grid = figure.add_gridspec(len(panels), 1, height_ratios=heights)
        for index, panel in enumerate(panels):
            axes = figure.add_subplot(grid[index])
            _draw_panel(axes, rows[rows["panel"] == panel], panel, middles, lang)
        title(figure, label("corpus_title", lang), caption or _pairs_caption(frame, lang))
        figure.supxlabel(
            fill(label("corpus_key", lang), 130), x=0.01, ha="left", fontsize=6.5,
            color="#555555",
        )  # fmt: skip
    return figure


def _language_row_label(row, several_languages: bool, lang: Language) -> str:
    text = row_label(row, lang)
    return f"{text} · {row.language}" if several_languages else text


def _pairs_caption(frame: pd.DataFrame, lang: Language) -> str:
    """How many question/answer pairs from how many columns the chart shows."""
    keys = [key for key in ("column_id", "exchange") if key in frame]
    pairs = len(frame[keys].drop_duplicates()) if keys else len(frame)
    columns = frame["column_id"].nunique() if "column_id" in frame else pairs
    return label("corpus_caption", lang).format(
        pairs=count_text(pairs, lang), columns=count_text(columns, lang)
    )


def _draw_panel(
    axes: Axes, rows: pd.DataFrame, panel: str, middles: pd.DataFrame, lang: Language
) -> None:
    unit = METRICS[str(rows["metric"].iloc[0])].unit
    times = factor(unit)
    groups = list(rows.groupby("row_label", sort=False))
    axes.set_xlim(*difference_limits(unit, rows["difference"].dropna() * times))
    for position, (_name, group) in enumerate(groups):
        differences = group["difference"].dropna().to_numpy(dtype=float) * times
        if not len(differences):
            _write_not_available(axes, group, position, lang)
        elif len(differences) < STRIP_LIMIT:
            _draw_dots(axes, differences, position)
        else:
            _draw_distribution(axes, differences, position)
        first = group.iloc[0]
        key = (first["language"], first["metric"], first["backend"])
        _draw_median(axes, differences, middles.loc[key] if key in middles.index else None,
                     times, position)  # fmt: skip
        axes.annotate(
            f"n = {count_text(len(differences), lang)}", xy=(1.01, position),
            xycoords=("axes fraction", "data"), va="center", fontsize=7, color="#555555",
        )  # fmt: skip
    axes.axvline(0, color="#555555", linewidth=0.8, zorder=1)
    axes.set_yticks(range(len(groups)), [name for name, _ in groups])
    axes.set_ylim(len(groups) - 0.5, -0.5)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", visible=True)
    # Wrapped: a label wider than the panel would push the figure's edge off the page.
    axes.set_xlabel(fill(label(f"difference_{panel}", lang), 55))


def _write_not_available(axes: Axes, group: pd.DataFrame, position: int, lang: Language) -> None:
    """Say why a row is empty (no rules for its language), instead of leaving a gap."""
    language = language_name(str(group["language"].iloc[0]), lang) or "?"
    text = label("not_available", lang).format(language=language)
    axes.annotate(
        text, xy=(0.01, position), xycoords=("axes fraction", "data"), va="center",
        fontsize=7, color="#777777", fontstyle="italic",
    )  # fmt: skip


def _draw_dots(axes: Axes, differences: np.ndarray, position: int) -> None:
    """Every exchange a dot, spread a little up and down so that equal values all show."""
    spread = np.random.default_rng(position).uniform(-0.2, 0.2, len(differences))
    # Above the median's marks: with one or two pairs the dot is the median. Not clipped:
    # a difference on the edge of the axis (7 of 8 sentences against 6 of 16) would be
    # cut in half by it.
    axes.scatter(differences, position + spread, s=18, alpha=0.75,
                 color=SECTION_COLOURS["answer"], linewidth=0, zorder=6, clip_on=False)  # fmt: skip


def _draw_distribution(axes: Axes, differences: np.ndarray, position: int) -> None:
    """A box (middle half, whiskers to the farthest exchange within 1.5 box widths) over a
    faint strip of every exchange; the fainter, the more there are, so that the strip
    shows where they crowd."""
    spread = np.random.default_rng(position).uniform(-0.3, 0.3, len(differences))
    alpha = float(np.clip(8 / np.sqrt(len(differences)), 0.04, 0.4))
    axes.scatter(differences, position + spread, s=4, alpha=alpha,
                 color=SECTION_COLOURS["answer"], linewidth=0, zorder=2)  # fmt: skip
    low, high = np.percentile(differences, [25, 75])
    reach = 1.5 * (high - low)
    whisker_low = differences[differences >= low - reach].min()
    whisker_high = differences[differences <= high + reach].max()
    grey = {"color": "#555555", "linewidth": 1.0, "zorder": 4}
    axes.add_patch(Rectangle((low, position - 0.3), high - low, 0.6, fill=False,
                             edgecolor="#555555", linewidth=1.0, zorder=4))  # fmt: skip
    axes.hlines([position, position], [whisker_low, high], [low, whisker_high], **grey)
    axes.vlines([whisker_low, whisker_high], position - 0.15, position + 0.15, **grey)


def _draw_median(
    axes: Axes, differences: np.ndarray, middle: pd.Series | None, times: float, position: int
) -> None:
    """The median as a black tick and, where there are enough pairs for it, its bootstrap
    95% interval as a black bar across the row."""
    if not len(differences):
        return
    median = (
        float(middle["median_difference"]) * times
        if middle is not None and not pd.isna(middle["median_difference"])
        else float(np.median(differences))
    )
    if middle is not None and not pd.isna(middle["ci_low"]):
        axes.hlines(position, middle["ci_low"] * times, middle["ci_high"] * times,
                    color="#000000", linewidth=3.0, zorder=5)  # fmt: skip
    axes.vlines(median, position - 0.38, position + 0.38, color="#000000", linewidth=1.6, zorder=5)
