"""Readability of German (and English) texts: syllables, Flesch-Amstad, Wiener
Sachtextformel 1-4, LIX, German SMOG, and the English Flesch formulas.

Every formula returns a ``Score``: the value plus the counts it was computed from,
so a reader can check the arithmetic, and warnings when the text is too short for
the formula to mean much.

Counting conventions (the same for every formula):

* Sentences come from ``kolumne.text.sentence_spans`` (no minimum length: "Nicht."
  is a sentence); a sentence without a single word (say "2016.") is not counted.
* A word is a run of letters (``kolumne.text.words``). A hyphenated compound
  ("Computer-Signatur-Antwort") is ONE word; its syllables are the sum of its parts.
  Quotation marks are not letters; a quote that sits between a word and a hyphen
  ("„Peter“-Situation") does not split the compound.
* A long word has more than 6 letters (hyphens are not letters).
* A polysyllable has 3 or more syllables, a monosyllable exactly 1.

Example:
    >>> score = flesch_amstad("Der Hund bellt. Die Katze schläft.")
    >>> score.counts["words"], score.counts["syllables"], round(score.value, 2)
    (6, 7, 108.75)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from kolumne.text import has_words, sentence_spans, word_frequencies

Language = Literal["de", "en"]

# Below this many words the formulas (calibrated on passages of 100+ words) are noisy.
MINIMUM_WORDS = 100
LONG_WORD_MIN_LETTERS = 7
POLYSYLLABLE_MIN_SYLLABLES = 3

# ---------------------------------------------------------------------------
# German syllables
# ---------------------------------------------------------------------------

GERMAN_VOWELS = "aeiouyäöü"

# Two letters that are spoken as one vowel nucleus: diphthongs (ei, ai, au, äu, eu,
# ey, ay), long vowels written twice (aa, ee, oo), "ie" as long i, and "ou" as in
# the French loans Tour, Couch, Account. Every other pair of vowels is a hiatus and
# counts twice: The-a-ter, Po-e-sie, ak-tu-ell, Si-tu-a-ti-on.
GERMAN_ONE_NUCLEUS_PAIRS = frozenset(
    {"ei", "ai", "au", "äu", "eu", "ey", "ay", "aa", "ee", "oo", "ie", "ou"}
)

# English loanwords common in German columns whose spelling misleads the vowel rules
# (silent e, "ea" as one vowel). Each maps to a German-like spelling of how it is
# spoken. They are matched at the start or the end of a compound part, so
# "Teamleiter" and "Kundenservice" are covered; a loan like "date" is left out on
# purpose because "Kandidate" also ends in it.
GERMAN_LOANWORD_SPELLINGS = {
    "team": "tim",
    "online": "onlain",
    "software": "softwär",
    "hardware": "hardwär",
    "homepage": "houmpädsch",
    "website": "websait",
    "smartphone": "smartfon",
    "update": "apdät",
    "service": "sörwis",
    "coach": "kotsch",
    "deadline": "dedlain",
    "headset": "hedset",
    "jeans": "dschins",
}

# Markers for the points where a vowel pair splits into two syllables although it is
# normally one nucleus. Each pattern matches the empty position between the two
# vowels; a "·" is inserted there before vowels are counted.
_SYLLABLE_BREAKS = (
    # be-/ge- before a vowel: be-en-den, ge-ehrt, ge-eig-net, be-ur-tei-len,
    # be-auf-tra-gen, Be-er-di-gung, also after a separable prefix (an-ge-eig-net).
    # Not the stems of Bee-re, Beet (bee + vowel or t), Beu-le, beu-gen (beu + other
    # than r/n), nor Gei-ge, bei-de ("ei" is a diphthong).
    re.compile(
        r"^(?:un|ab|an|auf|aus|ein|vor|zu|mit|nach)?[bg]e"
        r"(?=[aoäöü]|e(?!t|r[aeiouäöü])|u[rn])"
    ),
    # Latin -eum, -äum: Mu-se-um, Ju-bi-lä-um.
    re.compile(r"(?<=[eä])(?=ums?$)"),
    # Plural -een of a word ending in -ee: I-de-en, Se-en, Al-le-en.
    re.compile(r"(?<=e)(?=en$)"),
    # Plural or foreign -ien: Fe-ri-en, Fa-mi-li-en, E-ner-gi-en; not "schien", "Wien".
    re.compile(r"(?<!schi)(?<!^wi)(?<=i)(?=ens?$)"),
    # Unstressed final -ie(n) in Latin/Greek loans: Fa-mi-li-e, Fa-mi-li-en-na-me,
    # Li-ni-e, Prä-mi-e, Ko-mö-di-e, Stu-di-e, A-ka-zi-e, Kas-ta-ni-e. Stressed -ie
    # stays one vowel (Po-e-sie, Me-lo-die), and so does -ie- before other letters
    # (stu-die-ren, ru-i-niert).
    re.compile(r"(?<=(?:il|in|äm|öd|ud|az|an)i)(?=e(?:n|s|$))"),
    # -iell after z, t, r: spe-zi-ell, po-ten-ti-ell, ma-te-ri-ell (but viel-leicht).
    re.compile(r"(?<=[zrt]i)(?=ell)"),
    # -ient: Pa-ti-ent, Kli-ent, O-ri-ent (but "dient" is one syllable).
    re.compile(r"(?<=[tlrp]i)(?=ent)"),
    # Ko-o-pe-ra-ti-on, Ko-or-di-na-ti-on.
    re.compile(r"^ko(?=o[pr])"),
)

_GERMAN_VOWEL_GROUP = re.compile(f"[{GERMAN_VOWELS}]+")
_INITIAL_Y_CONSONANT = re.compile(f"^y(?=[{GERMAN_VOWELS}])")


# Cached by word: a corpus repeats the same few thousand words over and over.
@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Count the spoken syllables of a German ``word``.

    Counts vowel nuclei: a diphthong (ei, ai, au, äu, eu), a doubled vowel (aa, ee,
    oo) or "ie" is one nucleus, any other pair of vowels is a hiatus of two (The-a-ter,
    Po-e-sie, Si-tu-a-ti-on: "-tion" is ti-on). On top of that: be-/ge- before a vowel
    (be-ach-ten, ge-ehr-te), -eum (Mu-se-um), -een (I-de-en), -ien (Fa-mi-li-en) and
    unstressed -ie (Fa-mi-li-e against Bie-ne). "qu" is a consonant, as is "y" before a
    vowel at the start. A hyphenated compound is the sum of its parts; a part without
    vowels ("T" in T-Shirt) has one syllable; abbreviations spoken letter by letter
    (capitals of two or three letters like "USA", "PC", or a run without vowels like
    "GmbH") have one syllable per letter. Exact on 573 of the 581 hand-counted words
    in ``tests/data/syllables_de.tsv`` (98.6%); known misses are rare stress-dependent
    loans (Se-ri-e, Hy-gi-e-ne, Mi-lieu).

    Example:
        >>> [syllables(w) for w in ["Haus", "aber", "Familie", "Biene", "Situation"]]
        [1, 2, 4, 2, 5]
        >>> syllables("Computer-Signatur-Antwort")
        8
    """
    return sum(_syllables_of_part(part) for part in word.split("-") if part)


