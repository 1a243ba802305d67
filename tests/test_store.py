"""The results store: schema and migrations, replace-not-duplicate, all-or-nothing chunks, resumed
runs, and the report queries (date ranges, overdue callbacks, agent trends)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from qa_scorer.models import Call, CallResult, Finding, Reject, Severity
from qa_scorer.profile import load_profile
from qa_scorer.rules import build_rules
from qa_scorer.rules.followup import decide_callbacks
from qa_scorer.scoring import score_call
from qa_scorer.store import SCHEMA_VERSION, TREND_COLUMNS, Selection, Store, StoreError, migrate

SCORING = {"deductions": {"critical": 100, "major": 10, "minor": 5, "info": 0},
           "critical_fails": True, "pass_mark": 80}
RULE_INFO = {"T104": ("long-hold", "major"), "T102": ("long-inbound-call", "minor"),
             "P401": ("taboo-phrase", "critical"), "S202": ("banking-jargon", "info"),
             "X601": ("complaint-no-callback", "major")}
SEVERITIES = {rule_id: Severity(sev) for rule_id, (_, sev) in RULE_INFO.items()}
CALLBACKS = {"deadline_hours": 48, "working_days": False}
[X601] = build_rules(load_profile(), select=["X601"])


def make_call(call_id: str, start: str, *, agent: str = "811000", direction: str = "inbound",
              customer: str | None = "C1", call_type: str = "inquiry") -> Call:
    return Call(call_id, agent, direction, datetime.fromisoformat(start), 60.0,
                call_type=call_type, customer_id=customer, source="night.jsonl")


def scored(call: Call, *rule_ids: str) -> CallResult:
    findings = [Finding(r, call.call_id, 1.0, 2.0, f"evidence of {r}", f"{r} fired") for r in rule_ids]
    return score_call(call, findings, SEVERITIES, SCORING)


def save_night(store: Store, source: str, results: list[CallResult],
               duties: dict[str, set[str]] | None = None, chunk_size: int = 2) -> int:
    """What the pipeline does for one night: begin, save chunk by chunk, decide, finish."""
    run_id = store.begin_run(source, RULE_INFO)
    for i in range(0, len(results), chunk_size):
        store.save_chunk(run_id, results[i:i + chunk_size], duties or {}, RULE_INFO, SCORING)
    decide_callbacks(store, [X601], CALLBACKS, SCORING, run_id=run_id)
    store.finish_run(run_id)
    return run_id


def table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, minus the wall-clock times of the run log."""
    db = sqlite3.connect(path)
    try:
        return {
            "runs": db.execute("SELECT run_id, source, as_of, rules, finished_at IS NOT NULL "
                               "FROM runs ORDER BY run_id").fetchall(),
            **{table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
               for table in ("calls", "findings", "rejects", "callback_decisions")},
        }
    finally:
        db.close()


NIGHT = [
    scored(make_call("A1", "2026-11-23T09:00:00+08:00", call_type="complaint"), "T104"),
    scored(make_call("A2", "2026-11-23T10:00:00+08:00", customer="C2"), "S202", "S202"),
    scored(make_call("A3", "2026-11-23T11:00:00+08:00", agent="811001", customer="C3"), "P401"),
    scored(make_call("A4", "2026-11-26T12:00:00+08:00", agent="811001", customer=None)),
]
NIGHT_DUTIES = {"A1": {"X601"}}


# --- schema -------------------------------------------------------------------------------------


