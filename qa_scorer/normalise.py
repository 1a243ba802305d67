"""Normalise ASR text for phrase matching while keeping a map back to what was said.

Every step turns a string into a `NormalisedText` whose `origin` indexes into that step's input;
`Normaliser` composes the steps so the final `origin` indexes into the raw ASR text, which is what
evidence quotes.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Sequence

from .models import Call
from .profile import Profile


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the index of its source character."""

    text: str
    origin: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.origin):
            raise ValueError(f"origin has {len(self.origin)} entries for {len(self.text)} characters")

    @classmethod
    def identity(cls, text: str) -> NormalisedText:
        """`text` unchanged, each character its own origin."""
        return cls(text, tuple(range(len(text))))

    def then(self, step: NormalisedText) -> NormalisedText:
        """Compose: `step` was computed from `self.text`; map its origins through ours."""
        return NormalisedText(step.text, tuple(self.origin[i] for i in step.origin))


class _Builder:
    """Accumulates output characters together with their source indices."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._chars: list[str] = []
        self._origin: list[int] = []

    def emit(self, chars: str, index: int) -> None:
        self._chars.extend(chars)
        self._origin.extend([index] * len(chars))

    def keep(self, start: int, end: int) -> None:
        self._chars.extend(self._source[start:end])
        self._origin.extend(range(start, end))

    def spread(self, chars: str, start: int, end: int) -> None:
        """Emit a replacement for `source[start:end]`, spreading its characters over that span."""
        width = end - start
        for j, ch in enumerate(chars):
            self.emit(ch, start + j * width // len(chars))

    def build(self) -> NormalisedText:
        return NormalisedText("".join(self._chars), tuple(self._origin))


def _map_chars(text: str, convert: Callable[[str], str]) -> NormalisedText:
    out = _Builder(text)
    for i, ch in enumerate(text):
        out.emit(convert(ch), i)
    return out.build()


def _is_word_char(ch: str) -> bool:
    """Letters, digits and Han characters: what survives punctuation stripping."""
    return ch.isalnum()


# --- step 1: width and case ------------------------------------------------------------------


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded.lower() if folded.isascii() else folded


def _fold(text: str) -> NormalisedText:
    """NFKC per character (full-width forms to ASCII) and lower-case ASCII."""
    return _map_chars(text, _fold_char)


# --- step 2: Traditional to Simplified, then fix-ups ------------------------------------------


@functools.lru_cache(maxsize=1)
def _t2s_converter():  # -> opencc.OpenCC
    import opencc  # building the converter is slow, so import and build only when first needed

    error: Exception | None = None
    for config in ("t2s", "t2s.json"):  # the name depends on the opencc distribution
        try:
            return opencc.OpenCC(config)
        except Exception as exc:  # opencc raises a bare RuntimeError for an unknown config
            error = exc
    raise RuntimeError("opencc has no t2s configuration") from error


def _to_simplified(text: str) -> NormalisedText:
    """Traditional to Simplified; whole-text (phrase-aware) when it keeps the length."""
    convert = _t2s_converter().convert
    converted = convert(text)
    if len(converted) == len(text):
        return NormalisedText(converted, tuple(range(len(text))))
    return _map_chars(text, convert)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation trying longer words first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _replace(text: str, replacements: Mapping[str, str], pattern: re.Pattern[str]) -> NormalisedText:
    out = _Builder(text)
    pos = 0
    for match in pattern.finditer(text):
        out.keep(pos, match.start())
        out.spread(replacements[match.group()], match.start(), match.end())
        pos = match.end()
    out.keep(pos, len(text))
    return out.build()


# --- step 3: spoken digit strings --------------------------------------------------------------

_DIGIT_VALUES: Mapping[str, str] = MappingProxyType(
    {
        **{d: d for d in "0123456789"},
        "零": "0", "〇": "0", "洞": "0",
        # 么 is how Traditional-character ASR writes 幺 (OpenCC's s2t maps 幺 to 么); as an
        # ordinary character (什么, 怎么) it is never inside a run of three digits.
        "一": "1", "幺": "1", "么": "1",
        "二": "2", "两": "2",
        "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
        # the radio way of reading 7 and 9 (八幺拐三三两), as 幺 and 洞 are for 1 and 0
        "拐": "7", "勾": "9",
    }
)
# Every character that stands for a digit when a number is read out (Arabic digits included).
SPOKEN_DIGIT_CHARACTERS = frozenset(_DIGIT_VALUES)
# 幺 and 洞 are only ever said for digits, so a run holding one needs no length evidence.
_DIGIT_ONLY_WORDS = frozenset("幺洞")
_MIN_RUN = 3
_MIN_RUN_WITH_DIGIT_ONLY_WORD = 2
# A run of exactly _MIN_RUN next to these reads as a quantity or approximation (三五个, 周一三五).
_QUANTITY_SUFFIXES: tuple[str, ...] = (
    "个", "天", "次", "位", "元", "块", "岁", "年", "月", "日", "号", "点", "分", "秒", "张", "笔",
    "家", "种", "项", "条", "遍", "倍", "成", "十", "百", "千", "万", "亿", "工作日", "小时", "周",
    "多", "人", "本", "份", "名", "页", "句", "回", "毛", "角",
)
_QUANTITY_PREFIXES: tuple[str, ...] = ("第", "十", "百", "千", "万", "亿", "周", "星期", "礼拜")
# Idioms made only of digit characters.
_DIGIT_IDIOMS: frozenset[str] = frozenset({"三三两两", "三三五五", "七七八八"})

# 么 after 这/那/什/怎/多/要/为 is the word ending (这么一个), never a digit.
_DIGIT_GROUP = re.compile("(?:[" + "".join(d for d in _DIGIT_VALUES if d != "么")
                          + "]|(?<![这那什怎多要为甚])么)+")


def _delimited_before(text: str, index: int) -> bool:
    return index == 0 or not _is_word_char(text[index - 1])


def _delimited_after(text: str, index: int) -> bool:
    return index == len(text) or not _is_word_char(text[index])


def _joinable(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether two digit groups with only whitespace between them belong to one spoken number.

    A short group glued to a word on its outer side (the 一 of "八一一零零零 一定") is part of
    that word, not of the number — unless the number itself is read in short groups
    ("工号八 幺 洞 幺 洞 洞", where ASR spaced every digit).
    """
    if not text[left.end() : right.start()].isspace():
        return False
    left_short, right_short = len(left.group()) < _MIN_RUN, len(right.group()) < _MIN_RUN
    left_solid = not left_short or right_short or _delimited_before(text, left.start())
    right_solid = not right_short or left_short or _delimited_after(text, right.end())
    return left_solid and right_solid


