"""Paired statistics over many columns: is the answer written differently from the question?

Example:
    >>> MINIMUM_COLUMNS_FOR_STATISTICS
    5
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MINIMUM_COLUMNS_FOR_STATISTICS = 5


def corpus_statistics(
    comparison_frame: pd.DataFrame,
    *,
    minimum_columns: int = MINIMUM_COLUMNS_FOR_STATISTICS,
    resamples: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Paired statistics of answer − question per language, metric and backend, over all
    exchanges.

    One row per language, metric and backend (a German and an English column are never
    pooled: their measures follow different rules): ``pairs`` (exchanges with both
    values), the medians of the question's and of the answer's values over those pairs
    (``question_median``, ``answer_median``), ``median_difference`` (the median of the
    pairs' differences, which is not in general the difference of the two medians)
    with a percentile bootstrap 95% interval (``ci_low``, ``ci_high``; ``resamples``
    resamples, fixed ``seed``), the Wilcoxon signed-rank test (``wilcoxon_statistic``,
    ``p_value``, two-sided, zero differences dropped) and its effect size, the
    matched-pairs rank-biserial correlation ``rank_biserial`` (−1 … +1; positive:
    the answer is higher). With fewer than ``minimum_columns`` pairs the statistics
    are NaN and ``note`` says why: a handful of columns cannot carry a test. The two
    medians are given all the same: they describe the pairs without testing anything.
    Where every difference is zero there is nothing to rank: ``p_value`` is NaN and
    ``note`` says so.

    Example:
        >>> frame = pd.DataFrame({"language": "de", "metric": "lix", "backend": "",
        ...                       "question": [50.0, 48, 52, 47, 55, 51],
        ...                       "answer": [40.0, 41, 45, 39, 44, 42]})
        >>> frame["difference"] = frame["answer"] - frame["question"]
        >>> row = corpus_statistics(frame).iloc[0]
        >>> int(row["pairs"]), float(row["median_difference"]), float(row["rank_biserial"])
        (6, -8.5, -1.0)
        >>> float(row["question_median"]), float(row["answer_median"])
        (50.5, 41.5)
        >>> few = corpus_statistics(frame.head(2)).iloc[0]
        >>> float(few["answer_median"]), float(few["p_value"]), few["note"].split(":")[0]
        (40.5, nan, 'only 2 pair(s)')
    """
    from scipy import stats

    generator = np.random.default_rng(seed)
    rows = []
    keys = ["language", "metric", "backend"]
    for key, group in comparison_frame.groupby(keys, sort=False, observed=True):
        paired = group.dropna(subset=["difference"])
        differences = paired["difference"].to_numpy(dtype=float)
        row = {
            **dict(zip(keys, key)),
            "pairs": len(differences),
            # pandas rather than np.median: a metric without pairs gets NaN, not a warning.
            "question_median": float(paired["question"].median()),
            "answer_median": float(paired["answer"].median()),
        }
        unavailable = group["note"].astype(str).iloc[0] if "note" in group else ""
        if not len(differences) and unavailable:
            rows.append({**row, "note": unavailable})
            continue
        if len(differences) < minimum_columns:
            row["note"] = (
                f"only {len(differences)} pair(s): paired statistics need at least "
                f"{minimum_columns} columns; add more .txt files to the columns folder"
            )
            rows.append(row)
            continue
        resampled = generator.choice(differences, size=(resamples, len(differences)))
        medians = np.median(resampled, axis=1)
        nonzero = differences[differences != 0]
        ranks = stats.rankdata(np.abs(nonzero))
        positive, negative = ranks[nonzero > 0].sum(), ranks[nonzero < 0].sum()
        test = stats.wilcoxon(nonzero) if len(nonzero) else None
        row |= {
            "median_difference": float(np.median(differences)),
            "ci_low": float(np.percentile(medians, 2.5)),
            "ci_high": float(np.percentile(medians, 97.5)),
            "wilcoxon_statistic": float(test.statistic) if test else np.nan,
            "p_value": float(test.pvalue) if test else np.nan,
            "rank_biserial": float((positive - negative) / ranks.sum()) if len(nonzero) else 0.0,
            "note": "" if len(nonzero) else "answer and question equal in every pair: no test",
        }
        rows.append(row)
    columns_of_frame = [
        "language",
        "metric",
        "backend",
        "pairs",
        "question_median",
        "answer_median",
        "median_difference",
        "ci_low",
        "ci_high",
        "wilcoxon_statistic",
        "p_value",
        "rank_biserial",
        "note",
    ]
    return pd.DataFrame(rows).reindex(columns=columns_of_frame)
