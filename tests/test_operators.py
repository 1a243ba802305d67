"""Specification of the declared-rule operators (when / forbid / require), their validation,
user-profile overrides, and the rules written in Python: G302, P406, E505."""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from harness import assert_fires, assert_quiet, findings_for
from test_matching import RULE, profile_with

from qa_scorer.normalise import normalise_digits
from qa_scorer.profile import ProfileError, load_default, load_profile
from qa_scorer.rules import all_rules
from qa_scorer.rules.operators import validate_declaration

VALID: dict[str, Any] = {
    "kind": "phrase", "name": "taboo-phrase", "clause": "B2.17.4", "severity": "critical",
    "message": "agent said {phrase}", "forbid": {"phrases": ["不行"]},
}


def declaration(**changes: Any) -> dict[str, Any]:
    """VALID with top-level keys replaced; a value None removes the key."""
    result = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is None:
            result.pop(key)
        else:
            result[key] = value
    return result


# --- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"forbid": {"phrases": ["不行"], "speaker": "robot"}},
         "rules.P401.forbid.speaker must be agent, customer or any"),
        ({"forbid": {"phrases": ["不行"], "window": "middle"}},
         "rules.P401.forbid.window must be all, opening or closing"),
        ({"forbid": {"phrases": ["不行"], "phrase": ["x"]}}, "rules.P401.forbid.phrase is not a known key"),
        ({"colour": "red"}, "rules.P401.colour is not a known key"),
        ({"kind": "regex"}, "rules.P401.kind must be phrase"),
        ({"name": "Taboo Phrase"}, "rules.P401.name must be a kebab-case name"),
        ({"message": None}, "rules.P401.message must be text"),
        ({"require": {"all": [["您好"]]}}, "exactly one of forbid or require"),
        ({"forbid": None}, "exactly one of forbid or require"),
        ({"forbid": {"speaker": "agent"}}, "rules.P401.forbid needs phrases, regex or clause_alone"),
        ({"forbid": {"phrases": "不行"}}, "rules.P401.forbid.phrases must be a list of non-empty texts"),
        ({"forbid": {"phrases": ["{不行"]}}, "rules.P401.forbid.phrases: phrase '{不行' has unbalanced"),
        ({"forbid": {"regex": ["你(?!们"]}}, "rules.P401.forbid.regex: regex '你(?!们' is invalid"),
        # phrase braces in a regex would match 真 on its own: refused, not silently widened
        ({"forbid": {"regex": ["服务{真是|真}{好|棒}"]}}, "uses the phrase syntax {a|b}"),
        ({"forbid": {"phrases": ["不行"], "whole_word": "yes"}}, "rules.P401.forbid.whole_word must be true or false"),
        ({"forbid": {"phrases": ["不行"], "unless_echoing": 1}}, "rules.P401.forbid.unless_echoing must be true or false"),
        ({"forbid": {"phrases": ["不行"], "speaker": "any", "unless_echoing": True}},
         "rules.P401.forbid.unless_echoing needs speaker agent or customer"),
        ({"forbid": {"phrases": ["不行"], "unless_nearby": {"unless": ["规定"]}}},
         "rules.P401.forbid.unless_nearby needs phrases, regex or clause_alone"),
        ({"forbid": {"phrases": ["不行"], "unless_nearby": {"colour": "red"}}},
         "rules.P401.forbid.unless_nearby.colour is not a known key"),
        ({"forbid": {"phrases": ["不行"], "unless_nearby": {"regex": ["规定"], "except_with": {"unless": ["做主"]}}}},
         "rules.P401.forbid.unless_nearby.except_with needs phrases, regex or clause_alone"),
        ({"forbid": None, "require": {"all": []}}, "rules.P401.require.all must be a list of phrase groups"),
        ({"forbid": None, "require": {"all": [["您好"]], "fuzzy": 5}}, "rules.P401.require.fuzzy must be"),
        ({"forbid": None, "require": {"all": [["您好"]], "after_trigger": 0}},
         "rules.P401.require.after_trigger must be"),
        ({"when": {"call_type": "complaint"}}, "rules.P401.when must be a list"),
        ({"when": [{"direction": "sideways"}]}, "rules.P401.when[0].direction must be inbound or outbound"),
        ({"when": [{"customer_said": ["投诉"]}]}, "rules.P401.when[0].customer_said is not a known key"),
        ({"when": [{"not_call_type": [""]}]}, "rules.P401.when[0].not_call_type must be a list of non-empty texts"),
        ({"docs": {"what": "x", "how": "y"}}, "rules.P401.docs.how is not a known key"),
    ],
)
def test_bad_declarations_are_refused_naming_the_key(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ProfileError, match=None) as error:
        validate_declaration("P401", declaration(**changes), "my.yaml: rules.P401")
    assert message in str(error.value)
    assert str(error.value).startswith("my.yaml: ")


