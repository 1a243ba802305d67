"""Specification of phrase matching: expansion, exceptions, word boundaries, clauses, windows,
fuzzy matching and evidence. Each test declares a throwaway rule in a profile built from the
default, so these tables do not move when the shipped phrase lists do."""
from __future__ import annotations

import copy
from typing import Any

import pytest
from harness import assert_fires, assert_quiet, findings_for

from qa_scorer.matching import MAX_EXPANSIONS, expand, opens_clause
from qa_scorer.models import Segment
from qa_scorer.profile import Profile, load_default

RULE = "Z900"


def profile_with(**operator: Any) -> Profile:
    """The default profile plus rule Z900 declared with the given `forbid`/`require`/`when`."""
    data = copy.deepcopy(load_default())
    data["rules"][RULE] = {"kind": "phrase", "name": "test-rule", "clause": "B0",
                           "severity": "minor", "message": "said {phrase}; missing {missing}",
                           **operator}
    return Profile(data, "test-profile")


# --- expansion ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("理解您的心情", ["理解您的心情"]),
        ("{你|您}错了", ["你错了", "您错了"]),
        ("你错了{|啊}", ["你错了", "你错了啊"]),
        ("{请|}{您|你}稍等", ["请您稍等", "请你稍等", "您稍等", "你稍等"]),
    ],
)
def test_braces_expand_to_every_literal(phrase: str, expected: list[str]) -> None:
    assert sorted(expand(phrase)) == sorted(expected)


@pytest.mark.parametrize("phrase", ["{你|您错了", "你}错了", "{{你}|您}"])
def test_unbalanced_braces_are_refused_naming_the_phrase(phrase: str) -> None:
    with pytest.raises(ValueError, match="unbalanced"):
        expand(phrase)


@pytest.mark.parametrize("phrase", ["(?:这个|这把)岁数了还学", "这么简单[^，。]都不会", "不\\w就不"])
def test_a_regex_written_as_a_phrase_is_refused(phrase: str) -> None:
    # as a phrase it would be searched for literally and never match
    with pytest.raises(ValueError, match="uses regex syntax: write it under regex"):
        expand(phrase)


def test_an_explosive_phrase_is_refused_naming_it() -> None:
    phrase = "{a|b|c|d|e|f|g|h|i|j}" * 6
    with pytest.raises(ValueError, match="expands to more than") as error:
        expand(phrase)
    assert phrase in str(error.value) and str(MAX_EXPANSIONS) in str(error.value)


# --- phrases are normalised like the transcript -----------------------------------------------

SAY_WRONG = profile_with(forbid={"phrases": ["{你|您}錯了"]})


@pytest.mark.parametrize("said", ["你错了", "你錯了", "您 錯 了！", "嗯，你错了"])
def test_phrases_and_text_meet_in_normal_form(said: str) -> None:
    assert_fires(f"agent: {said}", RULE, profile=SAY_WRONG)


def test_regex_words_are_fixed_up_like_the_text() -> None:
    # the default profile's fix-ups rewrite 提款机 to 取款机 in the text before matching
    profile = profile_with(forbid={"regex": ["把银行当成提款机"]})
    assert_fires("agent: 您这是把银行当成提款机了", RULE, profile=profile)
    assert_fires("agent: 您这是把银行当成取款机了", RULE, profile=profile)


# --- whole words (jieba) and exceptions -------------------------------------------------------

REFUSAL = profile_with(forbid={"phrases": ["不行", "不知道", "保证"],
                               "unless": ["不知道您", "行不行"]})


@pytest.mark.parametrize(
    "said",
    ["这个不行", "不行的", "这样真不行", "我不知道", "这个我真的不知道啊", "我们保证三天到账"],
)
def test_whole_words_fire(said: str) -> None:
    assert_fires(f"agent: {said}", RULE, profile=REFUSAL)


@pytest.mark.parametrize(
    "said",
    [
        "您看这样行不行",            # a question, not a refusal (userdict word and unless)
        "不知道您是否方便",          # polite question: unless 不知道您
        "不知道您现在方便吗",
        "为了保证您的资金安全",      # 保证 inside the userdict word 为了保证
        "这个我不能保证",            # … and 不能保证
    ],
)
def test_words_inside_other_words_or_exceptions_do_not(said: str) -> None:
    assert_quiet(f"agent: {said}", RULE, profile=REFUSAL)


def test_whole_word_can_be_switched_off() -> None:
    profile = profile_with(forbid={"phrases": ["保证"], "whole_word": False})
    assert_fires("agent: 为了保证您的资金安全", RULE, profile=profile)


@pytest.mark.parametrize(("said", "fires"), [
    ("agent: 我们会赔偿您 您放心", True),
    ("agent: 我们会赔偿您，您放心", True),
    ("agent: 当时没有及时赔偿，您选择了先报案", False),   # a comma between the words ends the clause
    ("agent: 这个赔偿 您选择了先报案", True),           # a space is only a pause
])
def test_a_phrase_does_not_span_a_comma_between_its_words(said: str, fires: bool) -> None:
    profile = profile_with(forbid={"phrases": ["赔偿您"]})
    (assert_fires if fires else assert_quiet)(said, RULE, profile=profile)


@pytest.mark.parametrize(("said", "fires"), [
    ("agent: 这种问题也要问 好了 还有吗", True),   # the pause ends the phrase: not 问好
    ("agent: 这种问题也要问好了", False),          # glued, jieba reads 问好 (to greet)
])
def test_jieba_does_not_glue_words_across_a_pause(said: str, fires: bool) -> None:
    profile = profile_with(forbid={"phrases": ["也要问"]})
    (assert_fires if fires else assert_quiet)(said, RULE, profile=profile)