def _digit_runs(text: str) -> list[list[re.Match[str]]]:
    """Groups of digit characters, joined into runs across whitespace where they belong together."""
    runs: list[list[re.Match[str]]] = []
    for group in _DIGIT_GROUP.finditer(text):
        if runs and _joinable(text, runs[-1][-1], group):
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs


def _is_read_digit_by_digit(digits: str, before: str, after: str) -> bool:
    """Whether a run of digit characters is a number read out digit by digit."""
    chars = set(digits)
    if digits in _DIGIT_IDIOMS or chars == {"两"}:
        return False
    # 洞 on its own is the ordinary word (山洞, 漏洞); 洞洞洞 still passes the length test below.
    if _DIGIT_ONLY_WORDS & chars and chars != {"洞"}:
        return len(digits) >= _MIN_RUN_WITH_DIGIT_ONLY_WORD
    if len(digits) < _MIN_RUN:
        return False
    if len(digits) == _MIN_RUN:
        return not (after.startswith(_QUANTITY_SUFFIXES) or before.endswith(_QUANTITY_PREFIXES))
    return True


def spoken_digit(ch: str) -> str:
    """The Arabic digit a character stands for when read digit by digit ('' if none)."""
    return _DIGIT_VALUES.get(ch, "")


def normalise_digits(text: str) -> NormalisedText:
    """Replace spoken digit strings (八幺幺洞洞洞, 一三八…) by Arabic digits.

    Only runs read digit by digit are converted: three or more digit characters, or two when
    one is 幺 or 洞; quantities (一个, 两三天, 三五个, 一百二十三) are left alone. Whitespace
    between the groups of one number ("六二二二 零二零二") is dropped. `origin` indexes `text`.
    """
    out = _Builder(text)
    pos = 0
    for run in _digit_runs(text):
        start, end = run[0].start(), run[-1].end()
        digits = "".join(group.group() for group in run)
        if not _is_read_digit_by_digit(digits, text[:start], text[end:]):
            continue
        out.keep(pos, start)
        for group in run:
            for i in range(group.start(), group.end()):
                out.emit(_DIGIT_VALUES[text[i]], i)
        pos = end
    out.keep(pos, len(text))
    return out.build()


# --- steps 4 and 5: fillers, punctuation and whitespace ----------------------------------------