def test_a_good_declaration_passes() -> None:
    validate_declaration("P401", declaration(
        when=[{"call_type": ["complaint"]}, {"customer_says": {"phrases": ["投诉"], "unless": ["不投诉"]}}],
        docs={"what": "a", "why": "b", "example": "c", "instead": "d"}), "my.yaml: rules.P401")


# --- when, triggers and messages ---------------------------------------------------------------

SOOTHING = profile_with(
    when=[{"call_type": "complaint"}, {"customer_says": ["投诉", "太差了"]}],
    require={"all": [["理解您的心情"]], "after_trigger": 2},
    message="complaint ({trigger}) without soothing: missing {missing}",
)


def test_when_not_met_means_quiet() -> None:
    assert_quiet("customer: 我想查余额\nagent: 好的", RULE, profile=SOOTHING)


def test_a_customer_cue_triggers_and_the_message_names_it() -> None:
    findings = assert_fires("customer: 我要投诉你们\nagent: 好的\nagent: 您说", RULE, profile=SOOTHING)
    assert findings[0].message == "complaint (投诉) without soothing: missing 理解您的心情"


@pytest.mark.parametrize(
    ("transcript", "fires"),
    [
        ("customer: 我要投诉\nagent: 非常理解您的心情", False),
        ("customer: 我要投诉\nagent: 好的\nagent: 理解您的心情", False),
        ("customer: 我要投诉\nagent: 好的\nagent: 您说\nagent: 理解您的心情", True),   # too late
        ("agent: 理解您的心情\ncustomer: 我要投诉\nagent: 好的\nagent: 您说", True),   # before the cue
    ],
)
def test_after_trigger_counts_the_speakers_utterances_from_the_cue(transcript: str, fires: bool) -> None:
    assert bool(findings_for(transcript, RULE, profile=SOOTHING)) == fires


def test_until_last_group_ends_the_window_where_the_last_group_is_said() -> None:
    greeting = profile_with(require={"window": "opening", "until_last_group": True,
                                     "all": [["您好"], ["请讲"]]})
    assert_fires("agent: 请讲\nagent: 您好", RULE, profile=greeting)
    assert_quiet("agent: 您好\nagent: 请讲", RULE, profile=greeting)
    findings = assert_fires("agent: 您好", RULE, profile=greeting)   # no 请讲: whole window
    assert findings[0].message.endswith("missing 请讲")


def test_before_ends_the_window_at_the_first_utterance_saying_one_of_its_phrases() -> None:
    checked = profile_with(require={"before": {"regex": ["已经帮您\\w{0,4}冻结"]},
                                    "all": [["身份证号码"]]})
    assert_quiet("agent: 请报一下身份证号码\nagent: 好的 已经帮您冻结了", RULE, profile=checked)
    assert_quiet("agent: 请报一下身份证号码 好的 已经帮您冻结了", RULE, profile=checked)
    assert_fires("agent: 好的 已经帮您把卡冻结了\nagent: 请报一下身份证号码", RULE, profile=checked)
    assert_quiet("agent: 我马上帮您冻结\nagent: 请报一下身份证号码", RULE, profile=checked)


def test_unless_echoing_excuses_a_term_the_other_party_said_first() -> None:
    terms = {"phrases": ["冲正"], "regex": ["[Tt]加?[0-9一二三]"]}
    echoing = profile_with(forbid={**terms, "unless_echoing": True})
    assert_quiet("customer: 你们说要冲正\nagent: 对 冲正以后钱就回来了", RULE, profile=echoing)
    assert_quiet("customer: 客服说T一到账\nagent: 这款是T三到账", RULE, profile=echoing)
    # said by the agent first, or only later by the customer: still the agent's jargon
    assert_fires("agent: 这笔要冲正\ncustomer: 冲正是什么", RULE, profile=echoing)
    assert_fires("customer: 你们说要冲正\nagent: 这款是T三到账", RULE, profile=echoing)
    plain = profile_with(forbid=terms)
    assert_fires("customer: 你们说要冲正\nagent: 对 冲正以后钱就回来了", RULE, profile=plain)
    assert_fires("customer: 客服说T一到账\nagent: 这款是T三到账", RULE, profile=plain)


