"""Specification of text normalisation: what rules see, and how evidence maps back to the ASR text."""
from __future__ import annotations

import unicodedata

import pytest

from qa_scorer.normalise import NormalisedText, Normaliser, make_normaliser, normalise_digits
from qa_scorer.profile import load_profile

FIXUPS = {"帐户": "账户", "帐号": "账号"}
FILLERS = ("嗯", "呃", "额", "哦", "唉", "那个", "这个", "就是", "就是说")
SPOKEN_DIGITS = "零〇洞一幺二两三四五六七八九"


@pytest.fixture(scope="module")
def normalise() -> Normaliser:
    return Normaliser(fixups=FIXUPS, fillers=FILLERS)


# --- spoken digits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("八幺幺洞洞洞", "811000"),
        ("八一一零零零", "811000"),
        ("八一一〇〇〇", "811000"),
        ("8幺1000", "811000"),
        ("一三八一二三四五六七八", "13812345678"),
        ("六二二二 零二零二 一二三四 五六七八", "6222020212345678"),
        ("卡号六二二二 零二零二 一二三四 五六七八对吗", "卡号6222020212345678对吗"),
        ("尾号七八九零", "尾号7890"),
        ("零零一", "001"),
        ("1 3 8 1 2 3 4 5 6 7 8", "13812345678"),
        ("6222 0202", "62220202"),
        ("九五五五九", "95559"),
        ("幺洞", "10"),
        ("幺幺零", "110"),
        ("洞洞洞", "000"),
        ("我的工号是八幺幺洞洞洞很高兴为您服务", "我的工号是811000很高兴为您服务"),
        ("一三八两二三四五六七八", "13822345678"),
        ("二零二六年", "2026年"),
        ("号码是一三八 后面是", "号码是138 后面是"),
        ("八一一零零零 一定", "811000 一定"),
        ("八一一零零零 两三天", "811000 两三天"),
        ("第一 二三四五", "第一 2345"),
        ("八幺拐三三两", "817332"),                    # radio digits: 拐 = 7, 勾 = 9
        ("工号八幺勾洞拐两", "工号819072"),
    ],
)
def test_spoken_digit_strings_become_arabic(raw: str, expected: str) -> None:
    assert normalise_digits(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "一定", "一下", "一个", "一些", "一起", "一般", "统一", "十分", "二维码", "零钱",
        "三个工作日", "一万", "两百块", "第一", "百分之百", "一一核对", "万一", "一直",
        "两三天", "一两个", "三五个", "三五天", "十一点", "三十分钟", "四十五", "五百元",
        "一百二十三", "两个", "两两", "三四五个", "一二三天", "周一三五", "第一二三", "一五一十",
        "三三两两", "七七八八", "山洞", "漏洞", "黑洞", "洞洞", "幺妹", "九八年", "十二三岁",
        "一万一千一百一十一", "三千五百六十七",
        "拐弯就到", "拐杖", "往左拐三百米", "前面拐两个弯", "右拐五六十米", "勾选三项", "打勾",
    ],
)
def test_words_and_quantities_stay(raw: str) -> None:
    assert normalise_digits(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("六二二二 零二零二。", "62220202。"),
        ("一三八 您好", "138 您好"),
        ("一 二", "一 二"),
        ("三 个", "三 个"),
    ],
)
def test_spaces_go_only_between_groups_of_one_number(raw: str, expected: str) -> None:
    assert normalise_digits(raw).text == expected


