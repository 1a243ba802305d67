"""Declared rules: the YAML operators of docs/rule-language.md (`when`, `forbid`, `require`).

`validate_declaration` checks a `kind: phrase` entry when the profile loads, so a bad key is a
one-line `ProfileError`; `build_declared_rule` compiles it into a `Rule` whose check runs on the
shared `CallContext` of `matching`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterator, Mapping, Sequence

from ..matching import (SPEAKERS, WINDOWS, CallContext, Hit, PhraseCompiler, PhraseSet,
                        compile_regex, expand, own_context)
from ..models import AGENT, CUSTOMER, INBOUND, OUTBOUND, Call, Finding, Segment
from ..profile import Profile, ProfileError
from .base import Rule

KINDS = ("phrase",)
TOP_KEYS = frozenset({"kind", "name", "clause", "severity", "message", "docs", "when", "forbid",
                      "require"})
DOCS_KEYS = ("what", "why", "example", "instead")
DOCS_HEADINGS = {"what": "What it does", "why": "Why it matters", "example": "Example",
                 "instead": "Say instead"}
PHRASE_OPTIONS = frozenset({"phrases", "regex", "unless", "unless_regex", "unless_reported",
                            "whole_word", "clause_alone"})
FORBID_KEYS = PHRASE_OPTIONS | {"speaker", "window", "unless_echoing", "unless_nearby"}
GROUP_KEYS = frozenset({"phrases", "regex", "fuzzy"})
REQUIRE_KEYS = frozenset({"speaker", "window", "all", "fuzzy", "after_trigger", "unless",
                          "unless_regex", "whole_word", "until_last_group", "before"})
SAYS_SPEAKERS = {"customer_says": CUSTOMER, "agent_says": AGENT}
NOT_SAYS_SPEAKERS = {"customer_not_says": CUSTOMER, "agent_not_says": AGENT}
WHEN_KEYS = frozenset({"call_type", "not_call_type", "direction", *SAYS_SPEAKERS,
                       *NOT_SAYS_SPEAKERS})
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_FUZZY = 2


# --- validation -------------------------------------------------------------------------------


def validate_declaration(rule_id: str, settings: Mapping[str, Any], where: str) -> None:
    """Refuse a declaration the engine cannot run, naming the key: `where` is "file: rules.ID".

    Only the shape is checked here; phrases are normalised when the rule is built.
    """
    _known_keys(settings, TOP_KEYS, where)
    if settings.get("kind") not in KINDS:
        raise ProfileError(f"{where}.kind must be {' or '.join(KINDS)} (got {settings.get('kind')!r})")
    name = settings.get("name")
    if not isinstance(name, str) or not KEBAB.fullmatch(name):
        raise ProfileError(f"{where}.name must be a kebab-case name like taboo-phrase (got {name!r})")
    for key in ("clause", "message"):
        if not isinstance(settings.get(key), str) or not settings[key].strip():
            raise ProfileError(f"{where}.{key} must be text")
    _check_docs(settings.get("docs", {}), f"{where}.docs")
    _check_when(settings.get("when", []), f"{where}.when")
    operators = [key for key in ("forbid", "require") if key in settings]
    if len(operators) != 1:
        raise ProfileError(f"{where} must have exactly one of forbid or require")
    if operators == ["forbid"]:
        _check_forbid(settings["forbid"], f"{where}.forbid")
    else:
        _check_require(settings["require"], f"{where}.require")


def _known_keys(mapping: Any, allowed: frozenset[str], where: str) -> None:
    if not isinstance(mapping, Mapping):
        raise ProfileError(f"{where} must be a mapping")
    unknown = sorted(str(k) for k in mapping if k not in allowed)
    if unknown:
        raise ProfileError(f"{where}.{unknown[0]} is not a known key "
                           f"(expected one of {', '.join(sorted(allowed))})")


def _check_docs(docs: Any, where: str) -> None:
    _known_keys(docs, frozenset(DOCS_KEYS), where)
    for key, value in docs.items():
        if not isinstance(value, str):
            raise ProfileError(f"{where}.{key} must be text")


def _check_when(when: Any, where: str) -> None:
    if not isinstance(when, list):
        raise ProfileError(f"{where} must be a list of alternatives (mappings)")
    for n, alternative in enumerate(when):
        here = f"{where}[{n}]"
        _known_keys(alternative, WHEN_KEYS, here)
        if not alternative:
            raise ProfileError(f"{here} is empty")
        for key in ("call_type", "not_call_type"):
            if key in alternative:
                _check_texts(_as_list(alternative[key]), f"{here}.{key}")
        if "direction" in alternative:
            for value in _as_list(alternative["direction"]):
                if value not in (INBOUND, OUTBOUND):
                    raise ProfileError(f"{here}.direction must be inbound or outbound (got {value!r})")
        for key in (*SAYS_SPEAKERS, *NOT_SAYS_SPEAKERS):
            if key in alternative:
                _check_phrase_spec(alternative[key], f"{here}.{key}")


def _check_forbid(forbid: Any, where: str) -> None:
    _known_keys(forbid, FORBID_KEYS, where)
    _check_speaker_window(forbid, where)
    _check_phrase_options(forbid, where)
    _check_flag(forbid, "unless_echoing", where)
    if forbid.get("unless_echoing") and forbid.get("speaker", AGENT) not in (AGENT, CUSTOMER):
        raise ProfileError(f"{where}.unless_echoing needs speaker agent or customer")
    if "unless_nearby" in forbid:
        context, excepted = _nearby_parts(forbid["unless_nearby"])
        _check_phrase_spec(context, f"{where}.unless_nearby")
        if excepted is not None:
            _check_phrase_spec(excepted, f"{where}.unless_nearby.except_with")
    if not any(forbid.get(key) for key in ("phrases", "regex", "clause_alone")):
        raise ProfileError(f"{where} needs phrases, regex or clause_alone")


def _check_require(require: Any, where: str) -> None:
    _known_keys(require, REQUIRE_KEYS, where)
    _check_speaker_window(require, where)
    groups = require.get("all")
    if not isinstance(groups, list) or not groups:
        raise ProfileError(f"{where}.all must be a list of phrase groups")
    for n, group in enumerate(groups):
        if isinstance(group, dict):  # {phrases: [...], regex: [...], fuzzy: N}
            _known_keys(group, GROUP_KEYS, f"{where}.all[{n}]")
            if not (group.get("phrases") or group.get("regex")):
                raise ProfileError(f"{where}.all[{n}] needs phrases or regex")
            if group.get("phrases"):
                _check_phrases(_as_list(group["phrases"]), f"{where}.all[{n}].phrases")
            _check_phrase_options({"regex": group["regex"]} if "regex" in group else {},
                                  f"{where}.all[{n}]")
            _check_fuzzy(group, f"{where}.all[{n}]")
        else:
            _check_phrases(_as_list(group), f"{where}.all[{n}]")
    _check_phrase_options({key: require[key] for key in ("unless", "unless_regex")
                           if key in require}, where)
    _check_flag(require, "whole_word", where)
    _check_flag(require, "until_last_group", where)
    if "before" in require:
        _check_phrase_spec(require["before"], f"{where}.before")
    _check_fuzzy(require, where)
    after = require.get("after_trigger", 1)
    if not _is_int(after) or after < 1:
        raise ProfileError(f"{where}.after_trigger must be a whole number of utterances, 1 or more "
                           f"(got {after!r})")


def _check_fuzzy(settings: Mapping[str, Any], where: str) -> None:
    fuzzy = settings.get("fuzzy", 0)
    if not _is_int(fuzzy) or not 0 <= fuzzy <= MAX_FUZZY:
        raise ProfileError(f"{where}.fuzzy must be a whole number from 0 to {MAX_FUZZY} (got {fuzzy!r})")


def _check_speaker_window(settings: Mapping[str, Any], where: str) -> None:
    if settings.get("speaker", AGENT) not in SPEAKERS:
        raise ProfileError(f"{where}.speaker must be agent, customer or any "
                           f"(got {settings['speaker']!r})")
    if settings.get("window", "all") not in WINDOWS:
        raise ProfileError(f"{where}.window must be all, opening or closing "
                           f"(got {settings['window']!r})")


def _check_phrase_spec(spec: Any, where: str) -> None:
    """A `*_says` condition or `unless_nearby`: a phrase list, or a mapping of phrase options."""
    if isinstance(spec, list):
        _check_phrases(spec, where)
        return
    _known_keys(spec, PHRASE_OPTIONS, where)
    _check_phrase_options(spec, where)
    if not any(spec.get(key) for key in ("phrases", "regex", "clause_alone")):
        raise ProfileError(f"{where} needs phrases, regex or clause_alone")


def _check_phrase_options(spec: Mapping[str, Any], where: str) -> None:
    for key in ("phrases", "unless", "clause_alone"):
        if key in spec:
            _check_phrases(spec[key], f"{where}.{key}")
    for key in ("regex", "unless_regex"):
        if key in spec:
            _check_texts(spec[key], f"{where}.{key}")
            for pattern in spec[key]:
                try:
                    compile_regex(pattern)
                except ValueError as exc:
                    raise ProfileError(f"{where}.{key}: {exc}") from None
    _check_flag(spec, "whole_word", where)
    _check_flag(spec, "unless_reported", where)


def _check_phrases(phrases: Any, where: str) -> None:
    _check_texts(phrases, where)
    for phrase in phrases:
        try:
            expand(phrase)
        except ValueError as exc:
            raise ProfileError(f"{where}: {exc}") from None


def _check_texts(values: Any, where: str) -> None:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ProfileError(f"{where} must be a list of non-empty texts")


def _check_flag(settings: Mapping[str, Any], key: str, where: str) -> None:
    if key in settings and not isinstance(settings[key], bool):
        raise ProfileError(f"{where}.{key} must be true or false (got {settings[key]!r})")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_list(value: Any) -> list[Any]:
    """A single text where a list is expected is read as a one-item list."""
    return [value] if isinstance(value, str) else value


# --- compiled declarations --------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """One `when` alternative: every part must hold."""

    call_types: frozenset[str] | None
    directions: frozenset[str] | None
    says: tuple[tuple[str, PhraseSet], ...]  # (speaker, phrases)
    excluded_call_types: frozenset[str] = frozenset()
    unsaid: tuple[tuple[str, PhraseSet], ...] = ()  # (speaker, phrases that must not be said)

    @property
    def phrase_sets(self) -> tuple[PhraseSet, ...]:
        """The phrase lists the condition searches, said or unsaid."""
        return tuple(phrases for _, phrases in (*self.says, *self.unsaid))

    def holds_on(self, call: Call) -> bool:
        """The metadata part, checked before any text is scanned."""
        return ((self.call_types is None or call.call_type in self.call_types)
                and call.call_type not in self.excluded_call_types
                and (self.directions is None or call.direction in self.directions))

    def trigger(self, ctx: CallContext) -> tuple[bool, Hit | None]:
        """Whether the text part holds, and the utterance where it came to hold (the latest of
        the first hits of its `*_says` parts; None when it has none)."""
        if any(ctx.first_hit(phrases, ctx.window(speaker)) is not None
               for speaker, phrases in self.unsaid):
            return False, None
        latest: Hit | None = None
        for speaker, phrases in self.says:
            hit = ctx.first_hit(phrases, ctx.window(speaker))
            if hit is None:
                return False, None
            if latest is None or hit.segment > latest.segment:
                latest = hit
        return True, latest


@dataclass(frozen=True)
class Requirement:
    """`require`: every group must be said by `speaker` in `window`."""

    speaker: str
    window: str
    groups: tuple[PhraseSet, ...]
    after_trigger: int | None
    until_last_group: bool = False
    before: PhraseSet | None = None  # the window ends at the first utterance saying one of these


@dataclass(frozen=True)
class Prohibition:
    """`forbid`: every hit by `speaker` in `window` is a finding."""

    speaker: str
    window: str
    phrases: PhraseSet
    unless_echoing: bool = False  # a hit repeating the other party's earlier words is void
    nearby: PhraseSet | None = None  # a hit is void when the speaker's next-door utterances say one
    nearby_except: PhraseSet | None = None  # ... unless the hit's own utterance says one of these


class DeclaredRule(Rule):
    """A rule declared in the profile; its documentation is the declaration's `docs`."""

    def __init__(self, rule_id: str, settings: Mapping[str, Any], profile: Profile,
                 when: tuple[Condition, ...], operator: Prohibition | Requirement) -> None:
        super().__init__(settings, profile)
        self.id, self.name, self.clause = rule_id, settings["name"], settings["clause"]
        self.when = when
        self.operator = operator

    @property
    def phrase_sets(self) -> tuple[PhraseSet, ...]:
        """Every phrase list the rule matches, for the run's shared automaton."""
        sets = [phrases for condition in self.when for phrases in condition.phrase_sets]
        if isinstance(self.operator, Prohibition):
            sets.append(self.operator.phrases)
            sets.extend(s for s in (self.operator.nearby, self.operator.nearby_except) if s is not None)
        else:
            sets.extend(self.operator.groups)
            if self.operator.before is not None:
                sets.append(self.operator.before)
        return tuple(sets)

    @property
    def docs(self) -> str:
        """The declaration's docs under the headings of the Python rules' docstrings; the clause
        is named in "Why it matters" when the text does not name it already."""
        docs = dict(self.settings.get("docs", {}))
        if self.clause not in docs.get("why", ""):
            docs["why"] = f"{self.clause} — {docs['why'].strip()}" if docs.get("why") else self.clause
        return "\n\n".join(f"{DOCS_HEADINGS[key]}: {docs[key].strip()}"
                           for key in DOCS_KEYS if docs.get(key))

    def check(self, call: Call, ctx: CallContext | None = None) -> Iterator[Finding]:
        ctx = ctx or own_context(self, call)
        applies, trigger = self._applies(ctx)
        if not applies:
            return
        if isinstance(self.operator, Prohibition):
            yield from self._forbid(ctx, self.operator, _trigger_words(ctx.call, trigger))
        else:
            yield from self._require(ctx, self.operator, trigger)

    def _applies(self, ctx: CallContext) -> tuple[bool, Hit | None]:
        """Whether any `when` alternative holds, and the earliest trigger among those that do
        (None when one holds on metadata alone: then the rule applies from the start)."""
        if not self.when:
            return True, None
        outcomes = [c.trigger(ctx) for c in self.when if c.holds_on(ctx.call)]
        triggers = [hit for holds, hit in outcomes if holds]
        if not triggers:
            return False, None
        if any(hit is None for hit in triggers):
            return True, None
        return True, min(triggers, key=lambda h: h.segment)

    def _forbid(self, ctx: CallContext, forbid: Prohibition, trigger: str) -> Iterator[Finding]:
        indices = ctx.window(forbid.speaker, forbid.window)
        for hit in ctx.find(forbid.phrases, indices):
            if _excused_across_cut(ctx, forbid.phrases, hit, indices):
                continue
            if forbid.unless_echoing and _echoes(ctx, forbid, hit):
                continue
            if _excused_nearby(ctx, forbid, hit, indices):
                continue
            segment = ctx.call.segments[hit.segment]
            yield self.finding(ctx.call, segment.start, segment.end, ctx.quote(hit),
                               phrase=hit.literal, pattern=hit.phrase, trigger=trigger)
        for pair, hit in _straddling_hits(ctx, forbid.phrases, indices):
            segment = pair.call.segments[0]
            yield self.finding(ctx.call, segment.start, segment.end, pair.quote(hit),
                               phrase=hit.literal, pattern=hit.phrase, trigger=trigger)

    def _require(self, ctx: CallContext, require: Requirement,
                 trigger: Hit | None) -> Iterator[Finding]:
        indices = ctx.window(require.speaker, require.window)
        if require.after_trigger and trigger is not None:
            indices = tuple(i for i in indices if i >= trigger.segment)[: require.after_trigger]
        if require.until_last_group:
            indices = _through_first_saying(ctx, require.groups[-1], indices)
        if require.before is not None:
            hit = ctx.first_hit(require.before, indices)
            indices = indices if hit is None else tuple(i for i in indices if i <= hit.segment)
        missing = [group for group in require.groups if not _said(ctx, group, indices)]
        if not missing:
            return
        call = ctx.call
        said = [call.segments[i] for i in indices]
        start, end = (said[0].start, said[-1].end) if said else (None, None)
        yield self.finding(call, start, end, _window_evidence(said, require),
                           missing=" · ".join(g.label for g in missing),
                           trigger=_trigger_words(call, trigger))


