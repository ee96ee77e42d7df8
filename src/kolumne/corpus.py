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
import multiprocessing
import os
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice, repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kolumne.cache import CorpusStore, ResultCache, StoredCorpus, cache_key, corpus_key
from kolumne.frames import comparison, prepare_sentiment, section_frame, section_records
from kolumne.load import (
    DEFAULT_MAX_BYTES,
    ColumnFormatError,
    Failure,
    column_file_names,
    describe_error,
    load_column,
)
from kolumne.model import Column

if TYPE_CHECKING:
    from distributed import Client

# The default analysis: the contextual backend, which agrees best with people, and beside
# it for comparison the word-list backends that explain their scores word by word, two
# German and one English; each column is scored by those with rules for its language
# (stock textblob-de is left out: it is slow and its German flaws are documented).
DEFAULT_BACKENDS: tuple[str, ...] = ("contextual", "textblob-de-repaired", "sentiws", "vader")
# Per-column charts are drawn for every column up to this many; beyond, a report shows
# the corpus views and the columns one names.
DETAIL_LIMIT = 10
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
    ``kolumne.frames.comparison`` of it, for every file that loaded, in input order;
    ``files`` maps each column id to the file it came from.

    Example:
        >>> empty = CorpusAnalysis(pd.DataFrame(), pd.DataFrame(), ())
        >>> len(empty.sections), empty.failures, empty.column_ids
        (0, (), [])
    """

    sections: pd.DataFrame
    comparison: pd.DataFrame
    failures: tuple[Failure, ...]
    files: dict[str, str] = field(default_factory=dict)

    @property
    def column_ids(self) -> list[str]:
        """The ids of the columns analysed, in input order.

        Example:
            >>> from kolumne.paths import columns_dir
            >>> analyze_corpus(columns_dir(), progress=False).column_ids
            ['2016-kollege-sabotiert']
        """
        return list(self.files)

    def load(self, column_ids: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Column]:
        """The columns behind ``column_ids``, loaded again from their files (the
        analysis keeps no texts). A column whose file name another file shares keeps
        its file name as ``column_id`` here, not the longer id of the analysis.

        Example:
            >>> from kolumne.paths import columns_dir
            >>> analysis = analyze_corpus(columns_dir(), progress=False)
            >>> [column.column_id for column in analysis.load(analysis.column_ids)]
            ['2016-kollege-sabotiert']
        """
        unknown = [column_id for column_id in column_ids if column_id not in self.files]
        if unknown:
            raise KeyError(f"no column {', '.join(map(repr, unknown))} in this analysis")
        return [load_column(self.files[column_id], max_bytes=max_bytes) for column_id in column_ids]


def _load_or_failure(path: str | os.PathLike, max_bytes: int) -> Column | Failure:
    try:
        return load_column(path, max_bytes=max_bytes)
    except (OSError, ColumnFormatError) as error:
        return Failure(str(path), describe_error(error))


def _analysis(
    path: str | os.PathLike, loaded: Column | Failure, backends: Sequence[str]
) -> FileAnalysis:
    if isinstance(loaded, Failure):
        return FileAnalysis(str(path), (), loaded)
    return FileAnalysis(str(path), tuple(section_records(loaded, backends)))


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
    return _analysis(path, _load_or_failure(path, max_bytes), backends)


def analyze_files(
    paths: Sequence[str],
    backends: Sequence[str] = DEFAULT_BACKENDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[FileAnalysis]:
    """``analyze_file`` for each path: the unit of work sent to a process or Dask worker.

    The contextual backend embeds the sentences of all these files in one go.

    Example:
        >>> from kolumne.paths import columns_dir
        >>> [result.failure for result in analyze_files([columns_dir() / "2016-kollege-sabotiert.txt"])]
        [None]
    """
    loaded = [_load_or_failure(path, max_bytes) for path in paths]
    columns = [column for column in loaded if isinstance(column, Column)]
    prepare_sentiment(columns, backends)
    return [_analysis(path, column, backends) for path, column in zip(paths, loaded, strict=True)]


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


def _stem(file: str) -> str:
    """A file's column id: as ``Path(file).stem``, without a Path object per file."""
    return os.path.splitext(os.path.basename(file))[0]


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

    stems = Counter(map(_stem, files))
    repeated = [file for file in files if stems[_stem(file)] > 1]
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
        for chunk in _chunks(paths, FILES_PER_TASK):
            yield from analyze_files(chunk, backends, max_bytes)
        return
    # Workers start from a fresh server process, not as forks of this one: the embedding
    # engine's threads do not survive a fork (a forked worker waits for them forever).
    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as executor:
        chunks = _chunks(paths, FILES_PER_TASK)
        for results in executor.map(analyze_files, chunks, repeat(backends), repeat(max_bytes)):
            yield from results


def _inside_a_kernel() -> bool:
    """Whether this process is a running Jupyter kernel. ipykernel being imported is not
    enough: a process that only starts kernels (a report, a test run) imports it too."""
    if "ipykernel" not in sys.modules:
        return False
    from ipykernel.kernelapp import IPKernelApp

    return IPKernelApp.initialized()


