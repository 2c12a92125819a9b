"""Fixtures for the dossier and editor tests: a real encrypted book in a temp dir, owned by
its own thread (`executor`), the `tm` the widgets talk to, and `book(fn)` to look inside.

`tests/conftest.py` sets the offscreen platform and an in-memory keyring; these fixtures
use an in-memory secret store of their own, so they need neither.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.domain import Purchase, build
from clienteling.services import BookExecutor, ClientForm, open_session
from clienteling.store import rows


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A question box must never block a test (or its teardown): it answers at once, with no button."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


@pytest.fixture
def executor(tmp_path):
    ex = BookExecutor(lambda: open_session(DEMO, MemoryStore(), home=tmp_path, advisor="Camille"))
    ex.opened.result(timeout=30)
    yield ex
    ex.shutdown()


@pytest.fixture
def tm(executor, qapp):
    from clienteling.ui.taskman import TaskManager

    manager = TaskManager(executor)
    yield manager
    executor.submit(lambda s: None).result(timeout=30)  # let queued work finish before teardown
    qapp.processEvents()


@pytest.fixture
def book(executor):
    """Run `fn(session)` on the book thread and return its result: `book(lambda s: ...)`."""
    return lambda fn: executor.submit(fn).result(timeout=30)


@pytest.fixture
def make_client(book):
    """Create a client from ClientForm fields and return its id: `make_client(family_name="Dupont")`."""
    def make(**fields) -> str:
        client_id, _ = book(lambda s: s.clients.create_client(ClientForm(**fields)))
        return client_id
    return make


@pytest.fixture
def rich_client(book):
    return book(seed_rich_client)


def add_purchase(session, client_id: str, on: date, item: str, category: str, amount: str,
                 currency: str = "EUR", sku: str = "") -> None:
    """Purchases arrive from the point of sale; tests write them straight into the book."""
    purchase = build(Purchase, client_id=client_id, purchased_on=on, item=item, category=category,
                     amount=Decimal(amount), currency=currency, sku=sku, boutique="Paris Saint-Honoré")
    with session.book.transaction() as db:
        rows.write(db.conn, purchase, journaled=False)


def seed_rich_client(s) -> str:
    """A Chinese VIC with family, tastes, sizes, purchases, consent and notes (runs on the book thread)."""
    from clienteling.domain import ImportantDate, Preference, Relation, Size, WishlistItem

    c = s.clients
    cid, _ = c.create_client(ClientForm(
        family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei", title="mr",
        country="CN", preferred_language="zh-Hans", preferred_channel="wechat", tier="vic", city="Shanghai",
        address="上海市静安区南京西路 1266 号", advisor="Camille Laurent",
        phones=[("Mobile", "+86 138 0013 8000"), ("Office", "+33 1 42 68 53 00")],
        emails=[("Personal", "zhang.wei@example.cn")], tags=["collector", "watches", "golf"]))
    save = c.save_record
    save(build(ImportantDate, client_id=cid, kind="birthday", year=1978, month=5, day=14))
    save(build(ImportantDate, client_id=cid, kind="anniversary", label="Wedding anniversary", month=10, day=3))
    wife = build(Relation, client_id=cid, name="李娜 (Li Na)", kind="spouse", notes="Loves silk scarves, no gold.")
    son = build(Relation, client_id=cid, name="Zhang Hao", kind="child", notes="Studies in London.")
    save(wife)
    save(son)
    save(build(ImportantDate, client_id=cid, relation_id=wife.id, kind="birthday", month=3, day=8))
    save(build(Size, client_id=cid, relation_id=wife.id, category="shoe", system="EU", value="37"))
    save(build(Size, client_id=cid, relation_id=wife.id, category="ring", system="EU", value="52"))
    save(build(ImportantDate, client_id=cid, relation_id=son.id, kind="birthday", year=2006, month=9, day=21))
    for cat, value, sentiment in (("colour", "navy", "like"), ("colour", "camel", "like"), ("colour", "orange", "dislike"),
                                  ("material", "calfskin", "like"), ("material", "exotic leathers", "dislike"),
                                  ("line", "Heritage watches", "like"), ("allergy", "nickel", "dislike")):
        save(build(Preference, client_id=cid, category=cat, value=value, sentiment=sentiment))
    for cat, system, value in (("jacket", "IT", "52"), ("shirt", "EU", "41"), ("shoe", "UK", "8.5"),
                               ("belt", "cm", "95")):
        save(build(Size, client_id=cid, category=cat, system=system, value=value))
    save(build(WishlistItem, client_id=cid, description="Perpetual calendar, blue dial", category="watches",
               sku="PC-4021-B", added_on=date(2024, 11, 2)))
    save(build(WishlistItem, client_id=cid, description="Weekender bag in navy calfskin", category="leather_goods",
               added_on=date(2024, 6, 18), status="fulfilled"))
    for on, item, cat, amount in ((date(2025, 1, 12), "Weekender bag, navy calfskin", "leather_goods", "4800"),
                                  (date(2024, 9, 30), "Chronograph, steel, 41 mm", "watches", "18500"),
                                  (date(2024, 5, 14), "Silk scarf, 90 cm (gift for Li Na)", "accessories", "520"),
                                  (date(2023, 12, 20), "Cashmere overcoat", "ready_to_wear", "6200")):
        add_purchase(s, cid, on, item, cat, amount)
    c.set_consent(cid, "wechat", "granted", "In boutique, signed form")
    c.set_consent(cid, "email", "withdrawn", "Unsubscribe link")
    c.add_note(cid, "Came in with his wife before the Shanghai trip. Interested in the perpetual calendar; "
                    "wants to see it in blue. Call when the January allocation arrives.", "conversation")
    c.add_note(cid, "Li Na's birthday 8 March: silk scarf in a cool palette, she dislikes gold.", "gift_idea")
    c.add_note(cid, "Jacket 52 fits well in the shoulders, sleeves need 1 cm shortening.", "style")
    return cid
