"""E5xx: handling by call type. The phrase rules (E501–E504) are declared in the profile;
E505 lines up holds and silences with what the agent said before them, so it is written here."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..matching import CallContext, PhraseCompiler, own_context, quote
from ..models import AGENT, Call, Finding, Span
from ..profile import Profile
from . import register
from .base import Rule
from .telephony import silent_gaps


@register
class WaitNotRequested(Rule):
    """What it does: for every hold, and every silence T106 reports (a gap over its `max_gap_s`
    that no hold covers), fires when none of the agent's last `lookback_utterances` utterances
    (1: "the utterance before it") since the previous wait ended asks the customer to wait
    (`wait_phrases`: 请您稍等, 请稍候, 麻烦您稍等 …). One request announces one wait.

    Why it matters: B2.3 — 在与客户的交谈中必须请客户等候的 … 应当由座席代表与客户协商: a wait
    is agreed with the customer, not imposed by silence.

    Example: agent: 好的 → 45 s on hold → agent: 查到了.

    Do instead: say what you are doing and ask first — 我帮您查询一下，请您稍等 — then hold.
    """

    id, name, clause = "E505", "wait-not-requested", "B2.3"

    def __init__(self, settings: Mapping[str, Any], profile: Profile) -> None:
        super().__init__(settings, profile)
        where = f"{profile.source}: rules.{self.id}.wait_phrases"
        self.wait_phrases = PhraseCompiler(profile).phrase_set(settings["wait_phrases"], where,
                                                               whole_word=False)
        self.phrase_sets = (self.wait_phrases,)
        self.max_gap_s = profile.rule("T106")["max_gap_s"]

    def check(self, call: Call, ctx: CallContext | None = None) -> Iterator[Finding]:
        ctx = ctx or own_context(self, call)
        waits = [("hold", hold) for hold in call.holds]
        waits += [("silence", gap) for gap in silent_gaps(call, self.max_gap_s)]
        previous_end = float("-inf")
        for what, span in sorted(waits, key=lambda w: w[1].start):
            before = self._agent_before(ctx, span, previous_end)
            if ctx.first_hit(self.wait_phrases, before) is None:
                yield self.finding(call, span.start, span.end, self._evidence(ctx, before),
                                   what=what, wait_start=round(span.start, 1))
            previous_end = max(previous_end, span.end)

    def _agent_before(self, ctx: CallContext, span: Span, since: float) -> list[int]:
        """The agent's last utterances that began before the wait did and after the previous
        wait ended: a request to wait announces one wait, not the next one too."""
        earlier = [i for i in ctx.window(AGENT)
                   if since <= ctx.call.segments[i].start < span.start]
        return earlier[-self.settings["lookback_utterances"]:]

    @staticmethod
    def _evidence(ctx: CallContext, before: list[int]) -> str:
        if not before:
            return "the agent had not spoken yet"
        segment = ctx.call.segments[before[-1]]
        return "agent before it: " + quote(segment, 0, len(segment.clean), context=0)
