"""Today's drafts in the book: kept as typed, one per prompt, on this laptop only (never in the
outbox, never synced), dropped once the prompt is done or dismissed, erased with their client."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clienteling.domain import ImportantDate, build
from clienteling.domain.errors import ValidationError
from clienteling.services.drafts import DraftService, message_of
from clienteling.services.outreach import OutreachService
from clienteling.store import rows
from clienteling.store.sync_erase import purge_client

NOW = datetime(2026, 4, 15, 7, 30, tzinfo=timezone.utc)
HOSTILE = "<script>alert(1)</script> '); DROP TABLE prompt_draft;-- \u202eevil\u202c \U0001f45c \x07bell"


@pytest.fixture
def drafts(session):
    return DraftService(session.book)


def test_a_draft_is_kept_as_typed_one_per_prompt(drafts, add_client):
    client = add_client(family_name="Dupont")
    drafts.save("thanks:x", client, "email", "Merci ", "  Chère Madame,\n\n", NOW)
    drafts.save("thanks:x", client, "sms", "", HOSTILE, NOW)  # the later replaces the earlier
    kept = drafts.kept("thanks:x")
    assert (kept.channel, kept.subject, kept.body, kept.saved_at) == ("sms", "", HOSTILE, NOW)
    drafts.save("thanks:y", client, "email", "Merci ", "  Chère Madame,\n\n", NOW)
    assert drafts.kept("thanks:y").body == "  Chère Madame,\n\n"  # verbatim: no strip, no cleaning
    assert drafts.message("thanks:y", "email") == "Merci \n\n  Chère Madame,\n\n"
    assert drafts.message("thanks:y", "wechat") == "  Chère Madame,\n\n" and drafts.message("none", "sms") == ""
    long_text = "é" * 50_000
    drafts.save("thanks:z", client, "", "", long_text, NOW)
    assert drafts.kept("thanks:z").body == long_text
    assert drafts.discard("thanks:z") and not drafts.discard("thanks:z") and drafts.kept("thanks:z") is None


def test_drafts_stay_on_this_laptop(session, drafts, add_client, outbox):
    client = add_client(family_name="Dupont")
    before = outbox()
    drafts.save("thanks:x", client, "email", "Hello", "Body", NOW)
    drafts.discard("thanks:x")
    drafts.save("thanks:x", client, "email", "Hello", "Body", NOW)
    assert outbox() == before
    assert "prompt_draft" not in rows.TABLES.values()  # not a synced entity: sync never reads it


def test_what_cannot_be_kept_is_refused_with_a_sentence(drafts, add_client):
    client = add_client(family_name="Dupont")
    with pytest.raises(ValidationError, match=r"The message is too long to keep \(200,001 characters"):
        drafts.save("k", client, "email", "", "x" * 200_001, NOW)
    with pytest.raises(ValidationError, match="“pigeon” is not a channel"):
        drafts.save("k", client, "pigeon", "", "x", NOW)
    with pytest.raises(ValidationError, match="no time zone"):
        drafts.save("k", client, "email", "", "x", datetime(2026, 4, 15, 7, 30))
    assert drafts.kept("k") is None


def test_a_prompt_done_or_dismissed_keeps_no_draft_a_snoozed_one_does(session, drafts, add_client, svc):
    client = add_client(family_name="Dupont", given_name="Héloïse", title="mrs")
    svc.set_consent(client, "email", "granted")
    svc.save_record(build(ImportantDate, client_id=client, kind="birthday", month=4, day=16))
    service = OutreachService(session.book, session.boutique)
    birthday = service.queue(date(2026, 4, 15)).prompts[0]
    drafts.save(birthday.key, client, "email", "", "Joyeux anniversaire", NOW)
    service.snooze(birthday, date(2026, 4, 17), NOW)
    assert drafts.save(birthday.key, client, "email", "", "Joyeux anniversaire !", NOW) is not None
    service.mark_done(birthday, "email", "Joyeux anniversaire !", NOW)
    # a save still on its way when the prompt was answered does not bring its draft back
    assert drafts.save(birthday.key, client, "email", "", "late", NOW) is None
    assert drafts.kept(birthday.key) is None


def test_an_erased_client_takes_its_drafts_along(session, drafts, add_client):
    gone, stays = add_client(family_name="Erased"), add_client(family_name="Kept")
    drafts.save("thanks:gone", gone, "email", "", "to be forgotten", NOW)
    drafts.save("thanks:stays", stays, "email", "", "still here", NOW)
    with session.book.transaction() as db:
        purge_client(db.conn, gone)
    assert drafts.kept("thanks:gone") is None and drafts.kept("thanks:stays").body == "still here"


def test_the_sent_message_of_an_email_carries_its_subject():
    assert message_of("email", "Merci", "Chère Madame") == "Merci\n\nChère Madame"
    assert message_of("email", "  ", "Chère Madame") == "Chère Madame"
    assert message_of("sms", "Merci", "Chère Madame") == "Chère Madame"
