"""The CSV reports: column order, BOM, formula escaping, masking, atomic writes."""
import csv
from datetime import datetime, timezone

import pytest

from qa_scorer.models import Call, Finding, Reject
from qa_scorer.reports import (AGENT_COLUMNS, CALL_COLUMNS, FINDING_COLUMNS, REJECT_COLUMNS,
                               ReportWriter, excel_safe)
from qa_scorer.privacy import mask_personal_data
from qa_scorer.scoring import Scorecards, score_call
from qa_scorer.models import Severity

CALL = Call("C1", "811000", "inbound", datetime(2026, 11, 27, 9, tzinfo=timezone.utc), 60.0)


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no BOM"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_reports(tmp_path, findings=(), rejects=()):
    writer = ReportWriter(tmp_path, ["T104", "P401"], {"T104": "long-hold", "P401": "taboo-phrase"},
                          {"T104": "major", "P401": "critical"}, mask=mask_personal_data)
    result = score_call(CALL, findings, {"T104": Severity.MAJOR, "P401": Severity.CRITICAL},
                        {"deductions": {"critical": 100, "major": 10, "minor": 5, "info": 0},
                         "critical_fails": True, "pass_mark": 80})
    writer.write_result(result)
    for reject in rejects:
        writer.write_reject(reject)
    cards = Scorecards()
    cards.add(result)
    writer.commit(cards)


@pytest.mark.parametrize("value, written", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+86 138", "'+86 138"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("您好=", "您好="), (3.5, 3.5),
])
def test_formula_cells_are_escaped(value, written):
    assert excel_safe(value) == written


def test_reports_have_contract_columns_in_order_and_bom(tmp_path):
    write_reports(tmp_path, [Finding("T104", "C1", 35.0, 98.5, "hold 35.0–98.5 s, 63.5 s", "held")],
                  [Reject("day/a.json", "not valid JSON", line=None)])
    assert read(tmp_path / "findings.csv")[0] == list(FINDING_COLUMNS)
    assert read(tmp_path / "calls.csv")[0] == list(CALL_COLUMNS)
    assert read(tmp_path / "agents.csv")[0] == list(AGENT_COLUMNS) + ["T104", "P401"]
    assert read(tmp_path / "rejects.csv")[0] == list(REJECT_COLUMNS)
    assert read(tmp_path / "agents.csv")[1][-2:] == ["1", "0"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging left behind"


def test_evidence_with_a_formula_or_a_card_number_is_safe(tmp_path):
    write_reports(tmp_path, [Finding("P401", "C1", 1.0, 2.0, "=您的卡号是六二二二零二零二一二三四五六七八", "m")])
    row = dict(zip(FINDING_COLUMNS, read(tmp_path / "findings.csv")[1]))
    assert row["evidence"] == "'=您的卡号是6222 **** **** 5678"


def test_a_failed_run_leaves_no_report_that_looks_complete(tmp_path):
    writer = ReportWriter(tmp_path, [], {}, {})
    writer.write_reject(Reject("a.json", "broken"))
    writer.discard()
    assert list(tmp_path.iterdir()) == []