def _straddling_hits(ctx: CallContext, phrases: PhraseSet,
                     indices: Sequence[int]) -> Iterator[tuple[CallContext, Hit]]:
    """Hits across the cut between two consecutive utterances of the same speaker, which ASR
    splits anywhere (您自己 / 要长点心); hits inside either utterance are found on their own."""
    for first, second in zip(indices, indices[1:]):
        if second != first + 1:
            continue
        pair = ctx.joined((first, second))
        cut = len(ctx.call.segments[first].clean)
        for hit in phrases.find(pair, 0):
            if hit.start < cut < hit.end:
                yield pair, hit


def _echoes(ctx: CallContext, forbid: Prohibition, hit: Hit) -> bool:
    """Whether the other party said the same phrase (or a match of the same regex) before the
    hit: an agent answering in the customer's own term (客户：说T加一到账 / 座席：这款是T加三到账)
    is not using jargon on him."""
    other = CUSTOMER if forbid.speaker == AGENT else AGENT
    earlier = [i for i in ctx.window(other, "all") if i < hit.segment]
    return any(said.phrase == hit.phrase for said in ctx.find(forbid.phrases, earlier))


def _excused_nearby(ctx: CallContext, forbid: Prohibition, hit: Hit, indices: Sequence[int]) -> bool:
    """`unless_nearby`: the speaker's two utterances before the hit's or the one after it say the
    context (an agent citing the rule the hit then applies: 按照服务保障条款…会报销 / 前台会直接给您
    报销), and the hit's own utterance says none of `except_with` (这样吧 我这边做主 …)."""
    if forbid.nearby is None:
        return False
    if forbid.nearby_except is not None and ctx.find(forbid.nearby_except, (hit.segment,)):
        return False
    at = indices.index(hit.segment)
    return bool(ctx.find(forbid.nearby, (*indices[max(at - 2, 0):at], *indices[at + 1:at + 2])))


