"""An unexpected error is logged and shown; the application keeps running."""

import threading

from ui.errors import ErrorReporter


def test_main_thread_error_is_logged_and_shown(qtbot, tmp_path):
    from core.logs import setup_logging

    log_path = setup_logging(directory=tmp_path)
    reporter = ErrorReporter(log_path)
    try:
        raise ValueError("broken widget")
    except ValueError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.shown == ["ValueError: broken widget"])
    box = reporter.last_box
    assert box is not None and box.isVisible()
    assert str(log_path) in box.informativeText()
    assert "broken widget" in box.detailedText()
    box.close()
    assert "broken widget" in log_path.read_text(encoding="utf-8")


def test_worker_thread_error_reaches_the_gui_thread(qtbot, tmp_path):
    reporter = ErrorReporter(tmp_path / "x.log")
    reporter.install()
    try:

        def fail():
            raise RuntimeError("in a thread")

        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: reporter.shown == ["RuntimeError: in a thread"])
    finally:
        reporter.uninstall()
    reporter.last_box.close()


def test_worker_reports_failure_and_cancel(qtbot):
    from ui.workers import Worker

    def failing(progress, _cancelled):
        progress(10, "start")
        raise OSError("disk full")

    worker = Worker(failing)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args[0] == "OSError: disk full"
    worker.wait()

    started = threading.Event()

    def slow(progress, _cancelled):
        started.set()
        for i in range(1000):
            progress(i // 10, "working")
            threading.Event().wait(0.005)
        return "finished"

    worker = Worker(slow)
    with qtbot.waitSignal(worker.cancelled, timeout=10_000):
        worker.start()
        started.wait(5)
        worker.cancel()
    worker.wait()
