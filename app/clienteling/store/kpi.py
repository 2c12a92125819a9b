"""Aggregates the Insights view is drawn from: outreach by week and channel, prompt decisions
by week and state, open aftercare cases by stage. Counts only live rows (not tombstoned).

Weeks are passed in as `(label, start, end)` with `start`/`end` UTC ISO strings (the same
form `rows.write` stores), so a week is the boutique's local Monday-to-Monday however the
zone's offset moves; one query buckets every row of the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import AftercareCase, CaseStage
from . import rows
from .book import driver_errors

Week = tuple[str, str, str]  # label, start (inclusive), end (exclusive): UTC ISO 8601


def _weeks_cte(weeks: Sequence[Week]) -> tuple[str, list[str]]:
    values = ", ".join("(?, ?, ?)" for _ in weeks)
    return f"WITH weeks(week, start, stop) AS (VALUES {values})", [v for w in weeks for v in w]


def _by_week(conn, table: str, column: str, weeks: Sequence[Week]) -> dict[tuple[str, str], int]:
    if not weeks:
        return {}
    cte, params = _weeks_cte(weeks)
    sql = (f"{cte} SELECT w.week, t.{column}, count(*) FROM weeks w JOIN {table} t "
           f"ON t.at >= w.start AND t.at < w.stop WHERE t.deleted = 0 GROUP BY w.week, t.{column}")
    with driver_errors():
        return {(week, value): n for week, value, n in conn.execute(sql, params)}


def outreach_by_week(conn, weeks: Sequence[Week]) -> dict[tuple[str, str], int]:
    """{(week label, channel): outreach logged that week through that channel}."""
    return _by_week(conn, "outreach_log", "channel", weeks)


def prompt_states_by_week(conn, weeks: Sequence[Week]) -> dict[tuple[str, str], int]:
    """{(week label, state): prompt decisions (done / snoozed / dismissed) taken that week}."""
    return _by_week(conn, "prompt_state", "state", weeks)


def open_cases_by_stage(conn) -> dict[tuple[str, str], int]:
    """{(case kind, stage): open cases standing at that stage}."""
    with driver_errors():
        cur = conn.execute("SELECT kind, stage, count(*) FROM aftercare_case "
                           "WHERE status = 'open' AND deleted = 0 GROUP BY kind, stage")
        return {(kind, stage): n for kind, stage, n in cur}


def open_cases(conn) -> tuple[list[AftercareCase], list[CaseStage]]:
    """Every open case and the stage history of those cases (for their SLA checks)."""
    with driver_errors():
        cases = rows.fetch(conn, AftercareCase, "status = 'open' AND deleted = 0", (), "opened_at")
        stages = rows.fetch(conn, CaseStage, "deleted = 0 AND case_id IN (SELECT id FROM aftercare_case "
                            "WHERE status = 'open' AND deleted = 0)", (), "at")
    return cases, stages
