"""The demo boutique's new arrivals follow its demo book's day; a boutique's own catalogue is read as it is."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from clienteling.config import DEMO, load_boutique
from clienteling.credentials import MemoryStore
from clienteling.demo import seed_book
from clienteling.demo.arrivals import CATALOGUE
from clienteling.domain.errors import ValidationError
from clienteling.outreach.catalogue import moved_to, parse_arrivals
from clienteling.resources import resource
from clienteling.services import open_session
from clienteling.services.outreach import OutreachService

BUNDLED = resource("catalogue", "new_arrivals.json")


def newest(service: OutreachService) -> date:
    return max(p.arrived_on for p in service.new_arrivals())


def test_moving_a_catalogue_keeps_its_pieces_and_their_spacing():
    text = BUNDLED.read_text(encoding="utf-8")
    before = parse_arrivals(text, "x")
    after = parse_arrivals(moved_to(text, date(2031, 2, 3)), "x")
    assert max(p.arrived_on for p in after) == date(2031, 2, 3)
    shift = after[0].arrived_on - before[0].arrived_on
    assert [p.model_copy(update={"arrived_on": p.arrived_on - shift}) for p in after] == before
    with pytest.raises(ValidationError, match="is not valid JSON"):
        moved_to("[{", date(2031, 2, 3))
    with pytest.raises(ValidationError, match="must be a list of pieces"):
        moved_to('{"sku": "x"}', date(2031, 2, 3))


def test_a_demo_book_reads_the_pieces_of_its_own_day_then_and_later(tmp_path):
    made = date(2027, 8, 2)
    bundled = BUNDLED.read_bytes()
    secrets = MemoryStore()
    session = open_session(DEMO, secrets, home=tmp_path)  # as the app: opened empty, then filled
    try:
        seed_book(session.book, 12, today=made, workers=0)
        assert session.boutique.outreach.new_arrivals == str(tmp_path / CATALOGUE)
        assert newest(OutreachService(session.book, session.boutique)) == made
    finally:
        session.close()
    again = open_session(DEMO, secrets, home=tmp_path)  # opened on another day: the book's day still
    try:
        assert newest(OutreachService(again.book, again.boutique)) == made
        assert again.book.meta("demo_day") == made.isoformat()
    finally:
        again.close()
    assert BUNDLED.read_bytes() == bundled  # the bundled catalogue itself is never rewritten


def test_a_demo_book_made_before_its_day_was_recorded_follows_the_day_it_was_created(tmp_path):
    secrets = MemoryStore()
    session = open_session(DEMO, secrets, home=tmp_path)
    created = session.book.meta("created_at")
    session.close()
    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert newest(OutreachService(again.book, again.boutique)) == \
            datetime.fromisoformat(created).astimezone().date()
    finally:
        again.close()


def test_a_boutiques_own_catalogue_is_never_rewritten_nor_moved(tmp_path):
    piece = {"sku": "LG-RIV28-SG", "name": "Rivoli 28 tote", "category": "leather_goods", "line": "Rivoli",
             "colour": "Sage green", "sizes": [], "arrived_on": "2025-04-13"}
    own = tmp_path / "spring.json"
    own.write_text(json.dumps([piece]), encoding="utf-8")
    stamp = own.stat().st_mtime_ns
    for boutique_id in ("paris", "demo"):  # a real boutique, and a demo build naming a catalogue of its own
        toml = tmp_path / f"{boutique_id}.toml"
        toml.write_text(f'[boutique]\nboutique_id = "{boutique_id}"\ndisplay_name = "X"\n'
                        '[boutique.outreach]\nnew_arrivals = "spring.json"\n', encoding="utf-8")
        boutique = load_boutique(toml)
        session = open_session(boutique, MemoryStore(), home=tmp_path / boutique_id)
        try:
            if boutique.is_demo:
                seed_book(session.book, 3, today=date(2027, 1, 5), workers=0)
            assert session.boutique == boutique
            assert newest(OutreachService(session.book, session.boutique)) == date(2025, 4, 13)
            assert not (tmp_path / boutique_id / CATALOGUE).exists()
        finally:
            session.close()
    assert own.read_text(encoding="utf-8") == json.dumps([piece]) and own.stat().st_mtime_ns == stamp


def test_a_real_boutique_without_a_catalogue_of_its_own_reads_the_bundled_one_as_it_is(tmp_path):
    toml = tmp_path / "paris.toml"
    toml.write_text('[boutique]\nboutique_id = "paris"\ndisplay_name = "Paris"\n', encoding="utf-8")
    boutique = load_boutique(toml)
    session = open_session(boutique, MemoryStore(), home=tmp_path / "paris")
    try:
        assert session.boutique == boutique and not boutique.outreach.new_arrivals
        bundled = parse_arrivals(BUNDLED.read_text(encoding="utf-8"), "x")
        assert OutreachService(session.book, session.boutique).new_arrivals() == bundled
        assert not (tmp_path / "paris" / CATALOGUE).exists()
    finally:
        session.close()
