"""kolumne: analyse advice columns (question, answer and what surrounds them)."""

__version__ = "0.1.0"
