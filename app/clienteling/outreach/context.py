"""The day the rules run for, the boutique's settings, and how dates are written: one small value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .settings import AftercareSettings, OutreachSettings
from .wording import DayWriter


@dataclass(frozen=True)
class RuleContext:
    """`today` is the boutique's day; `now` the moment SLAs are checked at (aware)."""

    today: date
    now: datetime
    zone: tzinfo
    settings: OutreachSettings = field(default_factory=OutreachSettings)
    aftercare: AftercareSettings = field(default_factory=AftercareSettings)
    locale: str = "en"

    @classmethod
    def on(cls, today: date, zone: str | tzinfo = "Europe/Paris", now: datetime | None = None, **kw) -> RuleContext:
        """The context of `today`; `now` defaults to noon that day in the zone (deterministic)."""
        tz = ZoneInfo(zone) if isinstance(zone, str) else zone
        when = now or datetime.combine(today, time(12), tz).astimezone(timezone.utc)
        return cls(today=today, now=when, zone=tz, **kw)

    @property
    def day(self) -> DayWriter:
        writer = self.__dict__.get("_day")
        if writer is None:
            writer = DayWriter(self.locale, self.today)
            object.__setattr__(self, "_day", writer)
        return writer

    def local_day(self, ts: datetime, zone: str = "") -> date:
        """The boutique's day (or `zone`'s, when this computer knows it) at the aware moment `ts`."""
        tz = self.zone
        if zone and zone != getattr(tz, "key", ""):
            try:
                tz = _zone(zone)
            except (ZoneInfoNotFoundError, ValueError):
                tz = self.zone
        return ts.astimezone(tz).date()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_shown", (self.today - timedelta(days=self.settings.late_days),
                                            self.today + timedelta(days=self.settings.lead_days)))

    @property
    def shown_span(self) -> tuple[date, date]:
        """The due days a scheduled prompt shown today may have: `late_days` ago to `lead_days` ahead."""
        return self._shown

    def shown(self, due: date) -> bool:
        """Whether a scheduled prompt due on `due` is in the queue today: from `lead_days` before
        its day to `late_days` after it."""
        first, last = self._shown
        return first <= due <= last


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
