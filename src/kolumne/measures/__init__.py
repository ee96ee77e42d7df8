"""Section in, numbers out: every measure takes a ``Section`` and its column's language.

- ``metrics``: the registry, one record per metric (name with unit, direction, labels,
  chart panel, bands); frames, charts, the reading and the CLI take names from it;
- ``readability``: Flesch-Amstad, Wiener Sachtextformel, LIX, SMOG (German), Flesch and
  Flesch-Kincaid (English);
- ``tone``: person and address, imperatives, advice, hedges, intensifiers, questions,
  exclamations, quoted speech;
- ``sentiment``: sentence polarity behind one interface, several backends;
- ``lexicons``: the hand-made word lists, each with its source.

A measure without rules for a language gives no value (NaN), and the registry says why;
it never applies German rules to English.
"""
