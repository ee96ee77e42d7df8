"""Tidy frames that set question against answer.

Four frames, from fine to coarse, each one observation per row:

- ``sentences``: one row per sentence (text, words, question/imperative flags, the
  polarity of every backend asked for);
- ``sections``: one row per column, exchange and section, with every metric
  (counts, readability, tone profile, sentiment);
- ``comparison``: one row per column, exchange and metric: question, answer, and
  answer − question;
- ``corpus_statistics``: one row per metric over all columns: paired statistics of
  answer − question (only from five columns on).

Example:
    >>> from kolumne import load_column
    >>> from kolumne.paths import columns_dir
    >>> column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
    >>> frame = sentences([column], backends=["textblob-de"])
    >>> frame.groupby("section").size().to_dict()
    {'answer': 16, 'question': 8}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kolumne import readability, sentiment, tone
from kolumne.model import Column, Section
from kolumne.text import words

MINIMUM_COLUMNS_FOR_STATISTICS = 5
_SECTION_KEYS = ["column_id", "exchange", "section"]


def section_text(section: Section) -> str:
    """The section's sentences, one per line: the text every metric measures.

    Sub-headings inside a section are left out; line breaks keep sentences apart.

    Example:
        >>> from kolumne import parse_column
        >>> section_text(parse_column("Frage:\\nWas tun? Bitte.\\nAntwort:\\nNichts.").question)
        'Was tun?\\nBitte.'
    """
    return "\n".join(sentence.text for sentence in section.sentences)


def _sections_of(columns: Iterable[Column]):
    for column in columns:
        for exchange_index, exchange in enumerate(column.exchanges):
            for section in (exchange.question, exchange.answer):
                yield column, exchange_index, section


def sentence_rows(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per sentence of every question and answer, in text order.

    Columns: ``column_id``, ``exchange`` (0-based), ``section`` ("question" or
    "answer"), ``paragraph`` (1-based within the section), ``sentence`` (1-based
    position within the section), ``start``, ``end`` (offsets into the column's text),
    ``text`` and ``words`` (runs of letters, see ``kolumne.text.words``).

    Example:
        >>> from kolumne import parse_column
        >>> rows = sentence_rows([parse_column("Frage:\\nWas tun? Bitte.\\nAntwort:\\nNichts.")])
        >>> rows[["section", "sentence", "text", "words"]].values.tolist()
        [['question', 1, 'Was tun?', 2], ['question', 2, 'Bitte.', 1], ['answer', 1, 'Nichts.', 1]]
    """
    rows = []
    for column, exchange_index, section in _sections_of(columns):
        position = 0
        for paragraph_index, paragraph in enumerate(section.paragraphs, start=1):
            if paragraph.is_heading:
                continue
            for sentence in paragraph.sentences:
                position += 1
                rows.append(
                    {
                        "column_id": column.column_id,
                        "exchange": exchange_index,
                        "section": section.kind,
                        "paragraph": paragraph_index,
                        "sentence": position,
                        "start": sentence.start,
                        "end": sentence.end,
                        "text": sentence.text,
                        "words": len(words(sentence.text)),
                    }
                )
    columns_of_frame = [*_SECTION_KEYS, "paragraph", "sentence", "start", "end", "text", "words"]
    return pd.DataFrame(rows, columns=columns_of_frame)


