"""Sentences as HTML, each scored word coloured by what it added to the sentence's score.

Example:
    >>> "rgba(178, 24, 43" in render_html(["Ich habe <b>Angst</b>."], "sentiws")
    True
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import pandas as pd

from kolumne.measures.sentiment import (
    SentenceScore,
    explain,
    resolve_backend,
    score,
    unavailable_reason,
)
from kolumne.model import Sentence
from kolumne.text import Language

# ColorBrewer RdBu end points: a diverging red/blue pair readable with red-green
# colour blindness. Opacity grows with the weight, so strong words stand out.
_NEGATIVE_RGB = (178, 24, 43)
_POSITIVE_RGB = (33, 102, 172)


# The weight that gets full colour: word weights of the German lexicons rarely pass 1,
# VADER's valences run to about ±4 (most between 1 and 3); leaving out one word moves
# the contextual polarity by at most about 0.5.
_FULL_COLOUR_WEIGHT = {"vader": 3.0, "contextual": 0.5}
_DEFAULT_FULL_COLOUR_WEIGHT = 0.75


def _colour(weight: float, backend: str) -> str:
    red, green, blue = _POSITIVE_RGB if weight > 0 else _NEGATIVE_RGB
    strength = abs(weight) / _FULL_COLOUR_WEIGHT.get(backend, _DEFAULT_FULL_COLOUR_WEIGHT)
    return f"rgba({red}, {green}, {blue}, {min(1.0, 0.25 + 0.75 * strength):.2f})"


def _render_sentence(
    sentence: Sentence | str,
    result: SentenceScore,
    backend: str,
    language: Language,
    context: list[str],
) -> str:
    contributions = explain(sentence, backend, language, context)
    sentence = sentence.text if isinstance(sentence, Sentence) else sentence
    pieces, position = [], 0
    placed = [c for c in contributions if c.start is not None]
    for contribution in placed:
        if contribution.start < position:
            continue
        pieces.append(html.escape(sentence[position : contribution.start]))
        title = f"{contribution.lexicon_form}: {contribution.weight:+.2f}"
        if contribution.negated:
            title += " (negated)"
        if contribution.intensity != 1.0:
            title += f" (x{contribution.intensity:g})"
        pieces.append(
            f'<span style="background:{_colour(contribution.weight, backend)}" '
            f'title="{html.escape(title)}">'
            f"{html.escape(sentence[contribution.start : contribution.end])}</span>"
        )
        position = contribution.end
    pieces.append(html.escape(sentence[position:]))
    unplaced = [c for c in contributions if c.start is None]
    listing = "".join(
        f' <small title="lemma: weight">[{html.escape(c.token)} {c.weight:+.2f}]</small>'
        for c in unplaced
    )
    if math.isnan(result.polarity):
        verdict = html.escape(unavailable_reason(backend, language) or "no score")
        return f'<p data-polarity="">{"".join(pieces)} <small>({verdict})</small></p>'
    return (
        f'<p data-polarity="{result.polarity:.3f}">{"".join(pieces)}{listing} '
        f"<small>({result.polarity:+.2f})</small></p>"
    )


def render_html(
    sentences: Sequence[str] | Sequence[Sentence] | pd.DataFrame,
    backend: str = "default",
    language: Language = "de",
) -> str:
    """Render sentences as HTML, each scored word coloured by its weight (red negative,
    blue positive; hover for lexicon form and weight), with the sentence polarity.

    Takes a list of sentences or a frame with a ``text`` column. Text is HTML-escaped.

    Example:
        >>> "rgba(178, 24, 43" in render_html(["Ich habe <b>Angst</b>."], "sentiws")
        True
        >>> "&lt;b&gt;" in render_html(["Ich habe <b>Angst</b>."], "sentiws")
        True
    """
    texts = sentences["text"].tolist() if isinstance(sentences, pd.DataFrame) else sentences
    name = resolve_backend(backend, language)
    # Scored together, as a section is: the contextual backend reads them as one context.
    scores = score(list(texts), name, language)
    results = [
        SentenceScore(polarity, (), math.nan, math.nan, words)
        for polarity, words in zip(scores["polarity"], scores["word_count"], strict=True)
    ]
    context = scores["text"].tolist()
    body = "\n".join(
        _render_sentence(text, result, name, language, context)
        for text, result in zip(texts, results, strict=True)
    )
    return f'<div class="kolumne-sentiment" data-backend="{html.escape(backend)}">\n{body}\n</div>'
