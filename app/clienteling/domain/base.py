"""The fields every syncable record carries, and friendly validation errors."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from .errors import ValidationError
from .ids import new_id

M = TypeVar("M", bound=BaseModel)


class Record(BaseModel):
    """A syncable record: `id` made on the device, `rev` from the server, tombstone flag."""

    model_config = ConfigDict(validate_assignment=True, extra="ignore")

    id: str = Field(default_factory=new_id)
    rev: int | None = None
    updated_at: datetime | None = None
    deleted: bool = False


def build(cls: type[M], **data) -> M:
    """Construct a model, turning pydantic's errors into one sentence for an advisor."""
    try:
        return cls(**data)
    except pydantic.ValidationError as exc:
        raise friendly(exc) from None


def friendly(exc: pydantic.ValidationError) -> ValidationError:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int)) or None
    label = (field or "value").replace("_", " ")
    kind = err.get("type", "")
    if kind == "enum":
        allowed = err.get("ctx", {}).get("expected", "")
        msg = f"“{err.get('input')}” is not a valid {label}; choose one of {allowed}."
    elif kind.startswith("date") or kind.startswith("datetime"):
        msg = f"“{err.get('input')}” is not a valid date for {label}."
    elif kind == "missing":
        msg = f"{label.capitalize()} is required."
    else:
        msg = f"{label.capitalize()}: {err.get('msg', 'invalid value')}."
    return ValidationError(msg, field)
