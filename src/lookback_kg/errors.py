"""One error family: everything a user can get wrong is a LookbackError.

The CLI turns these into a one-line message and exit code 2; anything else is a bug.
"""

from __future__ import annotations

import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Control and bidi characters shown as escapes, so a message is one line on a terminal
    and no input can move its cursor or retitle its window.

    >>> printable("a\\x1b]0;x\\x07\\nb")
    'a\\\\x1b]0;x\\\\x07\\\\nb'
    """
    return _CONTROL.sub(lambda found: found[0].encode("unicode_escape").decode("ascii"), text)


class LookbackError(Exception):
    """Base of every error lookback-kg raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def __str__(self) -> str:
        """`FILE:LINE:COL: what is wrong; what to do`, with what is known of the place."""
        place = [self.path, self.line, self.column] if self.path is not None else []
        where = ":".join(str(p) for p in place if p is not None)
        return printable(f"{where}: {self.message}" if where else self.message)


class ArticleError(LookbackError):
    """An article file that cannot be read: missing, empty, binary, badly encoded, no body."""


class OutputError(LookbackError):
    """An output file or folder that cannot be written."""


class LookbackWarning(UserWarning):
    """Something in the input worth a word, that does not stop the work."""
