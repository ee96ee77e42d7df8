"""What a sentiment backend says about a sentence: its score and the words behind it.

Example:
    >>> label(-0.2), label(0.0), label(0.7), label(0.1, neutral_band=(-0.2, 0.2))
    ('negative', 'neutral', 'positive', 'neutral')
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class WordContribution:
    """One word (or idiom) that moved a sentence's score.

    ``weight`` is what the word added after negation and intensifiers; ``start``/``end``
    index the sentence (``None`` for stock textblob-de, which scores lemmas, not words).

    Example:
        >>> WordContribution(token="gut", lexicon_form="gut", weight=0.37, intensity=1.5).intensity
        1.5
    """

    token: str
    lexicon_form: str
    weight: float
    negated: bool = False
    intensity: float = 1.0
    start: int | None = None
    end: int | None = None
    quoted: bool = False


@dataclass(frozen=True)
class SentenceScore:
    """A backend's verdict on one sentence.

    Example:
        >>> SentenceScore(0.5, (), float("nan"), 0.0, 3).polarity
        0.5
    """

    polarity: float
    contributions: tuple[WordContribution, ...]
    quoted_polarity: float
    evaluative_word_share: float
    # The sentence's word tokens: the weight of its polarity in a section's mean.
    word_count: int


def label(polarity: float, neutral_band: tuple[float, float] = (0.0, 0.0)) -> str:
    """Name the polarity: "negative" below the band, "positive" above it, else "neutral".

    Example:
        >>> label(-0.2), label(0.0), label(0.7), label(0.1, neutral_band=(-0.2, 0.2))
        ('negative', 'neutral', 'positive', 'neutral')
    """
    low, high = neutral_band
    if polarity > high:
        return "positive"
    if polarity < low:
        return "negative"
    return "neutral"
