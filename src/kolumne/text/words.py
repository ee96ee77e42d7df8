"""The one definition of a token, shared by every count in kolumne.

A text is read as a sequence of tokens, each with its offsets and its kind:

- ``word``: letters, possibly with digits, as one unit of the written language:

  - letters joined by an apostrophe are one word, as a contraction is one word when
    spoken ("geht's", "gibt's", "mit'm", "geht´s", "I'm", "don't"); an apostrophe at the
    end of a word belongs to it (the genitive "Andreas'", the elision "hab’") unless it
    closes a quotation opened with a single quotation mark;
  - hyphenated compounds are one word ("Computer-Signatur-Antwort", "E-Mails",
    "COVID-19-Pandemie", "3-Zimmer-Wohnung"), also when a quoted part sits at the hyphen
    ("„Peter“-Situation" is the word "Peter-Situation"); a truncated part keeps its
    hyphen ("Ein-" in "Ein- und Ausgang", "-produktion" in "und -produktion");
  - letters and digits written together are one word ("FFP2", "MP3-Player", "A7");
  - gender forms are one word: with a star, an underscore, a colon or a slash before the
    ending ("Leser*innen", "Jede*r", "Erzieher_innen", "Kolleg:innen", "Leser/-innen",
    "eine/n"), with a capital I ("LeserInnen") or a bracketed ending ("Student(inn)en");
    stars inside a word ("f**king") and underscores ("Avril_Lavigne") join it too;
  - letters joined by a dot are one word ("E.ON", "z.B.", "Dr.-Ing.", "Zeitschr.titel"),
    and so are a unit and its letter after a slash ("km/h", "Mbit/s");
  - an abbreviation keeps its final dot ("Dr.", "bzw.", "usw.", "z.", "Goethestr."),
    another word does not ("Haus", "SPD");
  - two words run together, a lower-case one and a capitalised one ("derText"), are two
    words: a missing space, as the capital shows (a single lower-case letter in front, as
    in "iPhone" or "eBay", is no word of its own, and "mitarbeiterInnen" is a gender
    form).

- ``number``: digits, with inner separators ("9", "2016", "3,5", "12:30", "1.000", "24/7"),
  and a minus sign right before the digits ("-5").
- ``url``: a web address ("https://…", "www.…", a bare domain such as "beratung.de"),
  without trailing punctuation.
- ``email``: an e-mail address.

Invisible characters (soft hyphen, zero-width space and joiners, direction marks and
controls, word joiner) never split a word, and a token's text leaves them out.

Only ``word`` tokens count as words: in word counts, rates per 100 words, syllables and
the weights of sentence sentiment. Punctuation, symbols and white space are not tokens.
German and English share the definition today; the language is part of every call so
that rules of one language never reach the other unnoticed.

Example:
    >>> [(token.text, token.kind) for token in tokens("Um 9 Uhr – 3 E-Mails, www.a.de.", "de")]
    [('Um', 'word'), ('9', 'number'), ('Uhr', 'word'), ('3', 'number'), ('E-Mails', 'word'), \
('www.a.de', 'url')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kolumne.model import Token
from kolumne.text.language import Language, check_language

_QUOTES = "\"'„“”‚‘’»«›‹"
# The acute accent stands in for an apostrophe on many keyboards ("geht´s").
_APOSTROPHES = "'’´"
_SINGLE_QUOTES = "'‘’‚‹›"
_LETTER = r"[^\W\d_]"
_LETTER_OR_DIGIT = r"[^\W_]"
_LOWER = "a-zäöüßàáâçèéêëíîïñóôùúû"
_UPPER = "A-ZÄÖÜÀÁÂÇÈÉÊËÍÎÏÑÓÔÙÚÛ"
# Soft hyphen, zero-width space, non-joiner and joiner, left-to-right and right-to-left
# marks, the bidirectional embeddings, overrides and isolates, word joiner, zero-width
# no-break space (the byte order mark inside a text).
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" + (
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")

# Common German and English abbreviations written with a final dot (Duden's list of
# abbreviations, and the forms of address of both languages); words that are also
# ordinary words ("Art", "Best", "So") are left out, because a sentence may end on them.
# fmt: off
ABBREVIATIONS = frozenset({
    "abb", "abk", "abs", "abt", "abzgl", "anh", "anl", "anm", "aufl", "bd", "bde",
    "bes", "betr", "bez", "bhf", "bspw", "bzgl", "bzw", "ca", "chr", "co", "dgl", "dr",
    "dt", "ebd", "eigtl", "engl", "entspr", "etc", "evtl", "fa", "ff", "forts", "fr",
    "frl", "geb", "gegr", "gek", "ggf", "ggfs", "hbf", "hr", "hrn", "hrsg", "ing",
    "inh", "inkl", "insb", "jh", "jhd", "jr", "kath", "kfm", "kfz", "mio", "mrd", "mtl",
    "nr", "pfd", "pkt", "pkw", "prof", "rd", "resp", "sog", "sr", "st", "std", "str",
    "stv", "tel", "tgl", "tsd", "usw", "verf", "vgl", "vs", "wdh", "zit", "zzgl", "zzt",
    "jan", "febr", "aug", "sept", "okt", "nov", "dez", "mr", "mrs", "ms",
})
# fmt: on
# Compounds with "Str." (Straße): Goethestr., Hauptstr.
_STREET = re.compile(r"str$")
_ABBREVIATION_PARTS = re.compile(r"[.-]")

# A word's parts: a run of letters and digits with at least one letter, and what may join
# the next run on. A run after a joiner may be digits alone ("COVID-19").
_LETTER_RUN = rf"\d*{_LETTER}{_LETTER_OR_DIGIT}*"
_GENDER_ENDING = rf"(?:[iI]nnen|[iI]n)(?!{_LETTER_OR_DIGIT})"
_JOINER = (
    rf"(?:[{_QUOTES}]*-[{_QUOTES}]*"
    rf"|(?<={_LETTER})(?:"
    rf"[{_APOSTROPHES}](?={_LETTER})"  # geht's
    rf"|\.-?(?={_LETTER})"  # E.ON, Dr.-Ing.
    rf"|[*_]+(?={_LETTER})"  # Leser*innen, Erzieher_innen, f**king
    rf"|:(?=(?:{_GENDER_ENDING}|[rn](?!{_LETTER_OR_DIGIT})))"  # Kolleg:innen, Jede:r
    rf"|/-?(?=(?:{_GENDER_ENDING}|{_LETTER}(?!{_LETTER_OR_DIGIT})))"  # Leser/-innen, km/h
    rf"))"
)
_BRACKETED_ENDING = rf"\([{_LOWER}]{{1,6}}\){_LETTER_OR_DIGIT}*"  # Student(inn)en
# A truncated part: "Ein-" before a space, "-produktion" after one.
_LEADING_HYPHEN = rf"(?:(?<![^\s(\[])-(?=[{_LOWER}]))?"
_WORD_END = rf"(?:-(?=[\s,;/])|[{_APOSTROPHES}](?!{_LETTER_OR_DIGIT})|\.)?"
_WORD = (
    rf"{_LEADING_HYPHEN}(?:\d+-)*{_LETTER_RUN}"
    rf"(?:{_JOINER}{_LETTER_OR_DIGIT}+|{_BRACKETED_ENDING})*{_WORD_END}"
)
_NUMBER = r"(?:(?<![^\s(\[])-)?\d+(?:[.,:/]\d+)*"
# An e-mail address, and a web address without the punctuation that may follow it; the
# loader finds the footer's addresses with the same two patterns.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s]*[^\s.,;:!?)\"'“”»]")
# A bare domain in running text ("beratung.de"): the top-level domains of German and
# English columns, written in lower case.
_TOP_LEVEL_DOMAINS = "de|at|ch|com|org|net|eu|info|biz|io|uk|fr|nl|lu|li|edu|gov"
_DOMAIN = (
    rf"(?<![\w.@/-])(?:{_LETTER_OR_DIGIT}(?:[\w-]*{_LETTER_OR_DIGIT})?\.)+"
    rf"(?:{_TOP_LEVEL_DOMAINS})(?![\w-])(?:/[^\s]*[^\s.,;:!?)\"'“”»])?"
)
# Alternatives in order of precedence: an address is one token, not its letter runs.
_TOKEN = re.compile(
    rf"(?P<email>{EMAIL.pattern})|(?P<url>{URL.pattern}|{_DOMAIN})"
    rf"|(?P<word>{_WORD})|(?P<number>{_NUMBER})"
)
# The same without addresses: trying the e-mail pattern at every letter of a text
# without "@" is most of the work, so texts without an address hint skip it.
_WORD_OR_NUMBER = re.compile(rf"(?P<word>{_WORD})|(?P<number>{_NUMBER})")
_ADDRESS_HINT = re.compile(rf"@|www\.|https?://|{_LETTER_OR_DIGIT}\.(?:{_TOP_LEVEL_DOMAINS})\b")
# Most sentences hold nothing but plain words and numbers: letters, apostrophes between
# letters, hyphens between letters, a dot after the last word, and numbers apart from
# letters. One pattern finds them; any character that needs the other rules sends the
# text the long way.
_PLAIN_LETTERS = rf"{_LETTER}+(?:[{_APOSTROPHES}]{_LETTER}+)*"
_PLAIN_TOKEN = re.compile(
    rf"(?P<word>{_PLAIN_LETTERS}(?:-{_PLAIN_LETTERS})*)|(?P<number>\d+(?:[.,:]\d+)*)"
)
# A dot right after a letter: the end of a word, which keeps it if it is an abbreviation.
_DOT_AFTER_LETTER = re.compile(rf"\.(?<={_LETTER}\.)")
# Each alternative opens with the character it is about, so that the search can skip
# from one candidate character to the next.
_NOT_PLAIN = re.compile(
    rf"[@*_/({INVISIBLE_CHARACTERS}]"
    rf"|\d(?:(?<={_LETTER}\d)|(?={_LETTER}))"
    rf"|[.:](?={_LETTER})"
    rf"|[{_APOSTROPHES}](?!{_LETTER})"
    rf"|-(?:(?!{_LETTER})|(?<!{_LETTER}-))"
    rf"|[{_UPPER}](?<=[{_LOWER}][{_UPPER}])"
)
# A word holds a quotation mark only where one touches a hyphen ("„Peter“-Situation");
# the word leaves those marks out, not the apostrophes of its contractions.
_QUOTE_AT_HYPHEN = re.compile(f"[{_QUOTES}]-|-[{_QUOTES}]")
_QUOTES_AROUND_HYPHEN = re.compile(f"[{_QUOTES}]*-[{_QUOTES}]*")
# Two words run together: lower-case letters, then a capital that starts a word.
_RUN_TOGETHER = re.compile(rf"[{_LOWER}]{{2,}}(?=[{_UPPER}](?:[{_LOWER}]|-))")
# A dot inside a word, followed by a word of at least two letters, the second in lower case.
_DOT_BEFORE_WORD = re.compile(rf"(?<={_LETTER})\.(?={_LETTER}[{_LOWER}])")
_GENDER_CAPITAL_I = re.compile(rf"In(?:nen)?(?![{_LOWER}])")
# A single quotation mark that opens a quotation: after a space, a bracket or the start,
# before a letter.
_OPENING_SINGLE_QUOTE = re.compile(rf"(?<![^\s(\[])[{_SINGLE_QUOTES}](?={_LETTER})")
_CLOSING_SINGLE_QUOTE = re.compile(rf"(?<={_LETTER})[{_SINGLE_QUOTES}](?!{_LETTER_OR_DIGIT})")


def tokens(text: str, language: Language, offset: int = 0) -> tuple[Token, ...]:
    """The tokens of ``text``; their offsets are shifted by ``offset``.

    The loader calls this once per sentence with the sentence's offset in the column,
    so every token points into ``Column.text``.

    Example:
        >>> tokens("Ruf an!", "de", offset=10)
        (Token(start=10, end=13, text='Ruf', kind='word'), Token(start=14, end=16, text='an', \
kind='word'))
        >>> [token.text for token in tokens("Leser*innen fahren 30 km/h, z.B. bei E.ON.", "de")]
        ['Leser*innen', 'fahren', '30', 'km/h', 'z.B.', 'bei', 'E.ON']
    """
    check_language(language)
    if _INVISIBLE.search(text):
        return _tokens_around_invisible_characters(text, offset)
    return tuple(_tokens_of(text, offset))


# No token holds a line break, so a text is read line by line (each line with its line
# break, which the rules look ahead to): a line of plain words skips the full rules.
_LINE_WITH_BREAK = re.compile(r"[^\n]*\n?")


def _lines_needing_rules(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, needs_rules)`` of each line of ``text``, or of the whole text when
    none needs the full rules."""
    if _NOT_PLAIN.search(text) is None:
        return [(0, len(text), False)]
    return [
        (start, end, _NOT_PLAIN.search(text, start, end) is not None)
        for start, end in (line.span() for line in _LINE_WITH_BREAK.finditer(text))
        if end > start
    ]


