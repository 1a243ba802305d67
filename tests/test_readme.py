"""The README's worked example of a new rule really works."""
import re
from pathlib import Path

import pytest
import yaml

from harness import assert_fires, assert_quiet
from qa_scorer.profile import load_profile

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def centre_profile(tmp_path_factory):
    blocks = re.findall(r"```yaml\n(# centre\.yaml\n.*?)```", README.read_text("utf-8"), re.S)
    example = next(b for b in blocks if "kind: phrase" in b)
    path = tmp_path_factory.mktemp("profile") / "centre.yaml"
    path.write_text(example, encoding="utf-8")
    yaml.safe_load(example)
    return load_profile(path)


def test_new_requirement_rule_fires_and_stays_quiet(centre_profile):
    assert_fires("customer: 我想激活一下信用卡\nagent: 好的 已经为您激活了", "Z901", profile=centre_profile)
    assert_quiet("customer: 我想激活信用卡\nagent: 好的 请注意 我行不会向您索要验证码",
                 "Z901", profile=centre_profile)
    assert_quiet("customer: 我想查余额\nagent: 好的", "Z901", profile=centre_profile)


def test_new_forbid_rule_and_added_exception(centre_profile):
    assert_fires("agent: 好的亲 马上帮您查", "Z902", profile=centre_profile)
    assert_quiet("agent: 需要您本人亲自到网点办理", "Z902", profile=centre_profile)
    assert_quiet("agent: 不知道该怎么称呼您", "P401", profile=centre_profile)
    assert_fires("agent: 这个我不知道", "P401", profile=centre_profile)
