"""One-line rule tests that run the real pipeline path.

    assert_fires("agent: 这个不行", "P401")
    assert_quiet('''
        agent: 您好交行八幺幺洞洞洞很高兴为您服务请讲
        customer: 你好 我的卡被吞了
    ''', "P401", call_type="complaint")

A transcript is one utterance a line, `speaker: text`, where the speaker is agent / customer
(or a / c, 座席 / 客户). Lines are timed automatically — about 4 characters a second with 1 s
between utterances — unless written `agent@12.5-18: text` (start and end) or `agent@12.5: text`
(start only); automatic timing continues after the last explicit time. Keyword arguments set
the call's metadata: direction, call_type, agent_id, holds=[(35, 98.5)], talk_s, hangup_by, … .
Defaults: inbound, agent 811000, call_type inquiry, talk_s = last end + 2, start
2026-11-27T09:00:00+08:00. `profile=` (a path or a Profile) checks under a user profile.
"""
from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from qa_scorer.matching import CallContext, make_context_factory
from qa_scorer.models import AGENT, CUSTOMER, INBOUND, Call, Finding, Segment, Span
from qa_scorer.normalise import Normaliser
from qa_scorer.normalise import make_normaliser, normalise_call
from qa_scorer.pipeline import check_call
from qa_scorer.profile import Profile, load_profile
from qa_scorer.rules import Rule, build_rule, select_ids

CHARS_PER_SECOND = 4.0
GAP_S = 1.0
DEFAULTS: dict[str, Any] = {
    "call_id": "test-call",
    "agent_id": "811000",
    "direction": INBOUND,
    "call_type": "inquiry",
    "start_time": datetime.fromisoformat("2026-11-27T09:00:00+08:00"),
    "hangup_by": "customer",
}
SPEAKER_LABELS = {"agent": AGENT, "a": AGENT, "座席": AGENT, "坐席": AGENT,
                  "customer": CUSTOMER, "c": CUSTOMER, "客户": CUSTOMER}
_LINE = re.compile(r"^(?P<who>[^:：@\s]+)\s*(?:@(?P<start>[\d.]+)(?:-(?P<end>[\d.]+))?)?"
                   r"\s*[:：]\s?(?P<text>.*)$")


def parse_transcript(transcript: str) -> tuple[Segment, ...]:
    """Segments from `speaker[@start[-end]]: text` lines, timed automatically where not given."""
    segments: list[Segment] = []
    clock = 0.0
    for number, line in enumerate(transcript.strip().splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        match = _LINE.match(line)
        if not match or match["who"].lower() not in SPEAKER_LABELS:
            raise ValueError(f"transcript line {number} is not 'agent: …' or 'customer: …': {line!r}")
        text = match["text"]
        start = float(match["start"]) if match["start"] else clock
        end = float(match["end"]) if match["end"] else start + max(1.0, len(text) / CHARS_PER_SECOND)
        segments.append(Segment(SPEAKER_LABELS[match["who"].lower()], start, end, text))
        clock = end + GAP_S
    return tuple(segments)


def make_call(transcript: str, **meta: Any) -> Call:
    """A raw (not yet normalised) call with the transcript and the defaults overridden by `meta`."""
    segments = parse_transcript(transcript)
    fields = {**DEFAULTS, **meta}
    fields["holds"] = tuple(h if isinstance(h, Span) else Span(float(h[0]), float(h[1]))
                            for h in fields.get("holds", ()))
    if isinstance(fields["start_time"], str):
        fields["start_time"] = datetime.fromisoformat(fields["start_time"])
    if "talk_s" not in fields:
        fields["talk_s"] = max([s.end for s in segments] + [h.end for h in fields["holds"]],
                               default=0.0) + 2.0
    return Call(segments=segments, **fields)


@functools.lru_cache(maxsize=None)
def cached_profile(path: str | None = None) -> Profile:
    """The profile at `path` (the default when None), loaded once per test session."""
    return load_profile(path)


_Checker = tuple[Rule, Normaliser, Callable[[Call], CallContext]]
# id(profile) → the profile (kept alive so its id stays unique) and its checkers by rule id.
_CHECKERS: dict[int, tuple[Profile, dict[str, _Checker]]] = {}


def _checker(rule_id: str, profile: Profile) -> _Checker:
    """The rule as the CLI builds it, with the run-level normaliser and context factory.

    Only the named rule goes into the context factory, as with `--select ID`."""
    if id(profile) not in _CHECKERS:
        _CHECKERS[id(profile)] = (profile, {})
    checkers = _CHECKERS[id(profile)][1]
    if rule_id not in checkers:
        select_ids(profile.rule_ids, select=[rule_id])  # an unknown id fails as on the command line
        rule = build_rule(rule_id, profile)
        checkers[rule_id] = (rule, make_normaliser(profile), make_context_factory(profile, [rule]))
    return checkers[rule_id]


def findings_for(transcript: str, rule_id: str, profile: str | Path | Profile | None = None,
                 **meta: Any) -> list[Finding]:
    """The findings of rule `rule_id` on a call built from `transcript` and `meta`."""
    if not isinstance(profile, Profile):
        profile = cached_profile(None if profile is None else str(profile))
    rule, normaliser, context_for = _checker(rule_id, profile)
    call = normalise_call(make_call(transcript, **meta), normaliser)
    return check_call(call, [rule], context_for(call))


def assert_fires(transcript: str, rule_id: str, **meta: Any) -> list[Finding]:
    """Fail unless `rule_id` fires on the call; returns the findings for further checks."""
    findings = findings_for(transcript, rule_id, **meta)
    assert findings, f"{rule_id} did not fire on:\n{transcript.strip()}"
    return findings


def assert_quiet(transcript: str, rule_id: str, **meta: Any) -> None:
    """Fail if `rule_id` fires on the call, showing what it said."""
    findings = findings_for(transcript, rule_id, **meta)
    assert not findings, (f"{rule_id} fired on:\n{transcript.strip()}\n"
                          + "\n".join(f"  {f.message} | {f.evidence}" for f in findings))
