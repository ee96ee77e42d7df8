"""The corpus cache: what ``kolumne.analyze_corpus`` keeps between runs.

Two stores share one folder:

- ``sections/``: each file's rows of the ``sections`` frame, one Parquet file per key
  (the file's bytes, the sentiment backends, ``kolumne.__version__``), so that an
  interrupted run resumes and a changed file is analysed afresh;
- ``corpora/``: the finished frames of a whole run (``sections``, ``comparison``, the
  files behind the columns and the failures), under a key made of every file's key.
  Reading one corpus back takes one file instead of one per column, which is what a
  report's notebooks do, each of them, after the first analysis.

Example:
    >>> import tempfile
    >>> cache = ResultCache(Path(tempfile.mkdtemp()))
    >>> cache.store("abc", ({"column_id": "x", "words": 3},))
    >>> cache.load("abc", column_id="y")
    ({'column_id': 'y', 'words': 3},)
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


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


def corpus_key(entries: Sequence[tuple[str, str]]) -> str:
    """The key of a whole run: each file as given with its own key (or the reason it
    could not be read), in input order.

    Example:
        >>> corpus_key([("a.txt", "k1"), ("b.txt", "k2")]) == corpus_key([("b.txt", "k2"), ("a.txt", "k1")])
        False
    """
    digest = hashlib.sha256()
    for file, key in entries:
        digest.update(file.encode("utf-8", "surrogateescape") + b"\0" + key.encode() + b"\0")
    return digest.hexdigest()


def _write_atomically(target: Path, write) -> None:
    """``write(path)`` to a temporary file next to ``target``, then rename it: an
    interrupted run never leaves half a file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    write(temporary)
    temporary.replace(target)


@dataclass(frozen=True)
class ResultCache:
    """Section rows stored as one Parquet file per key in ``folder``.

    Example:
        >>> import tempfile
        >>> cache = ResultCache(Path(tempfile.mkdtemp()))
        >>> cache.has("abc"), cache.store("abc", ({"words": 3},)), cache.has("abc")
        (False, None, True)
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
        """Store ``rows`` under ``key``.

        Example:
            >>> import tempfile
            >>> cache = ResultCache(Path(tempfile.mkdtemp()))
            >>> cache.store("abc", ({"words": 3},))
            >>> sorted(path.name for path in cache.folder.iterdir())
            ['abc.parquet']
        """
        frame = pd.DataFrame(list(rows))
        _write_atomically(self._path(key), lambda path: frame.to_parquet(path, index=False))


@dataclass(frozen=True)
class StoredCorpus:
    """The frames of one finished run, as ``CorpusStore.load`` gives them back.

    ``files`` maps each column id to the file it came from; ``failures`` are
    (file, reason) pairs.

    Example:
        >>> StoredCorpus(pd.DataFrame(), pd.DataFrame(), {}, ()).failures
        ()
    """

    sections: pd.DataFrame
    comparison: pd.DataFrame
    files: dict[str, str]
    failures: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CorpusStore:
    """Whole runs stored under their ``corpus_key`` in ``folder``: two Parquet files for
    the frames and a JSON file for the files and failures.

    Example:
        >>> import tempfile
        >>> store = CorpusStore(Path(tempfile.mkdtemp()))
        >>> frame = pd.DataFrame({"column_id": pd.Categorical(["a"]), "value": [1.0]})
        >>> store.store("k", StoredCorpus(frame, frame, {"a": "a.txt"}, (("b.txt", "empty"),)))
        >>> again = store.load("k")
        >>> again.files, again.failures, str(again.sections["column_id"].dtype)
        ({'a': 'a.txt'}, (('b.txt', 'empty'),), 'category')
        >>> store.load("other") is None
        True
    """

    folder: Path

    def _paths(self, key: str) -> tuple[Path, Path, Path]:
        return (
            self.folder / f"{key}.sections.parquet",
            self.folder / f"{key}.comparison.parquet",
            self.folder / f"{key}.json",
        )

    def load(self, key: str) -> StoredCorpus | None:
        """The run stored under ``key``, or None when there is none (or only part of
        one: the JSON file is written last)."""
        sections_path, comparison_path, listing_path = self._paths(key)
        if not listing_path.is_file():
            return None
        listing = json.loads(listing_path.read_text(encoding="utf-8"))
        return StoredCorpus(
            pd.read_parquet(sections_path),
            pd.read_parquet(comparison_path),
            listing["files"],
            tuple((file, reason) for file, reason in listing["failures"]),
        )

    def store(self, key: str, corpus: StoredCorpus) -> None:
        """Store a run under ``key``; the listing goes last, so that a run cut short
        leaves nothing that ``load`` would read."""
        sections_path, comparison_path, listing_path = self._paths(key)
        _write_atomically(sections_path, lambda path: corpus.sections.to_parquet(path, index=False))
        _write_atomically(
            comparison_path, lambda path: corpus.comparison.to_parquet(path, index=False)
        )
        listing = {"files": corpus.files, "failures": [list(pair) for pair in corpus.failures]}
        _write_atomically(
            listing_path,
            lambda path: path.write_text(json.dumps(listing, ensure_ascii=False), encoding="utf-8"),
        )
