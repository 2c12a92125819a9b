"""The pre-appointment brief: what it says, and its PDF, whose text holds the client's name in
Chinese, Arabic or with accents (read back with pypdf)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timezone

import pypdf
import pytest

from clienteling.domain.aftercare import AftercareCase
from clienteling.domain import build
from clienteling.services.agenda import AppointmentForm, agenda
from clienteling.store import rows
from clienteling.ui.brief import BriefDialog

UTC = timezone.utc


def book_for(book, client_id, **kw):
    fields = {"client_id": client_id, "day": date(2025, 4, 28), "start": time(15, 0), **kw}
    return book(lambda s: agenda(s).save(AppointmentForm(**fields))[0])


def open_brief(qtbot, tm, appointment_id) -> BriefDialog:
    dialog = BriefDialog(tm, appointment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)  # the book may answer at once
    return dialog


def pdf_text(path) -> str:
    """The PDF's text, compatibility-normalised (CJK fonts map some glyphs to radicals, Arabic to
    presentation forms), without spaces."""
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_the_brief_of_a_rich_dossier(qtbot, tm, book, rich_client):
    def case(s):
        with s.book.transaction() as db:
            rows.write(db.conn, build(AftercareCase, client_id=rich_client, kind="service", item="Chronograph service",
                                      opened_at=datetime(2025, 3, 1, tzinfo=UTC), promised_on=date(2025, 5, 10)))
    book(case)
    a = book_for(book, rich_client, purpose="private_viewing", place="salon", notes_before="Blue dial allocation.")
    text = open_brief(qtbot, tm, a.id).document.toPlainText()
    assert text.startswith("Maison Démo · Paris Saint-Honoré · Pre-appointment brief\n张先生")
    assert "张伟 · Zhang Wei · Mr Zhang · VIC · Chinese (Simplified)" in text
    assert "Mon 28 Apr 2025, 15:00–16:00 · Private viewing · Private salon" in text
    assert "TO PREPARE\nBlue dial allocation." in text
    assert "Colours: camel, navy" in text and "Avoid — Colours: orange" in text
    assert "Jacket 52 IT" in text and "李娜 (Li Na): Ring 52 EU · Shoes 37 EU" in text
    assert "14 May\nBirthday (47)" in text  # 16 days after the appointment
    assert "Chronograph service\nReceived\npromised 10 May 2025" in text
    assert "Weekender bag, navy calfskin" in text and "Perpetual calendar, blue dial" in text
    assert "Weekender bag in navy calfskin" not in text  # a wish already fulfilled
    assert "Jacket 52 fits well in the shoulders" in text


@pytest.mark.parametrize("fields, expected", [
    ({"family_name": "张", "given_name": "伟", "family_name_latin": "Zhang", "given_name_latin": "Wei",
      "title": "mr", "preferred_language": "zh-Hans"}, ["张先生", "张伟", "ZhangWei"]),
    ({"family_name": "الهاشمي", "given_name": "فاطمة", "family_name_latin": "Al Hashimi",
      "given_name_latin": "Fatima", "title": "mrs", "preferred_language": "ar"},
     ["الهاشمي", "فاطمة", "FatimaAlHashimi"]),
    ({"family_name": "Lefèvre", "given_name": "Héloïse", "title": "mrs", "preferred_language": "fr"},
     ["MadameLefèvre", "HéloïseLefèvre"]),
])
def test_the_pdf_keeps_the_name_as_text_in_every_script(qtbot, tm, book, make_client, tmp_path, fields, expected):
    cid = make_client(**fields)
    dialog = open_brief(qtbot, tm, book_for(book, cid).id)
    path = dialog.save_pdf(str(tmp_path / "brief.pdf"))
    assert path and (tmp_path / "brief.pdf").stat().st_size > 1000
    text = pdf_text(path)
    for name in expected:
        assert name in text or name[::-1] in text, (name, text[:200])  # Arabic comes out in visual order


def test_client_text_that_looks_like_html_is_printed_as_written(qtbot, tm, book, make_client):
    cid = make_client(family_name="<b>Bold</b>", given_name="<img src=x onerror=alert(1)>")
    book(lambda s: s.clients.add_note(cid, "<script>alert('x')</script> & co"))
    dialog = open_brief(qtbot, tm, book_for(book, cid, notes_before="<i>pull</i>").id)
    text = dialog.document.toPlainText()
    assert "<b>Bold</b>" in text and "<img src=x onerror=alert(1)>" in text
    assert "<script>alert('x')</script> & co" in text and "<i>pull</i>" in text


def test_a_pdf_that_cannot_be_written_is_said(qtbot, tm, book, make_client, tmp_path, monkeypatch):
    cid = make_client(family_name="Dupont")
    dialog = open_brief(qtbot, tm, book_for(book, cid).id)
    boxes = []
    monkeypatch.setattr("clienteling.ui.brief.QMessageBox.open", lambda box: boxes.append(box.text()))
    assert dialog.save_pdf(str(tmp_path / "no-such-folder" / "brief.pdf")) is None
    assert boxes and "could not be saved" in boxes[0]


def test_the_brief_of_a_deleted_appointment_says_so(qtbot, tm, book, make_client):
    from clienteling.domain import Appointment

    cid = make_client(family_name="Dupont")
    a = book_for(book, cid)

    def drop(s):
        with s.book.transaction() as db:
            rows.soft_delete(db.conn, Appointment, a.id)
    book(drop)
    dialog = BriefDialog(tm, a.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no longer exists" in dialog.view.toPlainText(), timeout=20_000)
    assert not dialog.pdf_button.isEnabled() and dialog.document is None


def test_the_briefs_notes_are_dated_in_the_boutiques_zone(qtbot, tm, book, make_client):
    from clienteling.domain import Note

    client_id = make_client(family_name="Dupont", given_name="Héloïse", title="mrs")

    def note(s):
        with s.book.transaction() as db:  # 23:30 UTC on 26 April is already the 27th in Paris
            rows.write(db.conn, build(Note, client_id=client_id, kind="conversation", body="Prefers mornings.",
                                      created_at=datetime(2025, 4, 26, 23, 30, tzinfo=UTC)))
    book(note)
    a = book_for(book, client_id)
    text = open_brief(qtbot, tm, a.id).document.toPlainText()
    assert "27 Apr 2025 · " in text and "26 Apr 2025" not in text, text
