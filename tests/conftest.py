"""Shared fixtures: the bundled seed column and its file path."""

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "data" / "columns" / "2016-kollege-sabotiert.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
