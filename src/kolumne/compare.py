"""Tidy frames that set question against answer.

Example:
    >>> from kolumne import load_column
    >>> from kolumne.paths import columns_dir
    >>> column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
    >>> frame = sentence_sentiment([column], backends=["textblob-de"])
    >>> frame.groupby("section").size().to_dict()
    {'answer': 16, 'question': 8}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from kolumne import sentiment
from kolumne.model import Column


def sentence_rows(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per sentence of every question and answer, in text order.

    Columns: ``column_id``, ``exchange`` (0-based), ``section`` ("question" or
    "answer"), ``sentence`` (1-based position within the section), ``start``, ``end``
    (offsets into the column's text) and ``text``.

    Example:
        >>> from kolumne import parse_column
        >>> rows = sentence_rows([parse_column("Frage:\\nWas tun? Bitte.\\nAntwort:\\nNichts.")])
        >>> rows[["section", "sentence", "text"]].values.tolist()
        [['question', 1, 'Was tun?'], ['question', 2, 'Bitte.'], ['answer', 1, 'Nichts.']]
    """
    rows = [
        {
            "column_id": column.column_id,
            "exchange": exchange_index,
            "section": section.kind,
            "sentence": position,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
        }
        for column in columns
        for exchange_index, exchange in enumerate(column.exchanges)
        for section in (exchange.question, exchange.answer)
        for position, sentence in enumerate(section.sentences, start=1)
    ]
    return pd.DataFrame(
        rows, columns=["column_id", "exchange", "section", "sentence", "start", "end", "text"]
    )


def sentence_sentiment(
    columns: Iterable[Column], backends: Sequence[str] = ("default",)
) -> pd.DataFrame:
    """Sentence polarity of question and answer, one row per sentence and backend.

    The columns of ``sentence_rows`` plus ``backend``, ``polarity`` (-1 to 1) and
    ``label`` (negative, neutral, positive).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch bin traurig.\\nAntwort:\\nDas ist gut.")
        >>> frame = sentence_sentiment([column], backends=["textblob-de"])
        >>> frame[["section", "label"]].values.tolist()
        [['question', 'negative'], ['answer', 'positive']]
    """
    rows = sentence_rows(columns)
    frames = []
    for backend in backends:
        scores = sentiment.score(rows["text"].tolist(), backend=backend)
        frames.append(
            rows.assign(
                backend=backend,
                polarity=scores["polarity"].to_numpy(),
                label=scores["label"].to_numpy(),
            )
        )
    return pd.concat(frames, ignore_index=True)


def section_sentiment(scores: pd.DataFrame) -> pd.DataFrame:
    """Summarise sentence scores per column, backend and section.

    ``scores`` is a frame from ``sentence_sentiment``. One row per column, backend and
    section with ``sentences``, ``mean_polarity`` (plain mean of the sentences) and the
    counts of ``negative``, ``neutral`` and ``positive`` sentences.

    Example:
        >>> scores = pd.DataFrame({"column_id": "c", "backend": "b",
        ...                        "section": ["question", "question", "answer"],
        ...                        "polarity": [-0.5, 0.0, 0.5],
        ...                        "label": ["negative", "neutral", "positive"]})
        >>> section_sentiment(scores)[["section", "sentences", "mean_polarity", "negative"]].values.tolist()
        [['question', 2, -0.25, 1], ['answer', 1, 0.5, 0]]
    """
    counts = pd.crosstab(
        [scores["column_id"], scores["backend"], scores["section"]], scores["label"]
    ).reindex(columns=["negative", "neutral", "positive"], fill_value=0)
    summary = scores.groupby(["column_id", "backend", "section"], sort=False).agg(
        sentences=("polarity", "size"), mean_polarity=("polarity", "mean")
    )
    return summary.join(counts).reset_index()


def anatomy(column: Column) -> pd.DataFrame:
    """The column's parts in text order, white space left out: one row per part.

    Columns: ``column_id``, ``part`` (1-based order), ``kind`` (title, intro, related,
    heading, salutation, question, answer, signature, footer), ``start``, ``end``,
    ``characters`` and ``text``.

    Example:
        >>> from kolumne import parse_column
        >>> frame = anatomy(parse_column("Frage: Was tun?\\nAntwort: Nichts."))
        >>> frame[["kind", "characters"]].values.tolist()
        [['heading', 6], ['question', 8], ['heading', 8], ['answer', 7]]
    """
    from kolumne.load import parts

    rows = [
        {
            "column_id": column.column_id,
            "kind": part.kind,
            "start": part.start,
            "end": part.end,
            "characters": part.end - part.start,
            "text": column.text[part.start : part.end],
        }
        for part in parts(column)
        if part.kind != "whitespace"
    ]
    frame = pd.DataFrame(
        rows, columns=["column_id", "kind", "start", "end", "characters", "text"]
    )
    frame.insert(1, "part", range(1, len(frame) + 1))
    return frame


def section_counts(columns: Iterable[Column]) -> pd.DataFrame:
    """Paragraphs, sentences and words per question and answer.

    One row per column, exchange and section. Sub-headings inside a section count as
    paragraphs but not as sentences; words are runs of letters (``kolumne.text.words``).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nWas tun? Bitte helfen Sie.\\nAntwort:\\nNichts.")
        >>> section_counts([column])[["section", "paragraphs", "sentences", "words"]].values.tolist()
        [['question', 1, 2, 5], ['answer', 1, 1, 1]]
    """
    from kolumne.text import words

    rows = [
        {
            "column_id": column.column_id,
            "exchange": exchange_index,
            "section": section.kind,
            "paragraphs": len(section.paragraphs),
            "sentences": len(section.sentences),
            "words": sum(len(words(sentence.text)) for sentence in section.sentences),
            "characters": section.end - section.start,
        }
        for column in columns
        for exchange_index, exchange in enumerate(column.exchanges)
        for section in (exchange.question, exchange.answer)
    ]
    return pd.DataFrame(
        rows,
        columns=["column_id", "exchange", "section", "paragraphs", "sentences", "words", "characters"],
    )