def _tokens_of(text: str, offset: int) -> list[Token]:
    found: list[Token] = []
    for start, end, needs_rules in _lines_needing_rules(text):
        if needs_rules:
            found += _rule_tokens(text, start, end, offset)
            continue
        line = [
            Token(offset + match.start(), offset + match.end(), match.group(), match.lastgroup)
            for match in _PLAIN_TOKEN.finditer(text, start, end)
        ]
        _add_abbreviation_dots(line, text, start, end, offset)
        found += line
    return found


def _add_abbreviation_dots(line: list[Token], text: str, start: int, end: int, offset: int) -> None:
    """Give the abbreviations among ``line``'s plain tokens their dot ("bzw.", "Dr.")."""
    for dot in _DOT_AFTER_LETTER.finditer(text, start, end):
        position = offset + dot.start()
        index = bisect_left(line, position, key=_token_end)
        if index == len(line) or line[index].end != position:
            continue
        token = line[index]
        if token.kind == "word" and _keeps_its_dot(token.text):
            line[index] = Token(token.start, position + 1, token.text + ".", "word")


def _token_end(token: Token) -> int:
    return token.end


def _rule_tokens(text: str, line_start: int, line_end: int, offset: int) -> list[Token]:
    """The tokens of ``text[line_start:line_end]``, a line that needs more than the
    plain-word pattern; the text around it is context (an opening quotation mark)."""
    has_address = _ADDRESS_HINT.search(text, line_start, line_end)
    pattern = _TOKEN if has_address else _WORD_OR_NUMBER
    found = []
    for match in pattern.finditer(text, line_start, line_end):
        kind = match.lastgroup
        start, end = match.span()
        token_text = match.group()
        if kind != "word":
            found.append(Token(offset + start, offset + end, token_text, kind))
            continue
        last = token_text[-1]
        # A dot that no abbreviation keeps, or an apostrophe that closes a quotation.
        drops_last = (last == "." and not _keeps_its_dot(token_text[:-1])) or (
            last in _APOSTROPHES and _closes_a_quotation(text, start)
        )
        if drops_last:
            token_text, end = token_text[:-1], end - 1
        if _QUOTE_AT_HYPHEN.search(token_text):
            token_text = _QUOTES_AROUND_HYPHEN.sub("-", token_text)
            found.append(Token(offset + start, offset + end, token_text, kind))
            continue
        for piece_start, piece in _words_run_together(token_text):
            piece_start += offset + start
            found.append(Token(piece_start, piece_start + len(piece), piece, kind))
    return found


