"""Tidy frames that set question against answer.

From fine to coarse, each one observation per row, with ``column_id``, ``exchange``
(0-based), ``section`` and, for sentiment, ``backend`` as columns:

- ``sentence_rows`` / ``sentences``: one row per sentence (text, words, tone flags);
- ``sentence_sentiment``: one row per sentence and sentiment backend;
- ``sections``: one row per section, metric and backend: the ``value`` and, where a
  measure has no rules for the column's language, a ``note`` saying so;
- ``comparison``: one row per exchange, metric and backend: question, answer, answer −
  question;
- ``corpus_statistics`` (in ``kolumne.statistics``): paired statistics over many columns.

Every metric has a record in ``kolumne.measures.metrics``; every count comes from the
loader's tokens, so a section's ``words`` is the sum of its sentences' ``words``.

The module is longer than most (about 600 lines) because every frame a notebook or a
user reads is built here, each with its example: one place to look for any table.

Example:
    >>> from kolumne import load_column
    >>> from kolumne.paths import columns_dir
    >>> column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
    >>> sentence_rows([column]).groupby("section").size().to_dict()
    {'answer': 16, 'question': 8}
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from kolumne.measures import readability, sentiment, tone
from kolumne.measures.metrics import (
    COUNT,
    EMOTION,
    METRICS,
    READABILITY,
    SENTIMENT,
    TONE,
    metric,
    metrics_for,
    note,
)
from kolumne.measures.sentiment import contextual
from kolumne.model import Column, Section, parts
from kolumne.text import letter_count, syllables

SECTION_KEYS = ["column_id", "exchange", "section"]
SECTION_COLUMNS = [*SECTION_KEYS, "language", "metric", "backend", "value", "note"]
COMPARISON_COLUMNS = [
    "column_id", "exchange", "language", "metric", "backend",
    "question", "answer", "difference", "note",
]  # fmt: skip


def _sections_of(columns: Iterable[Column]) -> Iterator[tuple[Column, int, Section]]:
    for column in columns:
        for exchange_index, exchange in enumerate(column.exchanges):
            for section in (exchange.question, exchange.answer):
                yield column, exchange_index, section


# ---------------------------------------------------------------------------------
# Sentences and words
# ---------------------------------------------------------------------------------


def sentence_rows(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per sentence of every question and answer, in text order.

    Columns: ``column_id``, ``exchange`` (0-based), ``section`` ("question" or
    "answer"), ``language``, ``paragraph`` (1-based within the section), ``sentence``
    (1-based position within the section), ``start``, ``end`` (offsets into the
    column's text), ``text`` and ``words`` (its word tokens, see ``kolumne.text.words``).

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
                        "language": column.language,
                        "paragraph": paragraph_index,
                        "sentence": position,
                        "start": sentence.start,
                        "end": sentence.end,
                        "text": sentence.text,
                        "words": len(sentence.words),
                    }
                )
    names = [*SECTION_KEYS, "language", "paragraph", "sentence", "start", "end", "text", "words"]
    return pd.DataFrame(rows, columns=names)


def sentences(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per sentence, with its tone flags.

    The columns of ``sentence_rows`` plus ``is_question``, ``is_exclamation``,
    ``is_imperative`` and ``gives_advice`` (see ``kolumne.measures.tone``). The last two
    rest on German word order and phrases: for other languages they are empty (NA), never
    a German-rule guess. Sentence sentiment is ``sentence_sentiment``.

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nWas soll ich tun?\\nAntwort:\\nRufen Sie ihn an.")
        >>> frame = sentences([column])
        >>> frame[["section", "is_question", "is_imperative"]].values.tolist()
        [['question', True, False], ['answer', False, True]]
    """
    flags: dict[str, list[bool | None]] = {
        name: [] for name in ("is_question", "is_exclamation", "is_imperative", "gives_advice")
    }
    columns = list(columns)
    for column, _exchange, section in _sections_of(columns):
        german = column.language == "de"
        for sentence in section.sentences:
            flags["is_question"].append(tone.is_question(sentence))
            flags["is_exclamation"].append(tone.is_exclamation(sentence))
            flags["is_imperative"].append(tone.is_imperative(sentence) if german else None)
            flags["gives_advice"].append(tone.gives_advice(sentence) if german else None)
    frame = sentence_rows(columns)
    for name, values in flags.items():
        frame[name] = pd.array(values, dtype="boolean")
    return frame


