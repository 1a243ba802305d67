"""P4xx: service discipline and wording. The phrase rules (P401–P405, P407) are declared in the
profile; P406 reads numbers, so it is written here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..matching import CallContext, own_context, quote
from ..models import AGENT, Call, Finding, Segment
from ..privacy import mask_number, mask_personal_data
from . import register
from .base import Rule

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class SpokenNumber:
    """A number read out in one utterance: `clean[start:end]`, its digits (an id's X as x)."""

    segment: int
    start: int
    end: int
    digits: str


@register
class PersonalNumberReadAloud(Rule):
    """What it does: fires when the agent reads out a full bank-card number (16–19 digits) or
    account number (20–21 digits), a resident id number (17 digits and a check digit or X) or a
    mobile number (11 digits, 1[3-9]…), whether in Arabic or spoken digits, spaced or not. One
    finding per number; the evidence masks it. Short numbers are fine: the last four digits
    (尾号七八九零), the 95559 hotline, the agent's own 工号, amounts and dates.

    Why it matters: B2.17.7 — 严禁泄露或擅自使用客户各类资料. A number read aloud can be
    overheard at either end, and is then in the recording.

    Example: 您的卡号是六二二二 零二零二 一二三四 五六七八 九零一，对吗？

    Do instead: confirm by the last four digits — 请问是尾号八九零一的这张卡吗？ — or ask the
    customer to read the number to you.
    """

    id, name, clause = "P406", "pii-read-aloud", "B2.17.7"

    def check(self, call: Call, ctx: CallContext | None = None) -> Iterator[Finding]:
        ctx = ctx or own_context(self, call)
        reported: set[str] = set()
        for indices in _digit_chains(ctx):
            # A number ASR cut between two utterances is read in the utterances run together.
            context = ctx.joined(indices) if len(indices) > 1 else ctx
            index = 0 if len(indices) > 1 else indices[0]
            segment = context.call.segments[index]
            for number in self._numbers(segment, index):
                kind = self._kind(number.digits)
                if kind is None or number.digits in reported:
                    continue
                reported.add(number.digits)
                masked = mask_number(number.digits.upper())
                evidence = quote(segment, number.start, number.end, mask=mask_personal_data,
                                 words=masked)
                yield self.finding(call, segment.start, segment.end, evidence, kind=kind,
                                   masked=masked)

    def _numbers(self, segment: Segment, index: int) -> Iterator[SpokenNumber]:
        """Digit runs of the clean text, split where the speaker ended a sentence between them
        (the clean text has lost the punctuation) and with a spoken X appended to an id."""
        for run in _DIGITS.finditer(segment.clean):
            cuts = [i for i in range(run.start() + 1, run.end()) if self._sentence_break(segment, i)]
            bounds = [run.start(), *cuts, run.end()]
            for start, end in zip(bounds, bounds[1:]):
                yield self._with_check_letter(segment, index, start, end)

    def _sentence_break(self, segment: Segment, index: int) -> bool:
        """Whether the original text ends a sentence between clean characters index-1 and index."""
        between = segment.text[segment.origin[index - 1] + 1 : segment.origin[index]]
        return any(ch in self.settings["sentence_breaks"] for ch in between)

    def _with_check_letter(self, segment: Segment, index: int, start: int, end: int) -> SpokenNumber:
        digits = segment.clean[start:end]
        if len(digits) == self.settings["id_digits_before_check"]:
            for letter in self.settings["id_check_letters"]:
                if segment.clean.startswith(letter, end):
                    return SpokenNumber(index, start, end + len(letter), digits + "x")
        return SpokenNumber(index, start, end, digits)

    def _kind(self, digits: str) -> str | None:
        """Which personal number `digits` is, if any (an id is tried first: it is 18 long too)."""
        settings = self.settings
        if re.fullmatch(settings["resident_id_pattern"], digits):
            return "resident id number"
        if digits.isdigit() and settings["card_min_digits"] <= len(digits) <= settings["card_max_digits"]:
            return "bank-card number"
        if digits.isdigit() and settings["card_max_digits"] < len(digits) <= settings["account_max_digits"]:
            return "account number"
        if re.fullmatch(settings["mobile_pattern"], digits):
            return "mobile number"
        return None


def _digit_chains(ctx: CallContext) -> Iterator[tuple[int, ...]]:
    """The agent's utterances, one by one, with consecutive ones chained where the first ends
    and the next begins with a digit (六二二二六二零七四五 / 四八九五五零七九零)."""
    chain: list[int] = []
    for index in ctx.window(AGENT, "all"):
        previous = ctx.call.segments[chain[-1]].clean if chain else ""
        current = ctx.call.segments[index].clean
        if chain and chain[-1] == index - 1 and previous[-1:].isdigit() and current[:1].isdigit():
            chain.append(index)
            continue
        if chain:
            yield tuple(chain)
        chain = [index]
    if chain:
        yield tuple(chain)