def test_a_comma_inside_a_word_is_a_stray_pause() -> None:
    profile = profile_with(forbid={"phrases": ["百分百"]})
    assert_fires("agent: 您放心，百分，百能给您弄好", RULE, profile=profile)


def test_overlapping_phrases_give_one_finding() -> None:
    profile = profile_with(forbid={"phrases": ["你错了", "你错了啊"]})
    findings = assert_fires("agent: 你错了啊", RULE, profile=profile)
    assert [f.detail["phrase"] for f in findings] == ["你错了啊"]


def test_regex_hits_respect_exceptions() -> None:
    profile = profile_with(forbid={"regex": ["你(?!们)"], "unless": ["你好"]})
    assert_fires("agent: 你看一下", RULE, profile=profile)
    assert_quiet("agent: 你们那边 你好", RULE, profile=profile)


@pytest.mark.parametrize(("said", "fires"), [
    ("agent: 爱坐不坐", True),            # a backreference is run on its own, outside the screen
    ("agent: 爱坐不走", False),
    ("agent: 这个ABC不对", True),         # a pattern with its own flags still runs
    ("agent: 他们x9的", True),
    ("agent: 您好 请讲", False),
])
def test_every_regex_of_a_set_still_runs_behind_the_one_pass_screen(said: str, fires: bool) -> None:
    profile = profile_with(forbid={"regex": ["爱(\\w)不\\1", "(?i)abc", "x\\d", "您好请讲吗"]})
    (assert_fires if fires else assert_quiet)(said, RULE, profile=profile)


# --- a bare 不 (clause_alone) -----------------------------------------------------------------

BARE_NO = profile_with(forbid={"clause_alone": ["不"]})


@pytest.mark.parametrize(
    "said",
    ["不 这个不能办", "不，", "不。", "不", "嗯，不。", "嗯不，这个办不了", "这个啊，不，办不了"],
)
def test_a_bare_no_fires(said: str) -> None:
    assert_fires(f"agent: {said}", RULE, profile=BARE_NO)


@pytest.mark.parametrize(
    "said",
    ["对不起", "不客气", "不好意思", "不用了", "不过您可以去网点", "不要紧", "不错", "这个不行",
     "是不是", "您好，不知道您是否方便", "阿姨 余 额 不 足 就是卡里的钱不够"],
)
def test_words_that_merely_contain_no_do_not(said: str) -> None:
    assert_quiet(f"agent: {said}", RULE, profile=BARE_NO)


def test_clause_test_reads_the_original_punctuation() -> None:
    segment = Segment("agent", 0, 1, "不，不用", clean="不不用", origin=(0, 2, 3))
    assert opens_clause(segment, 0, 1)
    assert not opens_clause(segment, 1, 2)


# --- speakers and windows ---------------------------------------------------------------------


def test_forbid_listens_to_the_agent_by_default() -> None:
    assert_quiet("customer: 这个不行", RULE, profile=REFUSAL)
    customer = profile_with(forbid={"phrases": ["不行"], "speaker": "customer"})
    assert_fires("customer: 这个不行", RULE, profile=customer)
    assert_quiet("agent: 这个不行", RULE, profile=customer)


GREETING = profile_with(require={"window": "opening", "all": [["您好"], ["{交行|交通银行}"]]})


def test_opening_is_first_two_utterances_or_first_20_s() -> None:
    assert_quiet("agent: 您好\ncustomer: 喂\nagent: 这里是交行", RULE, profile=GREETING)
    assert_quiet("agent@0-2: 您好\nagent@3-4: 嗯\nagent@5-6: 嗯\nagent@15-18: 交行", RULE,
                 profile=GREETING)
    late = "agent@0-2: 您好\nagent@3-4: 请问\nagent@25-27: 交行"
    findings = assert_fires(late, RULE, profile=GREETING)
    assert findings[0].detail["missing"] == "交行 / 交通银行"


def test_closing_is_last_two_utterances_or_last_20_s() -> None:
    profile = profile_with(require={"window": "closing", "all": [["再见"]]})
    assert_quiet("agent@0-2: 您好\nagent@100-102: 再见\nagent@103-104: 嗯", RULE, profile=profile)
    said_early = "agent@0-2: 再见\nagent@50-52: 好的\nagent@80-82: 嗯\nagent@100-102: 嗯"
    assert_fires(said_early, RULE, profile=profile)


def test_missing_lists_every_missing_group() -> None:
    findings = assert_fires("agent: 喂", RULE, profile=GREETING)
    assert "您好 · 交行 / 交通银行" in findings[0].message


# --- fuzzy require ----------------------------------------------------------------------------

FUZZY = profile_with(require={"window": "opening", "fuzzy": 1,
                              "all": [["很高兴为您服务"], ["请讲"]]})


@pytest.mark.parametrize("said", ["很高兴为您服务请讲", "很高兴为您服物 请讲", "狠高兴为您服务请讲"])
def test_one_asr_slip_in_a_long_phrase_is_forgiven(said: str) -> None:
    assert_quiet(f"agent: {said}", RULE, profile=FUZZY)


@pytest.mark.parametrize("said", ["很高心为您服物请讲", "很高兴为您服务请将"])
def test_two_slips_or_a_slip_in_a_short_phrase_are_not(said: str) -> None:
    assert_fires(f"agent: {said}", RULE, profile=FUZZY)


# --- evidence ---------------------------------------------------------------------------------


def test_evidence_quotes_the_original_words_with_context() -> None:
    findings = findings_for("agent: 先生您好，這個我真的不知道啊，您可以去網點問一下呢好吧", RULE,
                            profile=REFUSAL)
    assert findings[0].evidence == "…您好，這個我真的不知道啊，您可以去網點…"
    assert (findings[0].start, findings[0].end) == (0.0, 6.75)  # 27 characters at 4 a second
