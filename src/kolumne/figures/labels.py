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
        "en": "The word's weight in its sentence's score, after negation and intensifiers",
        "de": "Gewicht des Worts im Wert seines Satzes, nach Verneinung und Verstärkern",
    },
    "weight_sentiws": {
        "en": "The word's SentiWS weight (−1 … +1) after negation and intensifiers; "
        "the sentence's score is tanh of their sum",
        "de": "SentiWS-Gewicht des Worts (−1 … +1) nach Verneinung und Verstärkern; "
        "der Satzwert ist tanh ihrer Summe",
    },
    "weight_textblob": {
        "en": "The word's polarity in textblob-de's lexicon (−1 … +1) after negation and "
        "intensifiers; the sentence's score is their mean",
        "de": "Polarität des Worts im Lexikon von textblob-de (−1 … +1) nach Verneinung "
        "und Verstärkern; der Satzwert ist ihr Mittel",
    },
    "word_valence": {
        "en": "The word's valence in VADER (−4 … +4); the sentence score squashes their sum",
        "de": "Valenz des Worts bei VADER (−4 … +4); der Satzwert staucht ihre Summe",
    },
    "top_words_title": {
        "en": "The words with the largest weight in their sentences",
        "de": "Die Wörter mit dem größten Gewicht in ihren Sätzen",
    },
    "negated": {"en": "negated", "de": "verneint"},
    "no_scored_words": {"en": "no scored words", "de": "keine bewerteten Wörter"},
    "quoted": {"en": "quoted", "de": "zitiert"},
    "quoted_key": {
        "en": "hatched, “quoted”: a word in quotation marks, someone else's speech that the "
        "writer quotes; it is not counted in the writer's score of the sentence (only in the "
        "quoted speech's own score)",
        "de": "schraffiert, „zitiert“: ein Wort in Anführungszeichen, die Rede eines anderen, "
        "die der Text zitiert; es zählt nicht im Satzwert des Schreibenden (nur im eigenen "
        "Wert der wörtlichen Rede)",
    },
    "label_agreement": {"en": "Same label", "de": "Gleiches Urteil"},
    "polarity_correlation": {
        "en": "Polarity correlation (r)",
        "de": "Korrelation der Polarität (r)",
    },
    "label_agreement_scale": {
        "en": "share of sentences with the same label (0 … 1)",
        "de": "Anteil der Sätze mit gleichem Urteil (0 … 1)",
    },
    "polarity_correlation_scale": {
        "en": "Pearson's r (−1 … +1)",
        "de": "Pearsons r (−1 … +1)",
    },
    "agreement_caption": {
        "en": "n = {sentences} sentences scored by both backends of a pair",
        "de": "n = {sentences} Sätze, von beiden Verfahren eines Paars bewertet",
    },
    "not_applicable": {"en": "n/a", "de": "k. A."},
    "one_backend": {
        "en": "Fewer than two backends scored these sentences: nothing to compare",
        "de": "Weniger als zwei Verfahren bewerteten diese Sätze: nichts zu vergleichen",
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
    "confusion_scale": {
        "en": "shading: share of the row, the sentences people gave that label (0 … 1)",
        "de": "Schattierung: Anteil der Zeile, der Sätze mit diesem Urteil der Menschen (0 … 1)",
    },
    "macro_f1": {"en": "Macro-F1 (cross-validated)", "de": "Makro-F1 (kreuzvalidiert)"},
    "validation_title": {
        "en": "How well each backend matches people (GerNTSA, 1,889 sentences)",
        "de": "Wie gut jedes Verfahren Menschen trifft (GerNTSA, 1.889 Sätze)",
    },
    "always_neutral": {"en": "always “neutral”", "de": "immer „neutral“"},
    "people_rating": {
        "en": "people's rating of the section (1 very negative … 7 very positive)",
        "de": "Urteil der Menschen über den Abschnitt (1 sehr negativ … 7 sehr positiv)",
    },
    "section_polarity": {
        "en": "section polarity (word-weighted)",
        "de": "Polarität des Abschnitts (nach Wörtern gewichtet)",
    },
    "people_agreement_title": {
        "en": "Section tone against people's ratings (advice columns, development half)",
        "de": "Ton der Abschnitte gegen das Urteil der Menschen (Ratgeberkolumnen, Entwicklungshälfte)",
    },
    "people_agreement_panel": {
        "en": "{backend}: Spearman {spearman:.2f}; more negative section right in {right} of {pairs}",
        "de": "{backend}: Spearman {spearman:.2f}; negativerer Abschnitt {right}-mal von {pairs} richtig",
    },
    "address_title": {
        "en": "Who speaks to whom: person and address per 100 words",
        "de": "Wer spricht zu wem: Person und Anrede pro 100 Wörter",
    },
    "difference_per_100_words": {
        "en": "answer − question, per 100 words",
        "de": "Antwort − Frage, pro 100 Wörter",
    },
    "difference_per_100_sentences": {
        "en": "answer − question, per 100 sentences",
        "de": "Antwort − Frage, pro 100 Sätze",
    },
    "difference_share_of_sentences": {
        "en": "answer − question, percentage points of sentences",
        "de": "Antwort − Frage, Prozentpunkte der Sätze",
    },
    "difference_share_of_characters": {
        "en": "answer − question, percentage points of characters (quoted speech)",
        "de": "Antwort − Frage, Prozentpunkte der Zeichen (wörtliche Rede)",
    },
    "difference_polarity": {
        "en": "answer − question, polarity (each −1 … +1)",
        "de": "Antwort − Frage, Polarität (jeweils −1 … +1)",
    },
    "corpus_title": {
        "en": "Answer minus question, exchange by exchange",
        "de": "Antwort minus Frage, Paar für Paar",
    },
    "corpus_caption": {
        "en": "{pairs} question/answer pair(s) from {columns} column(s)",
        "de": "{pairs} Frage-Antwort-Paar(e) aus {columns} Kolumne(n)",
    },
    "corpus_key": {
        "en": "dot: one pair · box: middle half, whiskers to 1.5 box widths · black tick: "
        "median, bar: its bootstrap 95% interval (5 pairs or more) · n: pairs",
        "de": "Punkt: ein Paar · Kasten: mittlere Hälfte, Antennen bis 1,5 Kastenbreiten · "
        "schwarzer Strich: Median, Balken: sein Bootstrap-95-%-Intervall (ab 5 Paaren) · "
        "n: Paare",
    },
    "readability_title": {
        "en": "Readability of question and answer, against the formulas' bands",
        "de": "Lesbarkeit von Frage und Antwort, vor den Stufen der Formeln",
    },
    "below_scale": {
        "en": "left of the dotted line: below the scale's {edge:g}, value written beside the dot",
        "de": "links der gepunkteten Linie: unter dem Skalenanfang {edge:g}, Wert neben dem Punkt",
    },
    "above_scale": {
        "en": "right of the dotted line: above the scale's {edge:g}, value written beside the dot",
        "de": "rechts der gepunkteten Linie: über dem Skalenende {edge:g}, Wert neben dem Punkt",
    },
    "unnamed_bands": {"en": "bands too narrow to name", "de": "zu schmale Stufen ohne Namen"},
    "easier_right": {"en": "easier →", "de": "leichter →"},
    "harder_right": {"en": "harder →", "de": "schwerer →"},
    "school_grade": {"en": "school grade", "de": "Schulstufe"},
    "median_tick": {"en": "black tick: median", "de": "schwarzer Strich: Median"},
    "words_per_sentence": {"en": "Words per sentence", "de": "Wörter pro Satz"},
    "letters_per_word": {"en": "Letters per word", "de": "Buchstaben pro Wort"},
    "share_of_section_sentences": {
        "en": "% of the section's sentences",
        "de": "% der Sätze des Abschnitts",
    },
    "share_of_section_words": {
        "en": "% of the section's words",
        "de": "% der Wörter des Abschnitts",
    },
    "lengths_title": {
        "en": "How long are sentences and words?",
        "de": "Wie lang sind Sätze und Wörter?",
    },
    "per_100_words": {"en": "per 100 words", "de": "pro 100 Wörter"},
    "per_100_sentences": {"en": "per 100 sentences", "de": "pro 100 Sätze"},
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


# The languages kolumne has rules for, named in the chart's language.
_LANGUAGE_NAMES = {
    "en": {"en": "English", "de": "Englisch"},
    "de": {"en": "German", "de": "Deutsch"},
}


def language_name(code: str, lang: Language = "en") -> str:
    """A column's language (``"en"``, ``"de"``) as a chart in ``lang`` names it; a code
    kolumne has no rules for stays as it is.

    Example:
        >>> language_name("en", "de"), language_name("de", "en"), language_name("fr", "de")
        ('Englisch', 'German', 'fr')
    """
    return _LANGUAGE_NAMES.get(code, {}).get(lang, code)


def count_text(number: int, lang: Language = "en") -> str:
    """A count with thousands grouped as each language writes them.

    Example:
        >>> count_text(2000, "en"), count_text(2000, "de"), count_text(12, "de")
        ('2,000', '2.000', '12')
    """
    if lang not in ("en", "de"):
        raise ValueError(f"lang must be 'en' or 'de', not {lang!r}")
    text = f"{number:,}"
    return text.replace(",", ".") if lang == "de" else text


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
