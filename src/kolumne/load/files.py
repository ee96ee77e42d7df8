"""Files and folders: reading one column file, listing and loading a corpus.

Example:
    >>> from kolumne.paths import columns_dir
    >>> [column.column_id for column in load_corpus(columns_dir()).columns]
    ['2016-kollege-sabotiert']
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kolumne.load.decode import decode, normalise, refuse_binary, refuse_html
from kolumne.load.errors import ColumnFormatError, Failure, describe_error
from kolumne.load.parse import parse_normalised
from kolumne.model import Column

DEFAULT_MAX_BYTES = 5_000_000


def load_column(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Column:
    """Read a column file: check its size, detect the encoding, normalise and parse it.

    Raise ``ColumnFormatError`` for an empty, binary, HTML, oversized or unparseable file
    and for one that is not a regular file (a FIFO or a device, which could block or never
    end), and ``OSError`` for one that cannot be read (missing, a folder, no permission, a
    symlink loop). The size is checked before a byte is read.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> column = load_column(columns_dir() / "2016-kollege-sabotiert.txt")
        >>> column.encoding, column.footer.year, len(column.related)
        ('utf-8', 2016, 3)
    """
    source = str(path)
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), source)
    if not stat.S_ISREG(status.st_mode):
        # Opening a FIFO blocks until a writer comes; a device may never end.
        raise ColumnFormatError(
            "not a regular file (a FIFO, socket or device); expected a plain-text column",
            source=source,
        )
    too_big = (
        f"over the limit of {max_bytes:,} bytes; a column is a few kilobytes (to read it "
        "anyway: kolumne analyze --max-bytes N, or max_bytes=N in load_column)"
    )
    if status.st_size > max_bytes:
        raise ColumnFormatError(f"the file has {status.st_size:,} bytes, {too_big}", source=source)
    with open(path, "rb") as file:
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew after the size check
        raise ColumnFormatError(f"the file grew while being read, {too_big}", source=source)
    try:
        decoded, encoding, decode_warnings = decode(data)
        refuse_binary(decoded)
        refuse_html(decoded)
        normalised, warnings = normalise(decoded)
    except ColumnFormatError as error:
        raise ColumnFormatError(error.reason, source=source) from None
    return parse_normalised(normalised, source, encoding, decode_warnings + warnings)


@dataclass(frozen=True)
class Corpus:
    """The columns that loaded, in order, and the files that did not.

    Example:
        >>> Corpus(columns=(), failures=()).columns
        ()
    """

    columns: tuple[Column, ...]
    failures: tuple[Failure, ...]


def column_files(item: str | os.PathLike) -> list[Path]:
    """The files an item names: a folder's .txt files (sorted), a glob's matches, or the
    file itself. Raise OSError for an unlistable folder or a pattern matching nothing.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [path.name for path in column_files(columns_dir())]
        ['2016-kollege-sabotiert.txt']
    """
    return [Path(name) for name in column_file_names(item)]


def column_file_names(item: str | os.PathLike) -> list[str]:
    """``column_files`` as strings: for archives of many thousand files, where a
    ``Path`` object per file costs several times the memory of its name.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [os.path.basename(name) for name in column_file_names(columns_dir())]
        ['2016-kollege-sabotiert.txt']
    """
    pattern = os.fspath(item)
    if glob.has_magic(pattern):
        # Sorted as Path objects sort: part by part ("a/x" before "a-b/x").
        matches = sorted(glob.glob(pattern), key=lambda name: name.split(os.sep))
        if not matches:
            raise FileNotFoundError(errno.ENOENT, "no file matches this pattern", pattern)
        return matches
    if os.path.isdir(pattern):
        names = sorted(name for name in os.listdir(pattern) if os.path.splitext(name)[1] == ".txt")
        return [os.path.join(pattern, name) for name in names]
    return [pattern]


def load_corpus(
    paths_or_folder_or_glob: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    errors: Literal["collect", "raise"] = "collect",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Load many columns: a folder (its .txt files, sorted), a glob, a file or a list.

    With ``errors="collect"`` a file that fails becomes a ``Failure`` and the others
    still load; with ``errors="raise"`` the first failure is raised.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> corpus = load_corpus(columns_dir())
        >>> [column.column_id for column in corpus.columns], corpus.failures
        (['2016-kollege-sabotiert'], ())
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    items = (
        [paths_or_folder_or_glob]
        if isinstance(paths_or_folder_or_glob, (str, os.PathLike))
        else list(paths_or_folder_or_glob)
    )
    columns, failures = [], []

    def record(file: str | os.PathLike, error: Exception) -> None:
        if errors == "raise":
            raise error
        failures.append(Failure(str(file), describe_error(error)))

    for item in items:
        try:
            paths = column_files(item)
        except OSError as error:
            record(item, error)
            continue
        for path in paths:
            try:
                columns.append(load_column(path, max_bytes=max_bytes))
            except (OSError, ColumnFormatError) as error:
                record(path, error)
    return Corpus(tuple(columns), tuple(failures))
