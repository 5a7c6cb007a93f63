"""ui.tasks: work runs off the GUI thread, results/errors/progress come back on it, and each
worker opens its own Library."""

from __future__ import annotations

import threading
import time

import pytest

from ui.tasks import SynchronousTaskRunner, TaskRunner, after, with_library


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_work_runs_in_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def work(on_progress, is_cancelled):
        seen["worker"] = threading.get_ident()
        return 750

    def done(result):
        seen["result"] = result
        seen["delivered_on"] = threading.get_ident()

    task = runner.run_task(work, done)
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert seen["result"] == 750
    assert seen["worker"] != gui
    assert seen["delivered_on"] == gui
    assert runner.active() == 0


def test_an_exception_reaches_on_error_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    errors = []

    def work(on_progress, is_cancelled):
        raise ValueError("unreadable file")

    task = runner.run_task(work, lambda _: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=15000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "unreadable file"
    assert not task.is_running()
    assert threading.get_ident() == gui


def test_progress_is_delivered_on_the_gui_thread_and_thinned_out(qtbot, runner):
    gui = threading.get_ident()
    reports = []

    def work(on_progress, is_cancelled):
        for done in range(1, 201):
            on_progress(done, 200)
            time.sleep(0.001)
        return "ok"

    task = runner.run_task(
        work, lambda _: None, on_progress=lambda d, t: reports.append((d, t, threading.get_ident()))
    )
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert reports, "some progress arrives"
    # 200 reports over ~0.2 s: a handful get through, not one per file.
    assert len(reports) < 50
    assert all(thread == gui for _, _, thread in reports)
    assert [d for d, _, _ in reports] == sorted(d for d, _, _ in reports)


def test_cancel_is_seen_by_the_work_and_its_result_still_arrives(qtbot, runner):
    started = threading.Event()
    results = []

    def work(on_progress, is_cancelled):
        started.set()
        done = 0
        while not is_cancelled() and done < 10_000:
            time.sleep(0.001)
            done += 1
        return done

    task = runner.run_task(work, results.append)
    assert started.wait(5)
    task.cancel()
    assert task.is_cancelled()
    qtbot.waitUntil(lambda: bool(results), timeout=15000)
    assert results[0] < 10_000


def test_after_starts_the_work_once_the_task_before_it_has_returned(qtbot, runner):
    order = []
    release = threading.Event()

    def first(on_progress, is_cancelled):
        release.wait(10)
        order.append("first")

    before = runner.run_task(first, lambda _: None)
    results = []
    runner.run_task(after(before, lambda *_: order.append("second") or "ok"), results.append)
    time.sleep(0.05)
    assert order == []  # waiting for `first`, on a thread of its own
    release.set()
    qtbot.waitUntil(lambda: results == ["ok"], timeout=5000)
    assert order == ["first", "second"]


def test_shutdown_cancels_and_waits_for_running_work(qapp):
    runner = TaskRunner()
    finished = threading.Event()

    def work(on_progress, is_cancelled):
        while not is_cancelled():
            time.sleep(0.001)
        finished.set()

    runner.run_task(work, lambda _: None)
    assert runner.shutdown(5000)
    assert finished.is_set()


def test_with_library_opens_a_library_in_the_worker_thread(qtbot, runner, tmp_path):
    from services.library.storage import Library

    db = tmp_path / "lib.db"
    Library.open(db).close()
    seen = {}

    def work(library, on_progress, is_cancelled):
        seen["thread"] = threading.get_ident()
        seen["path"] = library.path
        return library.count()

    results = []
    task = runner.run_task(with_library(db, work), results.append)
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert results == [0]
    assert seen["thread"] != threading.get_ident()
    assert seen["path"] == str(db)


def test_the_synchronous_runner_has_the_same_contract(qapp):
    runner = SynchronousTaskRunner()
    progress, results, errors = [], [], []

    def work(on_progress, is_cancelled):
        on_progress(1, 2)
        assert not is_cancelled()
        return "done"

    task = runner.run_task(
        work, results.append, errors.append, lambda d, t: progress.append((d, t))
    )
    assert (results, errors, progress) == (["done"], [], [(1, 2)])
    assert not task.is_running()
    runner.run_task(lambda p, c: 1 / 0, results.append, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
