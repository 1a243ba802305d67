"""E501–E504 (handling by call type) and K701–K702 (self-service incident answers).

Every rule is "situation → required words": the situation comes from `call_type` or from what
the customer says; the agent must then say one of the required things. Hits are calls where the
agent's words miss; near misses are calls that look alike but are fine (the right words in other
phrasings, ASR noise, a situation that is not really there).
"""
import pytest

from harness import assert_fires, assert_quiet, findings_for

OPEN = "agent: 您好 交行八幺幺洞洞洞 很高兴为您服务 请讲\n"
CLOSE = "\nagent: 请问还有其他可以帮您的吗\ncustomer: 没有了\nagent: 好的 谢谢您的来电 再见"


def call(*lines: str) -> str:
    return OPEN + "\n".join(lines) + CLOSE


# --- E501 complaint-soothing --------------------------------------------------------------------

@pytest.mark.parametrize("lines, meta", [
    (["customer: 我要投诉你们网点的服务", "agent: 好的 您说一下具体情况"], {"call_type": "complaint"}),
    (["customer: 你们这服务也太差了吧", "agent: 您要办什么业务"], {}),
    (["customer: 什么破银行 转个账转了半天", "agent: 转账一般是实时到账的"], {}),
    (["customer: 气死我了 卡又被锁了", "agent: 您去网点解锁就可以"], {}),
    (["customer: 我要找你们领导", "agent: 领导现在不在"], {}),
    (["customer: 我要投诉", "agent: 对不起 我没听清 您再说一遍"], {}),        # a bare 对不起
    (["customer: 你们怎么回事 乱扣我钱", "agent: 不好意思 请您再说一遍"], {}),  # a bare 不好意思
    (["customer: 我要投訴 你們服務態度太差了", "agent: 好的 我記錄一下"], {}),  # Traditional
    (["customer: 你们就是骗子 坑人", "agent: 这个是系统扣的"], {}),
    (["customer: 什么破服务", "agent: 请您稍等", "agent: 抱歉让您久等了 这个是年费"], {}),  # hold etiquette only
    (["customer: 你们到底有没有人管", "agent: 我帮您查一下"], {"call_type": "complaint"}),
    (["customer: 我对你们很不满意", "agent: 您说一下具体情况"], {}),
    (["customer: 我要向银保监会反映", "agent: 这个情况我们会反馈给相关部门"], {}),   # routine, not soothing
    (["customer: 你们这服务真是太差劲了吧", "agent: 我帮您记录一下"], {}),
    (["customer: 年费凭什么收我的", "agent: 年费是按照规定收取的"], {}),
])
def test_e501_fires_on_a_complaint_without_soothing(lines, meta):
    assert_fires(call(*lines), "E501", **meta)


@pytest.mark.parametrize("lines, meta", [
    (["customer: 我要投诉", "agent: 非常理解您的心情 我们会尽快处理"], {}),
    (["customer: 太差了", "agent: 请您不要生气 我马上帮您核实"], {}),
    (["customer: 什么破银行", "agent: 给您带来不便 非常抱歉"], {}),
    (["customer: 服务态度太差了", "agent: 实在不好意思给您添麻烦了"], {}),
    (["customer: 气死我了", "agent: 您先别着急 我这边帮您查一下"], {}),
    (["customer: 我要投诉你们", "agent: 真的很抱歉 这是我们工作的疏忽"], {}),
    (["customer: 我要投訴", "agent: 請您不要生氣 我們會盡快處理"], {}),          # Traditional
    (["customer: 我的卡怎么用不了", "agent: 您的卡已过期 需要换卡"], {}),        # no complaint
    (["customer: 我不是投诉 就是问一下年费", "agent: 年费是二百元"], {}),        # denies complaining
    (["customer: 我要投诉", "agent: 您的心情我们非常理解"], {}),
    (["customer: 你们怎么搞的", "agent: 在这里我们向您道歉"], {}),
    (["agent: 如需投诉可以拨打客服热线", "customer: 好的"], {}),               # agent says 投诉
    (["customer: 我要投诉", "agent: 嗯 非 常 理 解 您 的 心 情"], {"call_type": "complaint"}),
    (["customer: 你们怎么搞的 天天乱扣钱", "agent: 先生您消消气 这个情况我马上帮您核实"], {}),
    (["customer: 我要投诉你们", "agent: 我完全能体会您现在的心情"], {}),
    (["customer: 太过分了", "agent: 这确实是我们的失误 我代表我行向您道歉"], {}),
    (["customer: 我很不满", "agent: 对于给您造成的不便 我们深表歉意"], {}),
    (["customer: 挂失要凭什么证件", "agent: 带身份证就可以"], {}),                     # 凭什么 as a question word
    (["customer: 我收到个短信 这是不是骗人的", "agent: 这是诈骗短信 请不要理会"], {}),
    (["customer: 理财产品不满意可以赎回吗", "agent: 可以随时赎回"], {}),
])
def test_e501_quiet_when_the_agent_soothes_or_there_is_no_complaint(lines, meta):
    assert_quiet(call(*lines), "E501", **meta)


