"""From a file or a string to a ``Column``: decode, normalise, find the parts.

- ``errors``: ``ColumnFormatError`` and ``Failure``, said so that a person knows what to do;
- ``decode``: bytes → normalised text, every repair a warning;
- ``language``: German or English, by function words;
- ``parse``: normalised text → ``Column`` with sentences and tokens;
- ``files``: one file, a folder, a glob or a list of them;
- ``describe``: the outline and JSON of ``kolumne parse``.

Example:
    >>> column = parse_column("Frage: Darf er das?\\nAntwort: Nein.")
    >>> column.question.text, [token.text for token in column.answer.words]
    ('Darf er das?', ['Nein'])
"""

from kolumne.load.decode import decode, normalise
from kolumne.load.describe import column_to_dict, outline
from kolumne.load.errors import ColumnFormatError, Failure, describe_error
from kolumne.load.files import (
    DEFAULT_MAX_BYTES,
    Corpus,
    column_file_names,
    column_files,
    load_column,
    load_corpus,
)
from kolumne.load.language import detect_language
from kolumne.load.parse import parse_column, parse_section, parse_sentence

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ColumnFormatError",
    "Corpus",
    "Failure",
    "column_file_names",
    "column_files",
    "column_to_dict",
    "decode",
    "describe_error",
    "detect_language",
    "load_column",
    "load_corpus",
    "normalise",
    "outline",
    "parse_column",
    "parse_section",
    "parse_sentence",
]
