"""G301, G303, G304, G305: the unified opening and closing scripts (B2.8, B2.9).

Each table lists what an agent really says at the start or end of a call: the script with ASR
noise (no punctuation, spaces, fillers, Traditional characters, spoken digits, one wrong
character) must pass; an opening or closing that drops a part of the script must fire. G302 (the
agent id) is tested elsewhere.
"""
import pytest

from harness import assert_fires, assert_quiet, findings_for

# A body that says none of the script words (no 您好, bank name, 很高兴, 请讲, thanks, 再见).
BODY = """
customer: 我想问一下信用卡账单日是哪天
agent: 好的 账单日是每个月的五号
customer: 那还款日呢
agent: 还款日是账单日后的第二十五天
"""
INBOUND_CLOSE = "agent: 好的 谢谢您的来电 再见"
OUTBOUND_CLOSE = "agent: 好的 感谢您的配合 再见"
INBOUND_OPEN = "agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲"
OUTBOUND_OPEN = "agent: 王先生您好 我是交通银行客户服务代表八幺幺洞洞洞"


def inbound_call(*opening: str) -> str:
    return "\n".join(opening) + BODY + INBOUND_CLOSE


def outbound_call(*opening: str) -> str:
    return "\n".join(opening) + BODY + OUTBOUND_CLOSE


# --- G301 inbound-greeting ----------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "agent: 喂 你好 请讲",                                        # no bank, no 很高兴为您服务
    "agent: 您好 很高兴为您服务",                                  # no bank, no 请讲
    "agent: 交行811000 请说",                                     # no 您好, no 很高兴为您服务
    "agent: 你好 交行八幺幺洞洞洞 很高兴为您服务 请讲",             # 你好 is not the script's 您好
    "agent: 您好 交通银行 请讲",                                   # no 很高兴为您服务
    "agent: 您好 交行811000 很高兴为您服务",                        # no 请讲
    # another invitation does not replace the script's 请讲 (round 137, heldout508; heldout400, heldout418)
    "agent: 您好，交通银行811000，很高兴为您服务，请问有什么可以帮您",
    "agent: 您好 交通银行 八幺幺洞洞洞 非常高兴为您服务 请问您需要办理什么业务",
    "agent: 您好 交行811000 很高兴为您服务 请问有什么可以帮到您的",
    "agent: 您好 交通银行811000 很乐意为您服务 请问您需要什么帮助",
    "agent: 喂 哪位",
    "agent: 您好 这里是客服中心 很高兴为您服务 请讲",                # no bank name
    "agent: 嗯 您好 工号811000 有什么事",
    "agent: 您好 工號811000 很高興爲您服務 請講",                    # Traditional, no bank name
    "agent: 交行 请讲",
    "agent: 喂 您好 您说",
])
def test_g301_fires_when_a_part_of_the_inbound_greeting_is_missing(opening):
    assert_fires(inbound_call(opening), "G301")


@pytest.mark.parametrize("opening", [
    "agent: 您好交行八幺幺洞洞洞很高兴为您服务请讲",
    "agent: 嗯 您好 交行 工号 八一一零零零 很高兴为你服务 请讲",        # 你 is P405's business
    "agent: 您好 交行811000號 很高興爲您服務 請講",                     # Traditional
    "agent: 您好 交行811000 很高兴为您服物 请讲",                       # one ASR slip
    "agent: 您好 交行811000 很搞兴为您服务 请讲",
    "agent: 您 好 ， 交 行 ８１１０００ ， 很 高 兴 为 您 服 务 ， 请 讲",  # spaced, full width
    "agent: 嗯 那个 您好 呃 交行811000 很高兴为您服务 请讲",              # fillers
    "customer: 喂\nagent: 您好 交行811000 很高兴为您服务 请讲",          # customer spoke first
    "agent: 您好 交行811000\nagent: 很高兴为您服务 请讲",   # split over two utterances
])
def test_g301_quiet_on_the_inbound_greeting_with_asr_noise(opening):
    assert_quiet(inbound_call(opening), "G301")


def test_g301_greeting_outside_the_opening_window_does_not_count():
    transcript = """
        agent@0-2: 喂
        agent@3-5: 喂 听得到吗
        customer@6-8: 听得到
        agent@25-30: 您好 交行811000 很高兴为您服务 请讲
    """ + BODY + INBOUND_CLOSE
    assert_fires(transcript, "G301")