def test_unless_nearby_excuses_a_hit_beside_the_speakers_own_context() -> None:
    nearby = profile_with(forbid={"phrases": ["给您报销"], "unless_nearby": {"regex": ["按照[^。]{0,8}?规定"]}})
    cited = "agent: 按照公司规定 就诊费用可以报销\ncustomer: 好"
    # the speaker's turn before (up to two back) or the one after
    assert_quiet(cited + "\nagent: 发票拿来 前台给您报销", RULE, profile=nearby)
    assert_quiet(cited + "\nagent: 嗯\ncustomer: 然后呢\nagent: 发票拿来 前台给您报销", RULE, profile=nearby)
    assert_quiet("agent: 发票拿来 前台给您报销\ncustomer: 好\nagent: 这是按照公司规定来的", RULE, profile=nearby)
    # not three turns back, not the other party's words, not the same utterance
    assert_fires(cited + "\nagent: 嗯\ncustomer: 然后呢\nagent: 好\ncustomer: 钱呢\nagent: 前台给您报销",
                 RULE, profile=nearby)
    assert_fires("customer: 按照你们规定 这个能报吧\nagent: 发票拿来 前台给您报销", RULE, profile=nearby)
    assert_fires("agent: 按照公司规定 发票拿来 前台给您报销", RULE, profile=nearby)
    plain = profile_with(forbid={"phrases": ["给您报销"]})
    assert_fires(cited + "\nagent: 发票拿来 前台给您报销", RULE, profile=plain)
    # except_with: the hit's own utterance can keep it a finding whatever the neighbours say
    excepted = profile_with(forbid={"phrases": ["给您报销"], "unless_nearby": {
        "regex": ["按照[^。]{0,8}?规定"], "except_with": ["做主"]}})
    assert_quiet(cited + "\nagent: 发票拿来 前台给您报销", RULE, profile=excepted)
    assert_fires(cited + "\nagent: 我做主 车费也给您报销", RULE, profile=excepted)


def test_require_unless_regex_voids_a_required_phrase() -> None:
    profile = profile_with(require={"all": [["预留手机号"]], "unless_regex": ["预留手机号是\\d{7,}"]})
    assert_quiet("agent: 请问您的预留手机号是多少", RULE, profile=profile)
    assert_fires("agent: 您的预留手机号是13912345678", RULE, profile=profile)


def test_a_metadata_condition_applies_from_the_start() -> None:
    findings = assert_fires("customer: 你好\nagent: 好的", RULE, profile=SOOTHING, call_type="complaint")
    assert findings[0].message.startswith("complaint (complaint call) without soothing")
    assert_quiet("agent: 理解您的心情\ncustomer: 你好", RULE, profile=SOOTHING, call_type="complaint")


def test_all_parts_of_an_alternative_must_hold() -> None:
    profile = profile_with(when=[{"direction": "outbound", "agent_says": ["挂失"]}],
                           forbid={"phrases": ["不行"]})
    assert_fires("agent: 挂失的话 这个不行", RULE, profile=profile, direction="outbound")
    assert_quiet("agent: 挂失的话 这个不行", RULE, profile=profile, direction="inbound")
    assert_quiet("agent: 这个不行", RULE, profile=profile, direction="outbound")


def test_declared_docs_render_with_headings_and_name_the_clause() -> None:
    profile = profile_with(forbid={"phrases": ["不行"]},
                           docs={"what": "fires on 不行", "why": "服务忌语", "example": "这个不行",
                                 "instead": "我帮您想想办法"})
    rule = all_rules(profile)[RULE]
    assert rule.docs.splitlines()[::2] == ["What it does: fires on 不行", "Why it matters: B0 — 服务忌语",
                                           "Example: 这个不行", "Say instead: 我帮您想想办法"]
    assert (rule.id, rule.name, rule.clause, rule.severity.value) == (RULE, "test-rule", "B0", "minor")


