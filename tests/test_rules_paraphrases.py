"""Other ways of saying the same thing: phrasings found by an independent evaluation batch
written without looking at the lexicons, kept here so they stay caught (or stay quiet)."""
import pytest

from harness import assert_fires, assert_quiet
from qa_scorer.normalise import normalise_digits

GREETING = "agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲\n"


def answered(said: str, customer: str = "那怎么办") -> str:
    """A greeted call where the agent answers the customer's one line with `said`."""
    return f"{GREETING}customer: {customer}\nagent: {said}"


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
    assert_fires(answered(said), rule_id)


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
    assert_quiet(answered(said, customer="好的"), rule_id)


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
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "要是线上操作不行 您再打我们电话"),
    ("P401", "不不不 不用谢 应该的"),
    ("P402", "符合条款的费用是百分之百报销的 具体以审核为准"),
    ("P402", "保证部分大概是百分之一点七五左右"),
    ("P403", "您办理退货退款 运费我们承担"),
])
def test_more_polite_or_policy_phrasings_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


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


@pytest.mark.parametrize("rule_id, said", [
    # the agent declines to promise
    ("P402", "这个时间我这边也不敢跟您保证 但是我会每天帮您跟进"),
    ("P402", "我没法给您一个准确的保证 我们会尽量安排"),
    ("P402", "我这边没法提前跟您承诺 但是会如实提交上去"),
    # the agent restates what the customer or someone else said
    ("P402", "您说经理当时跟您讲绝对没问题 这个我非常理解"),
    ("P402", "您说营业员说保证三年不涨价 我帮您查一下"),
    ("P401", "您觉得不可能是您自己开通的 这个我理解"),
    ("P404", "您说已经说过很多遍了 这个确实是我们的问题"),
    # product and policy terms
    ("P402", "您这款医疗险是保证续保二十年的产品"),
    ("P402", "车损险是设了一千元的绝对免赔额"),
    ("P402", "银行的工作人员绝对不会向客户索要短信验证码"),
    ("P403", "大额存单五十万以内都是全额赔付的"),
    ("P401", "销号需要您本人到营业厅办理 我们电话这边是办不了的"),
    ("P401", "好的 不知道明天上午这个时间您方便吗"),
    ("P401", "不知道您著不著急用"),
])
def test_quoted_declined_and_policy_words_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "您说的不对 我跟您讲 这个要本人来"),
    ("P403", "您请假耽误的工资我们也补偿给您"),
    ("P403", "我这边给您赔三百块钱"),
    ("P403", "您的误工费我们银行来承担"),
    ("P402", "我们一定会给您一个让您满意的结果"),
    ("P404", "这么点小事也打一二三四五 我们很忙的"),
    ("P404", "跟您说了半天怎么还是不明白呢"),
])
def test_genuine_taboos_in_natural_wording_are_caught(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("opening", [
    "agent: 您好，交行八幺幺洞洞洞，很高兴为\nagent: 您服务，请讲",      # ASR cut the script in two
    "agent: 您好 交行八幺幺洞洞洞 很高心为您服物 请讲",                 # two slips in the script
    "agent: 您好焦航八幺幺洞洞洞很高兴为您服务请讲",                     # homophone of 交行
])
def test_greeting_survives_asr(opening):
    assert_quiet(f"{opening}\ncustomer: 你好", "G301")


def test_card_number_cut_between_two_utterances_is_read_aloud():
    [finding] = assert_fires("agent: 您的卡號是六二二二六二零七四五\nagent: 四八九五五零七九零 对吗", "P406")
    assert "6222 **** **** 0790" in finding.evidence


def test_northern_request_to_wait_announces_the_hold():
    assert_quiet("agent: 您好交行八幺幺洞洞洞很高兴为您服务请讲\ncustomer: 查一下账单\n"
                 "agent@12-16: 我这边帮您看一下系统记录 您稍微等会儿啊\nagent@80-84: 让您久等了",
                 "E505", holds=[(17, 78)])


def test_cash_discrepancy_answer_may_come_after_a_hold():
    assert_quiet("customer: 我取两千 就出来一千五 少了五百\nagent: 请您稍等 我查一下\n"
                 "agent: 您是在哪个网点的机器取的\ncustomer: 就我们小区门口\nagent: 好的 我记录一下\n"
                 "agent: 网点清机以后三个工作日之内会处理完毕", "K702")
    assert_fires("customer: 我取两千 就出来一千五 少了五百\nagent: 您耐心等一下 有结果会通知您",
                 "K702")


def test_a_quoted_ni_is_not_informal_address():
    assert_quiet(f"{GREETING}customer: 骑手太过分了\nagent: 您说骑手跟您讲你爱吃不吃 这个态度确实不对", "P405")
    assert_fires(f"{GREETING}customer: 骑手太过分了\nagent: 你说的这个情况我记下了", "P405")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "不知道孩子平时一般是几点上课比较方便呢 我帮您看一下"),
    ("P401", "不是不给您办 是需要先审核一下 我现在帮您提交上去"),
    ("P402", "您是希望我们保证给您解决是吧 我理解 我会如实记录"),
    ("P402", "您说要个保证 这个我记下来了 我们会尽快核实处理的"),
    ("P402", "我理解您希望有个保证 不过结果我没法在电话里定下来"),
])
def test_restated_demands_and_denied_refusals_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "我们这边没搞错 是您自己地址填错了"),
    ("P402", "这个您放心 我给您申请肯定能免掉的"),
    ("P403", "这样 下个月的物业费给您免了 这个我来做主"),
    ("P404", "是您自己不看清楚就下单 现在又来怪我们"),
])
def test_reworded_taboos_are_caught(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, transcript", [
    ("P404", "agent: 您自己的钱也得按规定来啊 这都不懂吗"),                      # jieba glues 懂吗
    ("P404", "agent: 跟您说过了 银行不会要验证码的 您自己\nagent: 要长点心"),     # cut mid-phrase
    ("P404", "agent: 这种骗局新闻里天天在說 這點常识都\nagent: 沒有吗"),
    ("P404", "agent: 这个我刚才已经跟您说得很清楚了 您自己算一下就知道了"),
    ("P403", "agent: 这笔钱我们会先赔偿给您的 您不用管了"),
])
def test_taboos_across_asr_cuts_and_glued_particles(rule_id, transcript):
    assert_fires(f"{GREETING}customer: 那怎么办\n{transcript}", rule_id)


@pytest.mark.parametrize("opening", [
    "agent: 您好，交通银行，八一一，零零零号，很高兴为您服务，请讲",
    "agent: 您好交行工号811\nagent: 000很高兴为您服务请讲",
])
def test_agent_id_read_in_two_groups(opening):
    assert_quiet(f"{opening}\ncustomer: 你好", "G302", agent_id="811000")


def test_an_old_retained_card_praised_in_passing_is_not_a_report():
    assert_quiet("customer: 我想表扬一下 上次我卡被吞了 他们下班了还帮我把卡拿出来了\n"
                 "agent: 谢谢您对我们员工的肯定", "K701")


@pytest.mark.parametrize("said", ["我的卡卡在地铁站里的自动取款机里面没出来",
                                  "我的卡被加油站旁邊的取款機吞了"])
def test_retained_card_reported_in_other_words(said):
    assert_fires(f"customer: {said}\nagent: 您带上身份证去网点领就行了", "K701")


def test_a_deposit_swallowed_by_the_machine_is_a_cash_discrepancy():
    assert_fires("customer: 我在存取款一体机上存了两千 钱被收进去了 但是账户里没有\n"
                 "agent: 好的 已经提交了 核实清楚了钱会退回您账户的", "K702")


def test_freezing_a_card_needs_identity_verification():
    transcript = "customer: 有一笔消费不是我本人的\nagent: 那卡号是多少\nagent: 我先帮您把这张卡临时冻结"
    assert_fires(transcript, "E504")
    assert_quiet(transcript.replace("那卡号是多少", "请您提供一下身份证号码 核对一下身份"), "E504")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "不知道老人现在身体怎么样了"),
    ("P401", "不知道那个您方便什么时候到前台办理"),
    ("P401", "您说前台跟您讲不知道是吧 这个回答确实不合适"),
    ("P401", "您说不可能逾期是吧 我理解您的心情 我帮您核对一下"),
    ("P401", "这个我没办法直接给您答复 需要跟房东确认一下之后给您回电"),
    ("P401", "这个我不太清楚具体情况 我帮您问一下门店店长"),
    ("P402", "百分之百返利的那个活动是上个月的 已经结束了"),
])
def test_hedges_quotes_and_concern_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "不知道 要看他们那边什么时候排上"),
    ("P401", "这个我不知道 您自己去问吧"),
    ("P403", "这样吧 我给您退一晚房费 再送您一张免费房券"),
    ("P404", "您都逾期三个月了还好意思说手头紧"),
    ("P404", "爱坐不坐 反正取消费是要扣的"),
])
def test_more_genuine_taboos_are_caught(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "这块我们确实帮不上您"),
    ("P401", "这我上哪知道去啊 那是商户那边的事"),
    ("P402", "您放心 这钱肯定跑不了 稳稳的"),
    ("P402", "明天上午之前准到账 错不了"),
    ("P403", "这个钱我们认了 回头给您退回去"),
    ("P403", "您这损失我们这边给您兜着"),
    ("P404", "您这不是为难我嘛"),
    ("P404", "我们又不是神仙 哪能什么都知道"),
    ("P404", "短信都发给您了 您自己不看怪谁呢"),
    ("P404", "嗓门大也没用啊 规定就是规定"),
])
def test_idiomatic_taboos_are_caught(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, transcript", [
    ("E501", "customer: 我要投诉 你们太过分了\nagent: 大冷天的让您来回折腾 我们心里也过意不去"),
    ("E502", "customer: 我建议你们手机银行加个夜间模式\nagent: 您这个点子提得真好 我们好好琢磨琢磨"),
    ("E503", "customer: 我想表扬一下你们网点的小王\nagent: 我一定把您的话带给她 替她谢谢您了"),
    ("E504", "customer: 我要挂失\nagent: 按规矩得先确认是您本人 您把身份证上最后六个数念一下"),
    ("E504", "customer: 我上个月卡被盗刷 你们处理得特别快 必须点个赞\nagent: 谢谢您的肯定"),
    ("P407", "agent: 处理结果也对当天的情况做了通报请问您对处理结果满意吗"),
])
def test_good_handling_in_fresh_words_is_recognised(rule_id, transcript):
    assert_quiet(f"{GREETING}{transcript}", rule_id)


@pytest.mark.parametrize("said", ["屏幕上说取款成功 可出钞口空空的 一张都没有",
                                  "我存了三千块进去 机器只认了两千五"])
def test_cash_discrepancy_in_fresh_words(said):
    assert_fires(f"customer: {said}\nagent: 好的 我给您登记一下", "K702")


def test_a_card_not_returned_is_a_retained_card_not_a_cash_discrepancy():
    transcript = "customer: 卡插进去就没吐出来\nagent: 那您明天去网点领一下就行"
    assert_fires(transcript, "K701")
    assert_quiet(transcript, "K702")


def test_withdrawing_cash_when_the_card_stays_in_is_not_a_cash_discrepancy():
    assert_quiet("customer: 我在取款机取钱 卡插进去就没吐出来\nagent: 您明天带上身份证去网点领就行",
                 "K702")


@pytest.mark.parametrize("answer, fires", [
    ("您这个我给您走加急 明天就能处理好", False),
    ("好的 我给您登记一下 您回去等通知", True),
])
def test_next_day_settlement_said_as_tomorrow(answer, fires):
    transcript = f"customer: 取两千只吐出来一千五 卡里扣了两千\nagent: {answer}"
    (assert_fires if fires else assert_quiet)(transcript, "K702")


@pytest.mark.parametrize("call_type, fires", [("complaint", False), ("inquiry", True)])
def test_a_demand_inside_a_complaint_is_not_a_suggestion(call_type, fires):
    transcript = ("customer: 你们能不能改进一下 高峰期多开几个窗口\n"
                  "agent: 这个问题我们会如实反馈 您也可以在手机银行预约取号")
    (assert_fires if fires else assert_quiet)(transcript, "E502", call_type=call_type)


@pytest.mark.parametrize("rule_id, said", [
    ("P402", "这回一准儿给您批下来 您就等着吧"),
    ("S203", "那就这么办 您看中不中"),
])
def test_colloquial_promise_and_dialect_with_jieba_compounds(rule_id, said):
    assert_fires(answered(said), rule_id)


def test_a_customer_who_took_a_fancy_to_a_product_is_not_dialect():
    assert_quiet(f"{GREETING}customer: 那款理财\nagent: 您看中的那款产品目前额度已满", "S203")


@pytest.mark.parametrize("said, fires", [
    ("不这个办理不了", True),            # ASR dropped the pause after the refusal
    ("嗯不我们这边办不了", True),
    ("不收手续费的 您放心", False),      # 不 that negates the verb after it
    ("不这样的话 您也可以去网点办", False),
])
def test_a_bare_refusal_glued_to_the_next_clause(said, fires):
    (assert_fires if fires else assert_quiet)(f"{GREETING}customer: 能办吗\nagent: {said}", "P401")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "那可不成 这得本人来"),
    ("P402", "您提交了肯定能下来 额度还不会低"),
    ("P402", "您放心 我这边包您批下来"),
    ("P402", "这个钱我们肯定给您赔 您放心"),
    ("P403", "利息损失这块儿我们给您补上"),
    ("P403", "您这次请假的误工费我们全额承担"),
    ("P403", "手续费给您退了 再补五十块话费"),
    ("P404", "跟我们说有什么用啊 找商家去"),
    ("P404", "您跟我嚷嚷有什么用啊"),
    ("P404", "那您想怎么样嘛 餐都送到了"),
    ("P404", "您订票的时候自己不看规则吗"),
    ("P404", "您到底想不想办啊 不想办就算了"),
    ("P404", "您这么大个人了 连验证码都分不清啊"),
    ("P404", "你这记性也太差了点吧"),
    ("P404", "你自己去网点问不就完了"),
    ("P404", "那是您自己没看 也怪不到我们头上"),
])
def test_fresh_taboos_from_other_industries_and_registers(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "合约期内暂时是办理不了携转的 到期后就可以"),
    ("P401", "所以暂时还办理不了 您起飞前两小时再试"),
    ("P401", "具体是什么原因我这边不太清楚 需要技师检查一下"),
    ("P402", "流量用到百分之八十 百分之一百的时候都会给您发短信"),
    ("P402", "我们也无法保证百分之百拦住 如果接到了您再标记一下"),
    ("P403", "对方的保险公司负责赔付您的车辆损失 您这边配合定损就行"),
    ("P402", "关于理财经理说稳赚不赔的问题 我们会尽快核实"),
])
def test_policy_thresholds_and_third_parties_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, transcript", [
    ("E501", "customer: 我不是来投诉的啊 我是想表扬一下\nagent: 谢谢您的表扬"),
    ("E501", "customer: 我这记性太差了 密码又忘了\nagent: 没关系 您在手机银行重置一下"),
    ("E501", "customer: 我在另外一家银行贷的 他们服务太差了 想转到你们这\nagent: 好的 我给您说一下流程"),
    ("E501", "customer: 我要投诉 扣款又失败了\nagent: 给您带来这么多麻烦 实在对不住"),
    ("E504", "customer: 上礼拜我打电话挂失 你们客服特别耐心\nagent: 这是我们应该做的 谢谢您"),
    ("E504", "customer: 上次卡丢了 你们半夜帮我挂失 没损失一分钱\nagent: 这是我们应该做的"),
    ("E504", "customer: 我就问问 卡要是丢了 挂失要怎么弄\nagent: 您可以在手机银行上自己挂失"),
    ("E504", "customer: 手机银行怎么看余额\nagent: 首页点账户总览就能看到"),
    ("E504", "customer: 我身份证丢了 拿户口本能取定期吗\nagent: 需要先补办临时身份证"),
    ("E504", "customer: 有人打电话说我的卡要被冻结了\nagent: 那是诈骗电话 请您不要理会"),
    ("K702", "customer: 我卡里的钱取不出来 柜台说卡被冻结了\nagent: 请您提供一下身份证号码 我帮您查一下"),
    ("K701", "customer: 机器吞了我一千块 没给我入账\nagent: 三个工作日内会处理完毕"),
    ("S202", "customer: 我转错账了\nagent: 转错账这种情况呢 您先联系收款人"),
])
def test_near_misses_of_handling_rules_stay_quiet(rule_id, transcript):
    assert_quiet(f"{GREETING}{transcript}", rule_id)


@pytest.mark.parametrize("rule_id, transcript", [
    ("E502", "customer: 我觉得你们积分商城应该多加点加油卡\nagent: 话费兑换在生活服务栏目里"),
    ("E502", "customer: 我觉得你们应该全部都做成深色的\nagent: 您先把亮度调低一点"),
    ("E503", "customer: 你们那个客服小姑娘挺好的 讲得特别清楚\nagent: 那您对手续费清楚吗"),
    ("E503", "customer: 理财经理小张特别专业 你们这服务真是没得说\nagent: 那您对风险等级清楚吗"),
    ("E504", "customer: 我没转过\nagent: 您卡里现在余额还有八万四千多 我这边直接把您的卡冻结一下"),
    ("E504", "customer: 密码输错三次被锁了\nagent: 可以 我这边直接帮您把密码锁定解除"),
    ("K701", "customer: 我的借记卡刚刚在你们网点ATM被吞了\nagent: 您次日过去就可以领了"),
    ("K701", "customer: 卡被吞了\nagent: 请您说一下身份证号码后六位\nagent: 三个工作日后去网点领"),
    ("K702", "customer: 我在存款机存了五千只到账四千\nagent: 处理好了会短信通知您"),
    ("K702", "customer: 取了一千 只出来九百\nagent: 有结果会联系您"),
    ("K702", "customer: 我取一千 机器吐了一千一 多出来一张\nagent: 您送回网点柜台就可以"),
])
def test_handling_situations_in_fresh_words(rule_id, transcript):
    assert_fires(f"{GREETING}{transcript}", rule_id)


def test_affirming_a_suggestion_comes_right_after_it():
    # B2.14b 应立即表示肯定: a thanks at the close of a survey call is not the affirmation
    assert_fires("agent: 何女士您好 我是交通银行客户服务代表\ncustomer: 我提个建议 账单字太小了\n"
                 "agent: 好的 那您对热线满意吗\nagent: 另外提醒您注意防诈骗\nagent: 好的 回访就到这里\n"
                 "agent: 感谢您的支持 再见", "E502")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "这个做不了"),
    ("P401", "您问别人吧"),
    ("P401", "不可以的 这个规定就是这样"),
    ("P401", "我们这儿不办这个"),
    ("P401", "这我可不知道"),
    ("P401", "您那是操作有问题"),
    ("P402", "一定让您满意"),
    ("P404", "您能不能听我说完"),
    ("P404", "您是不是没带脑子"),
    ("P404", "这都要问"),
    ("P404", "您这也太笨了"),
    ("P404", "您是第一次用手机吗"),
])
def test_everyday_refusals_promises_and_put_downs(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P402", "我们不能保证一定能追回 但会尽力协助"),
    ("P401", "您说的这个不行是指登录不了吗"),
    ("P401", "不可以透露验证码给任何人"),
    ("P401", "不能给您透露其他客户的信息"),
])
def test_declined_promises_and_the_customers_own_word_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, transcript", [
    ("E501", "customer: 我要投诉 你们太差了\nagent: 这事搁谁身上都着急"),
    ("E501", "customer: 我要投诉 你们太差了\nagent: 给您添堵了 真不好意思"),
    ("E502", "customer: 我建议你们多开几个窗口\nagent: 我们一定会努力改进"),
    ("E504", "customer: 帮我查一下余额\nagent: 为了您的账户安全 麻烦您说一下卡号后四位和姓名"),
    ("E504", "customer: 帮我查一下余额\nagent: 请您输入一下查询密码"),
    ("E504", "customer: 帮我查一下余额\nagent: 我给您手机发了验证码 请您报一下"),
    ("E504", "customer: 帮我查一下余额\nagent: 请您回答一下安全问题"),
])
def test_soothing_affirming_and_verifying_in_plain_words(rule_id, transcript):
    assert_quiet(f"{GREETING}{transcript}", rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "具体几点到 我也说不准"),
    ("P401", "这个具体的我也不太清楚 那个是App那边管的"),
    ("P401", "这个我们这边不太清楚"),
    ("P402", "楼下的装修费我们给您出 绝对不会让您吃亏"),
    ("P403", "医药费我们全包了"),
    ("P403", "这次是我们的问题 再给您退一半手术费"),
    ("P403", "手续费给您退了 另外再赔您五十块"),
    ("P403", "我给您申请补偿 补您五百块"),
    ("P404", "我们也是工作 打个电话而已 您至于吗"),
    ("P404", "人家施工单位要干活 您自己去说说呗"),
    ("P404", "就这个价 嫌贵您去隔壁办呗"),
    ("P404", "行 不要就不要"),
    ("P404", "你们自己跟着进去的 又没人逼你们买"),
    ("P404", "条款您都不看的吗 签字的时候您干嘛去了"),
    ("P404", "我刚才都说了 身份证和银行卡 怎么还问呢"),
    ("P404", "您爱去哪儿投诉就去哪儿投诉"),
    ("P404", "我说得已经很明白了 您到底听明白了没有"),
    ("P404", "您是不是没认真听啊"),
    ("P404", "这么简单的操作 一般人一看就会啊"),
    ("P404", "密码一个月能忘三回 您也是挺厉害的"),
    ("S202", "这笔退款资金还在清算中"),
])
def test_taboos_in_the_words_of_other_trades(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "这个我不太清楚可能是前面有比较复杂的病人"),
    ("P401", "我不太清楚具体价格 每个门店不一样 我帮您问一下"),
    ("P401", "能不能批这个我说不准 要看审核"),
    ("P401", "好的 不知道孩子现在几年级了"),
    ("P401", "我们有宠物医疗险 不知道您家狗狗是什么品种"),
    ("P401", "我这边不是说您错了 就是需要您配合说明一下"),
    ("P401", "规定的地方 不能 放 在楼道"),
    ("P401", "您的账户已经冻结了 现在任何交易都做不了"),
    ("P402", "我们建议每周保证三次 每次二十分钟"),
    ("P402", "全额退还的 就是百分之百退"),
    ("P403", "这杯柠檬茶的钱我给您退了"),
    ("P403", "您办理退货退款 运费我们承担"),
    ("P404", "非常抱歉让您反复说了好几次"),
    ("P404", "骑手把餐放地上 还说了 爱要不要 这样的话 是吧"),
    ("P404", "您说得很清楚了 我这就帮您登记"),
])
def test_hedges_relays_and_policies_from_other_trades_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, transcript, meta", [
    ("E501", "customer: 上次投诉你们处理得很快 想表扬一下\nagent: 谢谢您的认可", {}),
    ("E501", "customer: 我要投诉\nagent: 这事搁我也窝火 真是难为您了", {}),
    ("E502", "customer: 我建议你们加个还款计算器\nagent: 您这个点子很实用", {}),
    ("E502", "customer: 我建议你们加个还款计算器\nagent: 这个点子不错", {}),
    ("E504", "customer: 我卡被盗刷的那个钱后来退回来了 就想表扬一下\nagent: 退回来就好", {"call_type": "praise"}),
    ("E504", "customer: 我能不能拿着他的身份证帮他去网点挂失\nagent: 这个必须他本人来", {}),
    ("E504", "customer: 帮我查一下余额\nagent: 我给您发了一个视频核验的链接 请您完成一下", {}),
    ("K702", "customer: 利息少给了我几十块钱\nagent: 利息是按实际存期计算的", {}),
])
def test_more_handling_near_misses_stay_quiet(rule_id, transcript, meta):
    assert_quiet(f"{GREETING}{transcript}", rule_id, **meta)


