"""The one place where Riwaya's UI runs work in the background (after Anki's background
operations and Picard's run_task): a work function runs on a pool thread, never touches a
widget, and its result, error and progress come back to the GUI thread by queued signal.

SQLite rule: a connection belongs to the thread that opened it, so work that needs the
library opens its own `Library` in the worker (`with_library`), like Datasette's one thread
per connection.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

if TYPE_CHECKING:
    from services.library import Library

ProgressFn = Callable[..., None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]
LibraryWork = Callable[["Library", ProgressFn, CancelledFn], Any]

# Progress reports closer together than this are dropped in the worker: a 2,000-file import
# reports per file, and a queued signal per file would keep the GUI thread busy repainting.
PROGRESS_INTERVAL_S = 0.05

# `after` never waits longer than this for the task before it: a safety net, since a task's
# work returns on its own (the comparison warm-up takes ~0.2-0.4 s on a 2-core machine).
AFTER_TIMEOUT_S = 5.0


def with_library(db_path: Path | str, work: LibraryWork, *, check: bool = False) -> Work:
    """Work that opens its own Library on `db_path` in the worker thread and closes it after.

    `check`: run SQLite's quick check first (0.2 s for 2,000 articles), for work that writes
    and the window's check after start-up; a damaged library raises LibraryDamaged."""

    def run(on_progress: ProgressFn, is_cancelled: CancelledFn) -> Any:
        from services.library import Library

        library = Library.open(db_path, check=check)
        try:
            return work(library, on_progress, is_cancelled)
        finally:
            library.close()

    return run


def after(task: Task | None, work: Work, *, timeout_s: float = AFTER_TIMEOUT_S) -> Work:
    """`work` that first waits (in its worker) until `task`'s work has returned: for work that
    needs what `task` is loading, which would otherwise load it a second time alongside, the
    two threads sharing one GIL. Cancel `task` first if its remaining steps are not needed."""
    if task is None:
        return work

    def run(on_progress: ProgressFn, is_cancelled: CancelledFn) -> Any:
        task.wait(timeout_s)
        return work(on_progress, is_cancelled)

    return run


def _report_uncaught(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


class Task(Protocol):
    """A handle on one piece of background work."""

    def cancel(self) -> None: ...

    def is_cancelled(self) -> bool: ...

    def is_running(self) -> bool: ...

    def wait(self, timeout_s: float | None = None) -> bool: ...


class _Relay(QObject):
    """Carries a worker's results across threads; it lives in the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class BackgroundTask(QObject):
    """Work running on a pool thread. `finished` fires in the GUI thread after the callbacks."""

    finished = Signal()

    def __init__(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_progress: ProgressFn | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error or _report_uncaught
        self._on_progress = on_progress
        self._cancelled = threading.Event()
        self._returned = threading.Event()  # the work function has returned or raised
        self._running = True
        self._last_progress = 0.0
        self._relay = _Relay()
        # Explicitly queued: the relay emits from the worker thread, these slots must run in
        # the GUI thread whatever PySide would infer.
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.done.connect(self._deliver_done, queued)
        self._relay.failed.connect(self._deliver_error, queued)
        self._relay.progressed.connect(self._deliver_progress, queued)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_running(self) -> bool:
        return self._running

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work function has returned (True), or `timeout_s` has passed; for
        other workers (`after`), never the GUI thread."""
        return self._returned.wait(timeout_s)

    # Worker thread ------------------------------------------------------------------------

    def execute(self) -> None:
        try:
            result = self._work(self._report_progress, self._cancelled.is_set)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            self._returned.set()
            self._relay.failed.emit(error)
        else:
            self._returned.set()
            self._relay.done.emit(result)

    def _report_progress(self, *args: Any) -> None:
        if self._on_progress is None:
            return
        now = time.monotonic()
        if now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._relay.progressed.emit(args)

    # GUI thread ---------------------------------------------------------------------------

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._running = False
        try:
            self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._running = False
        try:
            self._on_error(error)
        finally:
            self.finished.emit()

    @Slot(object)
    def _deliver_progress(self, args: tuple) -> None:
        if self._running and self._on_progress is not None:
            self._on_progress(*args)


class TaskRunner(QObject):
    """Starts background work on a thread pool and keeps each task alive until it reports."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._tasks: set[BackgroundTask] = set()
        self._shut_down = False

    def run_task(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
    ) -> BackgroundTask:
        """Run `work(on_progress, is_cancelled)` on a pool thread; `on_done(result)` or
        `on_error(exception)` and `on_progress(*args)` are called in the GUI thread.

        `on_done` is called even after `cancel()`: the work decides what a cancelled result
        is (an import returns what it stored before it stopped).
        """
        # Not parented: the set below owns the task until it has reported, then Python frees it.
        task = BackgroundTask(work, on_done, on_error, on_progress)
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(task.execute)
        return task

    def active(self) -> int:
        """How many tasks have not reported yet."""
        return sum(1 for task in self._tasks if task.is_running())

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the workers (at quit, so no thread outlives Qt)."""
        self._shut_down = True
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, task: BackgroundTask) -> None:
        if self._shut_down:
            # The window closed, and may be deleted with this runner (View › Language builds
            # a new one): a task reporting late is dropped now, with no timer on a dead object.
            self._tasks.discard(task)
            return
        # Dropped on the next turn of the event loop: freeing a QObject inside its own slot
        # would pull it from under Qt's event dispatch.
        QTimer.singleShot(0, self, lambda: self._tasks.discard(task))


class _DoneTask:
    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def is_running(self) -> bool:
        return False

    def wait(self, timeout_s: float | None = None) -> bool:
        return True


class SynchronousTaskRunner:
    """The same interface, running work at once in the calling thread: for tests that want
    results without waiting on signals."""

    def run_task(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
    ) -> _DoneTask:
        task = _DoneTask()

        def progress(*args: Any) -> None:
            if on_progress is not None:
                on_progress(*args)

        try:
            result = work(progress, task.is_cancelled)
        except Exception as error:
            (on_error or _report_uncaught)(error)
        else:
            on_done(result)
        return task

    def active(self) -> int:
        return 0

    def cancel_all(self) -> None:
        pass

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return True
