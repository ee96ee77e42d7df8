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
from typing import Literal

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

Language = Literal["en", "de"]

STYLE = resources.files("kolumne") / "resources" / "kolumne.mplstyle"

# Okabe-Ito vermillion and blue: the question and the answer in every chart.
SECTION_COLOURS = {"question": "#D55E00", "answer": "#0072B2"}

LABELS: dict[str, dict[Language, str]] = {
    "question": {"en": "Question", "de": "Frage"},
    "answer": {"en": "Answer", "de": "Antwort"},
    "sentence_position": {
        "en": "Sentence number within the section, in text order",
        "de": "Satz im Abschnitt, in Textreihenfolge",
    },
    "polarity": {
        "en": "Polarity (−1 negative … +1 positive)",
        "de": "Polarität (−1 negativ … +1 positiv)",
    },
    "sentence_polarity_title": {
        "en": "Sentence by sentence: tone of question and answer",
        "de": "Satz für Satz: Stimmung von Frage und Antwort",
    },
    "section_mean": {"en": "mean of the section", "de": "Mittelwert des Abschnitts"},
    "mean": {"en": "mean", "de": "Mittel"},
    "zero_note": {
        "en": "hollow marker: score exactly 0 (often no sentiment word found)",
        "de": "leerer Punkt: Wert genau 0 (oft kein Stimmungswort gefunden)",
    },
    "backend": {"en": "Sentiment backend", "de": "Stimmungsverfahren"},
    "title": {"en": "Title", "de": "Titel"},
    "intro": {"en": "Teaser", "de": "Vorspann"},
    "related": {"en": "Cross-link", "de": "Querverweis"},
    "heading": {"en": "Label", "de": "Abschnittsmarke"},
    "salutation": {"en": "Salutation", "de": "Anrede"},
    "signature": {"en": "Signature", "de": "Unterschrift"},
    "footer": {"en": "Footer", "de": "Fußzeile"},
    "unassigned": {"en": "Unassigned", "de": "Nicht zugeordnet"},
    "characters": {"en": "characters", "de": "Zeichen"},
    "character_offset": {
        "en": "Position in the text (characters from the start); numbers: length in characters",
        "de": "Position im Text (Zeichen ab Anfang); Zahlen: Länge in Zeichen",
    },
    "anatomy_title": {
        "en": "Anatomy of the column, in text order",
        "de": "Aufbau der Kolumne, in Textreihenfolge",
    },
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


def label(key: str, lang: Language = "en") -> str:
    """The chart label ``key`` in English or German.

    Example:
        >>> label("answer", "de")
        'Antwort'
    """
    if lang not in ("en", "de"):
        raise ValueError(f"lang must be 'en' or 'de', not {lang!r}")
    return LABELS[key][lang]


def _draw_section_polarity(axes, section: str, positions, polarity, lang: Language) -> None:
    colour = SECTION_COLOURS[section]
    is_zero = polarity == 0
    axes.plot(positions, polarity, color=colour, linewidth=1, alpha=0.5)
    axes.scatter(positions[~is_zero], polarity[~is_zero], color=colour, s=22, zorder=3)
    axes.scatter(
        positions[is_zero], polarity[is_zero], facecolors="white", edgecolors=colour, s=22, zorder=3
    )
    mean = polarity.mean()
    axes.hlines(
        mean, positions.min() - 0.4, positions.max() + 0.4,
        colors=colour, linestyles="dashed", linewidth=1.2,
    )
    axes.text(
        positions.min() - 0.4, 1.27, f"{label(section, lang)}  ·  {label('mean', lang)} {mean:+.2f}",
        color=colour, fontweight="bold", va="top", fontsize=8.5,
    )


def _write_length(axes, row: int, start: int, end: int, total: int) -> None:
    """Write a bar's length right of it, inside it near the right edge, or left of it."""
    length, margin = end - start, 0.01 * total
    if end < 0.88 * total:
        axes.text(end + margin, row, f"{length}", va="center", ha="left", fontsize=7)
    elif length > 0.1 * total:
        axes.text(end - margin, row, f"{length}", va="center", ha="right", fontsize=7, color="white")
    else:
        axes.text(start - margin, row, f"{length}", va="center", ha="right", fontsize=7)


@contextmanager
def _style():
    with matplotlib.rc_context(fname=str(STYLE)):
        yield


def sentence_polarity(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Polarity of each sentence, question then answer, with each section's mean.

    ``frame`` holds one row per sentence with ``section``, ``sentence`` (position in
    the section) and ``polarity`` (as from ``kolumne.compare.sentence_sentiment``,
    for one column and one backend). Sentences scoring exactly 0 are drawn hollow:
    with a word-list method, 0 mostly means that no listed word occurred, not that
    the sentence is balanced.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer", "answer"],
        ...                       "sentence": [1, 1, 2], "polarity": [-0.5, 0.0, 1.0],
        ...                       "backend": "textblob-de"})
        >>> len(sentence_polarity(frame).axes)
        1
    """
    with _style():
        figure = Figure()
        axes = figure.add_subplot()
        offset = 0
        tick_positions, tick_labels = [], []
        for section in ("question", "answer"):
            rows = frame[frame["section"] == section].sort_values("sentence")
            if rows.empty:
                continue
            positions = rows["sentence"].to_numpy() + offset
            polarity = rows["polarity"].to_numpy()
            _draw_section_polarity(axes, section, positions, polarity, lang)
            tick_positions.extend(positions)
            tick_labels.extend(str(number) for number in rows["sentence"])
            offset += len(rows) + 1
        axes.axhline(0, color="#555555", linewidth=0.8)
        axes.set_ylim(-1.15, 1.3)
        axes.set_yticks([-1, -0.5, 0, 0.5, 1])
        axes.set_xticks(tick_positions, tick_labels)
        axes.set_xlabel(label("sentence_position", lang))
        axes.set_ylabel(label("polarity", lang))
        axes.set_title(label("sentence_polarity_title", lang))
        backends = ", ".join(sorted(frame["backend"].unique())) if "backend" in frame else "?"
        figure.supxlabel(
            f"{label('backend', lang)}: {backends}  ·  - - - {label('section_mean', lang)}  ·  "
            f"{label('zero_note', lang)}",
            x=0.01, ha="left", fontsize=6.5, color="#555555",
        )
    return figure


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