@pytest.mark.parametrize("rule_id, transcript", [
    ("E504", "customer: 昨晚没有登录啊\nagent: 那我这边先帮您把手机银行的转账限额调低到每天五千"),
    ("K702", "customer: 我在机器上取款 屏幕显示交易失败 但是钱扣了\nagent: 系统会处理 款项会退回到您的账户"),
])
def test_more_handling_situations_are_recognised(rule_id, transcript):
    assert_fires(f"{GREETING}{transcript}", rule_id)


def test_the_agent_id_read_the_radio_way():
    assert_quiet("agent: 您好交行八幺拐三三两很高兴为您服务请讲\ncustomer: 你好", "G302", agent_id="817332")


@pytest.mark.parametrize("said, fires", [
    ("系啊 您讲", True),
    ("贼方便 您试试", True),
    ("没毛病 老铁", True),
    ("整明白了没", True),
    ("系统显示已经到账了", False),      # 系 inside 系统
    ("整个流程是这样的", False),
])
def test_more_regional_words(said, fires):
    (assert_fires if fires else assert_quiet)(answered(said, customer="好的"), "S203")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "您这个说法是错的"),
    ("P402", "今晚肯定让他们停下来 说到做到"),
    ("P402", "明天中午之前肯定送到 我说了算"),
    ("P402", "周五之前一准给您修好"),
    ("P402", "办了以后每个月肯定不会再多扣您一分钱了"),
    ("P404", "光猫重启一下这么简单的事情 您都弄不好吗"),
    ("P404", "催费短信都发了三次了 您是一条都没看吗"),
    ("P404", "重启路由器都不会啊"),
    ("P404", "我都跟您讲第三遍了 这么大几个字看不到吗"),
    ("P404", "航班延误您找老天爷去"),
    ("P404", "护照都快过期了 您这心也挺大的"),
    ("P404", "您自己家买房合同都没看过吗"),
    ("P404", "您这记性可真好 密码都能忘三次"),
    ("P404", "您要是嫌麻烦 那就别办了"),
    ("P404", "你是不是没看清楚就乱点的"),
    ("P404", "这么简单的操作 您都弄不会啊"),
    ("S202", "要等清算中心回盘"),
])
def test_taboos_heard_on_hotlines(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "月中变更系统这边是办理不了的 不过可以先帮您预约下个月生效"),
    ("P401", "您说不可能用这么多 这个心情我理解"),
    ("P401", "如果手机上实在弄不了 可以带上身份证去窗口"),
    ("P401", "不知道您孩子现在用的是手机 平板还是电脑"),
    ("P401", "名字已经刻上去了 所以没有办法再二次销售"),
    ("P402", "保证金主要是保证装修过程中不破坏承重结构"),
    ("P402", "条款里写的给付比例是百分之百 不过需要注意两点"),
])
def test_explanations_on_hotlines_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


def test_you_said_it_wrong_is_still_telling_the_customer_they_are_wrong():
    assert_fires(f"{GREETING}customer: 我没点过\nagent: 您说错了 系统记录是您本人开通的", "P401")


@pytest.mark.parametrize("rule_id, transcript, fires", [
    ("E501", "customer: 我要投诉 你们赔我\nagent: 您的心情我完全能理解", False),
    ("E502", "customer: 我建议你们多开几个窗口\nagent: 您说的很在理 我整理好报上去", False),
    ("E503", "customer: 我想表扬一下你们的客服小王\nagent: 太感谢您了 我会如实转达", False),
    ("E503", "customer: 我想表扬一下你们的客服小王\nagent: 那是她分内的事 我们都是这样处理的", True),
    ("E503", "customer: 我想表扬一下你们的客服小王\nagent: 这是我们分内的事", False),
    ("K702", "customer: 我刚取了两千 一数只有一千八\nagent: 一般很快就处理好了 您别太担心", True),
])
def test_handling_answers_in_everyday_words(rule_id, transcript, fires):
    (assert_fires if fires else assert_quiet)(f"{GREETING}{transcript}", rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "您说的减免利息不我们这儿没有这个规定"),
    ("P401", "密码锁定电话里直接解 那是不可以的"),
    ("P401", "您这样算是错的"),
    ("P402", "能 您把车骑到门店肯定给您换块新电池"),
    ("P402", "今天晚上之前肯定到 百分之百到账"),
    ("P402", "您放心 明天肯定能涨回来的"),
    ("P403", "我这边先给您补两百块钱话费 表示一下歉意"),
    ("P403", "这顿饭钱我们全部退给您 另外再给您送一张一百块的代金券"),
    ("P403", "这几天打车的钱您留好票 我们这边给您全报了"),
    ("P404", "嫌贵您可以不修啊"),
    ("P404", "您是不是没用过智能手机啊"),
    ("P404", "您冲我嚷嚷也没用"),
    ("P404", "早干嘛去了 扣满十二分才想起来问"),
    ("P404", "通知早就发了 您自己没看手机吧"),
    ("P404", "那您按时还款不就没人打电话了嘛"),
    ("P404", "公告都挂了大半年了 您现在才来问"),
    ("P404", "这么简单的东西都能漏报 您去年讲课的钱自己不清楚吗"),
    ("P404", "这么简单的操作也要打电话来问啊"),
    ("P404", "您这都弄了半天了还没弄明白啊"),
    ("P404", "欠钱还钱天经地义 还用我教您吗"),
    ("P404", "都什么年代了还不会用手机银行"),
    ("P405", "你的意思是要分十二期对吧"),
])
def test_last_round_of_unseen_phrasings(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P402", "可以选择一方按百分之百扣除 或者双方各按百分之五十扣除"),
    ("P402", "维持担保比例低于合同约定的百分之一百三十 需要您补仓"),
    ("P403", "对方车辆在保险责任范围内赔付 您自己车的损失走车损险"),
    ("P403", "材料补齐了 这两万多百分百能全额赔下来"),
    ("P401", "要不这个您先放着 我明天再帮您看"),
])
def test_rates_policy_payouts_and_suggestions_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, transcript, fires", [
    ("E501", "customer: 有人说是交行的让我转账\nagent: 交行从不让客户转账\ncustomer: 啊 那就是骗子", False),
    ("E501", "customer: 我要投诉年费的事\nagent: 再次为给您带来的不便说声抱歉", False),
    ("E501", "customer: 我要投诉年费的事\nagent: 您的心情我特别能理解", False),
    ("E502", "customer: 我建议你们多开几个窗口\nagent: 谢谢您替我们着想", False),
    ("K702", "customer: 钱出来了我没来得及拿 它又吞回去了\nagent: 网点核对以后会退回到您的账户里", True),
])
def test_final_handling_phrasings(rule_id, transcript, fires):
    (assert_fires if fires else assert_quiet)(f"{GREETING}{transcript}", rule_id)


@pytest.mark.parametrize("said, fires", [
    ("您耳朵不好使吗", True),
    ("我又不是您家保姆", True),
    ("您以为银行是您家开的啊", True),
    ("您怎么什么都不懂", True),
    ("您能不能有点耐心", True),
    ("别人都会 就您不会", True),
    ("您这也太较真了吧", True),
    ("没见过您这样的", True),
    ("您是来找茬的吧", True),
    ("您先把话说清楚再打过来", True),
    ("我说话您听不见吗", True),
    ("这有什么好问的", True),
    ("试听课是免费的 不满意的话不用报名", False),    # reassurance, not take-it-or-leave-it
    ("您能不能再说一遍 我没听清", False),
    ("这个怪我没说清楚 我再跟您解释一下", False),
])
def test_everyday_put_downs_and_their_polite_neighbours(said, fires):
    (assert_fires if fires else assert_quiet)(answered(said), "P404")


@pytest.mark.parametrize("rule_id, said", [
    ("P402", "这事儿我给您兜底"),
    ("P402", "您就踏踏实实等着 肯定给您办妥"),
    ("P402", "明天一早准到"),
    ("P402", "我拿工号担保"),
    ("P402", "这个利率是稳的 只涨不跌"),
    ("P402", "这个产品不会亏的"),
    ("P403", "您的损失我们照单全收"),
    ("P403", "这钱我个人掏给您"),
    ("P403", "给您赔个三百五百的没问题"),
    ("P403", "我这边申请一个两百元的补偿金给您"),
    ("P403", "这次的手续费算我们的"),
    ("P401", "您找别的部门吧"),
    ("P401", "这个不归我们这里处理"),
    ("P401", "没有这种可能"),
    ("P401", "您这个要求我们满足不了"),
])
def test_promises_make_goods_and_brush_offs_in_plain_words(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P402", "理财有风险 收益不能保证"),
    ("P402", "一般三个工作日内到账 以实际为准"),
    ("P403", "关于补偿的问题需要领导审批后回复您"),
    ("P403", "多收的手续费核实后会原路退回"),
    ("P403", "按照规定 延误可以申请补偿 需要您提交材料"),
])
def test_policy_statements_about_money_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


def test_a_deposit_that_cannot_lose_is_a_fact_not_a_promise():
    assert_quiet(f"{GREETING}customer: 会亏吗\nagent: 定期存款是不会亏的 受存款保险保护", "P402")


@pytest.mark.parametrize("rule_id, said", [
    ("P401", "这个我不知道能不能成功"),
    ("P404", "墙上那么大的指示牌您看不见吗"),
    ("P404", "跟您说了您也听不懂"),
])
def test_ignorance_and_put_downs_around_polite_forms(rule_id, said):
    assert_fires(answered(said), rule_id)


def test_wondering_whether_the_customer_can_is_still_polite():
    assert_quiet(f"{GREETING}customer: 好的\nagent: 不知道能不能麻烦您把凭条拍个照", "P401")


@pytest.mark.parametrize("rule_id, said, fires", [
    ("P401", "我这边没有办法给您打包票 但是会尽力帮您申请", False),
    ("P402", "打包费是系统里设置好的 不一定能减免 您可以联系商家", False),
    ("P403", "这个利息上的损失您不用担心 我们行里给您补上 差多少钱给您补多少", True),
    ("P404", "您嫌贵可以不坐啊", True),
    ("P404", "您都喝成这样了还转什么账 先去醒醒酒吧", True),
    ("P404", "这么简单的操作 三岁小孩都会点", True),
    ("P404", "这种常识您都搞不清楚吗", True),
])
def test_the_last_unseen_batches(rule_id, said, fires):
    (assert_fires if fires else assert_quiet)(answered(said), rule_id)


def test_too_sorry_soothes():
    assert_quiet(f"{GREETING}customer: 我要投诉 你们太过分了\nagent: 真是太抱歉了 让您耽误了半天时间", "E501")