_WORD = re.compile(r"[^\W_]+")


def _is_word_segmented(words: list[str]) -> bool:
    """Whether the ASR put a space between every word (您 说 的 这个 不可能), not between phrases."""
    return len(words) >= 6 and sum(len(word) <= 2 for word in words) >= 0.75 * len(words)


def _drop_fillers(text: str, fillers: re.Pattern[str]) -> NormalisedText:
    """Remove words made only of fillers ("嗯", "嗯嗯", "那个") that stand between delimiters.

    A filler glued to other characters is left alone: 那个账户 keeps 那个, 你错了啊 keeps 啊. In
    word-segmented text every word stands alone, so there only the sounds (嗯, 嗯嗯, 呃) go:
    您 说 的 这个 不可能 keeps 这个, 不行 就是 不行 keeps 就是.
    """
    words = list(_WORD.finditer(text))
    sounds_only = _is_word_segmented([word.group() for word in words])
    out = _Builder(text)
    pos = 0
    for word in words:
        if fillers.fullmatch(word.group()) and not (sounds_only and len(set(word.group())) > 1):
            out.keep(pos, word.start())
            pos = word.end()
    out.keep(pos, len(text))
    return out.build()


def _strip_punctuation(text: str) -> NormalisedText:
    """Keep only letters, digits and Han characters."""
    out = _Builder(text)
    for i, ch in enumerate(text):
        if _is_word_char(ch):
            out.emit(ch, i)
    return out.build()


# --- the pipeline ------------------------------------------------------------------------------

_NO_FIXUPS: Mapping[str, str] = MappingProxyType({})


class Normaliser:
    """Normalises ASR text for matching: width, script, fix-ups, fillers, digits, punctuation.

    `fixups` maps wrong to right strings (帐户 → 账户) after Traditional → Simplified conversion;
    `fillers` are words dropped where they stand alone between delimiters. Both are normalised
    like the text (width, case, script) so callers may write them in any form.
    """

    def __init__(
        self,
        fixups: Mapping[str, str] = _NO_FIXUPS,
        fillers: Sequence[str] = (),
        convert_traditional: bool = True,
    ) -> None:
        self._convert_traditional = convert_traditional
        self._fixups = {self._prepare(k): v for k, v in fixups.items() if k}
        self._fixup_pattern = re.compile(_alternation(self._fixups)) if self._fixups else None
        words = [w for w in (self._prepare(f) for f in fillers) if w]
        self._filler_pattern = re.compile(f"(?:{_alternation(words)})+") if words else None
        self._pipeline = tuple(self._steps())

    def _prepare(self, word: str) -> str:
        text = _fold(word).text
        return _to_simplified(text).text if self._convert_traditional else text

    def _steps(self) -> list[Callable[[str], NormalisedText]]:
        steps: list[Callable[[str], NormalisedText]] = [_fold]
        if self._convert_traditional:
            steps.append(_to_simplified)
        if self._fixup_pattern is not None:
            pattern = self._fixup_pattern
            steps.append(lambda text: _replace(text, self._fixups, pattern))
        if self._filler_pattern is not None:
            fillers = self._filler_pattern
            # Fillers go before digits and punctuation: both change the delimiters they rely on.
            steps.append(lambda text: _drop_fillers(text, fillers))
        steps += [normalise_digits, _strip_punctuation]
        return steps

    def __call__(self, text: str) -> NormalisedText:
        """Normalise `text`; the result's `origin` indexes into `text`."""
        result = NormalisedText.identity(text)
        for step in self._pipeline:
            result = result.then(step(result.text))
        return result

    def fix_up(self, text: str) -> str:
        """`text` with only the fix-ups applied (帐户 → 账户): for a regex, whose syntax the other
        steps would break but whose words must be the ones the normalised text contains."""
        if self._fixup_pattern is None:
            return text
        return _replace(text, self._fixups, self._fixup_pattern).text


def make_normaliser(profile: Profile) -> Normaliser:
    """The normaliser configured by the profile's `normalise` section."""
    settings = profile.section("normalise")
    return Normaliser(fixups=settings.get("fixups", {}), fillers=settings.get("fillers", ()))


def normalise_call(call: Call, normaliser: Normaliser) -> Call:
    """The call with every segment's clean text and offset map filled in, once."""
    segments = []
    for segment in call.segments:
        clean = normaliser(segment.text)
        segments.append(replace(segment, clean=clean.text, origin=clean.origin))
    return replace(call, segments=tuple(segments))