def _excused_across_cut(ctx: CallContext, phrases: PhraseSet, hit: Hit,
                        indices: Sequence[int]) -> bool:
    """ASR cuts a sentence anywhere (系统暂 / 时做不到): an exception that straddles the cut
    into the same speaker's neighbouring utterance still excuses the hit."""
    present = set(indices)
    for first in (hit.segment - 1, hit.segment):
        second = first + 1
        if first in present and second in present:
            shift = len(ctx.call.segments[first].clean) if second == hit.segment else 0
            joined_hit = replace(hit, segment=0, start=hit.start + shift, end=hit.end + shift)
            if phrases.excused(ctx.joined((first, second)), joined_hit):
                return True
    return False


def _trigger_words(call: Call, trigger: Hit | None) -> str:
    """`{trigger}` in a message: the words that triggered the rule, else the call type."""
    return trigger.literal if trigger is not None else f"{call.call_type or call.direction} call"


def _said(ctx: CallContext, group: PhraseSet, indices: Sequence[int]) -> bool:
    """Whether any phrase of the group was said in the utterances, within one or across the
    cut between them (checked only when no single utterance has it)."""
    for context, searched in ((ctx, indices), (ctx.joined(indices), (0,))):
        if context.first_hit(group, searched) is not None:
            return True
        if group.fuzzy > 0 and any(group.find_fuzzy(context, i) for i in searched):
            return True
    return False