@pytest.mark.parametrize("rule_id, said, fires", [
    ("P401", "嗯不知道 具体什么时候我这边也说不上来", True),
    ("P401", "护照是出入境管理部门办的 银行这边办不了 我们网点可以帮您办理外币兑换", False),
    ("P402", "这个事交给我 我一定给您处理到您满意为止", True),
    ("P402", "您放心 钱肯定一分不少退给您", True),
    ("P402", "有社保先结算的话 赔付比例会是百分之百", False),
    ("P402", "我行绝对不会让客户把钱转到所谓的安全账户", False),
    ("P403", "误工这块我们给您适当赔一点 您看三百行吗", True),
    ("P403", "如果查不到是谁划的 修车的钱物业给您出", True),
    ("P403", "住宿费我们给您报 您明天拿发票到车站就行", True),
    ("P403", "您这次少赚的收益由我们来承担", True),
    ("P403", "少的那部分利息我这边直接给您补上", True),
    ("P403", "为了表示歉意 我们再给您母亲的账户补偿五十块钱", True),
    ("P403", "您的损失我们都记着呢 回头我们会好好弥补您的", True),
    ("P403", "如果表计误差超出规定 费用由我们承担", False),
    ("P403", "平台对这种情况会启动先行赔付的程序", False),
    ("P403", "您也可以选择由我们先行赔付再向对方追偿", False),
    ("P404", "说了半天 您到底在没在听啊", True),
    ("P404", "这都写在短信里了 您就没看一眼吗", True),
    ("P404", "公告栏上写得很清楚 您自己去看看就知道了", True),
    ("P404", "年纪大了就别折腾手机银行了 去柜台多省事", True),
    ("P404", "这么简单的步骤您都弄不明白吗", True),
    ("P404", "这么简单的事儿 您怎么就弄不明白呢", True),
    ("P404", "您这个岁数了还学人家年轻人买基金 图什么呀", True),
    ("P404", "您是第一次坐飞机吧 这个大家都知道的", True),
    ("P404", "每个月就两块钱 办不办随便您", True),
    ("P404", "这个操作其实很简单 一般人听一遍就会了", True),
    ("P404", "早跟您说了您不听 现在来找我们有什么用", True),
    ("P404", "电表以后的线路需要您自己找有资质的单位安装", False),
    ("S202", "跨行的钱要先经过人行清算 一般第二个工作日入账", True),
    ("P401", "这次真的没办法再宽限了", True),
    ("P401", "您这理解是错的 是七天不是十五天", True),
    ("P401", "整单退货税款会退回 不过单独退税是办理不了的", False),
    ("P401", "延长一个月的话系统暂时做不到 每次只能延三天", False),
    ("P402", "绝对收益是一种投资策略 不代表不会亏", False),
    ("P402", "可以选择一方扣除百分之百 也可以双方各扣百分之五十", False),
    ("P403", "这样吧 我这边直接给您退二十块当补偿", True),
    ("P403", "这次中介费我们退您一半", True),
    ("P403", "这次的手续费损失就由我们银行来承担 我给您补回去", True),
    ("P403", "利息差的那部分 我这边私人给您补上", True),
    ("P403", "您亏的这两千多块钱 我们银行这边给您补上", True),
    ("P403", "房东违约的话需要双倍返还定金", False),
    ("P403", "系统会自动判定是否发放延迟发货的补偿您的订单我会一并提交核实", False),
    ("P404", "我都跟您解释三遍了", True),
    ("P404", "前两次都跟您讲过了呀 怎么又打来问", True),
    ("P404", "您要续就续 不续就算了", True),
    ("P404", "您这要求也太高了", True),
    ("P404", "规则页面上写着呢 您自个儿翻去吧", True),
    ("P404", "您这把年纪了 就别瞎折腾手机银行了", True),
    ("P404", "这么简单的操作 您照着短信一步一步弄不就好了嘛", True),
    ("P404", "这种东西你自己不会看看手机银行啊", True),
    ("P404", "这么简单的操作 点两下就行了 有那么难吗", True),
    ("P404", "连净值都看不明白 买基金之前也该学学吧", True),
    ("P404", "没钱您当初刷那么多干什么呢", True),
    ("P404", "欠钱还钱天经地义 您倒还有理了", True),
    ("P404", "随便您吧 后果您自己承担", True),
    ("P404", "您当初开卡的时候办的是什么套餐呢", False),
    ("P401", "漂过的头发上灰色很容易褪色 您说是我们染错了 这个说法是不对的", True),
    ("P401", "不知道手术什么时候做完 又不是我能决定的", True),
    ("P401", "额度用完了就没办法再换了", True),
    ("P401", "好的 感谢您的理解 有问题随时联系我们", False),
    ("P401", "洗纹身属于医疗美容 我们这边是生活美容机构做不了这个项目", False),
    ("P402", "您放心 损失我们肯定全部赔偿", True),
    ("P402", "这次平衡调整把系数从百分之一百二十调整到了百分之一百", False),
    ("P403", "没发的那两天我给您按双倍赔", True),
    ("P403", "费用全部由我们来出", True),
    ("P403", "拖车费您先别付 这个我们这边给您出了 算我们的", True),
    ("P403", "一个月会员我给您补上 再给您返五十块钱 算是我们的一点赔偿", True),
    ("P403", "货物丢失按运费的三倍赔付 最高不超过五百元", False),
    ("P403", "我这边没有权限直接给您赔付 但会把您的案件提交给理赔部门", False),
    ("P403", "请您说一下人数和大概的预算 我们的团队专员会联系您", False),
    ("P404", "您觉得贵的话爱用不用", True),
    ("P404", "您要是等不了那就改天来呗 反正我们也不缺您这一单", True),
    ("P404", "您要等就等 不等就走", True),
    ("P404", "协议上写得很清楚 您签的时候自己不看 现在又来问我", True),
    ("P404", "考驾照的时候没学过吗", True),
    ("P404", "开车看不清标线还开什么车", True),
    ("P404", "又是您啊 您这丢三落四的", True),
    ("P404", "这种也叫开玩笑啊 您自己信吗", True),
    ("P404", "你自己去APP上看嘛 上面都有", True),
    ("P404", "您要换就预约 不想预约就算了", True),
    ("P404", "这么简单的东西您都找不到啊", True),
    ("P401", "要等部门出结论 这个我做不了主", False),
    ("P401", "您说得对 光道歉解决不了问题 请您告诉我具体情况", False),
    ("P402", "净值型的产品都不承诺保本保收益", False),
    ("P403", "您交的违约金我们银行来承担", True),
    ("P403", "如果是线路设计不合理导致的 迁改费用由我们承担 如果是用户自己要求的 费用由用户承担", False),
    ("P403", "按照您车损险的保障给您赔付 然后我们再去向对方追偿", False),
    ("P404", "别人都用得好好的 怎么就您事儿这么多", True),
    ("P404", "您自己看一下就明白了嘛 这还要打电话问", True),
    ("P404", "这么简单的操作 小孩都会", True),
    ("P404", "开店做生意的连这个都算不明白啊", True),
    ("P404", "您这是想钱想疯了吧", True),
    ("P404", "没什么好谈的", True),
    ("P404", "哎呀跟您说话真费劲", True),
    ("P404", "爱还就还 反正是您自己的征信", True),
    ("P404", "这么简单的事您都搞不清楚", True),
    ("P404", "您放心 没什么好担心的", False),
    ("P403", "这个月的月租我给您免了 当作是对您的赔偿", True),
    ("P402", "经营贷有抵押和保证两种方式", False),
    # round 8: belittling questions, dialect refusals and guarantees, improvised make-goods
    ("P404", "航空件不能寄充电宝这个常识您都不懂吗", True),
    ("P404", "首页右下角我的里面这都不会找吗", True),
    ("P404", "您连个电话都写不对吗", True),
    ("P404", "这个您提了也没用 机器都是统一采购的", True),
    ("P404", "跟您讲您也听不明白", True),
    ("P404", "卡包就是啊 这么明显都找不到 我也是服了", True),
    ("P404", "合同上白纸黑字写着呢 您自己回去翻翻看嘛", True),
    ("P404", "这两张卡您都不会用吗", False),
    ("P404", "您那边连短信都收不到吗", False),
    ("P404", "您自己回去看看合同上的条款 有问题随时打给我们", False),
    ("P401", "这个真的莫得办法 逾期记录是系统自动上报的", True),
    ("P402", "包您冇问题嘅 我们的卡在日本都能刷", True),
    ("P403", "好的 核对了 这样吧 我这边先给您一笔五百块的补偿金 您看可以吗", True),
    ("P403", "是网点操作失误造成的 这五百块的损失我们行里来承担", True),
    ("P403", "这半年少的那部分利息 我们会按照当时三年定期的利率给您补上", True),
    ("P403", "耽误了您这么多时间 回头给您卡里打五十块钱 算是赔个礼", True),
    ("P403", "审核结果是按您提交的保价金额八百元全额赔付款项会在三个工作日内退回", False),
    ("P403", "我们这边负责运输环节的赔付您先保存好破损照片", False),
    ("P403", "转交邮政的费用由我们承担您这边不需要额外支付", False),
    ("P403", "期限变短了 这个我再给您发一份新的还款计划到预留手机", False),
    # round 9: guaranteed outcomes, make-goods by the day, put-downs of the elderly and of learners
    ("P402", "我这边给您安排优先约考肯定让您下个月之前拿到证", True),
    ("P402", "您家孩子肯定能分到一中", True),
    ("P402", "您放心报了我们的课我保证期末至少提高二十分", True),
    ("P402", "保证期内免费维修", False),
    ("P402", "需要提供低保证或者特困供养证", False),
    ("P402", "滤芯寿命会更新成百分之百", False),
    ("P402", "网上认识的人带您投资 还说稳赚不赔 这是非常典型的婚恋交友诈骗", False),
    ("P403", "您被骗的那一万二 银行这边会照数赔付给您", True),
    ("P403", "这样 我这边直接给您退五千块钱的差价", True),
    ("P403", "延误了几天我就按一天一百块补给您 一共四百", True),
    ("P403", "您别担心 少的这两百块 我们这边先给您补上 不用等核实了", True),
    ("P403", "交强险只赔第三方的损失 不赔偿您自己车辆的损失", False),
    ("P403", "可以走代位求偿 我们先赔您 再向对方追偿", False),
    ("P403", "赔款按照实际价值全额赔付", False),
    ("P404", "哎呀您到底会不会用手机啊", True),
    ("P404", "那您这么有本事直接去找领导改呗", True),
    ("P404", "那您要是嫌远嫌危险可以去读私立啊", True),
    ("P404", "那你自己技术差还怪教练啊", True),
    ("P404", "这种问题您也问得出来", True),
    ("P404", "那您接回家自己照顾好了", True),
    ("P404", "这么简单的事 您让您家孩子来弄吧", True),
    ("P404", "您都这岁数了 还折腾这些干嘛", True),
    ("P404", "您有问题直接去柜台问就得了 这有什么好投诉的", True),
    ("P404", "您觉得我们低 那就去农行办 爱办不办", True),
    ("P404", "您要是不满意 爱找谁投诉就找谁去", True),
    ("P404", "这个跟您说了也是白说", True),
    ("P404", "合同里写了当月有效 这么简单的规定您都听不明白吗", True),
    ("P404", "这么简单您都搞不定", True),
    ("P404", "您借钱的时候怎么没想到", True),
    ("P404", "那您自己在APP上操作就好了", False),
    ("P404", "请您带上卡到网点打一份流水 上面每一笔都写得清清楚楚", False),
    ("P404", "您自己找人补一下墙 材料钱我们出", False),
    ("P404", "这么简单的操作步骤 您也可以在手机上办", False),
    # round 10: collections and gig-platform put-downs, make-goods by the hour, dialect of refusal
    ("P402", "您放心我这边给您盯着这四十多块钱包在我身上", True),
    ("P402", "好的 我们一定给您个满意的说法 您就放心吧", True),
    ("P402", "拼团失败是全额退款的 一分都不会少", False),
    ("P402", "还款请一定通过我们官方的渠道", False),
    ("P403", "这五十八我这边做主给您免了平台帮您出", True),
    ("P403", "这两个小时的损失我们公司按每小时六十给您赔", True),
    ("P403", "延误的这几天我们按每天五十给您赔", True),
    ("P401", "那没办法 转账现在只能您自己在手机上或者到柜台去办", True),
    ("P401", "这个嘛 我也不太知道 您去网点问问吧", True),
    ("P401", "您的卡暂时没办法转账 需要先解除限制", False),
    ("P401", "这个我不太知道您说的是哪一笔", False),
    ("P401", "到营业厅就可以 代理点办理不了这项业务", False),
    ("P401", "单纯换眼镜是解决不了的 建议先到眼科", False),
    ("P404", "那您就应该让乘客自己取消啊这点道理还要我教吗", True),
    ("P404", "这个入职培训第一课就讲了的这点东西都记不住", True),
    ("P404", "那您当初借的时候怎么不嫌贵", True),
    ("P404", "借的时候挺痛快 还的时候就喊难", True),
    ("P404", "您这么忙连还款的时间都没有", True),
    ("P404", "那您自己去APP上看啊 我还能骗您吗", True),
    ("P404", "高峰期排队大家都一样 您又不是第一个等的", True),
    ("P404", "说明书上都写着呢 您要是自己看一眼说明书 也不用打电话来问了", True),
    ("P404", "我已经说过了 您能不能听清楚", True),
    ("P404", "门店那边的事不归我们线上管 您自己去店里问吧", True),
    ("P404", "这么简单的事情 上网一查就知道了嘛", True),
    ("P404", "您这问题问得真是让人哭笑不得", True),
    ("P404", "您耳朵这么背就别自己打电话了 叫家里人来问嘛", True),
    ("P404", "多半是您自己手滑点的嘛 点完了又来问我们", True),
    ("P404", "您要是嫌麻烦那就别调了呗 又不是我们求着您", True),
    ("P404", "这种小事也值得专门打电话来投诉啊", True),
    ("P404", "教了您半天了 这么简单的事还是弄不会", True),
    ("P404", "这个我不知道 您自己去问一下商户吧", False),
    ("P404", "这个月十五号还两千二百五 剩余部分我们再商量", False),
    # round 11: study-abroad guarantees, tour make-goods, dialect put-downs, the agent's own 跟您说
    ("P402", "这两所我跟您说百分之百能拿到录取", True),
    ("P402", "您这个背景我拿人头担保至少能拿一个港中文的录取", True),
    ("P402", "您的课程学习进度是百分之百 但是结业考试还没考", False),
    ("P403", "我们会给您每个人赔偿五百块钱 这周之内就打到您卡上", True),
    ("P403", "我这边直接给您按双倍退款您看可以吗", True),
    ("P403", "这段时间的打车费我们这边给您全额报销", True),
    ("P403", "我这边给您账户里补偿一百块钱", True),
    ("P403", "没保价就是按运费赔 您下单的时候页面上有提示", False),
    ("P403", "我这边可以按餐损给您退一半的钱", False),
    ("P403", "行程单错误导致的改签差价由我们承担这是公司对行程单错误的处理规定", False),
    ("P403", "因为当时对方没有及时赔付，您选择了先由我们赔付再向对方追偿。", False),
    ("P401", "侬讲的不对的，是侬自己记错了", True),
    ("P401", "这个没法给您特殊处理", True),
    ("P401", "今天因为系统升级上午有一个小时没有办法出号", False),
    ("P404", "这都不会整啊，把柜子挪一下不就完了", True),
    ("P404", "你自己睇短信啦", True),
    ("P404", "我都讲咗几多次喇", True),
    ("P404", "才四十分钟 您可真够急的", True),
    ("P404", "是您自己没带齐 怪网点也没用啊", True),
    ("P404", "您自己地址都填错了还怪我们骑手", True),
    ("P404", "那您这么懂您来帮我们排好了", True),
    ("P404", "出国都不会说两句英文还敢自己出门呀", True),
    ("P404", "出国旅游把护照都丢了也是本事哦", True),
    ("P404", "这么简单的账您算不过来吗", True),
    ("P404", "团费就这个价您还想要五星级的自助啊这不是故意找茬吗", True),
    ("P404", "您要是当初早看清楚合同 就没这回事了", True),
    ("P404", "嫌服务差可以去别的银行", True),
    ("P404", "这么点钱您还要考虑半天", True),
    # round 12: retorts and put-downs of everyday speech
    ("P404", "这关您什么事啊", True),
    ("P404", "您想得倒美", True),
    ("P404", "您行您来", True),
    ("P404", "您别装糊涂了", True),
    ("P404", "您还有脸投诉", True),
    ("P404", "那是您自作自受", True),
    ("P404", "您也不看看现在几点了", True),
    ("P404", "您怎么没完没了", True),
    ("P404", "您这是狮子大开口", True),
    ("P404", "还不起就别借啊", True),
    ("P404", "您这是小题大做", True),
    ("P404", "开什么玩笑", True),
    ("P404", "您这样闹有意思吗", True),
    ("P404", "难道还要我替您拍啊", True),
    ("P404", "我看您就是故意的", True),
    ("P404", "您以为我们想这样吗", True),
    ("P404", "您心里没点数吗", True),
    ("P404", "您爱去哪投诉去哪投诉", True),
    ("P404", "规定就是这样 您要办就办 不办拉倒", True),
    ("P404", "您订的时候不看的吗", True),
    ("P404", "连个阀门都找不着啊", True),
    ("P404", "我已经跟您说过了 产权是小区的", True),
    ("P404", "买的时候图收益 亏了就来找银行", True),
    ("P404", "白纸黑字您自己签的", True),
    ("P404", "您交了多少钱啊 还想要二十五度", True),
    ("P404", "一块五也打电话", True),
    ("P404", "您这是听不懂还是怎么的", True),
    ("P404", "您这岁数了 跟您说了也记不住", True),
    ("P404", "您刚才已经说过了 我记下了", False),
    ("P404", "营销电话没完没了确实很烦人 我理解", False),
    ("P404", "这不是小题大做 我们非常重视", False),
    ("P404", "不要把验证码告诉别人 骗子就想讹您的钱", False),
    ("P401", "您连投屏图标都不知道吗", False),
    ("P401", "不不不灶具坏了不是我们燃气公司修的", True),
    ("P401", "不不不 不客气", False),
    ("P401", "所以摩托车是办理不了ETC的", False),
    ("P401", "所以您这个是办理不了的", True),
    ("P402", "我们这边确实给不了保证 因为每场的名额都有限", False),
    ("P403", "差的那部分收益 按百分之三给您补齐", True),
    ("P403", "您放宽心 这部分亏损最后由我们来承担", True),
    ("P403", "这样吧我私人给您发个二十块的红包补偿一下您", True),
    ("P403", "我这边私下直接给您补一个坐骑 再加五百钻石补偿", True),
    ("P403", "官方的补偿公告还在制定中", False),
    ("P403", "按规定给您补办一张新卡", False),
    ("S202", "晚上的跨行转账要等第二天清算 T加一才能到账", True),
    ("S202", "您去T1航站楼的柜台办", False),
    # round 13
    ("P404", "您要是嫌慢就别买这么便宜的啊", True),
    ("P404", "我跟您说了半天了 不重启不生效 这还听不明白吗", True),
    ("P404", "那您爱重启不重启", True),
    ("P404", "这么简单的东西 看一下文档就明白了", True),
    ("P404", "您连身份证都没带吗", True),
    ("P404", "您那边连短信都收不到吗", False),
    ("P404", "您连续三个月都没还款", False),
    ("P404", "阿姨 我已经很大声了 您耳朵不好就让家里年轻人打过来吧", True),
    ("P404", "您这话说的 我们又没有错", True),
    ("P404", "别催了 我不是在看吗", True),
    ("P404", "您是第一天交税吗", True),
    ("P404", "您是第一次办理吗", False),
    ("P404", "您打了这么多次还问同样的问题", True),
    ("P404", "您家那么多破烂还嫌贵", True),
    ("P404", "您要求这么高那当初干嘛不自己装啊", True),
    ("P404", "大客户也得按规矩来啊 钱多也没用", True),
    ("P404", "这都什么年代了还跑柜台交现金", True),
    ("P404", "那就别办了呗 随便您", True),
    ("P404", "时间随便您定", False),
    ("P404", "这点道理都不明白吗", True),
    ("P404", "您一次充两万还在乎这点差价啊", True),
    ("P404", "这个我前面几次都跟您说得清清楚楚了 您老是打来问一样的问题", True),
    ("P404", "费用是按车和人算的 您有意见就去投诉", True),
    ("P404", "您说得很清楚了 我记下了", False),
    ("P404", "合同上面白纸黑字写着押二付一", False),
    ("P401", "大娘 没他本人签字那没门儿", True),
    ("P401", "这个理财没有门槛", False),
    ("P401", "单独调整扣款顺序是做不到的 不过两种方式可以选", False),
    ("P401", "电话里医生还做不了诊断 这个需要医生当面看", False),
    ("P401", "不重启的话我这边也处理不了", False),
    ("P401", "不好意思我这边也处理不了", True),
    ("P402", "这个钱先给您垫上 过年前肯定让您拿到", True),
    ("P403", "一般由征收部门先行垫付", False),
    ("P403", "我给您申请免掉三个月的网银年费 作为对您单位的补偿", True),
    ("P403", "那滞纳金我们这边给您退了", True),
    ("P403", "网断了几天我就给您退几天的房租", True),
    ("P403", "您的酒店费用我们公司出", True),
    ("P403", "这三天的利息差 我们这边直接补给您", True),
    ("P403", "给您赔一笔 算是耽误工资的", True),
    ("P403", "错发的那件您让快递收回去就可以 运费我们出", False),
    # round 14
    ("P403", "封顶线是一年里医保统筹基金最多能给您报销的金额", False),
    ("P403", "您放心我们医院会承担您这几天的住宿费和误工费", True),
    ("P403", "柜体的重新制作由我们承担 您不需要支付费用", False),
    ("P403", "快递费是我们承担的 采样盒里面有预付费的快递单", False),
    ("P403", "药费急诊费都不会让您白花的", True),
    ("P403", "交强险对第三方的财产损失仍然会在限额内先行赔付 这是法律规定的", False),
    ("P403", "差的那部分我们给您补一千块 您看行吗", True),
    ("P403", "超时的话系统会按支付金额的一定比例给您赔付", False),
    ("P402", "如果当时有人员向您承诺了每年至少百分之五", False),
    ("P402", "请问办理过程中工作人员有没有向您承诺过收益或者保本", False),
    ("P402", "打新肯定赚 新股上市没有破发的", True),
    ("P402", "非常抱歉 这种行为是绝对不允许的", False),
    ("P404", "连这个都没听说过啊", True),
    ("P404", "卡套上不是印着吗", True),
    ("P404", "您自己在app里看嘛 很简单的", True),
    ("P404", "这么简单的规则还要打电话问吗", True),
    ("P404", "您这地图都不看的吗", True),
    ("P404", "您嫌慢可以自己去店里拿嘛", True),
    ("P404", "您觉得我们公司是开慈善的吗", True),
    ("P404", "您觉得不可能是您开通的 是吗", False),
    ("P404", "路上堵车骑手也着急 您要么等要么取消 随便您", True),
    ("P404", "随便您什么时候来都可以", False),
    ("P404", "买房之前都不打听打听的吗", True),
    ("P404", "卡成这样还能怪我们app吗", True),
    # round 15
    ("P402", "您放心我今天下班之前肯定让钱到您账上", True),
    ("P402", "您放心开演之前肯定能给您排上的没问题", True),
    ("P402", "影城调整排片间隔保证清洁时间", False),
    ("P404", "先生电影院都是这样的 您第一次来看电影吗", True),
    ("P404", "买票这么重要的东西店名都不看一眼 这也太马虎了吧", True),
    ("P404", "是我们太马虎了 非常抱歉", False),
    ("P404", "换个卡而已 至于这么激动吗", True),
    ("P403", "赔偿的话我这边直接给您批了", True),
    ("P401", "那我也不知道师傅怎么排的 师傅电话我发给您", True),
    ("P401", "这怎么可能 您应该是用了 不然不会扣的", True),
    ("P401", "怎么可能让您白跑一趟呢", False),
    ("P401", "我们这边这部分是管不着的 您自己去跟航空公司说", True),
    ("P401", "首次登记没有完成 业主的转移登记就办不了 这个责任主体是开发商", False),
    ("P402", "我说话算话", True),
    ("P402", "受益人可以设多个 比例加起来是百分之百就行", False),
    ("P403", "看病的钱您放心 我们这边都给您报了", True),
    ("P403", "只要核实了是导游私自加的店 我们公司肯定全额退您团费", True),
    ("P403", "三倍的钱我这边直接给您打过去", True),
    ("P403", "邮轮的费用是可以全额退的", False),
    ("P404", "那您投诉吧 还有别的吗", True),
    ("P404", "您拉下来看看不就知道了", True),
    ("P404", "您要是早来一分钟不就没事了", True),
    ("P404", "您自己往下拉就能看到的东西 还要打电话来问", True),
    ("P404", "怎么跟您说都说不明白呢", True),
    ("P404", "您要是看不懂字的话可以让家里人帮您看看", True),
    ("P404", "这都是您自己点的 我们这边系统是不会出问题的", True),
    ("P404", "您这么不耐烦干什么呀 到时候别怪我们没提醒", True),
    # round 16: put-downs written from everyday speech before the round's batches
    ("P404", "您这脾气也太大了", True),
    ("P404", "您这种情况需要去网点", False),
    ("P404", "您这个要求也太离谱了", True),
    ("P404", "系统这个问题挺奇怪的 我帮您再查一下", False),
    ("P404", "您能不能别这么啰嗦", True),
    ("P404", "有什么事赶紧说", True),
    ("P404", "您讲重点好吗", True),
    ("P404", "我只说一遍您记好了", True),
    ("P404", "您先把话听完行不行", True),
    ("P404", "请您先把话听完好吗", False),
    ("P404", "您别老打断我", True),
    ("P404", "我说得够明白了吧", True),
    ("P404", "您讲得很清楚了 谢谢您", False),
    ("P404", "这么晚了还打电话过来", True),
    ("P404", "这么晚还让您碰上这种事 真是抱歉", False),
    ("P404", "怎么又是您", True),
    ("P404", "随您便吧", True),
    ("P404", "随您方便的时候再来办就行", False),
    ("P404", "我劝您还是省省吧", True),
    ("P404", "嫌麻烦您可以换一家银行", True),
    ("P404", "有本事您去找行长啊", True),
    ("P404", "说句不好听的 您这就是贪小便宜", True),
    ("P404", "您要是早点来还款哪有这么多事", True),
    ("P404", "就您那点存款", True),
    ("P404", "那点利息是按天计算的", False),
    ("P404", "您又不是什么大客户", True),
    ("P404", "就这么点利息您也计较", True),
    ("P404", "我又不是您的私人助理", True),
    ("P404", "我们银行又不是您家开的", True),
    ("P404", "我们又不是故意的 给您添麻烦了", False),
    ("P404", "这又不是您的错 您别自责", False),
    ("P404", "您着急也没用", True),
    ("P404", "您着急的心情我理解", False),
    ("P404", "您也该长点记性了", True),
    ("P404", "您能不能动动脑子", True),
    # round 16: the batches' misses, as categories
    ("P404", "您自己不按时还 还好意思怪银行", True),
    ("P404", "这么简单的事 您家孩子没教过您吗", True),
    ("P404", "你耳朵是不是不太好使啊", True),
    ("P404", "耳朵不好的话我说慢一点", False),
    ("P404", "大半夜打进来就为了问这个啊", True),
    ("P404", "哎 您怎么又问一遍啊 我前面已经说过了嘛", True),
    ("P404", "我刚才已经说了三四遍了 您到底在听没有", True),
    ("P404", "如果您自己想留存也可以打印", False),
    ("P401", "那您就弄错了 现在一年定期没有那么高", True),
    ("P401", "您说的这个是错的啊 我们现在没有存款送油的活动", True),
    ("P401", "我哪晓得他们怎么跟您说的", True),
    ("P401", "这个我们这边搞不了", True),
    ("P402", "普通到账的话 您放心好了 明天上午之前肯定到 这个没有任何问题的", True),
    ("P402", "您这张存单肯定到期了", False),
    ("P403", "这三笔被盗刷的钱您不用管 我们来承担", True),
    # round 17
    ("P402", "买基金哪有只赚不赔的 您要理性看待", False),
    ("P402", "这个事领导一定会给您圆满解决", True),
    ("P402", "谢谢您的肯定 帮您解决问题是我们应该做的", False),
    ("P402", "交警认定您是全部责任 也就是百分之百的责任比例", False),
    ("P403", "您放心 利息和违约金都给您补上", True),
    ("P403", "亏的这部分钱由网点承担", True),
    ("P403", "利息损失我们照赔", True),
    ("P403", "放心 这钱我们包赔", True),
    ("P403", "这个我们不包赔的 要看保险条款", False),
    ("P403", "我给您多赔五百当作耽误的补偿", True),
    ("P403", "您需要多补两份材料", False),
    ("P403", "这是条款的规定 如果车辆找回 我们会赔付车辆在被盗期间造成的损失", False),
    ("P403", "您这个案子是您全责 对方车辆的损失由我们赔付", False),
    ("P403", "施救和定损的合理费用 由我们来承担", False),
    ("P403", "我们可以帮您走代位求偿 先行赔付", False),
    ("P403", "定损金额是一万二 全部是直赔 您这边不需要支付费用", False),
    ("P404", "赚钱的时候怎么没见您打电话来感谢", True),
    ("P404", "这么怕亏就别买理财嘛", True),
    ("P404", "您要是怕麻烦 我们可以给您寄过去", False),
    ("P404", "现在谁还信这种电话 您也太容易上当了", True),
    ("P404", "天上掉馅饼的事您也信啊", True),
    ("P404", "天上不会掉馅饼 请您提高警惕", False),
    ("P404", "您这么大老板还在乎这几块钱", True),
    ("P404", "您这是鸡蛋里挑骨头", True),
    ("P404", "您要是会修您就自己修嘛", True),
    ("P404", "您是第一次寄快递吗这么简单的东西都填不对", True),
    ("P401", "含肉类的需要进口许可 个人寄件一般是办理不了的", False),
    # round 18: written from speech before the round's batches
    ("P403", "您损失的利息 我跟领导申请一下 回头打到您卡上", True),
    ("P403", "耽误您的这些时间 我们给您送一张一百元的超市卡", True),
    ("P403", "您放心 少的钱我们一分不少给您补齐", True),
    ("P403", "这个亏损我们认 回头给您打过去", True),
    ("P403", "为了表示歉意 我给您申请五千积分", True),
    ("P403", "再次向您致歉 给您添麻烦了", False),
    ("P403", "您的误工费您开个数 我们给您报", True),
    ("P403", "您这次的损失 我们银行兜着", True),
    ("P403", "我给您加个额外的利率 补偿一下您", True),
    ("P403", "按照规定 这笔手续费是可以退还给您的", False),
    ("P402", "额度的事儿我给您搞定 您等消息就行", True),
    ("P402", "下个月您的额度一准能提上去", True),
    ("P402", "这批电脑是标准保修 送修服务", False),
    ("P401", "这个问题我答不上来", True),
    ("P401", "那我就不清楚了", True),
    ("P401", "您说的情况根本不存在", True),
    ("P404", "我们这儿没这项业务 别问了", True),
    # round 18: the batches' misses and false alarms
    ("P403", "您被催收电话打扰了 我给您申请一张两百元的补偿券", True),
    ("P403", "会给您发放一张五十元的补偿券 这个是系统自动发的", False),
    ("P403", "这个是我们的问题 利息我们给您算上", True),
    ("P403", "新户刷卡满三笔还送一百元话费", False),
    ("P403", "旅行延误四小时为一档 最多赔一千二", False),
    ("P403", "如果是做搭桥 那个是按全额赔", False),
    ("P403", "商家违规的话 可以从保证金里面先行垫付给消费者", False),
    ("P403", "商家一直不退 就会触发先行赔付", False),
    ("P402", "我看了您这个情况完全符合条款 肯定能赔下来的 一分都少不了您的", True),
    ("P402", "门诊有一百的免赔额 剩下的部分是百分之百", False),
    ("P402", "低温的时候可以辅助 保证热水", False),
    ("P401", "补卡需要本人办理 复印件是办理不了的", False),
    ("P401", "超过二十天的订单按价保规则就处理不了了", False),
    ("P401", "我把退款进度发到您的短信里 避免您记错", False),
    ("P401", "能处理的马上给您处理 处理不了的我给您升级", False),
    ("P401", "我这边做不了赔偿的决定 但是会帮您上报", False),
    ("P404", "就您这个收入还想贷五十万 想多了吧", True),
    ("P404", "卡背面印得清清楚楚的 您自己翻过来瞧瞧嘛", True),
    ("P404", "您朋友说的您就信啊 那您去问您朋友好了", True),
    ("P404", "办不办是您的事 我就是通知一下", True),
    ("S202", "大额转账要在人行大额系统里排队清算", True),
    ("S202", "跨行转账呢 要走大额系统", False),
    # round 19: canonical phrasings checked before the round's batches
    ("P401", "这个不能办理", True),
    ("P401", "虚拟运营商的号码暂时还不能办理携号转网", False),
    ("P404", "你听清楚了没有", True),
    ("P401", "单独退税是办理不了的", False),
    ("P401", "单独调整扣款顺序是做不到的", False),
    ("P401", "这项业务是办理不了的", True),
    ("P401", "我们这边是办不了的", True),
    # round 19: the batches' misses and false alarms
    ("P403", "中途被扣掉的那二十美元 我们这边给您补上", True),
    ("P403", "汇率差价那部分我们行来承担", True),
    ("P403", "费用明细我这边可以再给您发一份 您可以对照一下", False),
    ("P403", "关于赔偿您提出的要求 我这边需要先核实", False),
    ("P402", "您今天补完 明天上午肯定就给您解开了", True),
    ("P402", "平台用户的备付金是百分百集中存管在央行的", False),
    ("P402", "余额理财收益是浮动的 不能保本保收益", False),
    ("P402", "这个是平台的风险保证规则 主要是防范欺诈", False),
    ("P402", "您需要有一个海关担保 保证会缴纳关税", False),
    ("P402", "报了我们的课我保证期末至少提高二十分", True),
    ("P401", "这个功能在设置里面 很多用户还不知道", False),
    ("P404", "您这话说的就没道理了 谁也没偷偷收", True),
    ("P404", "您自己看清楚再打电话好吧", True),
    ("P404", "您这个年纪了还信这个", True),
    ("P404", "您要是觉得麻烦那您就别用了嘛", True),
    ("P404", "专线小包七到十天 大概二百五", False),
    ("S202", "这笔汇款已经贷记到您的账户了", True),
    ("S202", "您这张是贷记卡", False),
    # round 20
    ("P402", "下回肯定不会再出这种事了", True),
    ("P402", "这事儿我们肯定给您处理得妥妥当当的", True),
    ("P402", "一个小时之内司机肯定亲自打电话给您", True),
    ("P402", "支付完成以后乘车码马上就能恢复", False),
    ("P404", "您要去曝光就去呗 吓唬我也没用", True),
    ("P404", "这种问题网上一搜就有 还用打电话问吗", True),
    ("P404", "最下面那条就是最新的 这个用过手机的都知道吧", True),
    ("P404", "反正就是这样 您听明白了吧", True),
    ("S202", "这笔争议交易我们会向商户那边调单", False),
    ("S203", "不晓得您方不方便先提供一下卡号后四位", False),
    # round 21
    ("P404", "这跟我们银行没关系", True),
    ("P401", "这跟我们银行没关系", False),
    ("P401", "车队没有办法单方面扣款 您放心", False),
    ("P402", "这钱肯定能撤回来 没问题的", True),
    ("P402", "您放心 三天之内商家一定把钱退给您", True),
    ("P402", "我们肯定让商家给您十倍赔偿 一分都少不了", True),
    ("P402", "您就等着好消息吧", True),
    ("P402", "合同里写的是一般保证还是连带责任保证", False),
    ("P402", "拍照的时候保证四个角完整", False),
    ("P402", "现在就给您打包票的话其实是对您不负责任的", False),
    ("P403", "这两百块我们中心负责补偿给您", True),
    ("P403", "少了多少我们补多少", True),
    ("P403", "他们提出可以退还两千元作为延期的补偿 您看是否接受", False),
    ("P403", "按照我们的售后规定 发错货是我们来承担", False),
    ("P403", "那能赔 您这种情况是在保障范围里的", False),
    ("P404", "您跟我较什么劲", True),
    ("P404", "您这是自找麻烦", True),
    ("P404", "我很忙的", True),
    ("P404", "您说完了没有", True),
    ("P404", "您别浪费我时间", True),
    ("P404", "您没长手吗", True),
    ("P404", "您就不能自己去一趟吗", True),
    ("P404", "行了行了 您爱点不点", True),
    ("P404", "你这记性也真是 上个月不是刚教过你一回吗", True),
    ("P404", "您这条件 也就只能这样了", True),
    ("P404", "您到底买不买嘛", True),
    ("P404", "那您这手机也太金贵了吧", True),
    ("P404", "您这喝成这样了还有心思查余额啊", True),
    ("P404", "您能先把问题想清楚了再打过来吗", True),
    ("P404", "不好意思浪费您时间了", False),
    # round 22
    ("P401", "那我们这边也是没法子", True),
    ("P401", "五十万一次转这个不行的 手机上最高只能调到单笔二十万", True),
    ("P401", "万一转不过去也没办法 您到时候再打过来", False),
    ("P401", "卡片损坏换卡是免费的 周末部分网点不办这个业务", False),
    ("P403", "保证金是用来保障买家权益的 判定是卖家责任可以从里面先行赔付买家", False),
    ("P403", "这事真是难为您了 我先给您赔个不是", False),
    ("P404", "您按我说的做就行了 别问那么多", True),
    ("P404", "您用的是智能手机吗 这都不会", True),
    ("P404", "这么简单的操作 您怎么还弄半天啊", True),
    ("P404", "说了半天您怎么还没弄明白呢", True),
    ("P404", "您是不看手机的吗", True),
    # round 23
    ("P401", "由航空公司收取 和我们没有关系 您开飞行模式就行", False),
    ("P402", "您放心 明天肯定能放行 下午就能派到您手上", True),
    ("P402", "您在公众号缴一下马上就能恢复", False),
    ("P402", "您这么理解是错的 保本不等于保收益", False),
    ("P402", "办这个卡还送一个视频会员月卡 妥妥的福利", False),
    ("P403", "另外再给您一点小补偿 您看可以吧", True),
    ("P403", "我们会给您一些经济上的补偿 您看行吗", True),
    ("P403", "这样吧我这边给您报个补偿您看行吗", True),
    ("P403", "那这样我再多给您送一箱算是我们给您赔礼的", True),
    ("P403", "您的手机我们公司给您换个新的", True),
    ("P403", "您家的地板物业这边出钱给您重新铺", True),
    ("P403", "家具的话也一起算上 我们照价给您补", True),
    ("P403", "他们提出可以退还两千元作为延期的补偿您看是否接受", False),
    ("P404", "您自己去官网看 上面都有", True),
    ("P404", "您以为博物馆是菜市场随便进啊", True),
    ("P404", "您要是会上网就自己查", True),
    ("P404", "这么基础的东西 还要我一点一点教您吗", True),
    ("P404", "签之前自己不看清楚 现在亏了再来找银行也没什么用", True),
    ("P404", "那您就找时间自己慢慢看吧", True),
    ("P404", "您这种情况我们每天接一百个 也没见谁像您这么激动的", True),
    ("P404", "这么简单的东西 现在的年轻人居然还有不会用的啊", True),
    ("P404", "都这么大岁数了怎么还信电话里的人呢", True),
    ("P404", "自己签的字现在再来说不知情 这可就说不过去了", True),
    ("P404", "您可以自己去官网看一下 上面有最新的汇率", False),
    # round 24
    ("P401", "如果鉴定不是 这个我们也没办法", True),
    ("P401", "身份证 存单原件缺一样都办理不了的 可能要白跑一趟", False),
    ("P402", "您放心只要跟着我们的课学下来保证您能过国家线", True),
    ("P402", "这件事我一定给您处理得让您满满意意的", True),
    ("P402", "我帮您联系网点 明天上午一定给您备好", True),
    ("P402", "我们会通过人工复核来保证数据准确", False),
    ("P403", "您这三晚的房费我们全部免掉", True),
    ("P403", "过期的确实要赔 那这样两百八我们这边给您出您看行吗", True),
    ("P403", "您把维修发票拍给我们 这个钱我们平台来出", True),
    ("P403", "对您放心 八百多都给您报了", True),
    ("P403", "公司这边按照规定会给您寄一箱同款产品作为样品的补偿 这个是质量部门审核过的", False),
    ("P403", "按照召回方案 退货快递上门取件费用由我们承担", False),
    ("P403", "非常抱歉给您造成误解 优惠券的使用规则在券的详情里面有说明", False),
    ("P403", "再次表示歉意 网点已经给您补办了新存折", False),
    ("P403", "我们给您换一个新的驱动电源 或者整灯换货", False),
    ("P404", "这个酒店现场的事不归我们管 那您自己去前台说嘛", True),
    ("P404", "我说没有就是没有 您要非这么想我也没办法", True),
    ("P404", "您这样一箱饮料挑毛病的我们见多了", True),
    ("P404", "短信都发给您了 您自己不看我们也没法替您看啊", True),
    ("P404", "您坐车都不看路的吗", True),
    # round 25
    ("P402", "您放心申诉 肯定能改判 我见过好多这种的都赔了", True),
    ("P402", "一般两个小时之内都会到 为了保证您的资金安全 请您再核对一下收款人", False),
    ("P403", "营养费和护工费不在条款里 这五千我给您想办法补上 我这边做主了", True),
    ("P403", "长期护理险的评估费用由我们承担", False),
    ("P403", "按出险时的实际价值赔付 您的保单条款约定了折旧", False),
    ("P403", "对方公司承担百分之七十 您的保险赔您百分之三十的责任部分", False),
    ("P403", "超出的部分再按比例赔 您这次社保报销了四千", False),
    ("P403", "司机的交强险和承运人责任险会赔偿您", False),
    ("P404", "那是您自己操作的问题 跟我们银行没关系", True),
    ("P401", "那是您自己操作的问题 跟我们银行没关系", False),
    ("P404", "您能听懂普通话吧", True),
    ("P404", "這個常識您都沒有嗎", True),
    ("P404", "您想去哪投诉就去哪投诉", True),
    ("S202", "大额取现需要提前一天预约 因为网点要提前调头寸", True),
    ("P404", "您放心 您这种情况我见多了 提交了绝对能通过", False),
    ("P403", "我们可以安排快递员带包装材料上门 费用是我们出的", False),
    # the last batch: insurance terms
    ("P402", "这款长期医疗险合同约定了首个三年的保证费率期间", False),
    ("P402", "一级赔保额的百分之百 十级赔百分之十", False),
    ("P403", "洪水属于保障范围 在保额范围内按实际损失赔付您的室内财产", False),
    # round 27
    ("P401", "那不成 第一次购买理财是要本人到网点做风险评估的", True),
    ("P401", "这不成问题 我马上帮您看", False),
    ("P401", "外地的政策我不知道 您还是去问一下当地车管所吧", True),
    ("P401", "不知道您还有其他需要吗", False),
    ("P404", "哎呀 跟您真是说不通 手续费就是手续费", True),
    ("P404", "那您当初签合同的时候怎么就不仔细看看呢", True),
    ("P404", "通知早就发了 您自己没看而已", True),
    ("P404", "同样的话我还得跟您解释几遍", True),
    ("P404", "运费又不是您出的 是商家出的", True),
    ("P404", "您怎么老问这个啊", True),
    ("P404", "嫌贵您以后别来就是了", True),
    ("P404", "这又不是您的错 您别自责", False),
    ("P404", "不满意的话 您可以随时联系我们", False),
    ("P401", "不您这样会被认为是越站乘车", True),
    ("P401", "很抱歉 目前系统里降档这一项是办理不了的", False),
    ("P401", "这个我都不知道啊", True),
    ("P401", "机油尺都不知道在哪啊 开了几年车了", False),     # the mockery is P404's
    ("P402", "您放心 明天肯定给您填好", True),
    ("P402", "分红险合同里保证的是那张现金价值表 分红是不确定的", False),
    ("P403", "这样吧 前面扣的十五块我给您双倍补回来", True),
    ("P403", "这个钱我给您减一半 四百我这边直接给您退", True),
    ("P403", "我们这边会把机票钱补给您", True),
    ("P403", "到时候按半天工资给您补", True),
    ("P403", "是商家出错了 这单我马上给您全额退款", False),
    ("P404", "密码是您自己输错的 这个怪得了谁呢", True),
    ("P404", "这么简单的操作 这有什么难的", True),
    ("P404", "这个没什么难的 我一步步教您", False),
    ("P404", "地铁慢也是我们的原因吗 您自己不早点出门", True),
    ("P404", "您不会自己贴个条吗", True),
    ("P404", "机油尺都不知道在哪啊 开了几年车了", True),
    ("P404", "五六个点 您想要什么样的 天上掉馅饼吗", True),
    ("P404", "天上不会掉馅饼 请您提防诈骗", False),
    ("P404", "您也别光说别人 您当时是不是嗓门也挺大的", True),
    ("P404", "您自己拿计算器好好算算", True),
    ("P404", "您自己在哪办的卡都搞不清楚 还来问啥子嘛", True),
    ("P404", "您别老问我这种问题了 我就是个接电话的", True),
    ("P404", "那么大个按钮 您眼睛往哪儿瞅呢", True),
    ("P404", "如果您自己没看到短信 可以再问我", False),
    ("S202", "我现在帮您登记一笔错账查询 由对方开户行联系收款人", False),
    # round 28
    ("P401", "不行就是不行 规定就是这样", True),
    ("P401", "阿姨 您这就弄错了 养老金是社保局发的", True),
    ("P402", "这个您放心 一年四个点肯定是有的", True),
    ("P402", "您放心 肯定没什么大问题的", True),
    ("P402", "请问当时跟您承诺的是哪位客户经理", False),
    ("P402", "过去的跌幅也不代表未来一定会反弹", False),
    ("P402", "融资融券的维持担保比例不低于百分之百", False),
    ("P402", "我这边不能替公司对未来经营作什么保证", False),
    ("P402", "用新手机号来做验证 这样能保证不是别人在操作您的账号", False),
    ("P402", "现在利率下调了 收益肯定没有以前高了", False),
    ("P403", "物业那八百我们公司出 回头直接转给您", True),
    ("P403", "箱子里的东西我们照价全赔 一分不少", True),
    ("P403", "三千块我们出不了 这个要走保险", False),
    ("P403", "您的订单符合先行赔付的申请条件 我帮您提交申请 以审核结果为准", False),
    ("P404", "右上角那么大两个字 这还能看不见吗", True),
    ("P404", "您能别打岔吗 先把我的话听完", True),
    ("P404", "您再问一百遍也是这个结果", True),
    ("P404", "没事 您问多少遍都行", False),
    ("P404", "这种小事您让孙子帮着弄两下就得了 还专门打电话来问", True),
    ("P404", "存折还能在手机上刷呀 您这可真是想得太美了", True),
    ("P404", "存折搁哪儿了您都想不起来 还问我们", True),
    ("P404", "您这不是为难我嘛", True),
    ("P404", "您这不是挺好的嘛 都办下来了", False),
    ("P404", "六个网贷都还没还清 还好意思再借啊", True),
    ("P404", "欠钱的倒比我们还有理了", True),
    ("P404", "您要是觉得贵 那就别搬了", True),
    ("P404", "这么简单的东西找半天啊", True),
    ("P404", "这么简单的道理您都不明白吗", True),
    ("P404", "您连这都要问 导航一搜就出来了", True),
    ("P404", "您以为博物馆是菜市场 随便进啊", True),
    ("P404", "您以为是我们扣的吗 其实是商户扣的", False),
    ("P404", "跟您说了也白说", True),
    ("P404", "短信上都写着呢 您自己看看不就清楚了嘛", True),
    ("P404", "这道理还要我来教您吗", True),
    ("P404", "您不能来网点吗 网点可以当场办", False),
    # round 29
    ("P401", "这个电话里是办不了的 必须去柜台", True),
    ("P401", "销号需要您本人带身份证到营业厅办理 我们电话这边是办不了的", False),
    ("P402", "您放心 下学期我一定让孩子进提高班", True),
    ("P402", "修车的钱我们全赔 百分之百给您处理好", True),
    ("P402", "合同约定轻症是基本保额的百分之三十 重疾是百分之百保额", False),
    ("P403", "这个应该是我们洗的时候出的问题 我给您按衣服价格赔双倍", True),
    ("P403", "关于先行赔付的要求 需要平台的消费者保障部门审核", False),
    ("P403", "您先垫付 修完以后把发票和定损单上传 我们再赔给您", False),
    ("P404", "您这是第一次用银行卡吗 这么点儿事都搞半天", True),
    ("P404", "额度调整都有短信 您自己不会翻翻短信看啊", True),
    ("P404", "密码是您自己设的 您自己都记不住 还指望我们天天帮您记着呀", True),
    ("P404", "这种常识性的问题 您上网随便一搜都能搜到", True),
    ("P404", "这个政策挺复杂的 跟您讲了估计您也听不明白", True),
    ("P404", "这么简单的操作 一般人打开就会了呀", True),
    ("P404", "这种事都要专门打电话来问", True),
    ("P404", "这是我们应该做的 谢谢您还专门打电话来说一声", False),
    ("P404", "我都说得这么清楚了 您还要我怎么说", True),
    ("P404", "您要是真都看懂了还打电话来问干嘛", True),
    ("P405", "骗子一般都会说 你的账户涉嫌洗钱 要转到安全账户", False),
    # round 30
    ("P402", "您放心 这个事情我们肯定给您处理到满意为止", True),
    ("P402", "我跟招生老师说一声 百分之百能给您留个位子", True),
    ("P402", "您放心报 我们这边每个孩子都能拿奖", True),
    ("P402", "收益肯定没问题的 我们好多客户都买了", True),
    ("P402", "出了任何事都能赔 一分都不会少您的", True),
    ("P402", "亏多少我们赔多少 这个我给您打保票", True),
    ("P402", "投保书必须本人亲笔签名 这一点是百分之百要求的", False),
    ("P402", "这个我不敢给您打保票", False),
    ("P403", "您去配一副新的 钱我们园里出", True),
    ("P403", "没关系 多少都给您报", True),
    ("P403", "为了弥补 我直接给您账号加一个月会员", True),
    ("P403", "书包多少钱您说个数 我们这边直接转给您", True),
    ("P403", "这次我直接给您按两倍赔付", True),
    ("P403", "手续费给您退回去 另外我再给您补点利息", True),
    ("P403", "同一家银行五十万以内的存款是全额赔付的", False),
    ("P404", "这些缴费单上面不都写着嘛", True),
    ("P404", "您觉得贵可以去别家啊 爱寄不寄", True),
    ("P404", "您说前台说了一句爱住不住是吧 这个态度确实不对", False),
    ("P404", "玻璃杯就用纸箱装 您这样寄能不碎吗", True),
    ("P404", "您要是这么不放心就别网购了", True),
    ("P404", "您要是觉得麻烦 就别跑网点了 在手机上办就行", False),
    ("P404", "您这大忙人 我们师傅也不能天天等您", True),
    ("P404", "三次输错锁定是安全规定 自己密码都记不住还要怪银行啊", True),
    ("P404", "您要是早点打电话挂失 也不至于这样 现在说有什么用呢", True),
    ("P404", "您这话说的 好像是我们银行偷了您的钱似的", True),
    # round 31
    ("P402", "您放心 这个手术医保肯定全报的", True),
    ("P402", "列车上应该保证低价位餐食的供应 您的意见我记录下来了", False),
    ("P403", "是我们录入的问题 这样我这边给您额外赔偿五百块钱", True),
    ("P403", "拆分发货的运费由我们承担 您只付了一次运费", False),
    ("P403", "如果超过七个工作日还没到账 我们帮您出具退款凭证", False),
    ("P404", "这么简单的东西您都能弄坏也是厉害", True),
    ("P404", "扫一扫旁边就是转账 这么简单的操作 一般人看一眼都会的", True),
    # round 32
    ("P401", "二十年以上的老房子当时的电线线径可能满足不了现在的用电需求", False),
    ("P401", "您这个要求我们满足不了", True),
    ("P401", "您晓得不 这个要本人带身份证和存折去网点办", False),
    ("P403", "您放心中介费我们全退给您 另外您的搬家费我们也全包了", True),
    ("P403", "这样吧 这一个月的房租我们来出 您把租房合同发给我", True),
    ("P403", "运费我们来出", False),
    ("P404", "黄先生您觉得我们是做慈善的吗 什么都免费", True),
    ("P404", "规划图在售楼处公示了的 您自己没去看", True),
    ("P404", "你们业主就是事儿多 买的时候不看清楚", True),
    ("P404", "订单页面上第一个就是 您自己看不到吗", True),
    ("P404", "那是别的公司的 跟我们没关系", False),
    ("P404", "那是快递公司的问题 跟我们没关系", True),
    ("P404", "取个钱也能把卡忘在机器里 您这也是够可以的", True),
    ("P404", "核实无误 就这么点钱至于吗 我给您登记一下", True),
    ("P404", "这点钱不至于影响您的征信", False),
    ("P404", "您这办了三万块的私教还在乎这两百块啊", True),
    ("P404", "您还差这五十块就还清了", False),
    ("P404", "唉 这都第四遍了 我最后说一次啊 您仔细听好", True),
    ("P404", "这是第二次了 我们会给您优先处理", False),
    ("P404", "您嫌脏那您换一台用不就完了 附近又不是只有那一台", True),
    ("P404", "这么简单的操作 我们家上小学的孩子都会 您就点那个", True),
    ("P404", "您这个岁数了也该学学用手机银行了 天天往网点跑", True),
    # round 33
    ("P401", "到期时一次性还清 不能办分期", False),
    ("P403", "为了表示歉意 我直接往您信用卡里补偿五千积分 您看行吗", True),
    ("P403", "先行赔付需要提交申请 由专门的赔付审核组核实", False),
    ("P403", "鉴定费用是平台先行垫付的 如果最后确认是卖家调表 按合同追究", False),
    ("P403", "收定金的一方不履行合同 是要双倍返还的", False),
    ("P403", "已经为您登记 邮寄费用我们承担", False),
    ("P404", "您要交就交 不交就等着追缴吧", True),
    ("P404", "狗不能吃巧克力 您养狗之前连这个都没查过吗", True),
    ("P404", "我连这个都没查过 我帮您问一下", False),
    ("P404", "您要告就去告 我们按合同办事的", True),
    ("P404", "十年车您还想卖四万 也太不懂行了", True),
    ("P404", "合同是您自己签的字 您签之前不看现在来怪我们", True),
    ("P404", "这个事情不能怪谁 我们一起看看怎么处理", False),
    ("P404", "您一会儿说前天一会儿说昨天 自己都没搞清楚就来找我们", True),
    ("P404", "哟 您可真是理财专家 那还打电话来问我干嘛", True),
    ("P404", "您听明白没有啊 我最后再说一遍", True),
    ("P404", "哎呀 这么简单的操作 都教了您好几回了还学不会啊", True),
    ("P404", "都什么年代了 手机银行您都没用过吗", True),
    ("S203", "您瞅一眼卡背面 有个三位数", True),
    # round 34
    ("P401", "您这么有本事那您直接找市长去呀 看市长给不给您办", False),
    ("P401", "签注是出入境管理部门办理的 我行这边办理不了 不过部分网点的自助签注机可以办理续签", False),
    ("P402", "您放心 我们这个是包过的 上了我们的班 及格没问题", True),
    ("P403", "这样吧 我这边给您补两节课 再退您两百块钱车费 您看行吗", True),
    ("P403", "您放心 我跟您保证这个司机肯定会被封号 您的医药费也保证给您报了", True),
    ("P403", "您这一趟的误工费 我们按一天工资给您算 回头打到您卡上", True),
    ("P404", "您怎么就是听不明白呢 我说了要走流程", True),
    ("P404", "这么简单的事情您怎么就是弄不明白呢", True),
    ("P404", "唉 您怎么还没明白 我都说了两份", True),
    ("P404", "样机跟翻新机是两回事 您到底懂还是我懂啊", True),
    ("P404", "哪个菜市场 您说话能不能说清楚点", True),
    ("P404", "这么简单的事情啊 自家水表在哪都找不着", True),
    ("P404", "您自己的东西自己都不看好 下车前也不检查一下", True),
    ("P404", "您天天打电话也不会快一点的", True),
    ("P404", "那是你们自己没传上去 别赖我们", True),
    ("P404", "您要求这么多 要不干脆别来上了", True),
    ("P404", "现在是月底 人多排队是正常的 又不是只有您一个人在等", True),
    ("P404", "我上个月给您发了三次短信 您收到的时候是一眼都没瞅吗", True),
    ("P404", "就三块钱的事 至于专门打个电话来较这个真吗", True),
    ("P404", "您要是再这么闹下去 我这边只能按恶意来电给您做登记了 以后再打进来可就没这么好说话了", True),
    ("P404", "那本来就没到营业时间啊 这点小事也值当投诉", True),
    ("P404", "人家七八十岁的老太太都自己弄好了 您年纪轻轻的还要问三遍", True),
    ("P404", "人家商户都弄好了 您再刷新一下", False),
    ("P404", "您自己找快递寄到售后中心 地址我短信发给您", False),
    # round 35
    ("P402", "糖尿病不是种植的绝对禁忌 关键看血糖控制得怎么样", False),
    ("P402", "您放心 我们这个是包过的", True),
    ("P402", "对于承诺包过的机构您要谨慎一点", False),
    ("P402", "您按我说的做 一定能拿到双倍", True),
    ("P402", "这个官司不一定能打赢 要看证据", False),
    ("P402", "建议签约之前一定拿到查询结果 这样更稳妥", False),
    ("P402", "收益和市场表现有关 不保证一定能拿到最高收益", False),
    ("P404", "今年的不交还想要暖气啊 哪有这种好事", True),
    ("P404", "预约页面第一行就写着请携带身份证原件 这都看不到吗", True),
    ("P404", "那就没办法了 那是您的问题了", True),
    ("P404", "改不了的 您连自己名字都能输错", True),
    ("P404", "那也是您自己输错的", True),
    ("P404", "合同都不看就买 出了事才来问", True),
    ("P404", "您是第一次来医院看病吗 哪有交了钱直接进去的", True),
    ("P404", "您是第一次来我们网点吗 我给您指一下路", False),
    ("P404", "您已经逾期二十多天了 您每次都说下周还 您当我们是傻子啊", True),
    ("P404", "您都多大的人了 一个密码还老记不住", True),
    ("P404", "哈哈 您这记性比我还好", False),
    ("P404", "你认不认字啊 屏幕上写着的", True),
    ("P404", "这么简单的事 我们这边小学生来存钱都会", True),
    ("P404", "小孩子的账户都可以开 您带上户口本就行", False),
    ("P404", "很多小朋友刚开始都会怕水 一般三到四节课就好了", False),
    ("P404", "您要办就办 嫌麻烦就算了", True),
    ("P404", "您自己输错三次密码 这能怪银行吗", True),
    # round 36
    ("P403", "实在抱歉 这五十八我退给您 另外我再给您多返两个月的月租当补偿", True),
    ("P403", "这样吧 您这次在我们这的检查费全退给您 打车的钱也我们出", True),
    ("P403", "真的对不起 这个我这边做主 您这次的房费全免 再送您两晚免费住宿", True),
    ("P403", "这样 我个人做主 这次维修费给您免了", True),
    ("P403", "这个我做不了主 需要跟店长申请", False),
    ("P404", "您那个手机都几年了还想测出千兆啊", True),
    ("P404", "上次就跟您说过了 师傅排单要时间 您还一直打 我们也催不动啊", True),
    ("P404", "短信上都写着呢 您自己看一下就知道了", True),
    ("P404", "您自己看一下订单详情就可以", False),
    ("P404", "这个账单上都写着的 您自己看一下账单不就清楚了", True),
    ("P404", "您刚才说的我都记了 一遍一遍说有什么用呢", True),
    ("P404", "先生 喝成这样还打什么电话 醒了酒再说吧", True),
    ("P404", "九块九的东西您还指望它保温十二小时吗", True),
    ("P404", "导航路线上车就显示了 您自己上车不看导航的吗", True),
    ("P404", "搬迁不属于退卡条件 合同您自己签的 第七条写了", True),
    # everyday put-downs, refusals and make-goods written from how agents talk, with near misses
    ("P404", "您这问题问得也太外行了", True),
    ("P404", "您还是先把情况搞清楚了再打过来吧", True),
    ("P404", "我一天接几百个电话 哪有空一个个给您解释", True),
    ("P404", "您先听我说完行不行", True),
    ("P404", "您嚷嚷有什么用 嚷嚷钱也回不来", True),
    ("P404", "信不信由您", True),
    ("P404", "您要这么想我也没办法", True),
    ("P404", "您这不是给自己找麻烦吗", True),
    ("P404", "少来这套", True),
    ("P404", "您听清楚了 我只说最后一遍", True),
    ("P404", "您是没听见还是装没听见", True),
    ("P404", "我刚才说的您是一句都没听进去啊", True),
    ("P404", "您用点心好不好", True),
    ("P404", "说明书上白纸黑字写着呢", True),
    ("P404", "您这态度我没法跟您沟通", True),
    ("P404", "您再这样我就挂了", True),
    ("P404", "您要是再骂人我就挂电话了", True),
    ("P404", "哟 您还挺懂行的嘛", True),
    ("P404", "您可真是个大聪明", True),
    ("P404", "好家伙 您这要求可真高", True),
    ("P404", "您这要求我们可满足不了 您还是另请高明吧", True),
    ("P404", "您另请高明吧", True),
    ("P404", "您不满意可以销户啊 没人拦着您", True),
    ("P404", "又是您啊 这回又怎么了", True),
    ("P404", "您这都第几次打来了 烦不烦啊", True),
    ("P404", "我都快被您问烦了", True),
    ("P404", "您问这么多干嘛", True),
    ("P404", "您这操作也是够神的", True),
    ("P404", "您这心也太大了 密码都敢告诉别人", True),
    ("P404", "您这胆子也太大了吧 验证码都给人家", True),
    ("P404", "换个正常人都不会这么干", True),
    ("P404", "正常人谁会把密码写在卡上啊", True),
    ("P404", "谁会像您这样 把卡借给别人用", True),
    ("P404", "这种骗局也就骗骗您这样的", True),
    ("P404", "也就您会信这种电话", True),
    ("P404", "您是真不怕被骗啊", True),
    ("P404", "吃一堑长一智吧 这次就当交学费了", True),
    ("P404", "就当花钱买个教训吧", True),
    ("P404", "您要是不会用就别用手机银行了", True),
    ("P404", "不会用智能手机就去柜台嘛", True),
    ("P404", "您都这把年纪了 折腾这些干什么", True),
    ("P404", "老人家就别学年轻人炒股了", True),
    ("P404", "就您这点存款 也没必要买理财", True),
    ("P404", "才几百块钱 您至于天天打电话吗", True),
    ("P404", "您这点额度还想提额啊", True),
    ("P404", "您这征信还想贷款", True),
    ("P404", "您有这闲工夫 还不如去网点问", True),
    ("P404", "您当我三岁小孩啊", True),
    ("P404", "骗谁呢 您这理由", True),
    ("P404", "您这理由也太牵强了", True),
    ("P404", "您编也编个像样点的理由", True),
    ("P404", "说得跟真的似的", True),
    ("P404", "您这说的我都不信", True),
    ("P404", "您说什么就是什么吧", True),
    ("P404", "反正我说什么您都不信", True),
    ("P404", "投诉我也没用 我照样这么说", True),
    ("P404", "您找谁都一样", True),
    ("P404", "找经理也没用", True),
    ("P404", "您冲我嚷嚷干什么", True),
    ("P404", "等不了您就别等了", True),
    ("P404", "您能不能说重点", True),
    ("P404", "您说了半天到底要干什么", True),
    ("P404", "您说话能不能有点逻辑", True),
    ("P404", "您把话说利索了再说", True),
    ("P404", "您这口音谁听得懂啊", True),
    ("P401", "这不是我们部门的事", True),
    ("P401", "这个我真说不上来", True),
    ("P402", "额度肯定能提上去", True),
    ("P403", "我私人给您转一百块 您别投诉了", True),
    ("P403", "损失我们这边全担了", True),
    ("P403", "给您多返点积分弥补一下", True),
    ("P403", "我们出钱帮您修", True),
    ("P404", "如果您对处理结果不满意 可以申请复核", False),
    ("P404", "没人能冒用您的账户 请您放心", False),
    ("P404", "这个问题问得很专业 我详细给您说一下", False),
    ("P404", "请问您对我们哪位工作人员的服务态度不满意呢", False),
    ("P404", "我们工作人员的服务态度不好 我代表我们向您道歉", False),
    ("P404", "信号不太好 我没法听清楚 麻烦您再说一遍", False),
    ("P404", "我再跟您确认最后一次 卡号尾号是三二一五对吗", False),
    ("P404", "这是我最后一遍给您核对信息 请您仔细听", False),
    ("P404", "您先听我说一下办理的流程好吗", False),
    ("P404", "我听您说 您慢慢讲", False),
    ("P404", "如果您继续使用不文明用语 我们将结束本次通话", False),
    ("P404", "您如果还有疑问 再打过来也可以", False),
    ("P404", "您先把资料准备齐全 再来网点办理就可以", False),
    ("P404", "您可以先把情况了解清楚再决定 不着急", False),
    ("P404", "您要是想清楚了再打过来也行", False),
    ("P404", "少量的手续费由系统自动扣收", False),
    ("P404", "另外请您保管好验证码", False),
    ("P404", "这套流程大概需要三个工作日", False),
    ("P404", "这个不是您的问题 是系统的原因", False),
    ("P404", "您这样操作不是找麻烦 是为了保证资金安全", False),
    ("P404", "合同上白纸黑字约定了 我给您念一下条款", False),
    ("P404", "您的问题我已经记下来了 一个字都没落下", False),
    ("P404", "我们一点都没有怠慢的意思", False),
    ("P404", "您问的这些都很重要 我一条一条给您说", False),
    ("P404", "这次又给您添麻烦了 实在抱歉", False),
    ("P404", "这已经是第几次出现这个问题了 我帮您升级处理", False),
    ("P404", "您的要求我记下了 会尽快反馈", False),
    ("P404", "您的要求很合理 我们马上处理", False),
    ("P404", "哟 这个时间网点已经下班了 您明天再去吧", False),
    ("P404", "您别着急 吵架解决不了问题 我们一起想办法", False),
    ("P404", "您是不满意我们的服务吗 我这边给您记录", False),
    ("P404", "没有人会要求您提供密码 请您放心", False),
    ("P404", "我没法替您做决定 您可以考虑一下", False),
    ("P404", "您还挺细心的 这个都注意到了", False),
    ("P404", "被骗了您一定要第一时间报警", False),
    ("P404", "您问得很仔细 这是好事", False),
    ("P404", "您放心 正常人都会遇到这种情况 不是您的问题", False),
    ("P404", "这种情况很正常 很多人都会遇到", False),
    ("P404", "您别担心 这种骗局很隐蔽 谁都可能上当", False),
    ("P404", "您这心态挺好的", False),
    ("P404", "如果您不会用手机银行 也可以到柜台办理", False),
    ("P404", "您要是不会操作 我一步一步带您弄", False),
    ("P404", "老人家别着急 我慢慢跟您说", False),
    ("P404", "年纪大的客户我们有绿色通道 您不用排队", False),
    ("P404", "您这点积分可以兑换一个小礼品", False),
    ("P404", "您这边的额度目前是两万 如果想提额可以申请", False),
    ("P404", "您的征信情况需要审批后才知道", False),
    ("P404", "金额才几百块钱 不至于影响您的征信", False),
    ("P404", "这几十块钱的事 我们一定帮您查清楚", False),
    ("P404", "您有时间的话可以去网点问问", False),
    ("P404", "您说得对 这个理由确实不充分 我帮您反映", False),
    ("P404", "这个编号您记一下", False),
    ("P404", "您说的我都记下来了", False),
    ("P404", "我说的话您都可以录音备查", False),
    ("P404", "您找经理也可以 我帮您转接", False),
    ("P404", "您要是找领导 我这边帮您登记 会有主管联系您", False),
    ("P404", "请您耐心等待 我们处理好会通知您", False),
    ("P404", "您等着消息就行 我们会短信通知", False),
    ("P404", "麻烦您说一下具体的问题", False),
    ("P404", "您想说的是这张卡的问题对吗", False),
    ("P404", "我听得懂 您慢慢说", False),
    ("P404", "不好意思 信号不太好 您能再说一遍吗", False),
    ("P404", "您的每一个问题我们都很重视", False),
    ("P404", "您别折腾了 我直接帮您办好", False),
    ("P404", "只能怪我们没提醒到位 实在抱歉", False),
    ("P404", "这个事情不能怪您", False),
    ("P404", "就当是给自己提个醒吧 以后注意保管好密码", False),
    ("P404", "您做得很对 第一时间打电话过来", False),
    ("P404", "谁会想到骗子这么狡猾呢 您别太自责", False),
    ("P404", "您的胆子大不大都没关系 这个业务风险很低", False),
    ("P401", "您别着急 吵架解决不了问题 我们一起想办法", False),
    ("P401", "这不是我们这边的业务 我帮您转接信用卡中心", False),
    ("P402", "我们不能保证肯定能追回来 但会尽力配合警方", False),
    ("P402", "这个不一定能批下来 要看审批结果", False),
    ("P403", "这部分损失我行会依据调查结果按规定处理", False),
    ("P403", "积分可以弥补一部分年费 您可以去兑换", False),
    ("P404", "您买之前不会看评价吗", True),
    ("P404", "这么便宜的东西 您还想要什么质量", True),
    ("P404", "一分钱一分货 您懂的", True),
    ("P404", "您下单的时候手抖了吗", True),
    ("P404", "您家那网速 还想看高清", True),
    ("P404", "套餐是您自己选的 现在又嫌贵", True),
    ("P404", "这个您得问您自己啊", True),
    ("P404", "您迟到了还怪航空公司", True),
    ("P404", "您订票的时候眼睛干什么去了", True),
    ("P404", "您眼睛长哪儿去了", True),
    ("P404", "您是不是不识数啊", True),
    ("P404", "司机没找到您 您自己定位都不开", True),
    ("P404", "您有这时间投诉 早就到了", True),
    ("P404", "将就一下吧 又不会死", True),
    ("P404", "这点小毛病也要修", True),
    ("P404", "您这是鸡毛蒜皮的小事", True),
    ("P404", "这种小问题也好意思打电话", True),
    ("P404", "您先冷静冷静 别跟个孩子似的", True),
    ("P404", "难怪您家人不愿意管您", True),
    ("P404", "您叫什么叫", True),
    ("P404", "您声音能不能小点 吵死了", True),
    ("P404", "您别在这儿撒泼", True),
    ("P404", "您这是耍无赖", True),
    ("P404", "您这纯属胡闹", True),
    ("P404", "您这不是为难人吗", True),
    ("P404", "您这不是抬杠吗", True),
    ("P404", "您这就是抬杠", True),
    ("P404", "那您报警去吧 找我们干嘛", True),
    ("P404", "有意见您去找消协", True),
    ("P404", "您去告我们吧", True),
    ("P404", "您去法院起诉吧 我们奉陪", True),
    ("P404", "您这种情况我们见多了 都是想占便宜", True),
    ("P404", "想占便宜也不是这么占的", True),
    ("P404", "您就是想薅羊毛吧", True),
    ("P404", "贪小便宜吃大亏 您不知道吗", True),
    ("P404", "您买之前可以先看看评价 也可以问问客服", False),
    ("P404", "这款确实比较便宜 质量我们也有抽检", False),
    ("P404", "是您自己选的套餐 我帮您看看有没有更合适的", False),
    ("P404", "这是您个人的选择 我们尊重您的决定", False),
    ("P404", "您自己定位一下 司机就能找到您", False),
    ("P404", "您的眼睛还好吗 需要我帮您叫救护车吗", False),
    ("P404", "孩子的学费可以用这张卡交", False),
    ("P404", "您别急 我们不会不管的", False),
    ("P404", "小问题也请您随时反馈", False),
    ("P404", "这种小问题也欢迎您随时打电话", False),
    ("P404", "您说的情况我们都记下了 绝不会让您吃亏", False),
    ("P404", "有意见您可以拨打我们的投诉热线", False),
    ("P404", "如果您需要 可以通过法律途径维护权益", False),
    ("P404", "这个活动不是为了占便宜 是回馈老客户", False),
    ("P404", "我们这边不会找您要任何费用", False),
    ("P404", "您有这个时间的话 可以来网点看看", False),
    ("P404", "这个是一分钱都不会多收您的", False),
    ("P401", "不好意思 刚才给您说错了 这十块是副卡的功能费", False),
    ("P401", "您说我们根本不行 这个批评我们接受 马上安排人处理", False),
    ("P403", "师傅晚到了 送您一个新的路由器 算是给您赔不是", True),
    ("P403", "万一不通过 公司也会给您补一笔钱", True),
    ("P404", "手机都不会用还赖我们", True),
    ("P404", "又是重启三遍 每个人都这么说", True),
    ("P402", "师傅明天上门 修不好我跟您姓", True),
    ("P404", "专家号又不是菜市场买菜 想要几点就几点", True),
    ("P404", "就剩这一个号 您要就要 不要后面的人还等着", True),
    ("P404", "不交电费您还想白用电啊", True),
    ("P404", "月底不交就停 到时候别哭", True),
    ("P404", "欠费不交还嫌别人说话难听", True),
    ("P404", "那就是您检查得不仔细 表不会错的", True),
    ("P404", "我们的确说过很多次要提前通知 这次没做到 抱歉", False),
    ("P404", "可能是我看得不仔细 我再查一遍", False),
    ("P404", "大家都这么说的话 说明确实是个普遍问题 我们一定反馈", False),
    ("P403", "能赔能赔 您买了三者险就在保障范围里", False),
    ("P404", "有您这样的客户支持 我们干劲也更足了", False),
    ("P402", "风险不大 我敢说到期六个点一分不差", True),
    ("P403", "我跟网点打个招呼 违约金给您免了", True),
    ("P403", "违约金的减免需要提交申请 由贷款部门审批", False),
    ("P404", "全国那么多台机器 哪能说加就加 您这个想法有点想当然了", True),
    ("P404", "又没说一定有人接 这点常识都应该有吧", True),
    ("P404", "这个应该是基本常识 连这个都没搞明白就敢买理财", True),
    ("P404", "您说的这一点确实是常识 很多客户都会忽略 我再提醒一下", False),
    ("P404", "我们系统提示已经设置成功 您说加就加 马上生效", False),
    ("P404", "快递会送到您这儿就可以签收了", False),
    ("P404", "您也可以让家里人教您操作一下 或者来网点我们教您", False),
    ("P404", "现在清楚了吧 您看还有什么问题", False),
    ("P404", "您问多少遍都行 我再给您说一遍", False),
    ("P404", "您卡里余额不多 建议您先存一点再还款", False),
    ("P404", "您这边的余额是够扣年费的", False),
    ("P404", "您不用等着 有结果我们会短信通知您", False),
    ("P404", "您先别挂 稍等一下我查查", False),
    ("P404", "我这边可能讲得不太清楚 我再说一遍", False),
    ("P404", "这个功能现在很少有人用了 我们推荐手机银行", False),
    ("P404", "您别哭 我们一定帮您想办法", False),
    ("P404", "您的意见很对 我们的错 马上改", False),
    ("P404", "人家都说这款理财不错 您可以了解一下", False),
    ("P404", "这种情况下 电话费是按通话时长收取的", False),
    ("P404", "您先听我说完好吗 然后我们一起看怎么处理", False),
    ("P404", "一般人第一次都会有点紧张 没关系", False),
    ("P404", "这个我多啰嗦两句 密码一定不要告诉别人", False),
    ("P404", "一笔也就两块钱 您专门打个电话来投诉 这电话费都比手续费贵了吧", True),
    ("P404", "您要是觉得两块钱这么要紧 以后就多走两步", True),
    ("P404", "填没填错 您自己再翻翻转账记录就清楚了嘛", True),
    ("P404", "一分钟的事 到您这儿都快十分钟了", True),
    ("P404", "您要是真这么忙 刚才就别接这个电话嘛", True),
    ("P404", "这个是规定 您就是问一百遍我也是这么回答", True),
    ("P404", "我没凶啊 是您自己一直在问同样的问题", True),
    ("P404", "您要是再这么嚷嚷 我这边可就直接挂了 自己掂量掂量", True),
    ("P404", "您这卡里就这么点钱 一天打三遍电话查", True),
    ("P404", "人家都等得住 怎么就您等不了呢", True),
    ("P404", "这个也怪不到网点头上", True),
    ("P404", "您先听我说完行吗 我一句话都没说完 您都插了三次了", True),
    ("P404", "您现在不听 等钱没了可别打电话来哭", True),
    ("P404", "两万也不少了 要那么高额度干嘛", True),
    ("P404", "你眼睛往下瞄一眼不就看见了", True),
    ("P404", "这都写在页面上的 谁买之前不看一眼啊", True),
    ("P404", "那您说的都对 是我们系统的错 行了吧", True),
    ("P404", "我这态度挺好的啊 您还要我怎么样", True),
    ("P404", "您社保才交三年 这回听明白了吧", True),
    ("P404", "二十万都没有啊 还以为您挺宽裕的呢", True),
    ("P404", "不需要就算了 反正名额也不多 想买的人多的是", True),
    ("P404", "现在谁还去柜台转账啊 您非要跑去排队 这不是花钱买罪受嘛", True),
    ("P404", "您是第一次用银行卡在网上买东西吗 这种都要打电话来问", True),
    ("P404", "就是这么简单的东西 一般人看一眼页面就会了", True),
    ("P404", "您这个年纪 手机上的东西估计也弄不明白", True),
    ("P404", "行吧 反正也就一百块钱 不会差您的", True),
    ("P404", "提前还款的手续费不再收取 我这么说您能听懂吧", True),
    ("P404", "当场不数 您确定不是自己揣兜里忘了吧", True),
    ("P404", "您是说柜员让您自己去看墙上的告示 没有人跟您解释是吧", False),
    ("P404", "您做得非常对 这一点我多啰嗦一句 不要把验证码告诉任何人", False),
    ("P402", "一般是在还款日当天扣款 请您在还款日前保证扣款卡里的钱足够", False),
    ("P404", "饭店什么时候回您 这个得您自己去问", False),
    ("P401", "取款机这块不归我们信用卡中心管", True),
    ("S203", "APP上点进去它都给您算好了 一瞅就明白", True),
    ("P404", "您说个日子吧 别回头又说忘了 这种话我们一天听好几十遍", True),
    ("P404", "上个月还刷了好几笔吃饭喝酒的 这可不像手头紧的样子", True),
    ("P401", "下铺已经售完了 我这边暂时帮您调不了 不过您上车以后可以跟列车员说明一下", False),
    ("P401", "那就是您自己手机号填错了 收不到短信怪谁呢", False),
    ("P404", "我们前台就两个人 又不是专门伺候您一个人的", True),
    ("P404", "您一会儿要这一会儿要那 能不能一次说完", True),
    ("P404", "我这态度已经够好了", True),
    ("P404", "您再这样骂人我直接给您挂了", True),
    ("P404", "您要好好说话我就帮您查 不好好说您就自己跟司机掰扯去", True),
    ("P404", "那您觉得委屈您报警呗 跟我这儿说有啥用", True),
    ("P403", "您别投诉了 我私人做主给您一千块的代金券", True),
    ("P403", "这次的租金全部退掉 另外再送您三天的免费租车", True),
    ("P404", "人家司机说了是按您说的路走的 您这样一直纠缠也没意思", True),
    ("P404", "您还真以为高铁是您家开的啊", True),
    ("P404", "开车前五分钟停止检票 您自己迟到了还想让车等", True),
    ("P404", "像您这样的客户真的很难得 谢谢您的支持", False),
    ("P402", "网点门口的机子吞卡 您次日带起身份证去领 包您明天一去就拿得到", True),
    ("P404", "您能不能说快一点 后面还有好多客户在排队等着呢", True),
    ("P404", "后面排队的客户比较多 请您耐心等待", False),
    ("P401", "内部的我这边查不了 不是我这个岗位能弄的", True),
    ("P402", "我这边出面了 今天之内一定给您退下来", True),
    ("P402", "今天之内一定给您回复", False),
    ("P402", "对对对 今天之内您就等着到账吧", True),
    ("P404", "这种门槛上面都写着呢 您领之前能不能先看一眼啊", True),
    ("P404", "这点事情也打电话", True),
    ("P404", "很多人都是自己没弄好就说东西有问题", True),
    ("P404", "行行行算我没说您不就是想要点钱嘛我给您退三十块钱补偿您看这样总行了吧", True),
    ("P403", "您可以申请五百元的赔偿 由保险公司审核", False),
    ("P404", "我问什么问 我又不在仓库", True),
    ("P404", "您耐心点行不行", True),
    ("P404", "问了我不是已经回答您了吗 您还想要什么答案", True),
    ("P404", "哟 那您可比一般人强多了", True),
    ("P404", "不少人连水都不加就打电话来", True),
    ("P404", "检测出来是您自己弄坏的可别怪我们", True),
    ("P404", "我说话一直这样 您要听不惯可以换个客服", True),
    ("P404", "您耐心等一下 我马上查", False),
    ("P404", "连续几个月都不还款就会影响征信", False),
    ("P404", "整半天你也没整明白啊", True),
    ("P404", "跟你说话咋这么费劲呢", True),
    ("P404", "你瞅你那样儿", True),
    ("P404", "得了吧您嘞", True),
    ("P404", "您这不是瞎掰吗", True),
    ("P404", "您这叫什么事儿啊", True),
    ("P404", "嘛玩意儿啊这是", True),
    ("P404", "你莫得脑壳哦", True),
    ("P404", "你脑壳有问题哦", True),
    ("P404", "你系咪傻㗎", True),
    ("P404", "你识唔识听啊", True),
    ("P404", "讲咗你都唔明", True),
    ("P404", "侬脑子坏特了", True),
    ("P404", "侬哪能介笨啦", True),
    ("P404", "您这都老掉牙的问题了", True),
    ("P404", "您这思路清奇啊", True),
    ("P404", "您这逻辑我也是佩服", True),
    ("P404", "您这理解能力真是让人着急", True),
    ("P404", "这么点事您都能搞砸", True),
    ("P404", "我不想跟您争", True),
    ("P404", "您开心就好", True),
    ("P404", "好好好 您是专家", True),
    ("P404", "要不您来我这坐着接电话", True),
    ("P404", "您当我们是万能的吗", True),
    ("P404", "您差不多得了", True),
    ("P404", "适可而止吧您", True),
    ("P404", "见好就收吧", True),
    ("P404", "您高兴就好 我们也跟着开心", False),
    ("P404", "祝您生活愉快 开开心心的", False),
    ("P404", "我们不是万能的 但一定尽力帮您", False),
    ("P404", "随您方便 什么时候来网点都可以", False),
    ("P404", "您是专家 这些您肯定比我懂 我说的不对您指正", False),
    ("P404", "您心细 这个都注意到了", False),
    ("P404", "我替您着急 咱们赶紧先把卡冻结", False),
    ("P404", "适当的时候我们会再联系您", False),
    ("P404", "您一个人拿得了吧 要不要帮您叫车", False),
    ("P404", "我这脑子坏了 忘了跟您说 还需要带户口本", False),
    ("P404", "这叫什么事啊 系统又出问题了 真对不起您", False),
    ("P404", "您说话费劲的话可以慢慢说 我听着", False),
    ("P404", "这台机器有点老了 老掉牙的型号 我们会反馈", False),
    ("P404", "我都唔识呢个产品 帮您转接专人", False),
    ("P404", "您说的那个啥玩意儿 叫什么来着 哦对 电子钱包", False),
    ("P401", "这个办唔到", True),
    ("P401", "我唔知啊", True),
    ("P401", "唔得 呢个唔得", True),
    ("P401", "搞不定 没得法", True),
    ("P401", "这个不中", True),
    ("P401", "不得行", True),
    ("P401", "这不是我该管的", True),
    ("P401", "这事儿不该我管", True),
    ("P401", "别找我 找网点去", True),
    ("P401", "您这个说法根本站不住脚", True),
    ("P401", "不是这样的 您完全理解反了", True),
    ("P401", "想都不要想", True),
    ("P401", "门儿都没有", True),
    ("P401", "我而家唔得闲 迟啲回复您", False),
    ("P401", "这个不中用的旧卡可以剪掉", False),
    ("P401", "您特别找我有什么事吗", False),
    ("P401", "不晓得您方不方便", False),
    ("P401", "我晓得了 马上帮您办", False),
    ("P401", "您这个理解是对的 没有搞反", False),
    ("P401", "这个方法不得不说是最快的", False),
    ("P404", "补课是辅助 自己不看书 神仙来了也没用", True),
    ("P404", "那您要这么想我也没话说", True),
    ("P404", "您连二十六个字母都认不全吧", True),
    ("P404", "您这个年纪这个水平 学一年也够呛 我劝您别浪费钱了", True),
    ("P404", "办卡的时候挺积极的 一年来三次 现在想起来退了", True),
    ("P404", "这种卡要是都能退我们早关门了", True),
    ("P404", "您自己去翻翻协议吧 上面都有", True),
    ("P404", "那您这身材确实得好好练练了", True),
    ("P404", "你再这么闹下去 这房子你也别想租了", True),
    ("P404", "您这预算 在市区也就能租个车库吧", True),
    ("P404", "底片要另外买 你要就买 不要就算了", True),
    ("P404", "你自己学得慢还怪教练啊", True),
    ("P404", "你们小两口自己都没商量好 还来回折腾我们 我们这档期不是给你们玩的", True),
    ("P404", "您自己转的自己不记得", True),
    ("P404", "百分之百会开 您就等着吧", False),
    ("P402", "改不改我也不知道 又不是我说了算", False),
    ("P402", "您今天下午四点之前保证账户里有足够的资金", False),
    ("P402", "这个钱我们一定帮您全部追回来", True),
    ("P402", "我给您备注加急 一定在今天下午之前给您恢复", True),
    ("P402", "真的 我说话算数", True),
    ("P403", "给您添了麻烦 这顿饭钱就算我们请了", True),
    ("P401", "您刚才说觉得我们平台不行 能跟我说说是遇到了什么问题吗", False),
    ("P404", "那我再给您申请半年的万一佣金 这样总可以了吧", False),
    ("P403", "我做个主 给您退三百块钱", True),
    ("P403", "再给您退一千块钱压压惊", True),
    ("P403", "您下次来保养 工时费我们全给您免了", True),
    ("P403", "再把那两千块钱退一半给您", True),
    ("P403", "再裂了我们再补您钱", True),
    ("P403", "我这边给您申请了两百元的精神损失补偿", True),
    ("P403", "下次下单的时候直接给您免单", True),
    ("P403", "为了表示歉意 我给您的会员卡里充两百块钱", True),
    ("P403", "我马上给您充 再额外给您补五百积分", True),
    ("P404", "您自己找地方补一下漆就行", False),
    ("P404", "退不行 您自己找保险公司", False),
    ("P401", "您是说服务员跟您解释冻的更脆对吧 这个说法是不对的 应该给您换一份", False),
    ("P404", "大家都能开到七个油就您开十二个", True),
    ("P404", "那就别来呗", True),
    ("P404", "我干这行几年了我能不知道吗", True),
    ("P404", "您自己上网查查", True),
    ("P404", "座椅有记忆功能 按一下一号键就回去了 这都没用过吗", True),
    ("P404", "这个我做不了主 您要修就约 不修就算了", True),
    ("P404", "冰箱压缩机工作哪有不响的 您这是太敏感了", True),
    ("P404", "您自己先看看轨道 别什么事都打电话", True),
    ("P404", "您拍个视频发过来吧 我这边还有好多电话等着呢", True),
    ("P404", "您买车的时候销售都教过您的吧", True),
    ("P404", "这么基础的东西 开车前好歹看一眼说明书嘛", True),
    ("P404", "嗯 还有别的吗 没有我挂了", True),
    ("P404", "您确定是我们弄的 不是您自己刮的", True),
    ("P404", "您要这么较真那您去别的店", True),
    ("P404", "用烤箱不预热 那当然是生的了 这不是常识吗", True),
    ("P404", "您用之前先把说明书读一遍吧 说明书又不是摆设", True),
    ("P404", "我哪句说得不好了", True),
    ("P404", "宣传单上写的是周三会员积分翻倍 你看清楚再打电话好吗", True),
    ("P404", "字都不认识就别瞎投诉嘛", True),
    ("P404", "我们一天接几百个这种电话", True),
    ("P404", "这都几点了还为这点事打电话", True),
    ("P404", "您又打来了啊 不是跟您说了等着吗", True),
    ("P404", "您着急我们也着急啊 天天催有用吗", True),
    ("P404", "我口气怎么了 天天被你们催 换谁都烦", True),
    ("P404", "对对对 快去等着吧", True),
    ("P404", "这种基础的东西 自己不去了解 现在来怪我们", True),
    ("P404", "您下单都不看清楚 这都能弄错", True),
    ("P404", "记得带身份证 别到了那边又说忘了带 白跑一趟可不怪我们", True),
    ("P404", "那是您材料不全 怪不了别人", True),
    ("P404", "您能不能不要每一步都问 界面都是一样的", True),
    ("P404", "那您用的什么老古董手机 先升级吧", True),
    ("P404", "其他人都办完了 就您这个还没处理 我马上帮您催", False),
    ("P404", "如果没有其他问题 我先挂了 祝您生活愉快", False),
    ("P404", "您是第一次来我们网点吧 欢迎欢迎", False),
    ("P404", "这种基础的问题我们APP上也有说明 我给您讲一下", False),
    ("P404", "这个可不怪您 是我们系统的问题", False),
    ("P404", "后面的流程我给您讲清楚 您别着急", False),
    ("P404", "您这边不用担心 我们会跟进到底", False),
    ("P404", "您先别急着投诉 我看看能不能马上解决", False),
    ("P404", "您要是不想等 我们可以先给您登记 有结果通知您", False),
    ("P404", "不是跟您说的那样 我刚才可能讲得不清楚 我再说一遍", False),
    ("P404", "这台机器有点旧了 我们会反馈更换", False),
    ("P404", "没问题 我们是第一次遇到这种情况 会尽快处理", False),
    ("P404", "那您再打一百次也是在处理啊", True),
    ("P404", "我跟您保证明天肯定给您发出来 别再打了", True),
    ("P404", "您不方便的话别再打了 我们会主动联系您", False),
    ("P404", "您说排队这个事儿吧 哪家银行不排啊", True),
    ("P404", "您为这个打了三回电话 这电话费加上时间 其实都不止二十块了吧", True),
    ("P404", "连着输错五次也是挺厉害的哈", True),
    ("P404", "您要是再这样骂骂咧咧的 我这边就只能按骚扰来电记录了 到时候您再打进来 可就没这么方便了", True),
    ("P404", "这种投诉我们每天接一百个 都跟您差不多", True),
    ("P404", "您把硬币往存款机里塞啊 这操作也是有点离谱了 这个常识您没听说过吗", True),
    ("P404", "机器上贴着的呢 您稍微看一眼就知道了", True),
    ("P404", "是您先拍的桌子 您下次办业务呢 心平气和一点", True),
    ("P404", "您要觉得不公平 那您去法院告我们嘛 我们这么大一个银行 也不怕这个", True),
    ("P404", "您自己签的合同 您得自己看呀 反正扣都扣了", True),
    ("P404", "我们交通银行是国有大行 您操心这个干嘛呀", True),
    ("P404", "就两百块钱 又不是两万 大多数人都不会专门打电话问这个", True),
    ("P404", "好的呢亲 您说得都对 您最有道理", True),
    ("P404", "领导什么时候有空再给您回电话 反正您也不着急是吧", True),
    ("P404", "公告就挂在首页最上面 这么大的字 每个登录的人都能看到 就您没看到", True),
    ("P404", "你不想买直接拒绝就行了嘛 干嘛还要投诉呢 他还能拦着你不成", True),
    ("P404", "您这个理解能力嗯 还挺有个性的", True),
    ("P404", "对 恭喜您终于明白了", True),
    ("P404", "这个事儿您前前后后打了五次电话了 您也挺能折腾的", True),
    ("P404", "柜员给您存错了 这不可能 我们这种情况见多了", True),
    ("P404", "我们培训第一天就讲过了 您出国前就不先查查吗", True),
    ("P404", "请问您是否认真看了短信的内容呢", True),
    ("P404", "毕竟不是每个人都能一次看懂", True),
    ("P404", "可能您自己操作了又忘了吧 这次可别再忘了哦", True),
    ("P404", "女士 您今天下午已经是第四次来电了 每次问的都是同一个问题", True),
    ("P404", "系统恢复了就会到 您一直打电话它也不会快", True),
    ("P404", "您要是看过就不会这么问了 我总不能一条一条给您念吧", True),
    ("P404", "行行行 十几块钱都舍不得 那就当我没说", True),
    ("P404", "哈哈 您说的薅羊毛 应该是指我们这个月的周五五折美食活动吧", False),
    ("P404", "我这边系统刚才卡住了 转了半天圈 我自己都无语了 请您再稍等几秒", False),
    ("P404", "韩国有些机器走当地网络 你换一家银行的机器试试", False),
    ("P401", "激活需要本人到内地的网点办理 香港分行那边是办理不了内地账户业务的", False),
    ("P401", "临时额度部分办理不了分期 到期前需要一次性还清", False),
    ("P401", "这个我们这边办理不了", True),
    ("P404", "反正来都来了 我帮您一起办了", False),
    ("P404", "大家心平气和一点 我们一起解决", False),
    ("P404", "就您没收到短信 我帮您重发一条", False),
    ("P404", "这种情况我们见多了 您放心 能处理好", False),
    ("P404", "我终于明白您的意思了 您是要改账单日", False),
    ("P404", "您的号码可能被手机按骚扰电话拦截了", False),
    ("P404", "我们会根据情况看一下 如果您不方便可以下次再来", False),
    ("P404", "需要您自己看一下合同条款 我也可以给您念一下", False),
    ("P404", "哪家银行都可以转 手续费不一样", False),
    ("P404", "您的心情我理解 换成是我也会着急", False),
    ("P404", "那么大的公司 一个件还能丢了不成", False),
    ("P403", "这单我给您全额退了 东西您也不用寄回来了", True),
    ("P403", "下个月的月租我给您免了", True),
    ("P403", "给您加送一年的延保", True),
    ("P403", "这次消费我们请客", True),
    ("P403", "按照平台规则 延误超过三十分钟可以获得五元红包", False),
    ("P403", "您可以申请运费险理赔", False),
    ("P403", "关于补偿的事情 需要提交给售后审核", False),
    ("P403", "如果核实确实是质量问题 可以按三包规定退换", False),
    ("P403", "退款会原路返回 三到五个工作日到账", False),
    ("P403", "这张优惠券是活动赠送的 所有会员都有", False),
    ("P403", "差价我帮您问问商家能不能退", False),
    ("P403", "赔偿标准是按照保价金额来的", False),
    ("P403", "按规定这个费用是可以给您免掉的 您符合条件", False),
    ("P403", "这个东西不用寄回来 我们安排师傅上门取件", False),
    ("P403", "这个季度的活动是加送一个月会员 所有新用户都有", False),
    ("P403", "年费的话 您刷满六次就可以免", False),
])
def test_unseen_phrasings_in_an_answer(rule_id, said, fires):
    (assert_fires if fires else assert_quiet)(answered(said, customer="好的"), rule_id)


