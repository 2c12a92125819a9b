"""The client editor's quiet period: set, read back, cleared; while it lasts the Today queue holds the
client's prompts back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from clienteling.domain import ImportantDate, build
from clienteling.outreach.prompt import Suppression
from clienteling.services.outreach import OutreachService
from clienteling.ui.dialogs.client_editor import ClientEditorDialog


@pytest.fixture
def open_editor(qtbot, tm):
    def make(client_id) -> ClientEditorDialog:
        dialog = ClientEditorDialog(tm, client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        return dialog
    return make


def test_a_quiet_period_is_saved_read_back_and_respected_by_the_queue(qtbot, open_editor, book, make_client):
    cid = make_client(family_name="Lefèvre", given_name="Benoît", title="mr")
    book(lambda s: (s.clients.set_consent(cid, "email", "granted"),
                    s.clients.save_record(build(ImportantDate, client_id=cid, kind="birthday", month=5, day=4))))
    dialog = open_editor(cid)
    assert not dialog.quiet.isChecked() and not dialog.quiet_until.isEnabled()
    dialog.quiet.setChecked(True)
    dialog.quiet_until.setDate(QDate(2026, 6, 1))
    qtbot.keyClicks(dialog.quiet_reason, "Mourning: call after the summer")
    assert dialog.is_dirty()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    client = book(lambda s: s.clients.dossier(cid)).client
    assert client.quiet_until == date(2026, 6, 1) and client.quiet_reason == "Mourning: call after the summer"

    queue = book(lambda s: OutreachService(s.book, s.boutique).queue(date(2026, 4, 28)))
    assert [(p.client_id, p.suppressed) for p in queue.suppressed] == [(cid, Suppression.QUIET_PERIOD)]

    again = open_editor(cid)
    assert again.quiet.isChecked() and again.quiet_until.date() == QDate(2026, 6, 1)
    assert again.quiet_reason.text() == "Mourning: call after the summer" and not again.is_dirty()
    again.quiet.setChecked(False)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.save()
    client = book(lambda s: s.clients.dossier(cid)).client
    assert client.quiet_until is None and client.quiet_reason == ""
    queue = book(lambda s: OutreachService(s.book, s.boutique).queue(date(2026, 4, 28)))
    assert [p.client_id for p in queue.prompts] == [cid]