def test_a_new_store_is_created_at_the_current_schema(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.counts() == dict.fromkeys(
            ("runs", "calls", "findings", "rejects", "callback_decisions"), 0)


def test_an_older_store_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "qa.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=1)  # a store written before the cross-call rules existed
    db.execute("INSERT INTO calls (call_id, agent_id, direction, start_time, start_epoch, start_day,"
               " talk_s, has_transcript, score, passed, critical, fired, findings, rules_run, run_id)"
               " VALUES ('OLD', '811000', 'inbound', '2026-11-01T09:00:00+08:00', 1793494800,"
               " '2026-11-01', 60, 1, 90, 1, 0, 'T104', 1, 'T104', 1)")
    db.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        [row] = store.call_rows(Selection.between(date(2026, 11, 1), date(2026, 11, 1)))
        assert (row["call_id"], row["score"], row["rules"]) == ("OLD", 90, "T104")


def test_a_store_from_a_newer_version_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "qa.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match=r"qa.sqlite: .* newer than this qa-scorer knows"):
        Store(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just notes " * 100)
    with pytest.raises(StoreError, match="notes.txt"):
        Store(path)


def test_a_temporary_store_is_deleted_on_close():
    store = Store.temporary()
    path = store.path
    assert path.exists()
    store.close()
    assert not path.exists()


# --- replace, never duplicate -----------------------------------------------------------------------


def test_saving_a_call_again_replaces_it(tmp_path):
    call = make_call("A1", "2026-11-23T09:00:00+08:00")
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = store.begin_run("night-1")
        store.save_chunk(run_id, [scored(call, "T104", "T102", "T102")], {}, RULE_INFO, SCORING)
        store.save_chunk(run_id, [scored(call, "S202")], {}, RULE_INFO, SCORING)
        assert store.counts()["calls"] == 1
        assert store.counts()["findings"] == 1
        [row] = store.call_rows(Selection.of_run(run_id))
        assert (row["score"], row["rules"], row["findings"]) == (100, "S202", 1)


def test_rejects_are_replaced_by_source_and_line(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = store.begin_run("night-1")
        for _ in range(2):
            store.save_rejects(run_id, [Reject("a.jsonl", "bad JSON", line=3),
                                        Reject("b.json", "no metadata", call_id="B1")])
        assert store.counts()["rejects"] == 2
        assert list(store.reject_rows(Selection.of_run(run_id))) == [
            {"source": "a.jsonl", "line": 3, "call_id": "", "reason": "bad JSON"},
            {"source": "b.json", "line": None, "call_id": "B1", "reason": "no metadata"},
        ]


def test_rerunning_a_night_twice_leaves_every_count_unchanged(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = save_night(store, "night-1", NIGHT, NIGHT_DUTIES)
        store.save_rejects(run_id, [Reject("a.jsonl", "bad JSON", line=3)])
        before = store.counts()
        first = list(store.call_rows(Selection.of_run(run_id)))
        for _ in range(2):
            run_id = save_night(store, "night-1", NIGHT, NIGHT_DUTIES)
            store.save_rejects(run_id, [Reject("a.jsonl", "bad JSON", line=3)])
        assert store.counts() == before
        assert list(store.call_rows(Selection.of_run(run_id))) == first


def test_a_folder_reused_night_after_night_reports_only_tonights_calls(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "inbox", [scored(make_call("D1", "2026-11-24T10:00:00+08:00"))])
        run_id = save_night(store, "inbox", [scored(make_call("D2", "2026-11-25T10:00:00+08:00"))])
        assert [r["call_id"] for r in store.call_rows(Selection.of_run(run_id))] == ["D2"]
        assert store.counts()["calls"] == 2


# --- interrupted runs ---------------------------------------------------------------------------


def failing_midway(results: list[CallResult]):
    """The results of a chunk, with the process 'dying' after the first one."""
    yield results[0]
    raise KeyboardInterrupt


def test_a_chunk_interrupted_midway_is_rolled_back(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = store.begin_run("night-1")
        store.save_chunk(run_id, NIGHT[:2], NIGHT_DUTIES, RULE_INFO, SCORING)
        with pytest.raises(KeyboardInterrupt):
            store.save_chunk(run_id, failing_midway(NIGHT[2:]), NIGHT_DUTIES, RULE_INFO, SCORING)
        ids = [row["call_id"] for row in store.call_rows(Selection.of_run(run_id))]
        assert ids == ["A1", "A2"]
        assert store.counts()["findings"] == 3


def test_an_interrupted_run_resumed_ends_like_an_uninterrupted_one(tmp_path):
    with Store(tmp_path / "whole.sqlite") as store:
        save_night(store, "night-1", NIGHT, NIGHT_DUTIES)

    with Store(tmp_path / "killed.sqlite") as store:
        run_id = store.begin_run("night-1", RULE_INFO)
        store.save_chunk(run_id, NIGHT[:2], NIGHT_DUTIES, RULE_INFO, SCORING)
        with pytest.raises(KeyboardInterrupt):
            store.save_chunk(run_id, failing_midway(NIGHT[2:]), NIGHT_DUTIES, RULE_INFO, SCORING)
    with Store(tmp_path / "killed.sqlite") as store:  # the next night's job, same input
        assert store.begin_run("night-1", RULE_INFO) == run_id  # resumes the unfinished run
        assert save_night(store, "night-1", NIGHT, NIGHT_DUTIES) == run_id

    assert table_contents(tmp_path / "killed.sqlite") == table_contents(tmp_path / "whole.sqlite")


KILLED_MIDWAY = """
import os, sys
sys.path[:0] = [{root!r}, {tests!r}]
from test_store import NIGHT, NIGHT_DUTIES, RULE_INFO, SCORING
from qa_scorer.store import Store

def die_after_first(results):
    yield results[0]
    os._exit(9)  # no cleanup, no rollback: as if the machine lost power

store = Store({path!r})
run_id = store.begin_run("night-1", RULE_INFO)
store.save_chunk(run_id, NIGHT[:2], NIGHT_DUTIES, RULE_INFO, SCORING)
store.save_chunk(run_id, die_after_first(NIGHT[2:]), NIGHT_DUTIES, RULE_INFO, SCORING)
"""


def test_a_killed_process_leaves_the_store_consistent_and_a_rerun_completes_it(tmp_path):
    here = Path(__file__).resolve().parent
    script = KILLED_MIDWAY.format(root=str(here.parent), tests=str(here),
                                  path=str(tmp_path / "killed.sqlite"))
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9

    with Store(tmp_path / "killed.sqlite") as store:
        assert [r["call_id"] for r in store.call_rows(Selection.of_run(1))] == ["A1", "A2"]
        save_night(store, "night-1", NIGHT, NIGHT_DUTIES)
    with Store(tmp_path / "whole.sqlite") as store:
        save_night(store, "night-1", NIGHT, NIGHT_DUTIES)
    assert table_contents(tmp_path / "killed.sqlite") == table_contents(tmp_path / "whole.sqlite")


# --- report queries -----------------------------------------------------------------------------


def test_a_date_range_selects_calls_by_their_own_local_day(tmp_path):
    calls = [scored(make_call("LATE", "2026-11-24T23:30:00+08:00")),   # 15:30 UTC, still the 24th
             scored(make_call("EARLY", "2026-11-25T00:10:00+08:00")),  # 16:10 UTC on the 24th
             scored(make_call("BEFORE", "2026-11-23T23:59:00+08:00"))]
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "night", calls)
        days = Selection.between(date(2026, 11, 24), date(2026, 11, 24))
        assert [r["call_id"] for r in store.call_rows(days)] == ["LATE"]
        both = Selection.between(date(2026, 11, 24), date(2026, 11, 25))
        assert [r["call_id"] for r in store.call_rows(both)] == ["LATE", "EARLY"]


def test_report_rows_carry_the_report_columns_and_the_callbacks_missed(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "night-1", NIGHT, NIGHT_DUTIES)  # as_of 26th 12:00: A1's deadline passed
        period = Selection.between(date(2026, 11, 23), date(2026, 11, 23))
        calls = {row["call_id"]: row for row in store.call_rows(period)}
        assert calls["A1"] == {
            "call_id": "A1", "agent_id": "811000", "direction": "inbound",
            "start_time": "2026-11-23T09:00:00+08:00", "talk_s": 60.0, "call_type": "complaint",
            "customer_id": "C1", "has_transcript": True, "score": 80.0, "passed": True,
            "critical": False, "findings": 2, "rules": "T104 X601"}
        findings = [(f["call_id"], f["rule_id"], f["severity"]) for f in store.finding_rows(period)]
        assert findings == [("A1", "T104", "major"), ("A1", "X601", "major"),
                            ("A2", "S202", "info"), ("A2", "S202", "info"),
                            ("A3", "P401", "critical")]


def test_a_nights_report_lists_the_callbacks_that_became_overdue_that_night(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "night-23", NIGHT[:1], NIGHT_DUTIES)  # A1 pending
        night_26 = save_night(store, "night-26", NIGHT[3:])      # as_of passes A1's deadline
        rows = list(store.finding_rows(Selection.of_run(night_26)))
        assert [(r["call_id"], r["rule_id"]) for r in rows] == [("A1", "X601")]
        assert [r["call_id"] for r in store.call_rows(Selection.of_run(night_26))] == ["A4"]


def test_agent_rows_count_the_calls_each_rule_fired_in(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "night-1", NIGHT, NIGHT_DUTIES)
        rows = store.agent_rows(Selection.between(date(2026, 11, 23), date(2026, 11, 26)),
                                ["P401", "S202", "T104", "X601"])
        first, second = rows
        assert {k: first[k] for k in ("agent_id", "calls", "mean_score", "pass_rate",
                                      "critical_calls", "S202", "T104", "X601", "P401")} == {
            "agent_id": "811000", "calls": 2, "mean_score": 90.0, "pass_rate": 1.0,
            "critical_calls": 0, "S202": 1, "T104": 1, "X601": 1, "P401": 0}
        assert (second["agent_id"], second["calls"], second["critical_calls"], second["P401"]) == (
            "811001", 2, 1, 1)


def history() -> list[CallResult]:
    """Agent 811000 over 30 days ending 2026-11-30: a failing call 20 days back, then one call a
    day scoring 90 in the week before the last, and 100 in the last week."""
    end = date(2026, 11, 30)

    def on(day: date, call_id: str, *rules: str) -> CallResult:
        return scored(make_call(call_id, f"{day.isoformat()}T10:00:00+08:00"), *rules)

    results = [on(end - timedelta(days=20), "OLD", "P401")]
    results += [on(end - timedelta(days=d), f"PREV{d}", "T104") for d in range(7, 14)]
    results += [on(end - timedelta(days=d), f"LAST{d}") for d in range(0, 7)]
    results.append(on(end - timedelta(days=40), "ANCIENT", "P401"))  # outside every window
    return results


def test_trend_columns_over_a_known_history(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        save_night(store, "history", history(), chunk_size=5)
        [row] = store.agent_rows(Selection.between(date(2026, 11, 30), date(2026, 11, 30)), [])
        assert (row["calls"], row["mean_score"]) == (1, 100.0)  # the period itself: one day
        assert {c: row[c] for c in TREND_COLUMNS} == {
            "mean_score_7d": 100.0, "pass_rate_7d": 1.0,
            "mean_score_30d": round((7 * 100 + 7 * 90 + 0) / 15, 2), "pass_rate_30d": round(14 / 15, 4),
            "mean_score_change_7d": 10.0, "pass_rate_change_7d": 0.0,
        }


def test_trends_without_an_earlier_week_leave_the_change_empty(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = save_night(store, "night-1", NIGHT[:2])
        [row] = store.agent_rows(Selection.of_run(run_id), [])
        assert row["mean_score_7d"] == 95.0  # A1 (90) and A2 (100)
        assert row["mean_score_change_7d"] is None and row["pass_rate_change_7d"] is None
