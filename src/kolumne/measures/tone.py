"""The tone of a section: who speaks, who is addressed, how directive and how tentative
it is.

``profile(section, language)`` returns one number per metric, each with its unit in the
name (``…_per_100_words``, ``…_share`` of sentences or characters). It counts the
loader's sentences and word tokens, the same words as every other measure; a sentence
without words does not count. Quoted speech is counted like the rest of the text;
``quoted_speech_share`` says how much of it there is.

The word lists and word-order rules are German. For an English section the measures
that rest on them (``GERMAN_ONLY``) are NaN: German rules are never applied to English.
Questions, exclamations, quoted speech and sentence length are measured for both.

Example:
    >>> from kolumne.load import parse_section
    >>> metrics = profile(parse_section("Rufen Sie mich an! Ich warte.", "de"), "de")
    >>> metrics["imperative_share"], metrics["exclamation_share"]
    (0.5, 0.5)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from kolumne.measures.lexicons.german_tone import (
    COORDINATING_CONJUNCTIONS,
    DU_IMPERATIVES,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    FORMAL_ADDRESS,
    GROUP_DETERMINERS,
    HEDGES,
    INFORMAL_SECOND_PERSON,
    INTENSIFIERS,
    NON_IMPERATIVE_FIRST_VERBS,
    NON_VERBS_ENDING_IN_N,
    NOT_AFTER_DU_IMPERATIVE,
    NOUNS_ENDING_IN_IERE,
    SINGULAR_NOUN_SUFFIXES,
    SUBORDINATE_OR_QUESTION_OPENERS,
    THIRD_PERSON_PLURAL_PRONOUNS,
)
from kolumne.model import Section, Sentence
from kolumne.text import Language, check_language

# Phrases that give advice without the imperative mood.
_ADVICE_PHRASE = re.compile(
    r"\bSie (?:sollten|müssen|müssten|könnten)\b"
    r"|\b(?:[Ss]ollten|[Mm]üssen|[Mm]üssten|[Kk]önnten) Sie\b"
    r"|\b[Dd]u (?:solltest|musst|müsstest|könntest)\b"
    r"|\b(?:[Ss]olltest|[Mm]usst|[Mm]üsstest|[Kk]önntest) du\b"
    r"|\b[Aa]m besten\b"
    r"|\b[Ii]ch (?:rate|empfehle)\b|\b(?:[Rr]ate|[Ee]mpfehle) ich\b"
    r"|\b[Mm]ein (?:Rat|Tipp)\b"
    r"|\b[Ee]s (?:ist|wäre) (?:besser|sinnvoll|ratsam)\b"
    r"|\b[Ee]s (?:besser|sinnvoll|ratsam) (?:ist|wäre)\b"
)

# Quoted passages: „…“ (German), "…" (straight), »…« and «…» (guillemets), “…”
# (English). A quote does not run past the end of its line, so a missing closing
# mark cannot swallow the rest of the text.
_QUOTED = re.compile(
    r"„([^“”\"\n]*)[“”\"]"
    r"|\"([^\"\n]*)\""
    r"|»([^«\n]*)«"
    r"|«([^»\n]*)»"
    r"|“([^”\n]*)”"
)
_OPENING_QUOTES_AND_COLON = frozenset('„"»«“‚‘:')
_CLOSING_PUNCTUATION = "\"'“”‘’»«›‹)]"


# ---------------------------------------------------------------------------
# Sentences and words
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A word of a sentence; ``starts_clause`` is True at the start of the sentence
    and right after an opening quotation mark or a colon (where capitals are not a
    sign of formal address).

    Example:
        >>> Word(text="Sie", starts_clause=True).text
        'Sie'
    """

    text: str
    starts_clause: bool


def sentence_words(sentence: Sentence) -> list[Word]:
    """The words of ``sentence``, each marked whether it starts a clause.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> marked = sentence_words(parse_sentence('Er sagte: "Sie kommen."', "de"))
        >>> [(word.text, word.starts_clause) for word in marked]
        [('Er', True), ('sagte', False), ('Sie', True), ('kommen', False)]
    """
    return [Word(text, starts_clause) for text, starts_clause in _clause_marked_words(sentence)]