def _through_first_saying(ctx: CallContext, group: PhraseSet,
                          indices: Sequence[int]) -> tuple[int, ...]:
    """The window cut after the utterance that first says the group (all of it when none
    does): a greeting ends with its invitation 请讲, so a 您好 said later in reply to the
    customer is not part of it."""
    for end in range(1, len(indices) + 1):
        if _said(ctx, group, indices[:end]):
            return tuple(indices[:end])
    return tuple(indices)


def _window_evidence(said: Sequence[Segment], require: Requirement, limit: int = 40) -> str:
    """What the speaker did say in the window, shortened: the finding's evidence."""
    if not said:
        return f"no {require.speaker} speech in the {require.window} window"
    text = " / ".join(segment.text for segment in said)
    return text if len(text) <= limit else text[:limit] + "…"


def build_declared_rule(rule_id: str, settings: Mapping[str, Any], profile: Profile) -> Rule:
    """The `Rule` a validated `kind: phrase` declaration describes, phrases compiled."""
    compiler = PhraseCompiler(profile)
    where = f"{profile.source}: rules.{rule_id}"
    when = build_conditions(settings.get("when", []), compiler, f"{where}.when")
    if "forbid" in settings:
        spec = settings["forbid"]
        operator: Prohibition | Requirement = Prohibition(
            spec.get("speaker", AGENT), spec.get("window", "all"),
            compiler.phrase_set({k: v for k, v in spec.items() if k in PHRASE_OPTIONS},
                                f"{where}.forbid"),
            bool(spec.get("unless_echoing", False)),
            *_nearby(spec.get("unless_nearby"), compiler, f"{where}.forbid.unless_nearby"))
    else:
        operator = _requirement(settings["require"], compiler, f"{where}.require")
    return DeclaredRule(rule_id, settings, profile, when, operator)


