"""X601–X603: a duty (complaint, long hold, promised callback) needs an outbound call to the same
customer after the call and by the deadline; decided over the store, night after night."""
from __future__ import annotations

from datetime import datetime

import pytest

from harness import cached_profile, make_call as call_from
from qa_scorer.models import Call, CallResult, Finding, Severity, Span
from qa_scorer.rules import REGISTRY
from qa_scorer.pipeline import CallScorer
from qa_scorer.rules import build_rules
from qa_scorer.rules.followup import callback_deadline, decide_callbacks, long_hold_duty
from qa_scorer.scoring import score_call
from qa_scorer.store import MET, MISSED, NO_CUSTOMER, PENDING, Selection, Store

SCORING = {"deductions": {"critical": 100, "major": 10, "minor": 5, "info": 0},
           "critical_fails": True, "pass_mark": 80}
CALLBACKS = {"deadline_hours": 48, "working_days": False}
X_RULES = build_rules(cached_profile(), select=["X"])
RULE_INFO = {"T104": ("long-hold", "major"), **{r.id: (r.name, r.severity.value) for r in X_RULES}}
SEVERITIES = {rule_id: Severity(sev) for rule_id, (_, sev) in RULE_INFO.items()}


def make_call(call_id: str, start: str, *, direction: str = "inbound", customer: str | None = "C1",
              call_type: str = "inquiry", holds: tuple[Span, ...] = ()) -> Call:
    return Call(call_id, "811000", direction, datetime.fromisoformat(start), 60.0,
                call_type=call_type, customer_id=customer, holds=holds)


def scored(call: Call, *rule_ids: str) -> CallResult:
    findings = [Finding(r, call.call_id, None, None, r, r) for r in rule_ids]
    return score_call(call, findings, SEVERITIES, SCORING)


def night(store: Store, calls: list[Call], duties: dict[str, set[str]], as_of: str | None = None,
          rules=X_RULES, callbacks=CALLBACKS) -> list[Finding]:
    """One nightly run over `calls`; returns the findings that became overdue that night."""
    run_id = store.begin_run(f"night-{calls[0].call_id}")
    store.save_chunk(run_id, [scored(c) for c in calls], duties, RULE_INFO, SCORING)
    overdue = decide_callbacks(store, rules, callbacks, SCORING,
                               as_of=datetime.fromisoformat(as_of) if as_of else None, run_id=run_id)
    store.finish_run(run_id)
    return overdue


def status_of(store: Store, call_id: str, rule_id: str) -> str:
    return store.db.execute("SELECT status FROM callback_decisions WHERE call_id = ? AND rule_id = ?",
                            (call_id, rule_id)).fetchone()[0]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "qa.sqlite") as store:
        yield store


COMPLAINT = make_call("CMP", "2026-11-24T19:41:00+08:00", call_type="complaint", customer="C000123")


# --- the rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", X_RULES, ids=lambda r: r.id)
def test_the_x_rules_are_registered_cross_call_rules_with_docs(rule):
    assert REGISTRY[rule.id] is type(rule)
    assert rule.cross_call and not rule.needs_transcript
    assert list(rule.check(COMPLAINT)) == []  # decided over the store, never per call
    for section in ("What it does", "Why it matters", "Example", "Do instead", rule.clause):
        assert section in rule.docs


# --- duties -------------------------------------------------------------------------------------


@pytest.mark.parametrize("holds, expected", [
    ((), False),
    ((Span(30, 90),), False),            # exactly 60 s is within the limit
    ((Span(30, 91),), True),
    ((Span(10, 50), Span(60, 100)), False),  # two short holds are not one long one
])
def test_long_hold_duty(holds, expected):
    call = make_call("H", "2026-11-24T10:00:00+08:00", holds=holds)
    assert long_hold_duty(call, 60) is expected


DUTIES = CallScorer(cached_profile(), X_RULES)


@pytest.mark.parametrize("transcript, meta, duties", [
    ("customer: 我查一下余额\nagent: 好的", {"call_type": "complaint"}, {"X601"}),
    ("customer: 你们这服务太差了 我要投诉\nagent: 非常抱歉", {}, {"X601"}),
    ("customer: 我查一下余额\nagent: 好的 请稍等", {}, set()),
    ("customer: 我的转账还没到\nagent: 我核实一下 稍后给您回电", {}, {"X603"}),
    ("customer: 我的转账还没到\nagent: 处理结果我们会尽快回复您", {}, {"X603"}),
    ("customer: 怎么联系你们\nagent: 您可以拨打95559", {}, set()),
    ("customer: 在吗\nagent: 在的 请稍等", {"holds": [(5, 80)]}, {"X602"}),
    ("customer: 在吗\nagent: 在的 请稍等", {"holds": [(5, 50)]}, set()),
])
def test_duties_a_call_carries(transcript, meta, duties):
    _, carried = DUTIES(call_from(transcript, **meta))
    assert carried == duties


