"""The sentence lists that annotators label: every sentence of every column of the
training corpus (data/training/columns/), as kolumne's loader splits it.

One TSV per writer's batch (the file-name prefix before the number, e.g. "de-work"),
written to data/training/sentences/<batch>.tsv with the columns
``id, file, pair, section, sentence, text``: ``pair`` is the 0-based question/answer
pair, ``sentence`` the 0-based number of the sentence within its section, and ``id``
``<file stem>:<pair>:<section>:<sentence>``. Texts keep their characters; a tab or line
break inside a sentence (there is none in one-paragraph-per-line files) is refused.

Run:
    .venv/bin/python benchmarks/training_sentences.py
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from kolumne import load_column

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "data" / "training"
BATCH = re.compile(r"^([a-z]+-[a-z]+)-\d{3}-")
FIELDS = ("id", "file", "pair", "section", "sentence", "text")


def sentence_rows(path: Path) -> list[dict[str, str | int]]:
    """One row per sentence of the column at ``path``, in text order."""
    column = load_column(path)
    rows = []
    for pair, exchange in enumerate(column.exchanges):
        for section in (exchange.question, exchange.answer):
            for number, sentence in enumerate(section.sentences):
                if "\t" in sentence.text or "\n" in sentence.text:
                    raise ValueError(f"{path.name}: a sentence holds a tab or line break")
                rows.append(
                    {
                        "id": f"{path.stem}:{pair}:{section.kind}:{number}",
                        "file": path.name,
                        "pair": pair,
                        "section": section.kind,
                        "sentence": number,
                        "text": sentence.text,
                    }
                )
    return rows


def main() -> None:
    batches: dict[str, list[dict[str, str | int]]] = defaultdict(list)
    for path in sorted((TRAINING / "columns").glob("*.txt")):
        match = BATCH.match(path.name)
        if match is None:
            raise ValueError(f"{path.name}: no batch prefix like 'de-work-001-'")
        batches[match.group(1)] += sentence_rows(path)
    folder = TRAINING / "sentences"
    folder.mkdir(exist_ok=True)
    for batch, rows in sorted(batches.items()):
        # Plain tab-joined lines: the texts hold quotation marks that CSV would escape.
        lines = ["\t".join(FIELDS)]
        lines += ["\t".join(str(row[field]) for field in FIELDS) for row in rows]
        (folder / f"{batch}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{batch}: {len(rows)} sentences")


if __name__ == "__main__":
    main()
