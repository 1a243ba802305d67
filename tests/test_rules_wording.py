"""P401–P405, P407, S202, S203: the declared wording rules of lexicons/wording.yaml.

Each rule has a table of hits (the rule must fire) and near misses (it must stay quiet). The
transcripts imitate ASR output: no or odd punctuation, fillers (嗯 那个 呃), spaces where the
recogniser paused, Traditional characters, and customers who say the very words the agent must
not. Rows are specifications: a row that stops passing means the rule changed meaning.
"""
from __future__ import annotations

import pytest

from harness import assert_fires, assert_quiet, findings_for

# --- P401 taboo-phrase ------------------------------------------------------------------------

P401_HITS = [
    # passing the buck, as labellers read it alone (blame on the caller before it makes it P404's)
    "agent: 跟我没关系",
    # the spec's own list
    "agent: 这个不行",
    "agent: 嗯 这个真的不行啊",
    "agent: 不行不行 这个肯定不能给您改",
    "agent: 这个我不知道",
    "agent: 那个 我也不知道为什么会这样",
    "agent: 这我真不知道",
    "agent: 具体什么原因 不知道 您再等等吧",
    "agent: 您错了 这笔钱是您自己转出去的",
    "agent: 你错了啊",
    "agent: 你这样说是错的",
    "agent: 不，我们这边办不了",
    "agent: 嗯 不。",
    "customer: 能不能帮我取消\nagent: 不 这个取消不了",
    # refusal
    "agent: 这是不可能的",
    "agent: 嗯 那这个没办法了",
    "agent: 我们这边也没有办法",
    "agent: 这个业务我们办不了",
    "agent: 我帮不了您",
    "agent: 这个我们真的做不到",
    "agent: 想都别想 这个额度不会再提了",
    "agent: 这个不能办",
    # ignorance
    "agent: 我也不清楚",
    "agent: 这个我们这边不太清楚",
    "agent: 我不懂这个理财产品",
    "agent: 我怎么知道您的钱去哪了",
    "agent: 这个业务我不了解",
    # passing the buck
    "agent: 这个不归我们管",
    "agent: 这不是我的事",
    "agent: 这个不关我们的事 您去找商户",
    "agent: 你找别人去吧",
    "agent: 这不是我们银行的责任",
    # the customer is wrong
    "agent: 您搞错了 这个不是年费",
    "agent: 您理解错了",
    "agent: 您说的不对",
    "agent: 你这样理解是不对的",
    "agent: 这是您自己的错",
    "agent: 我不知道您说的是什么",
    # Traditional characters
    "agent: 這個我不知道 您自己搞錯了",
    "agent: 這個不行",
    "agent: 这个我们办理不了",
    "agent: 您肯定是记错了",
    "agent: 这个不是我们这边管的",
    # rule description with 不行 (decision: the word itself is the taboo)
    "agent: 密码输错三次就不行了",
]