# --- deadlines ----------------------------------------------------------------------------------


@pytest.mark.parametrize("start, working_days, deadline", [
    ("2026-11-24T19:41:00+08:00", False, "2026-11-26T19:41:00+08:00"),
    ("2026-11-27T17:00:00+08:00", False, "2026-11-29T17:00:00+08:00"),  # Friday: the weekend counts
    ("2026-11-27T17:00:00+08:00", True, "2026-12-01T17:00:00+08:00"),   # Friday → Tuesday
    ("2026-11-26T10:00:00+08:00", True, "2026-11-30T10:00:00+08:00"),   # Thursday → Monday
    ("2026-11-28T10:00:00+08:00", True, "2026-12-02T00:00:00+08:00"),   # Saturday: from Monday 00:00
    ("2026-11-24T09:00:00+08:00", True, "2026-11-26T09:00:00+08:00"),   # midweek: plain 48 h
])
def test_callback_deadline(start, working_days, deadline):
    assert callback_deadline(datetime.fromisoformat(start), 48, working_days) == \
        datetime.fromisoformat(deadline)


# --- met, missed, pending -----------------------------------------------------------------------


@pytest.mark.parametrize("later_call, status", [
    (make_call("CB", "2026-11-25T10:00:00+08:00", direction="outbound", customer="C000123"), MET),
    (make_call("CB", "2026-11-26T19:41:00+08:00", direction="outbound", customer="C000123"), MET),
    (make_call("CB", "2026-11-26T19:42:00+08:00", direction="outbound", customer="C000123"), MISSED),
    (make_call("CB", "2026-11-25T10:00:00+08:00", direction="outbound", customer="C999"), MISSED),
    (make_call("CB", "2026-11-25T10:00:00+08:00", direction="inbound", customer="C000123"), MISSED),
    (make_call("CB", "2026-11-24T19:00:00+08:00", direction="outbound", customer="C000123"), MISSED),
    (make_call("CB", "2026-11-25T10:00:00+08:00", direction="outbound", customer=None), MISSED),
], ids=["before-deadline", "at-deadline", "after-deadline", "other-customer",
        "inbound-from-customer", "before-the-complaint", "no-customer-id"])
def test_a_callback_is_an_outbound_call_to_the_customer_by_the_deadline(store, later_call, status):
    night(store, [COMPLAINT, later_call], {"CMP": {"X601"}}, as_of="2026-11-27T08:00:00+08:00")
    assert status_of(store, "CMP", "X601") == status


def test_a_missing_callback_is_a_finding_with_evidence_and_costs_points(store):
    overdue = night(store, [COMPLAINT], {"CMP": {"X601"}}, as_of="2026-11-27T08:00:00+08:00")
    assert [(f.rule_id, f.call_id, f.evidence, f.message) for f in overdue] == [(
        "X601", "CMP",
        "complaint at 2026-11-24 19:41; no outbound call to C000123 by 2026-11-26 19:41",
        "complaint not called back within 48 h")]
    assert store.x_findings(["CMP"]) == [Finding("X601", "CMP", None, None, overdue[0].evidence,
                                                 overdue[0].message)]
    [row] = store.call_rows(Selection.of_run(1))
    assert (row["score"], row["passed"], row["rules"]) == (90.0, True, "X601")


def test_a_late_callback_is_named_in_the_evidence(store):
    late = make_call("CB", "2026-11-27T09:00:00+08:00", direction="outbound", customer="C000123")
    [finding] = night(store, [COMPLAINT, late], {"CMP": {"X601"}})
    assert finding.evidence.endswith("by 2026-11-26 19:41 (first one at 2026-11-27 09:00)")


