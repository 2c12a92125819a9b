"""Client use cases the UI calls: find, read, create, edit, note. Each returns what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import (Client, Consent, Contact, Dossier, ImportantDate, Note, Preference, Record,
                      Relation, Size, Tag, WishlistItem, build)
from ..domain.dossier import ClientRow
from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.validation import parse_email, parse_phone
from ..domain.vocab import NoteKind
from ..store import Book
from ..store import clients as repo
from ..store import rows, search
from .changes import Changes

EDITABLE = (Preference, Size, WishlistItem, ImportantDate, Relation, Consent)


@dataclass
class ClientForm:
    """What the advisor typed in the client editor, before validation."""

    family_name: str = ""
    given_name: str = ""
    family_name_latin: str = ""
    given_name_latin: str = ""
    title: str = ""
    country: str = ""
    preferred_language: str = "en"
    preferred_channel: str = "email"
    tier: str = "client"
    advisor: str = ""
    address: str = ""
    city: str = ""
    do_not_contact: bool = False
    do_not_contact_reason: str = ""
    quiet_until: date | None = None  # a quiet period: no outreach before this day
    quiet_reason: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, as typed)
    emails: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @classmethod
    def from_dossier(cls, d: Dossier) -> "ClientForm":
        c = d.client
        return cls(
            family_name=c.family_name, given_name=c.given_name, family_name_latin=c.family_name_latin,
            given_name_latin=c.given_name_latin, title=c.title.value, country=c.country,
            preferred_language=c.preferred_language, preferred_channel=c.preferred_channel.value,
            tier=c.tier.value, advisor=c.advisor, address=c.address, city=c.city,
            do_not_contact=c.do_not_contact, do_not_contact_reason=c.do_not_contact_reason,
            quiet_until=c.quiet_until, quiet_reason=c.quiet_reason,
            phones=[(p.label, p.display) for p in d.phones], emails=[(e.label, e.value) for e in d.emails],
            tags=[t.tag for t in d.tags],
        )


class ClientService:
    def __init__(self, book: Book, advisor: str = ""):
        self.book = book
        self.advisor = advisor

    # -- reading -------------------------------------------------------------------------
    def list_rows(self) -> list[ClientRow]:
        return repo.list_rows(self.book.conn)

    def search(self, query: str, limit: int = 200) -> list[ClientRow]:
        return search.search(self.book.conn, query, limit)

    def row(self, client_id: str) -> ClientRow | None:
        return repo.row(self.book.conn, client_id)

    def count(self) -> int:
        return repo.count(self.book.conn)

    def dossier(self, client_id: str) -> Dossier:
        return repo.dossier(self.book.conn, client_id)

    # -- the client ----------------------------------------------------------------------
    def create_client(self, form: ClientForm) -> tuple[str, Changes]:
        client, contacts, tags = self._validate(form, None)
        client.created_at = utc_now()
        with self.book.transaction() as db:
            repo.save_client(db.conn, client, contacts, tags)
        return client.id, Changes(clients=frozenset({client.id}), added=frozenset({client.id}))

    def update_client(self, client_id: str, form: ClientForm) -> Changes:
        current = self.dossier(client_id)
        client, contacts, tags = self._validate(form, current)
        with self.book.transaction() as db:
            changed = repo.save_client(db.conn, client, contacts, tags)
        return Changes.client(client_id) if changed else Changes()

    def set_field(self, client_id: str, field_name: str, value) -> Changes:
        """Change one field of the client (tier, advisor, do-not-contact...)."""
        if field_name not in Client.model_fields or field_name in ("id", "rev", "updated_at", "deleted"):
            raise ValidationError(f"“{field_name}” cannot be edited.", field_name)
        with self.book.transaction() as db:
            client = repo.get_client(db.conn, client_id)
            data = client.model_dump()
            data[field_name] = value
            updated = build(Client, **data)
            changed = repo.save_client(db.conn, updated)
        return Changes.client(client_id) if changed else Changes()

    def delete_client(self, client_id: str) -> Changes:
        with self.book.transaction() as db:
            repo.delete_client(db.conn, client_id)
        return Changes(removed=frozenset({client_id}))

    def _validate(self, form: ClientForm, current: Dossier | None):
        base = current.client.model_dump() if current else {}
        fields = {k: getattr(form, k) for k in (
            "family_name", "given_name", "family_name_latin", "given_name_latin", "title", "country",
            "preferred_language", "preferred_channel", "tier", "advisor", "address", "city",
            "do_not_contact", "do_not_contact_reason", "quiet_until", "quiet_reason")}
        if not fields["advisor"] and not current:
            fields["advisor"] = self.advisor
        client = build(Client, **{**base, **fields})
        old_contacts = {(c.kind, c.value): c for c in current.contacts} if current else {}
        contacts: list[Contact] = []
        seen: set[tuple[str, str]] = set()
        for kind, entries in (("phone", form.phones), ("email", form.emails)):
            for i, (label, raw) in enumerate(entries):
                if not (raw or "").strip():
                    continue
                try:
                    value = parse_phone(raw, client.country) if kind == "phone" else parse_email(raw)
                except ValidationError as exc:
                    raise ValidationError(str(exc), f"{kind}s[{i}]") from None
                if (kind, value) in seen:
                    continue
                seen.add((kind, value))
                old = old_contacts.get((kind, value))
                data = {"client_id": client.id, "kind": kind, "label": (label or "").strip()[:60],
                        "value": value, "is_primary": not any(c.kind == kind for c in contacts)}
                contacts.append(build(Contact, **({**old.model_dump(), **data} if old else data)))
        old_tags = {t.tag.casefold(): t for t in current.tags} if current else {}
        tags: list[Tag] = []
        for raw in form.tags:
            if not (raw or "").strip():
                continue
            tag = build(Tag, client_id=client.id, tag=raw)
            if tag.tag.casefold() in {t.tag.casefold() for t in tags}:
                continue
            tags.append(old_tags.get(tag.tag.casefold(), tag))
        return client, contacts, tags

    # -- notes ---------------------------------------------------------------------------
    def add_note(self, client_id: str, body: str, kind: str = NoteKind.CONVERSATION) -> tuple[Note, Changes]:
        note = build(Note, client_id=client_id, body=body, kind=kind, created_at=utc_now(),
                     author=self.advisor)
        with self.book.transaction() as db:
            repo.get_client(db.conn, client_id)
            repo.save_note(db.conn, note)
        return note, Changes.client(client_id)

    def edit_note(self, note_id: str, body: str, kind: str | None = None) -> Changes:
        with self.book.transaction() as db:
            note = rows.get(db.conn, Note, note_id)
            updated = build(Note, **{**note.model_dump(), "body": body, "kind": kind or note.kind})
            repo.save_note(db.conn, updated)
        return Changes.client(note.client_id)

    def delete_note(self, note_id: str) -> Changes:
        with self.book.transaction() as db:
            client_id = repo.delete_note(db.conn, note_id)
        return Changes.client(client_id)

    # -- preferences, sizes, wishlist, dates, relations, consents ---------------------------
    def save_record(self, record: Record) -> Changes:
        if not isinstance(record, EDITABLE):
            raise ValidationError("This kind of record cannot be edited on this device.")
        with self.book.transaction() as db:
            repo.get_client(db.conn, record.client_id)
            if getattr(record, "relation_id", None):
                relation = rows.get(db.conn, Relation, record.relation_id)
                if relation.client_id != record.client_id:
                    raise ValidationError("That person belongs to another client.", "relation_id")
            rows.write(db.conn, record)
        return Changes.client(record.client_id)

    def delete_record(self, cls: type[Record], record_id: str) -> Changes:
        if cls not in EDITABLE:
            raise ValidationError("This kind of record cannot be deleted on this device.")
        with self.book.transaction() as db:
            client_id = repo.delete_record(db.conn, cls, record_id)
        return Changes.client(client_id)

    def set_consent(self, client_id: str, channel: str, status: str, source: str = "") -> Changes:
        """Record consent for one channel (granted / withdrawn), when and where it was given."""
        data = {"client_id": client_id, "channel": channel, "status": status, "at": utc_now(), "source": source}
        consent = build(Consent, **data)  # an unknown channel or status gets a sentence, not a ValueError
        with self.book.transaction() as db:
            repo.get_client(db.conn, client_id)
            existing = repo.consent_for(db.conn, client_id, consent.channel)
            if existing:
                consent = build(Consent, **{**existing.model_dump(), **data})
            rows.write(db.conn, consent)
        return Changes.client(client_id)

    def get_record(self, cls: type[Record], record_id: str) -> Record:
        return rows.get(self.book.conn, cls, record_id)
