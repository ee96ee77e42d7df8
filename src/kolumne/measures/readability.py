"""Readability of a section: Flesch-Amstad, Wiener Sachtextformel 1-4, LIX and German
SMOG for German; Flesch reading ease, Flesch-Kincaid grade and SMOG for English.

``scores(section, language)`` gives every formula of the section's language as a
``Score``: the value plus the counts it was computed from, so a reader can check the
arithmetic, and warnings when the section is too short for the formula to mean much.
The formulas themselves take those counts (``TextCounts``), exactly as published.

Counting conventions (the same for every formula), all from the loader's tokens:

* Sentences are the section's sentences (no minimum length: "Nicht." is a sentence);
  a sentence without a single word (say "2016.") is not counted.
* Words are the sentences' ``word`` tokens (``kolumne.text.words``): a hyphenated
  compound ("Computer-Signatur-Antwort") is ONE word, its syllables the sum of its
  parts; numbers, web and e-mail addresses are not words.
* A long word has more than 6 letters (hyphens are not letters).
* A polysyllable has 3 or more syllables, a monosyllable exactly 1.

Example:
    >>> from kolumne.load import parse_section
    >>> score = scores(parse_section("Der Hund bellt. Die Katze schläft.", "de"), "de")
    >>> score["flesch_amstad"].counts["syllables"], round(score["flesch_amstad"].value, 2)
    (7, 108.75)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from kolumne.model import Section
from kolumne.text import Language, check_language, english_syllables, german_syllables, letter_count

# Below this many words the formulas (calibrated on passages of 100+ words) are noisy.
MINIMUM_WORDS = 100
LONG_WORD_MIN_LETTERS = 7
POLYSYLLABLE_MIN_SYLLABLES = 3
# McLaughlin (1969) counts the polysyllables of 30 sentences: 10 from the start, 10 from
# the middle and 10 from the end of a text.
SMOG_SAMPLE_SENTENCES = 30

# ---------------------------------------------------------------------------
# Counting a text
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TextCounts:
    """What the readability formulas count in a section.

    Example:
        >>> from kolumne.load import parse_section
        >>> count(parse_section("Nicht. Rufen Sie an.", "de"), "de").sentences
        2
    """

    sentences: int
    words: int
    syllables: int
    letters: int
    long_words: int
    polysyllables: int
    monosyllables: int


def count(section: Section, language: Language) -> TextCounts:
    """Count the sentences, words, syllables and word classes of ``section``.

    See the module docstring for the conventions; ``language`` picks the syllable rules.

    Example:
        >>> from kolumne.load import parse_section
        >>> counts = count(parse_section("Nicht. Ich möchte meinen Kunden Bescheid sagen.", "de"), "de")
        >>> counts.sentences, counts.words, counts.syllables, counts.letters
        (2, 7, 12, 39)
        >>> counts.long_words, counts.polysyllables, counts.monosyllables
        (1, 0, 2)
    """
    count_syllables = english_syllables if check_language(language) == "en" else german_syllables
    frequencies = section.word_frequencies
    syllable_total = letter_total = long_words = polysyllables = monosyllables = 0
    # Each distinct word once, times its frequency: "die", "und", "Sie" recur a lot.
    for word, frequency in frequencies.items():
        syllable_count, letters = count_syllables(word), letter_count(word)
        syllable_total += frequency * syllable_count
        letter_total += frequency * letters
        long_words += frequency * (letters >= LONG_WORD_MIN_LETTERS)
        polysyllables += frequency * (syllable_count >= POLYSYLLABLE_MIN_SYLLABLES)
        monosyllables += frequency * (syllable_count == 1)
    return TextCounts(
        sentences=sum(1 for sentence in section.sentences if sentence.words),
        words=frequencies.total(),
        syllables=syllable_total,
        letters=letter_total,
        long_words=long_words,
        polysyllables=polysyllables,
        monosyllables=monosyllables,
    )


# ---------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """A readability value with the counts behind it.

    ``counts`` holds the ``TextCounts`` fields plus the ratios the formula used
    (``words_per_sentence``, ``syllables_per_word``, percentages …). ``warnings``
    says when the value should not be trusted, e.g. "only 12 words; readability
    formulas assume longer texts (100 words or more)". An empty text gives ``nan``.

    Example:
        >>> Score(value=54.5, counts={"words": 139}).warnings
        ()
    """

    value: float
    counts: dict[str, int | float]
    warnings: tuple[str, ...] = ()


def _score(value: float, counts: TextCounts, ratios: dict[str, float]) -> Score:
    # vars(), not asdict(): TextCounts holds only ints, so asdict's deep copy is wasted.
    return Score(value=value, counts={**vars(counts), **ratios}, warnings=_warnings_for(counts))


def _warnings_for(counts: TextCounts) -> tuple[str, ...]:
    if counts.words == 0 or counts.sentences == 0:
        return ("no words or no sentences; the formula is undefined",)
    if counts.words < MINIMUM_WORDS:
        message = (
            f"only {counts.words} words; readability formulas assume longer texts "
            f"({MINIMUM_WORDS} words or more)"
        )
        return (message,)
    return ()


def _ratios(counts: TextCounts) -> dict[str, float]:
    """The averages and percentages the formulas use.

    Dividing by NaN instead of zero makes every ratio, and so every formula value,
    NaN for a text without words or sentences.
    """
    word_count = counts.words or math.nan
    sentence_count = counts.sentences or math.nan
    return {
        "words_per_sentence": counts.words / sentence_count,
        "syllables_per_word": counts.syllables / word_count,
        "percent_polysyllables": 100 * counts.polysyllables / word_count,
        "percent_long_words": 100 * counts.long_words / word_count,
        "percent_monosyllables": 100 * counts.monosyllables / word_count,
        "polysyllables_per_sentence": counts.polysyllables / sentence_count,
    }


def flesch_amstad(counts: TextCounts) -> Score:
    """German Flesch reading ease after Amstad (1978): 180 − ASL − 58.5 · ASW.

    ASL is words per sentence, ASW syllables per word. 0 is very hard, 100 very easy
    (see ``FLESCH_AMSTAD_BANDS``). Source: T. Amstad, *Wie verständlich sind unsere
    Zeitungen?*, Zürich 1978; de.wikipedia.org "Lesbarkeitsindex".

    Example:
        >>> counts = TextCounts(sentences=1, words=4, syllables=4, letters=16, long_words=0,
        ...                     polysyllables=0, monosyllables=4)  # "Der Hund bellt laut."
        >>> round(flesch_amstad(counts).value, 3)  # 180 - 4 - 58.5 * 4/4
        117.5
    """
    ratios = _ratios(counts)
    value = 180 - ratios["words_per_sentence"] - 58.5 * ratios["syllables_per_word"]
    return _score(value, counts, ratios)


# Bamberger & Vanecek (1984), *Lesen – Verstehen – Lernen – Schreiben*, Wien. The
# coefficients agree with textstat (textstat/backend/metrics/_wiener_sachtextformel.py,
# which cites de.wikipedia.org "Lesbarkeitsindex") and with the calculator at
# oscarstories.com/calculator/wiener-sachtextformel. Each row: weights of MS, SL,
# IW, ES and the constant; MS = % words of 3+ syllables, SL = words per sentence,
# IW = % words of more than 6 letters, ES = % words of one syllable.
WIENER_SACHTEXTFORMEL_COEFFICIENTS = {
    1: (0.1935, 0.1672, 0.1297, -0.0327, -0.875),
    2: (0.2007, 0.1682, 0.1373, 0.0, -2.779),
    3: (0.2963, 0.1905, 0.0, 0.0, -1.1144),
    4: (0.2744, 0.2656, 0.0, 0.0, -1.693),
}


def wiener_sachtextformel(counts: TextCounts, variant: int = 1) -> Score:
    """Wiener Sachtextformel (Bamberger & Vanecek 1984), variants 1–4: a school grade.

    WSTF1 = 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875
    WSTF2 = 0.2007·MS + 0.1682·SL + 0.1373·IW − 2.779
    WSTF3 = 0.2963·MS + 0.1905·SL − 1.1144
    WSTF4 = 0.2744·MS + 0.2656·SL − 1.693
    with MS = % of words with 3+ syllables, SL = words per sentence, IW = % of words
    with more than 6 letters, ES = % of words with one syllable. The scale runs from
    grade 4 (very easy) to 15 (very hard), see ``WIENER_SACHTEXTFORMEL_BANDS``.
    Coefficients checked against textstat's implementation (which cites
    de.wikipedia.org "Lesbarkeitsindex") and the oscarstories.com calculator.

    Example:
        >>> counts = TextCounts(sentences=1, words=4, syllables=4, letters=16, long_words=0,
        ...                     polysyllables=0, monosyllables=4)  # "Der Hund bellt laut."
        >>> score = wiener_sachtextformel(counts, variant=3)
        >>> round(score.value, 4)  # 0.2963 * 0 + 0.1905 * 4 - 1.1144
        -0.3524
    """
    if variant not in WIENER_SACHTEXTFORMEL_COEFFICIENTS:
        raise ValueError(f"variant must be 1, 2, 3 or 4, not {variant!r}")
    ms_weight, sl_weight, iw_weight, es_weight, constant = WIENER_SACHTEXTFORMEL_COEFFICIENTS[
        variant
    ]
    ratios = _ratios(counts)
    value = (
        ms_weight * ratios["percent_polysyllables"]
        + sl_weight * ratios["words_per_sentence"]
        + iw_weight * ratios["percent_long_words"]
        + es_weight * ratios["percent_monosyllables"]
        + constant
    )
    return _score(value, counts, ratios)


def lix(counts: TextCounts) -> Score:
    """LIX (Björnsson 1968): words per sentence + 100 · long words / words.

    A long word has more than 6 letters. Below 30 very easy, above 60 very hard (see
    ``LIX_BANDS``).

    Example:
        >>> counts = TextCounts(sentences=2, words=6, syllables=9, letters=32, long_words=2,
        ...                     polysyllables=0, monosyllables=3)  # "Der Hund bellt. Die Nachbarn schimpfen."
        >>> round(lix(counts).value, 2)  # 6/2 + 100 * 2/6
        36.33
    """
    ratios = _ratios(counts)
    value = ratios["words_per_sentence"] + ratios["percent_long_words"]
    return _score(value, counts, ratios)


def smog_de(counts: TextCounts) -> Score:
    """German SMOG (Bamberger & Vanecek 1984): √(polysyllables · 30 / sentences) − 2.

    Polysyllables have 3 or more syllables; the value is a school grade. Formula as
    documented for ``index = "SMOG.de"`` in the R package koRpus (``readability()``),
    which cites Bamberger & Vanecek 1984.

    Example:
        >>> counts = TextCounts(sentences=1, words=5, syllables=15, letters=32, long_words=3,
        ...                     polysyllables=3, monosyllables=2)  # "Die Familie bearbeitet die Situation."
        >>> round(smog_de(counts).value, 3)  # sqrt(3 * 30) - 2
        7.487
    """
    ratios = _ratios(counts)
    value = math.sqrt(30 * ratios["polysyllables_per_sentence"]) - 2
    return _score(value, counts, ratios)


def flesch_reading_ease(counts: TextCounts) -> Score:
    """English Flesch reading ease (Flesch 1948): 206.835 − 1.015·ASL − 84.6·ASW.

    Syllables are counted with ``kolumne.text.english_syllables``.

    Example (6 words of one syllable: 206.835 − 1.015 · 6 − 84.6 · 1 = 116.145):
        >>> counts = TextCounts(sentences=1, words=6, syllables=6, letters=17, long_words=0,
        ...                     polysyllables=0, monosyllables=6)  # "The cat sat on the mat."
        >>> round(flesch_reading_ease(counts).value, 1)
        116.1
    """
    ratios = _ratios(counts)
    value = 206.835 - 1.015 * ratios["words_per_sentence"] - 84.6 * ratios["syllables_per_word"]
    return _score(value, counts, ratios)


def flesch_kincaid_grade(counts: TextCounts) -> Score:
    """Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39·ASL + 11.8·ASW − 15.59.

    Example (6 words of one syllable: 0.39 · 6 + 11.8 · 1 − 15.59 = −1.45):
        >>> counts = TextCounts(sentences=1, words=6, syllables=6, letters=17, long_words=0,
        ...                     polysyllables=0, monosyllables=6)  # "The cat sat on the mat."
        >>> round(flesch_kincaid_grade(counts).value, 2)
        -1.45
    """
    ratios = _ratios(counts)
    value = 0.39 * ratios["words_per_sentence"] + 11.8 * ratios["syllables_per_word"] - 15.59
    return _score(value, counts, ratios)


def smog_en(counts: TextCounts) -> Score:
    """English SMOG (McLaughlin 1969): 1.0430 · √(polysyllables · 30 / sentences) + 3.1291.

    Polysyllables have 3 or more syllables (``kolumne.text.english_syllables``); the
    value is a school grade. Source: G. H. McLaughlin, "SMOG Grading – a New
    Readability Formula", *Journal of Reading* 12 (8), 1969, 639–646. The formula
    assumes a sample of 30 sentences; a section with fewer gets a warning, since its
    count of polysyllables is scaled up to 30 sentences.

    Example (2 sentences, 4 polysyllables: 1.0430 · √(4 · 30 / 2) + 3.1291 = 11.208):
        >>> counts = TextCounts(sentences=2, words=12, syllables=22, letters=70, long_words=4,
        ...                     polysyllables=4, monosyllables=6)
        >>> score = smog_en(counts)
        >>> round(score.value, 3), score.warnings[-1]
        (11.208, 'only 2 sentences; SMOG assumes a sample of 30 sentences (McLaughlin 1969)')
    """
    ratios = _ratios(counts)
    value = 1.0430 * math.sqrt(30 * ratios["polysyllables_per_sentence"]) + 3.1291
    score = _score(value, counts, ratios)
    if 0 < counts.sentences < SMOG_SAMPLE_SENTENCES:
        message = (
            f"only {counts.sentences} sentences; SMOG assumes a sample of "
            f"{SMOG_SAMPLE_SENTENCES} sentences (McLaughlin 1969)"
        )
        return replace(score, warnings=(*score.warnings, message))
    return score


# ---------------------------------------------------------------------------
# Interpretation bands, for shading charts: (low, high, label_en, label_de)
# ---------------------------------------------------------------------------

Band = tuple[float, float, str, str]

# Amstad (1978): the usual seven bands of German reading ease.
FLESCH_AMSTAD_BANDS: tuple[Band, ...] = (
    (0, 30, "very difficult", "sehr schwer"),
    (30, 50, "difficult", "schwer"),
    (50, 60, "fairly difficult", "mittelschwer"),
    (60, 70, "standard", "mittel"),
    (70, 80, "fairly easy", "mittelleicht"),
    (80, 90, "easy", "leicht"),
    (90, 100, "very easy", "sehr leicht"),
)

# Flesch's own table of reading-ease scores: R. Flesch, "A new readability yardstick",
# Journal of Applied Psychology 32 (3), 1948, 221-233, repeated in The Art of Readable
# Writing (1949), p. 149 (as quoted in W. H. DuBay, The Principles of Readability, 2004):
# 0-30 very difficult, 30-50 difficult, 50-60 fairly difficult, 60-70 standard, 70-80
# fairly easy, 80-90 easy, 90-100 very easy. Amstad (1978) took over the same bands.
FLESCH_READING_EASE_BANDS: tuple[Band, ...] = FLESCH_AMSTAD_BANDS

# School grades 4 (very easy) to 15 (very difficult); above 12 the grade is better
# read as a level of difficulty. Scale and grouping into five bands as explained by
# the calculator at oscarstories.com/calculator/wiener-sachtextformel.
WIENER_SACHTEXTFORMEL_BANDS: tuple[Band, ...] = (
    (4, 6, "very easy (grades 4-5)", "sehr leicht (Stufe 4-5)"),
    (6, 8, "easy (grades 6-7)", "leicht (Stufe 6-7)"),
    (8, 11, "average (grades 8-10)", "mittel (Stufe 8-10)"),
    (11, 13, "difficult (grades 11-12)", "schwer (Stufe 11-12)"),
    (13, 15, "very difficult (13-15)", "sehr schwer (13-15)"),
)

# LIX as usually read after Björnsson (1968): from children's books (below 30) to
# specialist texts (above 60).
LIX_BANDS: tuple[Band, ...] = (
    (0, 30, "very easy", "sehr leicht"),
    (30, 40, "easy", "leicht"),
    (40, 50, "medium", "mittel"),
    (50, 60, "difficult", "schwer"),
    (60, 100, "very difficult", "sehr schwer"),
)


def band_label(value: float, bands: tuple[Band, ...], language: Language = "en") -> str | None:
    """The label of the band that ``value`` falls in (None for NaN).

    A value on a border belongs to the upper band; values below the first band or
    above the last are clamped into it (a Flesch score of 105 is "very easy").

    Example:
        >>> band_label(54.46, FLESCH_AMSTAD_BANDS, "de")
        'mittelschwer'
    """
    if math.isnan(value):
        return None
    index = 2 if language == "en" else 3
    for band in bands:
        if band[0] <= value < band[1]:
            return band[index]
    return bands[0][index] if value < bands[0][0] else bands[-1][index]


# ---------------------------------------------------------------------------
# Every formula of a language
# ---------------------------------------------------------------------------

FORMULAS: dict[Language, dict[str, Callable[[TextCounts], Score]]] = {
    "de": {
        "flesch_amstad": flesch_amstad,
        **{
            f"wiener_sachtextformel_{variant}": (
                lambda counts, variant=variant: wiener_sachtextformel(counts, variant)
            )
            for variant in WIENER_SACHTEXTFORMEL_COEFFICIENTS
        },
        "lix": lix,
        "smog_de": smog_de,
    },
    "en": {
        "flesch_reading_ease": flesch_reading_ease,
        "flesch_kincaid_grade": flesch_kincaid_grade,
        "smog_en": smog_en,
    },
}


def scores(section: Section, language: Language) -> dict[str, Score]:
    """Every readability formula of ``language`` for ``section``, by metric name.

    Example:
        >>> from kolumne.load import parse_section
        >>> list(scores(parse_section("The cat sat on the mat.", "en"), "en"))
        ['flesch_reading_ease', 'flesch_kincaid_grade', 'smog_en']
    """
    counts = count(section, language)
    return {name: formula(counts) for name, formula in FORMULAS[check_language(language)].items()}
