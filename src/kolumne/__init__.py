"""kolumne: analyse advice columns (question, answer and what surrounds them).

Example:
    >>> from kolumne import parse_column
    >>> parse_column("Frage: Darf er das?\\nAntwort: Nein.").answer.text
    'Nein.'
"""

from kolumne._version import __version__ as __version__
from kolumne.corpus import analyze_corpus
from kolumne.load import ColumnFormatError, Corpus, load_column, load_corpus, parse_column
from kolumne.model import Column, Exchange, Paragraph, Section, Sentence

__all__ = [
    "Column",
    "ColumnFormatError",
    "Corpus",
    "Exchange",
    "Paragraph",
    "Section",
    "Sentence",
    "analyze_corpus",
    "load_column",
    "load_corpus",
    "parse_column",
]
