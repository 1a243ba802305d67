"""T101–T106 and S201: the metadata and timing rules, with near misses at every threshold."""
from datetime import datetime, timezone

import pytest

from qa_scorer.models import Call, Segment, Span
from qa_scorer.pipeline import check_call
from qa_scorer.profile import load_profile
from qa_scorer.rules import build_rules

PROFILE = load_profile()


def call(**fields) -> Call:
    base = dict(call_id="C1", agent_id="811000", direction="inbound",
                start_time=datetime(2026, 11, 27, 9, tzinfo=timezone.utc), talk_s=60.0,
                ring_count=1.0, hangup_by="customer",
                segments=(Segment("agent", 0.5, 5.0, "您好交行八幺幺洞洞洞很高兴为您服务请讲"),))
    base.update(fields)
    return Call(**base)


def fired(rule_id: str, the_call: Call) -> list:
    return check_call(the_call, build_rules(PROFILE, select=[rule_id]))


@pytest.mark.parametrize("fields, fires", [
    (dict(ring_count=4), True),
    (dict(ring_count=3), False),
    (dict(ring_count=None, ring_s=15.1), True),   # 3.02 rings at 5 s a ring
    (dict(ring_count=None, ring_s=15.0), False),  # exactly three rings
    (dict(ring_count=None, ring_s=2.0), False),
    (dict(ring_count=2, ring_s=40.0), False),     # the counted rings win over the seconds
    (dict(ring_count=6, direction="outbound"), False),
])
def test_slow_answer_counts_rings(fields, fires):
    assert bool(fired("T101", call(**fields))) is fires


@pytest.mark.parametrize("direction, talk_s, rule_id, fires", [
    ("inbound", 180.1, "T102", True),
    ("inbound", 180.0, "T102", False),
    ("outbound", 240.0, "T102", False),
    ("outbound", 300.5, "T103", True),
    ("outbound", 300.0, "T103", False),
    ("inbound", 400.0, "T103", False),
])
def test_long_calls_by_direction(direction, talk_s, rule_id, fires):
    assert bool(fired(rule_id, call(direction=direction, talk_s=talk_s, ring_count=None))) is fires


@pytest.mark.parametrize("holds, count", [
    ((Span(35.0, 98.5),), 1),
    ((Span(10.0, 70.0),), 0),              # exactly 60 s is allowed
    ((Span(10.0, 70.1),), 1),
    ((Span(5.0, 30.0), Span(40.0, 110.0), Span(120.0, 190.0)), 2),
])
def test_long_hold_fires_for_each_long_hold(holds, count):
    findings = fired("T104", call(holds=holds, talk_s=200.0))
    assert len(findings) == count


def test_long_hold_evidence_gives_span_and_duration():
    [finding] = fired("T104", call(holds=(Span(35.0, 98.5),), talk_s=120.0))
    assert finding.evidence == "hold 35.0–98.5 s, 63.5 s"
    assert (finding.start, finding.end) == (35.0, 98.5)


@pytest.mark.parametrize("hangup_by, fires", [("agent", True), ("customer", False),
                                              ("system", False), (None, False)])
def test_agent_hung_up_first(hangup_by, fires):
    assert bool(fired("T105", call(hangup_by=hangup_by))) is fires


def segments(*spans):
    return tuple(Segment("agent" if i % 2 == 0 else "customer", s, e, "您好请讲")
                 for i, (s, e) in enumerate(spans))


@pytest.mark.parametrize("spans, holds, count", [
    (((0, 5), (26, 30)), (), 1),                 # 21 s of dead air
    (((0, 5), (25, 30)), (), 0),                 # exactly 20 s
    (((0, 5), (40, 45)), (Span(5, 40),), 0),     # the hold covers the gap
    (((0, 5), (60, 65)), (Span(5, 30),), 1),     # 30 s of the gap are not covered
    (((0, 5), (50, 55)), (Span(15, 40),), 0),    # two uncovered pieces of 10 s each
    (((0, 30), (10, 20), (45, 50)), (), 0),      # overlapping speech: silence measured from 30 s
])
def test_long_silence_is_gap_no_hold_covers(spans, holds, count):
    assert len(fired("T106", call(segments=segments(*spans), holds=holds, talk_s=70))) == count


def agent_speech(chars: int, seconds: float) -> tuple:
    return (Segment("agent", 0.0, seconds, "您" * chars),)


@pytest.mark.parametrize("chars, seconds, fires", [
    (125, 30.0, False),   # 250 a minute
    (150, 30.0, False),   # 300 a minute: the upper bound
    (151, 30.0, True),
    (100, 30.0, False),   # 200 a minute: the lower bound
    (99, 30.0, True),
    (400, 29.0, False),   # under 30 s of agent speech: not evaluated
])
def test_speech_rate_band(chars, seconds, fires):
    assert bool(fired("S201", call(segments=agent_speech(chars, seconds)))) is fires


def test_speech_rate_counts_letters_and_digits_not_punctuation_or_customer():
    text = "您好，ATM 机 95559！" * 15   # 11 counted characters each: 165 in 30 s
    segs = (Segment("agent", 0.0, 30.0, text), Segment("customer", 30.0, 90.0, "好" * 900))
    [finding] = fired("S201", call(segments=segs))
    assert finding.detail["cpm"] == 330


def test_metadata_rules_run_without_transcript_and_speech_rules_do_not():
    silent = call(segments=(), has_transcript=False, hangup_by="agent", ring_count=9)
    rules = build_rules(PROFILE, select=["T", "S201"])
    assert {f.rule_id for f in check_call(silent, rules)} == {"T101", "T105"}
