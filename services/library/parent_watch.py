"""Import workers end when the process that started them dies.

A worker of a ProcessPoolExecutor waits on a multiprocessing queue whose write end it holds
itself, so the death of its parent (SIGKILL, a crash, the window killed) never reaches it: it
would wait for ever, holding ~64 MB, and keep multiprocessing's resource tracker alive too. A
daemon thread in each worker polls for its parent instead; on Linux the kernel also signals it
at once (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import os
import sys
import threading
import time

# How often a worker looks for its parent: an orphan lingers at most this long, and a check
# costs a system call.
POLL_S = 0.5

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Make this process exit soon after the process `parent_pid` (its parent) ends."""
    if sys.platform.startswith("linux"):
        _ask_the_kernel()
    if not _alive(parent_pid):  # died before we were watching
        os._exit(1)
    thread = threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True)
    thread.start()


def _ask_the_kernel() -> None:
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the polling thread still ends the worker


def _watch(parent_pid: int) -> None:
    while _alive(parent_pid):
        time.sleep(POLL_S)
    os._exit(1)


def _alive(parent_pid: int) -> bool:
    if sys.platform == "win32":
        return _windows_process_alive(parent_pid)
    # An orphan is adopted by init (or a subreaper): its parent id changes.
    return os.getppid() == parent_pid


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return kernel32.WaitForSingleObject(handle, 0) == wait_timeout
    finally:
        kernel32.CloseHandle(handle)
