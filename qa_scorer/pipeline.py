"""The one path a batch takes: load → normalise → run rules → score → aggregate → write."""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TypeVar

from .matching import CallContext, make_context_factory
from .models import Call, CallResult, Finding, Reject
from .normalise import Normaliser
from .profile import Profile
from .reports import ReportWriter
from .rules import Rule
from .scoring import Scorecards, score_call

T = TypeVar("T")


@dataclass
class RunSummary:
    """What a run did, for the one-line summary and the exit code."""

    scored: int = 0
    rejected: int = 0
    passed: int = 0
    without_transcript: int = 0

    @property
    def pass_rate(self) -> float:
        return self.passed / self.scored if self.scored else 0.0

    def line(self) -> str:
        return (f"{self.scored} calls scored ({self.without_transcript} without transcript), "
                f"{self.rejected} rejected, pass rate {self.pass_rate:.1%}")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, so only one chunk is in memory at a time."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def make_normaliser(profile: Profile) -> Normaliser:
    """The text normaliser configured by the profile's `normalise` section."""
    settings = profile.section("normalise")
    return Normaliser(fixups=settings.get("fixups", {}), fillers=settings.get("fillers", ()))


def normalise_call(call: Call, normaliser: Normaliser) -> Call:
    """The call with every segment's clean text and offset map filled in, once."""
    segments = []
    for segment in call.segments:
        clean = normaliser(segment.text)
        segments.append(replace(segment, clean=clean.text, origin=clean.origin))
    return replace(call, segments=tuple(segments))


def check_call(call: Call, rules: Sequence[Rule], ctx: CallContext | None = None) -> list[Finding]:
    """Every finding of the per-call rules on one (normalised) call.

    `ctx` is the call's matching context from `make_context_factory`; without one, declared
    rules build their own (slower: use the factory for batches).
    """
    findings: list[Finding] = []
    for rule in rules:
        if rule.cross_call or (rule.needs_transcript and not call.has_transcript):
            continue
        findings.extend(rule.check(call, ctx))
    return findings


def score_calls(calls: Iterable[Call], profile: Profile, rules: Sequence[Rule]) -> Iterator[CallResult]:
    """Normalise, check and score each call."""
    normaliser = make_normaliser(profile)
    context_for = make_context_factory(profile, rules)  # the phrase automaton, built once per run
    severities = {rule.id: rule.severity for rule in rules}
    for call in calls:
        call = normalise_call(call, normaliser)
        findings = check_call(call, rules, context_for(call))
        yield score_call(call, findings, severities, profile.section("scoring"))


def run(items: Iterable[Call | Reject], profile: Profile, rules: Sequence[Rule],
        out_dir: Path) -> RunSummary:
    """Score a stream of loaded calls chunk by chunk and write the four reports into `out_dir`."""
    from .privacy import mask_personal_data

    writer = ReportWriter(out_dir, [r.id for r in rules], {r.id: r.name for r in rules},
                          {r.id: r.severity.value for r in rules}, mask=mask_personal_data)
    summary, cards = RunSummary(), Scorecards()
    try:
        for chunk in chunked(items, profile.section("run")["chunk_size"]):
            calls = [item for item in chunk if isinstance(item, Call)]
            for reject in (item for item in chunk if isinstance(item, Reject)):
                writer.write_reject(reject)
                summary.rejected += 1
            for result in score_calls(calls, profile, rules):
                writer.write_result(result)
                cards.add(result)
                summary.scored += 1
                summary.passed += result.passed
                summary.without_transcript += not result.call.has_transcript
        writer.commit(cards)
    except BaseException:
        writer.discard()
        raise
    return summary