def test_each_duty_is_decided_by_its_own_rule(store):
    promise = make_call("PRM", "2026-11-24T10:00:00+08:00", customer="C2")
    hold = make_call("HLD", "2026-11-24T11:00:00+08:00", customer="C3", holds=(Span(30, 100),))
    overdue = night(store, [COMPLAINT, promise, hold],
                    {"CMP": {"X601", "X603"}, "PRM": {"X603"}, "HLD": {"X602"}},
                    as_of="2026-11-30T00:00:00+08:00")
    assert sorted((f.call_id, f.rule_id) for f in overdue) == [
        ("CMP", "X601"), ("CMP", "X603"), ("HLD", "X602"), ("PRM", "X603")]
    scores = {r["call_id"]: r["score"] for r in store.call_rows(Selection.of_run(1))}
    assert scores == {"CMP": 80.0, "PRM": 90.0, "HLD": 95.0}  # each X rule deducts once


def test_a_call_without_customer_id_is_not_evaluated(store):
    anonymous = make_call("ANON", "2026-11-24T19:41:00+08:00", call_type="complaint", customer=None)
    assert night(store, [anonymous], {"ANON": {"X601"}}, as_of="2026-12-01T00:00:00+08:00") == []
    assert status_of(store, "ANON", "X601") == NO_CUSTOMER
    assert store.decision_counts() == {("X601", NO_CUSTOMER): 1}


def test_a_pending_duty_is_decided_on_the_first_night_after_its_deadline(store):
    assert night(store, [COMPLAINT], {"CMP": {"X601"}}) == []          # as_of = the call itself
    assert status_of(store, "CMP", "X601") == PENDING
    quiet = make_call("Q1", "2026-11-25T12:00:00+08:00", customer="C5")
    assert night(store, [quiet], {}) == []                              # deadline still ahead
    assert status_of(store, "CMP", "X601") == PENDING
    next_day = make_call("Q2", "2026-11-26T20:00:00+08:00", customer="C5")
    [overdue] = night(store, [next_day], {})                            # deadline passed: decided
    assert (overdue.call_id, overdue.rule_id) == ("CMP", "X601")
    assert status_of(store, "CMP", "X601") == MISSED
    after = make_call("Q3", "2026-11-27T20:00:00+08:00", customer="C5")
    assert night(store, [after], {}) == []                              # reported once only


def test_a_callback_on_a_later_night_within_the_deadline_meets_the_duty(store):
    night(store, [COMPLAINT], {"CMP": {"X601"}})
    callback = make_call("CB", "2026-11-26T09:00:00+08:00", direction="outbound", customer="C000123")
    assert night(store, [callback], {}) == []
    assert status_of(store, "CMP", "X601") == MET


def test_deciding_again_changes_nothing(store):
    night(store, [COMPLAINT], {"CMP": {"X601"}}, as_of="2026-11-27T08:00:00+08:00")
    before = (store.counts(), list(store.call_rows(Selection.of_run(1))),
              store.db.execute("SELECT * FROM callback_decisions").fetchall())
    assert decide_callbacks(store, X_RULES, CALLBACKS, SCORING,
                            as_of=datetime.fromisoformat("2026-11-27T08:00:00+08:00")) == []
    after = (store.counts(), list(store.call_rows(Selection.of_run(1))),
             store.db.execute("SELECT * FROM callback_decisions").fetchall())
    assert after == before


def test_rescoring_a_call_keeps_its_missed_callback(store):
    night(store, [COMPLAINT], {"CMP": {"X601"}}, as_of="2026-11-27T08:00:00+08:00")
    store.save_chunk(1, [scored(COMPLAINT, "T104")], {"CMP": {"X601"}}, RULE_INFO, SCORING)
    [row] = store.call_rows(Selection.of_run(1))
    assert (row["score"], row["rules"], row["findings"]) == (80.0, "T104 X601", 2)


def test_a_callback_that_arrives_late_in_the_data_turns_a_miss_into_a_met(store):
    night(store, [COMPLAINT], {"CMP": {"X601"}}, as_of="2026-11-27T08:00:00+08:00")
    # Yesterday's file of outbound calls was delivered a night late.
    callback = make_call("CB", "2026-11-26T09:00:00+08:00", direction="outbound", customer="C000123")
    night(store, [callback], {}, as_of="2026-11-27T08:00:00+08:00")
    assert status_of(store, "CMP", "X601") == MET
    assert store.x_findings() == []
    [row] = store.call_rows(Selection.between(COMPLAINT.start_time.date(), COMPLAINT.start_time.date()))
    assert (row["score"], row["rules"]) == (100.0, "")


def test_only_the_selected_x_rules_are_decided(store):
    hold = make_call("HLD", "2026-11-24T11:00:00+08:00", customer="C3", holds=(Span(30, 100),))
    night(store, [hold], {"HLD": {"X602"}}, as_of="2026-11-30T00:00:00+08:00", rules=X_RULES[:1])
    assert status_of(store, "HLD", "X602") == PENDING