def _words_run_together(word: str) -> list[tuple[int, str]]:
    """The words that a missing space ran together, each with its start in ``word``:
    after an abbreviation's dot ("vgl.Regel", "d.eigenen") and before a capital that
    starts a word ("derText"); one word, most of the time."""
    starts = [0]
    if "." in word:
        starts += [
            match.end()
            for match in _DOT_BEFORE_WORD.finditer(word)
            if _keeps_its_dot(word[: match.end() - 1])
        ]
    for index, start in enumerate(list(starts)):
        run_together = _RUN_TOGETHER.match(word, start)
        if run_together and not _GENDER_CAPITAL_I.match(word, run_together.end()):
            starts.insert(index + 1, run_together.end())
    if len(starts) == 1:
        return [(0, word)]
    starts = sorted(starts)
    return [(start, word[start:stop]) for start, stop in zip(starts, [*starts[1:], len(word)])]


def _keeps_its_dot(word: str) -> bool:
    """An abbreviation keeps its final dot: a listed one, a single letter ("z. B."), a
    street ("Goethestr.") or a dotted one whose last part is one of those ("z.B.")."""
    last_part = _ABBREVIATION_PARTS.split(word)[-1]
    return (
        len(last_part) == 1
        or last_part.lower() in ABBREVIATIONS
        or (last_part == word and _STREET.search(word) is not None)
    )


