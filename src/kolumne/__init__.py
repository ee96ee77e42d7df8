"""kolumne: analyse advice columns (question, answer and what surrounds them).

Example:
    >>> from kolumne import parse_column
    >>> parse_column("Frage: Darf er das?\\nAntwort: Nein.").answer.text
    'Nein.'
"""

from kolumne._version import __version__ as __version__
from kolumne.load import ColumnFormatError, Corpus, load_column, load_corpus, parse_column
from kolumne.model import Column, Exchange, Paragraph, Part, Section, Sentence, Token

__all__ = [
    "Column",
    "ColumnFormatError",
    "Corpus",
    "Exchange",
    "Paragraph",
    "Part",
    "Section",
    "Sentence",
    "Token",
    "analyze_corpus",
    "load_column",
    "load_corpus",
    "parse_column",
]


def __getattr__(name: str):
    # analyze_corpus needs pandas and every measure; loading a column needs neither,
    # so they are imported when analyze_corpus is first asked for.
    if name == "analyze_corpus":
        from kolumne.corpus import analyze_corpus

        return analyze_corpus
    raise AttributeError(f"module 'kolumne' has no attribute {name!r}")