def test_working_day_deadlines_come_from_the_settings(store):
    friday = make_call("FRI", "2026-11-27T17:00:00+08:00", call_type="complaint")
    monday = make_call("CB", "2026-11-30T16:00:00+08:00", direction="outbound")
    calendar = {"deadline_hours": 48, "working_days": False}
    night(store, [friday, monday], {"FRI": {"X601"}}, callbacks=calendar)
    assert status_of(store, "FRI", "X601") == MISSED
    working = {"deadline_hours": 48, "working_days": True}
    night(store, [friday, monday], {"FRI": {"X601"}}, callbacks=working)
    assert status_of(store, "FRI", "X601") == MET


def test_the_evidence_is_masked_with_the_given_mask(store):
    run_id = store.begin_run("night")
    store.save_chunk(run_id, [scored(COMPLAINT)], {"CMP": {"X601"}}, RULE_INFO, SCORING)
    [finding] = decide_callbacks(store, X_RULES, CALLBACKS, SCORING,
                                 as_of=datetime.fromisoformat("2026-11-30T00:00:00+08:00"),
                                 mask=lambda text: text.replace("C000123", "C****23"))
    assert "C****23" in finding.evidence and "C000123" not in finding.evidence
    assert "C000123" not in store.x_findings()[0].evidence


# --- night by night = all at once ---------------------------------------------------------------


def batch() -> tuple[list[Call], dict[str, set[str]]]:
    """Five days of calls: duties met, missed, late, pending at the end, and anonymous."""
    outbound = dict(direction="outbound")
    calls = [
        make_call("D1-CMP", "2026-11-23T09:00:00+08:00", customer="A", call_type="complaint"),
        make_call("D1-HLD", "2026-11-23T15:00:00+08:00", customer="B", holds=(Span(20, 95),)),
        make_call("D1-ANON", "2026-11-23T16:00:00+08:00", customer=None, call_type="complaint"),
        make_call("D2-CB-A", "2026-11-24T10:00:00+08:00", customer="A", **outbound),
        make_call("D2-PRM", "2026-11-24T11:00:00+08:00", customer="C"),
        make_call("D3-CMP", "2026-11-25T09:30:00+08:00", customer="D", call_type="complaint"),
        make_call("D4-CB-B", "2026-11-26T08:00:00+08:00", customer="B", **outbound),  # 65 h: late
        make_call("D4-CB-C", "2026-11-26T10:59:00+08:00", customer="C", **outbound),  # just in time
        make_call("D5-PRM", "2026-11-27T17:00:00+08:00", customer="E"),               # still pending
        make_call("D5-Q", "2026-11-27T18:00:00+08:00", customer="F"),
    ]
    duties = {"D1-CMP": {"X601"}, "D1-HLD": {"X602"}, "D1-ANON": {"X601"}, "D2-PRM": {"X603"},
              "D3-CMP": {"X601", "X603"}, "D5-PRM": {"X603"}}
    return calls, duties


def final_state(store: Store) -> tuple:
    decisions = store.db.execute("SELECT call_id, rule_id, status, deadline, evidence "
                                 "FROM callback_decisions ORDER BY 1, 2").fetchall()
    scores = store.db.execute("SELECT call_id, score, passed, x_fired FROM calls ORDER BY 1").fetchall()
    return sorted(store.x_findings(), key=lambda f: (f.call_id, f.rule_id)), \
        [tuple(d) for d in decisions], [tuple(s) for s in scores]


def test_nights_one_by_one_give_the_same_x_findings_as_one_run(tmp_path):
    calls, duties = batch()
    with Store(tmp_path / "once.sqlite") as once:
        overdue_once = night(once, calls, duties)
        expected = final_state(once)
    with Store(tmp_path / "nightly.sqlite") as nightly:
        overdue_nightly = []
        for day in ("D1", "D2", "D3", "D4", "D5"):
            tonight = [c for c in calls if c.call_id.startswith(day)]
            overdue_nightly += night(nightly, tonight, duties)
        assert final_state(nightly) == expected
    assert sorted((f.call_id, f.rule_id) for f in overdue_once) == [
        ("D1-HLD", "X602"), ("D3-CMP", "X601"), ("D3-CMP", "X603")]
    assert sorted((f.call_id, f.rule_id) for f in overdue_nightly) == \
        sorted((f.call_id, f.rule_id) for f in overdue_once)
