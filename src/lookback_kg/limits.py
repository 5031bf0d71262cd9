"""Work that must not run for ever (a query, a validation) runs in a child process that is
killed when its time is up. rdflib has no query timeout and a runaway regex cannot be
interrupted from inside, so only a separate process really stops.

The child is forked, so it sees the parent's graphs without copying them; its answer comes
back through a pipe. Where fork does not exist (Windows) the work runs in-process, unlimited.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import TypeVar

from lookback_kg.errors import LookbackError

T = TypeVar("T")
DEFAULT_TIMEOUT = float(os.environ.get("LOOKBACK_KG_TIMEOUT", 60))


class TimeLimitError(LookbackError):
    """The work ran past its limit and was stopped."""


def run_limited(work: Callable[[], T], *, timeout: float | None, what: str) -> T:
    """The result of `work()`, or TimeLimitError once `timeout` seconds have passed (None or 0:
    no limit). A LookbackError raised by the work is raised here as the same type; any other
    failure becomes a one-line LookbackError naming `what` failed."""
    if not timeout or "fork" not in multiprocessing.get_all_start_methods():
        return work()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run_child, args=(work, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TimeLimitError(
                f"{what} ran past its {timeout:g}-second limit and was stopped; "
                "raise it with --timeout (0 for none) or LOOKBACK_KG_TIMEOUT"
            )
        try:
            status, payload = receiver.recv()
        except EOFError:
            child.join()
            raise LookbackError(
                f"{what} stopped unexpectedly (exit code {child.exitcode})"
            ) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if status == "ok":
        return payload
    if status == "lookback":
        kind, message, path, line, column = payload
        raise kind(message, path=path, line=line, column=column)
    raise LookbackError(f"{what} failed: {payload}")


def _run_child(work: Callable[[], object], sender) -> None:
    try:
        outcome = ("ok", work())
    except LookbackError as error:
        outcome = ("lookback", (type(error), error.message, error.path, error.line, error.column))
    except BaseException as error:  # reported to the parent as one line, never a traceback
        first = str(error).strip().splitlines()[0][:300] if str(error).strip() else ""
        outcome = ("error", f"{type(error).__name__}: {first}" if first else type(error).__name__)
    sender.send(outcome)
    sender.close()
