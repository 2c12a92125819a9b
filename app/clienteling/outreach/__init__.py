"""Outreach and aftercare rules: prompts, RFM segments, SLAs, message drafts. Pure code: no Qt, no SQL."""

from .settings import AftercareSettings, OutreachSettings, Segments
from .sla import SlaCheck, SlaState, sla_checks, worst

__all__ = ["AftercareSettings", "OutreachSettings", "Segments", "SlaCheck", "SlaState", "sla_checks", "worst"]