P401_QUIET = [
    # words that merely contain 不
    "agent: 对不起 让您久等了",
    "agent: 不客气 这是我们应该做的",
    "agent: 不好意思 刚才没听清楚",
    "agent: 不用担心 我帮您处理",
    "agent: 不过您需要带上身份证",
    "agent: 不要紧的 我们再试一次",
    "agent: 这款产品收益还不错",
    "agent: 不是的 这笔是年费",
    "agent: 不会的 您的资金是安全的",
    # polite question forms
    "agent: 不知道您现在方便吗",
    "agent: 不知道您是否方便接听电话",
    "agent: 不知道您还有什么问题",
    "agent: 不知道还有什么可以帮您",
    "agent: 不知道我解释清楚了没有",
    "agent: 不知道有没有帮到您",
    "agent: 先生 不知道您这边对我们的服务还满意吗",
    # the customer or someone else does not know
    "agent: 如果您不知道密码 可以带身份证到网点重置",
    "agent: 您可能不知道 现在手机银行也能办",
    "agent: 对方不知道您的密码就转不走",
    # conditionals and questions
    "agent: 不行的话您可以去网点办理",
    "agent: 如果还是不行 您再给我们来电",
    "agent: 您看这样行不行",
    "agent: 我帮您看看有没有办法",
    "agent: 如果实在没办法的话 我帮您申请上级处理",
    "agent: 您的卡现在暂时没办法使用",
    # the customer says it
    "customer: 不行 我今天必须办\nagent: 我理解您的心情 我帮您看看",
    "customer: 我不知道卡号\nagent: 没关系 请您提供身份证号",
    "customer: 你错了吧\nagent: 可能是我没有解释清楚 我再跟您说明一下",
    "customer: 你们这个就是不行 没办法\nagent: 请您不要着急",
    # audio and clarification
    "agent: 您那边声音不太清楚",
    "agent: 我听不清楚 您能大点声吗",
    "agent: 我不太清楚您指的是哪一笔交易 您能说一下时间吗",
    "agent: 不好意思 刚才是我说错了",
    # bare 不 only as a clause of its own, not when it declines thanks
    "agent: 不不不 不用谢",
    "customer: 谢谢你啊\nagent: 不 不客气",
    "agent: 我这边暂时没办法查到这笔交易 我帮您提交核实",
    "agent: 这个问题我现在没办法马上答复您 核实后给您回电",
    "agent: 您不用担心",
]


@pytest.mark.parametrize("transcript", P401_HITS)
def test_p401_fires(transcript):
    assert_fires(transcript, "P401")


@pytest.mark.parametrize("transcript", P401_QUIET)
def test_p401_quiet(transcript):
    assert_quiet(transcript, "P401")


def test_p401_one_finding_per_occurrence_with_evidence():
    findings = findings_for("agent: 这个不行\ncustomer: 为什么\nagent: 我也不知道", "P401")
    assert len(findings) == 2
    assert "不行" in findings[0].evidence
    assert "不知道" in findings[1].evidence
    assert "不知道" in findings[1].message


# --- P402 over-promise ------------------------------------------------------------------------

P402_HITS = [
    "agent: 我们一定会给您一个满意的答复",
    "agent: 嗯 肯定会给你一个满意的交代",
    "agent: 我保证今天给您处理好",
    "agent: 我向您保证 不会再出现这种情况",
    "agent: 您放心 肯定没问题",
    "agent: 百分之百能到账",
    "agent: 这个绝对没问题的",
    "agent: 包您满意",
    "agent: 这个贷款肯定能办下来",
    "agent: 放心吧 包在我身上",
    "agent: 我们一定帮您把钱追回来 一定能追回",
    "agent: 我跟您打包票 明天就到",
    "agent: 这个理财稳赚不赔的",
    "agent: 这款产品保本保收益",
    "agent: 您放心 肯定不会影响您的征信",
    "agent: 那个 一点问题都没有",
    "agent: 马上就能给您到账",
    "agent: 我可以保证这笔钱是安全的",
    "agent: 我們一定會給您一個滿意的答覆",  # Traditional
    "agent: 年费肯定给您免掉",
    "agent: 放一百个心 明天一定能收到",
    "agent: 这款产品收益肯定能有百分之五",
]

P402_QUIET = [
    "agent: 为了保证您的资金安全 请不要透露验证码",
    "agent: 这个我们不能保证",
    "agent: 具体时间我无法保证 我们会尽快处理",
    "agent: 请您一定保管好您的密码",
    "agent: 一定要注意不要点陌生链接",
    "agent: 我们会尽快核实处理 并尽快回复您",
    "agent: 这笔是您的保证金 到期后会退回",
    "agent: 担保贷款需要提供担保人",
    "agent: 请您保证卡内余额充足",
    "agent: 绝对不要把验证码告诉任何人",
    "agent: 一般马上就能到账",
    "agent: 这个不一定能追回 我们会尽力",
    "agent: 我们一定会尽快给您处理",
    "agent: 我一定把您的意见反馈给相关部门",
    "customer: 你能保证吗 百分之百没问题吗\nagent: 我们会尽快核实处理",
    "customer: 你绝对要给我解决\nagent: 好的 我帮您记录",
    "agent: 这个收益不能百分之百确定",
    "agent: 好的 没问题 我帮您查一下",
    # anti-fraud warnings are not promises
    "agent: 这个绝对是诈骗电话 请您不要理会",
    "agent: 我们银行绝对不会向您索要验证码",
    "agent: 百分之百是骗子 您千万别转账",
]