def test_e501_complaint_call_type_alone_triggers():
    assert_fires(call("customer: 我上次反映的问题还没解决", "agent: 我帮您查一下"), "E501",
                 call_type="complaint")
    assert_quiet(call("customer: 我上次反映的问题还没解决", "agent: 我帮您查一下"), "E501",
                 call_type="inquiry")


def test_e501_message_quotes_the_trigger():
    findings = findings_for(call("customer: 我要投诉", "agent: 您说"), "E501")
    assert len(findings) == 1 and "投诉" in findings[0].message


# --- E502 suggestion-affirmation ----------------------------------------------------------------

@pytest.mark.parametrize("lines, meta", [
    (["customer: 你们的网点能不能多开几个窗口", "agent: 好的 我这边帮您记录下来"], {"call_type": "suggestion"}),
    (["customer: 我有个建议 你们手机银行能不能加个夜间模式", "agent: 好的 我这边帮您登记"], {}),
    (["customer: 我想提点意见 你们应该多开几个窗口", "agent: 这个没办法"], {}),
    (["customer: 希望你们以后能把短信提醒免费", "agent: 嗯 知道了"], {}),
    (["customer: 建议你们延长营业时间", "agent: 好的"], {}),
    (["customer: 我建议周末多开几个窗口", "agent: 请您稍等", "agent: 感谢您的耐心等待"], {}),  # not for the idea
    (["customer: 我有个建议", "agent: 您说"], {}),
    (["customer: 我有個建議 你們App能不能簡化一下", "agent: 好的 我記錄一下"], {}),          # Traditional
    (["customer: 给你们提个意见", "agent: 嗯"], {}),
    (["customer: 我觉得你们应该在小区附近多设几台取款机", "agent: 好的 我帮您记一下"], {}),
    (["customer: 希望贵行能够简化一下转账流程", "agent: 目前流程是这样的"], {}),
    # passing it on is handling, not yet an affirmation
    (["customer: 我想提个建议", "agent: 好的 我们会把您的意见转达给相关部门"], {"call_type": "suggestion"}),
])
def test_e502_fires_on_a_suggestion_without_affirmation(lines, meta):
    assert_fires(call(*lines), "E502", **meta)


@pytest.mark.parametrize("lines, meta", [
    (["customer: 我有个建议", "agent: 感谢您对我行业务的支持 我们会考虑您的建议"], {}),
    (["customer: 建议你们多开窗口", "agent: 谢谢您的宝贵建议 我们会反馈给相关部门"], {}),
    (["customer: 我提个建议", "agent: 您的建议很好 我们会认真考虑"], {}),
    (["customer: 我提个建议", "agent: 这个建议非常好 我帮您提交给产品部门"], {}),
    (["customer: 给你们提点意见", "agent: 感谢您提出的宝贵意见"], {}),
    (["customer: 我有个建议", "agent: 感謝您對我行業務的支持"], {}),                  # Traditional
    (["customer: 你们建议我买哪个理财", "agent: 这个要看您的风险偏好"], {}),            # asks for advice
    (["customer: 我要投诉", "agent: 我帮您记录一下"], {"call_type": "complaint"}),       # no suggestion
    (["customer: 有什么建议吗", "agent: 建议您定期修改密码"], {}),
    (["customer: 我提一个意见啊", "agent: 您的意见我们会认真考虑"], {}),
    (["customer: 希望你们能够简化一下手机银行的操作", "agent: 非常感谢您提的建议"], {}),
    (["customer: 希望你们尽快处理", "agent: 好的"], {"call_type": "complaint"}),            # a demand, not a suggestion
])
def test_e502_quiet_when_the_agent_affirms_or_there_is_no_suggestion(lines, meta):
    assert_quiet(call(*lines), "E502", **meta)