# --- the whole pipeline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("帳戶", "账户"),
        ("您的帳號", "您的账号"),
        ("請稍候", "请稍候"),
        ("銀行", "银行"),
        ("謝謝", "谢谢"),
        ("交通銀行很高興為您服務", "交通银行很高兴为您服务"),
        ("頭髮", "头发"),
    ],
)
def test_traditional_becomes_simplified(normalise: Normaliser, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("謝謝您替我們著想", "谢谢您替我们着想"),
        ("請您拿著身份證", "请您拿着身份证"),
        ("用不著擔心", "用不着担心"),
        ("這是著名的景點", "这是著名的景点"),     # 著 the word stays
        ("效果顯著", "效果显著"),
    ],
)
def test_default_profile_fixes_the_particle_zhe(raw: str, expected: str) -> None:
    # OpenCC t2s keeps 著 for both; the default profile's fix-ups restore the particle 着
    assert make_normaliser(load_profile(None))(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("８１１０００", "811000"),
        ("ＡＴＭ", "atm"),
        ("ATM机", "atm机"),
        ("您好！请讲？", "您好请讲"),
        ("工号：８幺幺洞洞洞", "工号811000"),
        ("3个工作日", "3个工作日"),
    ],
)
def test_width_case_and_punctuation(normalise: Normaliser, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("您好，交通银行，很高兴为您服务，请讲。", "您好交通银行很高兴为您服务请讲"),
        ("“不知道”（）《》…·~ ,.!?;:'\"()[]", "不知道"),
        ("请 稍 候", "请稍候"),
        ("您好\t请讲\n", "您好请讲"),
    ],
)
def test_punctuation_and_whitespace_go(normalise: Normaliser, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("嗯 您好", "您好"),
        ("嗯，您好", "您好"),
        ("那个 请问", "请问"),
        ("呃，", ""),
        ("您好 嗯", "您好"),
        ("嗯嗯 好的", "好的"),
        ("就是说 这个 您的卡", "您的卡"),
        ("那个账户", "那个账户"),
        ("这个问题", "这个问题"),
        ("嗯您好", "嗯您好"),
        ("你错了啊", "你错了啊"),
        ("八幺幺 嗯 洞洞洞", "811000"),
    ],
)
def test_fillers_go_only_where_they_stand_alone(normalise: Normaliser, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("您 说 的 这个 不可能 机器 都 有 记录", "您说的这个不可能机器都有记录"),
        ("嗯 您 说 的 这个 不可能 嗯嗯", "您说的这个不可能"),
        ("不行 就是 不行 您 别 问 了", "不行就是不行您别问了"),
        ("呃 那个 卡 在 您 手上 吗", "那个卡在您手上吗"),
        # spaced by phrase, not by word: 这个 and 那个 still go
        ("那个 请问一下 这个 信用卡 怎么办理 比较方便 谢谢", "请问一下信用卡怎么办理比较方便谢谢"),
    ],
)
def test_in_word_segmented_text_only_the_sounds_go(normalise: Normaliser, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_without_fillers_or_conversion_nothing_else_changes() -> None:
    plain = Normaliser(convert_traditional=False)
    assert plain("嗯 您好，帳戶").text == "嗯您好帳戶"


def test_fixups_may_change_length() -> None:
    result = Normaliser(fixups={"交行": "交通银行", "那个那个": "那个"})("交行 那个那个")
    assert result.text == "交通银行那个"
    assert result.origin == (0, 0, 1, 1, 3, 5)


# --- the origin map ----------------------------------------------------------------------------

DIGIT_VALUE = dict(zip(SPOKEN_DIGITS, "00011223456789"))


def _produces(raw_char: str, out_char: str) -> bool:
    """Whether `out_char` can come from `raw_char` by folding, t2s or digit reading."""
    folded = unicodedata.normalize("NFKC", raw_char).lower()
    simplified = Normaliser(convert_traditional=True)(raw_char).text
    return out_char in folded or out_char in simplified or DIGIT_VALUE.get(folded) == out_char


ORIGIN_CASES = [
    "八幺幺洞洞洞",
    "嗯 您好，我是交通銀行客服代表，工号８幺幺洞洞洞，很高興為您服務",
    "六二二二 零二零二 一二三四 五六七八对吗",
    "那个 请问 ＡＴＭ 吞卡了 三个工作日",
    "1 3 8 1 2 3 4 5 6 7 8",
    "你错了啊！",
    "",
    "，。！",
]


@pytest.mark.parametrize("raw", ORIGIN_CASES)
def test_origin_points_at_the_source_character(normalise: Normaliser, raw: str) -> None:
    result = normalise(raw)
    assert len(result.origin) == len(result.text)
    assert list(result.origin) == sorted(result.origin)
    for char, index in zip(result.text, result.origin):
        assert _produces(raw[index], char), (char, raw[index])


@pytest.mark.parametrize("raw", ORIGIN_CASES)
def test_converted_digits_point_at_spoken_digits(normalise: Normaliser, raw: str) -> None:
    result = normalise(raw)
    for char, index in zip(result.text, result.origin):
        if char.isdigit() and not raw[index].isdigit():
            assert raw[index] in SPOKEN_DIGITS or unicodedata.normalize("NFKC", raw[index]).isdigit()


@pytest.mark.parametrize(
    ("raw", "found", "spoken"),
    [
        ("我是工号八幺幺洞洞洞很高兴为您服务", "811000", "八幺幺洞洞洞"),
        ("工号 ８幺幺洞洞洞，", "811000", "８幺幺洞洞洞"),
        ("卡号六二二二 零二零二 一二三四 五六七八", "6222020212345678", "六二二二 零二零二 一二三四 五六七八"),
        ("嗯 您的帳戶", "您的账户", "您的帳戶"),
        ("请讲，嗯，交通銀行", "请讲交通银行", "请讲，嗯，交通銀行"),
    ],
)
def test_quoting_back_through_origin_gives_what_was_said(
    normalise: Normaliser, raw: str, found: str, spoken: str
) -> None:
    result = normalise(raw)
    start = result.text.index(found)
    first, last = result.origin[start], result.origin[start + len(found) - 1]
    assert raw[first : last + 1] == spoken


def test_normalise_digits_origin_is_relative_to_its_input() -> None:
    result = normalise_digits("尾号 七八 九零")
    assert result.text == "尾号 7890"
    assert result.origin == (0, 1, 2, 3, 4, 6, 7)


def test_normalised_text_rejects_mismatched_origin() -> None:
    with pytest.raises(ValueError):
        NormalisedText("abc", (0, 1))
