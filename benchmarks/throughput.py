"""Columns per second and MB per second of kolumne's corpus analysis, against stock
textblob-de and textstat, side by side in one run; peak memory for N and 10·N columns.

The corpus is built from real text only: each column's question and answer are the
bundled columns' paragraphs (data/columns/), each followed by a few German news
sentences from kolumne's packaged GerNTSA benchmark (resources/benchmarks), drawn with a fixed seed, so every
column is different and every run builds the same corpus. The columns are written as
.txt files in the seed's format into a temporary folder.

Modes (the same files for each):
  (a) stock textblob-de: ``TextBlobDE(text).sentences`` → ``.sentiment.polarity`` for
      question and answer, the way a user writes it;
  (a') the same analysis with textblob-de's analyser built once per process (kolumne's
      "textblob-de" backend), not once per sentence as TextBlobDE does, which reloads
      NLTK's Punkt tables each time: the stronger baseline;
  (b) textstat (lang "de"): Flesch reading ease and Wiener Sachtextformel;
  (c) kolumne's full analysis in one process (``kolumne.analyze_corpus``: load,
      structure, textblob-de-repaired and SentiWS with their word explanations,
      readability, tone);
  (d) the same with ``jobs=2``.

The stock baselines are slow, so (a) and (a') run on the first ``--baseline-columns``
columns (50 by default); columns/s and MB/s are rates, so the sizes need not match.

It also checks that kolumne's textblob-de-repaired scores equal the slow reference
path (``reference_polarity`` in tests/sentiment_reference.py) for every sentence of a sample of
columns (the reference runs textblob-de's own tokenizer and pattern machinery, so it
is checked on ``--check-columns`` columns, 100 by default, not on all).

Run:
  .venv/bin/python benchmarks/throughput.py                 # 2,000 columns
  .venv/bin/python benchmarks/throughput.py --columns 200   # a quick run
  .venv/bin/python benchmarks/throughput.py --memory        # peak RSS, N against 10·N
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS_FOLDER = ROOT / "data" / "columns"
NEWS_SENTENCES = ROOT / "src" / "kolumne" / "resources" / "benchmarks" / "gerntsa-dev.json"
SEED = 20161126


# ------------------------------------------------------------------ the corpus


@dataclass(frozen=True)
class Material:
    """Real text to build columns from: question and answer paragraphs, news sentences."""

    question_paragraphs: tuple[str, ...]
    answer_paragraphs: tuple[str, ...]
    news_sentences: tuple[str, ...]


def read_material() -> Material:
    from kolumne import load_corpus

    corpus = load_corpus(COLUMNS_FOLDER, errors="raise")

    def paragraphs(kind: str) -> tuple[str, ...]:
        return tuple(
            column.text[paragraph.start : paragraph.end]
            for column in corpus.columns
            for exchange in column.exchanges
            for paragraph in getattr(exchange, kind).paragraphs
            if not paragraph.is_heading
        )

    news = json.loads(NEWS_SENTENCES.read_text(encoding="utf-8"))
    # One line per paragraph: a snippet's own line breaks would start new paragraphs.
    sentences = tuple(" ".join(item["opinion_snippet"].split()) for item in news)
    return Material(paragraphs("question"), paragraphs("answer"), sentences)


def _section_text(
    paragraphs: tuple[str, ...], count: int, material: Material, rng: random.Random
) -> str:
    # A column's own paragraph opens each line, so no news sentence can look like a
    # label ("Frage:") or a footer to the loader.
    chosen = rng.sample(paragraphs, min(count, len(paragraphs)))
    return "\n".join(
        " ".join([paragraph, *rng.sample(material.news_sentences, rng.randint(1, 3))])
        for paragraph in chosen
    )


def column_text(number: int, material: Material, rng: random.Random) -> str:
    """One column in the seed's format: title, question, answer, footer.

    Example:
        >>> material = Material(("Was tun?",), ("Nichts.",), ("Es regnet.", "Es schneit.", "Kalt."))
        >>> print(column_text(7, material, random.Random(0)))
        Kolumne 7
        Frage:
        Was tun? Es schneit.
        Antworten:
        Nichts. Es schneit. Kalt.
        © 2016, Lynne Curry.
    """
    question = _section_text(material.question_paragraphs, rng.randint(2, 3), material, rng)
    answer = _section_text(material.answer_paragraphs, rng.randint(3, 5), material, rng)
    return f"Kolumne {number}\nFrage:\n{question}\nAntworten:\n{answer}\n© 2016, Lynne Curry."


def write_corpus(folder: Path, count: int, seed: int = SEED) -> list[Path]:
    """Write ``count`` distinct columns as .txt files into ``folder``; return their paths."""
    material = read_material()
    rng = random.Random(seed)
    seen: set[bytes] = set()  # digests, not texts: 20,000 texts would take 100 MB
    paths = []
    while len(paths) < count:
        text = column_text(len(paths) + 1, material, rng)
        body = hashlib.sha256(text.split("\n", 1)[1].encode("utf-8")).digest()
        if body in seen:  # the title alone must not be what tells two columns apart
            continue
        seen.add(body)
        path = folder / f"kolumne-{len(paths) + 1:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------ the modes


# The baselines get question and answer ready-made, read before the clock starts:
# kolumne's own loading and structure finding count against kolumne only.
Texts = list[tuple[str, str]]


def question_and_answer_texts(paths: list[Path]) -> Texts:
    from kolumne import load_column

    return [(column.question.text, column.answer.text) for column in map(load_column, paths)]


def stock_textblob_de(texts: Texts) -> None:
    from textblob_de import TextBlobDE

    from kolumne.text import install_offline_punkt

    install_offline_punkt()
    for question, answer in texts:
        for text in (question, answer):
            [sentence.sentiment.polarity for sentence in TextBlobDE(text).sentences]


def stock_textblob_de_built_once(texts: Texts) -> None:
    # The same analyser, built once per process instead of once per TextBlobDE object:
    # kolumne's "textblob-de" backend, which scores exactly as stock textblob-de.
    from kolumne.sentiment import score
    from kolumne.text import split_sentences

    for question, answer in texts:
        for text in (question, answer):
            score(split_sentences(text, "de"), backend="textblob-de")


def textstat_de(texts: Texts) -> None:
    import textstat

    textstat.set_lang("de")
    for question, answer in texts:
        for text in (question, answer):
            textstat.flesch_reading_ease(text)
            textstat.wiener_sachtextformel(text, 1)


def kolumne_analysis(jobs: int) -> Callable[[list[Path]], None]:
    def run(paths: list[Path]) -> None:
        from kolumne import analyze_corpus

        analysis = analyze_corpus(paths, jobs=jobs, progress=False)
        assert not analysis.failures, analysis.failures
        assert analysis.comparison["column_id"].nunique() == len(paths)

    return run


@dataclass(frozen=True)
class Throughput:
    columns_per_second: float
    megabytes_per_second: float
    slowest_round_columns_per_second: float


def measure(
    mode: Callable[[list], None], inputs: list, megabytes: float, rounds: int, warm_up: int = 5
) -> Throughput:
    """Run ``mode`` on ``inputs`` (one per column) ``rounds`` times after a short
    warm-up; keep the fastest round.

    The warm-up loads lexicons and models once, as any long run does. The fastest of
    several rounds, as ``timeit`` reports, is the one least disturbed by the rest of
    the machine (seen here: the same mode 16% apart in two runs); the slowest round is
    printed too. ``megabytes`` is the size of the column files, so MB/s compares the
    modes on the same bytes.
    """
    mode(inputs[:warm_up])
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        mode(inputs)
        seconds.append(time.perf_counter() - start)
    return Throughput(
        len(inputs) / min(seconds), megabytes / min(seconds), len(inputs) / max(seconds)
    )


# ------------------------------------------------------------------ the checks


def check_reference_polarity(paths: list[Path]) -> int:
    """Assert kolumne's textblob-de-repaired polarity equals the slow reference for
    every sentence of ``paths``; return the number of sentences checked."""
    sys.path.insert(0, str(ROOT / "tests"))
    from kolumne import load_column
    from kolumne.sentiment import analyse
    from sentiment_reference import reference_polarity

    checked = 0
    for path in paths:
        column = load_column(path)
        for section in (column.question, column.answer):
            for sentence in section.sentences:
                fast = analyse(sentence, "textblob-de-repaired").polarity
                slow = reference_polarity(sentence.text)
                assert fast == slow, (path.name, sentence.text, fast, slow)
                checked += 1
    return checked


def peak_rss_megabytes() -> float:
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_run(count: int) -> float:
    """Peak RSS (MB) of a fresh process that analyses a folder of ``count`` columns
    with ``analyze_corpus`` and keeps its frames (the columns are written beforehand,
    by this process, so that writing them is not measured). The folder is passed as a
    user passes an archive; a list of 20,000 Path objects would add 8 MB of the
    caller's own."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import throughput; from kolumne import analyze_corpus;"
        "analysis = analyze_corpus(sys.argv[2], progress=False);"
        "assert len(analysis.comparison) > 0 and not analysis.failures;"
        "print(analysis.comparison['column_id'].nunique(), throughput.peak_rss_megabytes())"
    )
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), count)
        output = subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent), folder],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    analysed, megabytes = output.split()[-2:]
    assert int(analysed) == count
    return float(megabytes)


