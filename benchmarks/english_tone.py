"""English imperative detection against the English development set's labels.

The set (src/kolumne/resources/benchmarks/english-dev/) holds 160 English advice-column
sentences, each labelled imperative yes/no by two blind annotators, who agreed on all
160. This prints accuracy, precision, recall and F1 of
``kolumne.measures.tone.english.is_imperative`` on them, and the sentences it gets wrong.

Measured on 2026-12-02, the rules written before the set was read: accuracy 0.988
(158 of 160), precision 1.00, recall 0.96 (48 of 50), F1 0.98. The two misses: an
imperative after "Good luck, and please …", and "Answer …", a verb left out of the
verb list because it is more often a noun.

Run:
    .venv/bin/python benchmarks/english_tone.py
"""

from __future__ import annotations

from kolumne.validation import imperative_check


def main() -> None:
    check = imperative_check()
    print(f"{check.sentences} sentences")
    print(f"accuracy {check.accuracy:.3f}")
    print(f"precision {check.precision:.2f}  recall {check.recall:.2f}  F1 {check.f1:.2f}")
    for key, text, said_by_people in check.misses:
        print(f"  {'missed' if said_by_people else 'wrongly found'}: {key} {text}")


if __name__ == "__main__":
    main()
