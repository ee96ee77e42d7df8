"""Every chart label that is not a metric's, in English and German, from one table.

Charts are labelled in English by default and in German with ``lang="de"``, since
reports are often German. Metric labels live with the metrics
(``kolumne.measures.metrics``). A label missing in one language is a test failure, not a
silent fallback.

Example:
    >>> label("answer", "de"), label("per_100_words", "de")
    ('Antwort', 'pro 100 Wörter')
"""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "de"]

LABELS: dict[str, dict[Language, str]] = {
    "question": {"en": "Question", "de": "Frage"},
    "answer": {"en": "Answer", "de": "Antwort"},
    "sentence_position": {
        "en": "Sentence number within the section, in text order",
        "de": "Satz im Abschnitt, in Textreihenfolge",
    },
    "polarity": {
        "en": "Polarity (−1 negative … +1 positive)",
        "de": "Polarität (−1 negativ … +1 positiv)",
    },
    "sentence_polarity_title": {
        "en": "Sentence by sentence: tone of question and answer",
        "de": "Satz für Satz: Stimmung von Frage und Antwort",
    },
    "section_mean": {
        "en": "mean of the section, weighted by words",
        "de": "Mittelwert des Abschnitts, nach Wörtern gewichtet",
    },
    "mean": {"en": "mean", "de": "Mittel"},
    "zero_note": {
        "en": "hollow marker: score exactly 0 (often no sentiment word found)",
        "de": "leerer Punkt: Wert genau 0 (oft kein Stimmungswort gefunden)",
    },
    "backend": {"en": "Sentiment backend", "de": "Stimmungsverfahren"},
    "title": {"en": "Title", "de": "Titel"},
    "intro": {"en": "Teaser", "de": "Vorspann"},
    "related": {"en": "Cross-link", "de": "Querverweis"},
    "heading": {"en": "Label", "de": "Abschnittsmarke"},
    "salutation": {"en": "Salutation", "de": "Anrede"},
    "signature": {"en": "Signature", "de": "Unterschrift"},
    "footer": {"en": "Footer", "de": "Fußzeile"},
    "unassigned": {"en": "Unassigned", "de": "Nicht zugeordnet"},
    "characters": {"en": "characters", "de": "Zeichen"},
    "character_offset": {
        "en": "Position in the text (characters from the start); numbers: length in characters",
        "de": "Position im Text (Zeichen ab Anfang); Zahlen: Länge in Zeichen",
    },
    "anatomy_title": {
        "en": "Anatomy of the column, in text order",
        "de": "Aufbau der Kolumne, in Textreihenfolge",
    },
    "word_weight": {
        "en": "What the word added to its sentence's polarity",
        "de": "Beitrag des Worts zur Polarität seines Satzes",
    },
    "word_valence": {
        "en": "The word's valence in VADER (−4 … +4; the sentence score squashes their sum)",
        "de": "Valenz des Worts bei VADER (−4 … +4; der Satzwert staucht ihre Summe)",
    },
    "top_words_title": {
        "en": "The words that moved the score most",
        "de": "Die Wörter, die den Wert am stärksten bewegten",
    },
    "negated": {"en": "negated", "de": "verneint"},
    "no_scored_words": {"en": "no scored words", "de": "keine bewerteten Wörter"},
    "quoted": {"en": "quoted", "de": "zitiert"},
    "label_agreement": {"en": "Same label", "de": "Gleiches Urteil"},
    "polarity_correlation": {
        "en": "Polarity correlation (r)",
        "de": "Korrelation der Polarität (r)",
    },
    "agreement_title": {
        "en": "Do the sentiment backends agree?",
        "de": "Sind sich die Stimmungsverfahren einig?",
    },
    "gold": {"en": "People said", "de": "Menschen sagten"},
    "predicted": {"en": "Backend said", "de": "Verfahren sagte"},
    "negative": {"en": "negative", "de": "negativ"},
    "neutral": {"en": "neutral", "de": "neutral"},
    "positive": {"en": "positive", "de": "positiv"},
    "confusion_title": {
        "en": "Benchmark sentences by what people said and what each backend said",
        "de": "Benchmark-Sätze: Urteil der Menschen gegen Urteil des Verfahrens",
    },
    "macro_f1": {"en": "Macro-F1 (cross-validated)", "de": "Makro-F1 (kreuzvalidiert)"},
    "validation_title": {
        "en": "How well each backend matches people (GerNTSA, 1,889 sentences)",
        "de": "Wie gut jedes Verfahren Menschen trifft (GerNTSA, 1.889 Sätze)",
    },
    "always_neutral": {"en": "always “neutral”", "de": "immer „neutral“"},
    "address_title": {
        "en": "Who speaks to whom: person and address per 100 words",
        "de": "Wer spricht zu wem: Person und Anrede pro 100 Wörter",
    },
    "difference_axis": {"en": "answer − question", "de": "Antwort − Frage"},
    "corpus_title": {
        "en": "Answer minus question, one dot per column",
        "de": "Antwort minus Frage, ein Punkt pro Kolumne",
    },
    "median": {"en": "median", "de": "Median"},
    "readability_title": {
        "en": "Readability of question and answer, against the formulas' bands",
        "de": "Lesbarkeit von Frage und Antwort, vor den Stufen der Formeln",
    },
    "easier_right": {"en": "easier →", "de": "leichter →"},
    "harder_right": {"en": "harder →", "de": "schwerer →"},
    "school_grade": {"en": "school grade", "de": "Schulstufe"},
    "words_per_sentence": {"en": "Words per sentence", "de": "Wörter pro Satz"},
    "letters_per_word": {"en": "Letters per word", "de": "Buchstaben pro Wort"},
    "share_of_section_sentences": {
        "en": "% of the section's sentences",
        "de": "% der Sätze des Abschnitts",
    },
    "share_of_words": {"en": "% of the section's words", "de": "% der Wörter des Abschnitts"},
    "lengths_title": {
        "en": "How long are sentences and words?",
        "de": "Wie lang sind Sätze und Wörter?",
    },
    "per_100_words": {"en": "per 100 words", "de": "pro 100 Wörter"},
    "share_of_sentences": {"en": "% of sentences", "de": "% der Sätze"},
    "share_of_characters": {
        "en": "% of characters inside quotation marks (other people's words)",
        "de": "% der Zeichen in Anführungszeichen (Worte anderer)",
    },
    "not_available": {"en": "not available for {language}", "de": "für {language} nicht verfügbar"},
    "exchange_of": {
        "en": "exchange {number} of {total}",
        "de": "Frage-Antwort-Paar {number} von {total}",
    },
    "polarity_axis": {"en": "polarity (−1 … +1)", "de": "Polarität (−1 … +1)"},
    "tone_title": {
        "en": "Question vs answer: how each is written",
        "de": "Frage und Antwort: wie sie geschrieben sind",
    },
}


def label(key: str, lang: Language = "en") -> str:
    """The chart label ``key`` in English or German.

    Example:
        >>> label("answer", "de")
        'Antwort'
    """
    if lang not in ("en", "de"):
        raise ValueError(f"lang must be 'en' or 'de', not {lang!r}")
    return LABELS[key][lang]


def exchange_caption(column_id: str, exchange: int, exchanges: int, lang: Language = "en") -> str:
    """What a chart of one exchange shows: the column and, where it has several, which
    exchange ("… · exchange 2 of 2"); ``exchange`` is 0-based, as in the frames.

    Example:
        >>> exchange_caption("briefe", 1, 2, "de"), exchange_caption("briefe", 0, 1)
        ('briefe · Frage-Antwort-Paar 2 von 2', 'briefe')
    """
    if exchanges <= 1:
        return column_id
    which = label("exchange_of", lang).format(number=exchange + 1, total=exchanges)
    return f"{column_id} · {which}"
