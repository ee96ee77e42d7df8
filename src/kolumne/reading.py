"""A one-paragraph reading of question against answer, generated from the numbers.

Each sentence of the reading comes from one comparison and says the numbers it rests
on, so a reader can check it against the charts; nothing is said where the numbers
do not differ clearly.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"metric": ["first_person_singular_per_100_words", "sentences"],
    ...                       "question": [12.9, 8], "answer": [0.4, 16]})
    >>> describe(frame)
    'The question is written in the first person (12.9 “I/me/my” per 100 words; the answer 0.4).'
"""

from __future__ import annotations

import re
from typing import Literal

import pandas as pd

Language = Literal["en", "de"]

# Differences smaller than these are not worth a sentence.
_CLEAR_RATE_DIFFERENCE = 2.0  # per 100 words
_CLEAR_POLARITY_DIFFERENCE = 0.05
_CLEAR_READABILITY_DIFFERENCE = 5.0  # Flesch-Amstad points

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
    "directive": {
        "en": "It is directive: {count} of its {sentences} sentences are imperatives.",
        "de": "Sie gibt Anweisungen: {count} ihrer {sentences} Sätze sind Imperative.",
    },
    "more_positive": {
        "en": "Its tone is more positive than the question's (polarity {answer:+.2f} against "
              "{question:+.2f}, {backend}).",
        "de": "Ihr Ton ist positiver als der der Frage (Polarität {answer:+.2f} gegenüber "
              "{question:+.2f}, {backend}).",
    },
    "more_negative": {
        "en": "Its tone is more negative than the question's (polarity {answer:+.2f} against "
              "{question:+.2f}, {backend}).",
        "de": "Ihr Ton ist negativer als der der Frage (Polarität {answer:+.2f} gegenüber "
              "{question:+.2f}, {backend}).",
    },
    "questions": {
        "en": "The question asks {question} question(s), the answer {answer}.",
        "de": "Die Frage stellt {question} Frage(n), die Antwort {answer}.",
    },
    "easier": {
        "en": "The answer reads easier (Flesch-Amstad {answer:.0f} against {question:.0f}).",
        "de": "Die Antwort liest sich leichter (Flesch-Amstad {answer:.0f} gegenüber {question:.0f}).",
    },
    "formulas_disagree": {
        "en": "Whether it reads easier depends on the formula: Flesch-Amstad {answer:.0f} "
              "against {question:.0f} says {flesch_says}, Wiener Sachtextformel 1 "
              "{answer_grade:.1f} against {question_grade:.1f} says {grade_says}.",
        "de": "Ob sie sich leichter liest, hängt von der Formel ab: Flesch-Amstad "
              "{answer:.0f} gegenüber {question:.0f} sagt {flesch_says}, Wiener "
              "Sachtextformel 1 {answer_grade:.1f} gegenüber {question_grade:.1f} sagt "
              "{grade_says}.",
    },
    "harder": {
        "en": "The answer reads harder (Flesch-Amstad {answer:.0f} against {question:.0f}).",
        "de": "Die Antwort liest sich schwerer (Flesch-Amstad {answer:.0f} gegenüber {question:.0f}).",
    },
}


def describe(frame: pd.DataFrame, lang: Language = "en") -> str:
    """Read one exchange's ``kolumne.compare.comparison`` rows as a short paragraph.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"metric": ["formal_address_per_100_words",
        ...                                  "informal_second_person_per_100_words"],
        ...                       "question": [0.7, 0.0], "answer": [12.3, 0.0]})
        >>> describe(frame, lang="de")
        'Die Antwort siezt den Leser („Sie“ 12,3-mal pro 100 Wörter).'
    """
    values = frame.set_index("metric")[["question", "answer"]]
    sentences = [
        sentence
        for sentence in (
            _first_person(values, lang),
            _address(values, lang),
            _directives(values, lang),
            _polarity(values, lang),
            _questions(values, lang),
            _readability(values, lang),
        )
        if sentence
    ]
    paragraph = " ".join(sentences)
    # German writes decimal commas: 12,3 not 12.3.
    return _DECIMAL_POINT.sub(r"\1,\2", paragraph) if lang == "de" else paragraph


def _pair(values: pd.DataFrame, metric: str) -> tuple[float, float] | None:
    if metric not in values.index:
        return None
    question, answer = values.loc[metric]
    return float(question), float(answer)


def _first_person(values: pd.DataFrame, lang: Language) -> str | None:
    pair = _pair(values, "first_person_singular_per_100_words")
    if pair and pair[0] - pair[1] >= _CLEAR_RATE_DIFFERENCE:
        return _TEMPLATES["first_person"][lang].format(question=pair[0], answer=pair[1])
    return None


def _address(values: pd.DataFrame, lang: Language) -> str | None:
    formal = _pair(values, "formal_address_per_100_words")
    informal = _pair(values, "informal_second_person_per_100_words")
    if formal and informal and formal[1] > informal[1] and formal[1] >= _CLEAR_RATE_DIFFERENCE:
        return _TEMPLATES["formal"][lang].format(answer=formal[1])
    if informal and informal[1] >= _CLEAR_RATE_DIFFERENCE:
        return _TEMPLATES["informal"][lang].format(answer=informal[1])
    return None


def _directives(values: pd.DataFrame, lang: Language) -> str | None:
    share, sentences = _pair(values, "imperative_share"), _pair(values, "sentences")
    if not share or not sentences or share[1] <= share[0]:
        return None
    count = round(share[1] * sentences[1])
    return _TEMPLATES["directive"][lang].format(count=count, sentences=int(sentences[1]))


def _polarity(values: pd.DataFrame, lang: Language) -> str | None:
    metric = next((name for name in values.index if name.startswith("polarity_weighted_")), None)
    pair = _pair(values, metric) if metric else None
    if not pair or abs(pair[1] - pair[0]) < _CLEAR_POLARITY_DIFFERENCE:
        return None
    backend = metric.removeprefix("polarity_weighted_").replace("_", "-")
    template = "more_positive" if pair[1] > pair[0] else "more_negative"
    return _TEMPLATES[template][lang].format(question=pair[0], answer=pair[1], backend=backend)


def _questions(values: pd.DataFrame, lang: Language) -> str | None:
    share, sentences = _pair(values, "question_share"), _pair(values, "sentences")
    if not share or not sentences:
        return None
    question, answer = (round(rate * count) for rate, count in zip(share, sentences))
    return _TEMPLATES["questions"][lang].format(question=question, answer=answer)


def _readability(values: pd.DataFrame, lang: Language) -> str | None:
    flesch = _pair(values, "flesch_amstad")
    if not flesch or abs(flesch[1] - flesch[0]) < _CLEAR_READABILITY_DIFFERENCE:
        return None
    template = "easier" if flesch[1] > flesch[0] else "harder"
    # Flesch weighs syllables, the Wiener Sachtextformel long and polysyllabic words:
    # where they point in opposite directions, the reading says so.
    grade = _pair(values, "wiener_sachtextformel_1")
    # A higher school grade means harder to read.
    grade_verdict = "harder" if grade and grade[1] > grade[0] else "easier"
    if grade and grade[1] != grade[0] and grade_verdict != template:
        return _TEMPLATES["formulas_disagree"][lang].format(
            question=flesch[0], answer=flesch[1], question_grade=grade[0],
            answer_grade=grade[1], flesch_says=_VERDICTS[template][lang],
            grade_says=_VERDICTS[grade_verdict][lang],
        )
    return _TEMPLATES[template][lang].format(question=flesch[0], answer=flesch[1])
