"""The ``kolumne`` command: ``kolumne parse``, ``kolumne analyze``, ``kolumne report``.

Each subcommand only reads its arguments and calls the library; the logic lives in
the modules it calls.

Example:
    $ kolumne parse data/columns/2016-kollege-sabotiert.txt --json
    $ kolumne analyze data/columns --format csv
    $ kolumne report --lang de
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import TYPE_CHECKING

from kolumne.load import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import pandas as pd


def _positive_integer(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolumne", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="show the parts of one or more column files")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON document per file")
    parse.set_defaults(run=_run_parse)

    analyze = commands.add_parser(
        "analyze", help="question against answer, every metric, for each column"
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
    analyze.add_argument("--format", choices=("table", "csv", "json"), default="table")
    analyze.add_argument(
        "--summary",
        action="store_true",
        help="one row per metric across all columns instead of one block per exchange: "
        "pairs, medians, the median difference with its 95%% interval, Wilcoxon p and "
        "rank-biserial effect size",
    )
    analyze.add_argument(
        "--backend",
        action="append",
        dest="backends",
        metavar="BACKEND",
        help="sentiment backend; repeat for several (default: textblob-de-repaired, sentiws "
        "and vader, each column scored by those with rules for its language)",
    )
    analyze.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    analyze.add_argument("--cache", metavar="DIR", help="keep results here; a rerun resumes")
    analyze.add_argument("--no-progress", action="store_true", help="no progress bar")
    analyze.add_argument(
        "--max-bytes",
        type=_positive_integer,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse files over N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    analyze.set_defaults(run=_run_analyze)

    report = commands.add_parser("report", help="run every notebook headlessly into reports/")
    report.add_argument("--columns", help="a folder, a file or a glob (default: data/columns)")
    report.add_argument("--out", help="the report folder (default: reports/)")
    report.add_argument("--lang", choices=("en", "de"), default="en", help="chart labels")
    report.add_argument(
        "--backend",
        default="default",
        metavar="BACKEND",
        help="sentiment backend of the charts (default: the best for each column's language)",
    )
    report.add_argument(
        "--column",
        action="append",
        dest="columns_in_detail",
        metavar="ID",
        help="a column to draw one by one (its file name without .txt); repeat for several "
        "(default: every column when there are at most 10, else the corpus views only)",
    )
    report.add_argument(
        "--jobs",
        type=_positive_integer,
        metavar="N",
        help="processes that analyse the corpus (default: one per core)",
    )
    report.add_argument("--no-progress", action="store_true", help="no progress bar")
    report.set_defaults(run=_run_report)
    return parser


def _run_parse(arguments: argparse.Namespace) -> int:
    from kolumne.load import (
        ColumnFormatError,
        column_to_dict,
        describe_error,
        load_column,
        outline,
    )

    status = 0
    documents = []
    for file in arguments.files:
        try:
            column = load_column(file)
        except (OSError, ColumnFormatError) as error:
            # One line per bad file, no traceback; the other files are still parsed.
            print(f"kolumne: {file}: {describe_error(error)}", file=sys.stderr)
            status = 2
            continue
        if arguments.json:
            documents.append(column_to_dict(column))
        else:
            print(outline(column))
    if arguments.json and documents:
        several = len(arguments.files) > 1
        print(json.dumps(documents if several else documents[0], ensure_ascii=False, indent=2))
    return status


def _run_analyze(arguments: argparse.Namespace) -> int:
    from kolumne.corpus import DEFAULT_BACKENDS, analyze_corpus

    analysis = analyze_corpus(
        arguments.paths,
        backends=arguments.backends or DEFAULT_BACKENDS,
        jobs=arguments.jobs,
        cache=arguments.cache,
        progress=False if arguments.no_progress else None,
        max_bytes=arguments.max_bytes,
    )
    for failure in analysis.failures:
        print(f"kolumne: {failure.file}: {failure.reason}", file=sys.stderr)
    if analysis.sections.empty:
        # Nothing to analyse: the failures above say why.
        if not analysis.failures:
            print(
                "kolumne: found no .txt column file in " + ", ".join(arguments.paths),
                file=sys.stderr,
            )
        return 2
    if arguments.summary:
        from kolumne.statistics import corpus_statistics

        frame = corpus_statistics(analysis.comparison)
    else:
        frame = analysis.comparison[_OUTPUT_COLUMNS]
    if arguments.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif arguments.format == "json":
        print(frame.to_json(orient="records", force_ascii=False, indent=2))
    elif arguments.summary:
        print(_summary_table(frame, analysis.comparison))
    else:
        print(_comparison_table(frame))
    # A short output sits in the buffer until exit, where a reader that has already gone
    # ("… | head") would make Python print a traceback: flush while main() can still
    # treat the closed pipe as the normal end it is.
    sys.stdout.flush()
    return 2 if analysis.failures else 0


# The comparison's columns in the order of the command's output: the first six as they
# have always been, then the sentiment backend, the language and the note.
_OUTPUT_COLUMNS = [
    "column_id", "exchange", "metric", "question", "answer", "difference",
    "backend", "language", "note",
]  # fmt: skip


def _metric_label(metric: str, backend: str) -> str:
    return f"{metric} ({backend})" if backend else str(metric)


def _comparison_table(frame: pd.DataFrame) -> str:
    """Question, answer and difference per metric, one block per exchange, 100 characters
    wide; a metric without any value shows its note instead of numbers, a single missing
    value shows "–" and its note below the block."""
    lines = []
    exchanges = frame.groupby("column_id", sort=False, observed=True)["exchange"].nunique()
    groups = frame.groupby(["column_id", "exchange"], sort=False, observed=True)
    for (column_id, exchange), rows in groups:
        total = exchanges[column_id]
        lines.append(
            f"{column_id} (exchange {exchange + 1} of {total}, {rows['language'].iloc[0]})"
        )
        lines.append(f"  {'metric':<52}{'question':>14}{'answer':>14}{'answer - q.':>14}")
        footnotes: dict[str, None] = {}  # in order of first appearance, each once
        for row in rows.itertuples():
            name = _metric_label(row.metric, row.backend)
            if row.note and math.isnan(row.question) and math.isnan(row.answer):
                lines.append(f"  {name[:52]:<52}{str(row.note)[:42]:>42}")
                continue
            if row.note and math.isnan(row.difference):
                footnotes[str(row.note)] = None
            lines.append(
                f"  {name[:52]:<52}{_cell(row.question)}{_cell(row.answer)}"
                f"{_cell(row.difference, signed=True)}"
            )
        lines += [f"  –: {footnote}" for footnote in footnotes]
        lines.append("")
    return "\n".join(lines).rstrip()


def _cell(value: float, signed: bool = False, width: int = 14) -> str:
    if math.isnan(value):
        return f"{'–':>{width}}"
    return f"{value:>+{width}.2f}" if signed else f"{value:>{width}.2f}"


def _p_cell(p_value: float) -> str:
    if math.isnan(p_value):
        return "–"
    # Three decimals say all a p-value can; below them only its order of size matters.
    return "<0.001" if p_value < 0.001 else f"{p_value:.3f}"


# The summary's columns after the metric: heading and width. With the longest label of
# the default backends, "polarity_weighted (textblob-de-repaired)" (40 characters),
# a row is exactly 100 characters wide; medians up to 9999.99 and differences up to
# ±999.99 keep a space before them (a column is a few hundred words).
_SUMMARY_COLUMNS = {
    "pairs": 6, "question": 9, "answer": 8, "a. - q.": 8, "low": 8, "high": 8, "p": 7, "r": 6,
}  # fmt: skip
_SUMMARY_LABEL_WIDTH = 40
_SUMMARY_LEGEND = (
    "pairs: exchanges with both values; median a. - q.: the median of the pairs' answer - "
    "question, with its 95% bootstrap interval; p: Wilcoxon signed-rank test, two-sided; "
    "r: rank-biserial correlation (+: the answer is higher)"
)


def _summary_table(statistics: pd.DataFrame, comparison: pd.DataFrame) -> str:
    """The rows of ``corpus_statistics``, one block per language, at most 100 characters
    wide, with a legend at the end; a statistic that cannot be computed shows "–" and
    its note below the block, a metric without any pair shows its note instead of
    numbers. ``comparison`` (the frame of the statistics) gives each block's counts."""
    import textwrap

    labels = [_metric_label(row.metric, row.backend) for row in statistics.itertuples()]
    width = min(_SUMMARY_LABEL_WIDTH, max(map(len, ["metric", *labels])))
    numbers_width = sum(_SUMMARY_COLUMNS.values())
    exchanges = comparison[["language", "column_id", "exchange"]].drop_duplicates()
    columns = exchanges.groupby("language", observed=True)["column_id"].nunique()
    pairs = exchanges.groupby("language", observed=True).size()
    lines = []
    for language, rows in statistics.assign(label=labels).groupby("language", sort=False):
        lines.append(f"{language}: {columns[language]} column(s), {pairs[language]} exchange(s)")
        lines.append(
            f"{'':<{width + 6}}{'median':>9}{'median':>8}{'median':>8}{'95% interval':>16}"
        )
        lines.append(
            f"{'metric':<{width}}"
            + "".join(f"{heading:>{size}}" for heading, size in _SUMMARY_COLUMNS.items())
        )
        footnotes: dict[str, list[str]] = {}  # in order of first appearance
        for row in rows.itertuples():
            start = f"{row.label[:width]:<{width}}{row.pairs:>6}"
            if not row.pairs and row.note and len(row.note) < numbers_width - 6:
                lines.append(f"{start}{row.note:>{numbers_width - 6}}")
                continue
            if row.note:
                footnotes.setdefault(row.note, []).append(row.label)
            lines.append(
                start
                + _cell(row.question_median, width=9)
                + _cell(row.answer_median, width=8)
                + "".join(
                    _cell(value, signed=True, width=8)
                    for value in (row.median_difference, row.ci_low, row.ci_high)
                )
                + f"{_p_cell(row.p_value):>7}"
                + _cell(row.rank_biserial, signed=True, width=6)
            )
        for note, noted in footnotes.items():
            # With one note every "–" of the block is its; with several, each names its rows.
            text = note if len(footnotes) == 1 else f"{note} ({', '.join(noted)})"
            lines += textwrap.wrap(text, 100, initial_indent="–: ", subsequent_indent="   ")
        lines.append("")
    lines += textwrap.wrap(_SUMMARY_LEGEND, 100)
    return "\n".join(lines)


