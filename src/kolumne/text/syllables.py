"""Syllables and letters of a word, per language.

German syllables are counted by vowel-nucleus rules (``german_syllables``), English ones
by vowel groups with the usual silent-e and -ed/-es corrections (``english_syllables``);
``syllables(word, language)`` picks the one for the column's language.

Example:
    >>> syllables("Familie", "de"), syllables("table", "en"), letter_count("E-Mails")
    (4, 2, 6)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kolumne.text.language import Language, check_language


def syllables(word: str, language: Language) -> int:
    """The spoken syllables of ``word`` by the rules of ``language``.

    Example:
        >>> syllables("Situation", "de"), syllables("reading", "en")
        (5, 2)
    """
    if check_language(language) == "en":
        return english_syllables(word)
    return german_syllables(word)


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
def german_syllables(word: str) -> int:
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
    in ``resources/benchmarks/syllables_de.tsv`` (98.6%); known misses are rare stress-dependent
    loans (Se-ri-e, Hy-gi-e-ne, Mi-lieu).

    Example:
        >>> [german_syllables(w) for w in ["Haus", "aber", "Familie", "Biene", "Situation"]]
        [1, 2, 4, 2, 5]
        >>> german_syllables("Computer-Signatur-Antwort")
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
# Letters
# ---------------------------------------------------------------------------


# Cached by word, like the syllable counts.
@lru_cache(maxsize=200_000)
def letter_count(word: str) -> int:
    """Letters in ``word``; hyphens and other non-letters do not count.

    Example:
        >>> letter_count("E-Mails")
        6
    """
    return sum(character.isalpha() for character in word)
