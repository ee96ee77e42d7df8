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

from kolumne.load import DEFAULT_MAX_BYTES


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
    frame = analysis.comparison[_OUTPUT_COLUMNS]
    if arguments.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif arguments.format == "json":
        print(frame.to_json(orient="records", force_ascii=False, indent=2))
    else:
        print(_comparison_table(frame))
    return 2 if analysis.failures else 0


# The comparison's columns in the order of the command's output: the first six as they
# have always been, then the sentiment backend, the language and the note.
_OUTPUT_COLUMNS = [
    "column_id", "exchange", "metric", "question", "answer", "difference",
    "backend", "language", "note",
]  # fmt: skip


def _comparison_table(frame) -> str:
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
            name = f"{row.metric} ({row.backend})" if row.backend else str(row.metric)
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


def _cell(value: float, signed: bool = False) -> str:
    if math.isnan(value):
        return f"{'–':>14}"
    return f"{value:>+14.2f}" if signed else f"{value:>14.2f}"


def _run_report(arguments: argparse.Namespace) -> int:
    from kolumne.report import ReportError, ReportParameters, run_report

    parameters = ReportParameters(columns=arguments.columns or "data/columns", lang=arguments.lang)
    try:
        executed = run_report(parameters, out=arguments.out)
    except ReportError as failure:
        print(f"kolumne: {failure}", file=sys.stderr)
        return 1
    for notebook in executed:
        print(f"ran {notebook}")
    return 0


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