def word_rows(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per word of every question and answer: its letters and syllables.

    Columns: ``column_id``, ``exchange``, ``section``, ``word``, ``letters`` (without
    hyphens) and ``syllables`` (``kolumne.readability.syllables``, or the English count
    for English columns). Handy for word-length distributions and the longest words.

    Example:
        >>> from kolumne import parse_column
        >>> rows = word_rows([parse_column("Frage:\\nWas tun?\\nAntwort:\\nAbwarten.")])
        >>> rows[["word", "letters", "syllables"]].values.tolist()
        [['Was', 3, 1], ['tun', 3, 1], ['Abwarten', 8, 3]]
    """
    rows = [
        {
            "column_id": column.column_id,
            "exchange": exchange_index,
            "section": section.kind,
            "word": word,
            "letters": readability.letter_count(word),
            "syllables": (
                readability.english_syllables(word)
                if column.language == "en"
                else readability.syllables(word)
            ),
        }
        for column, exchange_index, section in _sections_of(columns)
        for sentence in section.sentences
        for word in words(sentence.text)
    ]
    return pd.DataFrame(rows, columns=[*_SECTION_KEYS, "word", "letters", "syllables"])


def longest_words(word_frame: pd.DataFrame, count: int = 10) -> pd.DataFrame:
    """The ``count`` longest distinct words of each section of a ``word_rows`` frame.

    Example:
        >>> frame = pd.DataFrame({"column_id": "c", "exchange": 0, "section": "answer",
        ...                       "word": ["ab", "Abwarten", "ab"], "letters": [2, 8, 2],
        ...                       "syllables": [1, 3, 1]})
        >>> longest_words(frame, count=1)["word"].tolist()
        ['Abwarten']
    """
    distinct = word_frame.drop_duplicates([*_SECTION_KEYS, "word"])
    ranked = distinct.sort_values("letters", ascending=False, kind="stable")
    return ranked.groupby(_SECTION_KEYS, sort=False).head(count).reset_index(drop=True)


def sentence_sentiment(
    columns: Iterable[Column], backends: Sequence[str] = ("default",)
) -> pd.DataFrame:
    """Sentence sentiment of question and answer, one row per sentence and backend.

    The columns of ``sentence_rows`` plus those of ``kolumne.sentiment.score``:
    ``backend`` (the resolved name: "default" becomes the backend it stands for),
    ``polarity`` (-1 to 1, the writer's own voice), ``label``, ``quoted_polarity``
    (quoted speech) and ``evaluative_word_share``.

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nDas ist ein Erfolg.")
        >>> frame = sentence_sentiment([column], backends=["textblob-de-repaired"])
        >>> frame[["section", "label"]].values.tolist()
        [['question', 'negative'], ['answer', 'positive']]
    """
    rows = sentence_rows(columns)
    frames = []
    for backend in backends:
        scores = sentiment.score(rows["text"].tolist(), backend=backend)
        scores = scores.drop(columns=["text", "word_count"]).set_index(rows.index)
        frames.append(rows.join(scores))
    return pd.concat(frames, ignore_index=True)


def word_contributions(
    columns: Iterable[Column], backends: Sequence[str] = ("default",)
) -> pd.DataFrame:
    """The words (and idioms) that moved each sentence's score, one row per word.

    Columns: those of ``sentence_rows`` except ``words``, plus ``backend``, ``token``
    (as written), ``lexicon_form`` (the entry it matched), ``weight`` (what it added,
    after negation and intensifiers), ``negated``, ``intensity`` and ``quoted``
    (inside quotation marks, i.e. not the writer's own voice).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nDas ist gut.")
        >>> frame = word_contributions([column], backends=["sentiws"])
        >>> frame[["section", "token"]].values.tolist()
        [['question', 'Angst'], ['answer', 'gut']]
    """
    rows = sentence_rows(columns).drop(columns=["words"])
    records = []
    for backend in backends:
        name = sentiment.resolve_backend(backend)
        for row in rows.itertuples(index=False):
            for contribution in sentiment.explain(row.text, name):
                records.append(
                    {
                        **row._asdict(),
                        "backend": name,
                        "token": contribution.token,
                        "lexicon_form": contribution.lexicon_form,
                        "weight": contribution.weight,
                        "negated": contribution.negated,
                        "intensity": contribution.intensity,
                        "quoted": contribution.quoted,
                    }
                )
    names = [*rows.columns, "backend", "token", "lexicon_form", "weight", "negated",
             "intensity", "quoted"]
    return pd.DataFrame(records, columns=names)


def backend_agreement(scores: pd.DataFrame) -> pd.DataFrame:
    """How far the sentiment backends agree on the same sentences, pair by pair.

    ``scores`` is a ``sentence_sentiment`` frame with several backends. One row per
    pair of backends: ``label_agreement`` (share of sentences with the same label) and
    ``polarity_correlation`` (Pearson's r of the polarities; NaN if one is constant).

    Example:
        >>> scores = pd.DataFrame({"column_id": "c", "section": "answer", "sentence": [1, 2] * 2,
        ...                        "backend": ["a", "a", "b", "b"], "polarity": [0.5, -0.5, 0.2, 0.0],
        ...                        "label": ["positive", "negative", "positive", "neutral"]})
        >>> backend_agreement(scores)[["backend_a", "backend_b", "label_agreement"]].values.tolist()
        [['a', 'b', 0.5]]
    """
    keys = ["column_id", "exchange", "section", "sentence"]
    keys = [key for key in keys if key in scores.columns]
    polarity = scores.pivot_table(index=keys, columns="backend", values="polarity", sort=False)
    labels = scores.pivot(index=keys, columns="backend", values="label")
    names = list(dict.fromkeys(scores["backend"]))
    rows = []
    for position, first in enumerate(names):
        for second in names[position + 1 :]:
            correlation = (
                float(polarity[first].corr(polarity[second]))
                if polarity[first].std() > 0 and polarity[second].std() > 0
                else float("nan")
            )
            rows.append(
                {
                    "backend_a": first,
                    "backend_b": second,
                    "label_agreement": float((labels[first] == labels[second]).mean()),
                    "polarity_correlation": correlation,
                }
            )
    return pd.DataFrame(
        rows, columns=["backend_a", "backend_b", "label_agreement", "polarity_correlation"]
    )


def sentences(columns: Iterable[Column], backends: Sequence[str] = ("default",)) -> pd.DataFrame:
    """One row per sentence, with tone flags and the polarity of every backend.

    The columns of ``sentence_rows`` plus ``is_question``, ``is_exclamation``,
    ``is_imperative``, ``gives_advice`` (see ``kolumne.tone``) and, per backend,
    ``polarity_<backend>`` and ``label_<backend>`` (backend names in snake case).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nWas soll ich tun?\\nAntwort:\\nRufen Sie ihn an.")
        >>> frame = sentences([column], backends=["sentiws"])
        >>> frame[["section", "is_question", "is_imperative"]].values.tolist()
        [['question', True, False], ['answer', False, True]]
    """
    columns = list(columns)
    frame = sentence_rows(columns)
    texts = frame["text"]
    frame["is_question"] = texts.map(tone.is_question).astype(bool)
    frame["is_exclamation"] = texts.map(tone.is_exclamation).astype(bool)
    frame["is_imperative"] = texts.map(tone.is_imperative).astype(bool)
    frame["gives_advice"] = texts.map(tone.gives_advice).astype(bool)
    for backend in backends:
        scores = sentiment.score(texts.tolist(), backend=backend)
        name = _snake(scores["backend"].iloc[0] if len(scores) else backend)
        frame[f"polarity_{name}"] = scores["polarity"].to_numpy()
        frame[f"label_{name}"] = scores["label"].to_numpy()
    return frame


def _snake(name: str) -> str:
    return name.replace("-", "_")


def _readability_scores(text: str, language: str) -> dict[str, readability.Score]:
    if language == "en":
        return {
            "flesch_reading_ease": readability.flesch_reading_ease(text),
            "flesch_kincaid_grade": readability.flesch_kincaid_grade(text),
        }
    return {
        "flesch_amstad": readability.flesch_amstad(text),
        **{
            f"wiener_sachtextformel_{variant}": readability.wiener_sachtextformel(text, variant)
            for variant in (1, 2, 3, 4)
        },
        "lix": readability.lix(text),
        "smog_de": readability.smog_de(text),
    }


_BANDS = {
    "flesch_amstad": readability.FLESCH_AMSTAD_BANDS,
    **{f"wiener_sachtextformel_{variant}": readability.WIENER_SACHTEXTFORMEL_BANDS for variant in (1, 2, 3, 4)},
    "lix": readability.LIX_BANDS,
}


def readability_scores(columns: Iterable[Column], lang: str = "en") -> pd.DataFrame:
    """Every readability formula for every question and answer, with the counts it used.

    One row per column, exchange, section and formula: ``formula``, ``value``,
    ``band`` (its interpretation band in ``lang``, where the formula has bands), the
    counts (``sentences``, ``words``, ``syllables``, ``long_words``,
    ``polysyllables``) and ``warning`` (e.g. a section under 100 words).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nDer Hund bellt laut.\\nAntwort:\\nNein.")
        >>> frame = readability_scores([column])
        >>> row = frame.iloc[0]
        >>> row["section"], row["formula"], float(row["value"]), row["band"], int(row["words"])
        ('question', 'flesch_amstad', 117.5, 'very easy', 4)
    """
    rows = []
    for column, exchange_index, section in _sections_of(columns):
        for formula, score in _readability_scores(section_text(section), column.language).items():
            rows.append(
                {
                    "column_id": column.column_id,
                    "exchange": exchange_index,
                    "section": section.kind,
                    "formula": formula,
                    "value": score.value,
                    "band": (
                        readability.band_label(score.value, _BANDS[formula], lang)
                        if formula in _BANDS else None
                    ),
                    **{
                        name: score.counts[name]
                        for name in ("sentences", "words", "syllables", "long_words", "polysyllables")
                    },
                    "warning": "; ".join(score.warnings),
                }
            )
    return pd.DataFrame(rows)


def _sentiment_metrics(text_sentences: list[str], backend: str) -> dict[str, float]:
    # The arithmetic of ``sentiment.score`` + ``sentiment.aggregate`` on plain arrays:
    # two small DataFrames per section and backend cost more than the scoring itself.
    name = sentiment.resolve_backend(backend)
    results = [sentiment.analyse(sentence, name) for sentence in text_sentences]
    polarities = np.array([result.polarity for result in results], dtype="float64")
    weights = np.array([result.word_count for result in results], dtype="int64").clip(min=1)
    labels = [sentiment.label(polarity, sentiment.NEUTRAL_BANDS[name]) for polarity in polarities]
    snake = _snake(name)
    return {
        f"polarity_weighted_{snake}": float((polarities * weights).sum() / weights.sum()),
        **{
            f"{label}_share_{snake}": float(labels.count(label) / len(labels))
            if labels else float("nan")
            for label in sentiment.LABELS
        },
    }


def section_rows(column: Column, backends: Sequence[str] = ("default",)) -> list[dict]:
    """The rows of ``sections`` for one column, as plain dicts (one per section).

    For streaming many columns into one frame without holding the columns themselves.

    Example:
        >>> from kolumne import parse_column
        >>> rows = section_rows(parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nRufen Sie an."),
        ...                     backends=[])
        >>> [(row["section"], row["words"], row["imperative_share"]) for row in rows]
        [('question', 3, 0.0), ('answer', 3, 1.0)]
    """
    rows = []
    for _column, exchange_index, section in _sections_of([column]):
        text = section_text(section)
        text_sentences = [sentence.text for sentence in section.sentences]
        profile = tone.profile(text)
        row = {
            "column_id": column.column_id,
            "exchange": exchange_index,
            "section": section.kind,
            "language": column.language,
            "paragraphs": sum(not paragraph.is_heading for paragraph in section.paragraphs),
            "sentences": len(text_sentences),
            "words": int(profile.pop("word_count")),
            **{
                formula: score.value
                for formula, score in _readability_scores(text, column.language).items()
            },
            **{name: value for name, value in profile.items() if name != "sentence_count"},
        }
        for backend in backends:
            row.update(_sentiment_metrics(text_sentences, backend))
        rows.append(row)
    return rows


def sections(columns: Iterable[Column], backends: Sequence[str] = ("default",)) -> pd.DataFrame:
    """One row per column, exchange and section, with every metric.

    Columns: ``column_id``, ``exchange``, ``section``, ``language``; counts
    (``paragraphs``, ``sentences``, ``words``); readability (German: ``flesch_amstad``,
    ``wiener_sachtextformel_1`` … ``_4``, ``lix``, ``smog_de``; English:
    ``flesch_reading_ease``, ``flesch_kincaid_grade``; see ``kolumne.readability``);
    the tone profile (``kolumne.tone.profile``: rates per 100 words and shares of
    sentences); and per sentiment backend ``polarity_weighted_<backend>`` (mean
    sentence polarity weighted by words) and the shares of negative, neutral and
    positive sentences (see ``kolumne.sentiment.aggregate``).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nRufen Sie an.")
        >>> frame = sections([column], backends=["sentiws"])
        >>> frame.set_index("section")["imperative_share"].to_dict()
        {'question': 0.0, 'answer': 1.0}
    """
    return pd.DataFrame([row for column in columns for row in section_rows(column, backends)])


def comparison(section_frame: pd.DataFrame) -> pd.DataFrame:
    """Question against answer: one row per column, exchange and metric.

    Columns: ``column_id``, ``exchange``, ``metric``, ``question``, ``answer`` and
    ``difference`` (answer − question). ``section_frame`` is a ``sections`` frame.
    ``column_id`` and ``metric`` are categorical (categories in order of first
    appearance), so an archive of 20,000 columns (600,000 rows) stays small.

    Example:
        >>> frame = pd.DataFrame({"column_id": "c", "exchange": 0, "language": "de",
        ...                       "section": ["question", "answer"], "lix": [40.0, 35.0]})
        >>> comparison(frame).values.tolist()
        [['c', 0, 'lix', 40.0, 35.0, -5.0]]
    """
    metrics = [name for name in section_frame.columns if name not in (*_SECTION_KEYS, "language")]
    # Whole arrays, no loop over groups (which took 12 ms per column), and as few
    # temporary arrays as possible: for 20,000 columns they outweighed the result.
    # Each section's metrics are picked by position into one (exchange × metric) block.
    numbering = _number_exchanges(section_frame)
    exchange_count = len(numbering.exchange_numbers)

    def values_of(section: str) -> np.ndarray:
        is_section = (section_frame["section"] == section).to_numpy()
        exchange_of_section = numbering.exchange_of_row[is_section]
        rows_per_exchange = np.bincount(exchange_of_section, minlength=exchange_count)
        if (rows_per_exchange > 1).any():
            twice = numbering.column_of_exchange[np.argmax(rows_per_exchange > 1)]
            raise ValueError(
                f"column_id {numbering.column_ids[twice]!r} has more than one {section} "
                "for one exchange: two columns share this id (files of the same name?)"
            )
        position = np.full(exchange_count, -1)
        position[exchange_of_section] = np.flatnonzero(is_section)
        block = np.full((exchange_count, len(metrics)), np.nan)
        present = position >= 0  # an exchange without this section gets NaN
        for index, metric in enumerate(metrics):
            block[present, index] = section_frame[metric].to_numpy(dtype=float)[position[present]]
        return block.ravel()

    question, answer = values_of("question"), values_of("answer")
    # column_id and metric repeat on every row: categorical, they take 2–4 bytes a row.
    return pd.DataFrame(
        {
            "column_id": pd.Categorical.from_codes(
                np.repeat(numbering.column_of_exchange.astype(np.int32), len(metrics)),
                categories=numbering.column_ids,
            ),
            "exchange": np.repeat(numbering.exchange_numbers, len(metrics)),
            "metric": pd.Categorical.from_codes(
                np.tile(np.arange(len(metrics), dtype=np.int16), exchange_count),
                categories=metrics,
            ),
            "question": question,
            "answer": answer,
            "difference": answer - question,
        },
        copy=False,
    )


@dataclass(frozen=True)
class _ExchangeNumbering:
    exchange_of_row: np.ndarray  # per row: its exchange's number (0, 1, … by first appearance)
    column_of_exchange: np.ndarray  # per exchange: its column's position in column_ids
    exchange_numbers: np.ndarray  # per exchange: the value of its "exchange" field
    column_ids: pd.Index  # the column ids, in order of first appearance


def _number_exchanges(section_frame: pd.DataFrame) -> _ExchangeNumbering:
    """Number the (column_id, exchange) pairs of ``section_frame`` by first appearance.

    kolumne's frames keep the rows of an exchange, and the exchanges of a column,
    together: then the numbers follow from where a neighbour differs, and only the
    column ids need hashing, once each. Hashing the id of every row took more memory
    than the comparison frame itself, for 20,000 columns. Other frames (filtered,
    shuffled) are numbered with ``pandas.factorize``.
    """
    ids = section_frame["column_id"]
    exchange = section_frame["exchange"].to_numpy()
    starts_column = (ids != ids.shift()).to_numpy()
    starts_exchange = starts_column | (exchange != np.roll(exchange, 1))
    column_ids = pd.Index(np.asarray(ids[starts_column]))
    continues_column = ~starts_column[starts_exchange][1:]
    if column_ids.is_unique and (np.diff(exchange[starts_exchange])[continues_column] > 0).all():
        return _ExchangeNumbering(
            exchange_of_row=np.cumsum(starts_exchange) - 1,
            column_of_exchange=(np.cumsum(starts_column) - 1)[starts_exchange],
            exchange_numbers=exchange[starts_exchange],
            column_ids=column_ids,
        )
    column_of_row, column_ids = pd.factorize(ids)
    exchange_code_of_row, exchange_values = pd.factorize(exchange)
    exchange_of_row, pairs = pd.factorize(column_of_row * len(exchange_values) + exchange_code_of_row)
    column_of_exchange, exchange_code = np.divmod(pairs, len(exchange_values))
    return _ExchangeNumbering(
        exchange_of_row=exchange_of_row,
        column_of_exchange=column_of_exchange,
        exchange_numbers=exchange_values[exchange_code],
        column_ids=pd.Index(np.asarray(column_ids)),  # plain, if the input was categorical
    )


def corpus_statistics(
    comparison_frame: pd.DataFrame,
    *,
    minimum_columns: int = MINIMUM_COLUMNS_FOR_STATISTICS,
    resamples: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Paired statistics of answer − question per metric, over all exchanges.

    One row per metric: ``pairs`` (exchanges with both values), ``median_difference``
    with a percentile bootstrap 95% interval (``ci_low``, ``ci_high``; ``resamples``
    resamples, fixed ``seed``), the Wilcoxon signed-rank test (``wilcoxon_statistic``,
    ``p_value``, two-sided, zero differences dropped) and its effect size, the
    matched-pairs rank-biserial correlation ``rank_biserial`` (−1 … +1; positive:
    the answer is higher). With fewer than ``minimum_columns`` pairs the statistics
    are NaN and ``note`` says why: a handful of columns cannot carry a test.

    Example:
        >>> frame = pd.DataFrame({"metric": "lix", "question": [50.0, 48, 52, 47, 55, 51],
        ...                       "answer": [40.0, 41, 45, 39, 44, 42]})
        >>> frame["difference"] = frame["answer"] - frame["question"]
        >>> row = corpus_statistics(frame).iloc[0]
        >>> int(row["pairs"]), float(row["median_difference"]), float(row["rank_biserial"])
        (6, -8.5, -1.0)
    """
    from scipy import stats

    generator = np.random.default_rng(seed)
    rows = []
    for metric, group in comparison_frame.groupby("metric", sort=False):
        differences = group["difference"].dropna().to_numpy(dtype=float)
        row = {"metric": metric, "pairs": len(differences)}
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
            "note": "",
        }
        rows.append(row)
    columns_of_frame = [
        "metric", "pairs", "median_difference", "ci_low", "ci_high",
        "wilcoxon_statistic", "p_value", "rank_biserial", "note",
    ]
    return pd.DataFrame(rows).reindex(columns=columns_of_frame)


def section_sentiment(scores: pd.DataFrame) -> pd.DataFrame:
    """Summarise ``sentence_sentiment`` scores per column, backend and section.

    One row per column, backend and section with ``sentences``, ``polarity_weighted``
    (mean polarity weighted by words per sentence) and the shares of negative, neutral
    and positive sentences (``kolumne.sentiment.aggregate``).

    Example:
        >>> scores = pd.DataFrame({"column_id": "c", "backend": "b",
        ...                        "section": ["question", "question", "answer"],
        ...                        "polarity": [-0.5, 0.0, 0.5], "words": [3, 1, 2],
        ...                        "label": ["negative", "neutral", "positive"]})
        >>> section_sentiment(scores)[["section", "polarity_weighted", "negative_share"]].values.tolist()
        [['question', -0.375, 0.5], ['answer', 0.5, 0.0]]
    """
    keys = ["column_id", "backend", "section"]
    summaries = [
        {
            **dict(zip(keys, key)),
            **sentiment.aggregate(group.rename(columns={"words": "word_count"})).to_dict(),
        }
        for key, group in scores.groupby(keys, sort=False)
    ]
    frame = pd.DataFrame(summaries)
    return frame.rename(columns={"sentence_count": "sentences", "word_count": "words"})


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
    frame = pd.DataFrame(rows, columns=["column_id", "kind", "start", "end", "characters", "text"])
    frame.insert(1, "part", range(1, len(frame) + 1))
    return frame
