"""Seconds per column of the contextual backend against the word-list backends, and what
the corpus cache saves on a rerun. Prints figures and ratios measured in this run; not a
timed test.

The corpus is the first 200 columns of ``data/training/columns`` (German and English,
every sentence distinct in kind from the others: generated corpora repeat sentences,
which the embedding memo would serve from memory and flatter the contextual path).

1. word lists: ``analyze_corpus`` with ``sentiws`` and ``vader`` (each column scored by
   the one for its language);
2. contextual: ``analyze_corpus`` with ``contextual`` alone, every kept vector (in
   memory and in a store on disk made for this run) dropped first;
3. the default analysis (``DEFAULT_BACKENDS``) into an empty cache folder, vectors
   dropped again, then the same again: the rerun reads every file's rows from the cache;
4. the default analysis into another empty cache folder with the vectors in memory
   dropped but those on disk kept: what the embedding store saves a new report.

Run: .venv/bin/python benchmarks/contextual_speed.py [--columns N] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from kolumne.corpus import DEFAULT_BACKENDS, analyze_corpus
from kolumne.measures.sentiment import embeddings

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ROOT / "data" / "training" / "columns"


def seconds(
    paths: list[str], backends: tuple[str, ...], jobs: int, cache: Path | None = None
) -> float:
    start = time.perf_counter()
    analyze_corpus(paths, backends=backends, jobs=jobs, cache=cache, progress=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    arguments = parser.parse_args()
    paths = [str(path) for path in sorted(COLUMNS.glob("*.txt"))[: arguments.columns]]
    count = len(paths)
    # A store of vectors of this run's own, not the machine's: every run starts cold.
    os.environ["KOLUMNE_CACHE"] = tempfile.mkdtemp(prefix="kolumne-speed-")
    # Warm up: word lists, heads and the engine load once per process.
    analyze_corpus(paths[:3], backends=("contextual", "sentiws", "vader"), progress=False)

    lexicon = seconds(paths, ("sentiws", "vader"), arguments.jobs)
    embeddings.forget(disk=True)
    contextual = seconds(paths, ("contextual",), arguments.jobs)
    embeddings.forget(disk=True)
    with tempfile.TemporaryDirectory() as folder:
        first = seconds(paths, DEFAULT_BACKENDS, arguments.jobs, Path(folder))
        rerun = seconds(paths, DEFAULT_BACKENDS, arguments.jobs, Path(folder))
    embeddings.forget()
    with tempfile.TemporaryDirectory() as folder:
        stored = seconds(paths, DEFAULT_BACKENDS, arguments.jobs, Path(folder))

    print(f"{count} columns, {arguments.jobs} process(es)")
    print(f"word lists (sentiws, vader)  {lexicon / count * 1000:8.1f} ms per column")
    print(
        f"contextual                   {contextual / count * 1000:8.1f} ms per column"
        f"   {contextual / lexicon:5.1f}x the word lists"
    )
    print(f"default analysis, first run  {first / count * 1000:8.1f} ms per column")
    print(
        f"default analysis, rerun      {rerun / count * 1000:8.1f} ms per column"
        f"   {first / rerun:5.1f}x faster than the first run (cache)"
    )
    print(
        f"default analysis, new cache  {stored / count * 1000:8.1f} ms per column"
        f"   {first / stored:5.1f}x faster than the first run (vectors on disk)"
    )


if __name__ == "__main__":
    main()
