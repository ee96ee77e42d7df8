"""Small hand-made German word lists that the sentiment backends add to their lexicons.

Every list lives in ``kolumne.lexicons.german`` as plain Python literals (no data files
to package, nothing to unpickle), each with the source or the reason for every entry.

Example:
    >>> from kolumne.lexicons import german
    >>> "niemals" in german.NEGATORS
    True
"""
