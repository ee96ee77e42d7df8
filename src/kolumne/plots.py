"""One function per chart: a tidy DataFrame in, a ``matplotlib.figure.Figure`` out.

Every chart uses the packaged style (``kolumne.mplstyle``), gives the question and the
answer the same two colours, and takes its labels from one table, in English
(``lang="en"``, the default) or German (``lang="de"``). Figures are built without
pyplot, so nothing is displayed twice in a notebook and nothing piles up in memory;
saving is ``kolumne.export.save_figure``'s job.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"section": ["question", "answer"], "sentence": [1, 1],
    ...                       "polarity": [-0.5, 0.5], "backend": "textblob-de"})
    >>> sentence_polarity(frame, lang="de").axes[0].get_ylabel()
    'Polarität (−1 negativ … +1 positiv)'
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kolumne.labels import Language, label, metric_label

STYLE = resources.files("kolumne") / "resources" / "kolumne.mplstyle"

# Okabe-Ito vermillion and blue: the question and the answer in every chart.
SECTION_COLOURS = {"question": "#D55E00", "answer": "#0072B2"}
# Where question and answer are compared dot against dot, the question is a ring around
# the answer's dot, so equal values still show both.
SECTION_MARKERS = {
    "question": {"s": 64, "facecolors": "none", "edgecolors": "#D55E00", "linewidths": 1.6},
    "answer": {"s": 26, "color": "#0072B2"},
}


# The dumbbell chart's panels: metrics that share a unit share an axis.
TONE_PANELS: dict[str, tuple[str, ...]] = {
    "per_100_words": (
        "first_person_singular_per_100_words",
        "first_person_plural_per_100_words",
        "informal_second_person_per_100_words",
        "formal_address_per_100_words",
        "hedges_per_100_words",
        "intensifiers_per_100_words",
    ),
    "percent_of_sentences": (
        "negative_share",
        "positive_share",
        "imperative_share",
        "advice_modal_share",
        "question_share",
        "exclamation_share",
        "quoted_speech_share",
    ),
    "polarity": ("polarity_weighted",),
}


# Parts that are neither question nor answer stay in muted colours, so the two sections
# stand out; cross-links get a colour of their own because they interrupt the text.
PART_COLOURS = {
    **SECTION_COLOURS,
    "title": "#009E73",
    "intro": "#009E73",
    "related": "#CC79A7",
    "heading": "#555555",
    "salutation": "#E69F00",
    "signature": "#E69F00",
    "footer": "#999999",
    "unassigned": "#000000",
}


def _draw_section_polarity(
    axes, section: str, positions, polarity, weights, lang: Language
) -> None:
    colour = SECTION_COLOURS[section]
    is_zero = polarity == 0
    axes.plot(positions, polarity, color=colour, linewidth=1, alpha=0.5)
    axes.scatter(positions[~is_zero], polarity[~is_zero], color=colour, s=22, zorder=3)
    axes.scatter(
        positions[is_zero], polarity[is_zero], facecolors="white", edgecolors=colour, s=22, zorder=3
    )
    mean = float(np.average(polarity, weights=weights))
    axes.hlines(
        mean,
        positions.min() - 0.4,
        positions.max() + 0.4,
        colors=colour,
        linestyles="dashed",
        linewidth=1.2,
    )
    axes.text(
        positions.min() - 0.4,
        1.27,
        f"{label(section, lang)}  ·  {label('mean', lang)} {mean:+.2f}",
        color=colour,
        fontweight="bold",
        va="top",
        fontsize=8.5,
    )


def _write_length(axes, row: int, start: int, end: int, total: int) -> None:
    """Write a bar's length right of it, inside it near the right edge, or left of it."""
    length, margin = end - start, 0.01 * total
    if end < 0.88 * total:
        axes.text(end + margin, row, f"{length}", va="center", ha="left", fontsize=7)
    elif length > 0.1 * total:
        axes.text(
            end - margin, row, f"{length}", va="center", ha="right", fontsize=7, color="white"
        )
    else:
        axes.text(start - margin, row, f"{length}", va="center", ha="right", fontsize=7)