def _syllables_of_part(part: str) -> int:
    if _is_spelled_abbreviation(part):
        return len(part)
    spelling = _spoken_spelling(part.lower())
    nuclei = sum(
        _nuclei_in_vowel_group(group.group())
        for piece in spelling.split("·")
        for group in _GERMAN_VOWEL_GROUP.finditer(piece)
    )
    return max(1, nuclei)


def _is_spelled_abbreviation(part: str) -> bool:
    """Abbreviations spoken letter by letter, one syllable per letter name.

    Capitals of two or three letters (USA, EU, PC), or letters without a vowel and
    with at least two capitals (GmbH, BMW). "Hm" and "psst" are words, not letters.
    """
    if part.isupper() and 2 <= len(part) <= 3:
        return True
    has_vowel = any(letter in GERMAN_VOWELS for letter in part.lower())
    return not has_vowel and sum(letter.isupper() for letter in part) >= 2


def _spoken_spelling(word: str) -> str:
    """Rewrite ``word`` so that vowel letters line up with spoken vowels."""
    for loanword, spelling in GERMAN_LOANWORD_SPELLINGS.items():
        if word.startswith(loanword):
            word = spelling + word[len(loanword) :]
        elif word.endswith(loanword):
            word = word[: -len(loanword)] + spelling
    word = word.replace("qu", "kw")
    word = _INITIAL_Y_CONSONANT.sub("j", word)
    for pattern in _SYLLABLE_BREAKS:
        word = pattern.sub(lambda match: match.group() + "·", word)
    # French "eau" is one vowel (Ni-veau); after the breaks, so be·auf-tra-gen survives.
    return word.replace("eau", "o")


