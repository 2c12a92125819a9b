"""The Qt binding itself: a signal emitted from Python must not leak or drop references.

PySide6 6.12.0 dropped one reference to Python's `True` on every `SignalInstance.emit()`: a
running app aborted ("bool_dealloc: deallocating True") after a few thousand emits, i.e. during
an ordinary day of type-ahead searches. pyproject.toml keeps that release out; this test fails
on any binding that does it again, so a version bump cannot bring the crash back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_a_signal_keeps_the_references_to_true_and_false(qapp):
    box = _Emitter()
    received = []
    box.carrying.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        box.bare.emit()
        box.carrying.emit(1)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    # a few references may come and go elsewhere; a leak or a drop per emit would be 500 or more
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)