@pytest.mark.parametrize(("opening", "fires"), [
    # the greeting ends with 请讲: 您好 said to the customer afterwards does not complete it
    ("agent: 你好 交通银行 工号八幺幺洞洞洞 很高兴为您服务 请讲\ncustomer: 我想问个事\n"
     "agent: 您好 您说的是哪款产品", True),
    ("agent: 交通银行811000 很高兴为您服务 请讲\ncustomer: 喂\nagent: 您好 请问您贵姓", True),
    # split greetings still count as one: the 请讲 comes in the second utterance
    ("agent: 您好 交通银行811000\nagent: 很高兴为您服务 请讲", False),
    ("agent: 喂\nagent: 您好交行811000很高兴为您服务请讲", False),
])
def test_g301_greeting_ends_with_its_invitation(opening, fires):
    assert bool(findings_for(inbound_call(opening), "G301")) == fires


def test_g301_only_checks_inbound_calls():
    assert_quiet(outbound_call("agent: 喂 你好"), "G301", direction="outbound")


def test_g301_message_names_the_missing_parts():
    findings = findings_for(inbound_call("agent: 您好 交行811000 请讲"), "G301")
    assert len(findings) == 1
    assert "很高兴" in findings[0].message
    assert "交行" not in findings[0].message.split("(")[0]


# --- G303 outbound-greeting ---------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "agent: 喂 是王先生吗 我这边是银行的",                              # no 您好, bank, role
    "agent: 您好 我是交通银行的",                                       # no honorific, no role
    "agent: 王先生 你好 我是交通银行客户服务代表811000",                  # 你好 is not 您好
    "agent: 王先生您好 我是客户服务代表811000",                          # no bank name
    "agent: 您好 我是交通银行客户服务代表811000",                         # no honorific
    "agent: 王先生您好 我是交通银行的 想跟您确认一下",                     # no role
    "agent: 喂 王明吗 交行的 跟你说个事",
    "agent: 李女士您好 我是招商银行客服代表",                             # another bank
    "agent: 喂 您好 请问是机主本人吗",
    "agent: 王先生您好 我是交通銀行的",                                 # Traditional, no role
    "agent: 孙先生您好 我是交通银行的客服 工号811000",                      # 客服 is not the scripted role
    # 老师 named later in the opening (冒充学校老师) is not the customer's honorific
    "agent: 贺同学 您好 我是交通银行客户服务代表811000\nagent: 最近有骗子冒充学校老师 我们做个提醒",
])
def test_g303_fires_when_a_part_of_the_outbound_greeting_is_missing(opening):
    assert_fires(outbound_call(opening), "G303", direction="outbound")


@pytest.mark.parametrize("opening", [
    "agent: 王先生您好 我是交通银行客户服务代表八幺幺洞洞洞",
    "agent: 李女士 您好 我是交行客服代表811000",
    "agent: 请问是张小姐吗 您好 我是交通银行客户服务代表811000号",
    "agent: 刘老师您好 我这里是交通银行 客户服务代表811000",
    "agent: 请问是刘老师吗 您好 我是交通银行客户服务代表811000",
    "agent: 王先生您好\nagent: 我是交通银行客户服务代表811000 请问您现在方便接听电话吗",
    "agent: 王先生您好 我是交通銀行客戶服務代表811000",                   # Traditional
    "agent: 王先生您好 我是交通银行客户服务待表811000",                   # one ASR slip
    "agent: 嗯 赵女士 您好 我是交通银行信用卡中心的客服代表 工号811000",
    "agent: 喂 您好 请问是陈先生吗 我是交通银行的客户服务代表",
    "agent: 周 先 生 您 好 ， 我 是 交 通 银 行 客 户 服 务 代 表",
])
def test_g303_quiet_on_the_outbound_greeting(opening):
    assert_quiet(outbound_call(opening), "G303", direction="outbound")


def test_g303_only_checks_outbound_calls():
    assert_quiet(inbound_call("agent: 喂 是王先生吗"), "G303", direction="inbound")


# --- G304 inbound-closing -----------------------------------------------------------------------

