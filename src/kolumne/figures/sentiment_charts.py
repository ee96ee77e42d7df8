"""Charts of sentence sentiment: polarity sentence by sentence, the words behind it, and
how far the backends agree.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"section": ["question", "answer"], "sentence": [1, 1],
    ...                       "polarity": [-0.5, 0.5], "backend": "textblob-de"})
    >>> sentence_polarity(frame, lang="de").axes[0].get_ylabel()
    'Polarität (−1 negativ … +1 positiv)'
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, label
from kolumne.figures.style import SECTION_COLOURS, style, title
from kolumne.measures.sentiment import summary


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
    mean = summary(polarity, weights, [None] * len(polarity))["polarity_weighted"]
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


def sentence_polarity(
    frame: pd.DataFrame, lang: Language = "en", caption: str | None = None
) -> Figure:
    """Polarity of each sentence, question then answer, with each section's mean.

    ``frame`` holds one row per sentence with ``section``, ``sentence`` (position in
    the section), ``polarity`` and ``backend`` (as from
    ``kolumne.frames.sentence_sentiment``, for one column and exchange); with several
    backends, one panel per backend. The dashed line is the section's mean, weighted by
    words per sentence where the frame has ``words`` (``kolumne.sentiment.summary``).
    Sentences scoring exactly 0 are drawn hollow: with a word-list method, 0 mostly
    means that no listed word occurred, not that the sentence is balanced. A backend
    without rules for the column's language says so in its panel. ``caption`` (the
    column and exchange) goes under the title.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer", "answer"] * 2,
        ...                       "sentence": [1, 1, 2] * 2, "polarity": [-0.5, 0.0, 1.0] * 2,
        ...                       "backend": ["sentiws"] * 3 + ["textblob-de"] * 3})
        >>> len(sentence_polarity(frame).axes)
        2
    """
    backends = list(dict.fromkeys(frame["backend"]))
    with style():
        figure = Figure(figsize=(6.3, 3.6 if len(backends) == 1 else 1.0 + 2.0 * len(backends)))
        panels = figure.subplots(len(backends), 1, sharex=True, squeeze=False)[:, 0]
        for axes, backend in zip(panels, backends):
            _draw_sentence_polarity(axes, frame[frame["backend"] == backend], lang)
            if len(backends) > 1:
                axes.set_ylabel(backend)
        heading = label("sentence_polarity_title", lang)
        panels[0].set_title(f"{heading}\n{caption}" if caption else heading)
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
    if frame["polarity"].isna().all():
        notes = frame["note"].dropna().astype(str) if "note" in frame else pd.Series([], dtype=str)
        axes.text(0.5, 0.5, notes.iloc[0] if len(notes) else "", ha="center", va="center",
                  transform=axes.transAxes, fontsize=8, color="#777777")  # fmt: skip
        axes.set_yticks([])
        return
    offset = 0
    tick_positions, tick_labels = [], []
    for section in ("question", "answer"):
        rows = frame[frame["section"] == section].sort_values("sentence")
        if rows.empty:
            continue
        positions = rows["sentence"].to_numpy() + offset
        weights = rows["words"].to_numpy() if "words" in rows else np.ones(len(rows), dtype=int)
        _draw_section_polarity(axes, section, positions, rows["polarity"].to_numpy(), weights, lang)
        tick_positions.extend(positions)
        tick_labels.extend(str(number) for number in rows["sentence"])
        offset += len(rows) + 1
    axes.axhline(0, color="#555555", linewidth=0.8)
    axes.set_ylim(-1.15, 1.3)
    axes.set_yticks([-1, -0.5, 0, 0.5, 1])
    axes.set_xticks(tick_positions, tick_labels)


def top_words(
    contributions: pd.DataFrame, lang: Language = "en", count: int = 12, caption: str | None = None
) -> Figure:
    """The ``count`` words with the largest effect on their sentences, by section.

    ``contributions`` is a ``kolumne.frames.word_contributions`` frame for one column,
    exchange and backend (named under the title with ``caption``). Bars run left
    (negative) or right (positive) by the word's weight after negation and
    intensifiers; the label says when a word was negated or quoted (a quoted word does
    not count towards its sentence's polarity, the writer's own voice).

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer"], "token": ["Angst", "gut"],
        ...                       "weight": [-0.6, 0.4], "negated": False, "quoted": False})
        >>> len(top_words(frame).axes)
        2
    """
    with style():
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
        # VADER's word weights are valences, not shares of the sentence's polarity.
        backends = set(contributions["backend"]) if "backend" in contributions else set()
        axis = "word_valence" if backends == {"vader"} else "word_weight"
        figure.supxlabel(label(axis, lang), fontsize=8)
        title(figure, label("top_words_title", lang), caption)
    return figure


def _word_caption(row, lang: Language) -> str:
    marks = [label(name, lang) for name in ("negated", "quoted") if getattr(row, name, False)]
    return f"{row.token} ({', '.join(marks)})" if marks else row.token


def backend_agreement(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Two matrices: share of sentences with the same label, and polarity correlation.

    ``frame`` is a ``kolumne.frames.backend_agreement`` frame (one row per pair); the
    title says on how many sentences the backends were compared.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"backend_a": ["a"], "backend_b": ["b"],
        ...                       "label_agreement": [0.5], "polarity_correlation": [0.3]})
        >>> len(backend_agreement(frame).axes)
        2
    """
    names = list(dict.fromkeys([*frame["backend_a"], *frame["backend_b"]]))
    with style():
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
        compared = int(frame["sentences"].max()) if "sentences" in frame and len(frame) else 0
        figure.suptitle(
            f"{label('agreement_title', lang)} (n = {compared:,})",
            x=0.01, ha="left", fontweight="bold",
        )  # fmt: skip
    return figure
