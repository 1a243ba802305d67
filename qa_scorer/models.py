"""The values that flow through the pipeline: calls in, findings and scores out."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Mapping


class Severity(str, Enum):
    """How much a finding costs a call (`rules.md`: critical fails the call outright)."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"


AGENT = "agent"
CUSTOMER = "customer"
INBOUND = "inbound"
OUTBOUND = "outbound"


@dataclass(frozen=True)
class Span:
    """A stretch of the call in seconds from answer, e.g. a hold."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Segment:
    """One utterance as the ASR wrote it, with its normalised form once `normalise` has run.

    `clean` is the text the phrase rules match on; `origin[i]` is the index in `text` of
    `clean[i]`, so evidence can quote what was actually said.
    """

    speaker: str
    start: float
    end: float
    text: str
    clean: str = ""
    origin: tuple[int, ...] = ()


@dataclass(frozen=True)
class Call:
    """A call: its CTI metadata joined with its transcript (if any)."""

    call_id: str
    agent_id: str
    direction: str
    start_time: datetime
    talk_s: float
    ring_count: float | None = None
    ring_s: float | None = None
    holds: tuple[Span, ...] = ()
    hangup_by: str | None = None
    call_type: str | None = None
    customer_id: str | None = None
    customer_name: str | None = None
    segments: tuple[Segment, ...] = ()
    has_transcript: bool = True
    source: str = ""

    def agent_segments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.speaker == AGENT)


@dataclass(frozen=True)
class Finding:
    """One occurrence of a rule firing in a call."""

    rule_id: str
    call_id: str
    start: float | None
    end: float | None
    evidence: str
    message: str
    detail: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Reject:
    """Input that could not be scored, and why, in words a supervisor understands."""

    source: str
    reason: str
    call_id: str = ""
    line: int | None = None

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


@dataclass(frozen=True)
class CallResult:
    """A scored call."""

    call: Call
    findings: tuple[Finding, ...]
    score: float
    passed: bool
    critical: bool
    fired: tuple[str, ...]  # rule ids that fired, each once
