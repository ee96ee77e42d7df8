"""Sentence sentiment behind one interface: a polarity in [-1, 1] and a label per sentence.

Backends:
- ``textblob-de``: stock textblob-de 0.4.3 polarity, exactly as users know it (its
  known German flaws included), for comparison.

Example:
    >>> score(["Das ist gut.", "Das ist schlecht."], backend="textblob-de")["label"].tolist()
    ['positive', 'negative']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import pandas as pd

from kolumne.text import install_offline_punkt


@cache
def _textblob_de_class():
    # textblob-de's own sentence splitter and lemmatiser ask NLTK for the German Punkt
    # model; install_offline_punkt makes NLTK find it on disk instead of downloading.
    install_offline_punkt()
    from textblob_de import TextBlobDE

    return TextBlobDE


def _textblob_de_polarity(sentence: str) -> float:
    return float(_textblob_de_class()(sentence).sentiment.polarity)


_SCORERS: dict[str, Callable[[str], float]] = {
    "textblob-de": _textblob_de_polarity,
}
_ALIASES = {"default": "textblob-de"}

BACKENDS: tuple[str, ...] = (*_SCORERS, *_ALIASES)


def label(polarity: float) -> str:
    """Name the polarity: "negative" below 0, "positive" above 0, else "neutral".

    Example:
        >>> label(-0.2), label(0.0), label(0.7)
        ('negative', 'neutral', 'positive')
    """
    if polarity > 0:
        return "positive"
    if polarity < 0:
        return "negative"
    return "neutral"


def score(sentences: Sequence[str], backend: str = "default") -> pd.DataFrame:
    """Score each sentence; one row per sentence with ``text``, ``polarity``, ``label``.

    Example:
        >>> score(["Ich habe keine Zeit."], backend="textblob-de").columns.tolist()
        ['text', 'polarity', 'label', 'backend']
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentiment backend {backend!r}; choose one of {BACKENDS}")
    name = _ALIASES.get(backend, backend)
    polarities = [_SCORERS[name](sentence) for sentence in sentences]
    return pd.DataFrame(
        {
            "text": list(sentences),
            "polarity": pd.Series(polarities, dtype="float64"),
            "label": [label(polarity) for polarity in polarities],
            "backend": name,
        }
    )
