"""Phrase matching on normalised utterances: expansion, one automaton, word boundaries, windows.

A run compiles every phrase list of every rule into `PhraseSet`s (`PhraseCompiler`), then builds
one Aho-Corasick automaton over all their literals (`make_context_factory`). Each call gets a
`CallContext` that scans an utterance at most once, segments it with jieba only when a rule asks
for word boundaries on it, and answers window queries; rules ask it for `Hit`s.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import ahocorasick

from .models import AGENT, CUSTOMER, Call, Segment
from .normalise import Normaliser, make_normaliser
from .profile import Profile, ProfileError, lexicon_path

ANY_SPEAKER = "any"
SPEAKERS = (AGENT, CUSTOMER, ANY_SPEAKER)
WINDOWS = ("all", "opening", "closing")
# `{a|b}{c|d|e}…` multiplies; past this a phrase list is a mistake, not a list.
MAX_EXPANSIONS = 20_000
# Fuzzy matching is for ASR slips in long set phrases; short words would match almost anything.
MIN_FUZZY_LENGTH = 4
FINAL_PARTICLES = frozenset("吗呢吧啊呀嘛啦哦哈么")
QUOTE_CONTEXT = 8
USERDICT = "userdict.txt"

_BRACES = re.compile(r"\{([^{}]*)\}")
# Two spoken-digit characters in a row may become a number when normalised (八幺, 一三八).
_DIGIT_PAIR = re.compile("[0-9零〇洞一幺二两三四五六七八九]{2}")


# --- phrase syntax ----------------------------------------------------------------------------


def expand(phrase: str, limit: int = MAX_EXPANSIONS) -> list[str]:
    """The literals a phrase stands for: `{你|您}错了{|啊}` → 你错了, 你错了啊, 您错了, 您错了啊.

    Raises ValueError naming the phrase when braces are unbalanced or nested, or when it
    expands to more than `limit` literals.
    """
    variants = [""]
    for choices in phrase_parts(phrase):
        variants = [v + c for v in variants for c in choices]
        if len(variants) > limit:
            raise ValueError(f"phrase '{phrase}' expands to more than {limit} variants "
                             "(split it, or use a regex)")
    return variants


# Groups, classes and escapes: a regex written under `phrases` by mistake, which would be
# searched for as literal text and so never match.
_REGEX_SYNTAX = re.compile(r"[()\[\]\\]")


def phrase_parts(phrase: str) -> list[list[str]]:
    """The phrase as a sequence of choice lists: `a{b|c}` → [[a], [b, c]]."""
    if _REGEX_SYNTAX.search(phrase):
        raise ValueError(f"phrase '{phrase}' uses regex syntax: write it under regex")
    parts = _BRACES.split(phrase)  # literal, choices, literal, choices, …, literal
    if any(ch in part for part in parts[::2] for ch in "{}"):
        raise ValueError(f"phrase '{phrase}' has unbalanced or nested braces")
    return [part.split("|") if i % 2 else [part] for i, part in enumerate(parts)]


# A brace that is not a regex quantifier ({2}, {0,8}) and holds a |: phrase syntax by mistake.
_PHRASE_BRACES = re.compile(r"(?<!\\)\{(?!\d+(?:,\d*)?\})[^{}]*\|[^{}]*\}")


# A backreference or a conditional group: numbering that shifts when regexes are joined.
_NUMBERED_GROUPS = re.compile(r"\\[1-9]|\(\?\(")


def compile_regex(pattern: str) -> re.Pattern[str]:
    """A regex for the clean text; ValueError with the pattern in the message when it is invalid,
    or when it uses the phrase syntax {a|b}, which a regex would read as literal text and a
    top-level alternation (so that it matches far more than meant)."""
    if _PHRASE_BRACES.search(pattern):
        raise ValueError(f"regex '{pattern}' uses the phrase syntax {{a|b}}: write it under "
                         "phrases, or as (?:a|b) in a regex")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"regex '{pattern}' is invalid ({exc})") from None


# --- compiled phrase lists --------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """A phrase found in an utterance: `clean[start:end]` of `segments[segment]` is `literal`."""

    segment: int
    start: int
    end: int
    literal: str
    phrase: str  # the phrase as the profile wrote it, for messages


@dataclass(frozen=True, eq=False)
class PhraseSet:
    """One compiled phrase list with its options (see docs/rule-language.md).

    `literals` maps each normalised literal to the phrase it came from; `clause_alone` holds
    literals that count only when they open a clause; `unless` holds exception literals.
    """

    literals: Mapping[str, str]
    unless: frozenset[str] = frozenset()
    clause_alone: frozenset[str] = frozenset()
    regexes: tuple[re.Pattern[str], ...] = ()
    unless_regexes: tuple[re.Pattern[str], ...] = ()
    whole_word: bool = True
    fuzzy: int = 0
    fillers: tuple[str, ...] = ()
    # For fuzzy matching: exact piece → (literal, offset of the piece in it).
    seeds: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    @functools.cached_property
    def label(self) -> str:
        """The first two phrases as a person reads them, for a message: 交行 / 交通银行."""
        written = list(dict.fromkeys(self.literals.values()))
        readable = [expand(p)[0] for p in written] + expand(written[0])[1:] if written else []
        shown = list(dict.fromkeys(readable))
        return " / ".join(shown[:2]) + (" …" if len(shown) > 2 else "")

    def automaton_literals(self) -> set[str]:
        """Every literal the shared automaton must find for this set."""
        return set(self.literals) | self.unless | self.clause_alone | set(self.seeds)

    def find(self, ctx: CallContext, index: int) -> list[Hit]:
        """The valid hits in utterance `index`: exceptions, word boundaries and clauses applied."""
        found = ctx.literal_hits(index)
        clean = ctx.call.segments[index].clean
        candidates = list(self._candidates(found, index))
        matched = list(self._regex_hits(clean, index))
        if not candidates and not matched:
            return []
        # The exceptions are found once per utterance, not once per hit.
        excepted = self._exception_spans(found, clean)
        hits = [h for h in candidates if not _inside(h, excepted) and self._counts(h, ctx)]
        hits += [h for h in matched if not _inside(h, excepted)]
        return _outermost(hits)

    def excused(self, ctx: CallContext, hit: Hit) -> bool:
        """Whether one of the set's exceptions covers the hit in its utterance."""
        clean = ctx.call.segments[hit.segment].clean
        return _inside(hit, self._exception_spans(ctx.literal_hits(hit.segment), clean))

    def find_fuzzy(self, ctx: CallContext, index: int) -> list[Hit]:
        """Hits allowing `fuzzy` substituted characters in literals of 4+ characters.

        Only positions where a seed (an exact piece of a literal) was found are compared, so
        this costs a few comparisons per utterance, not one per literal and position.
        """
        clean = ctx.call.segments[index].clean
        for seed, positions in ctx.literal_hits(index).items():
            for literal, offset in self.seeds.get(seed, ()):
                for position in positions:
                    start, end = position - offset, position - offset + len(literal)
                    if start >= 0 and end <= len(clean) and _differences(
                            clean[start:end], literal, self.fuzzy):
                        return [Hit(index, start, end, clean[start:end], self.literals[literal])]
        return []

    def _candidates(self, found: Mapping[str, list[int]], index: int) -> Iterator[Hit]:
        for literal, starts in found.items():
            alone = literal in self.clause_alone
            phrase = literal if alone else self.literals.get(literal)
            if phrase is None:
                continue
            for start in starts:
                yield Hit(index, start, start + len(literal), literal, phrase)

    def _counts(self, hit: Hit, ctx: CallContext) -> bool:
        if hit.literal in self.clause_alone:
            return opens_clause(ctx.call.segments[hit.segment], hit.start, hit.end, self.fillers)
        if self.whole_word:
            boundaries = ctx.word_boundaries(hit.segment)
            clean = ctx.call.segments[hit.segment].clean
            # jieba glues a sentence-final particle to the word before it (懂吗, 看吧): the
            # phrase still ends where the particle begins.
            ends = hit.end in boundaries or (clean[hit.end : hit.end + 1] in FINAL_PARTICLES
                                             and hit.end + 1 in boundaries)
            return (hit.start in boundaries and ends
                    and not _punctuated_between_words(ctx.call.segments[hit.segment], hit,
                                                      boundaries))
        return True

    def _exception_spans(self, found: Mapping[str, list[int]], clean: str) -> list[tuple[int, int]]:
        """Where the `unless` phrases (对不起 around 不) and `unless_regex` matches (要是线上操作
        不行 around 不行) lie in the utterance: a hit inside one of them does not count."""
        spans = [(start, start + len(literal))
                 for literal, starts in found.items() if literal in self.unless for start in starts]
        spans += [match.span() for regex in self.unless_regexes for match in regex.finditer(clean)]
        return spans

    @functools.cached_property
    def _regex_screen(self) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
        """One alternation of the set's regexes, searched once per utterance, and the regexes
        it cannot stand in for (those that refer to their own groups by number). Most
        utterances match none, and one search costs far less than dozens of them."""
        screened: list[str] = []
        rest: list[re.Pattern[str]] = []
        for regex in self.regexes:
            if _NUMBERED_GROUPS.search(regex.pattern):
                rest.append(regex)
            else:
                screened.append(regex.pattern)
        if len(screened) < 2:
            return None, self.regexes
        try:
            return re.compile("|".join(f"(?:{p})" for p in screened)), tuple(rest)
        except re.error:  # e.g. a pattern with its own global flags
            return None, self.regexes

    def _regex_hits(self, clean: str, index: int) -> Iterator[Hit]:
        screen, unscreened = self._regex_screen
        regexes = self.regexes if screen is None or screen.search(clean) else unscreened
        for regex in regexes:
            for match in regex.finditer(clean):
                if match.end() > match.start():
                    yield Hit(index, match.start(), match.end(), match.group(), regex.pattern)


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of `words` (longest first); with none, a pattern that never
    matches. Faster than testing each word in turn over thousands of phrase variants."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)) if ordered else r"(?!)")


