"""The languages kolumne has rules for, and the check every per-language function makes.

Example:
    >>> check_language("en")
    'en'
"""

from __future__ import annotations

from typing import Literal

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


def check_language(language: str) -> Language:
    """Return ``language`` if kolumne knows it, else raise a ValueError that says which it knows.

    Example:
        >>> check_language("fr")
        Traceback (most recent call last):
        ...
        ValueError: language must be one of ('de', 'en'), not 'fr'
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


_NAMES: dict[Language, str] = {"de": "German", "en": "English"}


def not_available_note(language: str, rule_languages: tuple[Language, ...]) -> str:
    """The note for a measure with rules for ``rule_languages`` only, on a text in
    ``language``: the one wording that frames, the command line and charts show.

    Example:
        >>> not_available_note("en", ("de",))
        'not available for en: German rules only'
    """
    only = " and ".join(_NAMES[code] for code in rule_languages)
    return f"not available for {language}: {only} rules only"
