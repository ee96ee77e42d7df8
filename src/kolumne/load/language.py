"""Which language a column is written in, told by its common function words.

Example:
    >>> detect_language("Mein Chef nimmt mir die Arbeit weg. Was kann ich tun?")
    'de'
"""

from __future__ import annotations

from collections import Counter

from kolumne.text import Language, words

# fmt: off
GERMAN_WORDS = frozenset({
    "der", "das", "und", "ich", "nicht", "ist", "mit", "zu", "den", "ein", "eine", "es",
    "auf", "für", "wie", "mein", "meine", "sich", "dass", "auch", "aber", "wenn", "wir",
    "haben", "habe", "sie", "ihr", "ihre", "mir", "mich", "von", "bei", "oder", "noch",
})
ENGLISH_WORDS = frozenset({
    "the", "and", "i", "to", "of", "is", "my", "that", "it", "you", "for", "with", "but",
    "not", "he", "she", "what", "have", "be", "me", "this", "your", "are", "do", "how", "can",
    "would", "should", "they", "them",
})
# fmt: on


def detect_language(text: str) -> Language:
    """ "de" or "en", whichever language's common function words occur more often.

    Example:
        >>> detect_language("My boss takes the credit for my work. What can I do?")
        'en'
    """
    frequencies: Counter[str] = Counter()
    # Each distinct word is lower-cased once, not every occurrence.
    for word, count in Counter(words(text, "de")).items():
        frequencies[word.lower()] += count
    german = sum(frequencies[word] for word in GERMAN_WORDS & frequencies.keys())
    english = sum(frequencies[word] for word in ENGLISH_WORDS & frequencies.keys())
    return "en" if english > german else "de"
