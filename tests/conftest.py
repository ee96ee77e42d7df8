"""Shared fixtures: the bundled seed column and its file path."""

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "data" / "columns" / "2016-kollege-sabotiert.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def pytest_terminal_summary(terminalreporter):
    """Show the syllable counter's accuracy on the hand-counted list in every test run."""
    from kolumne.validation import syllable_check

    check = syllable_check()
    terminalreporter.write_line(
        f"syllable accuracy: {check.accuracy:.1%} ({check.correct} of {check.total} "
        f"hand-counted words; src/kolumne/resources/benchmarks/syllables_de.tsv)"
    )
