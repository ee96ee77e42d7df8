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

from textwrap import fill

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, count_text, label
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
    words per sentence where the frame has ``words`` (``kolumne.sentiment.summary``);
    each panel names its backend above its right end.
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
            axes.set_title(f"{label('backend', lang)}: {backend}", loc="right", fontsize=8,
                           fontweight="normal", color="#555555")  # fmt: skip
        panels[-1].set_xlabel(label("sentence_position", lang))
        if len(backends) == 1:
            panels[0].set_ylabel(label("polarity", lang))
        else:
            figure.supylabel(label("polarity", lang), fontsize=9)
        figure.supxlabel(
            f"- - - {label('section_mean', lang)}  ·  {label('zero_note', lang)}",
            x=0.01,
            ha="left",
            fontsize=6.5,
            color="#555555",
        )
        title(figure, label("sentence_polarity_title", lang), caption)
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


# What a word's weight is, per backend: the axis label of ``top_words``.
_WEIGHT_LABELS = {
    "sentiws": "weight_sentiws",
    "textblob-de": "weight_textblob",
    "textblob-de-repaired": "weight_textblob",
    "vader": "word_valence",
}
_QUOTED_BAR = {"hatch": "////", "linewidth": 0.8}
# The notes under a chart wrap at this many characters, so that they fit its width.
_KEY_WIDTH = 120


def top_words(
    contributions: pd.DataFrame,
    lang: Language = "en",
    count: int = 12,
    caption: str | None = None,
    backend: str | None = None,
) -> Figure:
    """The ``count`` words with the largest weight in their sentences, by section.

    ``contributions`` is a ``kolumne.frames.word_contributions`` frame for one column,
    exchange and backend; the chart names the backend under its axis (``backend``, or
    the frame's ``backend`` column: pass ``backend`` so that a section in which the
    backend scored no word still says whose word list found nothing), and the axis
    label says what the number is for that backend (a SentiWS weight, a textblob-de
    polarity, a VADER valence: the word's weight in its sentence's score, after
    negation and intensifiers). A quoted word (the speech of
    someone the writer quotes) is drawn hatched and labelled: it counts in the quoted
    passage's own score, not in the writer's. ``caption`` goes under the title.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"section": ["question", "answer"], "token": ["Angst", "gut"],
        ...                       "weight": [-0.6, 0.4], "negated": False,
        ...                       "quoted": [True, False], "backend": "sentiws"})
        >>> figure = top_words(frame)
        >>> [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
        ['Angst (quoted)']
        >>> "Sentiment backend: sentiws" in figure.get_supxlabel()
        True
    """
    with style():
        figure = Figure(figsize=(6.3, 1.5 + 0.2 * count))
        panels = figure.subplots(1, 2, sharex=True)
        for axes, section in zip(panels, ("question", "answer")):
            _draw_word_bars(axes, contributions[contributions["section"] == section], section,
                            count, lang)  # fmt: skip
        # Symmetric about 0, so left (negative) and right (positive) read alike.
        reach = float(contributions["weight"].abs().max()) if len(contributions) else 0.0
        panels[0].set_xlim(-1.1 * (reach or 1.0), 1.1 * (reach or 1.0))
        figure.supxlabel(_weight_axis_label(contributions, lang, backend), fontsize=7.5)
        title(figure, label("top_words_title", lang), caption)
    return figure


def _draw_word_bars(axes, rows: pd.DataFrame, section: str, count: int, lang: Language) -> None:
    rows = rows.reindex(rows["weight"].abs().sort_values(ascending=False).index).head(count)
    quoted = (
        rows["quoted"].astype(bool).to_numpy() if "quoted" in rows else np.zeros(len(rows), bool)
    )
    colour = SECTION_COLOURS[section]
    positions = np.arange(len(rows))
    weights = rows["weight"].to_numpy(dtype=float)
    axes.barh(positions[~quoted], weights[~quoted], color=colour)
    axes.barh(
        positions[quoted], weights[quoted], facecolor="white", edgecolor=colour, **_QUOTED_BAR
    )
    axes.set_yticks(list(positions), [_word_caption(row, lang) for row in rows.itertuples()],
                    fontsize=7)  # fmt: skip
    axes.set_ylim(count - 0.5, -0.5)
    axes.axvline(0, color="#555555", linewidth=0.8)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", visible=True)
    axes.set_title(label(section, lang), color=colour)
    if rows.empty:
        axes.text(0, count / 2, label("no_scored_words", lang), ha="center", va="center",
                  fontsize=8, color="#555555",
                  bbox={"facecolor": "white", "edgecolor": "none"})  # fmt: skip


def _weight_axis_label(
    contributions: pd.DataFrame, lang: Language, backend: str | None = None
) -> str:
    """What the bars' numbers are for the backend, the backend's name, and, where a word
    is quoted, what its hatching means."""
    if backend is not None:
        backends = [backend]
    elif "backend" in contributions:
        backends = list(dict.fromkeys(contributions["backend"].astype(str)))
    else:
        backends = []
    kinds = {_WEIGHT_LABELS.get(name, "word_weight") for name in backends}
    lines = [label(kinds.pop() if len(kinds) == 1 else "word_weight", lang)]
    if backends:
        lines.insert(0, f"{label('backend', lang)}: {', '.join(backends)}")
    if "quoted" in contributions and contributions["quoted"].astype(bool).any():
        lines.append(label("quoted_key", lang))
    return "\n".join(fill(line, _KEY_WIDTH) for line in lines)


