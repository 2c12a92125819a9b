"""The boutique's outreach and aftercare rules, as its boutique file sets them (defaults below).

In a boutique file they sit under `[boutique.outreach]` and `[boutique.aftercare]`:

    [boutique.outreach]
    frequency_cap_days = 7
    [boutique.outreach.care_every_months]
    leather_goods = 6

    [boutique.aftercare.sla_hours.repair]
    quote_sent = 120      # the quote reaches the client within 5 days of the item being received
    collected = 720
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

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


class OutreachSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    dates_days_ahead: int = Field(default=14, ge=0, le=90)  # birthdays and important dates
    thank_you_after_days: int = Field(default=2, ge=0, le=30)
    check_in_after_days: int = Field(default=30, ge=1, le=365)
    appointment_follow_up_days: int = Field(default=1, ge=0, le=30)
    frequency_cap_days: int = Field(default=7, ge=0, le=365)  # at most one outreach per client in this many days
    care_every_months: dict[ProductCategory, int] = Field(default_factory=lambda: {
        ProductCategory.LEATHER_GOODS: 6, ProductCategory.WATCHES: 48, ProductCategory.JEWELLERY: 12})
    segments: Segments = Field(default_factory=Segments)


class AftercareSettings(BaseModel):
    """`sla_hours[kind][stage]`: the stage must be reached within that many hours of the case opening."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sla_hours: dict[CaseKind, dict[str, float]] = Field(default_factory=lambda: {
        CaseKind.REPAIR: {"sent_to_workshop": 48, "quote_sent": 120, "collected": 24 * 45},
        CaseKind.SERVICE: {"sent_to_workshop": 48, "quote_sent": 240, "collected": 24 * 90},
        CaseKind.ALTERATION: {"collected": 24 * 14},
        CaseKind.CLEANING: {"collected": 24 * 10},
        CaseKind.ENGRAVING: {"collected": 24 * 21},
        CaseKind.BESPOKE: {"design_proposal": 24 * 14, "delivered": 24 * 120},
    })
    warn_fraction: float = Field(default=0.8, gt=0, le=1)  # "nearly breached" past this share of the time

    @field_validator("sla_hours")
    @classmethod
    def _stages(cls, v: dict[CaseKind, dict[str, float]]) -> dict[CaseKind, dict[str, float]]:
        for kind, stages in v.items():
            for stage, hours in stages.items():
                if stage not in STAGES[kind]:
                    raise ValueError(f"{stage} is not a stage of a {kind.value} case "
                                     f"(its stages: {', '.join(STAGES[kind])})")
                if hours <= 0:
                    raise ValueError(f"the time allowed for {kind.value} {stage} must be more than 0 hours")
        return v
