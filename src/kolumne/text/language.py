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
