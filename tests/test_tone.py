"""Tests for kolumne.measures.tone.

The seed targets (imperatives, questions, pronoun rates) were counted by hand on the
seed column; every rule also has tests on invented sentences that are not in the seed.
"""

import math
from pathlib import Path

import pytest

from kolumne.load import parse_section, parse_sentence
from kolumne.measures.tone import (
    GERMAN_ONLY,
    formal_address_count,
    gives_advice,
    is_exclamation,
    is_imperative,
    is_question,
    profile,
    quoted_speech_share,
    sentence_words,
)

SEED = Path(__file__).resolve().parents[1] / "data" / "columns" / "2016-kollege-sabotiert.txt"


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    """Question: lines between "Frage:" and the "Mehr:" line before "Antworten:";
    answer: lines between "Antworten:" and the last "Mehr:" line."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    question_label = lines.index("Frage:")
    answer_label = lines.index("Antworten:")
    mehr_lines = [number for number, line in enumerate(lines) if line.startswith("Mehr:")]
    question_end = max(number for number in mehr_lines if number < answer_label)
    return {
        "question": "\n".join(lines[question_label + 1 : question_end]),
        "answer": "\n".join(lines[answer_label + 1 : mehr_lines[-1]]),
    }


def section(text: str, language: str = "de"):
    """``text`` as one section (every line a paragraph), as the measures take it."""
    return parse_section(text, language)


def sentence(text: str):
    return parse_sentence(text, "de")


# --- the seed column ------------------------------------------------------------


def test_seed_question_has_no_imperative_and_one_question(sections):
    sentences = section(sections["question"]).sentences
    assert sum(map(is_imperative, sentences)) == 0
    assert sum(map(is_question, sentences)) == 1


def test_seed_answer_has_seven_imperatives_of_sixteen_and_three_questions(sections):
    answer = section(sections["answer"])
    sentences = answer.sentences
    assert len(sentences) == 16
    assert sum(map(is_imperative, sentences)) == 7
    assert sum(map(is_question, sentences)) == 3
    assert profile(answer, "de")["imperative_share"] == pytest.approx(7 / 16)


def test_seed_person_and_address(sections):
    question = profile(section(sections["question"]), "de")
    answer = profile(section(sections["answer"]), "de")
    assert (
        question["first_person_singular_per_100_words"]
        > answer["first_person_singular_per_100_words"]
    )
    assert question["formal_address_per_100_words"] < answer["formal_address_per_100_words"]


# --- imperatives ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie mich morgen an.",
        "Haben Sie keine Angst vor dem Gespräch.",
        "Seien Sie ehrlich zu sich selbst.",
        "Ändern Sie Ihre Strategie.",
        "Sprechen Sie mit Ihrer Schwester!",
        "Und vergessen Sie nicht, sich zu bedanken.",
        "Bitte melden Sie sich bei mir.",
        "Ruf deine Mutter an!",
        "Sei geduldig mit dir.",
        "Akzeptiere seine Entscheidung, aber sag ihm deine Meinung.",
        "Lass ihn reden.",
        "Rede mit ihm.",
        "Informiere deinen Chef.",
        "Seid nett zueinander.",
    ],
)
def test_imperatives(text):
    assert is_imperative(sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie mich morgen an?",  # same word order, but a question
        "Haben Sie Angst vor dem Gespräch?",
        "Sie rufen mich morgen an.",  # declarative
        "Ich rufe ihn morgen an.",
        "Meine Schwester ruft nie an.",
        "Wenn Sie mich anrufen, erkläre ich alles.",  # subordinate clause first
        "Weil Sie ihn lieben, verzeihen Sie ihm.",
        "Ob du kommst, weiß ich nicht.",
        "Als Nächstes sprechen Sie mit Ihrem Chef.",  # instruction in declarative order
        "Dann sprechen Sie mit Ihrem Chef.",
        "Sollten Sie Fragen haben, stehe ich gern zur Verfügung.",  # conditional
        "Können Sie mir helfen.",  # a modal verb has no imperative
        "Finde ich gut.",  # verb first, but with its subject "ich"
        "Rede ist Silber, Schweigen ist Gold.",  # "Rede" is a noun here
        "Karriere bedeutet ihm viel.",  # a noun in -iere, not a verb
        "Kommst du morgen?",
    ],
)
def test_not_imperatives(text):
    assert not is_imperative(sentence(text))


# After a clause of condition or time, "verb + Sie" is an imperative or a statement;
# German tells them apart by the verb's meaning only. Each case says why it is what it is.
@pytest.mark.parametrize(
    "text",
    [
        "Wenn nichts hilft, wenden Sie sich an den Betriebsrat.",  # turning to someone: an act
        "Falls Ihr Chef nicht reagiert, schreiben Sie ihm eine E-Mail.",  # an act to do
        "Sobald Sie die Kündigung haben, melden Sie sich bei der Arbeitsagentur.",  # time
        "Bevor Sie unterschreiben, lesen Sie den Vertrag genau.",  # an instruction
        # "merken" sits in the leading clause; the main clause begins at "sprechen Sie".
        "Wenn Sie merken, dass er lügt, sprechen Sie ihn darauf an.",
        "Wenn es wieder passiert, dann reden Sie mit ihr.",  # "dann" takes up the clause
        "Und falls sich nichts ändert: Holen Sie sich Hilfe.",  # a colon ends the clause
        "Damit er Sie versteht, sprechen Sie langsam.",  # a purpose, then what to do
        "Solange die Frist läuft, bewahren Sie alle Belege auf.",  # keeping: an act
        "Nachdem Sie mit ihm gesprochen haben, geben Sie ihm Zeit.",  # giving time: an act
        "Wenn Sie unsicher sind, fragen Sie einen Anwalt.",  # "sind" is in the clause
        "Wenn Ihnen das zu viel wird, seien Sie ehrlich zu sich.",  # "seien": imperative
        "Bis er sich meldet, warten Sie ab.",  # waiting on purpose: an act
    ],
)
def test_imperatives_after_a_leading_clause(text):
    assert is_imperative(sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wenn Sie jetzt gehen, verlieren Sie Ihre Prämie.",  # losing befalls the reader
        "Wenn Sie zu spät kündigen, bekommen Sie eine Sperrzeit.",  # receiving: an outcome
        "Wenn Sie Glück haben, erhalten Sie eine Entschädigung.",  # receiving: an outcome
        "Falls Sie widersprechen, riskieren Sie eine Abmahnung.",  # a risk, not an order
        "Wenn Sie die Frist versäumen, gefährden Sie Ihren Anspruch.",  # a warning
        "Wenn Sie genau hinschauen, merken Sie den Unterschied.",  # noticing: a prediction
        "Sobald Sie anfangen, sehen Sie erste Erfolge.",  # seeing: a prediction
        "Wenn Sie ihn fragen, wissen Sie mehr.",  # knowing: a state
        "Wenn Sie jetzt kündigen, haben Sie keinen Anspruch auf Abfindung.",  # a state
        "Wenn Sie so weitermachen, werden Sie krank.",  # "werden": the future
        "Wenn Sie das tun, sind Sie im Recht.",  # the copula: a state
        "Wenn Sie nicht zahlen, müssen Sie mit einer Mahnung rechnen.",  # a modal verb
        "Falls er zustimmt, können Sie früher gehen.",  # a modal verb has no imperative
        "Bevor Sie sich entscheiden, sollten Sie mit ihm reden.",  # advice, not the mood
        "Weil es regnet, verlieren Sie keine Zeit.",  # a reason clause, and a loss
        "Wenn es brennt, rufen Sie die Feuerwehr?",  # a question
    ],
)
def test_statements_after_a_leading_clause(text):
    assert not is_imperative(sentence(text))


# --- questions, exclamations, advice --------------------------------------------


def test_question_and_exclamation_ignore_closing_quotes():
    assert is_question(sentence("Er fragte: „Kommst du morgen?“"))
    assert not is_question(sentence("Er kommt morgen."))
    assert is_exclamation(sentence('Sie rief: "Hör auf!"'))
    assert not is_exclamation(sentence("Hör auf."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am besten sprechen Sie zuerst mit ihm.", True),
        ("Ich rate Ihnen, ruhig zu bleiben.", True),
        ("Ich empfehle ein offenes Gespräch.", True),
        ("Sie sollten das klären.", True),
        ("Du solltest mit ihr reden.", True),
        ("Es wäre besser, wenn Sie schweigen.", True),
        ("Sie können gehen.", False),
        ("Die Kollegen sollten das wissen.", False),
    ],
)
def test_advice_phrases(text, expected):
    assert gives_advice(sentence(text)) is expected


# --- formal address ---------------------------------------------------------------


def test_words_after_a_colon_or_quote_start_a_clause():
    words = sentence_words(sentence('Er sagte: "Sie kommen."'))
    assert [word.starts_clause for word in words] == [True, False, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mid-sentence capitals are always formal.
        ("Wie geht es Ihnen? Mir geht es gut.", 1),
        # Sentence-initial Sie with a plural antecedent and no formal address: "they".
        ("Meine Eltern kommen morgen. Sie bleiben eine Woche.", 0),
        # Formal text, but the previous sentence names a group: read as "they".
        ("Rufen Sie Ihre Eltern an. Sie freuen sich bestimmt.", 2),
        # Formal text, previous sentence formal with a singular-only noun: formal.
        ("Ich danke Ihnen für Ihre Entscheidung. Sie sollten trotzdem mit ihm reden.", 3),
        # First sentence, formal address elsewhere; "Ihr" is formal in a formal sentence.
        ("Sie haben recht. Ihr Kollege hätte Sie anrufen müssen.", 3),
        # Sie at the start of quoted speech, nothing formal elsewhere.
        ("Er sagte: „Sie kommen morgen.“", 0),
        # Lower-case "sie" is never formal.
        ("Ich habe sie gestern gesehen.", 0),
    ],
)
def test_formal_address(text, expected):
    assert formal_address_count(section(text)) == expected


def test_informal_address_leaves_out_ambiguous_ihr():
    # 11 words; du and deine are informal, "ihr" (her) is not counted.
    text = "Du solltest deine Schwester anrufen. Ich glaube, ihr Mann weiß das."
    assert len(section(text).words) == 11
    metrics = profile(section(text), "de")
    assert metrics["informal_second_person_per_100_words"] == pytest.approx(200 / 11)
    assert metrics["formal_address_per_100_words"] == 0
    assert metrics["advice_modal_share"] == pytest.approx(1 / 2)


# --- the profile on an invented text, counted by hand ----------------------------


def test_profile_by_hand():
    # 12 words in 3 sentences: Ich (1st sg), Wir + uns (1st pl), Vielleicht (hedge),
    # one "!" sentence.
    text = section("Ich weiß es nicht. Vielleicht hat er recht! Wir sehen uns morgen.")
    # profile() no longer reports word_count/sentence_count: check them on the section.
    assert len(text.words) == 12
    assert len(text.sentences) == 3
    metrics = profile(text, "de")
    assert metrics["first_person_singular_per_100_words"] == pytest.approx(100 / 12)
    assert metrics["first_person_plural_per_100_words"] == pytest.approx(200 / 12)
    assert metrics["hedges_per_100_words"] == pytest.approx(100 / 12)
    assert metrics["intensifiers_per_100_words"] == 0
    assert metrics["exclamation_share"] == pytest.approx(1 / 3)
    assert metrics["question_share"] == 0
    assert metrics["mean_sentence_length_words"] == pytest.approx(4.0)


def test_intensifiers_by_hand():
    # 6 words, "sehr" and "wirklich" are intensifiers.
    metrics = profile(section("Das ist sehr wirklich gut gemacht."), "de")
    assert metrics["intensifiers_per_100_words"] == pytest.approx(200 / 6)


def test_profile_keys_carry_units():
    units = ("_per_100_words", "_share", "_words", "_count")
    for language in ("de", "en"):
        keys = profile(section("Nicht.", language), language)
        assert keys and all(key.endswith(units) for key in keys)


def test_empty_text_gives_nan():
    metrics = profile(section(""), "de")
    assert math.isnan(metrics["imperative_share"])
    assert math.isnan(metrics["first_person_singular_per_100_words"])


# --- quoted speech ----------------------------------------------------------------


def test_quoted_speech_share_by_hand():
    # 23 characters, "ja" (2) inside German quotes.
    assert quoted_speech_share(section("Er sagte „ja“ und ging.")) == pytest.approx(2 / 23)
    # »Nein« has 4 letters inside, 17 characters in all.
    assert quoted_speech_share(section("Sie sagte »Nein«.")) == pytest.approx(4 / 17)


def test_unclosed_quote_does_not_swallow_the_text():
    assert quoted_speech_share(section('Er sagte "ja.\nDann ging er.')) == 0


# --- languages ----------------------------------------------------------------------


def test_english_profile_leaves_the_german_rules_out():
    # 3 sentences: one question, one exclamation; 4 + 5 + 4 = 13 words. "I", "you" are
    # English pronouns that the German word lists must not be asked about.
    english = section("Should I call you? I will call you tomorrow! Please do not worry.", "en")
    metrics = profile(english, "en")
    assert set(GERMAN_ONLY) <= set(metrics)
    for name in GERMAN_ONLY:
        assert math.isnan(metrics[name]), name  # NaN, not 0: not measured
    assert metrics["question_share"] == pytest.approx(1 / 3)
    assert metrics["exclamation_share"] == pytest.approx(1 / 3)
    assert metrics["quoted_speech_share"] == 0
    assert metrics["mean_sentence_length_words"] == pytest.approx(13 / 3)


def test_the_same_text_read_as_german_is_measured():
    # The GERMAN_ONLY metrics are numbers for German, so the NaN above is the language's.
    text = "Ich weiß es nicht. Vielleicht hat er recht! Wir sehen uns morgen."
    german = profile(section(text), "de")
    assert not any(math.isnan(german[name]) for name in GERMAN_ONLY)
    english = profile(section(text, "en"), "en")
    assert all(math.isnan(english[name]) for name in GERMAN_ONLY)
    shared = ("question_share", "exclamation_share", "mean_sentence_length_words")
    assert [english[name] for name in shared] == [german[name] for name in shared]


def test_numbers_are_not_words_in_the_rates():
    # Ich, komme, um, Uhr: 4 words ("9" is a number), one of them first person singular.
    metrics = profile(section("Ich komme um 9 Uhr."), "de")
    assert metrics["first_person_singular_per_100_words"] == pytest.approx(100 / 4)
    assert metrics["mean_sentence_length_words"] == pytest.approx(4.0)
