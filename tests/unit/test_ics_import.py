"""Reading calendar files from Outlook, Google and Apple: what is taken, what is skipped, and
broken or hostile files refused whole with one sentence."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from clienteling.agenda import MAX_BYTES, Skip, parse_ics
from clienteling.agenda.ics_import import guess_place, guess_purpose, phone_tail
from clienteling.domain import ValidationError
from clienteling.domain.vocab import AppointmentPurpose, Place

UTC = timezone.utc
PARIS = "Europe/Paris"


def ics(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{head}{body}END:VCALENDAR\r\n").encode()


OUTLOOK_TZ = """BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
"""


def test_outlook_event_with_windows_zone_attendee_and_phone():
    data = ics("""UID:040000008200E00074C5B7101A82E008
SUMMARY:Essayage Mme Dupont
DTSTART;TZID=Romance Standard Time:20250331T100000
DTEND;TZID=Romance Standard Time:20250331T104500
ATTENDEE;CN=Héloïse Dupont;RSVP=TRUE:mailto:Heloise.Dupont@Example.FR
ORGANIZER;CN=Camille:mailto:camille@maison.example
DESCRIPTION:Rappeler au 06 12 34 56 78 la veille.
LOCATION:Salon privé""", head=OUTLOOK_TZ)
    [e] = parse_ics(data, PARIS)
    assert e.uid == "040000008200E00074C5B7101A82E008"
    assert e.starts_at == datetime(2025, 3, 31, 8, 0, tzinfo=UTC) and e.duration_min == 45
    assert e.emails == ("heloise.dupont@example.fr",)  # the organiser (the advisor) is not a client
    assert e.phones == ("0612345678",)
    assert e.purpose == AppointmentPurpose.FITTING and e.place == Place.SALON
    assert e.skip is None and not e.zone_guessed


def test_google_utc_event_and_apple_iana_zone():
    data = ics("""UID:abc123@google.com
DTSTART:20251026T013000Z
DTEND:20251026T023000Z
SUMMARY:Private viewing
DESCRIPTION:Client: +86 138 0013 8000 / zhang.wei@example.cn""",
               """UID:B1C2-APPLE
DTSTART;TZID=Asia/Shanghai:20250330T023000
DURATION:PT30M
SUMMARY:Video call with Mrs Wang
LOCATION:https://zoom.us/j/123""")
    google, apple = parse_ics(data, PARIS)
    assert google.starts_at == datetime(2025, 10, 26, 1, 30, tzinfo=UTC) and google.duration_min == 60
    assert google.phones == ("+8613800138000",) and google.emails == ("zhang.wei@example.cn",)
    assert apple.starts_at == datetime(2025, 3, 29, 18, 30, tzinfo=UTC) and apple.duration_min == 30
    assert apple.place == Place.VIDEO and apple.purpose == AppointmentPurpose.VIDEO_CALL


def test_floating_and_unknown_zone_times_are_read_as_the_boutiques():
    floating, unknown = parse_ics(ics("UID:f\r\nDTSTART:20250715T100000\r\nSUMMARY:a",
                                      "UID:u\r\nDTSTART;TZID=Nowhere/Land:20250715T100000\r\nSUMMARY:b"), PARIS)
    for e in (floating, unknown):
        assert e.starts_at == datetime(2025, 7, 15, 8, 0, tzinfo=UTC) and e.zone_guessed
        assert e.duration_min == 60  # no end, no duration: the boutique's default


def test_not_appointments_are_skipped_with_a_reason():
    allday, long, series, override, fine = parse_ics(ics(
        "UID:d\r\nDTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\nSUMMARY:Holiday",
        "UID:l\r\nDTSTART:20250331T080000Z\r\nDTEND:20250403T080000Z\r\nSUMMARY:Trip to Milan",
        "UID:s\r\nDTSTART:20250331T080000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Team meeting",
        "UID:s\r\nRECURRENCE-ID:20250407T080000Z\r\nDTSTART:20250407T090000Z\r\nSUMMARY:Team meeting",
        "UID:ok\r\nDTSTART:20250331T080000Z\r\nSUMMARY:Fitting"), PARIS)
    assert (allday.skip, long.skip, series.skip, override.skip, fine.skip) == (
        Skip.ALL_DAY, Skip.TOO_LONG, Skip.REPEATS, Skip.REPEATS, None)


def test_an_event_without_uid_gets_the_same_made_up_uid_every_time():
    data = ics("DTSTART:20250331T080000Z\r\nSUMMARY:No uid")
    assert parse_ics(data, PARIS)[0].uid == parse_ics(data, PARIS)[0].uid
    assert parse_ics(data, PARIS)[0].uid.endswith("@imported")