@pytest.mark.parametrize("rule_id, customer, said, call_type, fires", [
    ("E501", "我要投诉 柜员办个业务办了一个多钟头", "让您等了这么久 实在是抱歉 换做是谁都会着急的",
     "inquiry", False),
    ("E501", "我孙子说有链接的都是骗子", "是的 正规短信不会带链接", "inquiry", False),
    ("E501", "那他们不会乱扣钱吧", "办任何业务都需要您本人同意", "inquiry", False),
    ("E502", "我觉得转账可以加个撤回功能", "好的 那还有别的方面吗", "other", True),
    ("E502", "我想建议下 电话菜单能不能加上粤语", "这个想法很有参考价值 谢谢您替老人家着想",
     "suggestion", False),
    ("E502", "周末多开几个窗口吧", "您提的这个很有道理 我会转给网点负责人", "suggestion", False),
    ("E502", "手机银行能不能给信用卡设置自动还款", "可以的 在信用卡频道里设置", "inquiry", False),
    ("K701", "部机啱啱食咗我张卡", "您当日就可以去网点把卡领回来", "other", True),
    ("K701", "我的卡让机器吞了", "您明天上午网点开门以后 带上本人身份证到柜台领卡", "other", False),
    ("K702", "机器响了半天 钱莫得出来 卡上扣了三千", "请您等网点通知", "other", True),
    ("E502", "我觉得你们应该周日也开 你们可以考虑轮休嘛", "周日目前是不营业的", "inquiry", True),
    ("E502", "我建議你們把基金的費率寫清楚一點", "謝謝您替我們著想 這個意見很中肯", "suggestion", False),
    ("K701", "我在存款机存了两万 钱被吞进去了 卡上只显示一万五", "加急的话次日就会处理完毕",
     "inquiry", False),
    ("K701", "我刚取钱 卡被吞进去了", "您明天去柜台领就行了", "inquiry", True),
    ("K702", "在你们存款机上存了五千 钱进去了 账上没显示", "网点核实清楚以后会主动联系您",
     "inquiry", True),
    ("K702", "我在网点柜台存了钱三天了还没显示", "好的 我帮您查一下", "inquiry", False),
    ("K702", "显示交易成功但是没吐钱", "这种情况等网点那边清机对账", "inquiry", True),
    ("E501", "必须刷脸 你这什么态度", "这是监管要求", "inquiry", False),
    ("E501", "你们柜员什么态度 爱理不理的", "请问是哪个网点", "inquiry", True),
    ("E502", "动账短信能不能把对方户名也显示出来 我觉得加上会好很多", "目前格式是统一的",
     "inquiry", True),
    ("E502", "我提个建议 字能不能调大一点", "谢谢您提的这个建议 确实很实用", "suggestion", False),
    ("E503", "那个客服解释得很清楚 你们服务真的挺好的", "请问是什么问题", "inquiry", True),
    ("E503", "你们新版App挺好用的 比以前快多了", "刷脸转账单笔最高五万", "inquiry", True),
    ("E504", "我们公司的对公账户网银证书快过期了",
     "请报一下单位名称和账号后六位 我核实一下 好的核对上了", "account", False),
    ("E504", "我要开通短信提醒 身份证号码和手机号都给你了", "好的 信息已经核对一致了 已经帮您开通",
     "account", False),
    ("E504", "我手机号换了 帮我把卡上的号码改一下", "好的 已经帮您把这张卡的预留手机号改成新的号码了",
     "inquiry", True),
    ("E504", "我卡被司法冻结了 今天能解冻吗", "需要您先联系冻结的机关 可以带身份证去开户网点查",
     "inquiry", False),
    ("E504", "不知道啊 就转转账 看看余额", "好的 那您觉得转账的流程方便吗", "other", False),
    ("K701", "取款机没吐卡 我的卡卡在里面了", "您直接去和平路支行的柜台问一下就好", "other", True),
    ("K701", "我在自助机上查余额 卡没出来", "您过几天带上身份证再来网点领就可以了", "inquiry", True),
    ("K701", "你们ATM吞了我的存款 我存了五千", "这种情况一般三个工作日内就会处理完", "complaint",
     False),
    ("K702", "取款机没吐卡 我的卡卡在里面了", "您直接去柜台问一下就好", "other", False),
    ("K702", "我在ATM存钱 放进去三千 结果只显示存了两千五", "等网点清点完就会处理", "inquiry", True),
    ("K702", "我存了五千 机器显示只存进去四千九", "核对清楚了就会处理", "other", True),
    ("E504", "能不能在APP里直接查流水", "您这个想法挺实在 谢谢您帮我们想得这么细", "suggestion", False),
    ("K702", "你们的机器把我的钱吞了 一千块", "您这个情况我已经登记了", "complaint", True),
    ("K702", "我用信用卡在ATM取现 机器响了半天没出钱", "一般会自动退回的 您再等等", "other", True),
    ("K702", "我取了两千 回家一数少了两百", "请问是在哪里取的", "other", True),
    ("K702", "我的信用卡在你们ATM上取钱 被吞了", "您带上本人身份证去网点领卡", "other", False),
    ("K702", "我在存款机存了三千 卡上只进来两千八 少了两百", "好的 我记录下来了 核对以后会联系您",
     "inquiry", True),
    ("K701", "我张卡俾你哋部柜员机食咗啊 点算", "您带上身份证到这个分行的柜台领取就可以了", "other",
     True),
    ("K701", "我的卡遭取款机吃了 咋个办哦", "夜间吞的卡 您明天白天带上身份证原件 到这个网点柜台领取",
     "other", False),
    ("E504", "我想查一下我卡上绑的是哪个手机号", "好的 您卡上预留的手机号是一五八幺二三四六七八九",
     "account", True),
    ("E504", "我想改一下限额", "可以的 请问您开户时候留的手机号是多少", "account", False),
    ("E504", "网上说冻结的银行卡要交解冻费 是真的吗", "这是诈骗 我们银行解冻账户从来不收任何费用",
     "inquiry", False),
    ("E504", "对方说我卡号填错了 要交钱才能解冻放款", "这是典型的贷款诈骗 请您别转", "inquiry", False),
    ("E504", "我刚收到个短信 说我社保卡要冻结了", "这个是诈骗短信 我们不会发链接让您操作", "inquiry",
     False),
    ("E504", "我的社保卡丢了 挂失完了 补卡要带啥", "补卡的时候请您一定带上本人身份证原件", "inquiry",
     False),
    ("E504", "我听说有个反诈专线 是多少", "如果卡被骗转账 请您报警 我们可以帮您冻结自己的卡", "inquiry",
     False),
    ("E504", "我挂失的卡还能被人刷", "我看一下您的挂失记录 找到了 您尾号七七零三的这张卡是前天晚上九点挂失的"
     " 挂失之前的交易请您到网点填一下争议交易的表格", "complaint", True),
    ("E504", "你們客服說幫我凍結卡 結果沒凍成", "請您提供一下身分證號碼 我核對一下身分 我現在重新幫您凍結",
     "complaint", False),
    ("E502", "我建议你们在取款机旁边贴个大一点的防诈骗提示", "谢谢您 这个意见非常实在 我会整理好反馈给部门",
     "suggestion", False),
    ("K701", "提个建议 你们的取款机吞卡以后 屏幕上应该直接显示官方电话", "吞卡以后屏幕上是有提示的",
     "suggestion", False),
    ("K701", "我在加油站旁边那台你们的取款机取钱 卡出不来了", "您三个工作日以后去管这台机器的网点领取就行",
     "inquiry", True),
    ("K702", "我在你们自助银行取了两千 回家数了一下 就一千九 少了一百", "我帮您提交差错处理", "inquiry",
     True),
    ("K702", "我在ATM存錢 機器吞了五百 沒有存進去", "好的 已經幫您登記了 網點會核對處理", "inquiry", True),
    ("K702", "我在存款机里存了三千块 它数完钱说交易失败 钱也没退出来 卡上也没有",
     "好的 这笔情况我已经给您登记了 后续网点核实清楚会联系您", "other", True),
    ("K702", "商户说退款了 钱怎么还没退回来", "商户的退款已经发起了 请您耐心等待", "inquiry", False),
    ("K701", "我孩子的卡冻了一个星期了还不给解 孩子在学校吃饭都没钱", "实在抱歉 我先核对一下持卡人的身份",
     "complaint", False),
    ("E502", "我提个建议 孩子的卡每次消费 能不能也发短信到我手机上", "嗯 谢谢您提这个建议 我会反馈给相关部门",
     "suggestion", False),
    ("E504", "我就问问我那存折丢了 上回补的新存折什么时候能拿", "补办的存折一般是当场就能拿到的", "complaint",
     False),
    ("E504", "我卡上前两天少了二十九块 不知道是什么钱", "好的 我给您查一下交易明细 这笔是十一月二十四号扣的",
     "inquiry", True),
    ("E504", "我忘了手机银行登录密码 能帮我重置一下吗", "可以的 你等下会收到一条短信 里面有临时密码",
     "inquiry", True),
    ("E501", "我要投诉 你们取款机少给了我三百", "少了钱肯定着急 我非常理解 先跟您核实一下身份", "complaint",
     False),
    ("E501", "我上午在你们网点等了一个多钟头 最后告诉我办不了", "对不起 让您白等了这么久 这次确实是网点做得不到位",
     "complaint", False),
    ("K702", "我在存款机存了五千 它只给我记了四千五", "好的 我帮您登记 等网点对完账就处理", "inquiry", True),
    ("K702", "我在你们存款机上存了五千 钞票进去了 卡里只多了四千", "好的 等对账以后短信告诉您", "inquiry",
     True),
    ("K702", "网点的人说定期利率是二点五 我存了才发现只有一点九", "利率跟您当时听到的不一样 真的很抱歉",
     "complaint", False),
    ("K702", "存折上怎么少了两百", "我帮您看一下 是扣了短信服务费", "inquiry", False),
    ("K702", "我想把借记卡的日取现额度调低一点 最近诈骗太多了", "好的 确认一下是您本人", "account", False),
    # round 12
    ("E501", "我都被转了三次了 你们到底谁管", "让您这样来回转接 真是过意不去 您先说一下具体是什么问题",
     "complaint", False),
    ("E501", "我都问了四次了", "理解您着急 调查还在进行中", "complaint", False),
    ("E501", "钱被取走了", "理解您现在的心情 请您报一下姓名", "complaint", False),
    ("E502", "还行 就是周末不开门 你们周末能不能也开个半天", "嗯 那网点服务这块您打几分", "other", True),
    ("E502", "你们的境外汇款能不能支持扫码啊 我觉得会方便很多", "感谢您提出来 这个需求我会转达给负责的同事",
     "suggestion", False),
    ("E502", "上次丢卡你们客服帮我很快挂失了 我觉得你们做得挺好的", "谢谢您的肯定", "praise", False),
    ("E503", "你们那个信贷员小王 真不错 下雨天还跑到我家地里来看", "嗯 好的 那贷款的钱您收到了吧", "other",
     True),
    ("K701", "我刚在网点门口那个取款机取钱 卡被吞了", "您明天到这个网点柜台就能领回来 您办业务的时候身份证最好随身带着",
     "inquiry", True),
    ("K701", "我张卡喺口岸嘅提款机度俾佢食咗", "口岸那台是离行设备 三个工作日后到指定网点领取 报一下您的姓名就可以了",
     "inquiry", True),
    ("K701", "取款机把我的卡吞了", "您今天下午就可以去柜台领 请您带上您的护照", "inquiry", False),
    ("K701", "卡在你们那个机器里面出不来", "您当天就可以领 请您拿上身份证到柜台说明一下", "inquiry", False),
    ("K702", "你们说的理财年化百分之三 结果只给了一点八", "非常抱歉让您失望了", "complaint", False),
    ("E504", "喂 那个助农服务点查余额收钱吗", "在服务点查询余额是免费的", "inquiry", False),
    ("E504", "我的卡在国外刷不了 帮我开一下境外交易", "好的 已经给您打开境外交易开关了", "inquiry", True),
    ("E504", "我今年的购汇额度还剩多少啊", "我帮您查一下 您今年已经用了三万美元 还剩两万美元的额度", "inquiry",
     True),
    ("E504", "我叫刘芳 想问一下我前天汇去日本的钱到了没有", "查到了 您这笔汇款昨天已经到了对方银行", "inquiry",
     True),
    ("E504", "那你们能帮我调一下额度吗", "额度这块我没权限 没法给您调", "inquiry", False),
    # round 13
    ("E504", "我要查余额", "请您点左边的账户管理 再点余额查询就能看到了", "inquiry", False),
    ("E504", "我要投诉 我在你们网点办个挂失 等了三个小时", "您先消消气 让您等这么久 这确实是我们做得不好",
     "complaint", False),
    ("E504", "我换手机号了 帮我把你们那边留的号码改一下", "好的 已经帮您把账户绑定的手机号改成新的了", "account",
     True),
    ("E503", "你好 我上次打电话是一个男客服帮我弄的 他讲得特别清楚 人特别好", "嗯 请问您这次需要办理什么业务",
     "inquiry", True),
    ("E503", "很顺利 你们那个信托顾问小黄非常专业", "好的 那合同文件您都收到了吗", "other", True),
    # round 14
    ("E501", "你不会是骗子吧 你们就是骗子 我不信", "您谨慎一点是对的 请您挂断以后拨打九五五五九核实", "other",
     False),
    ("E502", "我提个建议 你们app能不能加个夜间模式", "女士 谢谢您这么细心地给我们提意见 我会提交给相关业务部门参考",
     "suggestion", False),
    ("E503", "你们客服现在比以前好打多了 点个赞", "能得到您的认可 我们很开心 请问今天还有什么需要", "praise", False),
    ("K702", "我想把取现限额调高一点 每天取两万不够", "好的 先核实一下身份", "account", False),
    ("K702", "放款拖了一个月 我房子都快被开发商收回去了", "您的抵押登记还没办好", "complaint", False),
    ("E504", "我刷脸失败次数太多 人脸功能被锁定了", "我这边先帮您把人脸识别的锁定解除 都处理好了", "account", True),
    # round 15
    ("E501", "我想查一下换卡那几天有没有乱扣钱", "可以的 先核对一下您的身份", "account", False),
    ("E504", "你们太差了 新卡寄丢了两次 我到现在都没卡用", "真的很抱歉 您的心情我能体会", "complaint", False),
    ("E504", "那个新卡的挂失电话跟原来一样吗", "是一样的 挂失都是拨九五五五九", "inquiry", False),
    ("K701", "我把新卡插到取款机里 它又给我退出来了 卡没被吞 就是退出来了", "激活以后就能正常取款了", "inquiry",
     False),
    ("E501", "我卡里怎么少了两百块 是不是你们乱扣钱了", "先生我帮您查一下 请您先报一下卡号后四位", "account",
     False),
    ("K702", "我就想存三年 但是我手上只有十五万 不行吗", "对不起先生 大额存单起存确实是二十万", "inquiry", False),
    ("K702", "我在你们ATM上取三千 出来只有两千五", "好的 我先帮您登记", "inquiry", True),
    ("E502", "还行吧 就是我觉得你们的填单太多了 能不能少填几张", "嗯 好的 那请问您对柜员的服务态度打几分呢",
     "other", True),
    ("E503", "好的 弄好了 你这个小姑娘讲得真清楚 比我儿子还有耐心", "嗯嗯 好的 请问还有其他问题吗", "inquiry",
     True),
    ("E503", "讲了 讲得挺清楚", "好的 那您打几分", "other", False),
    ("K701", "我的卡刚刚在你们解放路网点门口的取款机里被吞了", "您明天直接去网点柜台领就行", "inquiry", True),
    # round 16
    ("K701", "网点里面的机器吞卡了", "卡由胜利路支行保管 您明天直接带身份证去柜台就能领", "inquiry", False),
    ("K701", "我听人说那个取款机会吃卡 我不敢用 怎么才能不被吃啊", "请您取完钱先拿卡 再拿钱", "other",
     False),
    ("K702", "我在你们手机银行买机票 钱扣了票没出来", "非常抱歉 扣款一般是支付失败自动退回的", "complaint", False),
    ("E501", "我投诉你们网点保安 态度特别凶", "您碰到这样的事心里肯定很不舒服 我理解 是哪个网点", "complaint",
     False),
    ("E501", "我等了五十分钟 你们怎么回事", "让您等了这么久 真的很对不起 夜里来电太多了", "complaint", False),
    ("E501", "你们寄来的电水壶是坏的", "哎呀这太糟心了 请您报一下姓名", "complaint", False),
    ("E502", "我提个意见 你们转人工太慢了", "您的建议我已经记录下来了 会转交相关部门参考", "suggestion", False),
    ("E502", "我提个意见 你们转人工太慢了", "您这个意见提得在理 我记下来了", "suggestion", False),
    ("E502", "我提个意见 你们转人工太慢了", "好的 我会转给相关部门", "suggestion", True),
    ("E504", "什么破服务 我卡被冻结了 网点让我等了两个小时最后说办不了", "您先消消气 我这边给您登记投诉",
     "complaint", False),
    ("E504", "我老伴的存折挂失补办都一个礼拜了 还没补好", "真是对不起 我这就联系网点", "complaint", False),
    # round 17
    ("E504", "糟了 我插卡查余额 机器说超时 卡没吐出来", "您这种情况是吞卡了 请您次日带身份证到网点领卡", "inquiry",
     False),
    ("E504", "我想问一下信用卡挂失是打这个电话吗", "信用卡挂失可以拨打九五五五九 都是二十四小时的", "inquiry", False),
    ("E504", "万一以后被骗了 打电话过来能马上冻结卡吗", "可以的 您打九五五五九转人工 核实完身份以后就能帮您临时冻结",
     "inquiry", False),
    ("E504", "我要投诉你们那个网点 我被骗以后去办冻结 他们让我排了两个小时队", "您投诉的内容我记下了 会转给网点负责人",
     "complaint", False),
    ("E504", "我想查一下我的理财持仓", "查询之前我需要先验证一下您是否本人 麻烦您在电话按键上输入这张卡的查询密码",
     "account", False),
    ("E504", "我想查一下商户预留的联系电话", "请您先说一下商户名称和法人姓名 我核对一下", "account", False),
    ("K701", "取款机把我的卡吞了 怎么办啊", "请您带上本人身份证去站前路网点柜台办理领卡手续 今天来电的内容我都记下了",
     "inquiry", True),
    ("K702", "我存钱的时候放进去一万 结果只给我记了八千 ATM少算了两千", "我给您登记一下 网点会对机器里的现金做核对",
     "inquiry", True),
    ("K702", "你们网点把我存的钱搞错了 存了三千只记了两千", "网点已经在核对了", "complaint", False),
    ("K702", "我在你们ATM存钱 机器卡住了 存进去的两千块到现在没入账", "您放心 明天就打到您卡上", "complaint", False),
    ("E502", "那你们能不能搞个家庭账户", "目前还没有家庭共享理财账户 请两位分别操作", "inquiry", False),
    # round 18
    ("E504", "我卡丢了 不过已经在网点挂失过了 想问问新卡什么时候能做好", "一般是七到十个工作日", "inquiry", False),
    ("E504", "我查了一下明细 发现上个月多扣了十块钱年费 这个年费是怎么收的", "年费是按卡种收取的", "inquiry",
     False),
    ("E504", "我想知道冻结和止付有什么不一样", "冻结是司法机关要求的 止付是", "inquiry", False),
    ("E504", "我朋友说他的卡被冻结了 是不是你们系统出问题了", "系统是正常的", "inquiry", False),
    ("E504", "听说卡丢了要马上挂失 挂失以后卡里的钱会不会没了", "不会的 挂失以后钱都在", "inquiry", False),
    ("E504", "我老公的卡丢了 帮他挂失一下", "好的 已经帮您办理了挂失", "inquiry", True),
    ("E504", "我明天去网点办补卡 卡丢了 没有卡行吗", "补卡需要本人办理 请您一定带上身份证原件", "inquiry",
     False),
    ("E504", "帮我查一下余额", "麻烦您把身份证上的号码念一下", "account", False),
    ("K702", "卡在身上 就是取多了机器不让", "取款机每天是有限额的", "inquiry", False),
    ("K702", "我卡被你们机器吞了 急着用钱", "您拿着有效身份证件去柜台领就行", "inquiry", False),
    # round 19: Cantonese and Min-flavoured cues
    ("K701", "我张卡喺ATM畀佢吞咗 点算", "好的 我登记一下 会通知网点处理", "inquiry", True),
    ("K701", "我张卡卡咗喺ATM入面 吐唔出嚟", "您带上本人的身份证到网点柜台领取就可以", "inquiry", True),
    ("K702", "我喺存款机存咗五千 钱已经食咗入去 但系屏幕话交易失败", "网点清机的时候会核对", "inquiry", True),
    ("K702", "我取三千 佢得两千九百 少咗一百", "这种情况要等网点清机对账", "inquiry", True),
    ("K702", "我刚刚在提款机领钱 它扣了我的钱 钞票没有出来耶", "这种情况我这边登记 网点核对之后会退还",
     "inquiry", True),
    ("K702", "昨天晚上取款 机器显示成功 但是少了一千块钱", "我们会尽快给您处理", "account", True),
    ("E504", "有个人打电话俾我 话我张卡要冻结", "我们银行的工作人员是不会向您索要验证码的", "inquiry", False),
    ("E503", "你们上次那个客服小姐讲得好清楚 真的很专业", "个人养老金账户开通以后就可以选购基金", "inquiry",
     True),
    # round 20
    ("E504", "我收到新的信用卡了 要开卡", "好的 请问您申请时留的生日 跟身分证字号后四码", "account", False),
    ("E504", "我刚刚输错密码两次 第三次再错是不是就锁卡了", "不要紧 输错三次当天会暂停提款功能", "inquiry", False),
    ("E501", "我要客诉 你们的语音系统转了五次才转到真人", "真的很不好意思 造成您的不便", "complaint", False),
    ("E501", "因为你们系统故障 我被收了滞纳金 你们得负责", "非常理解 这确实不是您的原因", "complaint", False),
    ("K701", "我刚刚在ATM领钱 讲个电话忘了拿卡 结果卡被收回去了", "隔天就可以去分行柜台领回", "inquiry", True),
    ("K701", "我的银行卡 那个ATM机 它吞了", "吞下的卡网点会收好的 您放心", "inquiry", True),
    ("K701", "俺那个卡取不出来钱了 咋回事啊", "请您说一下预留手机号 先核对一下身份", "inquiry", False),
    ("K702", "我取一千 机器吐了一千五出来 多的钱我想还回去", "请您把多出来的钱交到附近的网点", "inquiry", True),
    # written from speech: praise and suggestions in any call, and thanks for them in other words
    ("E503", "你们那个网点的大堂经理真是没得说", "好的 请问还有别的需要吗", "other", True),
    ("E503", "我得给你们那位客户经理竖个大拇指", "好的 请问还有别的需要吗", "other", True),
    ("E503", "你们柜台的小刘办事利索 人也和气", "好的 请问还有别的需要吗", "other", True),
    ("E503", "上次接电话的那位耐心得很 我得说一声", "好的 请问还有别的需要吗", "other", True),
    ("E503", "真心觉得你们的服务越来越好了", "好的 请问还有别的需要吗", "other", True),
    ("E503", "你们的人还专门上门给我办 真是太暖心了", "好的 请问还有别的需要吗", "other", True),
    ("E502", "我有个想法 你们app的字能不能做大一点", "好的 请问还有别的需要吗", "other", True),
    ("E502", "提个小意见 排号机能不能放到门口", "好的 请问还有别的需要吗", "other", True),
    ("E502", "你们要是能在小区里放个取款机就好了", "好的 请问还有别的需要吗", "other", True),
    ("E502", "我觉得你们转人工的菜单太长了 应该缩短一点", "好的 请问还有别的需要吗", "other", True),
    ("E502", "说明书写得太专业了 建议写得通俗点", "好的 请问还有别的需要吗", "other", True),
    ("E502", "要我说 你们应该给老年人开个专门的通道", "好的 请问还有别的需要吗", "other", True),
    ("E503", "你们那个小姑娘服务特别好", "哎呀 谢谢您这么说 我一定转告她", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "听到您这么说真高兴 这都是我们该做的", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "您太客气了 能帮上忙就好", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "您的鼓励我们收到了", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "感谢您百忙之中还打电话来表扬我们的同事", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "有您这句话 我们再辛苦也值了", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "谢谢您 这是我们的本分", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "您这么认可我们 真的非常感谢", "praise", False),
    ("E503", "你们那个小姑娘服务特别好", "我们会做得更好的", "praise", False),
    ("E502", "我提个建议 你们app字太小了", "谢谢您这么用心 这个建议我记下了", "suggestion", False),
    ("E502", "我提个建议 你们app字太小了", "这个建议提得好 我们一定反馈上去", "suggestion", False),
    ("E502", "我提个建议 你们app字太小了", "多谢您的金点子", "suggestion", False),
    ("E502", "我提个建议 你们app字太小了", "您这个建议对我们改进服务很有帮助", "suggestion", False),
    ("E502", "我提个建议 你们app字太小了", "您的意见我们会认真对待", "suggestion", False),
    # round 21
    ("E501", "我的卡补办了半个月了还没寄到 你们效率也太低了", "让您等了这么久 实在是不好意思",
     "complaint", False),
    ("E501", "我在酒吧刷不了卡 丢死人了 我要投诉你们", "好的 这么晚辛苦您了", "complaint", True),
    ("E504", "我想问一下挂失以后还能还信用卡吗", "可以的 挂失不影响还款", "inquiry", False),
    ("E504", "我想问问夜里能不能办挂失", "可以的 电话挂失是二十四小时的", "inquiry", False),
    ("E504", "境外刷卡被盗刷以后打哪个电话", "国内可以拨打九五五五九", "inquiry", False),
    ("E504", "我在手机银行上找不到挂失在哪", "首页点我的 然后点安全中心", "inquiry", False),
    ("E504", "我投诉你们网点 我去挂失补卡 柜员对我大呼小叫的", "让您受委屈了 请问是哪个网点",
     "complaint", False),
    ("E504", "我看网上说境外刷卡被盗只要打电话你们就全额退", "这个要走争议流程", "inquiry", False),
    ("E504", "我换了芯片卡以后还会被盗刷吗", "芯片卡安全性高很多", "inquiry", False),
    ("E504", "我想问一下平时查余额有哪些办法", "手机银行 网上银行 ATM都可以查", "inquiry", False),
    ("E504", "我的卡丢了 帮我挂失", "好的 已经为您办理口头挂失", "inquiry", True),
    ("K701", "我刚刚在外面的机器上取钱 按完密码卡就缩回去了", "您去管这台机器的网点问问就可以了",
     "inquiry", True),
    ("K701", "我晚上在你们门口那个机器取钱 它把卡留下了", "您第二天到这个网点就能领回来", "inquiry",
     True),
    ("K701", "我的信用卡额度被银行收回了 怎么回事", "我帮您查一下", "inquiry", False),
    ("K702", "我取一千块钱 就出来五张 我数了好几遍 就五百", "好的 我帮您登记一下", "inquiry", True),
    ("K702", "我在存款机存了两千 机器卡住了 钱没进账", "等网点通知就行", "inquiry", True),
    ("K702", "我在自助银行取钱 卡被吞了 现在晚上十点多了",
     "您明天一早带上身份证原件去网点领就行", "inquiry", False),
    # round 22
    ("E501", "我的卡半夜被人在外地刷了八千 你们怎么管的", "您先别慌 遇到这种事谁都着急", "complaint",
     False),
    ("E502", "四分吧 我觉得还款提醒应该提前三天发", "好的 那第二个问题", "other", True),
    ("E503", "哦 原来是这 你说话真有耐心 比俺儿子都强", "改的时候请您把新手机带上", "inquiry", True),
    ("E504", "我想问一下怎么查我的分期还剩多少", "请您在买单吧APP首页点分期", "inquiry", False),
    ("E504", "你们风控太厉害了 昨天有人盗刷我的卡 你们一分钟就打电话给我了", "那张卡现在已经止付了",
     "praise", False),
    ("E504", "你帮我看看我卡上最近是不是有一笔五百多的扣款", "好的 我看一下您最近的交易", "inquiry",
     True),
    ("K701", "我那个卡让你们柜员机给吞了", "您今天五点之前带上本人的身份证到营业厅柜台就能领回来",
     "inquiry", False),
    ("K702", "我取了一回钱 卡里扣了两回", "这个已经帮您报上去了 过几天就退回来了", "inquiry", True),
    ("K702", "我在存取款机上存钱 钱放进去了 卡里没有", "网点开机核对以后会给您存进卡里", "inquiry",
     True),
    # round 23
    ("K702", "我在ATM取钱被扣了两次手续费 你们这是怎么搞的", "实在抱歉 我帮您查一下", "complaint",
     False),
    ("E501", "我要投诉 那个保险根本不是我想买的", "先别着急 请问是哪一份保险呢", "complaint", False),
    ("E501", "你们说错了 我买的时候明明说是保本的", "对不起 让您有这样的误会 我先核对一下情况",
     "complaint", False),
    ("E501", "我要投诉 柜员办个业务办了一个多钟头", "不好意思 让您久等了", "complaint", True),
    ("E502", "你们能不能弄一张清单 一次把要的材料都写清楚",
     "谢谢您在这么难的时候还替别的家属着想 这个建议我马上登记", "suggestion", False),
    ("E503", "上次那个姑娘帮我办挂失特别耐心 真是个好孩子", "青年路支行周六是开门的", "inquiry", True),
    ("E504", "我今天在柜台办的挂失补卡 你保证我下周一能拿到新卡吗", "补卡一般是七到十个工作日",
     "inquiry", False),
    ("E504", "我想问下卡在国外丢了怎么办", "请您第一时间打我们的境外服务热线 先做一个挂失",
     "inquiry", False),
    ("E504", "我的理财到期三天了钱没到账", "我这边按您的来电号码看一下 查到您名下有一笔理财",
     "complaint", True),
    ("E504", "卡丢了 没有卡行吗", "可以的 您带身份证到网点 柜员会通过身份证查到您名下的卡", "inquiry",
     False),
    # round 24
    ("E501", "我就改个手机号 你们非要我去网点 太折腾人了", "要专门跑一趟 确实有点麻烦 我理解",
     "complaint", False),
    ("E501", "我在你们ATM上取钱 钱没拿到卡里却扣了", "钱没取到却扣了款 谁碰上都着急", "complaint",
     False),
    ("E501", "我的卡忘在你们ATM上了 被人捡走取了五百块", "卡被人捡走还取了钱 您现在很着急吧",
     "complaint", False),
    ("E504", "我卡在外地刷不了 你们莫名其妙给我锁了", "好的 我现在给您解除限制", "complaint", True),
    ("E504", "这个月信用卡账单多了好几笔我不认识的消费 你们给我查查", "两笔九十九元都是一个音乐软件的年费会员",
     "complaint", True),
    ("E504", "我现在一共还欠多少", "您这张卡目前全部欠款是一万两千三百四十元", "other", True),
    ("E504", "好的 你顺便帮我开通一下吧", "没问题 我这边直接给您激活了", "other", True),
    ("E504", "还没呢 这玩意儿咋整啊", "请您带上社保卡和身份证到网点 柜员会帮您激活", "other", False),
    ("E504", "那钱还能追回来吗", "警方已经冻结了对方账户 后续请您配合警方调查", "other", False),
    ("E504", "就是查明细的时候", "好的 这个我帮您记录下来 反馈给技术部门优化", "other", False),
    ("K701", "地铁站那台 晚上十点多吞的", "三个工作日以后去指定网点取就可以", "other", True),
    ("K701", "我的卡忘在你们ATM上了 被人捡走取了五百块", "我先帮您把这张卡临时挂失", "complaint", False),
    ("K701", "我用你们的存款机存了五千 机器卡住了 钱收进去了没入账", "网点清点以后会给您补入账",
     "inquiry", False),
    # round 25
    ("E501", "你们怎么回事 老给我发短信 烦死了", "不好意思打扰到您了 您收到的是哪一类短信呢", "complaint",
     False),
    ("E502", "附近一台你们的取款机都没有 你们应该在这放一台", "最近的自助银行在幸福路上", "inquiry", True),
    ("E502", "你们短信能不能把商户名字也写上啊", "请您先报一下姓名和卡号后四位", "account", True),
    ("E502", "要按好几层才能转人工 我觉得应该一开始就让按零转人工", "您可以先按九再按零", "inquiry", True),
    ("E503", "对了 上次你们那个客服小姑娘可有耐心了", "您卡里的余额是三千二百元", "account", True),
    ("E504", "哦 提多少啊", "可以从现在的两万调到三万五 我这边直接帮您调整好", "other", True),
    ("E504", "哦是我 我在日本这边买东西", "好的 那我这边就把拦截解除掉 您可以重新再刷一次", "other", True),
    ("E504", "查余额 转账", "明白了 我们会把您的使用反馈提交给技术部门优化", "other", False),
    ("K701", "我卡插进去以后屏幕就黑了 卡也退不出来", "您去附近网点问问", "inquiry", True),
    ("K702", "我取钱的时候钞票卡在出钞口了 只出来一半 后来又缩回去了", "这个情况我们会尽快帮您核实处理的",
     "account", True),
    ("K702", "你们ATM没给我出钱 可是钱扣了 六百", "明天下班前就会处理完毕 钱会退回到您的卡里", "inquiry",
     False),
    ("E502", "你们能不能帮我开一个英文的存款证明", "可以的 英文存款证明在任意网点都能开具", "inquiry", False),
    ("E502", "你们信用卡的账单能不能改成电子账单", "可以的 在买单吧APP的账单设置里面选择电子账单", "inquiry",
     False),
    ("E501", "嗯 是我", "不好意思打扰您了 关于您反映的年费问题 我们核实了 年费已经退回", "complaint", True),
    ("E504", "可以啊 能提多少", "系统评估可以提到五万元 您同意的话我现在就给您提交", "other", False),
    ("E501", "我要投诉你们", "我明白您着急的心情 我马上帮您处理", "complaint", False),
    ("E501", "我要投诉你们", "我明白您的意思 我马上帮您处理", "complaint", True),
    # sent to the police and told to lock the card in the app: nothing done on the phone
    ("E504", "我的卡被盗刷了两万 你们要赔给我", "请您先到派出所报案 另外请您先在手机银行把卡临时锁定",
     "complaint", False),
    ("E504", "我的卡被盗刷了两万 你们要赔给我", "我先帮您把卡临时冻结", "complaint", True),
    ("E503", "哎 你们这个电话现在好打多了 一下子就接通了", "请您报一下姓名", "account", True),
    ("E504", "我想问 在你们ATM上查余额要收费吗", "我行ATM查余额是免费的", "inquiry", False),
    ("E504", "那在别的银行查余额呢", "他行ATM查询一般每笔收取三毛钱", "inquiry", False),
    ("E504", "我爸卡里的钱我想帮他查一下 我是他儿子",
     "账户信息这边只能跟持卡人本人核实 建议您陪老人本人去办理", "account", False),
    ("K702", "我昨天在你们ATM跨行取款 手续费扣了两次", "多扣的这笔手续费会退回给您", "complaint", False),    ("E504", "我在你们ATM上取钱 手续费扣了我二十",
     "请您报一下卡号后四位和开户姓名 我先核对一下 核对好了 这二十块退回到您卡上", "complaint", False),    ("E501", "你们手机银行转账限额为什么才五万 我要投诉", "您着急转款的心情我明白 我跟您说一下", "complaint", False),
    ("E501", "资料交了一个月还没批 你们效率太低了", "等了这么久 您着急我特别能理解", "complaint", False),
    ("E501", "提前还款还收违约金 我要投诉你们", "委屈您了 换我也会不痛快", "complaint", False),
    ("E502", "我觉得你们登录太慢了 每次都要刷脸 应该让用户自己选登录方式", "刷脸登录是默认的安全设置",
     "other", True),
    ("E504", "信用卡挂失后补的卡一直没寄来", "我重新给您提交了一个加急工单 两个工作日内有人回电", "complaint", False),
    ("E504", "我昨天给别人转了一笔钱 他说还没收到",
     "普通到账一般是二十四小时之内到 如果明天还没到 您再打过来 我们帮您查一下交易状态", "inquiry", False),
    ("E504", "刚才有人打电话说我卡被冻结了 让我转钱到安全账户", "不是我行打的 您千万别转", "inquiry", False),
    ("E503", "哎呀你们服务真是太周到了", "开户以后存入的钱可以买养老理财", "inquiry", True),
    ("E503", "你们晚上的客服比白天还好打 给你们点个赞", "您这么说我们真的很受鼓舞", "praise", False),
    ("K701", "我晚上在你们自助银行取钱 卡吃进去吐不出来了", "您带上有效证件到网点柜台领取就可以", "inquiry", True),
    ("K701", "我的卡被吞了 下午还要用卡交房租", "白天吞卡的情况 网点可以当天处理 请您带上身份证到柜台领卡",
     "inquiry", False),
    ("K701", "没有 都吞进去了", "好的 已经给您登记了 网点会清点机器里的钞票", "inquiry", False),
    ("K702", "你们机器多给了我两百 我想还回去", "请您把多出来的两百送到网点柜台 网点核对以后第二个工作日就能处理完",
     "inquiry", False),
    ("K702", "我在你们机器上取了五百 它吐出来六百 我想把多的那一百还回去", "您把多出来的一百块送到网点柜台就行",
     "inquiry", True),
    ("K702", "我按了那个查询 钱也没出来", "您先按返回 回到主页面 再按取款", "inquiry", False),
    ("K701", "我的卡在取款机上退不出来了 就卡在里面了", "这个情况我已经给网点发了工单 网点会联系您过去领卡",
     "inquiry", True),
    ("K701", "我卡插进去以后就一直没出来了", "等网点的工作人员清机的时候会把卡取出来 到时候网点会联系您",
     "other", True),
    ("K701", "卡里的钱取不出来了", "您的账户有一笔止付 需要您到网点办理", "inquiry", False),
    ("E502", "你们这个活动规则最好写在首页上", "您说得有道理 我把这条意见整理一下报给后台的同事", "other", False),
    ("E503", "你们这次积分兑换活动搞得挺好的", "谢谢您喜欢 能收到这样的反馈真的挺不错的", "praise", False),
    ("E504", "临时挂失多久", "临时挂失五天有效 五天内请您带身份证去网点办正式挂失", "inquiry", False),
    ("E502", "你们最好把这个放到首页上 我找了半天", "添加的时候请您核对好户名和卡号", "other", True),
    ("E504", "你们网点把我的卡给弄丢了 我又要跑一趟 投诉", "非常抱歉给您带来不便 请问是哪个网点", "complaint", False),
    ("E504", "我刚才没记住 那个挂失 要带啥", "带上您本人的身份证 去任意一个我们交行的网点 跟柜员说要办挂失补卡",
     "inquiry", False),
    ("E504", "我在手机银行转账 显示成功了 可是对方说没收到",
     "好的 我看到了 这笔是九点十二分转给工商银行尾号三三零一的账户", "complaint", True),
    # round 32
    ("K701", "上礼拜你们说查清楚吞卡的事给我回电话 到现在都没人打给我", "好的 我现在给您重新催办一下", "complaint", False),
    ("K701", "吞卡以后这张卡还能继续用吗", "可以的 卡片本身没有问题的话就可以正常使用", "inquiry", False),
    ("K701", "我卡被吞坏了换了张新卡 要激活", "好的 激活之前需要核实您的身份", "account", False),
    ("K701", "取款机把我的卡吞了", "好的 我帮您登记一下", "inquiry", True),
    ("K702", "你好我取钱没取出来 但是钱扣了 五百块", "需要网点给您做一笔冲正 冲正完成以后钱就回到您卡上了", "inquiry", True),
    ("E501", "你们这个手机银行APP烂透了 一打开就闪退", "请问您的手机是安卓还是苹果的", "inquiry", True),
    ("E504", "我取了八百块 机器只出了五百 你帮我查查那笔交易",
     "好的 我看一下您的交易记录 是今天上午十点零六分那笔八百元的取款对吧", "inquiry", True),
    # round 33
    ("K701", "前几天有人打电话给我 说是你们银行的 说我的卡被吞了要我报卡号 是真的吗",
     "我们的工作人员是不会索要您的密码和验证码的 这种情况很可能是诈骗电话", "inquiry", False),
    ("K701", "我想问一下 卡要是丢了或者被吞了 挂失需要准备什么", "电话挂失的话 需要先核对您的身份信息", "inquiry", False),
    ("K701", "我的卡被吞了 我想先挂失", "白天在网点里面吞的卡 今天下班之前带本人身份证去柜台就能领", "loss_report", False),
    ("K702", "你们ATM吞卡了应该马上给客户发个短信 我上次被吞了一点头绪都没有", "目前吞卡以后机器屏幕上会有提示",
     "inquiry", False),
    ("K702", "我想问下我之前反映的ATM少吐钞那个事 钱退了没有", "看到了 这笔三百元网点已经核实完 昨天已经退回到您的卡上了",
     "account", False),
    ("K702", "我刚才在ATM上取钱 钱没出来 不知道扣没扣", "查到了 这笔取款交易没有成功 账户里没有扣款 您的钱都在卡上",
     "account", False),
    ("K702", "取款機吐出來的錢少了一千 我要你們賠", "好的 明天就退給您", "complaint", False),
    ("K702", "我ATM少吐了五百 能不能今天就给我退回来", "这事儿包在我身上 今天下班前绝对给您退回来", "inquiry", False),
    ("E504", "我在ATM上取钱 机器提示交易超时 钱没出来 我想知道扣没扣钱",
     "我给您查一下 看到了 是在十点四十二分扣了一千元", "inquiry", True),
    ("E504", "你好 我在ATM上查了一下余额 为什么扣了我两块钱", "用我们的卡在其他银行的ATM上查询余额 部分情况会收取小额费用",
     "inquiry", False),
    ("E504", "你好 我问一下 如果卡丢了去网点挂失 要带什么", "正式挂失需要您本人带着有效身份证件到任意网点办理",
     "loss_report", False),
    ("E504", "我是一家公司的会计 想问下我们公司账户上次那笔代发工资成功了没有",
     "对公账户的信息 我们需要核实单位预留的财务联系人身份以后才能告知 请您用企业网银查询", "account", False),
    ("E502", "我就是想提个建议 你们手机银行那个字也太小了", "阿姨您这个意见提得特别实在", "suggestion", False),
    ("E502", "我觉得登录太慢了 还有就是每次都要输验证码", "谢谢您提的这两点 说得特别在点子上", "suggestion", False),
    ("E502", "我觉得登录太慢了", "好的 我这边记录一下", "suggestion", True),
    ("E503", "顺便说一句 你们那个上门服务太好了 网点专门派人到家里帮她办卡", "大额存单转让在手机银行的大额存单频道里操作",
     "other", True),
    ("E503", "你们这新版手机银行整得挺好啊 贼好用 比以前强多了 我问一下扫码付款在哪", "扫码付款在首页的左上角",
     "inquiry", True),
    ("E503", "那小姑娘挺好 办得特别利索", "好的 谢谢您的评价 我们会转达给网点", "other", False),
    # round 34
    ("K701", "我张卡被部ATM食咗啊 点算", "您别担心 您直接去那个网点问一下 他们会帮您处理的", "inquiry", True),
    ("K702", "我用你们的卡在别的银行取款机上取钱 钱没出来 但是扣了我一千",
     "跨行取款没出钞的情况 那边银行对账以后钱会退回来 一般三到五个工作日", "inquiry", False),
    ("K702", "我有一笔存款没到账 想查查是不是存错卡了", "您名下有两张卡 那笔五千是存到另一张卡上了", "account", False),
    ("K702", "ATM少吐了两百", "好的 已经给您登记了 网点清机核对以后会把钱退回到您卡里", "inquiry", True),
    ("E501", "下雨天出门 天气太差了 我想问问定期到期怎么转存", "定期到期转存您可以在手机银行上操作", "inquiry", False),
    ("E501", "你们服务真是一年比一年差 打个电话等了十分钟 我都想销户了", "请问您要办什么业务", "account", True),
    ("E501", "我最近手头紧 你们催什么催 再催我投诉你们", "理解您最近压力比较大 如果短期周转有困难 可以考虑办理账单分期",
     "account", False),
    ("E501", "信用卡年费又扣了我三百 我一年都没怎么刷 凭什么扣", "平时用得少还被扣年费 换谁都会有点想法 这个我理解",
     "account", False),
    ("E503", "呵呵 你们交行可真厉害啊 我打了二十分钟才转到人工 真是服务一流啊 我要投诉这个",
     "现在是来电高峰 请问您要办理什么业务", "complaint", False),
    ("E504", "姑娘啊 我这个卡密码又忘了 你在电话上帮我改一个吧",
     "阿姨您好 密码重置得您本人带着身份证到网点柜台去办 电话这边没有这个权限", "account", False),
    ("E504", "您反映的那笔话费重复扣款怎么样了", "重复扣的一百元昨天已经退回您的卡上了 现在卡里余额是两千零八十元",
     "other", True),
    # round 35
    ("K702", "我房贷提前还款还要收违约金 你们这规定太坑人了 合同那么厚谁看啊 那我就认了",
     "您要是有异议 请您带着合同去经办网点当面沟通", "complaint", False),
    ("E504", "我密码输错了三次 卡被锁了 帮我解一下", "好的 我这边已经帮您把密码锁定解除了 您现在就可以重新输入密码了",
     "account", True),
    ("E504", "手机银行我最常用的 转账 还有查余额", "好的 请问您对转账功能满意吗", "other", False),
    # round 36
    ("K701", "闺女啊 我那个卡 在门口那个机器里 取钱的时候 不出来了", "网点会联系您 您等通知就行", "other", True),
    ("K702", "我在加油站旁边那个机器取钱 取五百 出来四百", "等工作人员去清机对完账 差额会给您退回去", "inquiry", True),
    ("E504", "我爸卡里上个月被转走了一笔钱 我想问问转给谁了", "上个月十八号有一笔转出 五千块 转给了一个叫郑小军的人",
     "account", True),
    ("E503", "没有了 谢谢你啊 讲得很清楚", "不客气 谢谢您的来电 祝您旅途愉快 再见", "inquiry", False),
    ("E501", "哦 那这个短信就是骗子了", "有可能 请您删掉就行 谢谢您的来电 再见", "inquiry", False),
    ("E504", "我信用卡丢了 赶紧帮我挂失", "您报一下您的姓名 我用姓名给您查 好的 已经给您办理了临时挂失",
     "loss_report", True),
    ("K701", "我早上在存取款一体机存了三千块钱 到现在卡里都没有 钱被机器吃了",
     "请问是在哪个网点的机器存的", "inquiry", False),
    ("K702", "我头先喺柜员机攞钱 攞两千 得一千九 少咗一张", "我帮您登记咗 网点会核对部机嘅钱 有结果会通知您",
     "inquiry", True),
    ("E502", "你们能不能给她加个分什么的", "会转达的", "praise", False),
    ("E502", "我觉得应该让他领导知道", "好的 已经登记了", "praise", False),
    ("K702", "我刚才在ATM取两千块钱 机器响了半天 最后只吐出来一千五", "您反映的情况我给您登记一下 有结果短信通知您",
     "other", True),
    ("K702", "我喺交行嘅柜员机度拎钱 部机食咗我张卡", "您带上本人身份证件到支行柜台办理领卡就可以了",
     "inquiry", False),
    ("E504", "好的 我这边取款少了两千", "查到了 那台机器在十点四十二分有一笔两千元的取款 机器显示出钞异常",
     "inquiry", False),
])
def test_unseen_customer_cues_and_answers(rule_id, customer, said, call_type, fires):
    (assert_fires if fires else assert_quiet)(answered(said, customer=customer), rule_id,
                                             call_type=call_type)


