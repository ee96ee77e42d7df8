"""The slow reference for the ``textblob-de-repaired`` backend: textblob-de's own
tokenizer and pattern ``Sentiment`` machinery, with the same repairs patched into its
lexicon and negation list. The fast backend must return exactly this number."""

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


@cache
def _pattern_tokenizer():
    install_offline_punkt()
    from textblob_de.tokenizers import PatternTokenizer

    return PatternTokenizer()


def reference_polarity(sentence: str) -> float:
    """``textblob-de-repaired`` computed the slow way, with textblob-de's own machinery.

    textblob-de's tokenizer splits the sentence; the words inside each of its tokens
    (kolumne's word definition) are looked up as the fast backend does, punctuation is
    dropped (as textblob-de's lemmatiser does), and pattern's ``Sentiment`` scores them.
    """
    keys, text_before = [], ""
    for token in _pattern_tokenizer().tokenize(sentence):
        # textblob-de's tokenizer leaves German quotes and slashes attached ("„Kein",
        # "43./Foulelfmeter") and keeps scores ("2:1") whole: take the words inside.
        for start, _end, word in word_spans(token, "de"):
            opening = text_before + token[:start]
            keys.append(pattern_key(word, opens_sentence(opening)))
        text_before += token
    assessments = _repaired_pattern_sentiment()(keys).assessments
    return pattern_mean([polarity for _words, polarity, _s, _x in assessments if polarity != 0.0])
