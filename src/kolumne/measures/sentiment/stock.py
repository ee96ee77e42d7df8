"""Stock textblob-de 0.4.3, exactly as users know it, for comparison.

Its known German flaws: every word is lower-cased before the lexicon lookup, so the
capitalised nouns ("Erfolg", "Angst") never score; "niemals" or "keinen" do not negate;
polarity has four levels, so "sehr gut" equals "gut"; "ß" becomes "ss" only in its
lemmas. It splits and lemmatises the sentence with its own tokenizer (that is the point
of a stock baseline); its ``word_count`` is the loader's word count, like every backend's.

Example:
    >>> from kolumne.load import parse_sentence
    >>> stock_score(parse_sentence("Das ist gut.", "de")).polarity > 0
    True
"""

from __future__ import annotations

import math
from functools import cache

from kolumne.measures.sentiment.results import SentenceScore, WordContribution
from kolumne.model import Sentence
from kolumne.text import punkt_tokenizer


@cache
def _stock_textblob_de():
    from nltk.tokenize import TreebankWordTokenizer
    from textblob_de.sentiments import PatternAnalyzer, pattern_sentiment
    from textblob_de.tokenizers import NLTKPunktTokenizer

    class OfflinePunktTokenizer(NLTKPunktTokenizer):
        # textblob-de's own __init__ asks NLTK for "tokenizers/punkt/german.pickle";
        # this one takes the same German Punkt model from kolumne.text, in memory.
        def __init__(self):
            self.tokens = []
            self.sent_tok = punkt_tokenizer("de")
            self.word_tok = TreebankWordTokenizer()

    # The same analyser that TextBlobDE(text).sentiment builds on every call, built once.
    return PatternAnalyzer(tokenizer=OfflinePunktTokenizer()), pattern_sentiment


# textblob-de's own negation list, to mark which of its assessments were negated.
_STOCK_NEGATIONS = frozenset({"nicht", "ohne", "nie", "nein", "kein", "keiner", "keine", "nichts"})


def stock_score(sentence: Sentence) -> SentenceScore:
    """Score ``sentence`` with stock textblob-de."""
    analyzer, pattern_sentiment = _stock_textblob_de()
    result = pattern_sentiment(analyzer._lemmatize(sentence.text))
    contributions = tuple(
        WordContribution(
            token=" ".join(words),
            lexicon_form=" ".join(word for word in words if word not in _STOCK_NEGATIONS),
            weight=float(polarity),
            negated=any(word in _STOCK_NEGATIONS for word in words),
        )
        for words, polarity, _subjectivity, _label in result.assessments
    )
    word_count = len(sentence.words)
    return SentenceScore(
        polarity=float(result[0]),
        contributions=contributions,
        quoted_polarity=math.nan,
        evaluative_word_share=len(contributions) / word_count if word_count else 0.0,
        word_count=word_count,
    )
