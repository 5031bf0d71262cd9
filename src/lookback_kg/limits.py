"""Work on user input (loading, extraction, queries, validation, rendering) runs in a forked
child process: killed when its time is up, capped in memory, and unable to open a network
socket. rdflib has no query timeout and a runaway regex cannot be interrupted from inside, so
only a separate process really stops; and a SERVICE clause that slipped past every gate still
cannot connect anywhere.

The child is forked, so it sees the parent's graphs without copying them; its answer comes
back through a pipe. Where fork does not exist (Windows) the work runs in-process, unlimited
and unsandboxed. Work started inside a child runs directly: the child's limits already hold.
"""

from __future__ import annotations

import ctypes
import errno
import math
import multiprocessing
import os
import resource
import signal
import sys
import warnings
from collections.abc import Callable
from typing import TypeVar

import regex as re

from lookback_kg.errors import LookbackError, LookbackWarning

T = TypeVar("T")
DEFAULT_TIMEOUT: float | str = os.environ.get("LOOKBACK_KG_TIMEOUT", "60")
LONGEST_WAIT = 2_000_000.0  # seconds (23 days); past it, waiting is the same as no limit
DEFAULT_MAX_MEMORY = os.environ.get("LOOKBACK_KG_MAX_MEMORY", "4G")
SMALLEST_CAP = 10 * 2**20
_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
_in_worker = False
show_worker_output = False  # --debug: let the worker's own stderr through


class TimeLimitError(LookbackError):
    """The work ran past its limit and was stopped."""


class MemoryLimitError(LookbackError):
    """The work needed more memory than its cap."""


class SandboxError(LookbackError):
    """The network could not be closed to the worker, so it does not run."""


def parse_memory(text: str | int | None) -> int | None:
    """Bytes from `4G`, `512M`, `2000000`; 0 or None means no cap.

    >>> parse_memory("512M"), parse_memory("0"), parse_memory(1024)
    (536870912, None, 1024)
    """
    if text is None or isinstance(text, int):
        return text or None
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*", str(text), re.IGNORECASE)
    if not found:
        raise LookbackError(f"memory limit {text!r}: write a size such as 4G, 512M or 0 for no cap")
    size = int(float(found[1]) * _UNITS[found[2].upper()])
    if size >= 2**62:  # past what setrlimit takes
        raise LookbackError(f"memory limit {text!r} is more than any machine has; 0 means no cap")
    if 0 < size < SMALLEST_CAP:
        raise LookbackError(f"memory limit {text!r} is too small to run anything; give 10M or more")
    return size or None


def parse_timeout(value: float | str | None) -> float | None:
    """Seconds to wait, or None for no limit (0, or more than LONGEST_WAIT).

    >>> parse_timeout("2.5"), parse_timeout(0), parse_timeout(1e308)
    (2.5, None, None)
    """
    try:
        seconds = float(value) if value is not None else 0.0
    except ValueError:
        seconds = math.nan
    if math.isnan(seconds) or seconds < 0:
        raise LookbackError(
            f"time limit {value!r}: give a number of seconds (0 for none), with --timeout or "
            "LOOKBACK_KG_TIMEOUT"
        )
    return seconds if 0 < seconds <= LONGEST_WAIT else None


def run_limited(
    work: Callable[[], T],
    *,
    timeout: float | None,
    what: str,
    max_memory: int | str | None = DEFAULT_MAX_MEMORY,
) -> T:
    """The result of `work()`, run in a sandboxed child: TimeLimitError once `timeout` seconds
    have passed (None or 0: no limit), MemoryLimitError past `max_memory` bytes. A
    LookbackError raised by the work is raised here as the same type; MemoryError and
    RecursionError become one-line errors; any other failure is a bug and keeps its type."""
    timeout = parse_timeout(timeout)
    memory = parse_memory(max_memory)
    if _in_worker or "fork" not in multiprocessing.get_all_start_methods():
        return work()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # not a daemon: a daemon may not fork, and a build shares its articles among processes;
    # the child is killed and joined below whatever happens
    child = context.Process(
        target=_run_child, args=(work, sender, memory, receiver, os.getpid()), daemon=False
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout or None):
            raise TimeLimitError(
                f"{what} ran past its {timeout:g}-second limit and was stopped; "
                "raise it with --timeout (0 for none) or LOOKBACK_KG_TIMEOUT"
            )
        try:
            status, payload, notes = receiver.recv()
        except EOFError:
            child.join()
            raise _died(what, child.exitcode, memory) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    for category, message in notes:  # warnings of the child, shown by the parent
        warnings.warn(category(message), stacklevel=2)
    if status == "ok":
        return payload
    if status == "lookback":
        kind, message, path, line, column = payload
        raise kind(message, path=path, line=line, column=column)
    if status == "memory":
        raise _memory_error(what, memory)
    raise _BugInWorker(f"{what} failed with a bug, not a mistake in the input:\n{payload}")