@pytest.mark.parametrize("transcript", P402_HITS)
def test_p402_fires(transcript):
    assert_fires(transcript, "P402")


@pytest.mark.parametrize("transcript", P402_QUIET)
def test_p402_quiet(transcript):
    assert_quiet(transcript, "P402")


# --- P403 compensation-promise ----------------------------------------------------------------

P403_HITS = [
    "agent: 我们会赔偿您的",
    "agent: 嗯 我们这边给您补偿",
    "agent: 这个钱我们赔给您",
    "agent: 损失由我们承担",
    "agent: 您的打车费我们给您报销",
    "agent: 我们会给您一些补偿",
    "agent: 您放心 损失我们来承担",
    "agent: 我们银行可以全额赔偿",
    "agent: 送您五百积分作为补偿",
    "agent: 少的钱我们给您补上",
    "agent: 我们会弥补您的损失",
    "agent: 我们先给您垫付",
    "agent: 我们双倍赔偿",
    "agent: 我这边可以补偿您一百块",
    "agent: 那个 给您一定的补偿 您看可以吗",
    "agent: 给您两百块钱补偿",
    "agent: 手续费我们给您补回来",
    "agent: 多扣的钱我们双倍退还给您",
    "agent: 您的损失我们会全额承担",
    "agent: 我們會賠償您的損失",  # Traditional
]

P403_QUIET = [
    "agent: 关于赔偿我们会尽快核实",
    "agent: 赔偿的事情需要上级核实后答复您",
    "agent: 您要求赔偿的诉求我记录下来了",
    "agent: 我无法答应赔偿",
    "agent: 我们没有权限直接赔偿您",
    "agent: 是否给您补偿要看调查结果",
    "agent: 能不能赔偿您需要上级审核",
    "agent: 多扣的手续费核实后会退回您的账户",
    "agent: 我们会就赔偿问题和相关部门沟通",
    "agent: 您可以申请补办一张新卡",
    "agent: 这笔款项核实后会退还给您",
    "agent: 您可以向保险公司申请理赔",
    "customer: 你们必须赔偿我的损失\nagent: 我理解您的心情 您的诉求我已经记录",
    "customer: 给我补偿\nagent: 我们会尽快核实处理并回复您",
    "agent: 这个凭证可以作为赔偿的依据",
    "agent: 您希望我们赔偿您 我已经记下来了",
    "agent: 我们帮您申请一下 能不能补偿需要审核",
    "agent: 补发的新卡三天后寄到",
]


@pytest.mark.parametrize("transcript", P403_HITS)
def test_p403_fires(transcript):
    assert_fires(transcript, "P403")


@pytest.mark.parametrize("transcript", P403_QUIET)
def test_p403_quiet(transcript):
    assert_quiet(transcript, "P403")


# --- P404 disrespect --------------------------------------------------------------------------

P404_HITS = [
    # blame thrown back: labellers count it as confrontation, not as the taboo 不归我管
    "agent: 这是您自己的问题",
    "agent: 你听不懂吗",
    "agent: 我已经说过很多遍了",
    "agent: 嗯 我都跟您说了好几遍了",
    "agent: 我刚才不是跟您说过了吗",
    "agent: 你自己看",
    "agent: 你自己去查吧",
    "agent: 这都不知道",
    "agent: 这么简单都不会",
    "agent: 爱办不办",
    "agent: 你到底想怎样",
    "agent: 跟你说了你也不懂",
    "agent: 你有完没完",
    "agent: 你怎么这么烦",
    "agent: 你是不是傻",
    "agent: 不要跟我吵",
    "agent: 你冲我发什么火",
    "agent: 有本事你去投诉",
    "agent: 随便你",
    "agent: 你问我我问谁",
    "agent: 您这是无理取闹",
    "agent: 您可真行",
    # questioning the customer's common sense or education
    "agent: 这是最基本的常识好吗",
    "agent: 您上过学吗",
    "agent: 你是小学生吗 这都要问",
    "agent: 您一点文化都没有",
    "agent: 您连基本的常识都没有吗",
    "agent: 那个 你怎么就听不明白呢",
    "agent: 你能不能听明白",
    "agent: 您是不是脑子有问题",
    "agent: 说了半天你还是不懂",
    "agent: 你先搞清楚再打电话",
    "agent: 爱找谁找谁",
    "agent: 你自己不会看吗",
    "agent: 你聽不懂嗎 我已經說過很多遍了",  # Traditional
]

