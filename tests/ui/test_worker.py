"""run_in_background: the job runs off the UI thread, the callbacks on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from cart_bedside.ui.worker import run_in_background, wait_for_background


def test_success_is_delivered_on_the_ui_thread(qtbot):
    ui = threading.get_ident()
    seen = {}

    def job():
        seen["job"] = threading.get_ident()
        return 42

    op = run_in_background(
        job, on_success=lambda r: seen.update(result=r, cb=threading.get_ident())
    )
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert seen["job"] != ui and seen["cb"] == ui
    assert seen["result"] == 42 and op.done and op.result == 42 and op.error is None


def test_failure_is_delivered_with_the_exception(qtbot):
    failures = []
    op = run_in_background(lambda: 1 / 0, on_failure=failures.append)
    with qtbot.waitSignal(op.failed, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert failures == [op.error] and op.done and op.result is None


def test_no_callback_after_the_parent_is_gone(qtbot, qapp):
    parent = QWidget()
    gate = threading.Event()
    calls = []
    run_in_background(lambda: gate.wait(10) and "late", on_success=calls.append, parent=parent)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    gate.set()
    assert wait_for_background(10_000)
    qapp.processEvents()
    assert calls == []


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_an_op_is_only_ever_freed_on_the_ui_thread(qtbot):
    """The worker holds no reference to its op: the caller drops it at once, the job ends
    while the UI thread is busy, and the op is freed when its result is delivered, on the UI
    thread (a worker freeing a UI-thread QObject could deadlock against the UI thread)."""
    import gc
    import weakref

    from cart_bedside.ui import worker

    ui = threading.get_ident()
    freed_on: list[int] = []
    got: list[int] = []

    op = run_in_background(lambda: 7, on_success=got.append)
    weakref.finalize(op, lambda: freed_on.append(threading.get_ident()))
    del op
    gc.collect()
    assert wait_for_background()  # the job has ended; its result not yet delivered
    assert not freed_on and len(worker._ops) == 1
    qtbot.waitUntil(lambda: got == [7], timeout=10_000)
    gc.collect()
    assert freed_on == [ui] and not worker._ops