# --- E503 praise-thanks -------------------------------------------------------------------------

@pytest.mark.parametrize("lines, meta", [
    (["customer: 我想表扬一下你们网点的小李", "agent: 好的 我这边帮您记录"], {}),
    (["customer: 你们客服态度特别好 给你们点个赞", "agent: 还有别的需要帮您的吗"], {}),
    (["customer: 上次那个客服帮我解决了大问题", "agent: 好的 请问您还记得客服的工号吗"], {"call_type": "praise"}),
    (["customer: 那个客户经理服务很周到 我专门打电话来表扬", "agent: 嗯 好的"], {}),
    (["customer: 我想表扬一下", "agent: 请您稍等", "agent: 感谢您的耐心等待"], {}),  # thanks for waiting
    (["customer: 我想表揚一下你們的櫃員", "agent: 好的"], {}),                     # Traditional
    (["customer: 你们那位小姑娘特别耐心", "agent: 请问还有其他问题吗"], {}),
    (["customer: 我来表扬你们的员工", "agent: 您说的是哪个网点"], {}),
    (["customer: 你们那位客服真的很专业", "agent: 请问还有别的事吗"], {}),
    (["agent: 您对网点的服务满意吗", "customer: 那个客户经理人可好了 真是好小伙",
      "agent: 好的 还有别的吗"], {"direction": "outbound"}),                              # warm praise on a survey
])
def test_e503_fires_on_praise_without_thanks(lines, meta):
    assert_fires(call(*lines), "E503", **meta)


@pytest.mark.parametrize("lines, meta", [
    (["customer: 我想表扬一下小王", "agent: 谢谢您对我行员工的肯定"], {}),
    (["customer: 服务很好", "agent: 这是我们应该做的 谢谢您"], {}),
    (["customer: 我要表扬", "agent: 感谢您的认可 我们会把您的表扬转达给他"], {}),
    (["customer: 给你们点个赞", "agent: 谢谢您的鼓励 我们会继续努力"], {}),
    (["customer: 你们服务真不错", "agent: 非常感谢您的好评"], {}),
    (["customer: 我想表揚一下", "agent: 這是我們應該做的"], {}),                          # Traditional
    (["customer: 态度特别好", "agent: 应该的 应该的"], {}),
    (["customer: 信用卡额度怎么提", "agent: 您可以在手机银行申请"], {}),                  # no praise
    (["customer: 我想问一下", "agent: 好的"], {"call_type": "inquiry"}),
    (["customer: 你们客服服务特别好", "agent: 您过奖了 这是我们应该做的"], {}),
    (["customer: 你们那个小王特别耐心 帮了我大忙", "agent: 谢谢您的认可 我会转告她的"], {}),
    (["customer: 你们那个客服太不耐心了", "agent: 您说一下具体情况"], {}),                  # a complaint, not praise
    (["customer: 谢谢你啊 你真有耐心", "agent: 不客气 以后有不会的随时打过来"], {}),          # thanks as the call ends
    (["agent: 您对整个办理过程满意吗", "customer: 满意 客户经理挺专业的 就是要签的字太多了",
      "agent: 好的 请问还有其他意见吗"], {"direction": "outbound"}),            # a rating with a reservation
    (["agent: 您对网点的服务满意吗 一到十分您打几分", "customer: 八分吧 人挺好的 就是等得久",
      "agent: 好的 八分 等待时间的问题我们会反馈"], {"direction": "outbound"}),           # a survey score
    (["agent: 您对当时网点的服务满意吗", "customer: 一般吧 等得挺久的 不过柜员小姑娘挺好的",
      "agent: 好的 我记下了"], {"direction": "outbound"}),
    (["agent: 请问柜员办理业务的时候解释得清楚吗", "customer: 那个柜员挺好的 讲得很明白",
      "agent: 好的 非常感谢您的反馈"], {"direction": "outbound"}),         # the person asked after, rated
    # a bank's fraud-warning call: the caller praises the salesmen, or reports reviews written for pay
    (["agent: 我们看到您给同一个账户转了好几笔钱 这个收款方您熟悉吗",
      "customer: 他们人挺好的 天天打电话关心我", "agent: 这也是这类推销的常见做法"],
     {"direction": "outbound", "call_type": "other"}),
    (["agent: 我们看到您最近有几笔转账 想跟您确认一下",
      "customer: 那个是做任务 给商家刷好评 先垫钱后返钱", "agent: 这是典型的刷单诈骗 请不要再转了"],
     {"direction": "outbound", "call_type": "other"}),
])
def test_e503_quiet_when_the_agent_thanks_or_there_is_no_praise(lines, meta):
    assert_quiet(call(*lines), "E503", **meta)


