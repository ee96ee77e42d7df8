"""The slow reference for the ``textblob-de-repaired`` backend: textblob-de's own
pattern ``Sentiment`` machinery, with the same repairs patched into its lexicon and
negation list, run over the loader's words. The fast backend must return exactly this
number."""

from functools import cache

from kolumne.measures.lexicons.german import INTENSIFIERS, NEGATORS
from kolumne.measures.sentiment.repaired import (
    TEXTBLOB_SCALE,
    modal_forms_in,
    pattern_key,
    pattern_mean,
    textblob_de_xml,
)
from kolumne.measures.sentiment.scan import opens_sentence
from kolumne.text import install_offline_punkt, word_spans


@cache
def _repaired_pattern_sentiment():
    """textblob-de's own (pattern) ``Sentiment`` object with the repairs patched in."""
    install_offline_punkt()
    from textblob_de.packages import pattern_text

    sentiment = pattern_text.Sentiment(
        path=str(textblob_de_xml()),
        negations=tuple(sorted(NEGATORS)),
        modifiers=("RB",),
        modifier=lambda word: word in INTENSIFIERS,
        language="de",
    )
    sentiment.load()
    for tags in sentiment.values():
        for tag, (polarity, subjectivity, intensity) in list(tags.items()):
            tags[tag] = (polarity * TEXTBLOB_SCALE, subjectivity, intensity)
    for word, factor in INTENSIFIERS.items():
        sentiment.annotate(word, "RB", 0.0, 0.0, factor)
    for word in modal_forms_in(sentiment):
        dict.__delitem__(sentiment, word)
    return sentiment


def reference_polarity(sentence: str) -> float:
    """``textblob-de-repaired`` computed the slow way, with textblob-de's own machinery.

    The words are kolumne's word tokens of the sentence (``kolumne.text.word_spans``,
    what the loader stores and every backend reads): punctuation, numbers and addresses
    are dropped, as textblob-de's lemmatiser drops punctuation. Each word is reduced to
    its lexicon key as the fast backend does, whether it opens a sentence is read off
    the whole text before it (``opens_sentence``), and pattern's own ``Sentiment``
    scores the keys.

    textblob-de's own tokenizer is not used to find the words: it splits some of
    kolumne's words ("„Gute“-Laune-Situation" into "„Gute", "“", "-",
    "Laune-Situation"), and the reference must score the same words as the backend.
    """
    keys = [
        pattern_key(word, opens_sentence(sentence[:start]))
        for start, _end, word in word_spans(sentence, "de")
    ]
    assessments = _repaired_pattern_sentiment()(keys).assessments
    return pattern_mean([polarity for _words, polarity, _s, _x in assessments if polarity != 0.0])
