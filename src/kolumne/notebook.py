"""The first cell of every notebook: the corpus analysed (or read back from its cache),
the skipped files said, and the columns to draw one by one loaded.

Each notebook calls ``open_corpus`` with its parameters. In a report the corpus was
analysed once before the notebooks ran, so each of them reads the frames back from the
cache in a moment; in JupyterLab the first notebook run analyses it, with a progress
bar, and the others reuse the result.

Example:
    >>> corpus = open_corpus("data/columns", cache_dir=None)
    data/columns: 1 column (de), 1 question/answer pair; every column is drawn one by one
    >>> [column.column_id for column in corpus.columns]
    ['2016-kollege-sabotiert']
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kolumne import corpus as corpus_analysis
from kolumne.corpus import DETAIL_LIMIT, CorpusAnalysis, analyze_corpus
from kolumne.explore import HEADLESS_VARIABLE
from kolumne.model import Column
from kolumne.paths import resolve


@dataclass(frozen=True)
class NotebookCorpus:
    """What a notebook works on: the whole corpus as frames (``analysis``), and the
    columns it draws one by one (``detail``: their ids; ``columns``: the loaded columns).

    Example:
        >>> NotebookCorpus(CorpusAnalysis(None, None, ()), (), []).columns
        []
    """

    analysis: CorpusAnalysis
    detail: tuple[str, ...]
    columns: list[Column]

    def columns_to_explore(self) -> list[Column]:
        """The columns the pickers offer: those drawn one by one, or, when none are,
        every column. In a headless run, which shows no pickers, none are loaded.

        Example:
            >>> NotebookCorpus(CorpusAnalysis(None, None, ()), (), []).columns_to_explore()
            []
        """
        if self.columns or os.environ.get(HEADLESS_VARIABLE):
            return self.columns
        return self.analysis.load(self.analysis.column_ids)


def _summary(analysis: CorpusAnalysis, detail: Sequence[str], source: str) -> str:
    languages = analysis.sections.drop_duplicates("column_id")["language"].astype(str)
    pairs = len(analysis.comparison[["column_id", "exchange"]].drop_duplicates())
    columns = len(analysis.column_ids)
    # One column needs no count beside its language.
    counts = ", ".join(
        language if columns == 1 else f"{language}: {count}"
        for language, count in sorted(Counter(languages).items())
    )
    if len(detail) == columns:
        drawn = "every column is drawn one by one"
    elif detail:
        drawn = f"drawn one by one: {', '.join(detail)}"
    else:
        drawn = (
            f"more than {DETAIL_LIMIT}, so only the corpus views are drawn; name columns in "
            "`columns_in_detail` to draw them one by one"
        )
    plural = "s" if columns != 1 else ""
    pair_plural = "s" if pairs != 1 else ""
    return f"{source}: {columns} column{plural} ({counts}), {pairs} question/answer pair{pair_plural}; {drawn}"


def open_corpus(
    columns: str,
    *,
    backend: str = "default",
    cache_dir: str | None = "reports/cache",
    jobs: int | None = None,
    columns_in_detail: Sequence[str] | None = None,
) -> NotebookCorpus:
    """Analyse ``columns`` (a folder, a file or a glob; relative to the project folder)
    with ``backend``, reusing ``cache_dir``; print one line per skipped file and a
    summary; load the columns to draw one by one (see ``kolumne.corpus.columns_in_detail``).

    Raises ``ValueError`` when not one column could be read, naming the files tried.

    Example:
        >>> open_corpus("data/columns/gibt-es-nicht.txt", cache_dir=None)
        Traceback (most recent call last):
        ...
        ValueError: no column to analyse in data/columns/gibt-es-nicht.txt: 1 file(s) skipped
    """
    analysis = analyze_corpus(
        resolve(columns),
        backends=[backend],
        jobs=jobs or os.cpu_count() or 1,
        cache=resolve(cache_dir) if cache_dir else None,
        progress=False if os.environ.get(HEADLESS_VARIABLE) else None,
    )
    for failure in analysis.failures:
        print(f"skipped {failure.file}: {failure.reason}")
    if not analysis.column_ids:
        found = f"{len(analysis.failures)} file(s) skipped" if analysis.failures else "no .txt file"
        raise ValueError(f"no column to analyse in {columns}: {found}")
    detail = tuple(corpus_analysis.columns_in_detail(analysis, columns_in_detail))
    print(_summary(analysis, detail, str(columns)))
    return NotebookCorpus(analysis, detail, analysis.load(detail))
