"""Charts of tone: every measure of question against answer, person and address.

Which metrics a chart shows, their labels and the axis they share come from the metric
registry (``kolumne.measures.metrics``). A metric without a value for the column's
language is shown as "not available", never as a zero.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["imperative_share", "formal_address_per_100_words"],
    ...                       "backend": "", "question": [0.0, 0.7], "answer": [0.44, 12.3]})
    >>> len(tone_dumbbell(frame).axes)
    2
"""

from __future__ import annotations

import math
from textwrap import fill

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, label, language_name
from kolumne.figures.scales import factor, value_limits
from kolumne.figures.style import SECTION_COLOURS, SECTION_MARKERS, section_legend, style, title
from kolumne.measures.metrics import METRICS, SENTIMENT, TONE
from kolumne.measures.metrics import label as metric_label

# The panels of the tone charts, top to bottom: metrics that share a unit share an axis,
# and each panel is named after its unit (the key of its scale in ``UNIT_SCALES``).
TONE_PANELS = ("per_100_words", "share_of_sentences", "share_of_characters", "polarity")
_ORDER = {name: position for position, name in enumerate(METRICS)}


def tone_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a ``kolumne.frames.comparison`` frame that a tone chart draws, in
    registry order, with their ``panel`` (the unit they share an axis with).

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["lix", "question_share", "hedges_per_100_words"],
        ...                       "backend": "", "question": 1.0, "answer": 2.0})
        >>> tone_rows(frame)[["metric", "panel"]].values.tolist()
        [['hedges_per_100_words', 'per_100_words'], ['question_share', 'share_of_sentences']]
    """
    known = frame[frame["metric"].astype(str).isin(METRICS.keys())]
    records = known["metric"].astype(str).map(METRICS)
    drawn = records.map(
        lambda record: record.kind in (TONE, SENTIMENT) and record.panel in TONE_PANELS
    )
    rows = known[drawn.astype(bool)].copy()
    rows["panel"] = rows["metric"].astype(str).map(lambda name: METRICS[name].panel)
    rows["order"] = rows["metric"].astype(str).map(_ORDER)
    return rows.sort_values(["order"], kind="stable")


def row_label(row, lang: Language) -> str:
    """A chart row's label: the metric's, with the backend of a sentiment metric.

    Example:
        >>> import pandas as pd
        >>> row = next(pd.DataFrame({"metric": ["polarity_weighted"], "backend": "sentiws"}
        ...                         ).itertuples())
        >>> row_label(row, "de")
        'Polarität, nach Wörtern gewichtet (sentiws)'
    """
    backend = getattr(row, "backend", "") or ""
    return metric_label(str(row.metric), lang, backend=str(backend) or None)


def _not_available(row, lang: Language) -> str:
    note = str(getattr(row, "note", "") or "")
    language = note.removeprefix("not available for ").split(":")[0] if note else "?"
    return label("not_available", lang).format(language=language_name(language, lang))


def tone_dumbbell(frame: pd.DataFrame, lang: Language = "en", caption: str | None = None) -> Figure:
    """Every tone metric of one exchange: question ring, answer dot, the line between.

    ``frame`` is a ``kolumne.frames.comparison`` frame for one column and exchange (one
    or more sentiment backends). Metrics are grouped by unit into panels (per 100 words,
    % of sentences, % of characters, polarity); shares are drawn in percent. Each axis is
    its unit's fixed range from the registry (shares 0 … 100 %, polarity −1 … +1, rates
    0 … 15 per 100 words), widened only to reach a value beyond it. Quoted speech, the
    share of the section's characters inside quotation marks (words the writer quotes
    from others), has a panel of its own in % of characters. A metric without a value
    (no rules for the column's language) says "not available".
    ``caption`` (the column and exchange) goes under the title.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["imperative_share", "question_share"],
        ...                       "backend": "", "question": [float("nan"), 0.5],
        ...                       "answer": [float("nan"), 0.1],
        ...                       "note": ["not available for en: German rules only", ""]})
        >>> figure = tone_dumbbell(frame)
        >>> [text.get_text().strip() for text in figure.axes[0].texts]
        ['not available for English']
    """
    rows = tone_rows(frame)
    panels = [panel for panel in TONE_PANELS if (rows["panel"] == panel).any()]
    heights = [max((rows["panel"] == panel).sum(), 1) + 1.2 for panel in panels]
    with style():
        figure = Figure(figsize=(6.3, 1.1 + 0.27 * sum(heights)))
        grid = figure.add_gridspec(len(panels), 1, height_ratios=heights)
        for index, panel in enumerate(panels):
            axes = figure.add_subplot(grid[index])
            _draw_dumbbells(axes, rows[rows["panel"] == panel], panel, lang)
        if figure.axes:
            figure.axes[0].legend(
                handles=section_legend(lang),
                loc="lower right",
                bbox_to_anchor=(1.0, 1.0),
                ncols=2,
                borderaxespad=0.2,
            )
        title(figure, label("tone_title", lang), caption)
    return figure


def _draw_dumbbells(axes, rows: pd.DataFrame, panel: str, lang: Language) -> None:
    scale = factor(panel)
    positions = np.arange(len(rows))
    question = rows["question"].to_numpy(dtype=float) * scale
    answer = rows["answer"].to_numpy(dtype=float) * scale
    axes.hlines(positions, question, answer, color="#bbbbbb", linewidth=2.2, zorder=1)
    axes.scatter(question, positions, zorder=3, **SECTION_MARKERS["question"])
    axes.scatter(answer, positions, zorder=4, **SECTION_MARKERS["answer"])
    axes.set_yticks(list(positions), [row_label(row, lang) for row in rows.itertuples()])
    axes.set_ylim(len(rows) - 0.5, -0.7)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", visible=True)
    low, high = value_limits(panel, np.concatenate([question, answer]))
    # A little room at both ends, so that rings at 0 or 100 % are not cut in half.
    margin = 0.03 * (high - low)
    axes.set_xlim(low - margin, high + margin)
    if panel == "polarity":
        axes.axvline(0, color="#555555", linewidth=0.8)
        axes.set_xlabel(label("polarity_axis", lang))
    else:
        axes.set_xlabel(label(panel, lang))
    left = axes.get_xlim()[0]
    for position, row in zip(positions, rows.itertuples()):
        if math.isnan(row.question) and math.isnan(row.answer):
            axes.text(left, position, f"  {_not_available(row, lang)}", va="center",
                      fontsize=7, color="#777777", fontstyle="italic")  # fmt: skip


ADDRESS_METRICS = (
    "first_person_singular_per_100_words",
    "first_person_plural_per_100_words",
    "second_person_per_100_words",
    "informal_second_person_per_100_words",
    "formal_address_per_100_words",
)


def address_profile(
    frame: pd.DataFrame, lang: Language = "en", caption: str | None = None
) -> Figure:
    """Grouped bars: first person, "we", the reader addressed ("you"; in German split
    into informal "du" and formal "Sie") per 100 words.

    ``frame`` is a ``kolumne.frames.comparison`` frame for one column and exchange;
    each metric gets a question bar and an answer bar. Where the column's language has
    no rules for these measures, the chart says so instead of drawing zeros.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": list(ADDRESS_METRICS), "backend": "",
        ...     "question": [12.9, 0, 0.7, 0, 0.7], "answer": [0.4, 0, 12.3, 0, 12.3]})
        >>> len(address_profile(frame).axes[0].patches)
        10
        >>> english = frame.assign(question=[16.7, 1.5, 0, None, None],
        ...                        answer=[2.3, 0, 8.0, None, None], note="")
        >>> len(address_profile(english).axes[0].patches)  # "du" and "Sie": no bars
        6
    """
    values = frame.assign(metric=frame["metric"].astype(str)).set_index("metric")
    values = values.reindex(list(ADDRESS_METRICS))
    positions = range(len(ADDRESS_METRICS))
    with style():
        figure = Figure(figsize=(6.3, 2.9))
        axes = figure.add_subplot()
        if values[["question", "answer"]].isna().all().all():
            reason = values["note"].dropna().astype(str) if "note" in values else pd.Series([])
            row = pd.Series({"note": reason.iloc[0] if len(reason) else ""})
            axes.text(0.5, 0.5, _not_available(row, lang), ha="center", va="center",
                      transform=axes.transAxes, fontsize=9, color="#777777")  # fmt: skip
        else:
            for offset, section in ((-0.2, "question"), (0.2, "answer")):
                # Only the measures with a value: a missing one is no bar of height 0.
                shown = [(p, v) for p, v in zip(positions, values[section]) if not math.isnan(v)]
                bars = axes.bar(
                    [position + offset for position, _ in shown],
                    [value for _, value in shown],
                    width=0.38,
                    color=SECTION_COLOURS[section],
                    label=label(section, lang),
                )
                axes.bar_label(bars, fmt="%.1f", fontsize=7, padding=1)
            for position, (name, row) in zip(positions, values.iterrows()):
                if math.isnan(row["question"]) and math.isnan(row["answer"]):
                    axes.text(position, 0, _not_available(row, lang), ha="center",
                              va="bottom", rotation=90, fontsize=7, color="#777777",
                              fontstyle="italic")  # fmt: skip
            axes.legend(loc="upper center", ncols=2)
        # Wrapped, so that five labels fit side by side.
        tick_labels = [fill(metric_label(name, lang), 16) for name in ADDRESS_METRICS]
        axes.set_xticks(list(positions), tick_labels)
        axes.set_ylabel(label("per_100_words", lang))
        axes.margins(y=0.15)
        title(figure, label("address_title", lang), caption)
    return figure
