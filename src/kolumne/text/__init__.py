"""Tokenisation, per language: paragraphs, sentences, words (the one token definition)
and syllables.

The loader splits every section into sentences and tokens exactly once, with these
functions, and stores them as offsets (``Sentence.tokens``); every measure counts from
those tokens. Call these functions directly to see how a text of your own is split.

Example:
    >>> split_sentences("Das gilt z.B. heute. Morgen nicht.", "de")
    ['Das gilt z.B. heute.', 'Morgen nicht.']
    >>> words("Um 9 Uhr geht's los – 3 E-Mails seit 2016.", "de")
    ['Um', 'Uhr', "geht's", 'los', 'E-Mails', 'seit']
"""

from kolumne.text.language import LANGUAGES, Language, check_language
from kolumne.text.paragraphs import is_layout_break, paragraph_spans, wrap_width
from kolumne.text.sentences import (
    install_offline_punkt,
    is_one_sentence,
    paragraph_sentence_spans,
    punkt_tokenizer,
    sentence_spans,
    split_sentences,
)
from kolumne.text.syllables import english_syllables, german_syllables, letter_count, syllables
from kolumne.text.words import tokens, word_spans, words

__all__ = [
    "LANGUAGES",
    "Language",
    "check_language",
    "english_syllables",
    "german_syllables",
    "install_offline_punkt",
    "is_layout_break",
    "is_one_sentence",
    "letter_count",
    "paragraph_sentence_spans",
    "paragraph_spans",
    "punkt_tokenizer",
    "sentence_spans",
    "split_sentences",
    "syllables",
    "tokens",
    "word_spans",
    "words",
    "wrap_width",
]