def test_e503_the_routine_closing_thanks_is_not_enough():
    # CLOSE already says 谢谢您的来电: it must not count as thanks for the praise.
    assert_fires(call("customer: 我想表扬你们的客服", "agent: 好的 知道了"), "E503")


# --- E504 identity-not-verified -----------------------------------------------------------------

@pytest.mark.parametrize("lines, meta", [
    (["customer: 帮我查一下卡里的余额", "agent: 您卡内可用余额是八千六百元"], {}),
    (["customer: 我的卡丢了 要挂失", "agent: 好的 已经帮您挂失了"], {}),
    (["customer: 我的卡怎么被冻结了", "agent: 我帮您看一下 是因为长时间没有交易"], {}),
    (["customer: 帮我查下最近的交易明细", "agent: 最近一笔是昨天消费二百元"], {}),
    (["customer: 查一下余额", "agent: 短信验证码不要告诉别人 我这边查到您的余额是三千元"], {}),  # 验证码 not asked for
    (["customer: 我卡丢了 帮我挂失", "agent: 好的 已经挂失成功",
      "agent: 绑微信的话输入卡号和预留手机号就行"], {}),                 # 预留手机号 in a how-to
    # sent to the branch after looking into the account or acting on it
    (["customer: 我卡丢了", "agent: 好的 我这边查到您的卡还没有交易 请您到网点办理挂失"], {}),
    (["customer: 我卡丢了", "agent: 已经帮您办理了口头挂失 请您五天内到网点办理正式挂失"], {}),
    (["customer: 嗯", "agent: 好的 已经为您办理临时挂失"], {"call_type": "loss_report"}),
    (["customer: 我要掛失", "agent: 好的 已經幫您掛失了"], {}),                    # Traditional
    (["customer: 信用卡被偷了", "agent: 好的 马上帮您冻结"], {}),
    (["customer: 我想查一下账户余额", "agent: 请稍等", "agent: 余额是三千元"], {"call_type": "account"}),
    (["customer: 我想查查余额", "agent: 您的余额是两千元"], {}),
    (["customer: 我的卡掉在出租车里了", "agent: 好的 已经帮您挂失"], {}),
    (["customer: 帮我看一下账户余额还剩多少", "agent: 还剩一千二"], {}),
    # acted on or told before the check that comes after it
    (["customer: 我卡在外地被人取了钱 快帮我冻上",
      "agent: 好的 已经帮您把来电号码绑定的那张尾号五洞八三的卡冻结了",
      "agent: 请您再报一下身份证号码 我登记一下"], {"call_type": "account"}),
    (["customer: 我那张信用卡注销了没有",
      "agent: 您来电号码名下的信用卡尾号八二六六 目前状态正常 上个月还扣了年费",
      "agent: 注销的话需要先核实您的身份 请提供身份证号码"], {"call_type": "account"}),
    (["customer: 快帮我挂失", "agent: 好的 我先帮您把来电号码名下的卡挂失 请稍等",
      "agent: 好了 已经临时挂失 现在跟您核对一下身份 请报一下身份证号码"], {"call_type": "loss_report"}),
    (["customer: 我卡被盗刷了", "agent: 我看了一下 现在卡上还剩两千三百元",
      "agent: 为了安全 请您报一下身份证号码"], {"call_type": "account"}),
    # round 110: the transactions listed, or the reserved number updated, before any check
    (["customer: 我想查一下我卡这几天的消费记录", "agent: 您卡号后四位是多少", "customer: 幺二洞九",
      "agent: 我看到这几天有三笔 一笔是超市一百八十六 一笔加油三百",
      "agent: 后面您如果还要查的话 请您先提供一下身份证号码 我们需要核实身份"], {"call_type": "account"}),
    (["customer: 我手机号换了 想把卡上绑定的手机号改一下", "agent: 请问您新的手机号是多少",
      "customer: 幺三九五七二六八幺四洞",
      "agent: 我这边已经帮您把尾号八八幺二这张卡的预留手机号更新了 以后动账短信会发到新号码上"],
     {"call_type": "account"}),
    # round 111: the card's state told before any check, then the caller sent to the branch
    (["customer: 我的卡怎么用不了了", "agent: 好的 请问您的卡号是多少", "customer: 六二二二",
      "agent: 我看了一下 您这张卡是因为超过一年没有交易 被系统暂停了非柜面交易",
      "agent: 需要您本人带身份证和卡到网点办理激活"], {"call_type": "account"}),
    # round 144 (heldout550): the card named by its last digits, its freeze and cause told, then the branch
    (["customer: 我投诉啊 我的卡突然被冻结了 工资都取不出来", "agent: 请问您的卡号后四位是多少",
      "customer: 九九零二",
      "agent: 好的 尾号九九零二的这张卡 是在十一月二十号因为一笔可疑的跨境转入被风控部门冻结的",
      "agent: 这种情况需要您带上本人证件和相关的交易证明到开户网点 核实后就可以解冻"],
     {"call_type": "complaint"}),
    # a yes-or-no any caller can answer is not a check (heldout382, heldout538: both labelled E504)
    (["customer: 我想查询余额", "agent: 好的 请问您是持卡人本人吗", "customer: 是的",
      "agent: 好的 您卡现在余额是三万五千六百元"], {"call_type": "account"}),
    (["customer: 我想查一下车贷还剩多少", "agent: 请问您贷款的时候登记的手机号是现在这个吗",
      "customer: 是的", "agent: 您的汽车贷款剩余本金是六万三千二百元"], {"call_type": "account"}),
])
def test_e504_fires_when_identity_is_not_verified(lines, meta):
    assert_fires(call(*lines), "E504", **meta)


