"""Analyse a whole archive of column files: in several processes or on a Dask cluster,
resumable through a cache, with a progress bar.

``analyze_corpus`` reads each file, finds its parts and measures every section
(``kolumne.frames.section_records``: counts, readability, tone and sentiment), and
streams the results, in input order, into two frames: ``sections`` (one row per
column, exchange, section, metric and backend) and ``comparison`` (question against
answer, one row per exchange, metric and backend). It keeps neither the texts nor per-sentence detail: memory grows only by the
rows of the two frames. Files that cannot be read become ``Failure`` entries, as in
``kolumne.load_corpus``, and the others are still analysed.

Where the work runs:

- ``jobs=1`` (the default): in this process;
- ``jobs=N``: in N worker processes, files sent in chunks;
- ``client=dask.distributed.Client(...)``: on a Dask cluster (every worker must see
  the files at the same paths, e.g. on a shared disk). kolumne never imports Dask
  itself, so only those who pass a client need it installed.

With ``cache=DIR`` each file's rows are stored as Parquet under a key made of its
bytes, the sentiment backends and ``kolumne.__version__``: a second run reads them
back instead of analysing again, so an interrupted run continues where it stopped, and
a changed file or a new kolumne version is analysed afresh.

Example:
    >>> from kolumne.paths import columns_dir
    >>> analysis = analyze_corpus([columns_dir()], progress=False)
    >>> words = analysis.sections[analysis.sections["metric"] == "words"]
    >>> words[["column_id", "section", "value"]].values.tolist()
    [['2016-kollege-sabotiert', 'question', 139.0], ['2016-kollege-sabotiert', 'answer', 277.0]]
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice, repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kolumne.frames import comparison, section_frame, section_records
from kolumne.load import (
    DEFAULT_MAX_BYTES,
    ColumnFormatError,
    Failure,
    column_file_names,
    describe_error,
    load_column,
    parse_column,
)

if TYPE_CHECKING:
    from distributed import Client

# The default analysis: the sentiment backends that explain their scores word by word,
# two German and one English; each column is scored by those with rules for its
# language (stock textblob-de is left out: it is slow and its German flaws are
# documented).
DEFAULT_BACKENDS: tuple[str, ...] = ("textblob-de-repaired", "sentiws", "vader")
# Files per task: large enough that sending a task costs little next to analysing it,
# small enough that the progress bar moves and the workers finish together.
FILES_PER_TASK = 16
# Section records gathered as dicts before they become a compact DataFrame chunk
# (about 80 columns: smaller chunks keep fewer dicts alive at once).
ROWS_PER_CHUNK = 5_000


@dataclass(frozen=True)
class FileAnalysis:
    """One file's records of the ``sections`` frame, or why the file failed.

    Example:
        >>> FileAnalysis(file="leer.txt", rows=(), failure=Failure("leer.txt", "empty")).failure.reason
        'empty'
    """

    file: str
    rows: tuple[dict, ...]
    failure: Failure | None = None


@dataclass(frozen=True)
class CorpusAnalysis:
    """The frames of a corpus run and the files that could not be analysed.

    ``sections`` is ``kolumne.frames.sections`` and ``comparison`` is
    ``kolumne.frames.comparison`` of it, for every file that loaded, in input order.

    Example:
        >>> empty = CorpusAnalysis(pd.DataFrame(), pd.DataFrame(), ())
        >>> len(empty.sections), empty.failures
        (0, ())
    """

    sections: pd.DataFrame
    comparison: pd.DataFrame
    failures: tuple[Failure, ...]


def analyze_file(
    path: str | os.PathLike,
    backends: Sequence[str] = DEFAULT_BACKENDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileAnalysis:
    """Load one column file and measure its sections; a bad file becomes a failure.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> result = analyze_file(columns_dir() / "2016-kollege-sabotiert.txt")
        >>> sorted({row["section"] for row in result.rows}), result.failure
        (['answer', 'question'], None)
        >>> analyze_file("gibt-es-nicht.txt").failure.reason
        'No such file or directory'
    """
    try:
        column = load_column(path, max_bytes=max_bytes)
    except (OSError, ColumnFormatError) as error:
        return FileAnalysis(str(path), (), Failure(str(path), describe_error(error)))
    return FileAnalysis(str(path), tuple(section_records(column, backends)))


def analyze_files(
    paths: Sequence[str],
    backends: Sequence[str] = DEFAULT_BACKENDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[FileAnalysis]:
    """``analyze_file`` for each path: the unit of work sent to a process or Dask worker.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [result.failure for result in analyze_files([columns_dir() / "2016-kollege-sabotiert.txt"])]
        [None]
    """
    return [analyze_file(path, backends, max_bytes) for path in paths]


# ------------------------------------------------------------------------ the cache


def cache_key(data: bytes, backends: Sequence[str]) -> str:
    """The cache key of a file: its bytes, the backends and the kolumne version.

    Example:
        >>> key = cache_key(b"Frage: Was tun?", ["sentiws"])
        >>> len(key), key == cache_key(b"Frage: Was tun?", ["textblob-de-repaired"])
        (64, False)
    """
    from kolumne._version import __version__

    digest = hashlib.sha256()
    for part in (__version__, ",".join(backends)):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True)
class ResultCache:
    """Section rows stored as one Parquet file per key in ``folder``.

    Example:
        >>> import tempfile
        >>> cache = ResultCache(Path(tempfile.mkdtemp()))
        >>> cache.store("abc", ({"column_id": "x", "words": 3},))
        >>> cache.load("abc", column_id="y")
        ({'column_id': 'y', 'words': 3},)
    """

    folder: Path

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.parquet"

    def has(self, key: str) -> bool:
        """Whether rows for ``key`` are stored.

        Example:
            >>> ResultCache(Path("nirgends")).has("abc")
            False
        """
        return self._path(key).is_file()

    def load(self, key: str, column_id: str) -> tuple[dict, ...]:
        """The stored rows, with ``column_id`` of the file they now belong to (the same
        bytes may sit in a file of another name).

        Example:
            >>> import tempfile
            >>> cache = ResultCache(Path(tempfile.mkdtemp()))
            >>> cache.store("abc", ({"column_id": "alt", "words": 3},))
            >>> cache.load("abc", column_id="neu")[0]["column_id"]
            'neu'
        """
        rows = pd.read_parquet(self._path(key)).to_dict("records")
        return tuple({**row, "column_id": column_id} for row in rows)

    def store(self, key: str, rows: tuple[dict, ...]) -> None:
        """Store ``rows`` under ``key``, atomically: an interrupted run never leaves
        half a file behind.

        Example:
            >>> import tempfile
            >>> cache = ResultCache(Path(tempfile.mkdtemp()))
            >>> cache.store("abc", ({"words": 3},))
            >>> sorted(path.name for path in cache.folder.iterdir())
            ['abc.parquet']
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self._path(key).with_suffix(f".{os.getpid()}.tmp")
        pd.DataFrame(list(rows)).to_parquet(temporary, index=False)
        temporary.replace(self._path(key))


