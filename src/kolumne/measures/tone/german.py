"""German tone rules: first and second person, formal address, imperatives, advice
phrases, hedges and intensifiers.

The word lists are in ``kolumne.measures.lexicons.german_tone``; ``kolumne.measures.tone``
combines these rules with the ones both languages share into a section's profile.

Example:
    >>> from kolumne.load import parse_sentence
    >>> is_imperative(parse_sentence("Rufen Sie mich an!", "de"))
    True
"""

from __future__ import annotations

import re
from collections import Counter
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
from kolumne.measures.tone.common import (
    count_of,
    is_question,
    per_100,
    sentences_with_words,
    share_of,
    word_list_rates,
)
from kolumne.measures.tone.consequence_verbs import CONSEQUENCE_VERBS
from kolumne.model import Section, Sentence

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

_OPENING_QUOTES_AND_COLON = frozenset('„"»«“‚‘:')

# Clauses of condition, time and purpose come before an imperative ("Wenn nichts hilft,
# wenden Sie sich an den Betriebsrat.", "Damit er Sie versteht, sprechen Sie langsam.").
# Clauses of reason and concession ("weil", "da", "obwohl") explain what is so, and the
# main clause after them states it ("Weil Sie ihn lieben, verzeihen Sie ihm.").
_OPENERS_BEFORE_IMPERATIVE = frozenset(
    {"wenn", "falls", "sofern", "sobald", "solange", "bevor", "ehe", "bis", "nachdem", "damit"}
)
# "Wenn …, dann rufen Sie an.": the word that takes the leading clause up again.
_RESUMPTIVE = frozenset({"dann", "so"})
# Words in -n that open a further subordinate clause after a comma ("…, worin Sie …").
_SUBORDINATE_WORDS_IN_N = frozenset({"woran", "worin", "wovon", "wonach", "wogegen"})


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


# ---------------------------------------------------------------------------
# Sentence classifiers
# ---------------------------------------------------------------------------


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

    After a leading clause of condition, time or purpose ("wenn", "falls", "sobald",
    "bevor", "damit" …; "weil", "obwohl" and question words never), the main clause is
    an imperative when it opens with "verb + Sie" (after the comma or colon, or after a
    resumptive "dann") and the verb is not one that warns or predicts
    (``kolumne.measures.tone.consequence_verbs``): "Wenn nichts hilft, wenden Sie sich
    an den Betriebsrat." is one, "Wenn Sie jetzt gehen, verlieren Sie Ihre Prämie." and
    "Wenn Sie mich anrufen, erkläre ich alles." are not.

    Never an imperative: questions (ending in "?", so "Rufen Sie ihn an?" is not),
    other sentences opening with a subordinating conjunction or question word ("Weil
    Sie ihn lieben, verzeihen Sie ihm."), and declaratives, including instructions in
    declarative word order ("Als nächstes treffen Sie sich mit Peter.", "Sie rufen
    ihn an."): the verb is not first, so the mood is not imperative.

    Example:
        >>> from kolumne.load import parse_sentence
        >>> [is_imperative(parse_sentence(s, "de")) for s in ["Rufen Sie ihn an.",
        ...  "Rufen Sie ihn an?", "Sie rufen ihn an.", "Sei ehrlich.",
        ...  "Als nächstes treffen Sie sich.", "Falls nicht, holen Sie es nach."]]
        [True, False, False, True, False, True]
    """
    if is_question(sentence):
        return False
    texts = [word.text for word in sentence.words]
    opener = 0
    while opener < len(texts) and texts[opener].lower() in COORDINATING_CONJUNCTIONS:
        opener += 1
    texts = texts[opener:]
    if not texts:
        return False
    first = texts[0].lower()
    second = texts[1] if len(texts) > 1 else ""
    if first in _OPENERS_BEFORE_IMPERATIVE:
        return _main_clause_is_imperative(sentence, opener)
    if first in SUBORDINATE_OR_QUESTION_OPENERS:
        return False
    if first == "bitte":
        return True
    if second == "Sie":
        return _can_be_sie_imperative(first)
    return _is_du_imperative(first) and second.lower() not in NOT_AFTER_DU_IMPERATIVE


def _main_clause_is_imperative(sentence: Sentence, opener: int) -> bool:
    """Does the main clause after the leading clause that opens at word ``opener``
    begin with a Sie-imperative? The main clause begins at the first comma or colon
    followed by "verb + Sie"; commas before it are inside the leading clause ("Wenn Sie
    merken, dass …, sprechen Sie …")."""
    words = sentence.words
    text = sentence.text
    for index in range(opener + 1, len(words) - 1):
        gap = text[words[index - 1].end - sentence.start : words[index].start - sentence.start]
        if "," not in gap and ":" not in gap:
            continue
        verb = index + (words[index].text.lower() in _RESUMPTIVE)
        if verb + 1 >= len(words) or words[verb + 1].text != "Sie":
            continue
        candidate = words[verb].text.lower()
        if (
            not candidate.endswith("n")
            or candidate in NON_VERBS_ENDING_IN_N
            or candidate in SUBORDINATE_OR_QUESTION_OPENERS
            or candidate in _SUBORDINATE_WORDS_IN_N
        ):
            continue
        return _can_be_sie_imperative(candidate) and candidate not in CONSEQUENCE_VERBS
    return False


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
    return _formal_address_in(sentences_with_words(section))


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
# The German part of the profile
# ---------------------------------------------------------------------------


# The metrics that count the words of one list.
_WORD_LIST_METRICS = {
    "first_person_singular_per_100_words": FIRST_PERSON_SINGULAR,
    "first_person_plural_per_100_words": FIRST_PERSON_PLURAL,
    "hedges_per_100_words": HEDGES,
    "intensifiers_per_100_words": INTENSIFIERS,
}


def german_rates(sentences: list[Sentence], frequencies: Counter[str]) -> dict[str, float]:
    """The German-rule metrics of a section's sentences with words, given the section's
    lower-case word frequencies; the keys are ``kolumne.measures.tone.profile``'s.

    Example:
        >>> from kolumne.load import parse_section
        >>> from kolumne.measures.tone.common import word_frequencies
        >>> section = parse_section("Ich habe vielleicht Angst. Haben Sie keine Angst!", "de")
        >>> rates = german_rates(list(section.sentences), word_frequencies(section))
        >>> rates["first_person_singular_per_100_words"], rates["imperative_share"]
        (12.5, 0.5)
    """
    word_count = sum(len(sentence.words) for sentence in sentences)
    informal = count_of(INFORMAL_SECOND_PERSON, frequencies)
    formal = _formal_address_in(sentences)
    return {
        **word_list_rates(_WORD_LIST_METRICS, frequencies, word_count),
        "second_person_per_100_words": per_100(informal + formal, word_count),
        "informal_second_person_per_100_words": per_100(informal, word_count),
        "formal_address_per_100_words": per_100(formal, word_count),
        "imperative_share": share_of(sentences, is_imperative),
        "advice_modal_share": share_of(sentences, gives_advice),
    }