# ------------------------------------------------------------------ main


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument(
        "--baseline-columns",
        type=int,
        default=50,
        help="columns for the slow stock textblob-de modes (a) and (a')",
    )
    parser.add_argument(
        "--check-columns",
        type=int,
        default=100,
        help="columns whose every sentence is checked against the reference",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds per mode; the fastest counts (default 3)"
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="only compare peak RSS for --columns and ten times as many",
    )
    arguments = parser.parse_args(argv)

    if arguments.memory:
        small = memory_run(arguments.columns)
        large = memory_run(10 * arguments.columns)
        print(f"peak RSS {arguments.columns:>7,} columns: {small:8.1f} MB")
        print(
            f"peak RSS {10 * arguments.columns:>7,} columns: {large:8.1f} MB"
            f"   ({100 * (large / small - 1):+.1f}%)"
        )
        print(load_average())
        return

    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(Path(folder), arguments.columns)
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        print(f"{len(paths):,} columns, {megabytes:.2f} MB; {load_average()}")
        checked = check_reference_polarity(paths[: arguments.check_columns])
        print(
            f"textblob-de-repaired == reference_polarity for all {checked:,} sentences "
            f"of {min(len(paths), arguments.check_columns)} columns"
        )
        texts = question_and_answer_texts(paths)
        baseline = arguments.baseline_columns
        baseline_megabytes = sum(path.stat().st_size for path in paths[:baseline]) / 1e6
        # (d) runs before (c), so that its forked workers do not inherit the word
        # caches that (c) warms in this process (only those of the reference check).
        modes = {
            "(a) stock textblob-de": (stock_textblob_de, texts[:baseline], baseline_megabytes),
            "(a') stock, built once": (
                stock_textblob_de_built_once,
                texts[:baseline],
                baseline_megabytes,
            ),
            "(b) textstat de": (textstat_de, texts, megabytes),
            "(d) kolumne, --jobs 2": (kolumne_analysis(jobs=2), paths, megabytes),
            "(c) kolumne, 1 process": (kolumne_analysis(jobs=1), paths, megabytes),
        }
        results = {}
        for name, (mode, inputs, size) in modes.items():
            results[name] = measure(mode, inputs, size, arguments.rounds)
            print(
                f"{name:26s} {results[name].columns_per_second:9.1f} columns/s "
                f"{results[name].megabytes_per_second:7.3f} MB/s "
                f"(slowest round {results[name].slowest_round_columns_per_second:.1f})",
                flush=True,
            )
    a, a_once, c, d = (
        results[name].columns_per_second
        for name in (
            "(a) stock textblob-de",
            "(a') stock, built once",
            "(c) kolumne, 1 process",
            "(d) kolumne, --jobs 2",
        )
    )
    print(f"c/a = {c / a:.1f}x   c/a' = {c / a_once:.1f}x   d/c = {d / c:.2f}x")
    print(f"peak RSS of this process: {peak_rss_megabytes():.1f} MB; {load_average()}")


if __name__ == "__main__":
    main()
