"""No report ever contains a customer's full card, id or mobile number, whoever said it and
whichever rule quoted it."""
import json
import re

import pytest
from click.testing import CliRunner

from qa_scorer.cli import main
from qa_scorer.normalise import normalise_digits
from qa_scorer.privacy import mask_personal_data


@pytest.mark.parametrize("said, written", [
    ("您的手机号是一三八一二三四五六七八", "您的手机号是138****5678"),
    ("卡号六二二二 零二零二 一二三四 五六七八", "卡号6222 **** **** 5678"),
    ("卡号6222 0202 1234 5678 901", "卡号6222 **** **** 8901"),
    ("卡号６２２２０２０２１２３４５６７８", "卡号6222 **** **** 5678"),
    ("身份证一一零一零五一九九零零三零七一二三四X", "身份证1101 **** **** 234X"),
    ("尾号七八九零", "尾号七八九零"),
    ("请拨打95559", "请拨打95559"),
    ("转账五万元 二零二六年十一月", "转账五万元 二零二六年十一月"),
    ("工号八幺幺洞洞洞", "工号八幺幺洞洞洞"),
    ("=一三八一二三四五六七八", "=138****5678"),
])
def test_numbers_are_masked_in_any_form(said, written):
    assert mask_personal_data(said) == written


FULL_NUMBER = re.compile(r"\d{11,}")


def test_no_report_file_contains_a_full_number(tmp_path):
    night = tmp_path / "night"
    night.mkdir()
    card, mobile = "六二二二零二零二一二三四五六七八九", "幺三九幺二三四五六七八"
    segments = [
        {"speaker": "agent", "start": 0.5, "end": 6, "text": "您好交行八幺幺洞洞洞很高兴为您服务请讲"},
        {"speaker": "customer", "start": 7, "end": 12, "text": f"我卡号是{card} 你错了 不行"},
        {"speaker": "agent", "start": 13, "end": 20, "text": f"好的 您的卡号{card} 手机{mobile} 对吗"},
        {"speaker": "agent", "start": 21, "end": 26, "text": f"你错了 我知道 {mobile}"},
    ]
    calls = [
        {"call_id": "N1", "agent_id": "811000", "direction": "inbound", "ring_count": 1,
         "start_time": "2026-11-27T09:00:00+08:00", "talk_s": 30, "call_type": "complaint",
         "customer_id": "13912345678", "segments": segments},
        {"call_id": "N2", "agent_id": "811000", "direction": "sideways", "ring_count": 1,
         "start_time": "2026-11-27T09:00:00+08:00", "talk_s": 30, "customer_id": "13912345678",
         "segments": [{"speaker": "spk_13812345678", "start": 0, "end": 1, "text": "喂"}]},
    ]
    (night / "calls.jsonl").write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in calls),
                                       encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(night), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    findings = (tmp_path / "out" / "findings.csv").read_text(encoding="utf-8-sig")
    assert "P406" in findings and "P401" in findings
    for report in (tmp_path / "out").glob("*.csv"):
        spoken_as_digits = normalise_digits(report.read_text(encoding="utf-8-sig")).text
        assert not FULL_NUMBER.search(spoken_as_digits), f"{report.name} leaks a number"