@pytest.mark.parametrize("data, message", [
    (ics("UID:1\r\nSUMMARY:Lunch with Mrs Wang"), "Event 1 (“Lunch with Mrs Wang”) has no start time (DTSTART)"),
    (ics("UID:1\r\nDTSTART:20250331T080000Z\r\nSUMMARY:ok", "UID:2\r\nDTSTART:99990330T100000Z\r\nSUMMARY:far"),
     "Event 2 (“far”) is in the year 9999"),
    (ics("UID:1\r\nDTSTART:2025-xx\r\nSUMMARY:bad"), "start time that cannot be read"),
    (ics("UID:1\r\nDTSTART:20250331T100000Z\r\nDTEND:20250331T090000Z"), "ends before it starts"),
    (ics("UID:1\r\nDTSTART:20250331T100000Z\r\nDTEND;VALUE=DATE:20250401"), "ends on a day without a time"),
    ("BEGIN:VCALENDAR\r\nSUMMARY:Café\r\nEND:VCALENDAR\r\n".encode("latin-1"), "not a calendar in UTF-8"),
    (b"garbage\x00\x01 not a calendar", "not a calendar (.ics) file"),
    (b"BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n", "damaged"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n", "damaged"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events"),
    (b"", "not a calendar"),
    (b"\xff\xfeB\x00E\x00G\x00", "not a calendar in UTF-8"),
])
def test_broken_files_are_refused_whole_with_a_sentence(data, message):
    with pytest.raises(ValidationError) as err:
        parse_ics(data, PARIS)
    assert message in str(err.value)
    assert "Traceback" not in str(err.value) and len(str(err.value)) < 300


def test_a_ten_megabyte_file_is_refused_before_it_is_read():
    big = ics(*[f"UID:{n}\r\nDTSTART:20250331T080000Z\r\nSUMMARY:{'x' * 500}" for n in range(20_000)])
    assert len(big) > 10 * 1024 * 1024 > MAX_BYTES
    with pytest.raises(ValidationError, match=r"The file is 1\d\.\d MB; a calendar file to import can be at most 5 MB"):
        parse_ics(big, PARIS)


def test_too_many_events_is_refused():
    many = ics(*[f"UID:{n}\r\nDTSTART:20250331T080000Z" for n in range(5001)])
    with pytest.raises(ValidationError, match="5,001 events; at most 5,000"):
        parse_ics(many, PARIS)


def test_hostile_text_is_kept_as_text_and_cut_to_size():
    data = ics(f"UID:h\r\nDTSTART:20250331T080000Z\r\nSUMMARY:<b>Bold</b><img src=x onerror=alert(1)>\x07"
               f"\r\nLOCATION:{'L' * 5000}\r\nDESCRIPTION:{'d' * 100_000}")
    [e] = parse_ics(data, PARIS)
    assert e.summary == "<b>Bold</b><img src=x onerror=alert(1)>"
    assert len(e.location) == 200 and len(e.description) == 20_000


def test_a_utf8_bom_is_accepted():
    [e] = parse_ics(b"\xef\xbb\xbf" + ics("UID:1\r\nDTSTART:20250331T080000Z\r\nSUMMARY:Zhang 张"), PARIS)
    assert e.summary == "Zhang 张"


def test_helpers():
    assert phone_tail("+33 6 12 34 56 78") == phone_tail("06.12.34.56.78") == "612345678"
    assert guess_purpose("Retouche pantalon") == AppointmentPurpose.ALTERATION_FITTING
    assert guess_purpose("Coffee") == AppointmentPurpose.STYLING_SESSION
    assert guess_place("Hôtel de Crillon") == Place.HOTEL and guess_place("") == Place.BOUTIQUE
    assert guess_place("", "Join: https://teams.microsoft.com/l/meetup") == Place.VIDEO


def test_long_runs_that_look_like_emails_or_phones_do_not_stall_the_reader():
    import time

    data = ics(f"UID:h\r\nDTSTART:20250331T080000Z\r\nSUMMARY:{'1' * 400}\r\nDESCRIPTION:{'d' * 19_000}"
               f"{'7' * 1000}\r\nLOCATION:{'x.' * 90}")
    started = time.perf_counter()
    [e] = parse_ics(data, PARIS)
    assert time.perf_counter() - started < 1.0
    assert e.emails == () and all(8 <= len(p.lstrip("+")) <= 15 for p in e.phones)
