"""S2xx: how the agent speaks (S201 here; the lexicon checks S202/S203 are declared in the profile)."""
from __future__ import annotations

import unicodedata
from typing import Any, Iterator

from ..models import Call, Finding, Segment
from . import register
from .base import Rule


def spoken_characters(text: str) -> int:
    """Han characters, letters and digits: what B2.4's 字/分钟 counts (not punctuation or spaces)."""
    return sum(1 for ch in text if ch.isalnum() or unicodedata.category(ch) == "Lo")


def speaking_time(segments: tuple[Segment, ...]) -> float:
    """Seconds covered by the segments, overlapping stretches counted once."""
    total, until = 0.0, float("-inf")
    for segment in sorted(segments, key=lambda s: s.start):
        start = max(segment.start, until)
        if segment.end > start:
            total += segment.end - start
        until = max(until, segment.end)
    return total


@register
class SpeechRate(Rule):
    """What it does: measures the agent's speech rate in characters per minute of the agent's
    own speaking time (Han characters, letters and digits) and fires when it is outside
    `target_cpm` ± `tolerance` (250 ± 20 %: 200–300). Calls with less than
    `min_agent_speech_s` (30 s) of agent speech are not evaluated.

    Why it matters: B2.4 — 语速适中，一般保持在250字/分钟. Too fast and the customer misses
    the details; too slow and the call drags.

    Example: 160 characters in 25 s of agent speech is 384 characters a minute.

    Do instead: slow down on numbers, dates and steps; pause after each instruction.
    """

    id, name, clause = "S201", "speech-rate", "B2.4"

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        agent = call.agent_segments()
        seconds = speaking_time(agent)
        if seconds < self.settings["min_agent_speech_s"]:
            return
        cpm = sum(spoken_characters(s.text) for s in agent) * 60.0 / seconds
        target, tolerance = self.settings["target_cpm"], self.settings["tolerance"]
        low, high = target * (1 - tolerance), target * (1 + tolerance)
        if not low <= cpm <= high:
            yield self.finding(call, agent[0].start, agent[-1].end,
                               f"{cpm:.0f} characters/min over {seconds:.0f} s of agent speech",
                               cpm=round(cpm), low=round(low), high=round(high))