def _inside(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _differences(text: str, literal: str, limit: int) -> bool:
    """Whether `text` differs from `literal` (same length) in at most `limit` characters."""
    differences = 0
    for a, b in zip(text, literal):
        if a != b:
            differences += 1
            if differences > limit:
                return False
    return True


def fuzzy_seeds(literals: Iterable[str], fuzzy: int) -> dict[str, tuple[tuple[str, int], ...]]:
    """Cut each literal of 4+ characters into `fuzzy + 1` pieces: with at most `fuzzy` wrong
    characters, at least one piece is intact, and the automaton finds it."""
    seeds: dict[str, list[tuple[str, int]]] = {}
    if fuzzy <= 0:
        return {}
    for literal in literals:
        if len(literal) < MIN_FUZZY_LENGTH:
            continue
        cuts = [len(literal) * k // (fuzzy + 1) for k in range(fuzzy + 2)]
        for start, end in zip(cuts, cuts[1:]):
            seeds.setdefault(literal[start:end], []).append((literal, start))
    return {seed: tuple(places) for seed, places in seeds.items()}


def _outermost(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of overlapping hits, the earliest and longest: 你错了啊 is one
    finding, not two, and so is 你听不懂吗 matched as 你听不懂 and 听不懂吗."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.segment, h.start, -(h.end - h.start))):
        if not any(k.segment == hit.segment and k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return kept


def opens_clause(segment: Segment, start: int, end: int, fillers: Sequence[str] = ()) -> bool:
    """Whether `clean[start:end]` stands as a clause of its own in what was said.

    In the original text it must follow the start of the utterance, a space or punctuation
    (fillers such as 嗯 may come between), and be followed by the end, a space or punctuation:
    "不，", "嗯 不。", "不 这个办不了" count; 不用, 不过, 不客气 do not. Where the ASR puts a space
    between words rather than clauses (密码 自己 不 保管好), a space before it opens nothing.
    """
    clean = segment.clean
    opening = start
    while True:  # a filler glued in front ("嗯不") still leaves 不 opening the clause
        filler = next((f for f in fillers
                       if 0 < len(f) <= opening and clean.startswith(f, opening - len(f))), None)
        if filler is None:
            break
        opening -= len(filler)
    opened = (_delimited(segment, opening - 1, opening) if not _spaced_by_word(segment.text)
              else opening == 0 or _punctuated(segment, opening))
    return opened and _delimited(segment, end - 1, end) and not _spelled_out(segment, start, end, fillers)


def _spelled_out(segment: Segment, start: int, end: int, fillers: Sequence[str]) -> bool:
    """Whether the hit sits between single characters spaced out one by one, a word spelled
    aloud (余 额 不 足) inside otherwise clause-spaced text: those spaces open no clause. At the
    start of the utterance two lone characters after it tell the same (不 好 意 思), unless they
    repeat the hit (不 不 不 is the refusal said three times)."""
    clean = segment.clean

    def lone_character(i: int) -> bool:
        return (0 <= i < len(clean) and clean[i] not in fillers
                and _delimited(segment, i - 1, i) and _delimited(segment, i, i + 1))

    if start == 0:
        return (lone_character(end) and lone_character(end + 1)
                and clean[start] not in clean[end:end + 2])
    return lone_character(start - 1) and lone_character(end)


def _spaced_by_word(text: str) -> bool:
    """Whether the ASR wrote a space after nearly every word (您 那个 密码 自己 不 保管好): at
    least six pieces averaging under three characters, where clause-spaced text runs longer."""
    pieces = text.split()
    return len(pieces) >= 6 and sum(map(len, pieces)) / len(pieces) < 2.6


def _punctuated_between_words(segment: Segment, hit: Hit, boundaries: frozenset[int]) -> bool:
    """Whether the hit spans a punctuation mark that ASR wrote between two of its words: the
    clean text has none, but there it ends a clause (赔付，您选择了… is not 赔付您). A mark
    inside a word (百分，百) is a stray pause, and spaces are pauses anywhere: neither counts."""
    return any(_punctuated(segment, cut)
               for cut in range(hit.start + 1, hit.end) if cut in boundaries)


def _punctuated(segment: Segment, cut: int) -> bool:
    """Whether a punctuation mark stands between clean characters `cut - 1` and `cut`."""
    return any(not ch.isalnum() and not ch.isspace() for ch in _between(segment, cut - 1, cut))


def _delimited(segment: Segment, left: int, right: int) -> bool:
    """Whether clean characters `left` and `right` are separated by a space or punctuation in
    the original text (or one of them is off the end of the utterance)."""
    if left < 0 or right >= len(segment.clean):
        return True
    return any(not ch.isalnum() for ch in _between(segment, left, right))


def _pauses(segment: Segment) -> list[int]:
    """Clean offsets where the original text has whitespace between two characters."""
    return [cut for cut in range(1, len(segment.clean))
            if any(ch.isspace() for ch in _between(segment, cut - 1, cut))]


def _between(segment: Segment, left: int, right: int) -> str:
    """The original text between clean characters `left` and `right` (what cleaning removed)."""
    return segment.text[segment.origin[left] + 1 : segment.origin[right]]


class PhraseCompiler:
    """Turns the profile's phrase lists into `PhraseSet`s, normalised like the transcripts."""

    def __init__(self, profile: Profile) -> None:
        settings = profile.section("normalise")
        self._normalise: Normaliser = make_normaliser(profile)
        # Pieces of a phrase are checked without fillers: 就是 glued into 就是错的 stays.
        self._normalise_piece = Normaliser(fixups=settings.get("fixups", {}))
        self._fixup_keys = _alternation(settings.get("fixups", {}))
        self._fillers = tuple(sorted(settings.get("fillers", ()), key=len, reverse=True))
        self._reported_speech = tuple(profile.section("matching").get("reported_speech", ()))
        self._only_fillers = re.compile(f"(?:{_alternation(self._fillers).pattern})+")

    def literals(self, phrases: Iterable[str], where: str) -> dict[str, str]:
        """Normalised literal → the phrase it came from, for every expansion of `phrases`."""
        literals: dict[str, str] = {}
        for phrase in phrases:
            try:
                variants, normal_pieces = expand(phrase), self._pieces_are_normal(phrase)
            except ValueError as exc:
                raise ProfileError(f"{where}: {exc}") from None
            for variant in variants:
                # Normalising is ~40 µs a literal and big phrases expand to thousands.
                fast = normal_pieces and not self._joins_change(variant)
                literal = variant if fast else self._normalise(variant).text
                if literal:
                    literals.setdefault(literal, phrase)
        return literals

    def _pieces_are_normal(self, phrase: str) -> bool:
        return all(self._normalise_piece(choice).text == choice
                   for choices in phrase_parts(phrase) for choice in choices if choice)

    def _joins_change(self, variant: str) -> bool:
        """Whether normal pieces could still change once joined: a digit run across pieces, a
        fix-up across pieces, or a variant that is nothing but fillers."""
        return bool(_DIGIT_PAIR.search(variant) or self._fixup_keys.search(variant)
                    or self._only_fillers.fullmatch(variant))

    def _regexes(self, spec: Mapping[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
        # The text is fixed up before matching (提款机 → 取款机), so a regex word is too, as a
        # phrase's is: otherwise a regex naming 提款机 could never match.
        try:
            return tuple(compile_regex(self._normalise_piece.fix_up(pattern))
                         for pattern in spec.get(key, ()))
        except ValueError as exc:
            raise ProfileError(f"{where}.{key}: {exc}") from None

    def phrase_set(self, spec: Sequence[str] | Mapping[str, Any], where: str, *,
                   whole_word: bool = True, fuzzy: int = 0) -> PhraseSet:
        """A `PhraseSet` from a plain list or a mapping with phrases/regex/unless/whole_word/
        clause_alone (the keys are checked by `operators.validate_declaration`)."""
        if not isinstance(spec, Mapping):
            spec = {"phrases": spec}
        regexes = self._regexes(spec, "regex", where)
        clause_alone = frozenset(self.literals(spec.get("clause_alone", ()), f"{where}.clause_alone"))
        literals = self.literals(spec.get("phrases", ()), f"{where}.phrases")
        fuzzy = int(spec.get("fuzzy", fuzzy))
        return PhraseSet(
            literals=literals,
            unless=frozenset(self.literals(spec.get("unless", ()), f"{where}.unless")),
            clause_alone=clause_alone,
            regexes=regexes,
            unless_regexes=self._regexes(spec, "unless_regex", where) + (
                self._regexes({"r": self._reported_speech}, "r", "matching.reported_speech")
                if spec.get("unless_reported") else ()),
            whole_word=bool(spec.get("whole_word", whole_word)),
            fuzzy=fuzzy,
            fillers=self._fillers if clause_alone else (),
            seeds=fuzzy_seeds(literals, fuzzy),
        )


# --- word boundaries --------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _tokenizer(userdict: str) -> Any:  # -> jieba.Tokenizer
    """jieba with the domain dictionary, built on first use: loading it takes about a second."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(userdict)
    return tokenizer


def word_boundaries(text: str, userdict: str | None = None) -> frozenset[int]:
    """Offsets in `text` where jieba puts a word boundary (0 and len(text) included).

    HMM new-word discovery is off: boundaries then come from the dictionaries only, which is
    predictable, faster, and lets `lexicons/userdict.txt` decide cases like 行不行.
    """
    tokenizer = _tokenizer(userdict or str(lexicon_path(USERDICT)))
    offsets, position = {0}, 0
    for token in tokenizer.cut(text, HMM=False):
        position += len(token)
        offsets.add(position)
    return frozenset(offsets)


# --- the shared automaton and the per-call context --------------------------------------------


class PhraseIndex:
    """One Aho-Corasick automaton over the literals of every phrase set of a run."""

    def __init__(self, phrase_sets: Iterable[PhraseSet]) -> None:
        self.phrase_sets = tuple(phrase_sets)
        self._registered = {id(s) for s in self.phrase_sets}
        literals = set().union(*(s.automaton_literals() for s in self.phrase_sets))
        self._automaton = ahocorasick.Automaton() if literals else None
        if self._automaton is not None:
            for literal in literals:
                self._automaton.add_word(literal, literal)
            self._automaton.make_automaton()

    def covers(self, phrase_set: PhraseSet) -> bool:
        return id(phrase_set) in self._registered

    def scan(self, text: str) -> dict[str, list[int]]:
        """Literal → start offsets of its occurrences in `text`, in one pass."""
        found: dict[str, list[int]] = {}
        if self._automaton is not None and text:
            for end, literal in self._automaton.iter(text):
                found.setdefault(literal, []).append(end - len(literal) + 1)
        return found


@dataclass(frozen=True)
class WindowSettings:
    """`windows.opening` / `windows.closing`: N utterances or S seconds, whichever reaches further."""

    utterances: int
    seconds: float

    @classmethod
    def from_profile(cls, profile: Profile, name: str) -> WindowSettings:
        settings = profile.section("windows").get(name, {})
        return cls(int(settings.get("utterances", 2)), float(settings.get("seconds", 20)))


@dataclass
class CallContext:
    """What rules ask of one call, each computed at most once: automaton scans, jieba
    boundaries, window membership."""

    call: Call
    index: PhraseIndex
    opening: WindowSettings
    closing: WindowSettings
    userdict: str
    _scans: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    _boundaries: dict[int, frozenset[int]] = field(default_factory=dict)
    _windows: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    _joined: dict[tuple[int, ...], CallContext] = field(default_factory=dict)

    def literal_hits(self, index: int) -> Mapping[str, list[int]]:
        """Every literal of the run found in utterance `index` (raw: no options applied)."""
        if index not in self._scans:
            self._scans[index] = self.index.scan(self.call.segments[index].clean)
        return self._scans[index]

    def word_boundaries(self, index: int) -> frozenset[int]:
        """jieba's boundaries in utterance `index`, cut separately between the pauses ASR
        wrote as spaces: jieba must not glue words across a pause (这种问题也要问 好了 is not
        问好)."""
        if index not in self._boundaries:
            segment = self.call.segments[index]
            offsets: set[int] = set()
            cuts = [0, *_pauses(segment), len(segment.clean)]
            for start, end in zip(cuts, cuts[1:]):
                offsets.update(start + offset
                               for offset in word_boundaries(segment.clean[start:end], self.userdict))
            self._boundaries[index] = frozenset(offsets)
        return self._boundaries[index]

    def window(self, speaker: str = AGENT, window: str = "all") -> tuple[int, ...]:
        """Indices of the speaker's utterances in the window (`any` speaker: everyone's)."""
        key = (speaker, window)
        if key not in self._windows:
            self._windows[key] = self._compute_window(speaker, window)
        return self._windows[key]

    def _compute_window(self, speaker: str, window: str) -> tuple[int, ...]:
        segments = self.call.segments
        own = [i for i, s in enumerate(segments) if speaker == ANY_SPEAKER or s.speaker == speaker]
        if window == "opening":
            chosen = set(own[: self.opening.utterances])
            chosen |= {i for i in own if segments[i].start < self.opening.seconds}
        elif window == "closing":
            last_end = max([self.call.talk_s] + [s.end for s in segments])
            chosen = set(own[-self.closing.utterances :] if self.closing.utterances else ())
            chosen |= {i for i in own if segments[i].end > last_end - self.closing.seconds}
        else:
            chosen = set(own)
        return tuple(sorted(chosen))

    def find(self, phrase_set: PhraseSet, indices: Iterable[int]) -> list[Hit]:
        """All hits of `phrase_set` in the given utterances, in call order."""
        self._check_indexed(phrase_set)
        return [hit for i in indices for hit in phrase_set.find(self, i)]

    def first_hit(self, phrase_set: PhraseSet, indices: Iterable[int]) -> Hit | None:
        """The earliest hit, scanning no further than needed."""
        self._check_indexed(phrase_set)
        for i in indices:
            hits = phrase_set.find(self, i)
            if hits:
                return hits[0]
        return None

    def _check_indexed(self, phrase_set: PhraseSet) -> None:
        # A set missing from the automaton would silently never match: a bug, so say so.
        if not self.index.covers(phrase_set):
            raise RuntimeError("phrase set not in the run's automaton: list it in the rule's "
                               "phrase_sets so make_context_factory sees it")

    def joined(self, indices: Sequence[int]) -> CallContext:
        """A context whose one utterance is the given utterances run together: ASR splits
        sentences anywhere (很高兴为 / 您服务请讲), and a required phrase may straddle the cut."""
        key = tuple(indices)
        if key not in self._joined:
            self._joined[key] = self._join(key)
        return self._joined[key]

    def _join(self, indices: tuple[int, ...]) -> CallContext:
        parts = [self.call.segments[i] for i in indices]
        text, clean, origin = "", "", []
        for part in parts:
            offset = len(text) + (1 if text else 0)
            text = f"{text} {part.text}" if text else part.text
            clean += part.clean
            origin.extend(offset + o for o in part.origin)
        start, end = (parts[0].start, parts[-1].end) if parts else (0.0, 0.0)
        segment = Segment(parts[0].speaker if parts else AGENT, start, end, text, clean, tuple(origin))
        return CallContext(replace(self.call, segments=(segment,)), self.index, self.opening,
                           self.closing, self.userdict)

    def quote(self, hit: Hit) -> str:
        """The hit's words as said, with a little context: "…这个我真的不知道啊…"."""
        return quote(self.call.segments[hit.segment], hit.start, hit.end)


def quote(segment: Segment, start: int, end: int, context: int = QUOTE_CONTEXT,
          mask: Callable[[str], str] | None = None, words: str | None = None) -> str:
    """`clean[start:end]` as it appears in the original text, with `context` characters each
    side and "…" where the utterance goes on. `mask` is applied to the context; `words`, when
    given, replaces the quoted words themselves (a masked number)."""
    text = segment.text
    if not segment.origin or end <= start:
        first, last = 0, len(text)
    else:
        first, last = segment.origin[start], segment.origin[end - 1] + 1
    left = text[max(0, first - context) : first]
    right = text[last : last + context]
    if mask is not None:
        left, right = mask(left), mask(right)
    middle = text[first:last] if words is None else words
    return ("…" if first > context else "") + (left + middle + right).strip() + (
        "…" if last + context < len(text) else "")


class ContextFactory:
    """Builds each call's `CallContext` from structures built once per run."""

    def __init__(self, profile: Profile, phrase_sets: Iterable[PhraseSet]) -> None:
        self.index = PhraseIndex(phrase_sets)
        self._opening = WindowSettings.from_profile(profile, "opening")
        self._closing = WindowSettings.from_profile(profile, "closing")
        self._userdict = str(lexicon_path(USERDICT))

    def __call__(self, call: Call) -> CallContext:
        return CallContext(call, self.index, self._opening, self._closing, self._userdict)


def make_context_factory(profile: Profile, rules: Iterable[Any]) -> ContextFactory:
    """The per-run factory of call contexts, with one automaton for every rule's `phrase_sets`."""
    return ContextFactory(profile, (s for rule in rules for s in getattr(rule, "phrase_sets", ())))


def own_context(rule: Any, call: Call) -> CallContext:
    """A context for a call a rule checks on its own, outside the pipeline (tests, notebooks).

    The factory is built once per rule and kept on it; the pipeline passes a shared one instead.
    """
    factory = getattr(rule, "_own_contexts", None)
    if factory is None:
        factory = ContextFactory(rule.profile, getattr(rule, "phrase_sets", ()))
        rule._own_contexts = factory
    return factory(call)
