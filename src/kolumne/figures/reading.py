"""A one-paragraph reading of question against answer, generated from the numbers.

Each sentence of the reading comes from one comparison and says the numbers it rests
on, so a reader can check it against the charts; nothing is said where the numbers
do not differ by the metric's ``clear_difference`` (``kolumne.measures.metrics``), and
a measure without a value for the column's language is named as not available.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["first_person_singular_per_100_words", "sentences"],
    ...                       "backend": "", "question": [12.9, 8], "answer": [0.4, 16]})
    >>> describe(frame)
    'The question is written in the first person (12.9 “I/me/my” per 100 words; the answer 0.4).'
"""

from __future__ import annotations

import math
import re

import pandas as pd

from kolumne.figures.labels import Language
from kolumne.measures.metrics import EMOTIONS, METRICS, label

# The reading's readability sentence: the reading-ease formula of each language, and the
# grade formula it is checked against (a higher grade is harder).
_READING_EASE = ("flesch_amstad", "flesch_reading_ease")
_GRADE = ("wiener_sachtextformel_1", "flesch_kincaid_grade")

_DECIMAL_POINT = re.compile(r"(\d)\.(\d)")

_VERDICTS: dict[str, dict[Language, str]] = {
    "easier": {"en": "easier", "de": "leichter"},
    "harder": {"en": "harder", "de": "schwerer"},
}

_TEMPLATES: dict[str, dict[Language, str]] = {
    "first_person": {
        "en": "The question is written in the first person ({question:.1f} “I/me/my” per 100 "
        "words; the answer {answer:.1f}).",
        "de": "Die Frage ist in der ersten Person geschrieben ({question:.1f}-mal „ich/mich/mein“ "
        "pro 100 Wörter; die Antwort {answer:.1f}).",
    },
    "formal": {
        "en": "The answer addresses the reader formally (“Sie” {answer:.1f} per 100 words).",
        "de": "Die Antwort siezt den Leser („Sie“ {answer:.1f}-mal pro 100 Wörter).",
    },
    "informal": {
        "en": "The answer addresses the reader informally (“du” {answer:.1f} per 100 words).",
        "de": "Die Antwort duzt den Leser („du“ {answer:.1f}-mal pro 100 Wörter).",
    },
    "addressed": {
        "en": "The answer addresses the reader directly (“you” {answer:.1f} per 100 words; "
        "the question {question:.1f}).",
        "de": "Die Antwort spricht den Leser direkt an („you“ {answer:.1f}-mal pro 100 Wörter; "
        "die Frage {question:.1f}).",
    },
    "directive": {
        "en": "The answer is directive: {count} of its {sentences} sentences are imperatives.",
        "de": "Die Antwort gibt Anweisungen: {count} ihrer {sentences} Sätze sind Imperative.",
    },
    "directive_as_read": {
        "en": "The answer is directive: {count} of its {sentences} sentences tell or advise the "
        "reader to act, {imperatives} of them as imperatives.",
        "de": "Die Antwort gibt Anweisungen: {count} ihrer {sentences} Sätze fordern den Leser "
        "auf oder raten ihm etwas, {imperatives} davon im Imperativ.",
    },
    "more_positive": {
        "en": "The question reads more negative than the answer (polarity {question:+.2f} "
        "against {answer:+.2f}, a margin of {margin:.2f}, {backend}){shares}.",
        "de": "Die Frage klingt negativer als die Antwort (Polarität {question:+.2f} gegenüber "
        "{answer:+.2f}, Abstand {margin:.2f}, {backend}){shares}.",
    },
    "more_negative": {
        "en": "The answer reads more negative than the question (polarity {answer:+.2f} "
        "against {question:+.2f}, a margin of {margin:.2f}, {backend}){shares}.",
        "de": "Die Antwort klingt negativer als die Frage (Polarität {answer:+.2f} gegenüber "
        "{question:+.2f}, Abstand {margin:.2f}, {backend}){shares}.",
    },
    "negative_sentences": {
        "en": "; negative sentences: {question} of {question_sentences} in the question, "
        "{answer} of {answer_sentences} in the answer",
        "de": "; negative Sätze: {question} von {question_sentences} in der Frage, "
        "{answer} von {answer_sentences} in der Antwort",
    },
    "emotions": {
        "en": "The most frequent emotion (contextual): in the question {question}, in the "
        "answer {answer}.",
        "de": "Das häufigste Gefühl (contextual): in der Frage {question}, in der Antwort "
        "{answer}.",
    },
    "emotion_count": {
        "en": "{emotion} ({count} of {sentences} sentences)",
        "de": "{emotion} ({count} von {sentences} Sätzen)",
    },
    "emotions_tied": {
        "en": "{emotion} ({count} of {sentences} sentences each)",
        "de": "{emotion} (je {count} von {sentences} Sätzen)",
    },
    "no_emotion": {"en": "none", "de": "keines"},
    "questions": {
        "en": "The question asks {question} question(s), the answer {answer}.",
        "de": "Die Frage stellt {question} Frage(n), die Antwort {answer}.",
    },
    "easier": {
        "en": "The answer reads easier ({formula} {answer:.0f} against {question:.0f}).",
        "de": "Die Antwort liest sich leichter ({formula} {answer:.0f} gegenüber {question:.0f}).",
    },
    "formulas_disagree": {
        "en": "Whether it reads easier depends on the formula: {formula} {answer:.0f} "
        "against {question:.0f} says {flesch_says}, {grade_formula} "
        "{answer_grade:.1f} against {question_grade:.1f} says {grade_says}.",
        "de": "Ob sie sich leichter liest, hängt von der Formel ab: {formula} "
        "{answer:.0f} gegenüber {question:.0f} sagt {flesch_says}, {grade_formula} "
        "{answer_grade:.1f} gegenüber {question_grade:.1f} sagt {grade_says}.",
    },
    "harder": {
        "en": "The answer reads harder ({formula} {answer:.0f} against {question:.0f}).",
        "de": "Die Antwort liest sich schwerer ({formula} {answer:.0f} gegenüber {question:.0f}).",
    },
    "not_available": {
        "en": "Not available for this column's language ({language}): {names}.",
        "de": "Für die Sprache dieser Kolumne ({language}) nicht verfügbar: {names}.",
    },
}


