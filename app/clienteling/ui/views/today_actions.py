"""What the advisor decides on a prompt (done, snoozed, dismissed), run on the book thread.

`decided(prompt, held)` is emitted only after the book holds the decision, so a row leaves
the Today list once it is saved, never before; `held` is the prompt as it now stands
(suppressed as done, snoozed until a day, or dismissed). `service(session)` builds the
rules' `OutreachService` on the book thread (tests may pass their own); `clock()` is the
aware "now" every decision is stamped with.

A prompt done or dismissed no longer needs the draft kept for it (services/drafts.py): it is
discarded on the book thread right after the decision. A prompt marked done with no message in
hand (D on the list, its draft not opened in this run) logs the draft kept for it, if any.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QObject, Signal

from ...domain.vocab import Channel
from ...outreach.prompt import Prompt, Suppression
from ...services.drafts import DraftService
from ..taskman import TaskManager, show_error


def outreach_service(session):
    """The rules engine over the open book (on the reader thread for the queue, the book thread for decisions)."""
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

    def mark_done(self, prompt: Prompt, channel: Channel, message: str | None, *, on_failure=None) -> bool:
        """Log the outreach through `channel` with the `message` sent (None: the draft kept for the
        prompt, if any); False if already on its way."""
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.DONE)

        def done(s):
            drafts = DraftService(s.book)
            sent = message if message is not None else drafts.message(prompt.key, str(channel))
            changes = self.service(s).mark_done(prompt, channel, sent, now)
            drafts.discard(prompt.key)
            return changes
        return self._run(prompt, held, done, on_failure)

    def snooze(self, prompt: Prompt, until: date, *, on_failure=None) -> bool:
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.SNOOZED, snoozed_until=until)
        return self._run(prompt, held, lambda s: self.service(s).snooze(prompt, until, now), on_failure)

    def dismiss(self, prompt: Prompt, reason: str, *, on_failure=None) -> bool:
        now = self.clock()
        held = dataclasses.replace(prompt, suppressed=Suppression.DISMISSED)

        def dismissed(s):
            changes = self.service(s).dismiss(prompt, reason, now)
            DraftService(s.book).discard(prompt.key)
            return changes
        return self._run(prompt, held, dismissed, on_failure)

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
