"""Outreach and aftercare rules: prompts, RFM segments, SLAs, message drafts. Pure code: no Qt, no SQL."""

from .catalogue import Arrival, parse_arrivals
from .context import RuleContext
from .prompt import Draft, DraftContext, Prompt, Segment, Suppression
from .queue import TodayQueue, WeekStats
from .rules import all_prompts
from .segments import segment_of
from .settings import AftercareSettings, OutreachSettings, Segments
from .sla import SlaCheck, SlaState, sla_checks, worst

__all__ = ["Draft", "DraftContext", "Prompt", "Segment", "Suppression", "AftercareSettings", "OutreachSettings",
           "Segments", "SlaCheck", "SlaState", "sla_checks", "worst", "Arrival", "parse_arrivals", "RuleContext",
           "TodayQueue", "WeekStats", "all_prompts", "segment_of"]
