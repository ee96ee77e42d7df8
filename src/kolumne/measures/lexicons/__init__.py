"""Hand-made German word lists that the measures use, each with its source.

Every list is a plain Python literal (no data files to package, nothing to unpickle),
with the source or the reason for every entry: ``german`` for the sentiment backends'
negators, intensifiers, modal verbs and idioms; ``german_tone`` for the tone measures'
pronouns, forms of address, hedges, intensifiers and imperative rules.

Example:
    >>> from kolumne.measures.lexicons import german
    >>> "niemals" in german.NEGATORS
    True
"""
