"""Scores: deductions once per rule per call, fatal (一票否决) items, the pass mark, agent tallies."""
from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class AgentTally:
    """One agent's running totals; adding a call is O(1), so a night of any size streams."""

    calls: int = 0
    score_sum: float = 0.0
    passed: int = 0
    critical_calls: int = 0
    calls_fired: dict[str, int] = field(default_factory=dict)

    def add(self, result: CallResult) -> None:
        self.calls += 1
        self.score_sum += result.score
        self.passed += result.passed
        self.critical_calls += result.critical
        for rule_id in result.fired:
            self.calls_fired[rule_id] = self.calls_fired.get(rule_id, 0) + 1

    @property
    def mean_score(self) -> float:
        return round(self.score_sum / self.calls, 2) if self.calls else 0.0

    @property
    def pass_rate(self) -> float:
        return round(self.passed / self.calls, 4) if self.calls else 0.0


class Scorecards:
    """Per-agent tallies, built incrementally as results stream past."""

    def __init__(self) -> None:
        self.agents: dict[str, AgentTally] = {}

    def add(self, result: CallResult) -> None:
        self.agents.setdefault(result.call.agent_id, AgentTally()).add(result)

    def __iter__(self):
        return iter(sorted(self.agents.items()))
