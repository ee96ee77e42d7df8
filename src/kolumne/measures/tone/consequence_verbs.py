"""German verbs that tell the reader what will follow, not what to do.

After a leading clause of condition or time, "verb + Sie" is word order that an
imperative and a statement share: "Wenn nichts hilft, wenden Sie sich an den
Betriebsrat." advises, "Wenn Sie jetzt gehen, verlieren Sie Ihre Prämie." warns. German
marks the difference only in the verb's meaning (the Sie-imperative is the infinitive,
the same form as the finite verb): a verb that names something that happens to the
reader, a state, or a verb without an imperative makes the main clause a warning or a
prediction. Every other verb there is read as an imperative, the common case in advice
texts ("Falls nicht, holen Sie das nach.").

The classes are general German grammar: auxiliaries and modal verbs have no Sie-imperative
in use (German grammars such as the Duden grammar list the imperative as missing for the
modal verbs); the verbs of receiving, losing and noticing name an outcome, not an act one
can be told to do. Verbs common in both readings
("finden Sie heraus", "stellen Sie fest", "bleiben Sie ruhig") are left out on purpose:
for them the imperative is the more frequent reading in advice.

Example:
    >>> "verlieren" in CONSEQUENCE_VERBS, "wenden" in CONSEQUENCE_VERBS
    (True, False)
"""

from __future__ import annotations

CONSEQUENCE_VERBS = frozenset(
    {
        # Auxiliaries and the copula build tenses and states ("…, haben Sie keinen
        # Anspruch mehr", "…, werden Sie es bereuen", "…, sind Sie im Recht"). The
        # imperative of "sein" is "seien Sie", which stays an imperative.
        "haben", "hätten", "hatten", "sind", "wären", "waren", "werden", "würden",
        "wurden",
        # Modal verbs have no imperative ("…, müssen Sie zahlen", "…, sollten Sie
        # nachfragen": advice, but counted by the advice phrases, not as a mood).
        "müssen", "müssten", "können", "könnten", "dürfen", "dürften", "sollen",
        "sollten", "wollen", "wollten", "möchten", "mögen", "brauchen",
        # Receiving and losing: an outcome that befalls the reader ("…, bekommen Sie
        # eine Abmahnung", "…, verlieren Sie Ihre Prämie").
        "bekommen", "erhalten", "kriegen", "verlieren", "gewinnen", "verpassen",
        "verspielen", "riskieren", "gefährden", "geraten",
        # Noticing and knowing: what the reader will find ("…, merken Sie schnell,
        # dass …", "…, sehen Sie den Unterschied", "…, wissen Sie mehr").
        "merken", "bemerken", "sehen", "erkennen", "spüren", "wissen", "verstehen",
    }
)  # fmt: skip