@pytest.mark.parametrize("lines, meta", [
    (["customer: 查一下余额", "agent: 为了您的资金安全 需要先核对一下您的身份"], {}),
    (["customer: 我要挂失", "agent: 请您提供一下身份证号码"], {}),
    (["customer: 我的卡被冻结了", "agent: 请问您的身份证号码是多少"], {}),
    (["customer: 查一下交易明细", "agent: 我们向您预留的手机号发送了验证码 请您报一下验证码"], {}),
    (["customer: 查一下余额", "agent: 请您在话机上输入您的查询密码"], {}),
    (["customer: 我的密码忘了怎么办", "agent: 您需要带上本人身份证件到网点办理密码重置"], {}),  # not an account query
    (["customer: 挂失需要什么手续", "agent: 您可以在手机银行或者网点办理"], {}),               # asks how
    (["customer: 我要挂失", "agent: 請您提供一下身份證號碼"], {}),                         # Traditional
    (["customer: 房贷利率是多少", "agent: 以合同约定为准"], {}),                           # no cue
    (["customer: 嗯", "agent: 请核对一下您的身份信息"], {"call_type": "account"}),
    (["customer: 查询一下转账多久到账", "agent: 一般实时到账"], {}),                        # not about the account
    (["customer: 我想知道年费有多少钱", "agent: 二百元"], {}),
    (["customer: 帮我冻结一下账户", "agent: 我这边需要跟您确认几个信息 请问您的姓名是"], {}),
    (["customer: 我想查一下我卡里还有多少钱", "agent: 好的 请您报一下身份证后六位"], {}),
    # nothing disclosed or done on the phone: the customer is sent to a branch or the app
    (["customer: 卡也找不到了", "agent: 那就一起办挂失补卡 请您带身份证到任意网点办理"], {}),
    (["customer: 我想看看卡里有多少钱 怎么看啊", "agent: 您打开手机银行 登录以后首页就能看到"], {}),
    (["customer: 存折密码忘了", "agent: 请您带身份证去柜台 柜员可以帮您重置密码"], {}),
    # not the caller's own bank account
    (["customer: 我爸的社保卡丢了 去哪补", "agent: 先打社保的电话 再带身份证去补办"], {}),
    (["customer: 有人打电话说我的卡要冻结 让我转钱", "agent: 那是诈骗 请您千万不要转"], {}),
    (["customer: 你们能不能先冻结他的账户", "agent: 冻结对方账户需要公安机关出具手续"], {}),
    (["customer: 开存款证明要冻结多久", "agent: 冻结的时间由您自己定"], {}),
    # declined on the phone and sent to the branch
    (["customer: 我挂失的卡找到了 能在电话里解挂吗",
      "agent: 解除挂失需要您本人带身份证和卡到柜台办理 电话这边没有解挂的功能"], {"call_type": "loss_report"}),
    (["customer: 我在国外 密码忘了 能帮我重置吗",
      "agent: 密码重置需要本人到网点办理 电话里我们没办法帮您重置"], {}),
    # the plan told first, the check done before the card is blocked
    (["customer: 我的手机连钱包一起丢了 卡都在里面 怎么办",
      "agent: 您先别慌 我们一起处理 先帮您把卡挂失了就安全了",
      "agent: 先跟您核对一下身份 请您报一下身份证号码", "customer: 好的 我报一下",
      "agent: 核对一致 两张卡都已经办好临时挂失了"], {"call_type": "loss_report"}),
    # round 110: checked first in other words; a rule, not the account; sent to the branch that
    # froze the deposit; the app's menu named
    (["customer: 帮我看看工资到了没有", "agent: 好的 先帮您验一下身份 您开户用的身份证号是多少"], {}),
    (["customer: 我手机号换了 想改一下", "agent: 为了您的账户安全 请您先说一下身份证号码",
      "customer: 三幺洞幺幺洞", "agent: 核对一致 已经帮您把预留手机号更新了"], {"call_type": "account"}),
    (["customer: 你们每个月有几笔免费转账", "agent: 每个月有三笔免费的跨行转账"], {}),
    (["customer: 签证保证金冻结在你们这 现在回国了 怎么解冻",
      "agent: 您带上销签证明 身份证和冻结的回执到办理的网点解冻"], {}),
    (["customer: 我要打印个流水办签证 点了半天打印不出来", "agent: 请问您是在哪个菜单操作的",
      "customer: 就是那个交易明细里面", "agent: 电子流水要在账户管理里面申请 交易明细那里只能看"], {}),
    # round 112: the bank's own risk alert, 发现 rather than 监测到, locks the card
    (["agent: 我们发现您的信用卡昨天晚上在境外有一笔两千三百元的消费 想跟您确认一下是您本人消费吗",
      "customer: 没有啊 我在家呢",
      "agent: 您别着急 为了保证您的资金安全 我们先帮您把这张卡临时冻结 请您到网点办理换卡"],
     {"call_type": "other", "direction": "outbound"}),
    # … and the alert about the card of the caller's child, checked before the transactions are told
    (["agent: 王女士您好 我们监测到您孩子名下尾号六六洞八的卡 今天凌晨有几笔境外游戏平台的消费 想跟您确认一下",
      "customer: 啊 多少钱", "agent: 为了保证您的资金安全 我先核对一下您的身份 请您报一下身份证号码后六位",
      "customer: 幺五洞洞二X", "agent: 好的 核对一致 凌晨一点到两点之间一共四笔 合计六百八十元"],
     {"call_type": "account", "direction": "outbound"}),
    # round 124: the alert in other words, and the card frozen only after the check
    (["agent: 周先生您好 我是交通银行客户服务代表 工号八幺洞三六二 请问现在方便说几句吗", "customer: 你说",
      "agent: 是这样的 您的信用卡账户最近有一笔境外网站的消费 三百九十九美元 想跟您确认一下是不是本人交易",
      "customer: 不是我", "agent: 好的 那这笔可能是盗刷 我这边建议先帮您把卡冻结",
      "agent: 为了安全 先核对一下身份 请报一下您身份证号码后六位", "customer: 三二一四五六",
      "agent: 好的 已经帮您冻结了"],
     {"call_type": "other", "direction": "outbound"}),
    # someone else's account asked about and declined; a scam site's "unfreezing"
    (["customer: 我就是想问问银行能不能帮我查查他的账户", "agent: 他的账户你也查不了 请你找律师或者报警"], {}),
    (["customer: 我在一个网站上买球 赢了钱提不出来 平台让我再充钱解冻",
      "agent: 网上买球那是赌博 请您尽快报警"], {}),
])
def test_e504_quiet_when_identity_is_verified_or_no_account_query(lines, meta):
    assert_quiet(call(*lines), "E504", **meta)