def _closes_a_quotation(text: str, word_start: int) -> bool:
    """Whether an apostrophe after the word at ``word_start`` closes a quotation: a
    single quotation mark opened before the word and not closed since."""
    # The word's first letter is the one an opening mark right before it looks ahead to.
    openings = [match.start() for match in _OPENING_SINGLE_QUOTE.finditer(text, 0, word_start + 1)]
    if not openings:
        return False
    return _CLOSING_SINGLE_QUOTE.search(text[:word_start], openings[-1] + 1) is None


def _tokens_around_invisible_characters(text: str, offset: int) -> tuple[Token, ...]:
    """Tokens read from the text without its invisible characters, with offsets and
    spans of the text as written."""
    kept = [index for index, character in enumerate(text) if character not in INVISIBLE_CHARACTERS]
    visible = "".join(text[index] for index in kept)
    return tuple(
        Token(
            offset + kept[token.start],
            offset + kept[token.end - 1] + 1,
            token.text,
            token.kind,
        )
        for token in _tokens_of(visible, 0)
    )


def word_spans(text: str, language: Language) -> list[tuple[int, int, str]]:
    """The words of ``text`` (``word`` tokens) as ``(start, end, word)``.

    The span covers the word as written; the word leaves out quotation marks inside a
    compound and invisible characters.

    Example:
        >>> word_spans("Computer-Signatur, die „Peter“-Situation", "de")
        [(0, 17, 'Computer-Signatur'), (19, 22, 'die'), (24, 40, 'Peter-Situation')]
    """
    return [
        (token.start, token.end, token.text)
        for token in tokens(text, language)
        if token.kind == "word"
    ]


def words(text: str, language: Language) -> list[str]:
    """The words of ``text``: its ``word`` tokens, as text.

    Example:
        >>> words("Um 9 Uhr geht's los – 3 E-Mails seit 2016.", "de")
        ['Um', 'Uhr', "geht's", 'los', 'E-Mails', 'seit']
    """
    return [token.text for token in tokens(text, language) if token.kind == "word"]
