"""G3xx: opening and closing scripts. The phrase scripts (G301, G303–G305) are declared in the
profile; G302 needs the call's metadata, so it is written here."""
from __future__ import annotations

import re
from typing import Iterator

from ..matching import CallContext, own_context
from ..models import AGENT, Call, Finding, Segment
from ..normalise import spoken_digit
from . import register
from .base import Rule

_DIGIT_RUN = re.compile(r"\d+")


@register
class GreetingAgentId(Rule):
    """What it does: fires when the agent's opening (either direction; `window`, the agent's
    first two utterances or first 20 s) does not state the agent's own id from the call's
    metadata, in Arabic or spoken digits (811000, 八一一零零零, 八幺幺洞洞洞). When the agent
    states a different id of the same length, the message says which.

    Why it matters: B2.8 — 使用统一的服务开头语：“您好，交行811000（工号），很高兴为您服务，请讲”;
    the id lets the customer name who served them.

    Example: agent 811000 says 您好交行八幺幺洞洞幺很高兴为您服务请讲 (811001), or leaves the id out.

    Do instead: say your own id in the greeting, digit by digit: 您好，交行八幺幺洞洞洞，很高兴为您服务，请讲.
    """

    id, name, clause = "G302", "greeting-agent-id", "B2.8"

    def check(self, call: Call, ctx: CallContext | None = None) -> Iterator[Finding]:
        own_id = "".join(ch for ch in call.agent_id if ch.isalnum()).lower()
        if not own_id:
            return  # nothing to compare with; the loader reports missing metadata
        ctx = ctx or own_context(self, call)
        opening = [call.segments[i] for i in ctx.window(AGENT, self.settings["window"])]
        said = [run for s in opening for run in _DIGIT_RUN.findall(s.clean)]
        if any(own_id in run for run in said) or own_id in _every_digit(opening):
            return
        others = [run for run in said if len(run) == len(own_id)]
        start, end = (opening[0].start, opening[-1].end) if opening else (None, None)
        evidence = " / ".join(s.text for s in opening)[:60] or "the agent did not speak"
        instead = f" (said {others[0]} instead)" if others else ""
        yield self.finding(call, start, end, evidence, agent_id=own_id, said=others[0] if others else "",
                           instead=instead)


def _every_digit(opening: list[Segment]) -> str:
    """Every digit said in the opening, in order, whatever stood between them: an id read in
    two groups (八一四，零六二号) or cut between utterances (813 / 004) is still the id."""
    return "".join(spoken_digit(ch) for segment in opening for ch in segment.clean
                   if spoken_digit(ch))
