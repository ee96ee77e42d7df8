"""Charts of a column's structure: its parts in text order, sentence and word lengths.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"kind": ["heading", "question"], "start": [0, 7],
    ...                       "end": [6, 15], "characters": [6, 8], "text": ["Frage:", "Was tun?"]})
    >>> len(column_anatomy(frame).axes)
    1
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, count_text, label
from kolumne.figures.style import PART_COLOURS, SECTION_COLOURS, style, title


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


def column_anatomy(
    frame: pd.DataFrame, lang: Language = "en", caption: str | None = None
) -> Figure:
    """The column's parts in text order, each bar spanning its characters.

    ``frame`` is ``kolumne.frames.anatomy(column)``: one row per part with ``kind``,
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
    with style():
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
        heading = label("anatomy_title", lang)
        axes.set_title(f"{heading}\n{caption}" if caption else heading)
    return figure


# Below this many sentences (or words) in the smaller section, every one is a dot of
# its own; a histogram of a handful says more about its bins than about the text.
DOT_LIMIT = 60


def length_distributions(
    sentence_frame: pd.DataFrame,
    word_frame: pd.DataFrame,
    lang: Language = "en",
    caption: str | None = None,
) -> Figure:
    """Words per sentence and letters per word, question against answer.

    ``sentence_frame`` is ``kolumne.frames.sentence_rows`` (its ``words`` column),
    ``word_frame`` is ``kolumne.frames.word_rows`` (its ``letters`` column), both for
    one column. Where the smaller section has fewer than ``DOT_LIMIT`` sentences (or
    words), every one is a dot, question and answer on rows of their own, equal lengths
    stacked, with each row's median as a tick. Otherwise the panel is a histogram in
    percent of each section's sentences or words, so that a short question and a long
    answer compare fairly, with the question's and the answer's bars side by side, so
    that neither hides the other. Every section is labelled with its n.

    Example:
        >>> import pandas as pd
        >>> sentence_frame = pd.DataFrame({"section": ["question", "answer"], "words": [12, 7]})
        >>> word_frame = pd.DataFrame({"section": ["question", "answer"], "letters": [4, 9]})
        >>> figure = length_distributions(sentence_frame, word_frame)
        >>> [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
        ['Question (n = 1)', 'Answer (n = 1)']
    """
    with style():
        figure = Figure(figsize=(6.3, 2.9))
        sentence_axes, word_axes = figure.subplots(1, 2)
        _lengths_panel(sentence_axes, sentence_frame, "words", 5, "sentences", lang)
        _lengths_panel(word_axes, word_frame, "letters", 2, "words", lang)
        title(figure, label("lengths_title", lang), caption)
    return figure


def _lengths_panel(
    axes, frame: pd.DataFrame, column: str, bin_width: int, unit: str, lang: Language
) -> None:
    """Dots for a small sample, side-by-side histogram bars for a large one."""
    sizes = [int((frame["section"] == section).sum()) for section in ("question", "answer")]
    axis_label = label("words_per_sentence" if column == "words" else "letters_per_word", lang)
    if min(sizes) < DOT_LIMIT:
        _section_dots(axes, frame, column, lang)
        axes.set_xlabel(f"{axis_label}\n{label('median_tick', lang)}")
    else:
        axes.set_xlabel(axis_label)
        _section_histogram(axes, frame, column, bin_width, lang)
        axes.set_ylabel(label(f"share_of_section_{unit}", lang))
        # Above the panel: inside, it would cover the bars of some lengths.
        axes.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, fontsize=7,
                    borderaxespad=0.2)  # fmt: skip


def _section_label(section: str, count: int, lang: Language) -> str:
    return f"{label(section, lang)} (n = {count_text(count, lang)})"


def _section_dots(axes, frame: pd.DataFrame, column: str, lang: Language) -> None:
    """Question above, answer below, each value a dot; equal values stack up and down
    from the row's middle, and a tick marks the row's median."""
    rows = (("question", 0), ("answer", 1))
    for section, row in rows:
        values = frame.loc[frame["section"] == section, column].to_numpy(dtype=float)
        order = pd.Series(values).groupby(values).cumcount().to_numpy()
        # 0, +1, −1, +2, −2 …: a stack grows both ways from the middle of its row.
        offsets = np.where(order % 2, (order + 1) // 2, -(order // 2)) * _stack_step(values)
        axes.scatter(values, row + offsets, s=14, color=SECTION_COLOURS[section],
                     alpha=0.85, linewidth=0, zorder=3)  # fmt: skip
        if len(values):
            axes.vlines(np.median(values), row - 0.4, row + 0.4, color="#000000",
                        linewidth=1.2, zorder=2)  # fmt: skip
    counts = [int((frame["section"] == section).sum()) for section, _ in rows]
    axes.set_yticks([0, 1], [_section_label(s, n, lang) for (s, _), n in zip(rows, counts)])
    axes.set_ylim(1.6, -0.6)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", visible=True)
    # Room right of the longest, so that its dot is not cut in half by the frame.
    top = float(frame[column].max()) if len(frame) else 1.0
    axes.set_xlim(0, top * 1.04 + 0.5)


def _stack_step(values: np.ndarray) -> float:
    """How far apart stacked dots sit: close enough that the tallest stack stays in its
    row, never so close that they hide each other."""
    tallest = int(pd.Series(values).value_counts().max()) if len(values) else 1
    return min(0.12, 0.8 / tallest)


def _section_histogram(axes, frame: pd.DataFrame, column: str, bin_width: int, lang) -> None:
    top = max(int(frame[column].max()) if len(frame) else 1, 1)
    edges = np.arange(0, top + bin_width + 1, bin_width)
    for offset, section in ((0.0, "question"), (0.5, "answer")):
        values = frame.loc[frame["section"] == section, column]
        if values.empty:
            continue
        shares, _ = np.histogram(values, bins=edges)
        axes.bar(
            edges[:-1] + offset * bin_width, 100 * shares / len(values), width=bin_width / 2,
            align="edge", color=SECTION_COLOURS[section],
            label=_section_label(section, len(values), lang),
        )  # fmt: skip