@pytest.mark.parametrize("closing", [
    "agent: 好的 那就这样 拜拜",
    "agent: 嗯 没别的事我先挂了",
    "agent: 好的 谢谢 再见",                           # a bare 谢谢 is not the script's thanks
    "agent: 谢谢您的来电",                              # no 再见
    "agent: 感谢您的来电 拜拜",                          # 拜拜 is not 再见
    "agent: 好的 再见",
    "agent: 感谢您的耐心等待 再见",                       # thanks for waiting, not for the call
    "agent: 嗯 沒別的事我先掛了",                         # Traditional
    "agent: 行 那您去网点办吧",
    "agent: 不客气 再见",
])
def test_g304_fires_when_the_inbound_closing_is_incomplete(closing):
    assert_fires(INBOUND_OPEN + BODY + closing, "G304")


@pytest.mark.parametrize("closing", [
    "agent: 谢谢您的来电 再见",
    "agent: 感谢您的来电 祝您生活愉快 再见",
    "agent: 欢迎您再次来电 再见",
    "agent: 好的 欢迎再次致电交通银行 再见",
    "agent: 感谢您致电交通银行\nagent: 再见",              # split over the last two utterances
    "agent: 謝謝您的來電 再見",                            # Traditional
    "agent: 谢谢您的来店 再见",                            # one ASR slip
    "agent: 好的 如有需要欢迎随时来电 再见",
    "agent: 嗯 谢谢你的来电 再见",
    "agent: 好 的 ， 谢 谢 您 的 来 电 ， 再 见 。",
])
def test_g304_quiet_on_the_inbound_closing(closing):
    assert_quiet(INBOUND_OPEN + BODY + closing, "G304")


def test_g304_closing_words_said_early_do_not_count():
    transcript = """
        agent@0-4: 您好 交行811000 很高兴为您服务 请讲
        customer@5-7: 我问一下账单日
        agent@8-12: 谢谢您的来电 再见
        customer@13-15: 等等 还有个问题 还款日呢
        agent@40-44: 还款日是账单日后的第二十五天
        customer@45-47: 好的
        agent@70-72: 嗯 那就这样
    """
    assert_fires(transcript, "G304")


def test_g304_only_checks_inbound_calls():
    assert_quiet(OUTBOUND_OPEN + BODY + "agent: 好的 拜拜", "G304", direction="outbound")


# --- G305 outbound-closing ----------------------------------------------------------------------

@pytest.mark.parametrize("closing", [
    "agent: 好的 那就这样 拜拜",
    "agent: 嗯 没别的事我先挂了",
    "agent: 好的 再见",                                  # no thanks
    "agent: 感谢您的合作",                                # no 再见
    "agent: 不好意思打扰您了 再见",                         # an apology is not a thanks
    "agent: 不客气 再见",
    "agent: 行 那先这样 拜拜",
    "agent: 好的 那您忙吧",
    "agent: 好的 再見",                                   # Traditional, no thanks
])
def test_g305_fires_when_the_outbound_closing_is_incomplete(closing):
    assert_fires(OUTBOUND_OPEN + BODY + closing, "G305", direction="outbound")


@pytest.mark.parametrize("closing", [
    "agent: 感谢您的合作 再见",
    "agent: 好的 谢谢您 再见",
    "agent: 感谢您的支持 祝您生活愉快 再见",
    "agent: 那不打扰您了 谢谢 再见",
    "agent: 嗯 感谢您的耐心 再见",
    "agent: 感謝您的配合 再見",                              # Traditional
    "agent: 非常感谢您抽出宝贵时间\nagent: 再见",              # split
    "agent: 好的 多谢您 再见",
    "agent: 感谢您接听我们的电话 再见",
])
def test_g305_quiet_on_the_outbound_closing(closing):
    assert_quiet(OUTBOUND_OPEN + BODY + closing, "G305", direction="outbound")


def test_g305_only_checks_outbound_calls():
    assert_quiet(INBOUND_OPEN + BODY + "agent: 好的 拜拜", "G305", direction="inbound")


def test_g305_thanks_must_come_from_the_agent():
    transcript = OUTBOUND_OPEN + BODY + "customer: 谢谢你啊\nagent: 好的 再见"
    assert_fires(transcript, "G305", direction="outbound")
