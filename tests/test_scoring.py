"""Scoring per rules.md: deductions once per rule per call, 一票否决, the pass mark."""
from datetime import datetime, timezone

import pytest

from qa_scorer.models import Call, Finding, Severity
from qa_scorer.profile import load_profile
from qa_scorer.scoring import score_call

SCORING = load_profile().section("scoring")
SEVERITIES = {"T104": Severity.MAJOR, "T106": Severity.MINOR, "P401": Severity.CRITICAL,
              "S202": Severity.INFO, "T105": Severity.MAJOR, "T102": Severity.MINOR}
CALL = Call("C1", "811000", "inbound", datetime(2026, 11, 27, tzinfo=timezone.utc), 60.0)


def result(*rule_ids, scoring=SCORING):
    findings = [Finding(r, "C1", None, None, "", "") for r in rule_ids]
    return score_call(CALL, findings, SEVERITIES, scoring)


@pytest.mark.parametrize("rule_ids, score, passed", [
    ((), 100, True),
    (("T104",), 90, True),
    (("T104", "T104", "T104"), 90, True),       # once per rule however often it fires
    (("T104", "T105"), 80, True),               # 80 is a pass
    (("T104", "T105", "T106"), 75, False),
    (("S202", "S202"), 100, True),              # info is reported, never deducted
    (("P401",), 0, False),                      # critical: score 0 and fail
    (("P401", "S202"), 0, False),
])
def test_score_and_pass(rule_ids, score, passed):
    scored = result(*rule_ids)
    assert (scored.score, scored.passed) == (score, passed)
    assert scored.critical == ("P401" in rule_ids)
    assert scored.fired == tuple(dict.fromkeys(rule_ids))


def test_scoring_is_configurable():
    lenient = {**SCORING, "pass_mark": 70, "critical_fails": False,
               "deductions": {**SCORING["deductions"], "critical": 30}}
    assert (result("P401", scoring=lenient).score, result("P401", scoring=lenient).passed) == (70, True)
