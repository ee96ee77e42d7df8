"""The errors a column file can give, said so that a person knows what to do.

Example:
    >>> str(ColumnFormatError("the file is empty", source="leer.txt"))
    'leer.txt: the file is empty'
"""

from __future__ import annotations

from dataclasses import dataclass


class ColumnFormatError(ValueError):
    """A file or text that is not an advice column this loader understands.

    ``source`` is the file (or None for a string), ``line`` the 1-based line in the
    normalised text where the problem was found (or None), ``reason`` the message
    without them.

    Example:
        >>> error = ColumnFormatError("no answer", source="a.txt", line=3)
        >>> str(error), isinstance(error, ValueError)
        ('a.txt: line 3: no answer', True)
    """

    def __init__(self, reason: str, *, source: str | None = None, line: int | None = None):
        self.reason = reason
        self.source = source
        self.line = line
        super().__init__(self.describe(with_source=True))

    def describe(self, *, with_source: bool = False) -> str:
        """The message: "line N: reason", optionally after the source.

        Example:
            >>> ColumnFormatError("empty", source="a.txt").describe()
            'empty'
        """
        where = [self.source] if with_source and self.source else []
        where += [f"line {self.line}"] if self.line is not None else []
        return ": ".join([*where, self.reason])


@dataclass(frozen=True)
class Failure:
    """A file that could not be loaded, and why.

    Example:
        >>> Failure(file="leer.txt", reason="the file is empty").file
        'leer.txt'
    """

    file: str
    reason: str


def describe_error(error: Exception) -> str:
    """What went wrong with a file, for a person: without the file name, no traceback.

    Example:
        >>> describe_error(FileNotFoundError(2, "No such file or directory", "x.txt"))
        'No such file or directory'
    """
    if isinstance(error, ColumnFormatError):
        return error.describe()
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