def _nearby_parts(spec: Any) -> tuple[Any, Any]:
    """`unless_nearby` split into the context that excuses and its `except_with` (or None)."""
    if isinstance(spec, dict) and "except_with" in spec:
        return {k: v for k, v in spec.items() if k != "except_with"}, spec["except_with"]
    return spec, None


def _nearby(spec: Any, compiler: PhraseCompiler,
            where: str) -> tuple[PhraseSet | None, PhraseSet | None]:
    """`unless_nearby` compiled: the context that excuses, and its `except_with` if any."""
    if spec is None:
        return None, None
    context, excepted = _nearby_parts(spec)
    return (compiler.phrase_set(context, where),
            None if excepted is None else compiler.phrase_set(excepted, f"{where}.except_with"))


def build_conditions(when: Sequence[Mapping[str, Any]], compiler: PhraseCompiler,
                     where: str) -> tuple[Condition, ...]:
    """The compiled alternatives of a `when` list (any one holding makes the rule apply)."""
    return tuple(_condition(alt, compiler, f"{where}[{n}]") for n, alt in enumerate(when))


def _condition(alternative: Mapping[str, Any], compiler: PhraseCompiler, where: str) -> Condition:
    def values(key: str) -> frozenset[str] | None:
        return frozenset(_as_list(alternative[key])) if key in alternative else None

    def phrase_sets(keys: Mapping[str, str]) -> tuple[tuple[str, PhraseSet], ...]:
        return tuple((speaker, compiler.phrase_set(alternative[key], f"{where}.{key}"))
                     for key, speaker in keys.items() if key in alternative)

    return Condition(values("call_type"), values("direction"), phrase_sets(SAYS_SPEAKERS),
                     values("not_call_type") or frozenset(), phrase_sets(NOT_SAYS_SPEAKERS))