def _clause_marked_words(sentence: Sentence) -> list[tuple[str, bool]]:
    """``sentence_words`` as plain pairs: building a frozen dataclass per word cost more
    than the rest of the formal-address rules."""
    result = []
    text_of_sentence = sentence.text
    for word in sentence.words:
        start = word.start - sentence.start
        # The last character before the word that is not white space, found without
        # copying the sentence up to every word (which made this quadratic).
        before = start - 1
        while before >= 0 and text_of_sentence[before].isspace():
            before -= 1
        starts_clause = before < 0 or text_of_sentence[before] in _OPENING_QUOTES_AND_COLON
        result.append((word.text, starts_clause))
    return result


def _sentences_with_words(section: Section) -> list[Sentence]:
    return [sentence for sentence in section.sentences if sentence.words]


def _final_punctuation(sentence: Sentence) -> str:
    stripped = sentence.text.rstrip().rstrip(_CLOSING_PUNCTUATION).rstrip()
    return stripped[-1:] if stripped else ""


# ---------------------------------------------------------------------------
# Sentence classifiers
# ---------------------------------------------------------------------------


def is_question(sentence: Sentence) -> bool:
    """True if ``sentence`` ends with a question mark (closing quotes ignored).

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [is_question(parse_sentence(text, "de"))
        ...  for text in ['Er fragte: "Kommst du?"', "Wie gehe ich damit um"]]
        [True, False]
    """
    return _final_punctuation(sentence) == "?"


def is_exclamation(sentence: Sentence) -> bool:
    """True if ``sentence`` ends with an exclamation mark (closing quotes ignored).

    Example:
        >>> from kolumne.load import parse_sentence
        >>> is_exclamation(parse_sentence("Ruf mich an!", "de"))
        True
    """
    return _final_punctuation(sentence) == "!"


def is_imperative(sentence: Sentence) -> bool:
    """True if ``sentence`` is in the imperative mood, by word-order rules.

    German taggers do not mark the Sie-imperative, so this looks at the first words
    (after a leading "und", "aber" or "oder"):

    * "Bitte …" is a request;
    * Sie-imperative: a verb form ending in -n, then "Sie" ("Rufen Sie ihn an.",
      "Haben Sie keine Angst.", "Ändern Sie das."); not modal verbs, "Sind", "Wären"…
      which start questions and conditionals ("Sollten Sie Fragen haben, …");
    * du-imperative: a known du-form ("Ruf", "Sei", "Finde") or a verb in -iere
      ("Konfrontiere ihn nicht, finde Fakten."), not followed by a subject pronoun
      ("Finde ich gut." is a statement) or a finite verb ("Rede ist Silber."); the
      plural "Seid" is covered too, other ihr-imperatives ("Ruft an!") are not.

    Never an imperative: questions (ending in "?", so "Rufen Sie ihn an?" is not),
    sentences opening with a subordinating conjunction or question word ("Wenn Sie
    anfangen …, riskieren Sie …"), and declaratives, including instructions in
    declarative word order ("Als nächstes treffen Sie sich mit Peter.", "Sie rufen
    ihn an."): the verb is not first, so the mood is not imperative.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [is_imperative(parse_sentence(s, "de")) for s in ["Rufen Sie ihn an.",
        ...  "Rufen Sie ihn an?", "Sie rufen ihn an.", "Sei ehrlich.",
        ...  "Als nächstes treffen Sie sich."]]
        [True, False, False, True, False]
    """
    if is_question(sentence):
        return False
    texts = [word.text for word in sentence.words]
    while texts and texts[0].lower() in COORDINATING_CONJUNCTIONS:
        texts = texts[1:]
    if not texts:
        return False
    first = texts[0].lower()
    second = texts[1] if len(texts) > 1 else ""
    if first in SUBORDINATE_OR_QUESTION_OPENERS:
        return False
    if first == "bitte":
        return True
    if second == "Sie":
        return _can_be_sie_imperative(first)
    return _is_du_imperative(first) and second.lower() not in NOT_AFTER_DU_IMPERATIVE


def _can_be_sie_imperative(first_word: str) -> bool:
    # The Sie-imperative is the infinitive: rufen, ändern, sammeln, tun, seien.
    return (
        first_word.endswith("n")
        and first_word not in NON_IMPERATIVE_FIRST_VERBS
        and first_word not in NON_VERBS_ENDING_IN_N
    )


def _is_du_imperative(first_word: str) -> bool:
    if first_word in DU_IMPERATIVES:
        return True
    # "Konfrontiere", "Akzeptiere": the du-imperative of a verb in -ieren.
    return first_word.endswith("iere") and first_word not in NOUNS_ENDING_IN_IERE


