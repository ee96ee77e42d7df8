"""How long ``kolumne report`` takes on an archive, against the corpus analysis alone.

Builds N distinct columns with the corpus builder of ``throughput.py`` (real text, fixed
seed), then, in one run: (a) ``kolumne.analyze_corpus`` with one process per core and a
fresh cache, the baseline; (b) ``kolumne report`` on the same folder with a fresh report
folder, as a user starts it. Prints both times, their ratio, the report's per-notebook
lines, and the peak resident memory of the largest process the report started.

Run:
  .venv/bin/python benchmarks/report_speed.py --columns 200
  .venv/bin/python benchmarks/report_speed.py --columns 2000
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import write_corpus

BIN = Path(sys.executable).parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=200)
    arguments = parser.parse_args(argv)
    from kolumne import analyze_corpus

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "columns"
        folder.mkdir()
        write_corpus(folder, arguments.columns)
        started = time.perf_counter()
        analyze_corpus(
            str(folder), backends=["default"], jobs=os.cpu_count() or 1,
            cache=Path(scratch) / "cache", progress=False,
        )  # fmt: skip
        analysis_seconds = time.perf_counter() - started
        started = time.perf_counter()
        result = subprocess.run(
            [str(BIN / "kolumne"), "report", "--columns", str(folder),
             "--out", str(Path(scratch) / "report"), "--no-progress"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        report_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(result.stderr.strip())
    print(
        f"columns: {arguments.columns}, cores: {os.cpu_count()}, report status {result.returncode}"
    )
    print(f"(a) analyze_corpus alone: {analysis_seconds:.1f} s")
    print(
        f"(b) kolumne report:       {report_seconds:.1f} s  ({report_seconds / analysis_seconds:.1f}× a)"
    )
    print(f"peak memory of the largest process the report started: {peak:.0f} MB")


if __name__ == "__main__":
    main()
