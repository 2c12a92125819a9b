"""Bad input is refused with a sentence naming the field; odd but valid input is kept intact."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from clienteling.domain import Client, ImportantDate, Note, ValidationError, build
from clienteling.domain.dates import parse_partial_date
from clienteling.domain.validation import MAX_NOTE, clean_text, parse_email, parse_phone
from clienteling.services import ClientForm

# -- phones and emails ----------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["not a phone", "12", "+33 6 12", "+99 123 456 789", "06 12 34 56 78 90 12"])
def test_a_malformed_phone_is_refused_naming_its_line(svc, bad):
    form = ClientForm(family_name="Dupont", country="FR", phones=[("mobile", "06 12 34 56 78"), ("home", bad)])
    with pytest.raises(ValidationError) as err:
        svc.create_client(form)
    assert err.value.field == "phones[1]"
    assert "phone number" in str(err.value)
    assert svc.count() == 0


def test_a_local_number_without_a_country_asks_for_the_country_code(svc):
    with pytest.raises(ValidationError) as err:
        svc.create_client(ClientForm(family_name="Dupont", phones=[("", "06 12 34 56 78")]))
    assert err.value.field == "phones[0]"
    assert "country code" in str(err.value)


@pytest.mark.parametrize("typed, e164", [
    ("+33 6 12 34 56 78", "+33612345678"), ("06 12 34 56 78", "+33612345678"),
    ("06.12.34.56.78", "+33612345678"), ("0033 6 12 34 56 78", "+33612345678"),
    ("+86 138 0013 8000", "+8613800138000"), ("+44 20 7946 0018", "+442079460018"),
])
def test_phones_are_stored_in_e164(typed, e164):
    assert parse_phone(typed, "FR") == e164


@pytest.mark.parametrize("bad", ["heloise@", "@example.fr", "heloise example.fr", "a@b@c.fr", "heloise@example"])
def test_a_malformed_email_is_refused_naming_its_line(svc, bad):
    form = ClientForm(family_name="Dupont", emails=[("", bad)])
    with pytest.raises(ValidationError) as err:
        svc.create_client(form)
    assert err.value.field == "emails[0]"
    assert "email" in str(err.value)
    assert svc.count() == 0


def test_emails_are_normalised():
    assert parse_email("  Heloise.Dupont@EXAMPLE.FR ") == "Heloise.Dupont@example.fr"


def test_blank_phone_and_email_lines_are_ignored_and_duplicates_kept_once(svc):
    client_id, _ = svc.create_client(ClientForm(
        family_name="Dupont", country="FR",
        phones=[("", ""), ("mobile", "06 12 34 56 78"), ("again", "+33612345678"), ("", "   ")],
        emails=[("", "")]))
    dossier = svc.dossier(client_id)
    assert [p.value for p in dossier.phones] == ["+33612345678"]
    assert dossier.emails == []


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("year, month, day", [(2023, 2, 29), (2024, 13, 1), (None, 2, 30), (2024, 4, 31),
                                              (None, 0, 10), (None, 6, 0), (1850, 1, 1)])
def test_impossible_dates_are_refused(year, month, day):
    with pytest.raises(ValidationError) as err:
        ImportantDate(client_id="c", year=year, month=month, day=day)
    assert "not" in str(err.value)


@pytest.mark.parametrize("year, month, day", [(None, 2, 29), (2024, 2, 29), (2000, 2, 29), (None, 12, 31)])
def test_real_dates_are_accepted(year, month, day):
    assert ImportantDate(client_id="c", year=year, month=month, day=day).month == month


@pytest.mark.parametrize("text, parsed", [
    ("1985-05-14", (1985, 5, 14)), ("14/05/1985", (1985, 5, 14)), ("14.05.1985", (1985, 5, 14)),
    ("--05-14", (None, 5, 14)), ("05-14", (None, 5, 14)), ("5-4", (None, 5, 4)), (" 1985-5-4 ", (1985, 5, 4)),
    ("--02-29", (None, 2, 29)), ("2024-02-29", (2024, 2, 29)),
])
def test_partial_dates_in_the_formats_advisors_type(text, parsed):
    assert parse_partial_date(text) == parsed


@pytest.mark.parametrize("text", ["--02-30", "2023-02-29", "1985-13-01", "31/04/1985", "May 14", "", "14/05",
                                  "yesterday", "1985-05-14T10:00"])
def test_unreadable_or_impossible_partial_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_partial_date(text, "birthday")


def test_an_important_date_is_saved_and_shown_without_a_year(svc, add_client):
    client_id = add_client(family_name="Dupont")
    year, month, day = parse_partial_date("--02-29")
    svc.save_record(ImportantDate(client_id=client_id, kind="birthday", year=year, month=month, day=day))
    [saved] = svc.dossier(client_id).dates
    assert saved.text == "--02-29"


# -- text -----------------------------------------------------------------------------------

def test_a_50000_character_note_is_saved_and_read_back_intact(svc, add_client):
    client_id = add_client(family_name="Dupont")
    line = "Très belle cliente — 张女士 — مرحبا — 🌸 — aime le cuir.\n"
    body = (line * (50_000 // len(line) + 1))[:49_997] + "fin"
    assert len(body) == 50_000
    note, _ = svc.add_note(client_id, body)
    [saved] = svc.dossier(client_id).notes
    assert saved.body == body
    assert saved.id == note.id


def test_a_300000_character_note_is_refused_with_a_clear_message(svc, add_client):
    client_id = add_client(family_name="Dupont")
    with pytest.raises(ValidationError) as err:
        svc.add_note(client_id, "x" * 300_000)
    message = str(err.value)
    assert "too long" in message
    assert "300,000" in message and f"{MAX_NOTE:,}" in message
    assert svc.dossier(client_id).notes == []


def test_an_empty_note_is_refused(svc, add_client):
    client_id = add_client(family_name="Dupont")
    with pytest.raises(ValidationError, match="empty"):
        svc.add_note(client_id, " \n\t ")


@pytest.mark.parametrize("fields, shown, query", [
    (dict(family_name="Martin", given_name="Zoé 🌸"), "Zoé 🌸 Martin", "zoe"),
    (dict(family_name="الفاسي", given_name="فاطمة"), "فاطمة الفاسي", "فاطمة"),
    (dict(family_name="\u202bالفاسي\u202c", given_name="ليلى"), None, "ليلى"),
    (dict(family_name="欧阳", given_name="娜娜"), "欧阳娜娜", "欧阳"),
    (dict(family_name="髙橋", given_name="一郎"), "髙橋一郎", "髙橋"),
    (dict(family_name="O'Brien-Smith", given_name="Siobhán"), "Siobhán O'Brien-Smith", "siobhan"),
])
def test_names_in_any_script_are_saved_listed_and_found(svc, fields, shown, query):
    client_id, _ = svc.create_client(ClientForm(**fields))
    assert svc.dossier(client_id).client.family_name == fields["family_name"]
    [row] = svc.list_rows()
    if shown is not None:
        assert row.name == shown
    assert [r.id for r in svc.search(query)] == [client_id]


@pytest.mark.parametrize("fields", [dict(), dict(family_name="   ", given_name="\t"), dict(given_name="\x00\x07"),
                                    dict(city="Paris", tags=["vic"])])
def test_a_client_without_a_name_is_refused(svc, fields):
    with pytest.raises(ValidationError) as err:
        svc.create_client(ClientForm(**fields))
    assert "name" in str(err.value)
    assert svc.count() == 0


def test_control_characters_are_stripped_but_line_breaks_in_notes_kept(svc):
    client_id, _ = svc.create_client(ClientForm(family_name="Du\x00pont\x1b", given_name="\x07Héloïse\x7f",
                                                city="Par\x08is", tags=["v\x00ic"]))
    dossier = svc.dossier(client_id)
    assert (dossier.client.family_name, dossier.client.given_name) == ("Dupont", "Héloïse")
    assert dossier.client.city == "Paris"
    assert [t.tag for t in dossier.tags] == ["vic"]
    svc.add_note(client_id, "first line\x00\nsecond\tline\x1b")
    assert svc.dossier(client_id).notes[0].body == "first line\nsecond\tline"


def test_names_are_nfc_normalised_so_accents_typed_two_ways_are_one_name():
    decomposed = "He\u0301loi\u0308se"
    assert clean_text(decomposed, "given_name") == "Héloïse"
    assert build(Client, given_name=decomposed).given_name == build(Client, given_name="Héloïse").given_name


def test_a_name_too_long_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as err:
        build(Client, family_name="x" * 201)
    assert err.value.field == "family_name"
    assert "too long" in str(err.value)


@pytest.mark.parametrize("field, value, words", [
    ("tier", "emperor", "not a valid tier"), ("preferred_channel", "pigeon", "not a valid preferred channel"),
    ("country", "France", "country code"), ("preferred_language", "klingon", "language"),
    ("title", "lord", "not a valid title"),
])
def test_wrong_choices_are_refused_with_a_sentence(field, value, words):
    with pytest.raises(ValidationError) as err:
        build(Client, family_name="Dupont", **{field: value})
    assert words in str(err.value)
    assert err.value.field == field


def test_set_field_refuses_fields_that_are_not_editable(svc, add_client):
    client_id = add_client(family_name="Dupont")
    for name in ("id", "rev", "deleted", "no_such_field"):
        with pytest.raises(ValidationError):
            svc.set_field(client_id, name, "x")
    with pytest.raises(ValidationError):
        svc.set_field(client_id, "country", "France")
    assert svc.dossier(client_id).client.country == ""


def test_a_note_created_in_the_model_keeps_its_time_zone():
    at = datetime(2024, 5, 14, 9, 30, tzinfo=timezone.utc)
    assert build(Note, client_id="c", body="hello", created_at=at).created_at == at
