"""The ``kolumne`` command: ``kolumne parse``, ``kolumne report``.

Each subcommand only reads its arguments and calls the library; the logic lives in
the modules it calls.

Example:
    $ kolumne parse data/columns/2016-kollege-sabotiert.txt --json
    $ kolumne report --lang de
"""

from __future__ import annotations

import argparse
import sys


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolumne", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="show the parts of one or more column files")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON document per file")
    parse.set_defaults(run=_run_parse)

    report = commands.add_parser("report", help="run every notebook headlessly into reports/")
    report.add_argument("--columns", help="a folder, a file or a glob (default: data/columns)")
    report.add_argument("--out", help="the report folder (default: reports/)")
    report.add_argument("--lang", choices=("en", "de"), default="en", help="chart labels")
    report.set_defaults(run=_run_report)
    return parser


def _run_parse(arguments: argparse.Namespace) -> int:
    raise NotImplementedError("kolumne parse is being written (issue 3)")


def _run_report(arguments: argparse.Namespace) -> int:
    from kolumne.report import NotebookFailed, ReportParameters, run_report

    parameters = ReportParameters(columns=arguments.columns or "data/columns", lang=arguments.lang)
    try:
        executed = run_report(parameters, out=arguments.out)
    except NotebookFailed as failure:
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
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())