def gives_advice(sentence: Sentence) -> bool:
    """True if ``sentence`` advises with a modal or advice phrase.

    Phrases: "Sie sollten/müssen/müssten/könnten", "sollten Sie …", the du-forms
    ("du solltest", "musst du" …), "am besten", "ich rate/empfehle", "mein Rat/Tipp",
    "es ist/wäre besser/sinnvoll/ratsam". Imperatives are counted separately.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [gives_advice(parse_sentence(text, "de"))
        ...  for text in ["Am besten sprechen Sie mit ihm.", "Sie können gehen."]]
        [True, False]
    """
    return _ADVICE_PHRASE.search(sentence.text) is not None


# ---------------------------------------------------------------------------
# Formal address
# ---------------------------------------------------------------------------


def formal_address_count(section: Section) -> int:
    """Count the words of ``section`` that address the reader formally (Sie, Ihnen, Ihr…).

    Rules, in order:

    1. A capitalised Sie/Ihnen/Ihr… inside a clause is formal: lower-case "sie" is
       the third person, so a capital there can only be the polite form.
    2. At the start of a sentence, of quoted speech or after a colon the capital
       says nothing. Such a word counts as formal if the same sentence also has a
       formal form inside a clause ("Sie können sie nicht zurückholen, aber wenn Sie
       …"); or if it is in the first sentence and the text addresses the reader
       formally elsewhere; or if the previous sentence addressed the reader formally
       and named no group of third persons ("die Kunden", "Ihre Eltern", a plural
       "sie") that "Sie" could refer to. A noun after "die", "Ihre" … counts as a
       possible group unless its ending is singular-only (-ung, -heit, -keit, -ion,
       -tät, -schaft, -ik, -nis); German does not mark number on "die", so "Ihre
       Sorge. Sie …" is read as "they" (the rule errs towards "not formal").
    3. Otherwise it is read as "she/they": "Meine Eltern kommen morgen. Sie bleiben
       eine Woche." has no formal address.

    Example:
        >>> from kolumne.load import parse_section
        >>> formal_address_count(parse_section("Meine Eltern kommen morgen. Sie bleiben eine Woche.", "de"))
        0
        >>> formal_address_count(parse_section("Rufen Sie Ihre Eltern an. Sie freuen sich.", "de"))
        2
    """
    return _formal_address_in(_sentences_with_words(section))


def _formal_address_in(sentences_with_words: list[Sentence]) -> int:
    # Per sentence: its words, and the formal-address words among them split into
    # "clear" (inside a clause: always formal) and "ambiguous" (opening a clause: "Sie"
    # may be "they"). Only sentences with such a word need their clause starts found,
    # the costly part; the others are context only.
    sentences = []
    for sentence in sentences_with_words:
        texts = [word.text for word in sentence.words]
        clear = ambiguous = 0
        if not FORMAL_ADDRESS.isdisjoint(texts):
            for text, starts_clause in _clause_marked_words(sentence):
                if text in FORMAL_ADDRESS:
                    ambiguous += starts_clause
                    clear += not starts_clause
        sentences.append((texts, clear, ambiguous))
    text_has_clear_formal = any(clear for _, clear, _ in sentences)
    total = 0
    previous: list[str] | None = None
    previous_was_formal = False
    for texts, clear, ambiguous in sentences:
        if previous is None:
            context_is_formal = text_has_clear_formal
        else:
            context_is_formal = previous_was_formal and not _names_a_group(previous)
        formal = clear + (ambiguous if clear or context_is_formal else 0)
        total += formal
        previous, previous_was_formal = texts, formal > 0
    return total


def _names_a_group(texts: list[str]) -> bool:
    """Do the words of a sentence name third persons that a following "Sie" could mean?"""
    for text, following in zip(texts, texts[1:] + [None]):
        if text in THIRD_PERSON_PLURAL_PRONOUNS:
            return True
        if text.lower() in GROUP_DETERMINERS and following and _could_be_plural_noun(following):
            return True
    return False


def _could_be_plural_noun(word: str) -> bool:
    return word[0].isupper() and not word.endswith(SINGULAR_NOUN_SUFFIXES)


# ---------------------------------------------------------------------------
# Quoted speech and the profile
# ---------------------------------------------------------------------------


def quoted_speech_share(section: Section) -> float:
    """Share of the characters of the section's sentences that stand inside quotation marks.

    The sentences are read one per line; the marks themselves are not counted as
    quoted; the denominator is every character of those lines. NaN for a section
    without sentences.

    Example:
        >>> from kolumne.load import parse_section
        >>> quoted_speech_share(parse_section('Er sagte "ja" und ging.', "de"))  # 2 of 23
        0.08695652173913043
    """
    text = "\n".join(sentence.text for sentence in section.sentences)
    if not text:
        return math.nan
    quoted = sum(len(_inside_quotes(match)) for match in _QUOTED.finditer(text))
    return quoted / len(text)


