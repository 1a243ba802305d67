"""Scores: deductions once per rule per call, fatal (一票否决) items, the pass mark.

Per-agent tallies are aggregated by the results store (`Store.agent_rows`)."""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from .models import Call, CallResult, Finding, Severity


def score_fired(fired: Iterable[str], severities: Mapping[str, Severity],
                scoring: Mapping[str, Any]) -> tuple[float, bool, bool]:
    """(score, passed, critical) for a call on which the rules `fired` fired (each id once)."""
    fired = set(fired)
    deductions = scoring["deductions"]
    score = max(0.0, 100.0 - sum(deductions[severities[r].value] for r in fired))
    critical = any(severities[r] is Severity.CRITICAL for r in fired)
    if critical and scoring["critical_fails"]:
        score = 0.0
    passed = score >= scoring["pass_mark"] and not (critical and scoring["critical_fails"])
    return score, passed, critical


def score_call(call: Call, findings: Iterable[Finding], severities: Mapping[str, Severity],
               scoring: Mapping[str, Any]) -> CallResult:
    """Deduct each fired rule's points once; a critical finding fails the call with score 0."""
    findings = tuple(findings)
    fired = tuple(dict.fromkeys(f.rule_id for f in findings))
    score, passed, critical = score_fired(fired, severities, scoring)
    return CallResult(call, findings, score, passed, critical, fired)
