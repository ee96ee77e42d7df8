"""Sentence sentiment, under its short name: ``kolumne.sentiment`` is
``kolumne.measures.sentiment`` (the backends, ``score``, ``BACKENDS``, ``explain`` …).

Example:
    >>> from kolumne import sentiment
    >>> sentiment.score(["Das ist gut."])["label"].tolist()
    ['positive']
"""

from kolumne.measures.sentiment import *
from kolumne.measures.sentiment import __all__  # noqa: F401
