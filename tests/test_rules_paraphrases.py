"""Other ways of saying the same thing: phrasings found by an independent evaluation batch
written without looking at the lexicons, kept here so they stay caught (or stay quiet)."""
import pytest

from harness import assert_fires, assert_quiet
from qa_scorer.normalise import normalise_digits

GREETING = "agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲\n"


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "这个办不到的 只能本人来"),
    ("P402", "您这个条件 保准给您批下来"),
    ("P402", "没问题的 我一定帮您提到五万"),
    ("P402", "肯定能解决 这个您放心"),
    ("P404", "这么简单的东西 您自己点一下不就会了吗"),
    ("P404", "现在谁还不会用手机啊"),
    ("P404", "那是您自己没看清楚合同 跟我们有什么关系"),
    ("P404", "账单每个月都发您邮箱了 您自己翻翻看"),
    ("S203", "您莫着急嘛 我帮您看一哈"),
])
def test_other_phrasings_are_caught(rule_id, said):
    assert_fires(f"{GREETING}customer: 那怎么办\nagent: {said}", rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "不知道您考不考虑换成五十八的套餐"),
    ("P401", "不知道您愿不愿意参加一个简短的回访"),
    ("P402", "我们一定会尽快帮您处理"),
    ("P404", "您可以自己在手机银行里查看 我教您怎么操作"),
    ("P404", "您自己看一下订单详情页就可以"),
    ("P402", "绝对不会泄露您的个人信息"),
    ("P402", "我保证把您的情况反映上去"),
    ("P403", "运费险会给您补偿一部分运费的"),
    ("P401", "这个暂时办理不了 系统在升级"),
])
def test_polite_phrasings_stay_quiet(rule_id, said):
    assert_quiet(f"{GREETING}customer: 好的\nagent: {said}", rule_id)


def test_asking_to_wait_in_other_words_announces_the_hold():
    assert_quiet("agent: 您好交行八幺幺洞洞洞很高兴为您服务请讲\ncustomer: 查一下我的账单\n"
                 "agent@12-15: 好的 麻烦您等我一下\nagent@80-84: 让您久等了", "E505", holds=[(16, 78)])


def test_passing_praise_on_is_not_thanking_for_it():
    assert_fires("customer: 我想表扬一下你们网点的小王 服务特别好\nagent: 好的 我记录一下 会转达给网点",
                 "E503")


def test_an_old_loss_report_mentioned_in_praise_is_not_an_account_action():
    assert_quiet("customer: 我想表扬一下 上次挂失的事你们处理得很快\nagent: 谢谢您对我们工作的肯定",
                 "E504")


@pytest.mark.parametrize("opening, fires", [
    ("您好 交行八幺幺洞洞洞 很高兴为您服务 请将", False),   # ASR homophone of 请讲
    ("您好 交行八幺幺洞洞洞 很高兴为您服务 有什么可以帮您", True),
])
def test_greeting_asks_the_customer_to_speak(opening, fires):
    (assert_fires if fires else assert_quiet)(f"agent: {opening}\ncustomer: 你好", "G301")


@pytest.mark.parametrize("opening", ["您好交行工号八 幺 洞 幺 洞 五很高兴为您服务请讲",
                                     "您好交行 八 幺 洞 幺 洞 五号 很高兴为您服务请讲"])
def test_agent_id_read_one_digit_at_a_time(opening):
    assert_quiet(f"agent: {opening}\ncustomer: 你好", "G302", agent_id="810105")


@pytest.mark.parametrize("said, digits", [
    ("工号八 幺 洞 幺 洞 五", "工号810105"),
    ("交行八 幺 洞 幺 洞 五很高兴", "交行810105很高兴"),
    ("八一一零零零 一定", "811000 一定"),
    ("统一 一定", "统一 一定"),
])
def test_digits_spaced_one_by_one_are_one_number(said, digits):
    assert normalise_digits(said).text == digits
