"""The registry: every number kolumne reports, declared once.

One ``Metric`` per name, with its unit (in the name and as an axis label), what a higher
value means, its English and German label, the chart panel it is drawn in, its
interpretation bands, the languages it has rules for, and the smallest difference
between question and answer that the generated reading calls clear. Frames, charts, the
reading and the command line take names, order and labels from here; a frame with a
metric that has no record is an error.

Example:
    >>> METRICS["imperative_share"].label("de"), METRICS["imperative_share"].unit
    ('Aufforderungen (Imperativ)', 'share_of_sentences')
    >>> note("formal_address_per_100_words", "en")
    'not available for en: German rules only'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kolumne.measures import readability
from kolumne.measures.readability import Band
from kolumne.text import LANGUAGES, Language
from kolumne.text.language import not_available_note

# Metric kinds: where the value comes from. Emotion comes from the contextual backend's
# emotion head alone: no word list has one.
COUNT, READABILITY, TONE, SENTIMENT, EMOTION = (
    "count", "readability", "tone", "sentiment", "emotion",
)  # fmt: skip


@dataclass(frozen=True)
class Metric:
    """One reported number.

    ``unit`` names its axis ("per_100_words", "share_of_sentences", …; a label key of
    ``kolumne.figures.labels``); ``higher_is`` says what a higher value means where it
    means something ("easier", "harder"); ``panel`` groups metrics that share an axis in
    a chart; ``languages`` are those with rules for it; a ``language_specific`` metric
    (a formula of one language, such as Flesch-Amstad) is reported only for those
    languages, any other for every column, empty with a ``note`` where it has no rules;
    ``per_backend`` metrics come once per sentiment backend; ``clear_difference`` is the
    smallest answer − question the reading calls clear; ``scale`` is the range a formula's
    published scale covers (Wiener Sachtextformel 4 … 15): a value outside it is possible
    (a very short, simple text), but the formula's bands say nothing about it.

    Example:
        >>> METRICS["flesch_amstad"].higher_is, METRICS["flesch_amstad"].languages
        ('easier', ('de',))
        >>> METRICS["wiener_sachtextformel_1"].scale
        (4, 15)
    """

    name: str
    kind: str
    unit: str
    label_en: str
    label_de: str
    panel: str | None = None
    higher_is: str | None = None
    languages: tuple[Language, ...] = LANGUAGES
    language_specific: bool = False
    per_backend: bool = False
    bands: tuple[Band, ...] = ()
    clear_difference: float | None = None
    scale: tuple[float, float] | None = None

    def label(self, lang: Language = "en") -> str:
        """The chart label in English or German.

        Example:
            >>> METRICS["question_share"].label("de")
            'Fragen'
        """
        if lang not in ("en", "de"):
            raise ValueError(f"lang must be 'en' or 'de', not {lang!r}")
        return self.label_en if lang == "en" else self.label_de


@dataclass(frozen=True)
class UnitScale:
    """Where the chart axis of a unit runs: fixed by the unit, never by the data, so that
    a negligible difference never fills a panel.

    ``low`` … ``high`` is the axis of a value (a share 0 … 1, polarity −1 … +1; an
    open-ended rate gets a range that holds ordinary columns); ``difference`` is half the
    width of an answer − question axis. An axis grows in steps of ``step`` only where a
    value would fall outside it, never past ``largest_difference`` (the most two values
    can differ; None: no such limit). ``percent`` units are drawn times 100.

    Example:
        >>> UNIT_SCALES["polarity"].difference, UNIT_SCALES["polarity"].largest_difference
        (1.0, 2.0)
    """

    low: float
    high: float
    difference: float
    step: float
    largest_difference: float | None = None
    percent: bool = False


_SHARE = UnitScale(0.0, 1.0, difference=0.5, step=0.25, largest_difference=1.0, percent=True)
# Keyed by ``Metric.unit``; the tone and corpus charts draw a panel per unit.
UNIT_SCALES: dict[str, UnitScale] = {
    # Pronouns of an ordinary column: up to about 15 per 100 words.
    "per_100_words": UnitScale(0.0, 15.0, difference=15.0, step=5.0),
    "share_of_sentences": _SHARE,
    "share_of_characters": _SHARE,
    "polarity": UnitScale(-1.0, 1.0, difference=1.0, step=0.5, largest_difference=2.0),
    "words": UnitScale(0.0, 40.0, difference=10.0, step=5.0),
    "per_100_sentences": UnitScale(
        0.0, 100.0, difference=50.0, step=25.0, largest_difference=100.0
    ),
}


_GERMAN: tuple[Language, ...] = ("de",)
_ENGLISH: tuple[Language, ...] = ("en",)
# The published scales: school grades 4 … 15 (Bamberger & Vanecek 1984) and reading ease
# 0 … 100 (Flesch 1948, Amstad 1978); LIX has no upper end, its bands run from 0 to 100.
_WIENER_SCALE = (4, 15)
_READING_EASE_SCALE = (0, 100)
_LIX_SCALE = (0, 100)
# Flesch-Kincaid has no fixed end; it is read as a US school grade, from kindergarten
# (0) through twelfth grade and the years of college and graduate school beyond.
_US_GRADE_SCALE = (0, 18)


# The emotions of the annotation guidelines other than "none": the English name, which is
# also the name of the head's class, and the German one.
EMOTIONS: dict[str, str] = {
    "anger": "Ärger",
    "fear": "Angst",
    "sadness": "Traurigkeit",
    "shame": "Scham",
    "joy": "Freude",
    "gratitude": "Dankbarkeit",
    "hope": "Hoffnung",
}


def _emotion_rate(emotion: str) -> Metric:
    return Metric(
        f"{emotion}_per_100_sentences",
        EMOTION,
        "per_100_sentences",
        f"sentences of {emotion}",
        f"Sätze mit {EMOTIONS[emotion]}",
        per_backend=True,
        clear_difference=10.0,
    )


def _wiener_sachtextformel(variant: int) -> Metric:
    return Metric(
        f"wiener_sachtextformel_{variant}", READABILITY, "school_grade",
        f"Wiener Sachtextformel {variant}", f"Wiener Sachtextformel {variant}",
        panel="wiener_sachtextformel", higher_is="harder", languages=_GERMAN,
        language_specific=True, bands=readability.WIENER_SACHTEXTFORMEL_BANDS,
        clear_difference=1.0, scale=_WIENER_SCALE,
    )  # fmt: skip


_RECORDS = (
    Metric("paragraphs", COUNT, "count", "paragraphs", "Absätze"),
    Metric("sentences", COUNT, "count", "sentences", "Sätze"),
    Metric("words", COUNT, "count", "words", "Wörter"),
    Metric(
        "flesch_amstad",
        READABILITY,
        "reading_ease",
        "Flesch-Amstad",
        "Flesch-Amstad",
        panel="flesch_amstad",
        higher_is="easier",
        languages=_GERMAN,
        language_specific=True,
        bands=readability.FLESCH_AMSTAD_BANDS,
        clear_difference=5.0,
        scale=_READING_EASE_SCALE,
    ),
    *(_wiener_sachtextformel(variant) for variant in (1, 2, 3, 4)),
    Metric(
        "lix",
        READABILITY,
        "reading_index",
        "LIX",
        "LIX",
        panel="lix",
        higher_is="harder",
        languages=_GERMAN,
        language_specific=True,
        bands=readability.LIX_BANDS,
        clear_difference=5.0,
        scale=_LIX_SCALE,
    ),
    Metric(
        "smog_de",
        READABILITY,
        "school_grade",
        "SMOG (German)",
        "SMOG (deutsch)",
        higher_is="harder",
        languages=_GERMAN,
        language_specific=True,
        clear_difference=1.0,
    ),
    Metric(
        "flesch_reading_ease",
        READABILITY,
        "reading_ease",
        "Flesch reading ease",
        "Flesch-Lesbarkeit",
        panel="flesch_reading_ease",
        higher_is="easier",
        languages=_ENGLISH,
        language_specific=True,
        bands=readability.FLESCH_READING_EASE_BANDS,
        clear_difference=5.0,
        scale=_READING_EASE_SCALE,
    ),
    Metric(
        "flesch_kincaid_grade",
        READABILITY,
        "school_grade",
        "Flesch-Kincaid grade",
        "Flesch-Kincaid-Stufe",
        panel="flesch_kincaid_grade",
        higher_is="harder",
        languages=_ENGLISH,
        language_specific=True,
        clear_difference=1.0,
        scale=_US_GRADE_SCALE,
    ),
    Metric(
        "smog_en",
        READABILITY,
        "school_grade",
        "SMOG",
        "SMOG (englisch)",
        higher_is="harder",
        languages=_ENGLISH,
        language_specific=True,
        clear_difference=1.0,
    ),
    Metric(
        "first_person_singular_per_100_words",
        TONE,
        "per_100_words",
        "“I, me, my”",
        "„ich, mich, mein“",
        panel="per_100_words",
        clear_difference=2.0,
    ),
    Metric(
        "first_person_plural_per_100_words",
        TONE,
        "per_100_words",
        "“we, us, our”",
        "„wir, uns, unser“",
        panel="per_100_words",
        clear_difference=2.0,
    ),
    Metric(
        "second_person_per_100_words",
        TONE,
        "per_100_words",
        "“you, your”",
        "„du“ oder „Sie“",
        panel="per_100_words",
        clear_difference=2.0,
    ),
    Metric(
        "informal_second_person_per_100_words",
        TONE,
        "per_100_words",
        "informal “du”",
        "„du, dich, dein“",
        panel="per_100_words",
        languages=_GERMAN,
        clear_difference=2.0,
    ),
    Metric(
        "formal_address_per_100_words",
        TONE,
        "per_100_words",
        "formal “Sie”",
        "„Sie, Ihnen, Ihr“",
        panel="per_100_words",
        languages=_GERMAN,
        clear_difference=2.0,
    ),
    Metric(
        "hedges_per_100_words",
        TONE,
        "per_100_words",
        "hedges (maybe, perhaps …)",
        "Abschwächungen (vielleicht …)",
        panel="per_100_words",
        clear_difference=2.0,
    ),
    Metric(
        "intensifiers_per_100_words",
        TONE,
        "per_100_words",
        "intensifiers (very, really …)",
        "Verstärker (sehr …)",
        panel="per_100_words",
        clear_difference=2.0,
    ),
    Metric(
        "imperative_share",
        TONE,
        "share_of_sentences",
        "imperatives",
        "Aufforderungen (Imperativ)",
        panel="share_of_sentences",
        clear_difference=0.1,
    ),
    Metric(
        "advice_modal_share",
        TONE,
        "share_of_sentences",
        "advice phrases (you should …)",
        "Ratschläge (sollten …)",
        panel="share_of_sentences",
        clear_difference=0.1,
    ),
    Metric(
        "directive_share",
        TONE,
        "share_of_sentences",
        "directives (as readers see them)",
        "Handlungsanweisungen (wie Leser sie sehen)",
        panel="share_of_sentences",
        clear_difference=0.1,
    ),
    Metric(
        "question_share",
        TONE,
        "share_of_sentences",
        "questions",
        "Fragen",
        panel="share_of_sentences",
        clear_difference=0.1,
    ),
    Metric(
        "exclamation_share",
        TONE,
        "share_of_sentences",
        "exclamations",
        "Ausrufe",
        panel="share_of_sentences",
        clear_difference=0.1,
    ),
    Metric(
        "quoted_speech_share",
        TONE,
        "share_of_characters",
        "quoted speech of others",
        "wörtliche Rede anderer",
        panel="share_of_characters",
        clear_difference=0.1,
    ),
    Metric(
        "mean_sentence_length_words",
        TONE,
        "words",
        "words per sentence",
        "Wörter pro Satz",
        clear_difference=3.0,
    ),
    Metric(
        "polarity_weighted",
        SENTIMENT,
        "polarity",
        "polarity, weighted by words",
        "Polarität, nach Wörtern gewichtet",
        panel="polarity",
        languages=_GERMAN,
        per_backend=True,
        clear_difference=0.05,
    ),
    Metric(
        "negative_share",
        SENTIMENT,
        "share_of_sentences",
        "negative sentences",
        "negative Sätze",
        panel="share_of_sentences",
        languages=_GERMAN,
        per_backend=True,
        clear_difference=0.1,
    ),
    Metric(
        "neutral_share",
        SENTIMENT,
        "share_of_sentences",
        "neutral sentences",
        "neutrale Sätze",
        languages=_GERMAN,
        per_backend=True,
        clear_difference=0.1,
    ),
    Metric(
        "positive_share",
        SENTIMENT,
        "share_of_sentences",
        "positive sentences",
        "positive Sätze",
        panel="share_of_sentences",
        languages=_GERMAN,
        per_backend=True,
        clear_difference=0.1,
    ),
    *(_emotion_rate(emotion) for emotion in EMOTIONS),
)

METRICS: dict[str, Metric] = {metric.name: metric for metric in _RECORDS}


def metric(name: str) -> Metric:
    """The record of ``name``; a ``KeyError`` that names the registry for an unknown one.

    Example:
        >>> metric("lix").higher_is
        'harder'
    """
    try:
        return METRICS[name]
    except KeyError:
        raise KeyError(
            f"metric {name!r} has no record in kolumne.measures.metrics.METRICS"
        ) from None


def metrics_for(language: Language, kinds: Iterable[str] | None = None) -> list[Metric]:
    """The metrics reported for a column in ``language``, in registry order.

    Example:
        >>> [m.name for m in metrics_for("en", kinds=[READABILITY])]
        ['flesch_reading_ease', 'flesch_kincaid_grade', 'smog_en']
    """
    wanted = set(kinds) if kinds is not None else None
    return [
        record
        for record in _RECORDS
        if (wanted is None or record.kind in wanted)
        and (not record.language_specific or language in record.languages)
    ]


def note(name: str, language: Language) -> str:
    """Why ``name`` has no value for a column in ``language`` ("" where it has rules).

    Example:
        >>> note("question_share", "en"), note("formal_address_per_100_words", "en")
        ('', 'not available for en: German rules only')
    """
    record = metric(name)
    if language in record.languages:
        return ""
    return not_available_note(language, record.languages)


def label(name: str, lang: Language = "en", backend: str | None = None) -> str:
    """The chart label of a metric; a sentiment metric names its backend.

    Example:
        >>> label("polarity_weighted", "en", backend="sentiws")
        'polarity, weighted by words (sentiws)'
    """
    text = metric(name).label(lang)
    return f"{text} ({backend})" if backend else text
