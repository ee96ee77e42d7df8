"""Charts of a column's structure: its parts in text order, sentence and word lengths.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"kind": ["heading", "question"], "start": [0, 7],
    ...                       "end": [6, 15], "characters": [6, 8], "text": ["Frage:", "Was tun?"]})
    >>> len(column_anatomy(frame).axes)
    1
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, label
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


def length_distributions(
    sentence_frame: pd.DataFrame,
    word_frame: pd.DataFrame,
    lang: Language = "en",
    caption: str | None = None,
) -> Figure:
    """Histograms of words per sentence and letters per word, question against answer.

    ``sentence_frame`` is ``kolumne.frames.sentence_rows`` (its ``words`` column),
    ``word_frame`` is ``kolumne.frames.word_rows`` (its ``letters`` column), both for
    one column. Bars are percentages of each section's sentences or words, so a short
    question and a long answer compare fairly.

    Example:
        >>> import pandas as pd
        >>> sentence_frame = pd.DataFrame({"section": ["question", "answer"], "words": [12, 7]})
        >>> word_frame = pd.DataFrame({"section": ["question", "answer"], "letters": [4, 9]})
        >>> len(length_distributions(sentence_frame, word_frame).axes)
        2
    """
    with style():
        figure = Figure(figsize=(6.3, 2.9))
        sentence_axes, word_axes = figure.subplots(1, 2)
        _section_histogram(sentence_axes, sentence_frame, "words", 5, lang)
        sentence_axes.set_xlabel(label("words_per_sentence", lang))
        sentence_axes.set_ylabel(label("share_of_section_sentences", lang))
        _section_histogram(word_axes, word_frame, "letters", 2, lang)
        word_axes.set_xlabel(label("letters_per_word", lang))
        word_axes.set_ylabel(label("share_of_words", lang))
        sentence_axes.legend(loc="upper right")
        title(figure, label("lengths_title", lang), caption)
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