# --- user profiles over declared rules ---------------------------------------------------------


def _declared_default_rule() -> str:
    return next(i for i, s in sorted(load_default()["rules"].items()) if "kind" in s)


def test_a_user_may_add_a_declared_key_the_default_lacks(tmp_path: Path) -> None:
    rule_id = _declared_default_rule()
    operator = "forbid" if "forbid" in load_default()["rules"][rule_id] else "require"
    path = tmp_path / "centre.yaml"
    path.write_text(yaml.safe_dump({"rules": {rule_id: {operator: {"unless": ["测试例外"]}}}},
                                   allow_unicode=True), encoding="utf-8")
    assert load_profile(path).rule(rule_id)[operator]["unless"] == ["测试例外"]


def test_a_user_key_the_language_lacks_is_refused(tmp_path: Path) -> None:
    rule_id = _declared_default_rule()
    operator = "forbid" if "forbid" in load_default()["rules"][rule_id] else "require"
    path = tmp_path / "centre.yaml"
    path.write_text(yaml.safe_dump({"rules": {rule_id: {operator: {"colour": "red"}}}}), encoding="utf-8")
    with pytest.raises(ProfileError, match=f"rules.{rule_id}.{operator}.colour is not a known key"):
        load_profile(path)


# --- G302 greeting-agent-id --------------------------------------------------------------------

GREETING = "agent: 您好，交行{id}，很高兴为您服务，请讲\ncustomer: 你好 我想查一下余额"


@pytest.mark.parametrize("spoken", ["811000", "八一一零零零", "八幺幺洞洞洞", "八一一〇〇〇", "８１１０００"])
def test_g302_own_id_in_any_spoken_form_is_quiet(spoken: str) -> None:
    assert_quiet(GREETING.format(id=spoken), "G302")


def test_g302_said_in_the_second_utterance_of_an_outbound_opening() -> None:
    assert_quiet("agent: 张先生您好\ncustomer: 你好\nagent: 我是交通银行客户服务代表工号八幺幺洞洞洞",
                 "G302", direction="outbound")


@pytest.mark.parametrize(
    ("transcript", "meta", "in_message"),
    [
        (GREETING.format(id=""), {}, "811000"),
        (GREETING.format(id="八幺幺洞洞幺"), {}, "said 811001 instead"),
        (GREETING.format(id="811000"), {"agent_id": "822133"}, "said 811000 instead"),
        ("agent: 您好很高兴为您服务\ncustomer: 你好\nagent: 请讲\nagent@40-45: 我的工号是八幺幺洞洞洞", {},
         "811000"),  # too late: the third utterance, after 20 s
    ],
)
def test_g302_fires_when_the_id_is_missing_or_wrong(transcript: str, meta: dict[str, Any],
                                                    in_message: str) -> None:
    findings = assert_fires(transcript, "G302", **meta)
    assert in_message in findings[0].message


# --- P406 pii-read-aloud -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("您预留的手机号是一三八一二三四五六七八对吗", "mobile number"),
        ("手机号138 1234 5678", "mobile number"),
        ("卡号是6222 0202 1234 5678 901，对吧", "bank-card number"),
        ("卡号是六二二二零二零二一二三四五六七八", "bank-card number"),
        ("卡号6222-0202-1234-5678", "bank-card number"),
        ("您要查的是卡号六二二二六幺零幺二三四五六七八九零幺二三这张卡吧", "account number"),
        ("您的身份证号是幺幺零幺零幺幺九九零零幺零幺幺二三四叉", "resident id number"),
        ("身份证号110101199001011234", "resident id number"),
        ("身份證號碼１１０１０１１９９００１０１１２３Ｘ", "resident id number"),
    ],
)
def test_p406_fires_on_a_full_personal_number(said: str, kind: str) -> None:
    findings = assert_fires(f"agent: {said}", "P406")
    assert len(findings) == 1 and findings[0].detail["kind"] == kind


@pytest.mark.parametrize(
    "said",
    [
        "请问是尾号七八九零的这张卡吗",
        "卡号后四位是5678",
        "您可以拨打我们的客服热线95559",
        "这笔五万元的转账",
        "2026年11月27日到账",
        "您好，交行八幺幺洞洞洞，很高兴为您服务",
        "我的工号是811000，热线是95559",
        "一共是一千二百三十四元",
    ],
)
def test_p406_near_misses_are_quiet(said: str) -> None:
    assert_quiet(f"agent: {said}", "P406")