P404_QUIET = [
    "agent: 请您不要生气 我们会尽快处理",
    "agent: 您别着急 我再给您解释一遍",
    "agent: 我理解您的心情",
    "agent: 不好意思 我没听懂您的意思 您能再说一下吗",
    "agent: 您可以在手机银行里自己查询明细",
    "agent: 您也可以自己在网上查",
    "agent: 如果您有不懂的地方 随时问我",
    "agent: 如果您听不明白 我可以再说一遍",
    "agent: 这个不会影响您的征信",
    "agent: 您已经说过好几次了 我非常理解",
    "agent: 请问您叫什么名字",
    "agent: 您的卡可能有点问题",
    "agent: 如果您不满意 可以拨打我们的投诉电话",
    "customer: 你听不懂吗 我说了多少遍了\nagent: 非常抱歉 是我没有理解清楚",
    "customer: 你们爱办不办\nagent: 请您别着急 我马上帮您办理",
    "customer: 随便你\nagent: 好的 那我先帮您登记",
    "agent: 时间您定 看您方便",
    "agent: 我给您介绍一些防骗的常识",
    "agent: 我们会定期普及金融知识",
    "agent: 请问您是凭什么证件开的户",
    "agent: 您不是故意的 我理解",
    "agent: 您这边是怎么回事呢 能具体说一下吗",
]


@pytest.mark.parametrize("transcript", P404_HITS)
def test_p404_fires(transcript):
    assert_fires(transcript, "P404")


@pytest.mark.parametrize("transcript", P404_QUIET)
def test_p404_quiet(transcript):
    assert_quiet(transcript, "P404")


def test_belittling_the_callers_ignorance_is_p404_not_p401():
    # 这都不知道 names the caller's ignorance, not the agent's: the spec lists it under P404, and labellers
    # add P401 only when the agent also says a taboo of their own
    assert_fires("agent: 这都不知道", "P404")
    assert_quiet("agent: 这都不知道", "P401")
    assert_quiet("agent: 身份证啊 这都不知道吗", "P401")
    assert_fires("agent: 这都不知道 那我也不知道怎么跟你说了", "P401")
    assert_fires("agent: 我连这个也不知道", "P401")
    assert_quiet("agent: 他都不知道啊", "P401")


# --- P405 informal-address --------------------------------------------------------------------

P405_HITS = [
    "agent: 你好 请问有什么可以帮您",
    "agent: 请问你的卡号是多少",
    "agent: 嗯 我帮你查一下",
    "agent: 短信已经发给你了",
    "agent: 謝謝你的耐心等待",  # Traditional
    "agent: 您好 请问 那个 你是本人吗",
    "agent: 你稍等一下",
    "agent: 我们会尽快给你回电",
    "agent: 妳好 請問有什麼可以幫您",
    "agent: 在你看来这个方案可以吗",
    "agent: 谢谢你",
    "agent: 你放心",
    "agent: 我帮你忙查一下",
    "agent: 这张卡你还在用吗",
    "agent: 那你先去网点",
]

