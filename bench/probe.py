"""The window side of the window figures, run in a fresh interpreter by bench.window_figures:
`python -m bench.probe {startup|paint|stall|memory} --db LIBRARY [...]`.

It starts Riwaya the way `riwaya --db LIBRARY` does (app.main → run_gui), with an application
event filter that notices the main window's first paint; the scenario of the figure then
drives the real window. Output on stdout: `BENCH-PAINTED <perf_counter> <seconds in process>`
when the first frame is done, then one `BENCH-PROBE <json>` line. Any exception in the code
under test ends the process with status 3.
"""

from __future__ import annotations

import time

START = time.perf_counter()  # before anything else is imported: the in-process start

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402
from pathlib import Path  # noqa: E402

PAINTED_TAG = "BENCH-PAINTED"
REPORT_TAG = "BENCH-PROBE"
FAILED_STATUS = 3


def _emit(tag: str, payload: str) -> None:
    sys.stdout.write(f"{tag} {payload}\n")
    sys.stdout.flush()


def report(data: dict) -> None:
    _emit(REPORT_TAG, json.dumps(data, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.probe")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--pairs", default="", help="paint: a,b;c,d … article ids to compare")
    parser.add_argument("--import-dir", type=Path, help="stall: the folder to import")
    parser.add_argument("--settle-ms", type=int, default=1000, help="memory: idle time first")
    parser.add_argument(
        "--lang", choices=("ar", "en"), help="the window's language (riwaya --lang)"
    )
    parser.add_argument(
        "--profile", type=Path, help="write cProfile statistics of the whole run to this file"
    )
    args = parser.parse_args(argv)
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        try:
            return _run(args)
        finally:
            profiler.disable()
            profiler.dump_stats(args.profile)
    return _run(args)


def _run(args) -> int:
    try:
        import ui.application  # noqa: F401
        import ui.main_window  # noqa: F401
    except ModuleNotFoundError as e:
        # Not landed yet: reported as such. Any other import error is the window's bug.
        if (e.name or "").split(".")[0] not in ("services", "ui", "app"):
            raise
        report({"unavailable": f"{e.name} not importable: {e}"})
        return 0

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    # Created here, before run_gui, so that the filter below sees the first paint;
    # ui.application.create_application reuses it and configures it as it always does.
    app = QApplication(sys.argv[:1])
    failures: list[str] = []

    def fail(message: str) -> None:
        failures.append(message)
        sys.stderr.write(message + "\n")
        app.exit(FAILED_STATUS)

    def excepthook(kind, value, tb) -> None:
        fail("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = excepthook
    scenario = SCENARIOS[args.scenario]

    class FirstPaint(QObject):
        """Calls the scenario once the main window's first frame is complete: the first
        paint event to the window or a child, then a zero timer that fires after the whole
        paint pass."""

        def __init__(self) -> None:
            super().__init__()
            self.window = None

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            if self.window is None and event.type() == QEvent.Type.Paint:
                top = watched.window() if watched.isWidgetType() else None
                if isinstance(top, QMainWindow):
                    self.window = top
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, self.first_frame)
            return False

        def first_frame(self) -> None:
            now = time.perf_counter()
            _emit(PAINTED_TAG, f"{now:.6f} {now - START:.6f}")
            try:
                scenario(self.window, args, fail)
            except Exception:  # noqa: BLE001 - the scenario's own bug, or the window's
                fail(traceback.format_exc())

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    from app.main import main as riwaya

    status = riwaya(["--db", str(args.db), *(["--lang", args.lang] if args.lang else [])])
    if failures:
        return FAILED_STATUS
    return status


# --- scenarios: each gets the painted window, the arguments and `fail`; each reports and
# quits the application when done ----------------------------------------------------------


def startup(window, args, fail) -> None:
    from PySide6.QtWidgets import QApplication

    report({"in_process_s": time.perf_counter() - START, "rows": window.model.rowCount()})
    window.close()
    QApplication.instance().quit()


def paint(window, args, fail) -> None:
    """Select the first article of a pair, then add the second to the selection (a
    Ctrl+click): the time from that second selection to the compare view's first paint after
    the comparison arrived."""
    from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    pairs = [tuple(int(i) for i in p.split(",")) for p in args.pairs.split(";") if p]
    panel = window.library_panel
    times: list[float] = []
    state = {"pair": None, "start": 0.0, "arrived": False}

    def select(article_id: int, *, clear: bool) -> None:
        selection = panel.table.selectionModel()
        row = window.model.row_of(article_id)
        if row is None:
            raise LookupError(f"article {article_id} is not in the window's list")
        index = panel.proxy.mapFromSource(window.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag
        mode = flags.ClearAndSelect if clear else flags.Select
        selection.select(index, mode | flags.Rows)

    class ComparePainted(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            view = window.compare_view
            if (
                state["arrived"]
                and event.type() == QEvent.Type.Paint
                and view is not None
                and watched.isWidgetType()
                and (watched is view or view.isAncestorOf(watched))
            ):
                state["arrived"] = False
                QTimer.singleShot(0, painted)
            return False

    watcher = ComparePainted()
    QApplication.instance().installEventFilter(watcher)

    def shown(comparison) -> None:
        if state["pair"] and {comparison.left.id, comparison.right.id} == set(state["pair"]):
            state["arrived"] = True
            state["arrived_at"] = time.perf_counter()

    def painted() -> None:
        times.append((time.perf_counter() - state["start"]) * 1000)
        state.setdefault("arrival_ms", []).append((state["arrived_at"] - state["start"]) * 1000)
        QTimer.singleShot(50, next_pair)

    def next_pair() -> None:
        if len(times) == len(pairs):
            QApplication.instance().removeEventFilter(watcher)
            report({"ms": times, "comparison_arrived_ms": state.get("arrival_ms", [])})
            window.close()
            QApplication.instance().quit()
            return
        a, b = pairs[len(times)]
        select(a, clear=True)
        # Let the single article show, as it does after a first click, before the second.
        QTimer.singleShot(100, lambda: second(a, b))

    def second(a: int, b: int) -> None:
        state["pair"] = (a, b)
        state["start"] = time.perf_counter()
        select(b, clear=False)

    window.comparison_shown.connect(shown)
    window.compares.comparison_failed.connect(fail)
    next_pair()


def stall(window, args, fail) -> None:
    """Import a folder in the window's background import while a 5 ms timer watches the
    event loop; stop 300 ms after the import finished (the list is refreshed then)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.measure import StallMonitor

    monitor = StallMonitor(5)
    state = {}
    start = time.perf_counter()

    def finished(import_report) -> None:
        state["import_s"] = time.perf_counter() - start
        state["imported"] = len(import_report.imported)
        state["refused"] = [f"{p.path}: {p.reason}" for p in import_report.refused[:3]]
        QTimer.singleShot(300, done)

    def done() -> None:
        monitor.stop()
        gaps = sorted(monitor.gaps)
        report(
            {
                "max_gap_ms": monitor.max_gap_ms,
                "p99_gap_ms": gaps[int(len(gaps) * 0.99)] if gaps else 0.0,
                "gaps_over_100_ms": monitor.slow_gaps(100),
                "ticks": len(gaps),
                "longest_gaps": [[round(ms, 1), round(at, 3)] for ms, at in monitor.longest()],
                **state,
                "rows": window.model.rowCount(),
            }
        )
        window.close()
        QApplication.instance().quit()

    window.imports.finished.connect(finished)
    window.imports.failed.connect(fail)
    monitor.start()
    window.import_paths([args.import_dir])


def memory(window, args, fail) -> None:
    """Resident memory once the window has been shown and left idle for a moment."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.measure import peak_rss_mb, rss_mb

    def measure() -> None:
        report({"rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb(), "rows": window.model.rowCount()})
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(args.settle_ms, measure)


SCENARIOS = {"startup": startup, "paint": paint, "stall": stall, "memory": memory}

if __name__ == "__main__":
    sys.exit(main())
