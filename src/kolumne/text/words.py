"""The one definition of a token, shared by every count in kolumne.

A text is read as a sequence of tokens, each with its offsets and its kind:

- ``word``: a run of letters; letters joined by an apostrophe are one word, as a
  contraction is one word when spoken ("geht's", "gibt's", "I'm", "don't", "people's");
  letters joined by hyphens ("Computer-Signatur-Antwort", "E-Mails") are one compound
  word, also when a quoted part sits at the hyphen ("„Peter“-Situation" is the word
  "Peter-Situation"). Digits and other punctuation are not letters.
- ``number``: digits, with inner separators ("9", "2016", "3,5", "12:30", "1.000").
- ``url``: a web address ("https://…", "www.…"), without trailing punctuation.
- ``email``: an e-mail address.

Only ``word`` tokens count as words: in word counts, rates per 100 words, syllables and
the weights of sentence sentiment. Punctuation and white space are not tokens. German
and English share the definition today; the language is part of every call so that
rules of one language never reach the other unnoticed.

Example:
    >>> [(token.text, token.kind) for token in tokens("Um 9 Uhr – 3 E-Mails, www.a.de.", "de")]
    [('Um', 'word'), ('9', 'number'), ('Uhr', 'word'), ('3', 'number'), ('E-Mails', 'word'), \
('www.a.de', 'url')]
"""

from __future__ import annotations

import re

from kolumne.model import Token
from kolumne.text.language import Language, check_language

_QUOTES = "\"'„“”‚‘’»«›‹"
_APOSTROPHES = "'’"
# Letters joined by apostrophes: "geht's", "don't", "Rock'n'Roll".
_LETTERS = rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]+)*"
_WORD = rf"{_LETTERS}(?:[{_QUOTES}]*-[{_QUOTES}]*{_LETTERS})*"
# An e-mail address, and a web address without the punctuation that may follow it; the
# loader finds the footer's addresses with the same two patterns.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s]*[^\s.,;:!?)\"'“”»]")
_NUMBER = r"\d+(?:[.,:]\d+)*"
# Alternatives in order of precedence: an address is one token, not its letter runs.
_TOKEN = re.compile(
    rf"(?P<email>{EMAIL.pattern})|(?P<url>{URL.pattern})|(?P<word>{_WORD})|(?P<number>{_NUMBER})"
)
# The same without addresses: trying the e-mail pattern at every letter of a text
# without "@" is most of the work, so texts without an address hint skip it.
_WORD_OR_NUMBER = re.compile(rf"(?P<word>{_WORD})|(?P<number>{_NUMBER})")
_WORD_ONLY = re.compile(_WORD)
# A word holds a quotation mark only where one touches a hyphen ("„Peter“-Situation");
# the word leaves those marks out, not the apostrophes of its contractions.
_QUOTE_AT_HYPHEN = re.compile(f"[{_QUOTES}]-|-[{_QUOTES}]")
_QUOTES_AROUND_HYPHEN = re.compile(f"[{_QUOTES}]*-[{_QUOTES}]*")
# What an e-mail address, a web address or a number needs; most sentences have none.
_ADDRESS_HINT = re.compile(r"@|www\.|https?://")
_ADDRESS_OR_DIGIT = re.compile(rf"{_ADDRESS_HINT.pattern}|\d")


def tokens(text: str, language: Language, offset: int = 0) -> tuple[Token, ...]:
    """The tokens of ``text``; their offsets are shifted by ``offset``.

    The loader calls this once per sentence with the sentence's offset in the column,
    so every token points into ``Column.text``.

    Example:
        >>> tokens("Ruf an!", "de", offset=10)
        (Token(start=10, end=13, text='Ruf', kind='word'), Token(start=14, end=16, text='an', \
kind='word'))
    """
    check_language(language)
    if _ADDRESS_OR_DIGIT.search(text) is None and _QUOTE_AT_HYPHEN.search(text) is None:
        # Most sentences: nothing but plain words, found by one pattern.
        return tuple(
            [
                Token(offset + match.start(), offset + match.end(), match.group(), "word")
                for match in _WORD_ONLY.finditer(text)
            ]
        )
    pattern = _TOKEN if _ADDRESS_HINT.search(text) else _WORD_OR_NUMBER
    found = []
    for match in pattern.finditer(text):
        kind = match.lastgroup
        token_text = match.group()
        if kind == "word" and _QUOTE_AT_HYPHEN.search(token_text):
            token_text = _QUOTES_AROUND_HYPHEN.sub("-", token_text)
        found.append(Token(offset + match.start(), offset + match.end(), token_text, kind))
    return tuple(found)


def word_spans(text: str, language: Language) -> list[tuple[int, int, str]]:
    """The words of ``text`` (``word`` tokens) as ``(start, end, word)``.

    The span covers the word as written; the word leaves out quotation marks inside a
    compound.

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
    check_language(language)
    if _ADDRESS_HINT.search(text) is None:  # numbers are never part of a word
        if not _QUOTE_AT_HYPHEN.search(text):
            return _WORD_ONLY.findall(text)
        return [_QUOTES_AROUND_HYPHEN.sub("-", word) for word in _WORD_ONLY.findall(text)]
    return [token.text for token in tokens(text, language) if token.kind == "word"]