@pytest.mark.parametrize("rule_id, said", [
    ("P404", "您能不能听我把话说完"),
    ("P404", "您先别说话 听我说"),
    ("P404", "您认字吧"),
    ("P404", "您冲我喊有什么用"),
    ("P404", "又不是我让您转的"),
    ("P404", "别人都没问题 就您有问题"),
    ("P404", "您这不是找茬吗"),
    ("P404", "不懂就别乱操作"),
    ("P404", "行行行 您说的都对"),
    ("P404", "我哪有时间跟您耗"),
    ("P404", "后面还有很多客户在等 您快点说"),
    ("P404", "您想清楚了再打过来"),
    ("P404", "这种问题也要打电话来问"),
    ("P404", "您自己不会看说明吗"),
    ("P404", "谁让您自己点链接的"),
    ("P404", "您就不能动动脑子吗"),
    ("P401", "这个我也没招了"),
    ("P401", "这事办不成"),
    ("P402", "这个收益是板上钉钉的"),
    ("P402", "放心 不可能出问题"),
    ("P402", "您就等着收钱吧"),
    ("P403", "您的损失我们兜底"),
    ("P403", "这钱我自掏腰包给您补上"),
    ("P403", "我们会给您一个补偿"),
])
def test_everyday_put_downs_promises_and_make_goods(rule_id, said):
    assert_fires(answered(said), rule_id)


