"""The rule registry is the contract of rules.md: ids, names, severities, clauses and docs."""
import re
from pathlib import Path

import pytest

from qa_scorer.profile import load_profile
from qa_scorer.rules import SelectionError, all_rules, select_ids

RULES_MD = Path(__file__).resolve().parents[1] / ".." / "shared" / "spec" / "rules.md"
RULES = all_rules(load_profile())


def catalogue() -> dict[str, tuple[str, str, str]]:
    rows = re.findall(r"^\| ([A-Z]\d{3}) \| ([a-z-]+) \| (\w+) \| ([^|]+) \|", RULES_MD.read_text("utf-8"), re.M)
    return {rid: (name, sev, clause.strip()) for rid, name, sev, clause in rows}


@pytest.mark.skipif(not RULES_MD.exists(), reason="../shared/spec/rules.md not present")
def test_every_registered_rule_is_in_the_catalogue_as_written():
    table = catalogue()
    for rule in RULES.values():
        assert rule.id in table, f"{rule.id} is not in rules.md"
        assert (rule.name, rule.severity.value, rule.clause) == table[rule.id]


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_every_rule_has_docs_with_all_sections(rule):
    for section in ("What it does", "Why it matters", "Example"):
        assert section in rule.docs, f"{rule.id} docs lack '{section}'"
    assert re.search(r"(Say|Do) instead", rule.docs), f"{rule.id} docs say nothing of what to do instead"
    assert rule.clause in rule.docs


IDS = ["T101", "T102", "T103", "T104", "T105", "T106", "P401", "P402", "P405"]


@pytest.mark.parametrize("select, ignore, expected", [
    ((), (), IDS),
    (("P4",), (), ["P401", "P402", "P405"]),
    (("T",), ("T10",), []),
    (("T10",), ("T",), ["T101", "T102", "T103", "T104", "T105", "T106"]),  # longest prefix wins
    ((), ("T1", "P402"), ["P401", "P405"]),
    (("T1", "P401"), ("T104",), ["T101", "T102", "T103", "T105", "T106", "P401"]),
    (("p401",), (), ["P401"]),
])
def test_select_and_ignore_by_prefix(select, ignore, expected):
    assert select_ids(IDS, select, ignore) == sorted(expected)


def test_unknown_selector_is_refused():
    with pytest.raises(SelectionError, match="'Z9'"):
        select_ids(IDS, ["Z9"])
