"""German negators, intensifiers, modal verbs and idioms for the sentiment backends.

Sources: the word classes follow Duden, *Die Grammatik* (9th ed., 2016): negation
particles and indefinite negation pronouns (§ "Negation"), grading particles
(Gradpartikeln) and modal verbs (Modalverben). Idioms come from Duden, Band 11
*Redewendungen* (4th ed., 2013); each entry names its meaning there. None of the
entries was chosen because it occurs in a particular column: they are the common
members of their class, and every class is tested on invented sentences.

Example:
    >>> INTENSIFIERS["sehr"] > 1 > INTENSIFIERS["kaum"]
    True
"""

from __future__ import annotations

from dataclasses import dataclass

# Negation particles, adverbs and every form of the negation pronoun "kein" (Duden
# Grammatik, Negation). textblob-de knows only nicht, ohne, nie, nein, kein, keiner,
# keine, nichts: "niemals", "nirgends" or "keinen" pass unseen there.
# fmt: off
NEGATORS: frozenset[str] = frozenset(
    {
        "nicht", "nie", "niemals", "nimmer", "nirgends", "nirgendwo", "keineswegs",
        "keinesfalls", "nein", "nichts", "niemand", "niemandem", "niemanden", "ohne",
        "kein", "keine", "keiner", "keinen", "keinem", "keines", "weder",
    }
)
# fmt: on

# "nicht nur …, sondern auch" adds, it does not negate (Duden Grammatik, Konnektoren).
NOT_NEGATING_AFTER_NICHT: frozenset[str] = frozenset({"nur", "bloß", "allein", "zuletzt"})

# Grading particles with a factor on the next evaluative word: amplifiers above 1,
# downtoners below 1 (Duden Grammatik, Gradpartikeln). The factors order the words
# by strength: "ziemlich" < "sehr" < "äußerst"; they are a scale, not fitted numbers.
INTENSIFIERS: dict[str, float] = {
    "extrem": 2.0,
    "äußerst": 2.0,
    "höchst": 1.75,
    "total": 1.75,
    "völlig": 1.75,
    "absolut": 1.75,
    "zutiefst": 1.75,
    "sehr": 1.5,
    "besonders": 1.5,
    "überaus": 1.5,
    "unglaublich": 1.5,
    "wirklich": 1.25,
    "echt": 1.25,
    "ziemlich": 1.25,
    "recht": 1.25,
    "ganz": 1.25,
    "etwas": 0.75,
    "eher": 0.75,
    "wenig": 0.5,
    "kaum": 0.5,
}

# Modal verbs state possibility, wish or obligation, not an evaluation (Duden Grammatik,
# Modalverben): "Ich möchte wissen" is a wish, not praise. Every finite form and the
# infinitive and participle, so that no lexicon weight attaches to them.
# fmt: off
MODAL_VERBS: frozenset[str] = frozenset(
    {
        "mögen", "mag", "magst", "mögt", "mochte", "mochtest", "mochten", "mochtet",
        "möchte", "möchtest", "möchten", "möchtet", "gemocht",
        "wollen", "will", "willst", "wollt", "wollte", "wolltest", "wollten", "wolltet",
        "gewollt",
        "sollen", "soll", "sollst", "sollt", "sollte", "solltest", "sollten", "solltet",
        "gesollt",
        "dürfen", "darf", "darfst", "dürft", "durfte", "durftest", "durften", "durftet",
        "dürfte", "dürften", "gedurft",
        "können", "kann", "kannst", "könnt", "konnte", "konntest", "konnten", "konntet",
        "könnte", "könntest", "könnten", "gekonnt",
        "müssen", "muss", "musst", "müsst", "musste", "musstest", "mussten", "musstet",
        "müsste", "müssten", "gemusst",
    }
)
# fmt: on


@dataclass(frozen=True)
class Idiom:
    """A multi-word expression with one weight, found when all its parts share a clause.

    ``parts`` are regular expressions that must each match a whole lower-cased word;
    order is free, because German moves verbs and particles ("sie ließ ihn im Stich",
    "er hat sie im Stich gelassen"). ``weight`` is on SentiWS's scale (about -1 to 1).

    Example:
        >>> Idiom("Daumen drücken", ("daumen", "drücke"), 0.5, "Glück wünschen").weight
        0.5
    """

    name: str
    parts: tuple[str, ...]
    weight: float
    meaning: str


