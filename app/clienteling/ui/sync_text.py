"""What sync says to the advisor, in their language, built from the facts the services return.

`services/sync.py` returns facts, not sentences: a `SyncReport` counts what a sync did, a
`SyncStatus` says where the book stands, and a failure carries a `reason` code and `details`
(host, HTTP code, seconds to wait, ...). This module words them through Qt's translation
(context "SyncText"). An error whose reason it does not know keeps its own sentence.
"""

from __future__ import annotations

import copy
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal arguments


class SyncText(QObject):
    """The sentences with a count, in the same "SyncText" context: pyside6-lupdate (6.11) marks a
    plural only in `self.tr(text, disambiguation, n)`, not in `translate(context, text, …, n)`."""

    def sent(self, n: int) -> str:
        return self.tr("Sent %n change(s)", "", n)

    def received(self, n: int) -> str:
        return self.tr("received %n", "changes a sync received", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflict(s) to resolve.", "", n)

    def rejected(self, n: int) -> str:
        return self.tr("%n change(s) refused by the server (see the list).", "", n)

    def busy(self, n: int) -> str:
        return self.tr("The server is busy. Your changes are kept on this laptop; try Sync again in %n second(s).",
                       "", n)


def _counted() -> SyncText:
    global _COUNTED
    if _COUNTED is None:
        _COUNTED = SyncText()
    return _COUNTED


_COUNTED: SyncText | None = None


def summary(report) -> str:
    """How a sync ended: "Sent 3 change(s), received 12. 1 conflict(s) to resolve."."""
    counted = _counted()
    parts = [translate("SyncText", "%1, %2.", "a sync's summary: what was sent, what was received")
             .replace("%1", counted.sent(report.pushed)).replace("%2", counted.received(report.pulled))]
    if report.conflicts:
        parts.append(counted.conflicts(report.conflicts))
    if report.rejected:
        parts.append(counted.rejected(report.rejected))
    if report.cancelled:
        parts.append(translate("SyncText", "Stopped before the end; the next sync carries on."))
    return " ".join(parts)


def last_error(status) -> str:
    """The sentence the last failed sync ended with ("" when the last one went well)."""
    if not status.last_error:
        return ""
    host = urlsplit(status.server_url).hostname or status.server_url if status.server_url else ""
    return reason_text(status.last_error_reason, {"host": host, "url": status.server_url}) or status.last_error


def localized(exc: BaseException) -> BaseException:
    """The same error (class, `reason`, `details`, field) with its sentence in the advisor's language."""
    text = reason_text(getattr(exc, "reason", None), getattr(exc, "details", None) or {})
    if text is None or text == str(exc):
        return exc
    worded = copy.copy(exc)
    worded.args = (text,)
    return worded


def reason_text(reason: str | None, details: dict) -> str | None:
    """The advisor's sentence for a sync failure's `reason`; None for a reason not known here."""
    host, url = details.get("host") or "", details.get("url") or ""
    code, wait_s = details.get("code"), details.get("wait_s")
    if reason == "offline":
        return translate("SyncText", "This laptop seems to be offline: %1 cannot be reached. Your changes are kept "
                                     "on this laptop; sync when you are back online.").replace("%1", host)
    if reason == "down":
        return translate("SyncText", "The sync server at %1 is not answering (it may be down). Your changes are "
                                     "kept on this laptop; try again later.").replace("%1", host)
    if reason == "timeout":
        return translate("SyncText", "The server took too long to answer. Your changes are kept on this laptop; "
                                     "try Sync again in a moment.")
    if reason == "dropped":
        return translate("SyncText", "The connection to the server broke off before it answered. Your changes "
                                     "are kept on this laptop; try Sync again.")
    if reason == "malformed":
        return translate("SyncText", "The server's answer could not be read (it was cut off or malformed). Your "
                                     "changes are kept on this laptop; try Sync again.")
    if reason == "busy" and details.get("signing_in"):
        return translate("SyncText", "Too many sign-in attempts. Wait a minute and try again.")
    if reason == "busy" and wait_s:
        return _counted().busy(int(wait_s))
    if reason == "busy":
        return translate("SyncText", "The server is busy. Your changes are kept on this laptop; try Sync again "
                                     "in a minute.")
    if reason == "server_error" and code:
        return translate("SyncText", "The server had a problem (error %1). Your changes are kept on this laptop; "
                                     "try Sync again later.").replace("%1", str(code))
    if reason == "server_error":
        return translate("SyncText", "The server had a problem. Your changes are kept on this laptop; try Sync "
                                     "again later.")
    if reason == "unexpected" and code:
        return translate("SyncText", "The server gave an unexpected answer (HTTP %1). Your changes are kept on "
                                     "this laptop.").replace("%1", str(code))
    if reason == "unexpected":
        return translate("SyncText", "The server gave an unexpected answer. Your changes are kept on this laptop.")
    if reason == "too_large":
        return translate("SyncText", "The server refused the changes as too large. Your changes are kept on this "
                                     "laptop.")
    if reason == "refused":
        return translate("SyncText", "The server could not accept what this laptop sent (is Clienteling up to "
                                     "date?). Your changes are kept on this laptop.")
    if reason == "numbering":
        return translate("SyncText", "The server does not accept this laptop's change numbers. Your changes are "
                                     "kept; contact the brand's IT.")
    if reason == "resync_loop":
        return translate("SyncText", "The server keeps asking for a full resync. Try Sync again later.")
    if reason == "internal":
        return translate("SyncText", "Sync stopped on an unexpected problem. Your changes are kept; try again.")
    return _sign_in_text(reason, details, host, url)


def _sign_in_text(reason: str | None, details: dict, host: str, url: str) -> str | None:
    """Sentences about the sign-in and the server address."""
    boutique = details.get("boutique_id") or ""
    if reason == "wrong_password":
        return translate("SyncText", "The login or password is not right.")
    if reason == "expired":
        return translate("SyncText", "Your sign-in has expired or was signed out. Sign in again to sync.")
    if reason == "signed_out":
        return translate("SyncText", "Sign in to sync: this laptop has no sign-in for the server.")
    if reason == "missing_login":
        return translate("SyncText", "Enter your login and password.")
    if reason == "boutique_mismatch" and boutique:
        return translate("SyncText", "This sign-in is for another boutique than this laptop's book (%1). Sign in "
                                     "with an account of this boutique.").replace("%1", boutique)
    if reason == "boutique_mismatch":
        return translate("SyncText", "This sign-in is for another boutique than this laptop's book. Sign in with "
                                     "an account of this boutique.")
    if reason == "certificate":
        return translate("SyncText", "The identity of %1 could not be verified (its certificate is not trusted), "
                                     "so nothing was sent. Ask the brand's IT.").replace("%1", host)
    if reason == "ca_bundle":
        return translate("SyncText", "The boutique's certificate file (%1) cannot be read. Ask the brand's IT to "
                                     "check the boutique configuration.").replace("%1", details.get("file") or "")
    if reason == "no_server":
        return translate("SyncText", "No sync server is set for this boutique. Enter the server address given by "
                                     "the brand's IT (it starts with https://).")
    if reason == "bad_url" and details.get("userinfo"):
        return translate("SyncText", "The server address must not contain a login or password.")
    if reason == "bad_url":
        return translate("SyncText", "“%1” is not a server address; it should look like "
                                     "https://clienteling.example.com.").replace("%1", url)
    if reason == "insecure_url":
        return translate("SyncText", "The server address %1 is not secure: use https://. Plain http:// is allowed "
                                     "only for a server on this computer (127.0.0.1).").replace("%1", url)
    if reason == "not_found":
        return translate("SyncText", "%1 does not offer the Clienteling sync service. Check the server "
                                     "address.").replace("%1", url)
    if reason == "bad_choice":
        return translate("SyncText", "Choose to keep yours, take theirs, or edit the value.")
    if reason == "conflict_gone":
        return translate("SyncText", "This conflict is already resolved, or its record is gone.")
    return None