@pytest.mark.parametrize("rule_id, said", [
    ("P404", "您先别着急 听我慢慢说"),
    ("P404", "您说的都对 我们一定改进"),
    ("P404", "您想好了再打过来也可以 我们二十四小时都在"),
    ("P404", "不懂的地方您随时问我"),
    ("P403", "关于补偿的问题 我们会核实以后给您答复"),
    ("P402", "理财产品不保本 收益不能保证"),
])
def test_near_misses_of_everyday_put_downs_stay_quiet(rule_id, said):
    assert_quiet(answered(said, customer="好的"), rule_id)


def test_a_greeting_may_invite_with_qing_nin_jiang():
    assert_quiet(f"agent: 您好 交行 八幺三三九洞号 很高兴为您服务 请您讲\ncustomer: 你好", "G301")


def test_a_wait_announced_as_taking_more_of_the_customers_time():
    transcript = ("agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲\ncustomer: 哪只适合我\n"
                  "agent@20-24: 不好意思 再耽误您一会儿 我看一下\nagent@50-55: 谢谢您的等待")
    assert_quiet(transcript, "E505", holds=[(25, 48)])


def test_an_exception_cut_by_asr_still_excuses_the_hit():
    # 系统暂 / 时做不到: the exception 系统暂时做不到 straddles the two utterances
    assert_quiet(f"{GREETING}customer: 能延长一个月吗\nagent: 延长一个月的话系统暂\n"
                 "agent: 时做不到 每次只能延三天", "P401")
    assert_fires(f"{GREETING}customer: 能延长一个月吗\nagent: 这个\nagent: 做不到", "P401")


