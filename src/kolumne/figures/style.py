"""What every chart shares: the packaged style sheet, the two section colours, markers.

Every chart uses the packaged style (``kolumne.mplstyle``) and gives the question and the
answer the same two colours (Okabe-Ito vermillion and blue). Figures are built without
pyplot, so nothing is displayed twice in a notebook and nothing piles up in memory.

Example:
    >>> SECTION_COLOURS["answer"]
    '#0072B2'
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources

import matplotlib
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kolumne.figures.labels import Language, label

STYLE = resources.files("kolumne") / "resources" / "kolumne.mplstyle"

# Okabe-Ito vermillion and blue: the question and the answer in every chart.
SECTION_COLOURS = {"question": "#D55E00", "answer": "#0072B2"}
# Where question and answer are compared dot against dot, the question is a ring around
# the answer's dot, so equal values still show both.
SECTION_MARKERS = {
    "question": {"s": 64, "facecolors": "none", "edgecolors": "#D55E00", "linewidths": 1.6},
    "answer": {"s": 26, "color": "#0072B2"},
}


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


@contextmanager
def style():
    """Draw inside this block to use kolumne's style sheet.

    Example:
        >>> with style():
        ...     pass
    """
    with matplotlib.rc_context(fname=str(STYLE)):
        yield


def section_legend(lang: Language) -> list[Line2D]:
    """Legend entries for the question's ring and the answer's dot.

    Example:
        >>> [handle.get_label() for handle in section_legend("de")]
        ['Frage', 'Antwort']
    """
    return [
        Line2D(
            [], [], marker="o", linestyle="", markersize=8, markerfacecolor="none",
            markeredgewidth=1.6, color=SECTION_COLOURS["question"], label=label("question", lang),
        ),
        Line2D(
            [], [], marker="o", linestyle="", markersize=5, color=SECTION_COLOURS["answer"],
            label=label("answer", lang),
        ),
    ]  # fmt: skip


def title(figure: Figure, text: str, caption: str | None = None) -> None:
    """The figure's bold title at the top left and, under it, a caption in grey (which
    column and exchange the chart shows).

    Example:
        >>> figure = Figure()
        >>> title(figure, "Tone", "2016-kollege-sabotiert · exchange 1 of 2")
        >>> figure.texts[-1].get_text()
        '2016-kollege-sabotiert · exchange 1 of 2'
    """
    # The title gets an empty second line, so that the layout keeps room for the caption,
    # which is drawn there in a smaller, lighter font.
    heading = figure.suptitle(
        f"{text}\n" if caption else text, x=0.01, ha="left", fontweight="bold"
    )
    if caption:
        line = heading.get_fontsize() * 1.2 / (figure.get_figheight() * 72)
        top = heading.get_position()[1]
        figure.text(0.01, top - line, caption, ha="left", va="top", fontsize=7.5, color="#555555")
