"""What the advisor decides on a prompt (done, snoozed, dismissed), run on the book thread.

`decided(prompt, held)` is emitted only after the book holds the decision, so a row leaves
the Today list once it is saved, never before; `held` is the prompt as it now stands
(suppressed as done, snoozed until a day, or dismissed). `service(session)` builds the
rules' `OutreachService` on the book thread (tests may pass their own); `clock()` is the
aware "now" every decision is stamped with.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QObject, Signal

from ...domain.vocab import Channel
from ...outreach.prompt import Prompt, Suppression
from ..taskman import TaskManager, show_error


def outreach_service(session):
    """The rules engine over the open book (runs on the book thread)."""
    from ...services.outreach import OutreachService

    return OutreachService(session.book, session.boutique, session.clients.advisor)


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class TodayActions(QObject):
    decided = Signal(object, object)  # the prompt as it was, the prompt as it now stands

    def __init__(self, tm: TaskManager, service: Callable = outreach_service,
                 clock: Callable[[], datetime] = system_clock, parent: QObject | None = None):
        super().__init__(parent)
        self.tm = tm
        self.service = service
        self.clock = clock
        self._running: set[str] = set()  # prompt keys with a decision on its way (no double D)

    def busy(self, prompt: Prompt) -> bool:
        return prompt.key in self._running

    def mark_done(self, prompt: Prompt, channel: Channel, message: str, *, on_failure=None) -> bool:
        """Log the outreach through `channel` with the `message` sent; False if already on its way."""
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.DONE)
        return self._run(prompt, held, lambda s: self.service(s).mark_done(prompt, channel, message, now),
                         on_failure)

    def snooze(self, prompt: Prompt, until: date, *, on_failure=None) -> bool:
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.SNOOZED, snoozed_until=until)
        return self._run(prompt, held, lambda s: self.service(s).snooze(prompt, until, now), on_failure)

    def dismiss(self, prompt: Prompt, reason: str, *, on_failure=None) -> bool:
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.DISMISSED)
        return self._run(prompt, held, lambda s: self.service(s).dismiss(prompt, reason, now), on_failure)

    def _run(self, prompt: Prompt, held: Prompt, fn, on_failure) -> bool:
        if prompt.key in self._running:
            return False
        self._running.add(prompt.key)
        parent = self.parent()

        def done(_changes):
            self._running.discard(prompt.key)
            self.decided.emit(prompt, held)

        def failed(exc):
            self._running.discard(prompt.key)
            (on_failure or (lambda e: show_error(parent, e)))(exc)

        self.tm.run(fn, done, failed, parent=parent)
        return True
