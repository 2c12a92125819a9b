"""Words for the Insights view: RFM segments and aftercare stages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Insights", text)


def segment(code: str) -> str:
    return {"core": _t("Core"), "potential": _t("Potential"), "new": _t("New"), "at_risk": _t("At risk"),
            "dormant": _t("Dormant"), "none": _t("Never bought")}.get(code, code)


def stage(code: str) -> str:
    return {"received": _t("Received"), "sent_to_workshop": _t("Sent to workshop"), "quote_sent": _t("Quote sent"),
            "approved": _t("Approved"), "in_progress": _t("In progress"),
            "back_in_boutique": _t("Back in boutique"), "collected": _t("Collected"), "fitting": _t("Fitting"),
            "brief": _t("Brief"), "design_proposal": _t("Design proposal"),
            "client_confirmation": _t("Client confirmation"), "production": _t("Production"),
            "delivered": _t("Delivered")}.get(code, code)
