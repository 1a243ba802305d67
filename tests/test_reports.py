"""The CSV reports: column order, BOM, formula escaping, atomic replacement."""
import csv
from datetime import datetime, timezone

import pytest

from qa_scorer.models import Call, Finding, Reject, Severity
from qa_scorer.reports import (AGENT_COLUMNS, CALL_COLUMNS, FINDING_COLUMNS, REJECT_COLUMNS,
                               excel_safe, write_reports)
from qa_scorer.scoring import score_call
from qa_scorer.store import Selection, Store

CALL = Call("C1", "811000", "inbound", datetime(2026, 11, 27, 9, tzinfo=timezone.utc), 60.0)
SCORING = {"deductions": {"critical": 100, "major": 10, "minor": 5, "info": 0},
           "critical_fails": True, "pass_mark": 80}
RULE_INFO = {"T104": ("long-hold", "major"), "P401": ("taboo-phrase", "critical")}


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no BOM"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def report(tmp_path, findings=(), rejects=()):
    out = tmp_path / "out"
    with Store(tmp_path / "qa.sqlite") as store:
        run_id = store.begin_run("night")
        result = score_call(CALL, findings, {"T104": Severity.MAJOR, "P401": Severity.CRITICAL}, SCORING)
        store.save_chunk(run_id, [result], {}, RULE_INFO, SCORING)
        store.save_rejects(run_id, rejects)
        store.finish_run(run_id)
        write_reports(out, store, Selection.of_run(run_id), ["T104", "P401"])
    return out


@pytest.mark.parametrize("value, written", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+86 138", "'+86 138"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("您好=", "您好="), (3.5, 3.5),
])
def test_formula_cells_are_escaped(value, written):
    assert excel_safe(value) == written


def test_reports_have_contract_columns_in_order_and_bom(tmp_path):
    out = report(tmp_path, [Finding("T104", "C1", 35.0, 98.5, "hold 35.0–98.5 s, 63.5 s", "held")],
                 [Reject("day/a.json", "not valid JSON")])
    assert read(out / "findings.csv")[0] == list(FINDING_COLUMNS)
    assert read(out / "calls.csv")[0] == list(CALL_COLUMNS)
    assert read(out / "agents.csv")[0] == list(AGENT_COLUMNS) + ["T104", "P401"]
    assert read(out / "rejects.csv")[0] == list(REJECT_COLUMNS)
    agent = dict(zip(read(out / "agents.csv")[0], read(out / "agents.csv")[1]))
    assert (agent["calls"], agent["mean_score"], agent["T104"], agent["P401"]) == ("1", "90", "1", "0")
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "staging left behind"


def test_evidence_starting_like_a_formula_is_escaped(tmp_path):
    out = report(tmp_path, [Finding("P401", "C1", 1.0, 2.0, "=您错了", "m")])
    row = dict(zip(FINDING_COLUMNS, read(out / "findings.csv")[1]))
    assert row["evidence"] == "'=您错了"


def test_a_failed_write_leaves_the_previous_reports_whole(tmp_path, monkeypatch):
    out = report(tmp_path, [Finding("T104", "C1", 35.0, 98.5, "hold", "held")])
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    class Broken(Store):
        def reject_rows(self, selection):
            raise KeyboardInterrupt  # Ctrl-C while the last table is being written

    with Broken(tmp_path / "qa.sqlite") as store, pytest.raises(KeyboardInterrupt):
        write_reports(out, store, Selection.of_run(1), ["T104"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
