"""Words for the Insights view: RFM segments and aftercare stages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .dossier_cases import stage_label

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


def segment(code: str) -> str:
    return {"core": translate("Insights", "Core"), "potential": translate("Insights", "Potential"),
            "new": translate("Insights", "New"), "at_risk": translate("Insights", "At risk"),
            "dormant": translate("Insights", "Dormant"), "none": translate("Insights", "Never bought")}.get(code, code)


def stage(code: str) -> str:
    return stage_label(code)
