"""The boutique's outreach and aftercare rules, as its boutique file sets them (defaults below).

In a boutique file they sit under `[boutique.outreach]` and `[boutique.aftercare]`:

    [boutique.outreach]
    frequency_cap_days = 7
    new_arrivals = "catalogue/new_arrivals.json"   # relative to the boutique file
    [boutique.outreach.care_every_months]
    leather_goods = 6
    [boutique.outreach.segments]
    dormant_days = 540

    [boutique.aftercare.sla_hours.repair]   # only what differs from the defaults (DEFAULT_SLA_HOURS)
    quote_sent = 72       # the quote reaches the client within 3 days of the item being received
    collected = 0         # no SLA for the collection
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..domain.aftercare import STAGES
from ..domain.vocab import CaseKind, ProductCategory


class Segments(BaseModel):
    """RFM thresholds: recency in days since the last purchase, frequency and spend over `window_days`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    window_days: int = Field(default=730, ge=30, le=3650)
    new_days: int = Field(default=90, ge=1)  # first purchase this recent: new
    core_recency_days: int = Field(default=180, ge=1)
    core_frequency: int = Field(default=4, ge=1)
    core_spend: float = Field(default=20_000, ge=0)  # in the boutique's currency
    at_risk_days: int = Field(default=365, ge=1)  # no purchase for this long: at risk
    dormant_days: int = Field(default=730, ge=1)  # no purchase for this long: dormant

    @model_validator(mode="after")
    def _order(self) -> Segments:
        if not self.at_risk_days <= self.dormant_days:
            raise ValueError(f"at_risk_days ({self.at_risk_days}) must not be more than dormant_days "
                             f"({self.dormant_days})")
        return self


class OutreachSettings(BaseModel):
    """When each rule speaks up. A scheduled prompt (thank-you, check-in, care, follow-up, welcome)
    shows from `lead_days` before its due day to `late_days` after it, then lapses; a date
    (birthday, anniversary) shows from `dates_days_ahead` before it; a gift for someone the client
    buys for is due `gift_lead_days` before the day and lapses on the day itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dates_days_ahead: int = Field(default=14, ge=0, le=90)  # birthdays and important dates
    thank_you_after_days: int = Field(default=2, ge=0, le=30)
    check_in_after_days: int = Field(default=30, ge=1, le=365)
    appointment_follow_up_days: int = Field(default=1, ge=0, le=30)
    frequency_cap_days: int = Field(default=7, ge=0, le=365)  # at most one outreach per client in this many days
    care_every_months: dict[ProductCategory, int] = Field(default_factory=lambda: {
        ProductCategory.LEATHER_GOODS: 6, ProductCategory.WATCHES: 48, ProductCategory.JEWELLERY: 12})
    segments: Segments = Field(default_factory=Segments)
    lead_days: int = Field(default=3, ge=0, le=60)
    late_days: int = Field(default=7, ge=0, le=90)
    gift_lead_days: int = Field(default=7, ge=0, le=60)
    quote_chase_days: int = Field(default=3, ge=0, le=60)  # a quote or design proposal unanswered this long
    welcome_after_days: int = Field(default=7, ge=0, le=90)  # a new client's welcome, after the first purchase
    recall_min_spend: float = Field(default=5_000, ge=0)  # at-risk and dormant clients worth a recall
    new_arrival_days: int = Field(default=30, ge=1, le=365)  # a new piece answers a wish this long
    new_arrivals: str = ""  # a JSON catalogue file; "" = resources/catalogue/new_arrivals.json

    @field_validator("care_every_months")
    @classmethod
    def _months(cls, v: dict[ProductCategory, int]) -> dict[ProductCategory, int]:
        for category, months in v.items():
            if not 1 <= months <= 240:
                raise ValueError(f"care of {category.value} every {months} months: use 1 to 240 months")
        return v

    @field_validator("new_arrivals")
    @classmethod
    def _catalogue(cls, v: str, info: ValidationInfo) -> str:
        """Relative to the boutique file when read from one (and then it must exist)."""
        base = (info.context or {}).get("base_dir")
        if not v or base is None:
            return v
        path = (Path(base) / Path(v).expanduser()).resolve()
        if not path.is_file():
            raise ValueError(f"the new arrivals file {v} does not exist (looked for {path})")
        return str(path)


DEFAULT_SLA_HOURS: dict[CaseKind, dict[str, float]] = {
    CaseKind.REPAIR: {"sent_to_workshop": 48, "quote_sent": 120, "collected": 24 * 45},
    CaseKind.SERVICE: {"sent_to_workshop": 48, "quote_sent": 240, "collected": 24 * 90},
    CaseKind.ALTERATION: {"collected": 24 * 14},
    CaseKind.CLEANING: {"collected": 24 * 10},
    CaseKind.ENGRAVING: {"collected": 24 * 21},
    CaseKind.BESPOKE: {"design_proposal": 24 * 14, "delivered": 24 * 120},
}


class AftercareSettings(BaseModel):
    """`sla_hours[kind][stage]`: the stage must be reached within that many hours of the case opening.

    A boutique file changes only what it names: its hours replace the default of that kind and
    stage, the other defaults stay (`DEFAULT_SLA_HOURS`); 0 hours removes an SLA.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    sla_hours: dict[CaseKind, dict[str, float]] = Field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_SLA_HOURS.items()})
    warn_fraction: float = Field(default=0.8, gt=0, le=1)  # "nearly breached" past this share of the time

    @field_validator("sla_hours")
    @classmethod
    def _stages(cls, v: dict[CaseKind, dict[str, float]]) -> dict[CaseKind, dict[str, float]]:
        merged = {k: dict(stages) for k, stages in DEFAULT_SLA_HOURS.items()}
        for kind, stages in v.items():
            for stage, hours in stages.items():
                if stage not in STAGES[kind]:
                    raise ValueError(f"{stage} is not a stage of a {kind.value} case "
                                     f"(its stages: {', '.join(STAGES[kind])})")
                if hours < 0:
                    raise ValueError(f"the time allowed for {kind.value} {stage} must be 0 (no SLA) or more hours")
                if hours == 0:
                    merged.setdefault(kind, {}).pop(stage, None)
                else:
                    merged.setdefault(kind, {})[stage] = hours
        return merged