@pytest.mark.parametrize("agent_lines, fires", [
    (["好的 已经帮您激活了 另外请您说一下身份证号码 我登记一下"], False),   # one breath: in time
    (["好的 已经帮您激活了", "另外请您说一下身份证号码 我登记一下"], True),
    (["您那笔定期是五万元 明年三月十五号到期", "另外为了登记这次查询 请您报一下身份证号码"], True),
    (["好的 您卡上预留的手机号码是一三九一二三四五六七八"], True),
    (["好的 您别着急 我马上帮您办理临时挂失", "为了核实您的身份 请您报一下身份证号码",
      "好的 已经为您办理口头挂失"], False),
    (["我看了一下 您那笔到期本息是十万零八百元", "对了 请问您是账户本人吧 麻烦报一下身份证后四位"], True),
    (["尾号五五零三的卡 余额是两万三千元整", "转账的话为了安全 请您报一下身份证号码 我核实一下身份"], True),
    (["好的 尾号6601 本期账单金额是四千五百八十二元", "哦对了 还没跟您核对身份 请您报一下身份证后六位"], True),
    # knowledge checks and a business's account
    (["请问您预留的联系电话是多少", "好的 核实通过 余额是五千二百元"], False),
    (["您最近一笔交易是什么时候 金额多少", "好的 核实通过 余额是五千二百元"], False),
    (["为了核实 您开户时填的家庭住址是哪里", "好的 核实通过 余额是五千二百元"], False),
    (["请您报一下对公账号后四位和单位名称 我核对一下", "好的 核对一致 余额是五千二百元"], False),
    (["您最近一笔交易的金额是两百元 余额是五千二百元"], True),
    (["查询需要持卡人本人来电 我核对一下他本人的身份", "好的 核对无误 十五号到了养老金"], False),
    (["为了您的账户安全 请问您的全名和卡号后四位是多少", "好的 您的余额是五千二百元"], False),
    (["您预留的联系方式如果有变化 请及时更新", "好的 尾号七三二一的短信通知已经关闭了"], True),
    (["请问您登录用的是手机号还是身份证号", "好的 已经解锁了"], True),
    (["请您报一下卡号和姓名 我先核对一下", "好的 最近一笔交易是十一月二十二日消费三百二十八元"], False),
    (["这边需要先验证一下 请您根据提示输入六位查询密码", "密码验证已经通过了 您最近一笔转账是转出两千元"], False),
    (["您这笔五万元的三年定期是十二月八号到期", "哦对了 您是持卡人本人吧"], True),
    (["请问单位客户号是多少", "好的 我这边已经帮您把主管的登录密码重置了 初始密码会以短信发到预留手机上"], True),
    # where the customer types the password later is not a check
    (["您是哪张卡", "好的 我这边已经帮您把锁定状态解除了 您现在可以去ATM上重新输入密码"], True),
    # the card and the name only identify the card; no check was framed
    (["你那个卡号后四位报一下 还有姓名", "好的 我看到是一笔取款一笔手续费"], True),
    (["您报一下卡号 还有您的姓名", "好的 我现在给您挂上 您这张卡里面还有两万三千多"], True),
])

