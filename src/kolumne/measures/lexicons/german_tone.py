"""German word lists of the tone measures (``kolumne.measures.tone``): pronouns, forms of
address, hedges, intensifiers and the words that the imperative rules look at.

Sources: the pronoun and determiner paradigms follow Duden, *Die Grammatik* (9th ed.,
2016), § "Pronomen"; hedges are common Modalwörter that weaken a claim (vielleicht,
wahrscheinlich) and intensifiers common Gradpartikeln that strengthen one (sehr,
extrem), each exclusion with its reason beside the list; the verb lists hold the forms
that the imperative rules must tell apart, each list with its reason. All entries are
lower case unless said otherwise.

Example:
    >>> "vielleicht" in HEDGES, "Sie" in FORMAL_ADDRESS
    (True, True)
"""

from __future__ import annotations

# Personal and possessive pronouns of the first person singular, all cases.
FIRST_PERSON_SINGULAR = frozenset(
    {"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"}
)

# First person plural, all cases ("unsre" is the colloquial short form).
FIRST_PERSON_PLURAL = frozenset(
    {"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "unsre"}
)

# Informal address: du and its forms, and the informal plural "euch/euer/eure".
# "ihr" is left out on purpose: it is far more often "her", "their" or "to her"
# (ihr Chef, ihre Kunden, ich gab ihr) than the informal plural "ihr seid".
INFORMAL_SECOND_PERSON = frozenset(
    {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"}
    | {"euch", "euer", "eure", "euren", "eurem", "eurer", "eures"}
)

# Formal address, capitalised (case-sensitive): "Sie", "Ihnen" and the possessive.
FORMAL_ADDRESS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})

# Determiners that introduce a group of third persons ("die Kunden", "Ihre Eltern",
# "alle Kollegen"); such a group can be the "sie" of a following sentence-initial Sie.
# Feminine singulars ("die Frage") look the same: German does not mark number on
# "die", so the rule errs on the side of "not formal".
GROUP_DETERMINERS = frozenset(
    {"die", "diese", "meine", "deine", "seine", "ihre", "unsere", "eure", "alle", "beide"}
    | {"viele", "einige", "manche", "mehrere"}
)
THIRD_PERSON_PLURAL_PRONOUNS = frozenset({"sie", "ihnen"})
# Noun endings that are (nearly) always singular: "Ihre Entscheidung", "die Situation"
# name no group, so "Ihre Entscheidung. Sie sollten …" stays formal.
SINGULAR_NOUN_SUFFIXES = ("ung", "heit", "keit", "ion", "tät", "schaft", "ik", "nis")

# Hedges: adverbs that weaken a claim. The core (vielleicht, möglicherweise,
# wahrscheinlich, eventuell, vermutlich, womöglich, eher, ziemlich) plus common
# synonyms that are hedges in nearly every use. Left out: "etwas" (usually
# "something"), "recht" ("recht haben"), "ganz" (an intensifier as often as a hedge).
HEDGES = frozenset(
    {
        "vielleicht", "möglicherweise", "wahrscheinlich", "eventuell", "vermutlich",
        "womöglich", "eher", "ziemlich", "wohl", "anscheinend", "scheinbar", "offenbar",
        "ungefähr", "etwa", "gewissermaßen", "irgendwie", "einigermaßen", "teilweise",
        "tendenziell", "relativ",
    }
)  # fmt: skip

# Intensifiers and certainty markers: adverbs that strengthen a claim.
INTENSIFIERS = frozenset(
    {
        "sehr", "extrem", "total", "absolut", "völlig", "zweifellos", "äußerst", "höchst",
        "wirklich", "unglaublich", "enorm", "besonders", "ganz", "außerordentlich",
        "ungemein", "überaus", "komplett", "vollkommen", "definitiv", "unbedingt",
        "garantiert", "sicherlich", "keinesfalls", "niemals",
    }
)  # fmt: skip

# Words that open a subordinate clause or a question: a sentence that starts with
# one of them is never an imperative ("Wenn Sie anfangen …, riskieren Sie …").
SUBORDINATE_OR_QUESTION_OPENERS = frozenset(
    {
        "wenn", "als", "da", "weil", "ob", "dass", "obwohl", "falls", "sobald", "bevor",
        "nachdem", "während", "damit", "sodass", "seit", "seitdem", "bis", "indem",
        "wie", "was", "wer", "wen", "wem", "wo", "warum", "wieso", "weshalb", "wann",
        "welche", "welcher", "welches", "welchen", "woher", "wohin",
    }
)  # fmt: skip

# Finite forms ending in -n that come first in a yes/no question or a conditional
# ("Sollten Sie Fragen haben, …"), never in an imperative: modal verbs have no
# imperative, and "sein" makes "Seien Sie", not "Sind Sie".
NON_IMPERATIVE_FIRST_VERBS = frozenset(
    {
        "sollten", "müssen", "müssten", "können", "könnten", "dürfen", "dürften",
        "wollen", "wollten", "möchten", "mögen", "würden", "wurden", "sind", "waren",
        "wären", "hatten", "hätten",
    }
)  # fmt: skip

# Words ending in -n that are not verbs but could start a sentence before "Sie".
NON_VERBS_ENDING_IN_N = frozenset(
    {
        "denen", "deren", "einen", "keinen", "meinen", "deinen", "seinen", "ihren",
        "unseren", "euren", "diesen", "jenen", "jeden", "allen", "vielen", "wegen",
        "oben", "unten", "neben", "morgen", "gestern", "dann", "wann", "denn", "wen",
    }
)  # fmt: skip

# Frequent du-imperatives of advice texts (with and without the optional -e). Verbs
# in -ieren are recognised by their ending instead ("Konfrontiere", "Akzeptiere").
DU_IMPERATIVES = frozenset(
    {
        "sei", "hab", "habe", "geh", "gehe", "komm", "komme", "mach", "mache", "ruf",
        "rufe", "sag", "sage", "hör", "höre", "schau", "sieh", "lies", "nimm", "gib",
        "hilf", "sprich", "vergiss", "lass", "bleib", "bleibe", "denk", "denke", "frag",
        "warte", "vertrau", "vertraue", "triff", "iss", "trink", "lauf", "such", "suche",
        "versuch", "versuche", "zeig", "zeige", "glaub", "glaube", "red", "rede",
        "schreib", "schreibe", "erzähl", "erzähle", "hol", "hole", "bring", "bringe",
        "steh", "stell", "stelle", "leg", "lege", "find", "finde", "tu", "tue", "nutz",
        "nutze", "melde", "überleg", "überlege", "entschuldige", "achte", "atme",
        "pass", "setz", "setze", "halt", "halte", "beende", "seid",
    }
)  # fmt: skip

# Nouns in -iere, which would otherwise look like du-imperatives of -ieren verbs.
NOUNS_ENDING_IN_IERE = frozenset(
    {
        "papiere", "karriere", "premiere", "barriere", "klaviere", "reviere", "quartiere",
        "turniere", "offiziere", "passagiere", "portiere", "scharniere",
    }
)  # fmt: skip

# A du-imperative is not followed by its subject ("Finde ich gut." is a statement)
# nor by a finite verb ("Rede ist Silber.": "Rede" is a noun there).
NOT_AFTER_DU_IMPERATIVE = frozenset(
    {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}
    | {"ist", "war", "wird", "hat", "kann", "muss", "soll", "sind", "waren", "haben"}
)

# Coordinating conjunctions do not take a position in the clause ("Und rufen Sie
# an."), so the verb test looks past them.
COORDINATING_CONJUNCTIONS = frozenset({"und", "aber", "oder"})
