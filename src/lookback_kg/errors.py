"""One error family: everything a user can get wrong is a LookbackError.

The CLI turns these into a one-line message and exit code 2; anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path


class LookbackError(Exception):
    """Base of every error lookback-kg raises on purpose."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class ArticleError(LookbackError):
    """An article file that cannot be read: missing, empty, binary, badly encoded, no body."""


class OutputError(LookbackError):
    """An output file or folder that cannot be written."""