def _nuclei_in_vowel_group(group: str) -> int:
    """Read a run of vowels left to right, taking one-nucleus pairs greedily."""
    nuclei = 0
    position = 0
    while position < len(group):
        if group[position : position + 2] in GERMAN_ONE_NUCLEUS_PAIRS:
            position += 2
        else:
            position += 1
        nuclei += 1
    return nuclei


# ---------------------------------------------------------------------------
# English syllables
# ---------------------------------------------------------------------------

_ENGLISH_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# A final e is silent (make, note) unless it follows a consonant + l (table, little).
_ENGLISH_SILENT_FINAL_E = re.compile(r"[^aeiouy]e$")
_ENGLISH_SYLLABIC_LE = re.compile(r"[^aeiouy]le$")
# -ed and -es add no syllable (walked, makes) except after t/d (wanted) or a
# sibilant (boxes, wishes, places).
_ENGLISH_SILENT_ED_ES = re.compile(r"(?:[^aeiouytd]ed|[^aeiouysxzhgc]es)$")


@lru_cache(maxsize=200_000)
def english_syllables(word: str) -> int:
    """Count the syllables of an English ``word`` with simple vowel-group rules.

    Vowel groups (a, e, i, o, u, y) minus a silent final e ("make") and a silent
    -ed/-es ("walked", "makes"); "table" keeps its syllabic -le. Every word has at
    least one syllable; a hyphenated compound is the sum of its parts. This is the
    usual approximation (right for most common words, not for every name or loan).

    Example:
        >>> [english_syllables(w) for w in ["make", "table", "wanted", "walked", "reading"]]
        [1, 2, 2, 1, 2]
    """
    return sum(_english_syllables_of_part(part) for part in word.split("-") if part)


def _english_syllables_of_part(part: str) -> int:
    lower = part.lower()
    count = len(_ENGLISH_VOWEL_GROUP.findall(lower))
    has_silent_e = _ENGLISH_SILENT_FINAL_E.search(lower) and not _ENGLISH_SYLLABIC_LE.search(lower)
    if count > 1 and (has_silent_e or _ENGLISH_SILENT_ED_ES.search(lower)):
        count -= 1
    return max(1, count)


# ---------------------------------------------------------------------------
# Counting a text
# ---------------------------------------------------------------------------


# Cached by word, like ``syllables``.
@lru_cache(maxsize=200_000)
def letter_count(word: str) -> int:
    """Letters in ``word``; hyphens and other non-letters do not count.

    Example:
        >>> letter_count("E-Mails")
        6
    """
    return sum(character.isalpha() for character in word)


@dataclass(frozen=True)
class TextCounts:
    """What the readability formulas count in a text.

    Example:
        >>> count_text("Nicht. Rufen Sie an.").sentences
        2
    """

    sentences: int
    words: int
    syllables: int
    letters: int
    long_words: int
    polysyllables: int
    monosyllables: int


# Cached by content: a section is usually scored by several formulas in a row.
@lru_cache(maxsize=1024)
def count_text(text: str, language: Language = "de") -> TextCounts:
    """Count sentences, words, syllables and word classes of ``text``.

    See the module docstring for the conventions. ``language`` picks the sentence
    splitter and the syllable counter ("de" or "en").

    Example:
        >>> counts = count_text("Nicht. Ich möchte meinen Kunden Bescheid sagen.")
        >>> counts.sentences, counts.words, counts.syllables, counts.letters
        (2, 7, 12, 39)
        >>> counts.long_words, counts.polysyllables, counts.monosyllables
        (1, 0, 2)
    """
    count_syllables = syllables if language == "de" else english_syllables
    sentence_count = sum(
        1 for _, _, sentence in sentence_spans(text, language) if has_words(sentence)
    )
    frequencies = word_frequencies(text)
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
        sentences=sentence_count,
        words=sum(frequencies.values()),
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


def flesch_amstad(text: str) -> Score:
    """German Flesch reading ease after Amstad (1978): 180 − ASL − 58.5 · ASW.

    ASL is words per sentence, ASW syllables per word. 0 is very hard, 100 very easy
    (see ``FLESCH_AMSTAD_BANDS``). Source: T. Amstad, *Wie verständlich sind unsere
    Zeitungen?*, Zürich 1978; de.wikipedia.org "Lesbarkeitsindex".

    Example:
        >>> round(flesch_amstad("Der Hund bellt laut.").value, 3)  # 180 - 4 - 58.5 * 4/4
        117.5
    """
    counts = count_text(text)
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