def word_rows(columns: Iterable[Column]) -> pd.DataFrame:
    """One row per word of every question and answer: its letters and syllables.

    Columns: ``column_id``, ``exchange``, ``section``, ``word``, ``letters`` (without
    hyphens) and ``syllables`` (by the rules of the column's language, see
    ``kolumne.text.syllables``). Handy for word-length distributions and the longest words.

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
            "word": word.text,
            "letters": letter_count(word.text),
            "syllables": syllables(word.text, column.language),
        }
        for column, exchange_index, section in _sections_of(columns)
        for word in section.words
    ]
    return pd.DataFrame(rows, columns=[*SECTION_KEYS, "word", "letters", "syllables"])


def longest_words(word_frame: pd.DataFrame, count: int = 10) -> pd.DataFrame:
    """The ``count`` longest distinct words of each section of a ``word_rows`` frame.

    Example:
        >>> frame = pd.DataFrame({"column_id": "c", "exchange": 0, "section": "answer",
        ...                       "word": ["ab", "Abwarten", "ab"], "letters": [2, 8, 2],
        ...                       "syllables": [1, 3, 1]})
        >>> longest_words(frame, count=1)["word"].tolist()
        ['Abwarten']
    """
    distinct = word_frame.drop_duplicates([*SECTION_KEYS, "word"])
    ranked = distinct.sort_values("letters", ascending=False, kind="stable")
    return ranked.groupby(SECTION_KEYS, sort=False).head(count).reset_index(drop=True)


# ---------------------------------------------------------------------------------
# Sentence sentiment
# ---------------------------------------------------------------------------------


def backends_for(backends: Sequence[str], language: str) -> list[str]:
    """The sentiment backends that score a column in ``language``: those of ``backends``
    with rules for it ("default" resolved per language), or, where none has, all of
    them, so that their "not available" notes show.

    Example:
        >>> backends_for(["textblob-de-repaired", "sentiws", "vader"], "en")
        ['vader']
        >>> backends_for(["sentiws"], "en"), backends_for(["default"], "de")
        (['sentiws'], ['contextual'])
    """
    names = list(dict.fromkeys(sentiment.resolve_backend(name, language) for name in backends))
    with_rules = [name for name in names if sentiment.unavailable_reason(name, language) is None]
    return with_rules or names


def prepare_sentiment(columns: Sequence[Column], backends: Sequence[str]) -> None:
    """``kolumne.sentiment.prepare`` for every sentence of ``columns`` at once, per
    language: measuring them afterwards costs the contextual backend no more embedding.

    Example:
        >>> from kolumne import parse_column
        >>> prepare_sentiment([parse_column("Frage:\\nWas tun?\\nAntwort:\\nNichts.")], ["sentiws"])
    """
    for language in sorted({column.language for column in columns}):
        of_language = [column for column in columns if column.language == language]
        sentences = [
            sentence
            for _column, _exchange, section in _sections_of(of_language)
            for sentence in section.sentences
        ]
        for name in backends_for(backends, language):
            sentiment.prepare(sentences, name, language)


def sentence_sentiment(
    columns: Iterable[Column], backends: Sequence[str] = ("default",)
) -> pd.DataFrame:
    """Sentence sentiment of question and answer, one row per sentence and backend.

    The columns of ``sentence_rows`` plus those of ``kolumne.sentiment.score``:
    ``backend`` (the resolved name: "default" becomes the backend it stands for),
    ``polarity`` (-1 to 1, the writer's own voice), ``label``, ``quoted_polarity``
    (quoted speech), ``evaluative_word_share`` and ``note`` (why a sentence has no score,
    e.g. a backend without rules for the column's language).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nDas ist ein Erfolg.")
        >>> frame = sentence_sentiment([column], backends=["textblob-de-repaired"])
        >>> frame[["section", "label"]].values.tolist()
        [['question', 'negative'], ['answer', 'positive']]
    """
    columns = list(columns)
    rows = sentence_rows(columns)
    located = list(_sections_of(columns))
    chosen = [backends_for(backends, column.language) for column, _exchange, _section in located]
    frames = []
    for name in dict.fromkeys(name for names in chosen for name in names):
        scored = [name in names for names in chosen]
        scores = [
            sentiment.score(list(section.sentences), name, column.language)
            for (column, _exchange, section), wanted in zip(located, scored)
            if wanted
        ]
        # sentence_rows holds the sentences of the sections in the same order.
        keep = np.repeat(scored, [len(section.sentences) for _, _, section in located])
        joined = pd.concat(scores, ignore_index=True).drop(columns=["text", "word_count"])
        frames.append(rows[keep].reset_index(drop=True).join(joined))
    if not frames:
        return rows.assign(
            backend=pd.Series(dtype=object),
            polarity=pd.Series(dtype=float),
            label=pd.Series(dtype=object),
        )
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
    columns = list(columns)
    rows = sentence_rows(columns).drop(columns=["words"])
    sentence_objects = [
        (column.language, sentence)
        for column, _exchange, section in _sections_of(columns)
        for sentence in section.sentences
    ]
    records = []
    chosen = {language: backends_for(backends, language) for language, _ in sentence_objects}
    for name in dict.fromkeys(name for names in chosen.values() for name in names):
        for row, (language, sentence) in zip(rows.itertuples(index=False), sentence_objects):
            if name not in chosen[language]:
                continue
            for contribution in sentiment.explain(sentence, name, language):
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
             "intensity", "quoted"]  # fmt: skip
    return pd.DataFrame(records, columns=names)


def backend_agreement(scores: pd.DataFrame) -> pd.DataFrame:
    """How far the sentiment backends agree on the same sentences, pair by pair.

    ``scores`` is a ``sentence_sentiment`` frame with several backends; sentences
    without a score (a language a backend has no rules for) are left out. One row per
    pair of backends that scored at least one sentence in common: ``sentences`` (how
    many both scored), ``label_agreement`` (share with the same label) and
    ``polarity_correlation`` (Pearson's r; NaN if one is constant). A pair with nothing
    in common, such as a German and an English backend, has no row: there is no
    agreement to measure.

    Example:
        >>> scores = pd.DataFrame({"column_id": "c", "section": "answer", "sentence": [1, 2] * 2,
        ...                        "backend": ["a", "a", "b", "b"], "polarity": [0.5, -0.5, 0.2, 0.0],
        ...                        "label": ["positive", "negative", "positive", "neutral"]})
        >>> backend_agreement(scores)[["backend_a", "backend_b", "sentences", "label_agreement"]
        ...                          ].values.tolist()
        [['a', 'b', 2, 0.5]]
    """
    keys = [key for key in ["column_id", "exchange", "section", "sentence"] if key in scores]
    scored = scores.dropna(subset=["polarity"])
    polarity = scored.pivot_table(index=keys, columns="backend", values="polarity", sort=False)
    labels = scored.pivot(index=keys, columns="backend", values="label")
    names = list(dict.fromkeys(scored["backend"]))
    rows = []
    for position, first in enumerate(names):
        for second in names[position + 1 :]:
            both = polarity[[first, second]].dropna()
            if both.empty:
                continue
            correlation = (
                float(both[first].corr(both[second]))
                if both[first].std() > 0 and both[second].std() > 0
                else math.nan
            )
            rows.append(
                {
                    "backend_a": first,
                    "backend_b": second,
                    "sentences": len(both),
                    "label_agreement": float(
                        (labels.loc[both.index, first] == labels.loc[both.index, second]).mean()
                    ),
                    "polarity_correlation": correlation,
                }
            )
    names_of_frame = ["backend_a", "backend_b", "sentences", "label_agreement",
                      "polarity_correlation"]  # fmt: skip
    return pd.DataFrame(rows, columns=names_of_frame)


def section_sentiment(scores: pd.DataFrame) -> pd.DataFrame:
    """Summarise ``sentence_sentiment`` scores per column, exchange, backend and section.

    One row per column, exchange, backend and section with ``sentences``, ``words``,
    ``polarity_weighted`` (mean polarity weighted by words per sentence) and the shares
    of negative, neutral and positive sentences: ``kolumne.sentiment.summary``, the same
    arithmetic as the ``sections`` frame.

    Example:
        >>> scores = pd.DataFrame({"column_id": "c", "exchange": 0, "backend": "b",
        ...                        "section": ["question", "question", "answer"],
        ...                        "polarity": [-0.5, 0.0, 0.5], "words": [3, 1, 2],
        ...                        "label": ["negative", "neutral", "positive"]})
        >>> section_sentiment(scores)[["section", "polarity_weighted", "negative_share"]].values.tolist()
        [['question', -0.375, 0.5], ['answer', 0.5, 0.0]]
    """
    keys = ["column_id", "exchange", "backend", "section"]
    summaries = [
        {
            **dict(zip(keys, key)),
            "sentences": len(group),
            "words": int(group["words"].sum()),
            **sentiment.summary(group["polarity"], group["words"], group["label"].tolist()),
        }
        for key, group in scores.groupby(keys, sort=False)
    ]
    return pd.DataFrame(summaries)


# ---------------------------------------------------------------------------------
# Sections and the comparison
# ---------------------------------------------------------------------------------


def readability_scores(columns: Iterable[Column], lang: str = "en") -> pd.DataFrame:
    """Every readability formula of each section's language, with the counts it used.

    One row per column, exchange, section and formula: ``formula``, ``value``,
    ``band`` (its interpretation band in ``lang``, where the formula has bands), the
    counts (``sentences``, ``words``, ``syllables``, ``long_words``,
    ``polysyllables``) and ``warning`` (e.g. a section under 100 words).

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nDer Hund bellt laut.\\nAntwort:\\nNein.")
        >>> row = readability_scores([column]).iloc[0]
        >>> row["section"], row["formula"], float(row["value"]), row["band"], int(row["words"])
        ('question', 'flesch_amstad', 117.5, 'very easy', 4)
    """
    counted = ("sentences", "words", "syllables", "long_words", "polysyllables")
    rows = []
    for column, exchange_index, section in _sections_of(columns):
        for formula, score in readability.scores(section, column.language).items():
            bands = metric(formula).bands
            rows.append(
                {
                    "column_id": column.column_id,
                    "exchange": exchange_index,
                    "section": section.kind,
                    "formula": formula,
                    "value": score.value,
                    "band": readability.band_label(score.value, bands, lang) if bands else None,
                    **{name: score.counts[name] for name in counted},
                    "warning": "; ".join(score.warnings),
                }
            )
    return pd.DataFrame(rows)


# The note of a directive share counted without the trained head: the contextual backend
# was not asked for, or its engine could not load here.
RULES_ONLY_NOTE = "rules only: without the contextual backend"


def _measure(section: Section, language: str, backends: Sequence[str]) -> Iterator[tuple]:
    """(metric, backend, value, note) for every metric of the section, in registry order.

    The directive head embeds sentences: it is used where the contextual backend is asked
    for (and so embeds them anyway); without it the directive share is the rules' alone,
    as fast as the word lists, and its note says so. The emotion rates come from the
    same embeddings' emotion head, so only with the contextual backend too.
    """
    scoring = backends_for(backends, language)
    use_head = "contextual" in scoring
    values = {
        "paragraphs": sum(not paragraph.is_heading for paragraph in section.paragraphs),
        "sentences": len(section.sentences),
        "words": len(section.words),
        **{name: score.value for name, score in readability.scores(section, language).items()},
        **tone.profile(section, language, use_head),
    }
    # Readability and tone rest on words: a section without any has no such value.
    without_words = f"no words in the {section.kind}" if not section.words else ""
    for record in metrics_for(language, kinds=(COUNT, READABILITY, TONE)):
        value = float(values[record.name])
        reason = note(record.name, language) or (without_words if math.isnan(value) else "")
        if record.name == "directive_share" and not use_head and not reason:
            reason = RULES_ONLY_NOTE
        yield record.name, "", value, reason
    for name in scoring:
        summary = sentiment.section_summary(section, name, language)
        reason = sentiment.unavailable_reason(name, language) or ""
        for record in metrics_for(language, kinds=(SENTIMENT,)):
            yield record.name, name, summary[record.name], reason
    if use_head:
        rates = contextual.emotion_rates(
            [sentence.text for sentence in section.sentences], language
        )
        for record in metrics_for(language, kinds=(EMOTION,)):
            emotion = record.name.removesuffix("_per_100_sentences")
            yield record.name, "contextual", rates[emotion], without_words


def section_records(column: Column, backends: Sequence[str] = ("default",)) -> list[dict]:
    """The rows of ``sections`` for one column, as plain dicts.

    For streaming many columns into one frame without holding the columns themselves.

    Example:
        >>> from kolumne import parse_column
        >>> records = section_records(parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nRufen Sie an."),
        ...                           backends=[])
        >>> [(r["section"], r["value"]) for r in records if r["metric"] == "imperative_share"]
        [('question', 0.0), ('answer', 1.0)]
    """
    records = []
    column_id = column.column_id
    for _column, exchange_index, section in _sections_of([column]):
        for name, backend, value, reason in _measure(section, column.language, backends):
            records.append(
                {
                    "column_id": column_id,
                    "exchange": exchange_index,
                    "section": section.kind,
                    "language": column.language,
                    "metric": name,
                    "backend": backend,
                    "value": value,
                    "note": reason,
                }
            )
    return records


def section_frame(records: list[dict]) -> pd.DataFrame:
    """A ``sections`` frame from ``section_records``: the repeated names as categories.

    ``column_id``, ``section``, ``language``, ``metric``, ``backend`` and ``note`` repeat
    on every row; as categories (in order of first appearance) they take one to four
    bytes a row, so an archive of 20,000 columns stays small. A metric without a record
    in ``kolumne.measures.metrics`` is refused: every number needs its unit and label.

    Example:
        >>> frame = section_frame([{"column_id": "a", "exchange": 0, "section": "question",
        ...     "language": "de", "metric": "words", "backend": "", "value": 3.0, "note": ""}])
        >>> str(frame["metric"].dtype), int(frame["value"].iloc[0])
        ('category', 3)
    """
    frame = pd.DataFrame.from_records(records, columns=SECTION_COLUMNS)
    unknown = set(pd.unique(frame["metric"])) - METRICS.keys()
    if unknown:
        raise ValueError(
            f"metric(s) {sorted(unknown)} have no record in kolumne.measures.metrics.METRICS"
        )
    for name in ("column_id", "section", "language", "metric", "backend", "note"):
        frame[name] = pd.Categorical(frame[name], categories=pd.unique(frame[name]))
    frame["exchange"] = frame["exchange"].astype("int16")
    frame["value"] = frame["value"].astype("float64")
    return frame


def sections(columns: Iterable[Column], backends: Sequence[str] = ("default",)) -> pd.DataFrame:
    """One row per column, exchange, section, metric and backend: every measured value.

    Columns: ``column_id``, ``exchange``, ``section``, ``language``, ``metric`` (a name
    from ``kolumne.measures.metrics``), ``backend`` (the sentiment backend; empty for
    metrics that need none), ``value`` and ``note`` (why a value is missing, e.g.
    "not available for en: German rules only"; else empty). Metrics: counts
    (``paragraphs``, ``sentences``, ``words``), the readability formulas of the column's
    language, the tone profile, and per backend ``polarity_weighted`` (mean sentence
    polarity weighted by words) and the shares of negative, neutral and positive
    sentences; with the contextual backend also the emotion rates
    (``anger_per_100_sentences`` …: sentences per 100 whose most likely emotion it is,
    backend ``contextual``). For a table with one column per metric:
    ``frame.pivot_table(index=["column_id", "exchange", "section"], columns="metric",
    values="value", observed=True)``.

    Example:
        >>> from kolumne import parse_column
        >>> column = parse_column("Frage:\\nIch habe Angst.\\nAntwort:\\nRufen Sie an.")
        >>> frame = sections([column], backends=["sentiws"])
        >>> frame[frame["metric"] == "imperative_share"][["section", "value"]].values.tolist()
        [['question', 0.0], ['answer', 1.0]]
    """
    return section_frame(
        [record for column in columns for record in section_records(column, backends)]
    )


def comparison(section_frame: pd.DataFrame) -> pd.DataFrame:
    """Question against answer: one row per column, exchange, metric and backend.

    Columns: ``column_id``, ``exchange``, ``language``, ``metric``, ``backend``,
    ``question``, ``answer``, ``difference`` (answer − question) and ``note``.
    ``section_frame`` is a ``sections`` frame; rows keep its order of columns and of
    metrics. An exchange without an answer (a filtered frame) gives NaN, not an error;
    two columns with one id are refused.

    Example:
        >>> frame = pd.DataFrame({"column_id": "c", "exchange": 0, "language": "de",
        ...                       "section": ["question", "answer"], "metric": "lix",
        ...                       "backend": "", "value": [40.0, 35.0], "note": ""})
        >>> comparison(frame).values.tolist()
        [['c', 0, 'de', 'lix', '', 40.0, 35.0, -5.0, '']]
    """
    frame = section_frame
    # Categories in order of first appearance: their codes number columns, metrics,
    # backends and notes in the order the frame shows them.
    column_id, metric, backend, note, language = (
        pd.Categorical(frame[name], categories=pd.unique(frame[name]))
        for name in ("column_id", "metric", "backend", "note", "language")
    )
    exchange = frame["exchange"].to_numpy(dtype="int64")
    # One number per exchange (in order of first appearance), then one per row for its
    # exchange, metric and backend: the two sections of a row share it, and sorting by
    # it keeps every order. Plain numbers keep the memory small at 20,000 columns.
    pair = pd.factorize(column_id.codes * (exchange.max(initial=0) + 1) + exchange)[0]
    metrics, backends = len(metric.categories), len(backend.categories)
    row = (pair * metrics + metric.codes) * backends + backend.codes
    halves = {}
    for section in ("question", "answer"):
        rows = (frame["section"] == section).to_numpy()
        half = pd.DataFrame({"value": frame["value"].to_numpy()[rows],
                             "note": note.codes[rows]}, index=row[rows])  # fmt: skip
        if half.index.has_duplicates:
            twice = column_id[rows][half.index.duplicated()][0]
            raise ValueError(
                f"column_id {twice!r} has more than one section of a kind for one exchange: "
                "two columns share this id (files of the same name?)"
            )
        halves[section] = half
    index = halves["question"].index.union(halves["answer"].index)
    question, answer = (halves[section].reindex(index) for section in ("question", "answer"))
    # The exchange's own columns come from its first row.
    first_row = np.unique(pair, return_index=True)[1]
    of_pair = index.to_numpy() // (metrics * backends)
    wide = pd.DataFrame(
        {
            "column_id": column_id[first_row][of_pair],
            "exchange": frame["exchange"].to_numpy()[first_row][of_pair],
            "language": language[first_row][of_pair],
            "metric": pd.Categorical.from_codes(
                index.to_numpy() // backends % metrics, dtype=metric.dtype
            ),
            "backend": pd.Categorical.from_codes(index.to_numpy() % backends, dtype=backend.dtype),
            "question": question["value"].to_numpy(),
            "answer": answer["value"].to_numpy(),
        }
    )
    wide["difference"] = wide["answer"] - wide["question"]
    wide["note"] = _one_note(note.categories, question["note"], answer["note"])
    return wide[COMPARISON_COLUMNS]


def _one_note(notes: pd.Index, question: pd.Series, answer: pd.Series) -> pd.Categorical:
    """The question's note, the answer's, or both joined where they differ and neither
    is empty, as categories (the same few notes repeat on every row); ``question`` and
    ``answer`` hold codes into ``notes`` (NaN where the section is missing)."""
    texts = np.array([*notes.astype(str), ""], dtype=object)
    # A missing section has no note: the code of the "" appended above.
    question_text = texts[question.fillna(len(notes)).to_numpy(dtype="int64")]
    answer_text = texts[answer.fillna(len(notes)).to_numpy(dtype="int64")]
    note = np.where(question_text != "", question_text, answer_text)
    both = (question_text != answer_text) & (question_text != "") & (answer_text != "")
    note[both] = question_text[both] + "; " + answer_text[both]
    return pd.Categorical(note)


def by_exchange(frame: pd.DataFrame) -> Iterator[tuple[str, int, int, pd.DataFrame]]:
    """``(column_id, exchange, exchanges, rows)`` for each exchange of a frame, in order:
    one chart per exchange, and ``exchanges`` (how many the column has) for its caption.

    Example:
        >>> frame = pd.DataFrame({"column_id": ["a", "a", "b"], "exchange": [0, 1, 0],
        ...                       "value": [1, 2, 3]})
        >>> [(column, exchange, total, len(rows)) for column, exchange, total, rows in by_exchange(frame)]
        [('a', 0, 2, 1), ('a', 1, 2, 1), ('b', 0, 1, 1)]
    """
    totals = frame.groupby("column_id", sort=False, observed=True)["exchange"].nunique()
    for (column_id, exchange), rows in frame.groupby(
        ["column_id", "exchange"], sort=False, observed=True
    ):
        yield str(column_id), int(exchange), int(totals[column_id]), rows


def wide(section_frame: pd.DataFrame, metrics: Sequence[str] | None = None) -> pd.DataFrame:
    """A ``sections`` frame as a table: one row per column, exchange, section (and
    backend, where there is one), one column per metric, in registry order.

    Example:
        >>> frame = pd.DataFrame({"column_id": "c", "exchange": 0, "section": ["question", "answer"],
        ...                       "language": "de", "metric": "words", "backend": "",
        ...                       "value": [139.0, 277.0], "note": ""})
        >>> wide(frame).values.tolist()
        [['c', 0, 'question', 139.0], ['c', 0, 'answer', 277.0]]
    """
    chosen = section_frame
    if metrics is not None:
        chosen = chosen[chosen["metric"].astype(str).isin(metrics)]
    backends = [name for name in pd.unique(chosen["backend"].astype(str)) if name]
    keys = [*SECTION_KEYS, *(["backend"] if backends else [])]
    table = chosen.assign(metric=chosen["metric"].astype(str)).pivot_table(
        index=keys, columns="metric", values="value", sort=False, observed=True, dropna=False
    )
    ordered = [name for name in METRICS if name in table.columns]
    table = table[ordered].reset_index()
    table.columns.name = None
    return table


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