def _requirement(spec: Mapping[str, Any], compiler: PhraseCompiler, where: str) -> Requirement:
    # Required phrases are long and specific; a jieba split through one would report a greeting
    # as missing, so whole_word is off unless asked for (it helps short words such as 请).
    options = {"unless": spec.get("unless", []), "unless_regex": spec.get("unless_regex", []),
               "whole_word": spec.get("whole_word", False)}
    groups = tuple(_group(group, spec.get("fuzzy", 0), options, compiler, f"{where}.all[{n}]")
                   for n, group in enumerate(spec["all"]))
    before = (compiler.phrase_set(spec["before"], f"{where}.before") if "before" in spec
              else None)
    return Requirement(spec.get("speaker", AGENT), spec.get("window", "all"), groups,
                       spec.get("after_trigger"), bool(spec.get("until_last_group", False)),
                       before)


def _group(group: Any, fuzzy: int, options: Mapping[str, Any], compiler: PhraseCompiler,
           where: str) -> PhraseSet:
    """One `require.all` group: a phrase list, or `{phrases: [...], regex: [...], fuzzy: N}`
    with regexes and its own tolerance for ASR slips (the requirement's `fuzzy` otherwise)."""
    if not isinstance(group, dict):
        group = {"phrases": group}
    spec = {"phrases": _as_list(group.get("phrases", [])), "regex": _as_list(group.get("regex", [])),
            **options}
    return compiler.phrase_set(spec, where, fuzzy=group.get("fuzzy", fuzzy))


__all__ = ["Condition", "DeclaredRule", "build_conditions", "build_declared_rule",
           "validate_declaration"]