def _progress_bar(total: int, progress: bool | None):
    from tqdm.auto import tqdm

    if progress is None:
        # On a terminal, or in Jupyter (where tqdm.auto draws a widget); never in logs.
        progress = sys.stderr.isatty() or _inside_a_kernel()
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
    if cache is not None:
        store = CorpusStore(Path(cache) / "corpora")
        whole_key = corpus_key(
            [(failure.file, f"failed: {failure.reason}") for failure in failures]
            + [
                (file, key if isinstance(key, str) else f"failed: {key.reason}")
                for file, key in zip(files, keys)
            ]
        )
        stored = store.load(whole_key)
        if stored is not None:
            return CorpusAnalysis(
                stored.sections,
                stored.comparison,
                tuple(Failure(file, reason) for file, reason in stored.failures),
                stored.files,
            )
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
    analysed: dict[str, str] = {}

    def gather(records: list[dict]) -> None:
        # A chunk holds whole columns, so the comparison is made chunk by chunk: its
        # working memory stays that of one chunk, whatever the size of the archive.
        chunk = section_frame(records)
        sections.append(chunk)
        comparisons.append(comparison(chunk))
        _return_freed_memory()

    with _progress_bar(len(files), progress) as bar:
        for file, key in zip(files, keys):
            column_id = renamed.get(file) or _stem(file)
            if isinstance(key, Failure):
                failures.append(key)
            elif result_cache is not None and file not in pending:
                rows += result_cache.load(key, column_id=column_id)
                analysed[column_id] = file
            else:
                result = next(computed)
                if result.failure is not None:
                    failures.append(result.failure)
                else:
                    if result_cache is not None:
                        result_cache.store(key, result.rows)
                    if file in renamed:
                        rows += [{**row, "column_id": column_id} for row in result.rows]
                    else:
                        rows += result.rows
                    analysed[column_id] = file
            if len(rows) >= ROWS_PER_CHUNK:
                # Thousands of dicts take ten times the memory of the same rows as arrays.
                gather(rows)
                rows = []
            bar.update()
    if rows:
        gather(rows)
    analysis = CorpusAnalysis(sections.frame(), comparisons.frame(), tuple(failures), analysed)
    if cache is not None:
        store.store(
            whole_key,
            StoredCorpus(
                analysis.sections,
                analysis.comparison,
                analysed,
                tuple((failure.file, failure.reason) for failure in failures),
            ),
        )
    return analysis


def column_overview(analysis: CorpusAnalysis) -> pd.DataFrame:
    """One row per column: ``column_id``, ``file``, ``language``, ``exchanges`` and the
    words of its questions and of its answers (all exchanges together).

    Example:
        >>> from kolumne.paths import columns_dir
        >>> row = column_overview(analyze_corpus(columns_dir(), progress=False)).iloc[0]
        >>> row["column_id"], row["language"], int(row["exchanges"]), int(row["question_words"])
        ('2016-kollege-sabotiert', 'de', 1, 139)
    """
    ids = analysis.column_ids
    sections = analysis.sections
    words = sections[sections["metric"] == "words"]
    by_column = words.groupby("column_id", observed=True)
    totals = words.pivot_table(
        index="column_id", columns="section", values="value", aggfunc="sum", observed=True
    )
    return pd.DataFrame(
        {
            "column_id": ids,
            "file": [analysis.files[column_id] for column_id in ids],
            "language": by_column["language"].first().astype(str).reindex(ids).to_numpy(),
            "exchanges": by_column["exchange"].nunique().reindex(ids).to_numpy(),
            "question_words": totals.get("question", pd.Series(dtype=float))
            .reindex(ids)
            .to_numpy(),
            "answer_words": totals.get("answer", pd.Series(dtype=float)).reindex(ids).to_numpy(),
        }
    )


def columns_in_detail(
    analysis: CorpusAnalysis, wanted: Sequence[str] | None = None, limit: int = DETAIL_LIMIT
) -> list[str]:
    """The ids of the columns to draw one by one: ``wanted`` (checked against the
    analysis), or, when none are named, every column if there are at most ``limit``,
    else none (a large corpus is shown by its corpus views).

    Example:
        >>> from kolumne.paths import columns_dir
        >>> analysis = analyze_corpus(columns_dir(), progress=False)
        >>> columns_in_detail(analysis), columns_in_detail(analysis, limit=0)
        (['2016-kollege-sabotiert'], [])
        >>> columns_in_detail(analysis, ["2016-kollege"])
        Traceback (most recent call last):
        ...
        ValueError: no column '2016-kollege' among the 1 analysed; did you mean '2016-kollege-sabotiert'?
    """
    import difflib

    ids = analysis.column_ids
    if wanted is None:
        return ids if len(ids) <= limit else []
    known = set(ids)
    for column_id in wanted:
        if column_id not in known:
            close = difflib.get_close_matches(column_id, ids, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"no column {column_id!r} among the {len(ids)} analysed{hint}")
    return list(dict.fromkeys(wanted))
