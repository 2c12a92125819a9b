"""Words for the Insights view: RFM segments and aftercare stages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


def segment(code: str) -> str:
    return {"core": translate("Insights", "Core"), "potential": translate("Insights", "Potential"),
            "new": translate("Insights", "New"), "at_risk": translate("Insights", "At risk"),
            "dormant": translate("Insights", "Dormant"), "none": translate("Insights", "Never bought")}.get(code, code)


def stage(code: str) -> str:
    return {"received": translate("Insights", "Received"),
            "sent_to_workshop": translate("Insights", "Sent to workshop"),
            "quote_sent": translate("Insights", "Quote sent"), "approved": translate("Insights", "Approved"),
            "in_progress": translate("Insights", "In progress"),
            "back_in_boutique": translate("Insights", "Back in boutique"),
            "collected": translate("Insights", "Collected"), "fitting": translate("Insights", "Fitting"),
            "brief": translate("Insights", "Brief"),
            "design_proposal": translate("Insights", "Design proposal"),
            "client_confirmation": translate("Insights", "Client confirmation"),
            "production": translate("Insights", "Production"), "delivered": translate("Insights", "Delivered")}.get(code, code)