# ------------------------------------------------- gathering rows into the sections frame


class GrowingFrame:
    """Rows of frames with the same columns, appended chunk by chunk into one growing
    buffer per column, so that the whole is never held twice.

    Joining a list of chunks at the end would hold every chunk and the joined copy at
    once; here each chunk is copied into the buffers and can be let go. A buffer grows
    in place (``array.array``), and ``frame()`` wraps the buffers without copying them.
    Category columns keep small integer codes (one byte a row until a column has more
    than 127 categories, then two, then four) and their categories in order of first
    appearance, so the whole never holds the names as strings.

    Example:
        >>> from kolumne.frames import section_frame
        >>> record = {"column_id": "a", "exchange": 0, "section": "question", "language": "de",
        ...           "metric": "words", "backend": "", "value": 3.0, "note": ""}
        >>> rows = GrowingFrame(section_frame([]))
        >>> rows.append(section_frame([record]))
        >>> rows.append(section_frame([{**record, "column_id": "b", "value": 4.0}]))
        >>> frame = rows.frame()
        >>> frame["column_id"].tolist(), list(frame["column_id"].cat.categories)
        (['a', 'b'], ['a', 'b'])
        >>> frame["value"].tolist(), str(frame["exchange"].dtype)
        ([3.0, 4.0], 'int16')
    """

    def __init__(self, empty: pd.DataFrame) -> None:
        """``empty``: a frame without rows that has the columns and dtypes to gather."""
        self._buffers: dict[str, array] = {}
        self._categories: dict[str, dict] = {}
        for name, dtype in empty.dtypes.items():
            if isinstance(dtype, pd.CategoricalDtype):
                self._categories[name] = {}
                self._buffers[name] = array("b")
            else:
                self._buffers[name] = array(np.dtype(dtype).char)

    def append(self, chunk: pd.DataFrame) -> None:
        """Copy the rows of ``chunk``, a frame with the columns of ``empty``."""
        for name, buffer in self._buffers.items():
            if name in self._categories:
                self._append_codes(name, chunk[name].array)
            else:
                buffer.frombytes(chunk[name].to_numpy(dtype=buffer.typecode).tobytes())

    def _append_codes(self, name: str, column: pd.Categorical) -> None:
        known = self._categories[name]
        # Codes of this chunk's categories in the whole; -1 (missing) stays -1.
        recode = np.array(
            [known.setdefault(category, len(known)) for category in column.categories] + [-1],
            dtype=np.int64,
        )
        while len(known) > np.iinfo(self._buffers[name].typecode).max:
            wider = {"b": "h", "h": "i", "i": "q"}[self._buffers[name].typecode]
            self._buffers[name] = array(wider, self._buffers[name])
        codes = recode[column.codes].astype(self._buffers[name].typecode)
        self._buffers[name].frombytes(codes.tobytes())

    def frame(self) -> pd.DataFrame:
        """The rows appended so far as one frame; it is made of the buffers themselves,
        not of a copy, so nothing can be appended after it."""
        columns = {}
        for name, buffer in self._buffers.items():
            values = np.frombuffer(buffer, dtype=buffer.typecode)
            if name in self._categories:
                values = pd.Categorical.from_codes(values, list(self._categories[name]))
            columns[name] = values
        return pd.DataFrame(columns, copy=False)