# --- K701 card-retention-info -------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["customer: 我的卡被ATM吞了 怎么办", "agent: 您带上身份证去网点领就行"],             # no time
    ["customer: 我的卡被吞了", "agent: 您次日到网点领取就可以"],                       # no id
    ["customer: 卡被吞了", "agent: 您去网点问一下吧"],
    ["customer: 取款机把我的卡吃了", "agent: 您三个工作日后来领"],                     # no id
    ["customer: 卡没退出来", "agent: 系统显示已经处理了"],
    ["customer: 吞卡了怎么办", "agent: 您七个工作日后凭身份证领取"],                   # wrong time
    ["customer: 我的卡被機器吞了", "agent: 您去網點問一下吧"],                          # Traditional
    ["customer: 我卡被吞了", "agent: 您带身份证过去 我保证明天之前给您解决"],             # a promise, not a pickup time
    ["customer: 取款机吞了我的卡", "agent: 请您稍等", "agent: 您带好有效证件去网点"],
    ["customer: ATM把我的卡吞进去了", "agent: 一周后来领"],
    ["customer: 我的卡卡在取款机里了", "agent: 您明天再问问"],
])
def test_k701_fires_when_the_retained_card_answer_is_incomplete(lines):
    assert_fires(call(*lines), "K701")