# Verb stems across tenses and participles: present, past, subjunctive, participle.
_WERFEN = r"(ge)?w(e|i|a|ü)rf\w*"
_LASSEN = r"(ge)?l(a|ä|ie)(ss|ß)\w*"
_BRINGEN = r"(ge)?br(i|a|ä)(ng|ch)\w*"
_STECKEN = r"(ge)?st(e|a)ck\w*"
_TRETEN = r"(ge)?tr(e|i|a|ä)t\w*"
_GIESSEN = r"(ge)?(gie(ß|ss)|go(ss|ß)|gö(ss|ß))\w*"
_GREIFEN = r"(ge)?gr(ei|i)f\w*"
_DRUECKEN = r"(ge)?dr(ü|u)ck\w*"
_GEHEN = r"(geh|ging|gegang)\w*"
_FALLEN = r"(ge)?f(a|ä)ll\w*|fiel\w*"
_ZIEHEN = r"(ge)?(zieh|zog|zög|gezogen)\w*"
_FUEHREN = r"(ge)?führ\w*"
_LEGEN = r"(ge)?leg\w*"
_STAERKEN = r"(ge)?stärk\w*"
_TREFFEN = r"(ge)?tr(e|i|a|ä|o)f\w*"
_GEBEN = r"(ge)?g(e|i|a|ä)b\w*"
_HABEN = r"(ge)?(hab|hat|hät|hast)\w*"

IDIOMS: tuple[Idiom, ...] = (
    Idiom(
        "im Stich lassen", ("im", "stich", _LASSEN), -0.6, "jemanden verlassen, der Hilfe braucht"
    ),
    Idiom(
        "unter den Bus werfen",
        ("unter", "bus", _WERFEN),
        -0.6,
        "jemanden zum eigenen Vorteil opfern (Lehnübersetzung von engl. 'throw under the bus')",
    ),
    Idiom("auf die Palme bringen", ("palme", _BRINGEN), -0.5, "jemanden wütend machen"),
    Idiom(
        "den Kopf in den Sand stecken",
        ("kopf", "sand", _STECKEN),
        -0.4,
        "eine Gefahr nicht sehen wollen",
    ),
    Idiom("ins Fettnäpfchen treten", ("fettnäpfchen", _TRETEN), -0.4, "jemanden ungewollt kränken"),
    Idiom("Öl ins Feuer gießen", ("öl", "feuer", _GIESSEN), -0.5, "einen Streit verschärfen"),
    Idiom("auf die Nerven gehen", ("nerven", _GEHEN), -0.5, "lästig sein"),
    Idiom("auf den Keks gehen", ("keks", _GEHEN), -0.5, "lästig sein"),
    Idiom("die Nase voll haben", ("nase", "voll", _HABEN), -0.5, "einer Sache überdrüssig sein"),
    Idiom("in den Rücken fallen", ("rücken", _FALLEN), -0.6, "jemanden verraten"),
    Idiom("über den Tisch ziehen", ("tisch", _ZIEHEN, "über"), -0.5, "jemanden übervorteilen"),
    Idiom("hinters Licht führen", ("licht", _FUEHREN, "hinters?"), -0.5, "jemanden täuschen"),
    Idiom("Steine in den Weg legen", ("steine", "weg", _LEGEN), -0.5, "jemanden behindern"),
    Idiom("ein Dorn im Auge", ("dorn", "auge"), -0.5, "jemandem ein Ärgernis sein"),
    Idiom("aus der Haut fahren", ("haut", r"(ge)?f(a|ä|u|ü)hr\w*"), -0.5, "wütend werden"),
    Idiom("unter die Arme greifen", ("arme?n?", _GREIFEN, "unter"), 0.5, "jemandem helfen"),
    Idiom("die Daumen drücken", ("daumen", _DRUECKEN), 0.5, "jemandem Glück wünschen"),
    Idiom("den Rücken stärken", ("rücken", _STAERKEN), 0.5, "jemanden unterstützen"),
    Idiom("ins Schwarze treffen", ("schwarze", _TREFFEN), 0.5, "genau das Richtige tun"),
    Idiom("grünes Licht geben", ("grünes?", "licht", _GEBEN), 0.4, "etwas erlauben"),
    Idiom("wie am Schnürchen laufen", ("schnürchen",), 0.5, "reibungslos ablaufen"),
    Idiom("auf einen grünen Zweig kommen", ("grünen", "zweig"), 0.5, "Erfolg haben"),
    Idiom("ein Stein vom Herzen fallen", ("stein", "herzen", _FALLEN), 0.6, "erleichtert sein"),
    Idiom("auf Wolke sieben", ("wolke", "sieben"), 0.6, "überglücklich sein"),
)
