"""Milliseconds per column of kolumne's sentence and word splitting, against NLTK's Punkt
(the splitter kolumne used before its own rules, and still ships for textblob-de) and,
where installed, pySBD and SoMaJo, in one run on the same columns.

The columns are the bundled one, the test columns and the training columns
(``data/training/columns``: German and English), read as text; each system splits the
whole text of each column in the column's language (``kolumne.load.detect_language``).
Punkt runs line by line, as kolumne ran it: a line break always ended a sentence.
Each figure is the fastest of ``--rounds`` rounds (default 5), so a busy machine
inflates it least. The last lines give the ratios to Punkt and the whole loader
(``load_column``: decoding, parts, paragraphs, sentences, tokens) per column.

Run:
    .venv/bin/python benchmarks/text_speed.py
    /tmp/peers/bin/python benchmarks/text_speed.py     # with pySBD and SoMaJo installed
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from kolumne.load import detect_language, load_column
from kolumne.text import punkt_tokenizer, sentence_spans, words

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("data/columns", "tests/columns", "data/training/columns")


def column_files() -> list[Path]:
    return [path for folder in FOLDERS for path in sorted((ROOT / folder).glob("*.txt"))]


def fastest(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def punkt_by_line(texts: list[tuple[str, str]]) -> None:
    for text, language in texts:
        tokenizer = punkt_tokenizer(language)
        for line in text.splitlines():
            list(tokenizer.span_tokenize(line))


def peer_splitters() -> dict[str, Callable[[list[tuple[str, str]]], None]]:
    peers: dict[str, Callable[[list[tuple[str, str]]], None]] = {}
    try:
        import pysbd
    except ImportError:
        pass
    else:
        segmenters = {language: pysbd.Segmenter(language=language) for language in ("de", "en")}
        peers["pySBD"] = lambda texts: [segmenters[lang].segment(text) for text, lang in texts]
    try:
        from somajo import SoMaJo
    except ImportError:
        pass
    else:
        splitters = {"de": SoMaJo("de_CMC"), "en": SoMaJo("en_PTB")}
        peers["SoMaJo"] = lambda texts: [
            list(splitters[language].tokenize_text([text])) for text, language in texts
        ]
    return peers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the fastest counts")
    arguments = parser.parse_args()

    files = [path for path in column_files() if path.stat().st_size > 0]
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append((text, detect_language(text)))
    count = len(texts)
    english = sum(language == "en" for _, language in texts)
    print(f"{count} columns ({english} English), {sum(len(t) for t, _ in texts):,} characters")

    per_column = {}
    per_column["kolumne sentences"] = fastest(
        lambda: [sentence_spans(text, language) for text, language in texts], arguments.rounds
    )
    per_column["Punkt, line by line"] = fastest(lambda: punkt_by_line(texts), arguments.rounds)
    for name, split in peer_splitters().items():
        per_column[name] = fastest(lambda split=split: split(texts), arguments.rounds)
    per_column["kolumne words"] = fastest(
        lambda: [words(text, language) for text, language in texts], arguments.rounds
    )
    per_column["kolumne load_column"] = fastest(
        lambda: [_load(path) for path in files], arguments.rounds
    )

    print("\n| system | ms per column |\n|---|---|")
    for name, seconds in per_column.items():
        print(f"| {name} | {1000 * seconds / count:.3f} |")
    baseline = per_column["Punkt, line by line"]
    print()
    for name in ("kolumne sentences", "pySBD", "SoMaJo"):
        if name in per_column:
            print(f"{name} / Punkt: {per_column[name] / baseline:.2f}×")


def _load(path: Path) -> None:
    try:
        load_column(path)
    except ValueError:
        pass  # a test column that is refused on purpose costs its refusal


if __name__ == "__main__":
    main()