def _return_freed_memory() -> None:
    # glibc keeps memory that a chunk's dicts and small arrays freed, for reuse; the
    # growing buffers do not reuse it, so without a trim after each chunk it piles up
    # under them (about 12 MB for 20,000 columns). Dask trims its workers' memory the
    # same way. Elsewhere (macOS, musl) there is no malloc_trim and nothing to do.
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def distinct_column_ids(files: Sequence[str]) -> dict[str, str]:
    """Column ids for files whose names occur more than once, so that no two columns
    share an id (their question and answer would be compared as one column's).

    A column's id is its file name without ".txt"; files of the same name get their
    path from the folder they share instead ("2015/kolumne", "2016/kolumne"), and one
    file named in two ways a number ("kolumne (2)"). Only those files are listed.

    Example:
        >>> distinct_column_ids(["archiv/2015/kolumne.txt", "archiv/2016/kolumne.txt", "b.txt"])
        {'archiv/2015/kolumne.txt': '2015/kolumne', 'archiv/2016/kolumne.txt': '2016/kolumne'}
        >>> distinct_column_ids(["a.txt", "./a.txt"])
        {'a.txt': 'a', './a.txt': 'a (2)'}
    """

    def stem(file: str) -> str:  # as Path(file).stem, without a Path object per file
        return os.path.splitext(os.path.basename(file))[0]

    stems = Counter(map(stem, files))
    repeated = [file for file in files if stems[stem(file)] > 1]
    if not repeated:
        return {}
    shared_folder = os.path.commonpath(
        [os.path.dirname(os.path.abspath(file)) for file in repeated]
    )
    renamed: dict[str, str] = {}
    used: Counter[str] = Counter()
    for file in repeated:
        path = os.path.splitext(os.path.relpath(os.path.abspath(file), shared_folder))[0]
        used[path] += 1
        renamed[file] = path if used[path] == 1 else f"{path} ({used[path]})"
    return renamed


# ------------------------------------------------------------------ running the work


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _run_in_order(
    paths: Sequence[str], backends: Sequence[str], max_bytes: int, jobs: int, client: Client | None
) -> Iterator[FileAnalysis]:
    """Analyse ``paths`` here, in processes or on Dask; yield the results in input order."""
    if not paths:  # everything came from the cache: start no workers
        return
    if client is not None:
        # Only the client's own methods: kolumne never imports Dask itself.
        futures = client.map(
            analyze_files,
            list(_chunks(paths, FILES_PER_TASK)),
            backends=tuple(backends),
            max_bytes=max_bytes,
            pure=False,
        )
        for future in futures:
            yield from future.result()
            future.release()  # the cluster may forget a chunk once it is here
        return
    if jobs == 1:
        for path in paths:
            yield analyze_file(path, backends, max_bytes)
        return
    # Load the lexicons here first: where workers are forked (Linux) they inherit them
    # instead of each reading its own copy.
    section_records(parse_column("Frage:\nGut?\nAntwort:\nJa."), backends)
    with ProcessPoolExecutor(max_workers=jobs) as executor:
        chunks = _chunks(paths, FILES_PER_TASK)
        for results in executor.map(analyze_files, chunks, repeat(backends), repeat(max_bytes)):
            yield from results