@pytest.mark.parametrize("lines", [
    ["customer: 我的卡被吞了", "agent: 您可在次日凭本人有效身份证件到所属网点办理领卡手续"],
    ["customer: 卡被ATM吞了", "agent: 离行式自助设备需要三个工作日后凭本人身份证到指定网点领取"],
    ["customer: 吞卡了", "agent: 日间吞卡的话当日就可以领 您带好身份证"],
    ["customer: 我的卡被吞了", "agent: 请您带上本人有效证件", "agent: 第二天到网点领取就可以"],
    ["customer: 卡被机器吞了", "agent: 您明天带身份证去网点领就可以了"],
    ["customer: 我的卡被吞了", "agent: 您可在次日憑本人有效身份證件到網點領卡"],             # Traditional
    ["customer: 卡没退出来", "agent: 3个工作日后凭有效证件领取"],
    ["customer: 信用卡年费怎么收", "agent: 您去网点问一下吧"],                            # no retention
    ["customer: 我的卡被扣了年费", "agent: 年费是二百元"],                                # 扣 is not retention
    ["customer: 我的卡掉在出租车里了", "agent: 已经帮您挂失"],                             # lost, not retained
    ["customer: 信用卡年费没退回来", "agent: 我帮您查一下"],
])
def test_k701_quiet_when_the_answer_has_id_and_time(lines):
    assert_quiet(call(*lines), "K701")


