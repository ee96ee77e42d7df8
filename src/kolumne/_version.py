"""kolumne's version, in a module of its own: the figures' provenance and the corpus cache
key read it without importing the package face (and everything the face imports).
Kept equal to ``version`` in pyproject.toml; a test checks that they match.

Example:
    >>> __version__.count(".")
    2
"""

__version__ = "0.1.0"
