"""The wire format of the central profile API, as the desktop reads and writes it.

A mirror of the contract (`profile_server/openapi.json`), written from it: the desktop
depends on the contract, never on the server's code. Requests refuse unknown fields;
answers ignore fields a newer server may add.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from typing_extensions import NotRequired, TypedDict

Status = Literal["applied", "conflict", "rejected", "duplicate", "erased"]
MAX_BATCH = 200


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TokenRequest(Request):
    boutique_id: str = Field(min_length=1, max_length=64)
    login: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024, repr=False)


class TokenResponse(Answer):
    access_token: str = Field(repr=False)
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    advisor: str
    boutique_id: str


class Mutation(Request):
    seq: int = Field(ge=0)
    mutation_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(max_length=64)
    entity_id: str = Field(max_length=64)
    op: Literal["upsert", "delete"]
    patch: dict[str, Any] = Field(default_factory=dict)
    base_revs: dict[str, int | None] = Field(default_factory=dict)


class PushRequest(Request):
    device_id: str = Field(min_length=1, max_length=64)
    mutations: list[Mutation] = Field(max_length=MAX_BATCH)


class Conflict(Answer):
    field: str
    server_value: Any = None
    server_rev: int | None = None


class MutationResult(Answer):
    mutation_id: str
    seq: int
    status: Status
    revs: dict[str, int] = Field(default_factory=dict)
    conflicts: list[Conflict] = Field(default_factory=list)
    message: str | None = None
    first_status: Status | None = None


class PushResponse(Answer):
    results: list[MutationResult]
    last_seq: int


class Change(TypedDict):
    """One pulled change, read as a plain dict (a page holds hundreds; the store wants dicts).
    Unknown keys are dropped; `fields` and `revs` are {} when absent."""

    __pydantic_config__ = ConfigDict(extra="ignore")  # type: ignore[misc]
    entity: str
    entity_id: str
    change_no: int
    deleted: bool
    erased: bool
    fields: NotRequired[dict[str, Any]]
    revs: NotRequired[dict[str, int]]


class ChangesPage(Answer):
    changes: list[Change]
    next_cursor: str
    has_more: bool

    @model_validator(mode="after")
    def _complete(self) -> "ChangesPage":
        for change in self.changes:
            change.setdefault("fields", {})
            change.setdefault("revs", {})
        return self


class EraseResponse(Answer):
    client_id: str
    erased: Literal[True] = True
    records_erased: int
