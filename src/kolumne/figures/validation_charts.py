"""Charts of validation: confusion matrices and cross-validated scores per backend.

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
