"""T1xx: telephony and timing, from the CTI metadata and the segment times."""
from __future__ import annotations

from typing import Any, Iterator

from ..models import INBOUND, OUTBOUND, Call, Finding, Span
from . import register
from .base import Rule


@register
class SlowAnswer(Rule):
    """What it does: fires when an inbound call was answered after more than `max_rings` rings.
    Rings come from `ring_count`, or from `ring_s` divided by `seconds_per_ring` (China's ring
    cadence is 1 s on and 4 s off, so 5 s a ring).

    Why it matters: B2.1 — 呼入电话振铃三声之内必须接听.

    Example: ring_count 5, or ring_s 22 (4.4 rings).

    Do instead: answer within three rings; if the queue is long, staff it up rather than let it ring.
    """

    id, name, clause = "T101", "slow-answer", "B2.1"
    needs_transcript = False

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        if call.direction != INBOUND:
            return
        if call.ring_count is not None:
            rings, evidence = call.ring_count, f"{call.ring_count:g} rings"
        elif call.ring_s is not None:
            rings = call.ring_s / self.settings["seconds_per_ring"]
            evidence = f"rang {call.ring_s:g} s ≈ {rings:.1f} rings"
        else:
            return
        if rings > self.settings["max_rings"]:
            yield self.finding(call, None, 0.0, evidence, rings=round(rings, 1))


class _LongCall(Rule):
    direction: str

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        limit = self.settings["max_talk_s"]
        if call.direction == self.direction and call.talk_s > limit:
            yield self.finding(call, 0.0, call.talk_s, f"talk time {call.talk_s:.1f} s",
                               talk_s=round(call.talk_s, 1))


@register
class LongInboundCall(_LongCall):
    """What it does: fires when an inbound call's talk time is over `max_talk_s` (180 s).

    Why it matters: B2.2 — 原则上呼入电话通话时间不超过3分钟.

    Example: an inbound balance enquiry that runs 4 minutes.

    Do instead: answer precisely, and move long investigations to a callback.
    """

    id, name, clause = "T102", "long-inbound-call", "B2.2"
    needs_transcript = False
    direction = INBOUND


@register
class LongOutboundCall(_LongCall):
    """What it does: fires when an outbound call's talk time is over `max_talk_s` (300 s).

    Why it matters: B2.2 — 呼出电话通话时间不超过5分钟.

    Example: a marketing call that runs 6½ minutes.

    Do instead: keep to the call plan, and offer to send details by SMS or a later call.
    """

    id, name, clause = "T103", "long-outbound-call", "B2.2"
    needs_transcript = False
    direction = OUTBOUND


@register
class LongHold(Rule):
    """What it does: fires for every hold longer than `max_hold_s` (60 s), from the CTI's hold
    column or the transcript's `holds`.

    Why it matters: B2.3 — 请客户等候的，等候时间一般不得超过1分钟.

    Example: hold 35.0–98.5 s (63.5 s).

    Do instead: come back to the line within a minute; if it will take longer, agree a callback
    with the customer (协商), and call back afterwards (事后回访).
    """

    id, name, clause = "T104", "long-hold", "B2.3"
    needs_transcript = False

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        for hold in call.holds:
            if hold.duration > self.settings["max_hold_s"]:
                yield self.finding(call, hold.start, hold.end,
                                   f"hold {hold.start:.1f}–{hold.end:.1f} s, {hold.duration:.1f} s",
                                   hold_s=round(hold.duration, 1))


@register
class AgentHungUpFirst(Rule):
    """What it does: fires when the CTI says the agent ended the call (`hangup_by = agent`).

    Why it matters: B2.10 — 座席代表不得先于客户挂断电话.

    Example: hangup_by agent.

    Do instead: say the closing, then wait for the customer to hang up.
    """

    id, name, clause = "T105", "agent-hung-up-first", "B2.10"
    needs_transcript = False

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        if call.hangup_by == "agent":
            yield self.finding(call, call.talk_s, call.talk_s, "hangup_by agent")


def silent_gaps(call: Call, min_gap_s: float) -> Iterator[Span]:
    """Stretches longer than `min_gap_s` between consecutive segments that no hold covers."""
    spoken_until = None
    for segment in call.segments:
        if spoken_until is not None and segment.start - spoken_until > min_gap_s:
            for piece in _uncovered(Span(spoken_until, segment.start), call.holds):
                if piece.duration > min_gap_s:
                    yield piece
        spoken_until = segment.end if spoken_until is None else max(spoken_until, segment.end)


def _uncovered(gap: Span, holds: tuple[Span, ...]) -> Iterator[Span]:
    cursor = gap.start
    for hold in sorted(holds, key=lambda h: h.start):
        if hold.end <= cursor or hold.start >= gap.end:
            continue
        if hold.start > cursor:
            yield Span(cursor, hold.start)
        cursor = max(cursor, hold.end)
    if cursor < gap.end:
        yield Span(cursor, gap.end)


@register
class LongSilence(Rule):
    """What it does: fires for every gap over `max_gap_s` (20 s) between consecutive segments
    that no recorded hold covers — dead air the customer hears.

    Why it matters: B2.3 — waiting must be short and agreed with the customer; silence on the
    line is an unannounced wait.

    Example: the agent's last words end at 41.0 s and nobody speaks until 66.5 s, with no hold.

    Do instead: put the customer on hold with 请您稍等, or keep talking them through what you are doing.
    """

    id, name, clause = "T106", "long-silence", "B2.3"

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        for gap in silent_gaps(call, self.settings["max_gap_s"]):
            yield self.finding(call, gap.start, gap.end,
                               f"silence {gap.start:.1f}–{gap.end:.1f} s, {gap.duration:.1f} s",
                               gap_s=round(gap.duration, 1))