P405_QUIET = [
    "agent: 您好 请问有什么可以帮您",
    "agent: 你们银行的客户都可以办理 您也可以",
    "agent: 这是一张迷你卡",
    "customer: 你好 我想问一下\nagent: 您好 请讲",
    "customer: 你帮我查一下\nagent: 好的 请您稍等",
    "agent: 谢谢您的来电 再见",
    "agent: 您们好",
    "agent: 您的卡号是多少",
    "agent: 祝您生活愉快",
    "agent: 您们两位都需要到场",
    "customer: 你们怎么回事\nagent: 非常抱歉给您带来不便",
    "agent: 请您稍等",
    "agent: 我帮您查一下",
    "agent: 您放心",
    "agent: 您先去网点",
]


@pytest.mark.parametrize("transcript", P405_HITS)
def test_p405_fires(transcript):
    assert_fires(transcript, "P405")


@pytest.mark.parametrize("transcript", P405_QUIET)
def test_p405_quiet(transcript):
    assert_quiet(transcript, "P405")


# --- P407 polite-words ------------------------------------------------------------------------

P407_HITS = [
    "agent: 您好 交行 很高兴为您服务\ncustomer: 查余额\nagent: 好的 谢谢您 再见",
    "agent: 喂\ncustomer: 查余额\nagent: 查好了 再见",
    "agent: 您好\ncustomer: 卡丢了\nagent: 带身份证去网点挂失 谢谢您的来电",
    # 请 only inside other words
    "agent: 您可以申请一张新卡\nagent: 谢谢您",
    "agent: 我们邀请您参加活动 谢谢",
    "agent: 好的 我帮您申请 再见",
    "agent: 这个要报请上级审批 您等通知",
    # the customer's politeness does not count
    "customer: 请问怎么挂失 谢谢\nagent: 带身份证去网点",
    "agent: 您好\ncustomer: 请帮我查一下 谢谢你\nagent: 好的 没问题",
    "customer: 请你快点\nagent: 好的 马上",
    # fillers and Traditional characters change nothing
    "agent: 那个 嗯 您的卡已经挂失了 再见",
    "agent: 您好 交行 很高興爲您服務\nagent: 謝謝您的來電 再見",
    "agent: 感谢您的来电",
    "agent: 您的邀请函已经寄出 感谢",
    "agent: 麻烦您稍等一下\nagent: 好了 欢迎您再次来电",
    "agent: 这顿饭我请客 谢谢您",
]

P407_QUIET = [
    "agent: 您好 请讲\ncustomer: 查余额\nagent: 好的 谢谢您的来电 再见",
    "agent: 请问您要办理什么业务\nagent: 感谢您的耐心等待",
    "agent: 請稍等\nagent: 謝謝您",
    "agent: 您请讲\nagent: 非常感谢您的支持",
    "agent: 嗯 请您提供一下身份证号\ncustomer: 好\nagent: 谢谢",
    "agent: 麻烦您稍等 请您不要挂机",
    "agent: 烦请您核对一下",
    "agent: 申请已经提交 请您留意短信",
    "agent: 请问还有其他问题吗",
    # a missing thanks is the closing rules' business (G304 / G305), not P407's
    "agent: 您好 请讲\ncustomer: 查余额\nagent: 好的 欢迎您再次来电 再见",
    "agent: 请稍等\nagent: 好的 查到了",
    "agent: 請問您要辦理什麼業務",
    "customer: 不用谢\nagent: 请您慢走",
    "agent: 那个 请\nagent: 好的",
    "agent: 嗯 您好\nagent: 请问是本人吗",
    # asking the account manager to go is a 请 too (it is not 请客)
    "agent: 好的 那我请客户经理明天把合同给您送过去\nagent: 谢谢您 再见",
]


@pytest.mark.parametrize("transcript", P407_HITS)
def test_p407_fires(transcript):
    assert_fires(transcript, "P407")


@pytest.mark.parametrize("transcript", P407_QUIET)
def test_p407_quiet(transcript):
    assert_quiet(transcript, "P407")


def test_p407_one_finding_per_call_naming_the_word():
    [finding] = findings_for("agent: 您好\nagent: 好的 查到了\nagent: 再见", "P407")
    assert "请" in finding.message


# --- S202 banking-jargon ----------------------------------------------------------------------

