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


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "不不不 电话里退不了 您要本人去柜台"),
    ("P401", "呃 不清楚 这个您得去问商户"),
    ("P401", "这个我这边真没法给您弄 系统它不让操作"),
    ("P401", "这个不归我们骑手管 您找商家去"),
    ("P403", "为了表示歉意 我这边直接给您补五十块钱的话费"),
    ("P403", "我们给您送两千积分 算是一点心意"),
    ("P403", "利息损失我们这边给您补上"),
    ("P403", "您多跑的那趟路费 回头我们给您报了"),
    ("P404", "您这年纪大了 记不住也正常"),
    ("P404", "您这要求可真够特别的"),
    ("P404", "您到底要办什么 想好了再打过来"),
    ("P404", "我说的是普通话吧 您哪里没听明白"),
    ("P404", "唉 跟您說了也白說"),
    ("P404", "app上自己点一下就出来了 这还用打电话问"),
    ("P404", "您吵也沒用 規定就這樣"),
    ("P404", "您要这么想 那也随便您"),
])
def test_more_phrasings_are_caught(rule_id, said):
    assert_fires(f"{GREETING}customer: 那怎么办\nagent: {said}", rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "要是线上操作不行 您再打我们电话"),
    ("P401", "不不不 不用谢 应该的"),
    ("P402", "符合条款的费用是百分之百报销的 具体以审核为准"),
    ("P402", "保证部分大概是百分之一点七五左右"),
    ("P403", "您办理退货退款 运费我们承担"),
])
def test_more_polite_or_policy_phrasings_stay_quiet(rule_id, said):
    assert_quiet(f"{GREETING}customer: 好的\nagent: {said}", rule_id)


def test_a_lost_card_number_is_not_a_lost_card():
    assert_quiet("customer: 哎呀 我那个卡号找不到了\nagent: 不要紧的 您慢慢找", "E504")


def test_affirming_a_suggestion_in_other_words():
    assert_quiet("customer: 我建议你们把手机银行的字体调大一点\n"
                 "agent: 谢谢您这么关心我们 您的建议我们会反馈上去认真研究", "E502")


@pytest.mark.parametrize("said, digits", [
    ("工號 八么七六四六", "工號 817646"),     # 幺 as Traditional-character ASR writes it
    ("这么一二三", "这么123"),
    ("为什么一三八", "为什么138"),
])
def test_yao_written_as_me_is_a_digit_only_inside_numbers(said, digits):
    assert normalise_digits(said).text == digits


def test_a_promise_to_handle_a_complaint_is_not_soothing_by_itself():
    complaint = "customer: 你们这服务太差了 我要投诉\n"
    assert_fires(complaint + "agent: 嗯 然后呢\nagent: 好的 我们会尽快核实处理 并尽快回复您", "E501")
    assert_quiet(complaint + "agent: 非常理解您的心情 请您不要生气 我们会尽快处理", "E501")
