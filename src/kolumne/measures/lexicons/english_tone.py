"""English word lists of the tone measures (``kolumne.measures.tone.english``):
pronouns, hedges, intensifiers and the words that the imperative rules look at.

Sources: the pronoun paradigms follow Quirk, Greenbaum, Leech and Svartvik, *A
Comprehensive Grammar of the English Language* (1985), §6.2 (personal, possessive and
reflexive pronouns), with the contracted forms writers use ("I'm", "you're"). Hedges
are common members of the classes Hyland (*Hedging in Scientific Research Articles*,
1998) lists as epistemic adverbs and approximators; intensifiers are common amplifiers
and emphasizers (Quirk et al., §8.104–8.114). Words that are hedges or intensifiers
only in some uses are left out, each with its reason. The verb list holds common
English verbs in their base form, written for this project from general knowledge of
the language and not from any column it analyses. All entries are lower case, with a
straight apostrophe (a typographic one is read as straight).

Example:
    >>> "i'm" in FIRST_PERSON_SINGULAR, "you're" in SECOND_PERSON
    (True, True)
"""

from __future__ import annotations

FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})

# "let's" is "let us": one first person plural.
FIRST_PERSON_PLURAL = frozenset(
    {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll", "let's"}
)

SECOND_PERSON = frozenset(
    {
        "you", "your", "yours", "yourself", "yourselves",
        "you're", "you've", "you'd", "you'll", "y'all",
    }
)  # fmt: skip

# Epistemic adverbs and approximators that weaken a claim. Left out: "quite" (an
# intensifier as often, in British use), "about" and "around" (mostly prepositions),
# modal verbs ("might", "could": they give advice as often as they hedge, and advice
# is measured apart).
HEDGES = frozenset(
    {
        "maybe", "perhaps", "possibly", "probably", "presumably", "apparently",
        "seemingly", "supposedly", "arguably", "likely", "somewhat", "fairly",
        "relatively", "roughly", "approximately", "sometimes", "usually", "generally",
        "mostly", "partly", "slightly", "kinda", "sorta",
    }
)  # fmt: skip

# Amplifiers and emphasizers that strengthen a claim. Left out: "so" and "too" (far
# more often a conjunction or "also"), "real" (mostly an adjective), "pretty"
# (mostly an adjective in advice letters).
INTENSIFIERS = frozenset(
    {
        "very", "really", "extremely", "totally", "absolutely", "completely",
        "utterly", "entirely", "highly", "incredibly", "terribly", "awfully",
        "truly", "definitely", "certainly", "deeply", "hugely", "enormously",
        "exceptionally", "particularly", "especially", "seriously", "desperately",
        "thoroughly", "never", "always",
    }
)  # fmt: skip

# A sentence or clause that opens with one of these is subordinate or a question; the
# imperative, if any, is the main clause after the comma ("If he refuses, call …").
SUBORDINATORS = frozenset(
    {
        "if", "when", "whenever", "once", "before", "after", "until", "till", "unless",
        "while", "whilst", "because", "since", "although", "though", "as", "whether",
    }
)  # fmt: skip

# Adverbs and discourse words that may stand before the imperative verb ("First, take
# a breath.", "Then wait.", "Just say no.", "And call her.").
OPENERS_BEFORE_IMPERATIVE = frozenset(
    {
        "first", "firstly", "second", "secondly", "third", "next", "then", "now",
        "finally", "instead", "meanwhile", "also", "just", "simply", "so", "and", "but",
        "or", "otherwise", "honestly", "frankly", "please", "meantime", "above",
        "all", "most", "importantly", "today", "tomorrow", "tonight", "again",
    }
)  # fmt: skip

# Words that open a directive on their own: "Don't …", "Never …", "Please …" + verb,
# "Be …", "Let him …" ("Let's" is a proposal of writer and reader, not counted).
DIRECTIVE_OPENERS = frozenset({"don't", "dont", "never", "be", "let"})

# A base-form verb at the start is no imperative when the next word shows a subject
# and its finite verb: "Work has become hell.", "Rent is due."
FINITE_AFTER_SUBJECT = frozenset(
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
        "could", "should", "may", "might", "must", "does", "did", "seems", "makes",
        "gets", "feels", "means", "isn't", "wasn't", "doesn't", "didn't", "won't",
        "can't", "hasn't", "looks", "goes", "takes", "keeps",
    }
)  # fmt: skip

# Subject pronouns: a verb followed by one starts a question or an inversion ("Do you
# …", "Have I …"), not an imperative.
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})

# Common English verbs in their base form (the imperative is the base form). Verbs
# that are far more often nouns or adjectives at a sentence start ("work", "rent",
# "love", "hope", "thanks", "sorry") are left out: a wrong "imperative" costs more
# than a missed one in a measure of how directive a text is.
BASE_VERBS = frozenset(
    {
        "accept", "act", "add", "admit", "agree", "allow", "apologise", "apologize",
        "apply", "approach", "arrange", "ask", "avoid", "begin", "believe", "block",
        "book", "breathe", "bring", "build", "buy", "call", "calm", "cancel", "carry",
        "catch", "change", "check", "choose", "clean", "clear", "close", "come",
        "compare", "complain", "confront", "consider", "consult", "contact",
        "continue", "count", "cut", "decide", "delete", "describe", "discuss", "do",
        "document", "drink", "drive", "drop", "eat", "email", "encourage", "end",
        "enjoy", "examine", "expect", "explain", "file", "fill", "find", "finish",
        "fix", "focus", "follow", "forget", "forgive", "get", "give", "go", "grab",
        "hand", "handle", "hang", "help", "hire", "hold", "ignore", "imagine",
        "include", "insist", "invite", "join", "keep", "knock", "learn",
        "leave", "lend", "limit", "listen", "live", "lock", "look", "make", "meet",
        "mention", "mind", "move", "note", "notice", "offer", "open", "order",
        "pay", "phone", "pick", "plan", "practise", "practice", "prepare", "protect",
        "pull", "push", "put", "quit", "raise", "read", "recognise", "recognize",
        "record", "reduce", "refuse", "relax", "remember", "remind", "remove",
        "repeat", "replace", "reply", "report", "request", "respond", "rest",
        "return", "ring", "run", "save", "say", "schedule", "see", "seek", "sell",
        "send", "set", "settle", "share", "show", "sign", "sit", "skip", "sleep",
        "slow", "speak", "spend", "stand", "start", "stay", "step", "stick", "stop",
        "suggest", "take", "talk", "teach", "tell", "text", "think", "throw",
        "treat", "trust", "try", "turn", "understand", "use", "visit", "wait", "wake",
        "walk", "watch", "wear", "write",
    }
)  # fmt: skip
