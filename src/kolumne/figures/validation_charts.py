"""Charts of validation: confusion matrices, cross-validated scores per backend, and
section tone against people's ratings.

Example:
    >>> import pandas as pd
    >>> report = pd.DataFrame({"cv_macro_f1": [0.41, 0.45]}, index=["textblob-de", "sentiws"])
    >>> len(validation_scores(report, baseline=0.25).axes[0].patches)
    2
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from kolumne.figures.labels import Language, count_text, label
from kolumne.figures.style import style

_SECTION_COLOURS = {"question": "#D55E00", "answer": "#0072B2"}


def confusion_matrices(confusions: dict[str, pd.DataFrame], lang: Language = "en") -> Figure:
    """One confusion matrix per backend: rows what people said, columns what it said.

    ``confusions`` maps a backend to a 3×3 frame of counts (index and columns
    negative, neutral, positive), as ``kolumne.validation`` computes. Each cell says
    its count; cells are shaded by the share of their row, so each row shows where that
    gold label went, and a colour bar under the matrices gives that scale. The first
    matrix's row names say how many sentences people gave each label (n).

    Example:
        >>> import pandas as pd
        >>> names = ["negative", "neutral", "positive"]
        >>> matrix = pd.DataFrame([[5, 1, 0], [1, 8, 1], [0, 2, 4]], index=names, columns=names)
        >>> figure = confusion_matrices({"sentiws": matrix})
        >>> len(figure.axes), [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
        (2, ['negative\\nn = 6', 'neutral\\nn = 10', 'positive\\nn = 6'])
    """
    classes = ["negative", "neutral", "positive"]
    with style():
        figure = Figure(figsize=(6.3, 3.3))
        panels = figure.subplots(1, len(confusions), squeeze=False)[0]
        for position, (axes, (backend, counts)) in enumerate(zip(panels, confusions.items())):
            counts = counts.reindex(index=classes, columns=classes, fill_value=0)
            totals = counts.sum(axis=1)
            shares = counts.div(totals.replace(0, 1), axis=0).to_numpy(dtype=float)
            image = axes.imshow(shares, cmap="Blues", vmin=0, vmax=1)
            for (row, column), value in np.ndenumerate(counts.to_numpy()):
                axes.text(
                    column,
                    row,
                    count_text(int(value), lang),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if shares[row, column] > 0.6 else "black",
                )
            names = [label(name, lang) for name in classes]
            axes.set_xticks(range(3), names, rotation=30, ha="right", fontsize=7)
            # Every backend was scored on the same sentences: the first matrix says n.
            rows = [
                f"{name}\nn = {count_text(int(total), lang)}" if position == 0 else name
                for name, total in zip(names, totals)
            ]
            axes.set_yticks(range(3), rows, fontsize=7)
            axes.grid(visible=False)
            axes.set_title(backend, fontsize=8)
            axes.set_xlabel(label("predicted", lang), fontsize=7)
        panels[0].set_ylabel(label("gold", lang), fontsize=7)
        bar = figure.colorbar(image, ax=list(panels), location="bottom", shrink=0.5, aspect=40)
        bar.ax.tick_params(labelsize=7)
        bar.set_label(label("confusion_scale", lang), fontsize=7)
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
    with style():
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


def section_agreement(pairs: dict[str, pd.DataFrame], lang: Language = "en") -> Figure:
    """One panel per backend: each section's polarity against people's 1–7 rating, the
    questions and answers in their own colours, with the rank correlation and how often
    the more negative section of a pair is the one people chose.

    ``pairs`` maps a backend to ``kolumne.advice_benchmark.section_polarities``.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"question_tone": [2.0, 5.0], "answer_tone": [5.0, 3.0],
        ...     "question_polarity": [-0.5, 0.3], "answer_polarity": [0.2, -0.1],
        ...     "right": [True, None]})
        >>> figure = section_agreement({"contextual": frame})
        >>> figure.axes[0].get_title()
        'contextual: Spearman 0.95; more negative section right in 1 of 1'
    """
    from scipy.stats import spearmanr

    with style():
        columns = min(2, len(pairs))
        rows = -(-len(pairs) // columns)
        figure = Figure(figsize=(6.3, 2.8 * rows + 0.7))
        panels = figure.subplots(rows, columns, squeeze=False, sharey=True).ravel()
        for axes in panels[len(pairs) :]:
            axes.set_visible(False)
        for axes, (backend, frame) in zip(panels, pairs.items()):
            for kind, colour in _SECTION_COLOURS.items():
                axes.scatter(
                    frame[f"{kind}_tone"],
                    frame[f"{kind}_polarity"],
                    s=18,
                    color=colour,
                    label=label(kind, lang),
                    alpha=0.85,
                )
            ratings = pd.concat([frame["question_tone"], frame["answer_tone"]])
            values = pd.concat([frame["question_polarity"], frame["answer_polarity"]])
            known = values.notna().to_numpy()
            directed = frame[frame["right"].notna()]
            title = label("people_agreement_panel", lang).format(
                backend=backend,
                spearman=float(spearmanr(ratings[known], values[known]).statistic),
                right=int(directed["right"].sum()),
                pairs=len(directed),
            )
            axes.set_title(title, fontsize=7, wrap=True)
            axes.axhline(0, color="#999999", linewidth=0.8)
            axes.set_xlim(0.5, 7.5)
            axes.set_xticks(range(1, 8))
            axes.set_xlabel(label("people_rating", lang), fontsize=7, wrap=True)
            axes.set_ylabel(label("section_polarity", lang), fontsize=7)
        panels[0].set_ylim(-1, 1)
        panels[0].legend(fontsize=7, loc="upper left")
        figure.suptitle(
            label("people_agreement_title", lang), x=0.01, ha="left", fontweight="bold", fontsize=9
        )
    return figure