def _word_caption(row, lang: Language) -> str:
    marks = [label("negated", lang)] if getattr(row, "negated", False) else []
    if getattr(row, "quoted", False):
        marks.append(label("quoted", lang))
    return f"{row.token} ({', '.join(marks)})" if marks else row.token


# Each measure's colour scale: the range it can take and a map that reads at a glance.
_AGREEMENT_SCALES = {
    "label_agreement": (0.0, 1.0, "Blues"),
    "polarity_correlation": (-1.0, 1.0, "RdBu"),
}


def backend_agreement(frame: pd.DataFrame, lang: Language = "en") -> Figure:
    """Two matrices: share of sentences with the same label, and polarity correlation.

    ``frame`` is a ``kolumne.frames.backend_agreement`` frame (one row per pair). Each
    cell of a pair says its value and on how many sentences both backends were compared
    (n, the frame's ``sentences``); a colour bar beside each matrix gives the shading's
    scale (share 0 … 1, Pearson's r −1 … +1). The diagonal, a backend against itself,
    is left blank; a pair without a value (no sentence in common, or a constant
    polarity) says "n/a". With fewer than two backends the chart says there is nothing
    to compare.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"backend_a": ["a"], "backend_b": ["b"], "sentences": [24],
        ...                       "label_agreement": [0.5], "polarity_correlation": [0.3]})
        >>> figure = backend_agreement(frame)
        >>> len(figure.axes), "0.50\\nn = 24" in [text.get_text() for text in figure.axes[0].texts]
        (4, True)
    """
    names = list(dict.fromkeys([*frame["backend_a"], *frame["backend_b"]]))
    with style():
        figure = Figure(figsize=(6.3, 2.5 + 0.5 * len(names)))
        if len(names) < 2:
            axes = figure.add_subplot()
            axes.set_axis_off()
            axes.text(0.5, 0.5, label("one_backend", lang), ha="center", va="center",
                      transform=axes.transAxes, fontsize=9, color="#777777")  # fmt: skip
        else:
            panels = figure.subplots(1, 2)
            for axes, measure in zip(panels, ("label_agreement", "polarity_correlation")):
                _draw_agreement_matrix(axes, frame, names, measure, lang)
        compared = _compared_text(frame, lang)
        title(figure, label("agreement_title", lang), compared)
    return figure


def _pair_matrix(frame: pd.DataFrame, names: list[str], column: str) -> np.ndarray:
    """``column`` of each pair, in both triangles; NaN on the diagonal and for a pair
    that the frame does not have."""
    matrix = pd.DataFrame(np.nan, index=names, columns=names)
    for row in frame.itertuples():
        value = getattr(row, column)
        matrix.loc[row.backend_a, row.backend_b] = value
        matrix.loc[row.backend_b, row.backend_a] = value
    return matrix.to_numpy(dtype=float)


def _draw_agreement_matrix(
    axes, frame: pd.DataFrame, names: list[str], measure: str, lang: Language
) -> None:
    low, high, colours = _AGREEMENT_SCALES[measure]
    values = _pair_matrix(frame, names, measure)
    counts = _pair_matrix(frame, names, "sentences") if "sentences" in frame else None
    shading = colormaps[colours].with_extremes(bad="#f4f4f4")
    image = axes.imshow(np.ma.masked_invalid(values), cmap=shading, vmin=low, vmax=high)
    for (row, column), value in np.ndenumerate(values):
        if row == column:
            continue
        text = label("not_applicable", lang) if np.isnan(value) else f"{value:.2f}"
        if counts is not None and not np.isnan(counts[row, column]):
            text += f"\nn = {count_text(int(counts[row, column]), lang)}"
        dark = not np.isnan(value) and _is_dark(image.cmap(image.norm(value)))
        axes.text(column, row, text, ha="center", va="center", fontsize=6.5,
                  color="white" if dark else "black")  # fmt: skip
    axes.set_xticks(range(len(names)), names, rotation=30, ha="right", fontsize=7)
    axes.set_yticks(range(len(names)), names, fontsize=7)
    axes.grid(visible=False)
    axes.set_title(label(measure, lang), fontsize=9)
    # Under the matrix, as wide as it: beside it, a bar would be taller than the cells.
    bar = axes.figure.colorbar(image, ax=axes, location="bottom", shrink=0.9, aspect=30)
    bar.ax.tick_params(labelsize=7)
    bar.set_label(label(f"{measure}_scale", lang), fontsize=7)


def _is_dark(colour: tuple[float, float, float, float]) -> bool:
    """Whether black text would be hard to read on ``colour`` (relative luminance)."""
    red, green, blue = colour[:3]
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.45


def _compared_text(frame: pd.DataFrame, lang: Language) -> str | None:
    """The caption: on how many sentences the backends were compared."""
    if "sentences" not in frame or not len(frame):
        return None
    counts = sorted({int(number) for number in frame["sentences"]})
    numbers = (
        count_text(counts[0], lang)
        if len(counts) == 1
        else "–".join(count_text(number, lang) for number in (counts[0], counts[-1]))
    )
    return label("agreement_caption", lang).format(sentences=numbers)