# --- K702 cash-discrepancy-info -----------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["customer: 取款机少吐了两百块钱", "agent: 好的 我帮您登记一下"],
    ["customer: 钱没出来 但是卡里扣了", "agent: 这个需要网点处理 您耐心等待"],
    ["customer: 扣了钱没出钞", "agent: 我保证明天之前给您解决"],
    ["customer: ATM多吐了一张", "agent: 好的 知道了"],
    ["customer: 机器少给了我一百", "agent: 七个工作日内处理"],                          # wrong time
    ["customer: 取款的时候钱没吐出来", "agent: 您去网点问一下吧"],
    ["customer: 取款機少吐了兩百塊", "agent: 好的 我幫您登記一下"],                      # Traditional
    ["customer: 有一笔短款", "agent: 会尽快处理"],
    ["customer: 我取两千 机器只吐了一千八", "agent: 好的 我给您登记一下"],
    ["customer: 取款机吐出来的钱少了两张", "agent: 我们会核实"],
])
def test_k702_fires_when_the_processing_time_is_missing(lines):
    assert_fires(call(*lines), "K702")


@pytest.mark.parametrize("lines", [
    ["customer: 取款机少吐了钱", "agent: 清机后3个工作日内会处理完毕"],
    ["customer: 钱没出来", "agent: 一般三个工作日内处理完 款项会退回您的账户"],
    ["customer: 少吐钞了", "agent: 紧急情况下次日就能处理完毕"],
    ["customer: 扣了钱没出钞", "agent: 第二天会处理好"],
    ["customer: 我的卡被ATM吞了", "agent: 您去网点问一下吧"],                            # retention, not cash
    ["customer: 取款机少吐了钱", "agent: 清機後3個工作日內處理完畢"],                      # Traditional
    ["customer: 钱没吐出来", "agent: 一到三个工作日会退回"],
    ["customer: 最近的取款机在哪", "agent: 在人民路网点"],                               # no discrepancy
    ["customer: 取款机多给了我一百块", "agent: 好的 我们会在3个工作日内处理"],
    ["customer: 转账的钱还没到账", "agent: 一般两小时内到账"],                             # not an ATM discrepancy
])
def test_k702_quiet_when_the_processing_time_is_given(lines):
    assert_quiet(call(*lines), "K702")


@pytest.mark.parametrize("said, fires", [
    ("关于您反映的取款机少给钱的问题 我们已经登记了", True),
    ("网点答复说那天是因为系统升级 窗口开得少 给您带来不便了", False),          # 开得少, then 给您
])
def test_k702_on_a_callback_reads_the_report_the_agent_recalls(said, fires):
    transcript = call(f"agent: 周先生您好 我是交通银行客户服务代表 {said}", "customer: 哦")
    found = findings_for(transcript, "K702", direction="outbound", call_type="complaint")
    assert bool(found) == fires


# --- X603 promise phrases (a list for the callback rule) ----------------------------------------

def test_callback_promise_phrases_cover_the_usual_promises(default_profile):
    from qa_scorer.matching import PhraseCompiler

    literals = PhraseCompiler(default_profile).literals(
        default_profile.section("callbacks")["promise_phrases"], "callbacks.promise_phrases")
    promises = ["稍后给您回电", "核实后尽快回复您", "我们会尽快联系您", "处理结果会电话通知您",
                "明天给您回个电话", "查清楚之后再跟您联系", "有结果了第一时间通知您"]
    for promise in promises:
        assert any(lit in promise for lit in literals), promise
    for not_a_promise in ["请您稍等", "您可以拨打客服热线", "您回头去网点看看"]:
        assert not any(lit in not_a_promise for lit in literals), not_a_promise