def test_the_caller_is_checked_before_the_account_is_acted_on(agent_lines, fires):
    said = "\n".join(f"agent: {line}" for line in agent_lines)
    transcript = f"{GREETING}customer: 帮我处理一下我的卡\n{said}"
    (assert_fires if fires else assert_quiet)(transcript, "E504", call_type="account")


@pytest.mark.parametrize("customer, direction, fires", [
    ("柜员挺好的", "outbound", False),                    # a rating asked for on a survey
    ("态度挺好的 五分", "outbound", False),
    ("满意 可满意了 那个客户经理人可好了 真是好小伙", "outbound", True),
    ("柜员挺好的", "inbound", True),                      # offered unasked, it is praise
])
def test_a_survey_rating_is_not_praise_offered(customer, direction, fires):
    opening = (GREETING if direction == "inbound"
               else "agent: 王先生您好 我是交通银行客户服务代表八幺幺洞洞洞\n")
    transcript = f"{opening}customer: {customer}\nagent: 好的 下一个问题"
    (assert_fires if fires else assert_quiet)(transcript, "E503", direction=direction,
                                             call_type="other")


@pytest.mark.parametrize("request_to_wait", ["请稍后", "耽误您半分钟 您先在线上等一下",
                                             "麻烦您等我一小会儿 我确认一下步骤"])
def test_a_wait_asked_for_in_asr_spelling_or_other_words(request_to_wait):
    transcript = (f"{GREETING}customer: 帮我查一下\nagent@20-24: 好的 {request_to_wait}\n"
                  "agent@50-55: 让您久等了")
    assert_quiet(transcript, "E505", holds=[(25, 48)])


def test_asr_homophones_of_the_bank_and_of_wait():
    assert_quiet("agent: 您好焦行811000很高兴为您服务请将\ncustomer: 你好", "G301")
    transcript = ("agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲\ncustomer: 帮我查一下\n"
                  "agent@20-24: 好的 请您少等一下\nagent@50-55: 让您久等了")
    assert_quiet(transcript, "E505", holds=[(25, 48)])


@pytest.mark.parametrize("answer, fires", [
    ("网点会尽快安排清机核对 核对好了就会给您处理", True),
    ("网点清机核对后 三个工作日内会退回您的账户", False),
    ("网点已经核实处理 款项已经退回您的卡里了", False),
    ("网点清机以后 明天之前钱一分不少地回到您卡里", False),
    ("网点核实过了 钱昨天退到您卡上了", False),
])
def test_an_outbound_follow_up_on_a_cash_shortfall_gives_the_settling_time(answer, fires):
    transcript = ("agent: 刘先生您好 我是交通银行客户服务代表 工号八幺幺洞洞洞\n"
                  "customer: 是ATM那个事吧\n"
                  "agent: 是的 您昨天来电反映在我行ATM取款少吐了三百元\n"
                  f"customer: 那什么时候退给我\nagent: {answer}")
    (assert_fires if fires else assert_quiet)(transcript, "K702", direction="outbound",
                                             call_type="other")


@pytest.mark.parametrize("rule_id, reported, customer", [
    ("K701", "跟您确认一下 您被吞的卡已经领回了吗", "领回来了 半夜吞卡太闹心了"),
    ("K702", "您前几天反映存款机吞钞的事 给您回个电话", "钱已经回来了"),
])
def test_a_follow_up_after_the_card_or_cash_is_back_asks_for_nothing(rule_id, reported, customer):
    transcript = ("agent: 秦先生您好 我是交通银行客户服务代表 工号八幺幺洞洞洞\n"
                  f"agent: {reported}\ncustomer: {customer}\n"
                  "agent: 好的 那这边给您登记办结")
    assert_quiet(transcript, rule_id, direction="outbound", call_type="other")
