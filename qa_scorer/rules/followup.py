"""X6xx: duties no single call shows — a complaint, a long hold or a promise to get back to the
customer must be followed by an outbound call to that customer within the callback deadline.

Deciding takes two steps. While a call is scored, each X rule says whether the call carries its
duty (`carries_duty`: E501's complaint conditions, a long hold, a promise phrase) and
`Store.save_chunk` records them. Once the batch is stored, `decide_callbacks` decides
every duty over the store — the batch and the history together — as of a reference time. The X
rules' `check` therefore yields nothing.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any, Callable, ClassVar, Iterator, Mapping, Sequence

from ..matching import CallContext, PhraseCompiler, own_context
from ..models import AGENT, Call, Finding
from ..profile import Profile
from ..store import MET, MISSED, NO_CUSTOMER, PENDING, Decision, Duty, Store
from . import register
from .base import Rule, _render
from .operators import build_conditions

SATURDAY = 5
TIME_FORMAT = "%Y-%m-%d %H:%M"


class CallbackRule(Rule):
    """A duty to call the customer back, decided over the store by `decide_callbacks`."""

    cross_call = True
    needs_transcript = False
    # How the evidence names the call that created the duty: "complaint at 2026-11-24 19:41; …".
    duty: ClassVar[str]

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        yield from ()

    def carries_duty(self, call: Call, ctx: CallContext | None = None) -> bool:
        """Whether `call` obliges the centre to call the customer back (decided later)."""
        raise NotImplementedError

    def overdue_finding(self, duty: Duty, deadline: datetime, late_callback: datetime | None,
                        **detail: Any) -> Finding:
        """The finding for a duty whose deadline passed with no callback."""
        evidence = (f"{self.duty} at {duty.start_time:{TIME_FORMAT}}; no outbound call to "
                    f"{duty.customer_id} by {deadline:{TIME_FORMAT}}")
        if late_callback is not None:
            evidence += f" (first one at {late_callback:{TIME_FORMAT}})"
        detail = {"customer_id": duty.customer_id, "deadline": f"{deadline:{TIME_FORMAT}}",
                  **detail}
        message = _render(self.settings.get("message", self.name), {**self.settings, **detail})
        return Finding(self.id, duty.call_id, None, None, evidence, message, detail)


@register
class ComplaintNoCallback(CallbackRule):
    """What it does: fires when a complaint call (by `call_type`, or the customer's complaint cues)
    is not followed by an outbound call to the same `customer_id` within the callback deadline
    (`callbacks.deadline_hours`, 48 h; optionally counting only working days). While the deadline
    has not passed the call is pending, not a finding; it is decided on the first night after.
    Calls without a `customer_id` cannot be matched to a callback and are not evaluated.

    Why it matters: B3.3, B3.4 — 须在规定时间内将处理情况反馈给客户; 对每笔投诉类业务都要进行电话回访.

    Example: complaint at 2026-11-24 19:41 from customer 13900000003; no outbound call to
    13900000003 by 2026-11-26 19:41.

    Do instead: call every complaining customer back within the deadline, even if only to explain
    where the case stands, and record the callback under the same customer id.
    """

    id, name, clause = "X601", "complaint-no-callback", "B3.3, B3.4"
    duty = "complaint"

    def __init__(self, settings: Mapping[str, Any], profile: Profile) -> None:
        super().__init__(settings, profile)
        # A complaint is what the complaint-handling rule (E501) calls one: one list to maintain.
        source = settings["complaint_as_in"]
        where = f"{profile.source}: rules.{source}.when"
        self.conditions = build_conditions(profile.rule(source).get("when", []),
                                           PhraseCompiler(profile), where)
        self.phrase_sets = tuple(phrases for c in self.conditions for phrases in c.phrase_sets)

    def carries_duty(self, call: Call, ctx: CallContext | None = None) -> bool:
        ctx = ctx or own_context(self, call)
        return any(c.holds_on(call) and c.trigger(ctx)[0] for c in self.conditions)


@register
class LongHoldNoCallback(CallbackRule):
    """What it does: fires when a call with a hold longer than `min_hold_s` (60 s) is not
    followed by an outbound call to the same `customer_id` within the callback deadline
    (`callbacks.deadline_hours`, 48 h). Pending until the deadline passes; calls without a
    `customer_id` are not evaluated.

    Why it matters: B2.3 — 等待时间较长的，应当由座席代表与客户协商，并事后回访.

    Example: an inquiry with a hold of 76 s on 2026-11-27 at 15:17, and no outbound call to that
    customer by 2026-11-29 15:17.

    Do instead: after keeping a customer waiting more than a minute, call them back to check the
    matter was settled (事后回访).
    """

    id, name, clause = "X602", "long-hold-no-callback", "B2.3"
    duty = "long hold"

    def carries_duty(self, call: Call, ctx: CallContext | None = None) -> bool:
        return long_hold_duty(call, self.settings["min_hold_s"])


@register
class PromisedCallbackMissing(CallbackRule):
    """What it does: fires when the agent promised to get back to the customer (稍后给您回电,
    核实后尽快回复您 …) and no outbound call to the same `customer_id` followed within the callback
    deadline (`callbacks.deadline_hours`, 48 h). Pending until the deadline passes; calls without
    a `customer_id` are not evaluated.

    The promise phrases are the profile's `callbacks.promise_phrases`.

    Why it matters: B2.15 — 首问责任制: 遇无法在线解答的疑难问题，应作好详细记录，事后回复客户.

    Example: the agent says 我核实一下稍后给您回电 on 2026-11-24 at 14:18; no outbound call to that
    customer by 2026-11-26 14:18.

    Do instead: keep every promise to call back, within the deadline; if the answer is not ready
    yet, call to say when it will be.
    """

    id, name, clause = "X603", "promised-callback-missing", "B2.15"
    duty = "callback promised"

    def __init__(self, settings: Mapping[str, Any], profile: Profile) -> None:
        super().__init__(settings, profile)
        where = f"{profile.source}: callbacks.promise_phrases"
        self.promises = PhraseCompiler(profile).phrase_set(
            profile.section("callbacks")["promise_phrases"], where)
        self.phrase_sets = (self.promises,)

    def carries_duty(self, call: Call, ctx: CallContext | None = None) -> bool:
        ctx = ctx or own_context(self, call)
        return ctx.first_hit(self.promises, ctx.window(AGENT)) is not None


# --- duties a call carries --------------------------------------------------------------------


def long_hold_duty(call: Call, min_hold_s: float) -> bool:
    """Whether any single hold of the call lasted longer than `min_hold_s` (X602's duty)."""
    return any(hold.duration > min_hold_s for hold in call.holds)


# --- deciding -------------------------------------------------------------------------------


def callback_deadline(start: datetime, hours: float, working_days: bool = False) -> datetime:
    """The time by which a call starting at `start` must have been called back.

    `hours` later; with `working_days`, only hours on Monday to Friday (in the call's own local
    time) count, so a complaint on Friday at 17:00 with 48 h is due on Tuesday at 17:00. Public
    holidays are not known and count as working days.
    """
    if not working_days:
        return start + timedelta(hours=hours)
    remaining, cursor = timedelta(hours=hours), start
    while True:
        if cursor.weekday() >= SATURDAY:
            cursor = _midnight_after(cursor, days=7 - cursor.weekday())  # to Monday 00:00
            continue
        left_today = _midnight_after(cursor) - cursor
        if remaining <= left_today:
            return cursor + remaining
        remaining -= left_today
        cursor = _midnight_after(cursor)


def _midnight_after(moment: datetime, days: int = 1) -> datetime:
    return datetime.combine(moment.date() + timedelta(days=days), time(0), tzinfo=moment.tzinfo)


def decide_duty(duty: Duty, rule: CallbackRule, first_callback: datetime | None,
                as_of: datetime, deadline: datetime, **detail: Any) -> Decision:
    """The status of one duty as of `as_of`, given the first outbound call to the customer after
    the original call (None when there is none).

    met: that call came at or before the deadline. missed: it did not, and the deadline is at or
    before `as_of`. pending: the deadline is still ahead. no_customer: nothing to match on.
    """
    if duty.customer_key is None:
        return Decision(duty.call_id, duty.rule_id, NO_CUSTOMER, deadline)
    if first_callback is not None and first_callback <= deadline:
        return Decision(duty.call_id, duty.rule_id, MET, deadline)
    if deadline > as_of:
        return Decision(duty.call_id, duty.rule_id, PENDING, deadline)
    finding = rule.overdue_finding(duty, deadline, first_callback, **detail)
    return Decision(duty.call_id, duty.rule_id, MISSED, deadline, finding, rule.name,
                    rule.severity.value)


def decide_callbacks(store: Store, rules: Sequence[Rule], callbacks: Mapping[str, Any],
                     scoring: Mapping[str, Any], as_of: datetime | None = None,
                     run_id: int | None = None,
                     mask: Callable[[str], str] = lambda text: text) -> list[Finding]:
    """Decide every stored duty of the given X rules as of `as_of`, store the decisions and
    re-score the calls they change; returns the findings that became overdue in this decision.

    `rules` may be all the run's rules (only cross-call ones are used); `callbacks` is the
    profile's `callbacks` section (`deadline_hours`, `working_days`); `as_of` defaults to the
    latest call start in the store. Every duty is recomputed from the stored calls, so deciding
    again, or deciding night by night instead of all at once, gives the same final decisions.
    `mask` is applied to the evidence (it names the customer id).
    """
    by_id = {rule.id: rule for rule in rules if isinstance(rule, CallbackRule)}
    as_of = as_of or store.latest_start()
    if not by_id or as_of is None:
        return []
    hours, working_days = callbacks["deadline_hours"], callbacks["working_days"]
    decisions = []
    for duty in store.duties(by_id):
        deadline = callback_deadline(duty.start_time, hours, working_days)
        first = (store.first_outbound_after(duty.customer_key, duty.start_time)
                 if duty.customer_key else None)
        decision = decide_duty(duty, by_id[duty.rule_id], first, as_of, deadline,
                               deadline_hours=hours)
        decisions.append(_masked(decision, mask))
    newly_missed = store.record_decisions(decisions, as_of, scoring, run_id)
    return [d.finding for d in newly_missed if d.finding is not None]


def _masked(decision: Decision, mask: Callable[[str], str]) -> Decision:
    finding = decision.finding
    if finding is None:
        return decision
    masked = Finding(finding.rule_id, finding.call_id, finding.start, finding.end,
                     mask(finding.evidence), mask(finding.message), finding.detail)
    return Decision(decision.call_id, decision.rule_id, decision.status, decision.deadline,
                    masked, decision.rule, decision.severity)


__all__ = ["CallbackRule", "ComplaintNoCallback", "LongHoldNoCallback", "PromisedCallbackMissing",
           "callback_deadline", "decide_callbacks", "decide_duty",
           "long_hold_duty"]