def describe(frame: pd.DataFrame, lang: Language = "en") -> str:
    """Read one exchange's ``kolumne.frames.comparison`` rows as a short paragraph.

    The polarity sentence uses the first sentiment backend in the frame. No number that
    is missing ever reaches the text: a measure without a value for the column's
    language is listed as not available.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["formal_address_per_100_words",
        ...                                  "informal_second_person_per_100_words"],
        ...                       "backend": "", "question": [0.7, 0.0], "answer": [12.3, 0.0]})
        >>> describe(frame, lang="de")
        'Die Antwort siezt den Leser („Sie“ 12,3-mal pro 100 Wörter).'
        >>> english = pd.DataFrame({"metric": ["imperative_share"], "backend": "",
        ...     "question": [float("nan")], "answer": [float("nan")], "language": "en",
        ...     "note": ["not available for en: German rules only"]})
        >>> print(describe(english))
        Not available for this column's language (en): imperatives.
    """
    if "exchange" in frame and frame["exchange"].nunique() > 1:
        raise ValueError(
            "describe reads one exchange; pass the rows of one, e.g. frame[frame['exchange'] == 0]"
        )
    frame = frame.assign(metric=frame["metric"].astype(str), backend=frame["backend"].astype(str))
    backends = [name for name in dict.fromkeys(frame["backend"]) if name]
    chosen = frame[frame["backend"].isin(["", *backends[:1]])]
    values = chosen.set_index("metric")[["question", "answer"]]
    sentences = [
        sentence
        for sentence in (
            _first_person(values, lang),
            _address(values, lang),
            _directives(values, lang),
            _polarity(values, lang, backends[0] if backends else ""),
            _emotions(values, lang),
            _questions(values, lang),
            _readability(values, lang),
            _not_available(chosen, lang),
        )
        if sentence
    ]
    paragraph = " ".join(sentences)
    # German writes decimal commas: 12,3 not 12.3.
    return _DECIMAL_POINT.sub(r"\1,\2", paragraph) if lang == "de" else paragraph


def _pair(values: pd.DataFrame, metric: str) -> tuple[float, float] | None:
    if metric not in values.index:
        return None
    question, answer = (float(value) for value in values.loc[metric])
    if math.isnan(question) or math.isnan(answer):
        return None
    return question, answer


def _clear(metric: str) -> float:
    return METRICS[metric].clear_difference or 0.0


def _not_available(frame: pd.DataFrame, lang: Language) -> str | None:
    if "note" not in frame:
        return None
    missing = frame[
        frame["question"].isna() & frame["answer"].isna() & (frame["note"].astype(str) != "")
    ]
    if missing.empty:
        return None
    language = str(missing["language"].iloc[0]) if "language" in missing else "?"
    names = ", ".join(dict.fromkeys(label(name, lang) for name in missing["metric"]))
    return _TEMPLATES["not_available"][lang].format(language=language, names=names)


def _first_person(values: pd.DataFrame, lang: Language) -> str | None:
    metric = "first_person_singular_per_100_words"
    pair = _pair(values, metric)
    if pair and pair[0] - pair[1] >= _clear(metric):
        return _TEMPLATES["first_person"][lang].format(question=pair[0], answer=pair[1])
    return None


