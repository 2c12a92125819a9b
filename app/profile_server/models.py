"""Wire models: these are the contract (openapi.json is generated from them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["applied", "conflict", "rejected", "duplicate", "erased"]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(BaseModel):
    """Every error answer: one sentence a person can read."""

    detail: str
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="For 422: where the request was malformed (loc, msg, type).")


class TokenRequest(Wire):
    boutique_id: str = Field(min_length=1, max_length=64, examples=["paris"])
    login: str = Field(min_length=1, max_length=128, examples=["alice"])
    password: str = Field(min_length=1, max_length=1024)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    advisor: str = Field(description="The advisor's login.")
    boutique_id: str


class Mutation(Wire):
    """One row of the device's outbox."""

    seq: int = Field(ge=0, description="The device's outbox sequence number; increases per device.")
    mutation_id: str = Field(min_length=1, max_length=64, description="Unique per mutation (UUID made on the device).")
    entity: str = Field(max_length=64, description="Table name: client, contact, client_tag, important_date, "
                                                   "relation, preference, size, wishlist_item, purchase, consent, note.")
    entity_id: str = Field(max_length=64, description="The record's UUID, made on the device.")
    op: Literal["upsert", "delete"]
    patch: dict[str, Any] = Field(default_factory=dict,
                                  description="Changed fields and their new values (upsert). `deleted: false` revives.")
    base_revs: dict[str, int | None] = Field(
        default_factory=dict,
        description="Per patched field, the server revision the edit was based on (null = never synced). "
                    "A record-level revision (the change_no last pulled) works too.")


class PushRequest(Wire):
    device_id: str = Field(min_length=1, max_length=64)
    mutations: list[Mutation] = Field(description="In seq order; at most 200 (more -> 413).")


class Conflict(BaseModel):
    field: str
    server_value: Any
    server_rev: int | None


class MutationResult(BaseModel):
    mutation_id: str
    seq: int
    status: Status
    revs: dict[str, int] = Field(default_factory=dict, description="New (or current) revision per patched field.")
    conflicts: list[Conflict] = Field(default_factory=list)
    message: str | None = None
    first_status: Status | None = Field(
        default=None, description="For a duplicate: the status the mutation got when it was first processed.")


class PushResponse(BaseModel):
    results: list[MutationResult]
    last_seq: int = Field(description="The highest seq of this device the server has processed.")


class Change(BaseModel):
    entity: str
    entity_id: str
    change_no: int
    deleted: bool
    erased: bool
    fields: dict[str, Any] = Field(description="The record's current fields (empty for a tombstone).")
    revs: dict[str, int] = Field(description="Revision of each field (the change number that last set it).")


class ChangesPage(BaseModel):
    changes: list[Change]
    next_cursor: str = Field(description="Opaque; pass it back as `cursor` for the next page.")
    has_more: bool


class EraseResponse(BaseModel):
    client_id: str
    erased: Literal[True] = True
    records_erased: int = Field(description="The client and its child records now erased (0 if already erased).")