def wiener_sachtextformel(text: str, variant: int = 1) -> Score:
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
        >>> score = wiener_sachtextformel("Der Hund bellt laut.", variant=3)
        >>> round(score.value, 4)  # 0.2963 * 0 + 0.1905 * 4 - 1.1144
        -0.3524
    """
    if variant not in WIENER_SACHTEXTFORMEL_COEFFICIENTS:
        raise ValueError(f"variant must be 1, 2, 3 or 4, not {variant!r}")
    ms_weight, sl_weight, iw_weight, es_weight, constant = WIENER_SACHTEXTFORMEL_COEFFICIENTS[
        variant
    ]
    counts = count_text(text)
    ratios = _ratios(counts)
    value = (
        ms_weight * ratios["percent_polysyllables"]
        + sl_weight * ratios["words_per_sentence"]
        + iw_weight * ratios["percent_long_words"]
        + es_weight * ratios["percent_monosyllables"]
        + constant
    )
    return _score(value, counts, ratios)


def lix(text: str) -> Score:
    """LIX (Björnsson 1968): words per sentence + 100 · long words / words.

    A long word has more than 6 letters. Below 30 very easy, above 60 very hard (see
    ``LIX_BANDS``).

    Example:
        >>> round(lix("Der Hund bellt. Die Nachbarn schimpfen.").value, 2)  # 6/2 + 100 * 2/6
        36.33
    """
    counts = count_text(text)
    ratios = _ratios(counts)
    value = ratios["words_per_sentence"] + ratios["percent_long_words"]
    return _score(value, counts, ratios)


def smog_de(text: str) -> Score:
    """German SMOG (Bamberger & Vanecek 1984): √(polysyllables · 30 / sentences) − 2.

    Polysyllables have 3 or more syllables; the value is a school grade. Formula as
    documented for ``index = "SMOG.de"`` in the R package koRpus (``readability()``),
    which cites Bamberger & Vanecek 1984.

    Example:
        >>> round(smog_de("Die Familie bearbeitet die Situation.").value, 3)  # sqrt(3 * 30) - 2
        7.487
    """
    counts = count_text(text)
    ratios = _ratios(counts)
    value = math.sqrt(30 * ratios["polysyllables_per_sentence"]) - 2
    return _score(value, counts, ratios)


def flesch_reading_ease(text: str) -> Score:
    """English Flesch reading ease (Flesch 1948): 206.835 − 1.015·ASL − 84.6·ASW.

    Sentences are split with the English model, syllables counted with
    ``english_syllables``.

    Example (6 words of one syllable: 206.835 − 1.015 · 6 − 84.6 · 1 = 116.145):
        >>> round(flesch_reading_ease("The cat sat on the mat.").value, 1)
        116.1
    """
    counts = count_text(text, language="en")
    ratios = _ratios(counts)
    value = 206.835 - 1.015 * ratios["words_per_sentence"] - 84.6 * ratios["syllables_per_word"]
    return _score(value, counts, ratios)


def flesch_kincaid_grade(text: str) -> Score:
    """Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39·ASL + 11.8·ASW − 15.59.

    Example (6 words of one syllable: 0.39 · 6 + 11.8 · 1 − 15.59 = −1.45):
        >>> round(flesch_kincaid_grade("The cat sat on the mat.").value, 2)
        -1.45
    """
    counts = count_text(text, language="en")
    ratios = _ratios(counts)
    value = 0.39 * ratios["words_per_sentence"] + 11.8 * ratios["syllables_per_word"] - 15.59
    return _score(value, counts, ratios)


# ---------------------------------------------------------------------------
# Interpretation bands, for shading charts: (low, high, label_en, label_de)
# ---------------------------------------------------------------------------

Band = tuple[float, float, str, str]

# Amstad (1978): the usual seven bands of German reading ease, as given in the issue.
FLESCH_AMSTAD_BANDS: tuple[Band, ...] = (
    (0, 30, "very difficult", "sehr schwer"),
    (30, 50, "difficult", "schwer"),
    (50, 60, "fairly difficult", "mittelschwer"),
    (60, 70, "standard", "mittel"),
    (70, 80, "fairly easy", "mittelleicht"),
    (80, 90, "easy", "leicht"),
    (90, 100, "very easy", "sehr leicht"),
)

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