@contextmanager
def _style():
    with matplotlib.rc_context(fname=str(STYLE)):
        yield


def sentence_polarity(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Polarity of each sentence, question then answer, with each section's mean.

    ``frame`` holds one row per sentence with ``section``, ``sentence`` (position in
    the section), ``polarity`` and ``backend`` (as from
    ``kolumne.compare.sentence_sentiment``, for one column); with several backends,
    one panel per backend. The dashed line is the section's mean, weighted by words
    per sentence where the frame has ``words`` (as ``kolumne.sentiment.aggregate``).
    Sentences scoring exactly 0 are drawn hollow: with a word-list method, 0 mostly
    means that no listed word occurred, not that the sentence is balanced.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer", "answer"] * 2,
        ...                       "sentence": [1, 1, 2] * 2, "polarity": [-0.5, 0.0, 1.0] * 2,
        ...                       "backend": ["sentiws"] * 3 + ["textblob-de"] * 3})
        >>> len(sentence_polarity(frame).axes)
        2
    """
    backends = list(dict.fromkeys(frame["backend"]))
    with _style():
        figure = Figure(figsize=(6.3, 3.6 if len(backends) == 1 else 1.0 + 2.0 * len(backends)))
        panels = figure.subplots(len(backends), 1, sharex=True, squeeze=False)[:, 0]
        for axes, backend in zip(panels, backends):
            _draw_sentence_polarity(axes, frame[frame["backend"] == backend], lang)
            if len(backends) > 1:
                axes.set_ylabel(backend)
        panels[0].set_title(label("sentence_polarity_title", lang))
        panels[-1].set_xlabel(label("sentence_position", lang))
        if len(backends) == 1:
            panels[0].set_ylabel(label("polarity", lang))
        else:
            figure.supylabel(label("polarity", lang), fontsize=9)
        named_backend = (
            f"{label('backend', lang)}: {backends[0]}  ·  " if len(backends) == 1 else ""
        )
        figure.supxlabel(
            f"{named_backend}- - - {label('section_mean', lang)}  ·  {label('zero_note', lang)}",
            x=0.01,
            ha="left",
            fontsize=6.5,
            color="#555555",
        )
    return figure


def _draw_sentence_polarity(axes, frame: pd.DataFrame, lang: Language) -> None:
    offset = 0
    tick_positions, tick_labels = [], []
    for section in ("question", "answer"):
        rows = frame[frame["section"] == section].sort_values("sentence")
        if rows.empty:
            continue
        positions = rows["sentence"].to_numpy() + offset
        weights = rows["words"].clip(lower=1).to_numpy() if "words" in rows else None
        _draw_section_polarity(axes, section, positions, rows["polarity"].to_numpy(), weights, lang)
        tick_positions.extend(positions)
        tick_labels.extend(str(number) for number in rows["sentence"])
        offset += len(rows) + 1
    axes.axhline(0, color="#555555", linewidth=0.8)
    axes.set_ylim(-1.15, 1.3)
    axes.set_yticks([-1, -0.5, 0, 0.5, 1])
    axes.set_xticks(tick_positions, tick_labels)


def column_anatomy(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """The column's parts in text order, each bar spanning its characters.

    ``frame`` is ``kolumne.compare.anatomy(column)``: one row per part with ``kind``,
    ``start``, ``end``, ``characters`` and ``text``. The first part is at the top; a
    bar starts where its part starts in the text and is as long as the part, so
    cross-links that cut into the text and the sizes of question and answer show at a
    glance.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"kind": ["heading", "question"], "start": [0, 7],
        ...                       "end": [6, 15], "characters": [6, 8],
        ...                       "text": ["Frage:", "Was tun?"]})
        >>> [tick.get_text() for tick in column_anatomy(frame).axes[0].get_yticklabels()]
        ['Label', 'Question']
    """
    total = max(int(frame["end"].max()), 1) if len(frame) else 1
    with _style():
        figure = Figure(figsize=(6.3, 1.0 + 0.25 * max(len(frame), 1)))
        axes = figure.add_subplot()
        rows = list(range(len(frame)))
        colours = [PART_COLOURS.get(kind, "#000000") for kind in frame["kind"]]
        axes.barh(rows, frame["characters"], left=frame["start"], color=colours, height=0.7)
        for row, part in zip(rows, frame.itertuples()):
            _write_length(axes, row, part.start, part.end, total)
        axes.set_yticks(rows, [label(kind, lang) for kind in frame["kind"]])
        axes.invert_yaxis()
        axes.set_xlim(0, total * 1.02)
        axes.set_axisbelow(True)
        axes.grid(axis="y", visible=False)
        axes.grid(axis="x", visible=True)
        axes.set_xlabel(label("character_offset", lang))
        axes.set_title(label("anatomy_title", lang))
    return figure


def _panel_of(metric: str) -> str | None:
    for panel, metrics in TONE_PANELS.items():
        if any(metric == name or metric.startswith(f"{name}_") for name in metrics):
            return panel
    return None


def tone_dumbbell(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Every tone metric of one exchange: question dot, answer dot, the line between.

    ``frame`` is a ``kolumne.compare.comparison`` frame for one column and exchange.
    Metrics are grouped by unit into panels (per 100 words, % of sentences,
    polarity); shares are drawn in percent. Metrics the chart does not know are left out.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["imperative_share", "formal_address_per_100_words"],
        ...                       "question": [0.0, 0.7], "answer": [0.44, 12.3]})
        >>> len(tone_dumbbell(frame).axes)
        2
    """
    frame = frame.assign(panel=frame["metric"].map(_panel_of)).dropna(subset=["panel"])
    panels = [panel for panel in TONE_PANELS if (frame["panel"] == panel).any()]
    heights = [max((frame["panel"] == panel).sum(), 1) + 1.2 for panel in panels]
    with _style():
        figure = Figure(figsize=(6.3, 0.9 + 0.27 * sum(heights)))
        grid = figure.add_gridspec(len(panels), 1, height_ratios=heights)
        for index, panel in enumerate(panels):
            axes = figure.add_subplot(grid[index])
            _draw_dumbbells(axes, frame[frame["panel"] == panel], panel, lang)
        figure.axes[0].legend(
            handles=[
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markersize=8,
                    markerfacecolor="none",
                    markeredgewidth=1.6,
                    color=SECTION_COLOURS["question"],
                    label=label("question", lang),
                ),
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markersize=5,
                    color=SECTION_COLOURS["answer"],
                    label=label("answer", lang),
                ),
            ],
            loc="lower right",
            bbox_to_anchor=(1.0, 1.0),
            ncols=2,
            borderaxespad=0.2,
        )
        figure.suptitle(label("tone_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def _draw_dumbbells(axes, rows: pd.DataFrame, panel: str, lang: Language) -> None:
    scale = 100.0 if panel == "percent_of_sentences" else 1.0
    positions = range(len(rows))
    question = rows["question"].to_numpy(dtype=float) * scale
    answer = rows["answer"].to_numpy(dtype=float) * scale
    axes.hlines(positions, question, answer, color="#bbbbbb", linewidth=2.2, zorder=1)
    axes.scatter(question, positions, zorder=3, **SECTION_MARKERS["question"])
    axes.scatter(answer, positions, zorder=4, **SECTION_MARKERS["answer"])
    axes.set_yticks(list(positions), [metric_label(metric, lang) for metric in rows["metric"]])
    axes.invert_yaxis()
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", visible=True)
    if panel == "polarity":
        axes.set_xlim(-1.05, 1.05)
        axes.axvline(0, color="#555555", linewidth=0.8)
        axes.set_xlabel(label("polarity_axis", lang))
    else:
        # A little room left of 0, so rings at 0 are not cut in half by the axis.
        axes.set_xlim(-0.03 * axes.get_xlim()[1], axes.get_xlim()[1])
        axes.set_xlabel(label(panel, lang))


def _readability_panels():
    from kolumne import readability

    return (
        (("flesch_amstad",), readability.FLESCH_AMSTAD_BANDS, "easier_right"),
        (
            (
                "wiener_sachtextformel_1",
                "wiener_sachtextformel_2",
                "wiener_sachtextformel_3",
                "wiener_sachtextformel_4",
            ),
            readability.WIENER_SACHTEXTFORMEL_BANDS,
            "harder_right",
        ),
        (("lix",), readability.LIX_BANDS, "harder_right"),
    )


def readability_bands(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Flesch-Amstad, Wiener Sachtextformel 1–4 and LIX of question and answer.

    ``frame`` is a ``kolumne.compare.comparison`` frame for one German column and
    exchange. Each formula gets a panel shaded with its interpretation bands (see
    ``kolumne.readability``), labelled in ``lang``; an arrow says which way is easier.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["flesch_amstad", "lix"],
        ...                       "question": [54.5, 45.0], "answer": [59.8, 39.3]})
        >>> len(readability_bands(frame).axes)
        2
    """
    values = frame.set_index("metric")
    panels = [
        (metrics, bands, direction)
        for metrics, bands, direction in _readability_panels()
        if any(metric in values.index for metric in metrics)
    ]
    heights = [len(metrics) + 1.6 for metrics, _, _ in panels]
    with _style():
        figure = Figure(figsize=(6.3, 0.8 + 0.33 * sum(heights)))
        grid = figure.add_gridspec(len(panels), 1, height_ratios=heights)
        for index, (metrics, bands, direction) in enumerate(panels):
            axes = figure.add_subplot(grid[index])
            rows = values.loc[[metric for metric in metrics if metric in values.index]]
            _shade_bands(axes, bands, lang)
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
            axes.set_ylim(len(rows) - 0.4, -0.9)
            axes.set_xlabel(label(direction, lang), loc="right")
        figure.axes[0].legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2)
        figure.suptitle(label("readability_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def _shade_bands(axes, bands, lang: Language) -> None:
    """Alternate light greys, one per band, with the band's name at the top."""
    text_index = 2 if lang == "en" else 3
    for number, band in enumerate(bands):
        low, high = band[0], band[1]
        axes.axvspan(low, high, color="#f0f0f0" if number % 2 else "#e0e0e0", zorder=0, linewidth=0)
        axes.text(
            (low + high) / 2,
            -0.55,
            band[text_index].split(" (")[0],
            ha="center",
            va="center",
            fontsize=6,
            color="#555555",
        )
    axes.set_xlim(bands[0][0], bands[-1][1])
    axes.grid(visible=False)


def length_distributions(
    sentence_frame: pd.DataFrame, word_frame: pd.DataFrame, lang: Language = "en"
) -> Figure:
    """Histograms of words per sentence and letters per word, question against answer.

    ``sentence_frame`` is ``kolumne.compare.sentence_rows`` (its ``words`` column),
    ``word_frame`` is ``kolumne.compare.word_rows`` (its ``letters`` column), both for
    one column. Bars are percentages of each section's sentences or words, so a short
    question and a long answer compare fairly.

    Example:
        >>> import pandas as pd
        >>> sentence_frame = pd.DataFrame({"section": ["question", "answer"], "words": [12, 7]})
        >>> word_frame = pd.DataFrame({"section": ["question", "answer"], "letters": [4, 9]})
        >>> len(length_distributions(sentence_frame, word_frame).axes)
        2
    """
    with _style():
        figure = Figure(figsize=(6.3, 2.9))
        sentence_axes, word_axes = figure.subplots(1, 2)
        _section_histogram(sentence_axes, sentence_frame, "words", 5, lang)
        sentence_axes.set_xlabel(label("words_per_sentence", lang))
        sentence_axes.set_ylabel(label("share_of_sentences", lang))
        _section_histogram(word_axes, word_frame, "letters", 2, lang)
        word_axes.set_xlabel(label("letters_per_word", lang))
        word_axes.set_ylabel(label("share_of_words", lang))
        sentence_axes.legend(loc="upper right")
        figure.suptitle(label("lengths_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def _section_histogram(axes, frame: pd.DataFrame, column: str, bin_width: int, lang) -> None:
    top = max(int(frame[column].max()) if len(frame) else 1, 1)
    edges = list(range(0, top + bin_width + 1, bin_width))
    for section in ("question", "answer"):
        values = frame.loc[frame["section"] == section, column]
        if values.empty:
            continue
        weights = [100 / len(values)] * len(values)
        axes.hist(
            values,
            bins=edges,
            weights=weights,
            histtype="step",
            linewidth=1.6,
            color=SECTION_COLOURS[section],
            label=label(section, lang),
        )


ADDRESS_METRICS = (
    "first_person_singular_per_100_words",
    "first_person_plural_per_100_words",
    "informal_second_person_per_100_words",
    "formal_address_per_100_words",
)


def address_profile(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Grouped bars: first person, "we", informal "du" and formal "Sie" per 100 words.

    ``frame`` is a ``kolumne.compare.comparison`` frame for one column and exchange;
    each metric gets a question bar and an answer bar.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": list(ADDRESS_METRICS),
        ...                       "question": [12.9, 0, 0, 0.7], "answer": [0.4, 0, 0, 12.3]})
        >>> len(address_profile(frame).axes[0].patches)
        8
    """
    values = frame.set_index("metric").reindex(list(ADDRESS_METRICS))
    positions = range(len(ADDRESS_METRICS))
    with _style():
        figure = Figure(figsize=(6.3, 2.8))
        axes = figure.add_subplot()
        for offset, section in ((-0.2, "question"), (0.2, "answer")):
            bars = axes.bar(
                [position + offset for position in positions],
                values[section].fillna(0),
                width=0.38,
                color=SECTION_COLOURS[section],
                label=label(section, lang),
            )
            axes.bar_label(bars, fmt="%.1f", fontsize=7, padding=1)
        axes.set_xticks(list(positions), [metric_label(name, lang) for name in ADDRESS_METRICS])
        axes.set_ylabel(label("per_100_words", lang))
        axes.legend(loc="upper center", ncols=2)
        axes.margins(y=0.15)
        axes.set_title(label("address_title", lang))
    return figure


def corpus_differences(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Answer − question for every column, one row per tone metric, with the median.

    ``frame`` is a ``kolumne.compare.comparison`` frame for many columns; metrics are
    grouped by unit into panels as in ``tone_dumbbell`` (shares in percentage points).
    Dots right of the zero line: the answer is higher than the question.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"column_id": ["a", "b"], "metric": "imperative_share",
        ...                       "difference": [0.4, 0.2]})
        >>> len(corpus_differences(frame).axes)
        1
    """
    frame = frame.assign(panel=frame["metric"].map(_panel_of)).dropna(subset=["panel"])
    panels = [panel for panel in TONE_PANELS if (frame["panel"] == panel).any()]
    metrics_per_panel = {
        panel: list(dict.fromkeys(frame.loc[frame["panel"] == panel, "metric"])) for panel in panels
    }
    heights = [len(metrics_per_panel[panel]) + 1.2 for panel in panels]
    with _style():
        figure = Figure(figsize=(6.3, 0.9 + 0.27 * sum(heights)))
        grid = figure.add_gridspec(len(panels), 1, height_ratios=heights)
        for index, panel in enumerate(panels):
            axes = figure.add_subplot(grid[index])
            scale = 100.0 if panel == "percent_of_sentences" else 1.0
            metrics = metrics_per_panel[panel]
            for row, metric in enumerate(metrics):
                differences = frame.loc[frame["metric"] == metric, "difference"].dropna() * scale
                axes.scatter(
                    differences, [row] * len(differences), color="#0072B2", alpha=0.5, s=18
                )
                if len(differences):
                    axes.vlines(
                        differences.median(), row - 0.35, row + 0.35, color="#000000", linewidth=1.5
                    )
            axes.axvline(0, color="#555555", linewidth=0.8)
            axes.set_yticks(range(len(metrics)), [metric_label(name, lang) for name in metrics])
            axes.set_ylim(len(metrics) - 0.5, -0.5)
            axes.grid(axis="y", visible=False)
            axes.grid(axis="x", visible=True)
            unit = label("polarity_axis" if panel == "polarity" else panel, lang)
            axes.set_xlabel(f"{label('difference_axis', lang)} ({unit}); | {label('median', lang)}")
        figure.suptitle(label("corpus_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def top_words(contributions: pd.DataFrame, lang: Language = "en", count: int = 12) -> Figure:
    """The ``count`` words with the largest effect on their sentences, by section.

    ``contributions`` is a ``kolumne.compare.word_contributions`` frame for one column
    and one backend. Bars run left (negative) or right (positive) by the word's weight
    after negation and intensifiers; the label says when a word was negated or quoted.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer"], "token": ["Angst", "gut"],
        ...                       "weight": [-0.6, 0.4], "negated": False, "quoted": False})
        >>> len(top_words(frame).axes)
        2
    """
    with _style():
        figure = Figure(figsize=(6.3, 1.2 + 0.2 * count))
        panels = figure.subplots(1, 2, sharex=True)
        for axes, section in zip(panels, ("question", "answer")):
            rows = contributions[contributions["section"] == section]
            rows = rows.reindex(rows["weight"].abs().sort_values(ascending=False).index).head(count)
            names = [_word_caption(row, lang) for row in rows.itertuples()]
            axes.barh(range(len(rows)), rows["weight"], color=SECTION_COLOURS[section])
            axes.set_yticks(range(len(rows)), names, fontsize=7)
            axes.set_ylim(count - 0.5, -0.5)
            axes.axvline(0, color="#555555", linewidth=0.8)
            axes.grid(axis="y", visible=False)
            axes.grid(axis="x", visible=True)
            axes.set_title(label(section, lang), color=SECTION_COLOURS[section])
            if rows.empty:
                axes.text(
                    0,
                    count / 2,
                    label("no_scored_words", lang),
                    ha="center",
                    fontsize=8,
                    color="#555555",
                )
        # Symmetric about 0, so left (negative) and right (positive) read alike.
        reach = float(contributions["weight"].abs().max()) if len(contributions) else 0.0
        panels[0].set_xlim(-1.1 * (reach or 1.0), 1.1 * (reach or 1.0))
        figure.supxlabel(label("word_weight", lang), fontsize=8)
        figure.suptitle(label("top_words_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def _word_caption(row, lang: Language) -> str:
    marks = [label(name, lang) for name in ("negated", "quoted") if getattr(row, name, False)]
    return f"{row.token} ({', '.join(marks)})" if marks else row.token


def backend_agreement(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Two matrices: share of sentences with the same label, and polarity correlation.

    ``frame`` is a ``kolumne.compare.backend_agreement`` frame (one row per pair).

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"backend_a": ["a"], "backend_b": ["b"],
        ...                       "label_agreement": [0.5], "polarity_correlation": [0.3]})
        >>> len(backend_agreement(frame).axes)
        2
    """
    names = list(dict.fromkeys([*frame["backend_a"], *frame["backend_b"]]))
    with _style():
        figure = Figure(figsize=(6.3, 1.4 + 0.45 * len(names)))
        panels = figure.subplots(1, 2)
        for axes, measure in zip(panels, ("label_agreement", "polarity_correlation")):
            matrix = pd.DataFrame(1.0, index=names, columns=names)
            for row in frame.itertuples():
                value = getattr(row, measure)
                matrix.loc[row.backend_a, row.backend_b] = value
                matrix.loc[row.backend_b, row.backend_a] = value
            low = 0.0 if measure == "label_agreement" else -1.0
            axes.imshow(matrix.to_numpy(dtype=float), cmap="Blues", vmin=low, vmax=1.0)
            for (row_index, column_index), value in np.ndenumerate(matrix.to_numpy(dtype=float)):
                axes.text(
                    column_index,
                    row_index,
                    f"{value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if value > 0.6 else "black",
                )
            axes.set_xticks(range(len(names)), names, rotation=30, ha="right", fontsize=7)
            axes.set_yticks(range(len(names)), names, fontsize=7)
            axes.grid(visible=False)
            axes.set_title(label(measure, lang), fontsize=9)
        figure.suptitle(label("agreement_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure


def confusion_matrices(confusions: dict[str, pd.DataFrame], lang: Language = "en") -> Figure:
    """One confusion matrix per backend: rows what people said, columns what it said.

    ``confusions`` maps a backend to a 3×3 frame of counts (index and columns
    negative, neutral, positive), as ``kolumne.validation`` computes. Cells are shaded
    by the share of their row, so each row shows where that gold label went.

    Example:
        >>> import pandas as pd
        >>> names = ["negative", "neutral", "positive"]
        >>> matrix = pd.DataFrame([[5, 1, 0], [1, 8, 1], [0, 2, 4]], index=names, columns=names)
        >>> len(confusion_matrices({"sentiws": matrix}).axes)
        1
    """
    classes = ["negative", "neutral", "positive"]
    with _style():
        figure = Figure(figsize=(6.3, 2.6))
        panels = figure.subplots(1, len(confusions), squeeze=False)[0]
        for axes, (backend, counts) in zip(panels, confusions.items()):
            counts = counts.reindex(index=classes, columns=classes, fill_value=0)
            shares = counts.div(counts.sum(axis=1).replace(0, 1), axis=0).to_numpy(dtype=float)
            axes.imshow(shares, cmap="Blues", vmin=0, vmax=1)
            for (row, column), value in np.ndenumerate(counts.to_numpy()):
                axes.text(
                    column,
                    row,
                    f"{value}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if shares[row, column] > 0.6 else "black",
                )
            names = [label(name, lang) for name in classes]
            axes.set_xticks(range(3), names, rotation=30, ha="right", fontsize=7)
            axes.set_yticks(range(3), names, fontsize=7)
            axes.grid(visible=False)
            axes.set_title(backend, fontsize=8)
            axes.set_xlabel(label("predicted", lang), fontsize=7)
        panels[0].set_ylabel(label("gold", lang), fontsize=7)
        figure.suptitle(
            label("confusion_title", lang), x=0.01, ha="left", fontweight="bold", fontsize=9
        )
    return figure


def validation_scores(report: pd.DataFrame, baseline: float, lang: Language = "en") -> Figure:
    """Cross-validated macro-F1 per backend, with the always-"neutral" baseline.

    ``report`` is ``kolumne.validation.report``: one row per backend (its index) with
    ``cv_macro_f1``.

    Example:
        >>> import pandas as pd
        >>> report = pd.DataFrame({"cv_macro_f1": [0.41, 0.45]}, index=["textblob-de", "sentiws"])
        >>> len(validation_scores(report, baseline=0.25).axes[0].patches)
        2
    """
    with _style():
        figure = Figure(figsize=(6.3, 1.2 + 0.35 * len(report)))
        axes = figure.add_subplot()
        bars = axes.barh(range(len(report)), report["cv_macro_f1"], color="#0072B2", height=0.6)
        axes.bar_label(bars, fmt="%.2f", fontsize=7, padding=2)
        axes.axvline(baseline, color="#D55E00", linestyle="dashed", linewidth=1.2)
        axes.text(
            baseline,
            -0.6,
            f" {label('always_neutral', lang)} {baseline:.2f}",
            color="#D55E00",
            fontsize=7,
            va="center",
        )
        axes.set_yticks(range(len(report)), list(report.index))
        axes.set_ylim(len(report) - 0.5, -0.9)
        axes.set_xlim(0, 1)
        axes.grid(axis="y", visible=False)
        axes.grid(axis="x", visible=True)
        axes.set_xlabel(label("macro_f1", lang))
        figure.suptitle(label("validation_title", lang), x=0.01, ha="left", fontweight="bold")
    return figure