def _address(values: pd.DataFrame, lang: Language) -> str | None:
    formal = _pair(values, "formal_address_per_100_words")
    informal = _pair(values, "informal_second_person_per_100_words")
    clear = _clear("formal_address_per_100_words")
    if formal and informal and formal[1] > informal[1] and formal[1] >= clear:
        return _TEMPLATES["formal"][lang].format(answer=formal[1])
    if informal and informal[1] >= _clear("informal_second_person_per_100_words"):
        return _TEMPLATES["informal"][lang].format(answer=informal[1])
    # Without the German split into du and Sie (English): the reader addressed at all.
    addressed = _pair(values, "second_person_per_100_words")
    clear = _clear("second_person_per_100_words")
    if not formal and not informal and addressed and addressed[1] - addressed[0] >= clear:
        return _TEMPLATES["addressed"][lang].format(question=addressed[0], answer=addressed[1])
    return None


def _directives(values: pd.DataFrame, lang: Language) -> str | None:
    imperatives, sentences = _pair(values, "imperative_share"), _pair(values, "sentences")
    directives = _pair(values, "directive_share")
    if directives and sentences and directives[1] > directives[0]:
        return _TEMPLATES["directive_as_read"][lang].format(
            count=round(directives[1] * sentences[1]),
            sentences=int(sentences[1]),
            imperatives=round(imperatives[1] * sentences[1]) if imperatives else 0,
        )
    if not imperatives or not sentences or imperatives[1] <= imperatives[0]:
        return None
    count = round(imperatives[1] * sentences[1])
    return _TEMPLATES["directive"][lang].format(count=count, sentences=int(sentences[1]))


def _polarity(values: pd.DataFrame, lang: Language, backend: str) -> str | None:
    pair = _pair(values, "polarity_weighted")
    if not pair or abs(pair[1] - pair[0]) < _clear("polarity_weighted"):
        return None
    template = "more_positive" if pair[1] > pair[0] else "more_negative"
    shares, sentences = _pair(values, "negative_share"), _pair(values, "sentences")
    counts = ""
    if shares and sentences:
        counts = _TEMPLATES["negative_sentences"][lang].format(
            question=round(shares[0] * sentences[0]),
            question_sentences=int(sentences[0]),
            answer=round(shares[1] * sentences[1]),
            answer_sentences=int(sentences[1]),
        )
    return _TEMPLATES[template][lang].format(
        question=pair[0],
        answer=pair[1],
        margin=abs(pair[1] - pair[0]),
        backend=backend,
        shares=counts,
    )


def _emotions(values: pd.DataFrame, lang: Language) -> str | None:
    sentences = _pair(values, "sentences")
    rates = {
        emotion: pair
        for emotion in EMOTIONS
        if (pair := _pair(values, f"{emotion}_per_100_sentences"))
    }
    if not sentences or not rates:
        return None
    found = []
    for side in (0, 1):
        counts = {name: round(pair[side] * sentences[side] / 100) for name, pair in rates.items()}
        most = max(counts.values())
        if most == 0:
            found.append(_TEMPLATES["no_emotion"][lang])
            continue
        # Emotions as frequent as each other are named together: neither comes first.
        tied = [
            EMOTIONS[name] if lang == "de" else name
            for name, count in counts.items()
            if count == most
        ]
        found.append(
            _TEMPLATES["emotion_count" if len(tied) == 1 else "emotions_tied"][lang].format(
                emotion=" / ".join(tied), count=most, sentences=int(sentences[side])
            )
        )
    if found[0] == found[1] == _TEMPLATES["no_emotion"][lang]:
        return None
    return _TEMPLATES["emotions"][lang].format(question=found[0], answer=found[1])


def _questions(values: pd.DataFrame, lang: Language) -> str | None:
    share, sentences = _pair(values, "question_share"), _pair(values, "sentences")
    if not share or not sentences:
        return None
    question, answer = (round(rate * count) for rate, count in zip(share, sentences))
    return _TEMPLATES["questions"][lang].format(question=question, answer=answer)


def _readability(values: pd.DataFrame, lang: Language) -> str | None:
    ease = next((name for name in _READING_EASE if _pair(values, name)), None)
    if ease is None:
        return None
    flesch = _pair(values, ease)
    if abs(flesch[1] - flesch[0]) < _clear(ease):
        return None
    template = "easier" if flesch[1] > flesch[0] else "harder"
    # Flesch weighs syllables, the grade formulas also long and polysyllabic words (or
    # sentence length): where they point in opposite directions, the reading says so.
    grade_name = next((name for name in _GRADE if _pair(values, name)), None)
    grade = _pair(values, grade_name) if grade_name else None
    # A higher school grade means harder to read.
    grade_verdict = "harder" if grade and grade[1] > grade[0] else "easier"
    if grade and grade[1] != grade[0] and grade_verdict != template:
        return _TEMPLATES["formulas_disagree"][lang].format(
            formula=label(ease, lang),
            question=flesch[0],
            answer=flesch[1],
            grade_formula=label(grade_name, lang),
            question_grade=grade[0],
            answer_grade=grade[1],
            flesch_says=_VERDICTS[template][lang],
            grade_says=_VERDICTS[grade_verdict][lang],
        )
    return _TEMPLATES[template][lang].format(
        formula=label(ease, lang), question=flesch[0], answer=flesch[1]
    )
