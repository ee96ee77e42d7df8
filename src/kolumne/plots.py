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
        "en": "Sentence (in text order)",
        "de": "Satz (in Textreihenfolge)",
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
    "zero_note": {
        "en": "hollow marker: score exactly 0 (often no sentiment word found)",
        "de": "leerer Punkt: Wert genau 0 (oft kein Stimmungswort gefunden)",
    },
    "backend": {"en": "Sentiment backend", "de": "Stimmungsverfahren"},
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
        for section in ("question", "answer"):
            rows = frame[frame["section"] == section].sort_values("sentence")
            positions = rows["sentence"].to_numpy() + offset
            polarity = rows["polarity"].to_numpy()
            colour = SECTION_COLOURS[section]
            axes.plot(positions, polarity, color=colour, linewidth=1, alpha=0.6)
            is_zero = polarity == 0
            axes.scatter(
                positions[~is_zero], polarity[~is_zero], color=colour, s=22, zorder=3,
                label=label(section, lang),
            )
            axes.scatter(
                positions[is_zero], polarity[is_zero], facecolors="white", edgecolors=colour,
                s=22, zorder=3,
            )
            if len(rows):
                axes.hlines(
                    polarity.mean(), positions.min() - 0.4, positions.max() + 0.4,
                    colors=colour, linestyles="dashed", linewidth=1.2,
                )
            offset += len(rows)
        axes.axhline(0, color="#555555", linewidth=0.8)
        axes.set_ylim(-1.1, 1.1)
        axes.set_xlabel(label("sentence_position", lang))
        axes.set_ylabel(label("polarity", lang))
        backends = ", ".join(sorted(frame["backend"].unique())) if "backend" in frame else ""
        axes.set_title(label("sentence_polarity_title", lang))
        axes.legend(loc="upper right", ncols=2)
        figure.text(
            0.01, 0.005,
            f"{label('backend', lang)}: {backends} · - - {label('section_mean', lang)} · "
            f"{label('zero_note', lang)}",
            fontsize=6.5, color="#555555",
        )
    return figure