def test_p406_only_the_agent_and_one_finding_per_number() -> None:
    assert_quiet("customer: 我的卡号是6222020212345678901", "P406")
    findings = assert_fires("agent: 卡号6222020212345678901\ncustomer: 对\nagent: 6222020212345678901没错",
                            "P406")
    assert len(findings) == 1


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("卡号是6222 0202 1234 5678 901，对吗", "6222020212345678901"),
        ("手机一三八一二三四五六七八", "13812345678"),
        ("身份证幺幺零幺零幺幺九九零零幺零幺幺二三四叉", "11010119900101123"),
    ],
)
def test_p406_evidence_never_holds_the_full_number(said: str, number: str) -> None:
    finding = assert_fires(f"agent: {said}", "P406")[0]
    for text in (finding.evidence, finding.message):
        assert "****" in text
        assert number not in re.sub(r"\D", "", normalise_digits(text).text)


def test_p406_two_numbers_split_by_a_full_stop_are_two_numbers() -> None:
    assert_quiet("agent: 我的工号是811000。95559是热线。", "P406")


# --- E505 wait-not-requested --------------------------------------------------------------------

BEFORE_HOLD = "customer@0-3: 我想查一下上个月的账单\nagent@4-8: {said}\nagent@40-44: 让您久等了 查到了"


@pytest.mark.parametrize(
    "said",
    ["好的，请您稍等", "我帮您查询一下，请稍候", "麻烦您稍等一下", "您稍等片刻", "请您不要挂机 我帮您查一下",
     "請您稍等"],
)
def test_e505_quiet_when_the_wait_is_asked_for(said: str) -> None:
    assert_quiet(BEFORE_HOLD.format(said=said), "E505", holds=[(9, 39)])


@pytest.mark.parametrize("said", ["好的", "我帮您查一下", "嗯", "您等一下"])  # 等一下 needs 请 / 麻烦
def test_e505_fires_when_the_hold_is_not_announced(said: str) -> None:
    findings = assert_fires(BEFORE_HOLD.format(said=said), "E505", holds=[(9, 39)])
    assert (findings[0].start, findings[0].end) == (9.0, 39.0)
    assert findings[0].detail["what"] == "hold"


def test_e505_a_long_silence_counts_as_a_wait() -> None:
    silent = BEFORE_HOLD.format(said="好的")
    findings = assert_fires(silent, "E505")
    assert findings[0].detail["what"] == "silence"
    assert_quiet(BEFORE_HOLD.format(said="好的 您稍等"), "E505")


def test_e505_short_gaps_are_not_waits() -> None:
    assert_quiet("customer@0-3: 查账单\nagent@4-8: 好的\nagent@15-18: 查到了", "E505")


def test_e505_wants_the_request_in_the_utterance_just_before_the_hold() -> None:
    # rules.md: "not announced by the agent in the utterance before it"
    assert_quiet("agent@0-3: 我查一下 请您稍等\nagent@40-44: 查到了", "E505", holds=[(4, 39)])
    earlier = "agent@0-3: 请您稍等\nagent@4-5: 我查一下\nagent@40-44: 查到了"
    assert_fires(earlier, "E505", holds=[(6, 39)])


def test_e505_one_request_announces_one_hold() -> None:
    # the agent says nothing between the holds: the first request does not cover the second
    two_holds = "agent@0-3: 请您稍等\ncustomer@40-41: 喂\nagent@80-82: 好了"
    findings = assert_fires(two_holds, "E505", holds=[(4, 39), (42, 79)])
    assert [f.start for f in findings] == [42]



def test_a_required_group_may_be_written_as_regexes():
    profile = profile_with(require={"all": [{"phrases": ["带身份证"],
                                             "regex": ["身份证[^，。]{0,6}?领"]}]})
    assert not findings_for("agent: 您明天凭身份证到柜台领", RULE, profile=profile)
    assert not findings_for("agent: 请您带身份证", RULE, profile=profile)
    missing = findings_for("agent: 身份证最好随身带着", RULE, profile=profile)
    assert [f.message for f in missing] == ["said {phrase}; missing 带身份证"]
