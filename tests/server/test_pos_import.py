"""Point-of-sale CSV import: row-by-row report, all or nothing, idempotent, pulled by devices."""

from __future__ import annotations

from profile_server.pos_import import import_csv, purchase_id

from .conftest import new_id

HEADER = "receipt_line_id,client_id,purchased_on,item,category,sku,amount,currency,boutique\n"


def _import(api, text: str, boutique: str = "paris"):
    conn = api.conn()
    try:
        return import_csv(conn, boutique, text.encode(), api.clock.now)
    finally:
        conn.close()


def _valid(c1: str, c2: str) -> str:
    return (HEADER
            + f"R1-1,{c1},2025-03-14,Kelly 28 bag,leather_goods,KL28-NOIR,9850.00,EUR,Paris Faubourg\n"
            + f'R1-2,{c1},2025-03-14,"Scarf, silk twill",accessories,,450,EUR,Paris Faubourg\n'
            + f"R2-1,{c2},2025-04-01,Santos watch,watches,WSSA0018,7300.50,CNY,上海恒隆\n")


def test_a_valid_file_is_imported_and_pulled_by_devices(api):
    dev = api.device()
    c1, c2 = dev.new_client(), dev.new_client(family_name="王")
    cursor = api.pull(dev.token)["next_cursor"]
    report = _import(api, _valid(c1, c2))
    assert report.ok and report.imported == 3 and report.skipped == []
    assert report.text().endswith("Imported 3 purchase(s); skipped 0.")
    changes = api.pull(dev.token, cursor)["changes"]
    assert [c["entity"] for c in changes] == ["purchase"] * 3
    assert [c["change_no"] for c in changes] == [3, 4, 5]
    first = changes[0]
    assert first["entity_id"] == purchase_id("paris", "R1-1")
    assert first["fields"] == {"client_id": c1, "purchased_on": "2025-03-14", "item": "Kelly 28 bag",
                               "category": "leather_goods", "sku": "KL28-NOIR", "amount": "9850.00",
                               "currency": "EUR", "boutique": "Paris Faubourg"}
    assert changes[1]["fields"]["item"] == "Scarf, silk twill" and changes[2]["fields"]["boutique"] == "上海恒隆"
    # read-only for devices
    [r] = dev.push(dev.mut("purchase", first["entity_id"], {"amount": "1.00"}, base_revs={"amount": 99}))
    assert r["status"] == "rejected"


def test_reimport_changes_nothing(api):
    dev = api.device()
    c1, c2 = dev.new_client(), dev.new_client()
    assert _import(api, _valid(c1, c2)).imported == 3
    before = api.snapshot()
    report = _import(api, _valid(c1, c2))
    assert report.ok and report.imported == 0
    assert [n for n, _ in report.skipped] == [2, 3, 4]
    assert all("imported before" in why for _, why in report.skipped)
    assert api.snapshot() == before


def test_an_invalid_file_imports_nothing_and_reports_every_line(api):
    dev = api.device()
    c1 = dev.new_client()
    milan_client = api.device("marco").new_client(family_name="Rossi")
    text = (HEADER
            + f"OK-1,{c1},2025-03-14,Bag,leather_goods,SKU,100.00,EUR,Paris\n"                 # 2 fine
            + f"B-1,{c1},14/03/2025,Bag,leather_goods,SKU,100.00,EUR,Paris\n"                 # 3 date
            + f"B-2,{c1},2025-03-14,Bag,handbags,SKU,100.00,EUR,Paris\n"                      # 4 category
            + f'B-3,{c1},2025-03-14,Bag,shoes,SKU,"1,250.00",EUR,Paris\n'                     # 5 amount
            + f"B-4,{c1},2025-03-14,Bag,shoes,SKU,12.5,EURO,Paris\n"                          # 6 currency
            + f"B-5,{new_id()},2025-03-14,Bag,shoes,SKU,12.5,EUR,Paris\n"                     # 7 unknown client
            + f"B-6,{milan_client},2025-03-14,Bag,shoes,SKU,12.5,EUR,Milano\n"                # 8 other boutique
            + f"B-7,{c1},2025-03-14,Bag\n"                                                    # 9 columns
            + f",not-a-client,2025-02-30,,jewellery,,abc,usd,\n"                              # 10 many
            + f"OK-1,{c1},2025-03-14,Bag,leather_goods,SKU,999.00,EUR,Paris\n")               # 11 dup id
    before = api.snapshot()
    report = _import(api, text)
    assert not report.ok and report.imported == 0
    lines = [n for n, _ in report.errors]
    assert sorted(set(lines)) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    reasons = dict(report.errors)
    assert "not a date" in reasons[3] and "handbags" in reasons[4] and "decimal" in reasons[5]
    assert "ISO 4217" in reasons[6] and "not known" in reasons[7] and "another boutique" in reasons[8]
    assert "number of columns" in reasons[9] and "also on line 2" in reasons[11]
    assert lines.count(10) == 7  # receipt id, client id, date, item, amount, currency, boutique
    assert "line 3: purchased_on “14/03/2025” is not a date YYYY-MM-DD" in report.text()
    assert report.text().endswith("Nothing imported: 9 line(s) to fix, 15 problem(s).")
    assert api.snapshot() == before


def test_missing_columns_and_other_checks(api):
    dev = api.device()
    c1 = dev.new_client()
    report = _import(api, "receipt_line_id,client_id,item\nR1,x,y\n")
    assert report.errors == [(1, "the header lacks the column(s) purchased_on, category, sku, amount, currency,"
                                 " boutique")]
    repeated = HEADER + f"R1,{c1},2025-03-14,Bag,shoes,,1,EUR,Paris\n" * 2
    report = _import(api, repeated)
    assert report.ok and report.imported == 1 and report.skipped == [(3, "repeats line 2")]
    report = _import(api, HEADER + f"R9,{c1},2025-03-14,Bag,shoes,,1,EUR,Paris\n", boutique="nowhere")
    assert not report.ok and "no boutique" in report.errors[0][1]
    conn = api.conn()
    try:
        assert not import_csv(conn, "paris", b"\xff\xfe\x00bad", api.clock.now).ok
    finally:
        conn.close()


def test_purchases_of_an_erased_client_are_skipped(api):
    dev = api.device()
    c1, c2 = dev.new_client(), dev.new_client()
    api.client.post(f"/v1/clients/{c1}/erase", headers=api.auth(dev.token))
    report = _import(api, _valid(c1, c2))
    assert report.ok and report.imported == 1
    assert [why for _, why in report.skipped] == ["the client's data was erased"] * 2