S202_HITS = [
    "agent: 您这笔交易已经冲正了",
    "agent: 系统会自动轧差",
    "agent: 今天头寸比较紧张",
    "agent: 您需要先圈存到电子现金账户",
    "agent: 这笔钱目前是挂账状态",
    "agent: 我们这边给您做抹账处理",
    "agent: 资金在途 还没有到",
    "agent: 日终以后才会入账",
    "agent: 钱在我们的过渡户里",
    "agent: 这是大额支付系统的问题",
    "agent: 嗯 这个要走核销流程",
    "agent: 这笔已经做了借记调整",
    "agent: 備付金不足",
    "agent: 我们这边跑批以后就好了",
    "agent: 这笔已经冲账了",
]

S202_QUIET = [
    "agent: 您的借记卡余额是五百元",
    "agent: 信用卡的还款日是每月五号",
    "agent: 转账手续费是两块钱",
    "agent: 定期存款的利息是到期支付的",
    "agent: 我帮您办理挂失",
    "agent: 您的账户已经冻结",
    "agent: 对账单会寄到您的地址",
    "agent: 这笔扣款已经退回到您的账户了",
    "agent: 您可以申请调整信用额度",
    "customer: 你们说的冲正是什么意思\nagent: 就是把这笔扣款退回给您",
    "agent: 这是节假日终止的业务",
    "agent: 您需要调账户的密码吗",
    "agent: 请您先清理一下缓存",
    "agent: 您这个账户现在可以正常使用",
    "agent: 钱会在两个小时内到账",
]


@pytest.mark.parametrize("transcript", S202_HITS)
def test_s202_fires(transcript):
    assert_fires(transcript, "S202")


@pytest.mark.parametrize("transcript", S202_QUIET)
def test_s202_quiet(transcript):
    assert_quiet(transcript, "S202")


# --- S203 dialect -----------------------------------------------------------------------------

S203_HITS = [
    "agent: 唔该您等一下",
    "agent: 您要办咩业务",
    "agent: 呢个系您嘅卡",
    "agent: 冇问题",
    "agent: 您有啥子问题",
    "agent: 这个咋整呢",
    "agent: 您晓得不",
    "agent: 侬好 请问有什么可以帮您",
    "agent: 阿拉银行可以办",
    "agent: 这样可以伐",
    "agent: 俺帮您查一下",
    "agent: 您是咋操作的",
    "agent: 中不中",
    "agent: 这样巴适得很",
    "agent: 您要搞么子",
    "agent: 您这个卡咋个回事",
]

S203_QUIET = [
    "agent: 咱们一起看一下",
    "agent: 您有什么问题",
    "agent: 这个怎么办呢",
    "agent: 您知道吗",
    "agent: 请问您需要办理什么业务",
    "agent: 您是用阿拉伯数字写的吗",
    "agent: 我们要加快步伐",
    "customer: 唔该 我想问下\nagent: 您好 请讲",
    "customer: 啥子意思嘛\nagent: 我给您解释一下",
    "agent: 这个为啥不行 我帮您查一下",
    "agent: 您说的是啥意思",
    "agent: 咱帮您看看",
    "agent: 嗯 好的 没问题",
    "agent: 请您集中注意力",
    "agent: 这是一个什么子公司",
]


@pytest.mark.parametrize("transcript", S203_HITS)
def test_s203_fires(transcript):
    assert_fires(transcript, "S203")


@pytest.mark.parametrize("transcript", S203_QUIET)
def test_s203_quiet(transcript):
    assert_quiet(transcript, "S203")


# --- shared -----------------------------------------------------------------------------------

@pytest.mark.parametrize("rule_id", ["P401", "P402", "P403", "P404"])
def test_critical_wording_rules_ignore_the_customer(rule_id):
    transcript = ("customer: 不行 我不知道 你错了 你保证百分之百没问题 你们要赔偿我 "
                  "你听不懂吗 爱办不办\nagent: 好的 我理解您的心情 请您稍等")
    assert_quiet(transcript, rule_id)
