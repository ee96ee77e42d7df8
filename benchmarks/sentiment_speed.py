"""Sentences per second of each sentiment backend on the seed column's question and
answer, and the speed-up over stock textblob-de. Prints ratios; not a timed test.

Run: .venv/bin/python benchmarks/sentiment_speed.py
"""

from __future__ import annotations

import time
from pathlib import Path

from kolumne.sentiment import BACKENDS, score
from kolumne.text import split_sentences

SEED = Path(__file__).resolve().parents[1] / "data" / "columns" / "2016-kollege-sabotiert.txt"
ROUNDS = 20


def seed_sentences() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    question = lines.index("Frage:") + 1
    answer = lines.index("Antworten:") + 1
    text = "\n".join(lines[question : question + 3] + lines[answer : answer + 6])
    return split_sentences(text)


def seconds_per_column(backend: str, sentences: list[str]) -> float:
    score(sentences, backend)  # warm up: lexicons load once per process
    start = time.perf_counter()
    for _ in range(ROUNDS):
        score(sentences, backend)
    return (time.perf_counter() - start) / ROUNDS


def main() -> None:
    sentences = seed_sentences()
    timings = {name: seconds_per_column(name, sentences) for name in BACKENDS}
    stock = timings["textblob-de"]
    print(f"seed column: {len(sentences)} sentences, mean of {ROUNDS} rounds")
    for name, seconds in timings.items():
        print(f"{name:22s} {seconds * 1000:7.2f} ms/column   {stock / seconds:6.1f}x stock")


if __name__ == "__main__":
    main()