class _BugInWorker(Exception):
    """An unexpected exception in the child, with the child's traceback as its message."""


def _died(what: str, exit_code: int | None, memory: int | None) -> LookbackError:
    if exit_code is not None and exit_code < 0:
        name = signal.Signals(-exit_code).name
        if memory and name in ("SIGABRT", "SIGSEGV", "SIGKILL"):
            return _memory_error(what, memory)  # Rust aborts when an allocation fails
        return LookbackError(f"{what} stopped unexpectedly ({name})")
    return LookbackError(f"{what} stopped unexpectedly (exit code {exit_code})")


def _memory_error(what: str, memory: int | None) -> MemoryLimitError:
    cap = _size(memory) if memory else "the machine's"
    return MemoryLimitError(
        f"{what} needed more than its {cap} of memory and was stopped; raise the cap with "
        "--max-memory (0 for none) or LOOKBACK_KG_MAX_MEMORY"
    )


def _size(size: int) -> str:
    """512 MB, 1.5 GB, 800 KB: a cap as a reader would write it."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _run_child(
    work: Callable[[], object], sender, memory: int | None, receiver, parent: int
) -> None:
    global _in_worker
    _in_worker = True
    # the parent's end of the pipe is not the child's: with it closed, an answer to a parent
    # that was killed fails at once, instead of blocking forever on a full pipe
    receiver.close()
    _die_with_parent(parent)
    if not show_worker_output:  # what engines print on their way down (a Rust panic, "Exception
        _silence_stderr()  # ignored in generator") would break the one-line error
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LookbackWarning)
            deny_network()
            if memory:  # on top of what the process held when the work began
                limit = _data_in_use() + memory
                resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
            outcome = ("ok", work())
    except LookbackError as error:
        outcome = ("lookback", (type(error), error.message, error.path, error.line, error.column))
    except MemoryError:
        outcome = ("memory", None)
    except RecursionError:
        error = LookbackError("the input is nested too deeply to handle; flatten it")
        outcome = ("lookback", (LookbackError, error.message, None, None, None))
    except BaseException as error:  # a bug: its traceback goes to the parent, to be shown whole
        if memory and _out_of_memory(error):  # a library that could not be mapped in
            outcome = ("memory", None)
        elif type(error).__name__ == "PanicException":  # Rust code in an engine gave up
            first = str(error).strip().splitlines()[0][:200] if str(error).strip() else "a panic"
            message = f"the engine underneath failed ({first})"
            outcome = ("lookback", (LookbackError, message, None, None, None))
        else:
            import traceback

            outcome = ("bug", traceback.format_exc())
    notes = [
        (found.category, str(found.message))
        for found in caught
        if issubclass(found.category, LookbackWarning)
    ]
    try:
        sender.send((*outcome, notes))
    except MemoryError:
        sender.send(("memory", None, notes))
    except BrokenPipeError:
        return  # the parent is gone: nobody to answer
    sender.close()


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill the worker when its parent dies (a killed command leaves no worker
    behind, still working); elsewhere the closed pipe ends it when it answers."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _data_in_use() -> int:
    """The process's data size, the measure the kernel holds RLIMIT_DATA against."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _out_of_memory(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOMEM:
        return True
    text = str(error).lower()
    return isinstance(error, ImportError | OSError) and (
        "failed to map segment" in text or "cannot allocate memory" in text
    )


def _silence_stderr() -> None:
    import faulthandler

    faulthandler.disable()
    sys.unraisablehook = lambda _unraisable: None
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)


def deny_network() -> None:
    """From here on, this process cannot open a socket of any kind, connect one it holds, nor
    open an io_uring (which can open sockets without the socket call). A seccomp filter,
    through libseccomp: it is inherited by every thread and child, and cannot be lifted.
    Outside Linux there is no filter; LOOKBACK_KG_SANDBOX=off runs without one."""
    if not sys.platform.startswith("linux") or os.environ.get("LOOKBACK_KG_SANDBOX") == "off":
        return
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as exc:  # OSError: libseccomp.so.2 is not installed
        raise SandboxError(
            f"cannot close the network to the worker ({exc}); install libseccomp2 "
            "(apt-get install libseccomp2), or set LOOKBACK_KG_SANDBOX=off to run without it"
        ) from None
    refuse = seccomp.ERRNO(errno.EACCES)
    sandbox = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    # no new socket of any family, and no connect: a Unix socket reaches local daemons that
    # resolve names or relay (nscd, systemd-resolved), so name lookups fail at once too;
    # socketpair (a connected pair, no address) stays
    sandbox.add_rule(refuse, "socket")
    sandbox.add_rule(refuse, "connect")
    sandbox.add_rule(seccomp.ERRNO(errno.ENOSYS), "io_uring_setup")
    sandbox.load()
