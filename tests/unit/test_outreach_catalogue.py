"""The new-arrivals list: the bundled one reads, a broken one is refused with one sentence, and the
queue goes on without it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clienteling.config import DEMO, load_boutique
from clienteling.domain.errors import ValidationError
from clienteling.outreach.catalogue import parse_arrivals
from clienteling.resources import resource
from clienteling.services.outreach import OutreachService

PIECE = {"sku": "LG-RIV28-SG", "name": "Rivoli 28 tote, sage green calfskin", "category": "leather_goods",
         "line": "Rivoli", "colour": "Sage green", "sizes": [], "arrived_on": "2026-04-13"}


def test_the_bundled_catalogue_reads_whole():
    pieces = parse_arrivals(resource("catalogue", "new_arrivals.json").read_text(encoding="utf-8"),
                            "new_arrivals.json")
    assert len(pieces) >= 30 and len({p.sku for p in pieces}) == len(pieces)
    assert {p.category.value for p in pieces} >= {"leather_goods", "ready_to_wear", "shoes", "jewellery", "watches"}
    assert any(p.sizes for p in pieces) and all(p.arrived_on for p in pieces)


@pytest.mark.parametrize("text, message", [
    ("[{", "is not valid JSON"),
    ('{"sku": "x"}', "must be a list of pieces"),
    (json.dumps([{**PIECE, "category": "hats"}]), "wrong at piece LG-RIV28-SG: category"),
    (json.dumps([{**PIECE, "arrived_on": "13/04/2026"}]), "wrong at piece LG-RIV28-SG: arrived_on"),
    (json.dumps([{**PIECE, "sizes": ["38"]}]), "“38” is not a size"),
    (json.dumps([{k: v for k, v in PIECE.items() if k != "sku"}]), "wrong at piece #1: sku"),
    (json.dumps([PIECE, {**PIECE, "colour": "Noir"}]), "lists LG-RIV28-SG twice"),
    (json.dumps([{**PIECE, "price": 9800}]), "price"),
])
def test_a_broken_catalogue_is_refused_with_one_sentence_naming_the_file(text, message):
    with pytest.raises(ValidationError) as caught:
        parse_arrivals(text, "spring.json")
    assert "spring.json" in str(caught.value) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def boutique_with(tmp_path, text: str):
    (tmp_path / "spring.json").write_text(text, encoding="utf-8")
    toml = tmp_path / "paris.toml"
    toml.write_text('[boutique]\nboutique_id = "paris"\ndisplay_name = "Paris"\n'
                    '[boutique.outreach]\nnew_arrivals = "spring.json"\n', encoding="utf-8")
    return load_boutique(toml)


def test_the_boutique_file_names_its_own_catalogue_relative_to_itself(tmp_path, session):
    boutique = boutique_with(tmp_path, json.dumps([PIECE]))
    assert boutique.outreach.new_arrivals == str(tmp_path / "spring.json")
    assert [p.sku for p in OutreachService(session.book, boutique).new_arrivals()] == ["LG-RIV28-SG"]
    missing = tmp_path / "other.toml"
    missing.write_text('[boutique]\nboutique_id = "x"\ndisplay_name = "X"\n[boutique.outreach]\n'
                       'new_arrivals = "nowhere.json"\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="new arrivals file nowhere.json does not exist"):
        load_boutique(missing)


def test_the_queue_goes_on_without_a_broken_catalogue_and_says_why(tmp_path, session, add_client, svc):
    boutique = boutique_with(tmp_path, "[{")
    service = OutreachService(session.book, boutique)
    with pytest.raises(ValidationError, match="spring.json is not valid JSON"):
        service.new_arrivals()
    client = add_client(family_name="Dupont", given_name="Héloïse", title="mrs")
    svc.set_consent(client, "email", "granted")
    from clienteling.domain import ImportantDate, build

    svc.save_record(build(ImportantDate, client_id=client, kind="birthday", month=4, day=20))
    q = service.queue(date(2026, 4, 15))
    assert [p.key.split(":")[0] for p in q.prompts] == ["birthday"]
    assert len(q.problems) == 1 and "spring.json is not valid JSON" in q.problems[0]
    assert OutreachService(session.book, DEMO).queue(date(2026, 4, 15)).problems == ()