def _progress_bar(total: int, progress: bool | None):
    from tqdm.auto import tqdm

    if progress is None:
        # On a terminal, or in Jupyter (where tqdm.auto draws a widget); never in logs.
        progress = sys.stderr.isatty() or "ipykernel" in sys.modules
    return tqdm(total=total, unit="column", disable=not progress, desc="kolumne")


def _key_or_failure(path: str, backends: Sequence[str], max_bytes: int) -> str | Failure:
    try:
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        return Failure(path, describe_error(error))
    return cache_key(data, backends)


def analyze_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    backends: Sequence[str] = DEFAULT_BACKENDS,
    jobs: int = 1,
    client: Client | None = None,
    cache: str | os.PathLike | None = None,
    progress: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CorpusAnalysis:
    """Analyse every column file in ``paths`` (files, folders or globs, as in
    ``load_corpus``) into the ``sections`` and ``comparison`` frames.

    ``jobs`` worker processes (1: this process), or the Dask cluster behind ``client``;
    ``cache`` a folder for resumable runs (see the module docstring); ``progress``
    True/False shows/hides the progress bar (default: only on a terminal or in Jupyter).
    Files that fail are skipped and listed in ``failures``.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> analysis = analyze_corpus([columns_dir(), "fehlt.txt"], progress=False)
        >>> sorted(set(analysis.comparison["column_id"])), analysis.failures
        (['2016-kollege-sabotiert'], (Failure(file='fehlt.txt', reason='No such file or directory'),))
        >>> analyze_corpus(columns_dir(), jobs=2, progress=False).comparison.shape  # doctest: +SKIP
        (30, 9)
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs!r}")
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[str] = []
    failures: list[Failure] = []
    for item in items:
        try:
            files += column_file_names(item)
        except OSError as error:
            failures.append(Failure(str(item), describe_error(error)))

    files = list(dict.fromkeys(files))  # a file named twice the same way is one column
    renamed = distinct_column_ids(files)
    result_cache = ResultCache(Path(cache) / "sections") if cache is not None else None
    keys: list[str | Failure | None] = [
        _key_or_failure(file, backends, max_bytes) if result_cache else None for file in files
    ]
    to_analyse = [
        file
        for file, key in zip(files, keys)
        if result_cache is None or (isinstance(key, str) and not result_cache.has(key))
    ]
    pending = set(to_analyse) if result_cache is not None else set()
    computed = _run_in_order(to_analyse, backends, max_bytes, jobs, client)

    sections = GrowingFrame(section_frame([]))
    comparisons = GrowingFrame(comparison(section_frame([])))
    rows: list[dict] = []

    def gather(records: list[dict]) -> None:
        # A chunk holds whole columns, so the comparison is made chunk by chunk: its
        # working memory stays that of one chunk, whatever the size of the archive.
        chunk = section_frame(records)
        sections.append(chunk)
        comparisons.append(comparison(chunk))
        _return_freed_memory()

    with _progress_bar(len(files), progress) as bar:
        for file, key in zip(files, keys):
            if isinstance(key, Failure):
                failures.append(key)
            elif result_cache is not None and file not in pending:
                rows += result_cache.load(key, column_id=renamed.get(file, Path(file).stem))
            else:
                result = next(computed)
                if result.failure is not None:
                    failures.append(result.failure)
                else:
                    if result_cache is not None:
                        result_cache.store(key, result.rows)
                    if file in renamed:
                        rows += [{**row, "column_id": renamed[file]} for row in result.rows]
                    else:
                        rows += result.rows
            if len(rows) >= ROWS_PER_CHUNK:
                # Thousands of dicts take ten times the memory of the same rows as arrays.
                gather(rows)
                rows = []
            bar.update()
    if rows:
        gather(rows)
    return CorpusAnalysis(sections.frame(), comparisons.frame(), tuple(failures))