def _run_report(arguments: argparse.Namespace) -> int:
    from kolumne.report import NoColumns, ReportError, ReportParameters, run_report

    parameters = ReportParameters(
        columns=arguments.columns or "data/columns",
        lang=arguments.lang,
        backend=arguments.backend,
        columns_in_detail=arguments.columns_in_detail,
        jobs=arguments.jobs,
    )

    def log(line: str) -> None:
        print(f"kolumne: {line}", file=sys.stderr, flush=True)

    try:
        report = run_report(
            parameters,
            out=arguments.out,
            log=log,
            progress=False if arguments.no_progress else None,
        )
    # What the user gave cannot be reported on (no usable column, an unknown column id
    # or backend): status 2, as for unreadable files. A notebook that failed: status 1.
    except (NoColumns, ValueError) as failure:
        log(str(failure))
        return 2
    except ReportError as failure:
        log(str(failure))
        return 1
    print(f"report written: {report.index}")
    return 2 if report.skipped else 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``kolumne`` command line; return the exit status.

    Example:
        >>> main(["report", "--help"])  # doctest: +SKIP
    """
    arguments = _build_parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except BrokenPipeError:
        # The reader of the output left ("kolumne analyze … | head"): not an error of
        # ours. Python would report the pipe again while flushing at exit, so stdout
        # goes to /dev/null first (the recipe of the Python signal documentation).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
