"""The one path a batch takes: load → normalise → run rules → score → store → decide callbacks → write.

Every chunk of calls goes through the whole pipe and into the results store (one transaction a
chunk) before the next chunk is read, so memory does not grow with the batch. Cross-call rules
are decided over the store once the batch is in; the reports are then written from the store.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TypeVar

from .matching import CallContext, make_context_factory
from .models import Call, CallResult, Finding, Reject
from .normalise import make_normaliser, normalise_call
from .privacy import mask_personal_data
from .profile import Profile
from .reports import write_reports
from .rules import Rule, build_rule
from .rules.followup import CallbackRule, decide_callbacks
from .scoring import score_call
from .store import Selection, Store

T = TypeVar("T")


@dataclass
class RunSummary:
    """What a run did, for the one-line summary and the exit code."""

    scored: int = 0
    rejected: int = 0
    passed: int = 0
    without_transcript: int = 0
    overdue_callbacks: int = 0

    @property
    def pass_rate(self) -> float:
        return self.passed / self.scored if self.scored else 0.0

    def line(self) -> str:
        return (f"{self.scored} calls scored ({self.without_transcript} without transcript), "
                f"{self.rejected} rejected, pass rate {self.pass_rate:.1%}, "
                f"{self.overdue_callbacks} callbacks newly overdue")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, so only one chunk is in memory at a time."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def check_call(call: Call, rules: Sequence[Rule], ctx: CallContext | None = None) -> list[Finding]:
    """Every finding of the per-call rules on one (normalised) call, personal numbers masked.

    `ctx` is the call's matching context from `make_context_factory`; without one, declared
    rules build their own (slower: use the factory for batches).
    """
    findings: list[Finding] = []
    for rule in rules:
        if rule.cross_call or (rule.needs_transcript and not call.has_transcript):
            continue
        findings.extend(rule.check(call, ctx))
    return [replace(f, evidence=mask_personal_data(f.evidence), message=mask_personal_data(f.message))
            for f in findings]


class CallScorer:
    """Normalises, checks and scores one call at a time; built once per run, because the phrase
    automaton and the normaliser are costly to build and cheap to use."""

    def __init__(self, profile: Profile, rules: Sequence[Rule]) -> None:
        self.rules = rules
        self.scoring = profile.section("scoring")
        self.normaliser = make_normaliser(profile)
        self.context_for = make_context_factory(profile, rules)
        self.severities = {rule.id: rule.severity for rule in rules}
        self.callback_rules = [rule for rule in rules if isinstance(rule, CallbackRule)]

    def __call__(self, call: Call) -> tuple[CallResult, set[str]]:
        """The scored call, and the ids of the callback duties it carries."""
        call = normalise_call(call, self.normaliser)
        ctx = self.context_for(call)
        result = score_call(call, check_call(call, self.rules, ctx), self.severities, self.scoring)
        return result, {rule.id for rule in self.callback_rules if rule.carries_duty(call, ctx)}


def run(items: Iterable[Call | Reject], profile: Profile, rules: Sequence[Rule], out_dir: Path,
        store: Store, source: str, as_of: datetime | None = None, jobs: int = 1) -> RunSummary:
    """Score a stream of loaded calls into `store`, decide the callbacks as of `as_of` (default:
    the latest call start stored), and write the run's four reports into `out_dir`.

    With `jobs` > 1 the calls are scored in that many processes; loading, the store and the
    reports stay in this one, and the results are the same as with one.
    """
    run_id = store.begin_run(source, [rule.id for rule in rules])
    rule_info = {rule.id: (rule.name, rule.severity) for rule in rules}
    scoring = profile.section("scoring")
    summary = RunSummary()
    chunks = chunked(items, profile.section("run")["chunk_size"])
    for rejects, scored in _scored_chunks(chunks, profile, rules, jobs):
        store.save_rejects(run_id, rejects)
        summary.rejected += len(rejects)
        store.save_chunk(run_id, [result for result, _ in scored],
                         {result.call.call_id: duties for result, duties in scored}, rule_info, scoring)
    overdue = decide_callbacks(store, rules, profile.section("callbacks"), scoring, as_of=as_of,
                               run_id=run_id, mask=mask_personal_data)
    store.finish_run(run_id)
    summary.scored, summary.passed, summary.without_transcript = store.run_totals(run_id)
    summary.overdue_callbacks = len(overdue)
    write_reports(out_dir, store, Selection.of_run(run_id), [rule.id for rule in rules])
    return summary


Scored = list[tuple[CallResult, set[str]]]


def _scored_chunks(chunks: Iterable[list[Call | Reject]], profile: Profile, rules: Sequence[Rule],
                   jobs: int) -> Iterator[tuple[list[Reject], Scored]]:
    """Each chunk's rejects (masked) and scored calls, in input order."""
    if jobs <= 1:
        score = CallScorer(profile, rules)
        for chunk in chunks:
            yield _rejects(chunk), [score(call) for call in _calls(chunk)]
        return
    # A bounded window of chunks in flight: memory stays flat however large the night.
    with ProcessPoolExecutor(jobs, initializer=_start_worker,
                             initargs=(profile, [rule.id for rule in rules])) as pool:
        in_flight: deque[tuple[list[Reject], Future[Scored]]] = deque()
        for chunk in chunks:
            in_flight.append((_rejects(chunk), pool.submit(_score_in_worker, _calls(chunk))))
            if len(in_flight) > 2 * jobs:
                rejects, future = in_flight.popleft()
                yield rejects, future.result()
        while in_flight:
            rejects, future = in_flight.popleft()
            yield rejects, future.result()


def _rejects(chunk: list[Call | Reject]) -> list[Reject]:
    return [replace(r, reason=mask_personal_data(r.reason)) for r in chunk if isinstance(r, Reject)]


def _calls(chunk: list[Call | Reject]) -> list[Call]:
    return [call for call in chunk if isinstance(call, Call)]


_worker_scorer: CallScorer | None = None


def _start_worker(profile: Profile, rule_ids: Sequence[str]) -> None:
    """Build the rules and the automaton once per worker process."""
    global _worker_scorer
    _worker_scorer = CallScorer(profile, [build_rule(rule_id, profile) for rule_id in rule_ids])


def _score_in_worker(calls: list[Call]) -> Scored:
    assert _worker_scorer is not None, "worker not started"
    return [_worker_scorer(call) for call in calls]
