"""Outreach and aftercare rules: prompts, RFM segments, SLAs, message drafts. Pure code: no Qt, no SQL."""

from .prompt import Draft, DraftContext, Prompt, Segment, Suppression
from .settings import AftercareSettings, OutreachSettings, Segments
from .sla import SlaCheck, SlaState, sla_checks, worst

__all__ = ["Draft", "DraftContext", "Prompt", "Segment", "Suppression", "AftercareSettings", "OutreachSettings", "Segments", "SlaCheck", "SlaState", "sla_checks", "worst"]
