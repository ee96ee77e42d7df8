"""VADER, the rule-based English sentiment model, with quoted speech scored apart
(``vader``).

VADER 3.3.2 (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment
Analysis of Social Media Text", ICWSM-14), from the ``vaderSentiment`` package (MIT
licence); its lexicon of about 7,500 rated words and emoticons ships inside that package
and is read from there. VADER rates each word on a scale of about -4 to +4 and applies
its rules: a negator up to three words before a word ("not", "never", "isn't", "no",
"least") turns it to -0.74 of its valence, boosters and dampeners ("very", "slightly")
add or take 0.293, a word in capitals among lower-case words gains 0.733, and "but"
halves what comes before it and adds half to what follows. The compound score squashes
the sum of the valences (plus emphasis from "!" and "?") into [-1, 1].

``polarity`` is the compound score of the writer's own voice (the sentence without its
quoted passages), ``quoted_polarity`` that of the quoted passages taken together. Each
word VADER gave a valence is a contribution, at the loader's word it came from.

Example:
    >>> from kolumne.load import parse_sentence
    >>> result = vader_score(parse_sentence("The food was not good.", "en"))
    >>> [(c.token, c.negated) for c in result.contributions], result.polarity < 0
    ([('good', True)], True)
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from copy import copy
from functools import cache, lru_cache
from typing import NamedTuple

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    SentimentIntensityAnalyzer,
    SentiText,
    negated,
)

from kolumne.measures.sentiment.results import SentenceScore, WordContribution
from kolumne.measures.sentiment.scan import ScannedWords, quoted_ranges, scan_words
from kolumne.model import Sentence

# Words that reverse a valence in VADER's rules besides those its ``negated`` finds.
_NEGATING_WORDS = frozenset({"no", "least"})


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """One analyser per process: it parses its lexicon files when it is built."""
    return SentimentIntensityAnalyzer()


class _Passage(NamedTuple):
    """Text handed to VADER, with the sentence offset of each of its characters."""

    text: str
    origins: list[int]


class _Valence(NamedTuple):
    """A word VADER gave a valence, with its place in the sentence."""

    start: int
    end: int
    lexicon_form: str
    weight: float
    negated: bool
    intensity: float


def _join(text: str, spans: Sequence[range]) -> _Passage:
    """The pieces of ``text`` at ``spans``, one space between pieces so that no two words
    run together where a quotation was taken out."""
    characters: list[str] = []
    origins: list[int] = []
    for span in spans:
        if characters:
            characters.append(" ")
            origins.append(span.start)
        characters.extend(text[span.start : span.stop])
        origins.extend(span)
    return _Passage("".join(characters), origins)


def _own_voice(text: str, quoted: Sequence[range]) -> _Passage:
    """``text`` without its quoted passages (quotation marks included)."""
    bounds = [0, *(edge for span in quoted for edge in (span.start, span.stop)), len(text)]
    pieces = [range(start, stop) for start, stop in zip(bounds[::2], bounds[1::2])]
    return _join(text, [piece for piece in pieces if piece])


def _quoted_voice(text: str, quoted: Sequence[range]) -> _Passage:
    """The quoted passages of ``text`` without their quotation marks (each mark is one
    character), which VADER would otherwise keep on a word of two letters."""
    return _join(text, [range(span.start + 1, span.stop - 1) for span in quoted])


def _describe_emoji(passage: _Passage, emojis: dict[str, str]) -> _Passage:
    """The passage as ``polarity_scores`` prepares it: each emoji replaced by its words
    (VADER's emoji lexicon), then stripped; the only step of it that is no method."""
    text, origins = passage
    if not emojis.keys().isdisjoint(text):
        characters: list[str] = []
        described_origins: list[int] = []
        after_space = True
        for character, origin in zip(passage.text, passage.origins):
            if character in emojis:
                described = ("" if after_space else " ") + emojis[character]
                characters.extend(described)
                described_origins.extend([origin] * len(described))
                after_space = False
            else:
                characters.append(character)
                described_origins.append(origin)
                after_space = character == " "
        text, origins = "".join(characters), described_origins
    leading = len(text) - len(text.lstrip())
    stripped = text.strip()
    return _Passage(stripped, origins[leading : leading + len(stripped)])


def _token_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where each of VADER's tokens lies in ``text``: its tokens are the white-space
    chunks of ``text``, stripped of punctuation at either end."""
    spans, cursor = [], 0
    for chunk, token in zip(text.split(), tokens):
        chunk_start = text.index(chunk, cursor)
        # Stripping keeps a token inside its chunk; its first occurrence is the one.
        start = chunk_start + chunk.index(token)
        spans.append((start, start + len(token)))
        cursor = chunk_start + len(chunk)
    return spans


def _valences(analyzer: SentimentIntensityAnalyzer, sentitext: SentiText) -> list[float]:
    """The valence of each token after VADER's rules, as ``polarity_scores`` computes it
    (which keeps them to itself): boosters and "kind of" carry none of their own."""
    tokens = sentitext.words_and_emoticons
    valences: list[float] = []
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if lower in BOOSTER_DICT or (lower == "kind" and following == "of"):
            valences.append(0)
            continue
        valences = analyzer.sentiment_valence(0, sentitext, token, index, valences)
    return analyzer._but_check(tokens, valences)


@lru_cache(maxsize=65536)
def _is_negator(lower: str) -> bool:
    # Cached: VADER's ``negated`` walks its whole list of negators for every word.
    return lower in _NEGATING_WORDS or negated([lower])


def _is_negated(
    analyzer: SentimentIntensityAnalyzer,
    sentitext: SentiText,
    index: int,
    valence: float,
    negators: frozenset[int],
) -> bool:
    """Whether VADER's negation rules turned the sign of token ``index``: its valence
    again with the other ``negators`` (token indices) blanked out has the other sign."""
    others = negators - {index}
    if not others:
        return False
    tokens = sentitext.words_and_emoticons
    probe = copy(sentitext)
    # An empty token is in none of VADER's word lists.
    probe.words_and_emoticons = ["" if other in others else t for other, t in enumerate(tokens)]
    plain = analyzer.sentiment_valence(0, probe, tokens[index], index, [])[-1]
    return plain * valence < 0


def _score_passage(passage: _Passage) -> tuple[float, list[_Valence]]:
    """VADER's compound score of ``passage`` and the valenced words behind it."""
    analyzer = _analyzer()
    prepared = _describe_emoji(passage, analyzer.emojis)
    sentitext = SentiText(prepared.text)
    tokens = sentitext.words_and_emoticons
    valences = _valences(analyzer, sentitext)
    compound = analyzer.score_valence(valences, prepared.text)["compound"]
    lowers = [token.lower() for token in tokens]
    negators = frozenset(index for index, lower in enumerate(lowers) if _is_negator(lower))
    words = []
    for index, ((start, end), valence) in enumerate(
        zip(_token_spans(prepared.text, tokens), valences)
    ):
        if valence == 0:
            continue
        is_negated = _is_negated(analyzer, sentitext, index, valence, negators)
        plain = abs(analyzer.lexicon[lowers[index]]) * (abs(N_SCALAR) if is_negated else 1.0)
        words.append(
            _Valence(
                start=prepared.origins[start],
                end=prepared.origins[end - 1] + 1,
                lexicon_form=lowers[index],
                weight=float(valence),
                negated=is_negated,
                intensity=abs(valence) / plain,
            )
        )
    return compound, words


def _overlapping_words(scanned: ScannedWords, start: int, end: int) -> range:
    """The indices of the loader's words that overlap ``start``..``end``."""
    return range(bisect_right(scanned.ends, start), bisect_left(scanned.starts, end))


def _contribution(
    sentence: Sentence, scanned: ScannedWords, valence: _Valence, quoted: bool
) -> WordContribution:
    """The contribution at the loader's word(s) VADER's token came from; an emoticon,
    which is no word, keeps its own place."""
    overlapping = _overlapping_words(scanned, valence.start, valence.end)
    start, end = valence.start, valence.end
    if overlapping:
        start, end = scanned.starts[overlapping[0]], scanned.ends[overlapping[-1]]
    return WordContribution(
        token=sentence.text[start:end],
        lexicon_form=valence.lexicon_form,
        weight=valence.weight,
        negated=valence.negated,
        intensity=valence.intensity,
        start=start,
        end=end,
        quoted=quoted,
    )


def _own_evaluative_share(
    scanned: ScannedWords, own: Sequence[WordContribution], quoted: Sequence[range]
) -> float:
    """Share of the writer's own words (those not starting inside a quotation) that
    VADER gave a valence; an emoticon is no word and counts for none."""
    own_word_count = sum(not any(start in span for span in quoted) for start in scanned.starts)
    evaluative = {
        index
        for contribution in own
        for index in _overlapping_words(scanned, contribution.start, contribution.end)
    }
    return len(evaluative) / own_word_count if own_word_count else 0.0


def vader_score(sentence: Sentence) -> SentenceScore:
    """Score ``sentence`` with VADER: the writer's own voice and quoted speech apart.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> result = vader_score(parse_sentence('She called it "a wonderful idea".', "en"))
        >>> result.polarity, result.quoted_polarity > 0
        (0.0, True)
    """
    quoted = quoted_ranges(sentence.text)
    scanned = scan_words(sentence)
    polarity, own_valences = _score_passage(_own_voice(sentence.text, quoted))
    own = [_contribution(sentence, scanned, valence, False) for valence in own_valences]
    quoted_polarity, quoted_contributions = math.nan, []
    if quoted:
        quoted_polarity, quoted_valences = _score_passage(_quoted_voice(sentence.text, quoted))
        quoted_contributions = [
            _contribution(sentence, scanned, valence, True) for valence in quoted_valences
        ]
    return SentenceScore(
        polarity=float(polarity),
        contributions=tuple(sorted([*own, *quoted_contributions], key=lambda c: c.start)),
        quoted_polarity=float(quoted_polarity),
        evaluative_word_share=_own_evaluative_share(scanned, own, quoted),
        word_count=len(sentence.words),
    )
