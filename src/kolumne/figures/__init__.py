"""From tidy frames to what a reader sees: one function per chart, a DataFrame in, a
``matplotlib.figure.Figure`` out (saving is ``kolumne.export.save_figure``'s job).

- ``structure_charts``: the column's anatomy, sentence and word lengths;
- ``sentiment_charts``: polarity sentence by sentence, the words behind it, agreement;
- ``readability_charts``: every formula against its bands;
- ``tone_charts``: question against answer, person and address;
- ``corpus_charts``: answer − question over many columns, with the median's interval;
- ``scales``: axis ranges from the metric registry, widened only to reach every value;
- ``validation_charts``: confusion matrices and scores against people;
- ``labels``: every label that is not a metric's, in English and German;
- ``reading``: a paragraph generated from the numbers;
- ``html``: sentences with their scored words highlighted.

Every chart takes ``lang="en"`` (the default) or ``lang="de"``, and the per-exchange
charts a ``caption`` that names the column and the exchange (``labels.exchange_caption``).

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["imperative_share"], "backend": "",
    ...                       "question": [0.0], "answer": [0.44]})
    >>> tone_dumbbell(frame, lang="de").axes[0].get_xlabel()
    '% der Sätze'
"""

from kolumne.figures.corpus_charts import corpus_differences
from kolumne.figures.labels import exchange_caption
from kolumne.figures.readability_charts import readability_bands
from kolumne.figures.sentiment_charts import backend_agreement, sentence_polarity, top_words
from kolumne.figures.structure_charts import column_anatomy, length_distributions
from kolumne.figures.tone_charts import address_profile, tone_dumbbell
from kolumne.figures.validation_charts import (
    confusion_matrices,
    section_agreement,
    validation_scores,
)

__all__ = [
    "address_profile",
    "backend_agreement",
    "column_anatomy",
    "confusion_matrices",
    "corpus_differences",
    "exchange_caption",
    "length_distributions",
    "readability_bands",
    "section_agreement",
    "sentence_polarity",
    "tone_dumbbell",
    "top_words",
    "validation_scores",
]
