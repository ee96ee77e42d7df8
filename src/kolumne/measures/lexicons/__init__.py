"""Hand-made German word lists that the measures use, each with its source.

Every list is a plain Python literal (no data files to package, nothing to unpickle),
with the source or the reason for every entry: ``german`` for the sentiment backends'
negators, intensifiers, modal verbs and idioms.

Example:
    >>> from kolumne.measures.lexicons import german
    >>> "niemals" in german.NEGATORS
    True
"""