def _inside_quotes(match: re.Match[str]) -> str:
    # Each kind of quotation mark has its own group; exactly one of them matched.
    return next(group for group in match.groups() if group is not None)


def _per_100(count: int, word_count: int) -> float:
    return 100 * count / word_count if word_count else math.nan


def _share(count: int, total: int) -> float:
    return count / total if total else math.nan


# The metrics whose word lists and word-order rules are German, in the profile's order.
GERMAN_ONLY = (
    "first_person_singular_per_100_words",
    "first_person_plural_per_100_words",
    "informal_second_person_per_100_words",
    "formal_address_per_100_words",
    "imperative_share",
    "advice_modal_share",
    "hedges_per_100_words",
    "intensifiers_per_100_words",
)


def profile(section: Section, language: Language) -> dict[str, float]:
    """The tone profile of ``section``: one documented metric per key, unit in the name.

    * ``first_person_singular_per_100_words``: ich, mich, mir, mein… per 100 words;
    * ``first_person_plural_per_100_words``: wir, uns, unser… per 100 words;
    * ``informal_second_person_per_100_words``: du, dich, dir, dein…, euch, euer…
      ("ihr" left out: mostly "her/their") per 100 words;
    * ``formal_address_per_100_words``: Sie, Ihnen, Ihr… as formal address (see
      ``formal_address_count``) per 100 words;
    * ``imperative_share``: share of sentences that are imperatives (``is_imperative``);
    * ``advice_modal_share``: share of sentences with an advice phrase (``gives_advice``);
    * ``hedges_per_100_words``: words from ``HEDGES`` per 100 words;
    * ``intensifiers_per_100_words``: words from ``INTENSIFIERS`` per 100 words;
    * ``question_share`` / ``exclamation_share``: share of sentences ending in ? / !;
    * ``quoted_speech_share``: share of characters inside quotation marks;
    * ``mean_sentence_length_words``: words per sentence.

    Rates and shares are NaN for a section without words, and the ``GERMAN_ONLY``
    metrics are NaN for a language other than German.

    Example:
        >>> from kolumne.load import parse_section
        >>> section = parse_section("Ich habe vielleicht Angst. Haben Sie keine Angst!", "de")
        >>> metrics = profile(section, "de")
        >>> metrics["first_person_singular_per_100_words"], metrics["hedges_per_100_words"]
        (12.5, 12.5)
        >>> metrics["formal_address_per_100_words"], metrics["imperative_share"]
        (12.5, 0.5)
        >>> profile(section, "en")["imperative_share"]
        nan
    """
    sentences = _sentences_with_words(section)
    word_count = sum(len(sentence.words) for sentence in sentences)
    sentence_count = len(sentences)

    def sentence_share(test: Callable[[Sentence], bool]) -> float:
        return _share(sum(test(sentence) for sentence in sentences), sentence_count)

    metrics = {
        "question_share": sentence_share(is_question),
        "exclamation_share": sentence_share(is_exclamation),
        "quoted_speech_share": quoted_speech_share(section) if word_count else math.nan,
        "mean_sentence_length_words": _share(word_count, sentence_count),
    }
    if check_language(language) != "de":
        return {**dict.fromkeys(GERMAN_ONLY, math.nan), **metrics}
    frequencies: Counter[str] = Counter()
    # Each distinct word is lower-cased once, not every occurrence.
    for word, count in section.word_frequencies.items():
        frequencies[word.lower()] += count

    def rate(word_list: frozenset[str]) -> float:
        count = sum(frequencies[word] for word in word_list & frequencies.keys())
        return _per_100(count, word_count)

    return {
        "first_person_singular_per_100_words": rate(FIRST_PERSON_SINGULAR),
        "first_person_plural_per_100_words": rate(FIRST_PERSON_PLURAL),
        "informal_second_person_per_100_words": rate(INFORMAL_SECOND_PERSON),
        "formal_address_per_100_words": _per_100(_formal_address_in(sentences), word_count),
        "imperative_share": sentence_share(is_imperative),
        "advice_modal_share": sentence_share(gives_advice),
        "hedges_per_100_words": rate(HEDGES),
        "intensifiers_per_100_words": rate(INTENSIFIERS),
        **metrics,
    }
