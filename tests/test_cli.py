"""The command line, end to end through click's CliRunner."""
import csv
import json

import pytest
from click.testing import CliRunner

from qa_scorer.cli import main

METADATA = """call_id,agent_id,direction,start_time,talk_s,ring_count,ring_s,holds,hangup_by,call_type,customer_id,customer_name
K1,811000,inbound,2026-11-27T09:00:00+08:00,45,1,,,customer,inquiry,,
K2,811000,inbound,2026-11-27T09:10:00+08:00,130,5,,20-95,agent,inquiry,,
K3,812000,outbound,2026-11-27T09:20:00+08:00,30,,,,customer,callback,C9,王
"""


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "night"
    folder.mkdir()
    (folder / "metadata.csv").write_text(METADATA, encoding="utf-8-sig")
    for call_id in ("K1", "K2"):
        (folder / f"{call_id}.json").write_text(json.dumps({"call_id": call_id, "segments": [
            {"speaker": "agent", "start": 0.5, "end": 5.0, "text": "您好交行八幺幺洞洞洞很高兴为您服务请讲"},
            {"speaker": "customer", "start": 6.0, "end": 8.0, "text": "我查一下余额"},
        ]}, ensure_ascii=False), encoding="utf-8")
    (folder / "broken.json").write_text("{\"call_id\": \"K4\", ", encoding="utf-8")
    (folder / "notes.txt").write_text("not a transcript", encoding="utf-8")
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_score_writes_reports_and_summarises(batch, tmp_path):
    result = run("score", batch, "--out", tmp_path / "out", "--select", "T")
    assert result.exit_code == 0, result.output
    calls = {r["call_id"]: r for r in rows(tmp_path / "out" / "calls.csv")}
    assert set(calls) == {"K1", "K2", "K3"}
    assert calls["K3"]["has_transcript"] == "false"
    assert calls["K2"]["rules"] == "T101 T104 T105"
    assert [r["source"] for r in rows(tmp_path / "out" / "rejects.csv")] == ["broken.json"]
    assert "3 calls scored" in result.output and "1 rejected" in result.output


def test_strict_exits_1_when_anything_was_rejected(batch, tmp_path):
    assert run("score", batch, "--out", tmp_path / "out", "--strict").exit_code == 1


@pytest.mark.parametrize("args, says", [
    (["--select", "Q9"], "'Q9' is not a rule id"),
    (["--profile", "missing.yaml"], "cannot read profile"),
    (["--metadata", "missing.csv"], "missing.csv"),
])
def test_usage_errors_exit_2_with_one_clear_line(batch, tmp_path, args, says):
    result = run("score", batch, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert says in result.output and "Traceback" not in result.output


def test_unreadable_folder_exits_2(tmp_path):
    result = run("score", tmp_path / "no-such-night", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no-such-night" in result.output


def test_bad_profile_is_refused_by_check_profile(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("rules:\n  T104:\n    max_hold_s: long\n", encoding="utf-8")
    result = run("check-profile", path)
    assert result.exit_code == 2 and "rules.T104.max_hold_s" in result.output


def test_rules_lists_id_name_severity_clause():
    lines = run("rules").output.splitlines()
    assert any(line.split()[:4] == ["T104", "long-hold", "major", "B2.3"] for line in lines)


def test_rule_prints_its_docs():
    result = run("rule", "t104")
    assert result.exit_code == 0
    assert "B2.3" in result.output and "Do instead" in result.output


def test_unknown_rule_is_a_usage_error():
    assert run("rule", "Z123").exit_code == 2


def test_as_of_needs_an_offset(batch, tmp_path):
    result = run("score", batch, "--out", tmp_path / "out", "--as-of", "2026-11-30T08:00:00")
    assert result.exit_code == 2 and "--as-of" in result.output


def test_a_file_that_is_not_a_store_is_a_usage_error(batch, tmp_path):
    not_a_store = tmp_path / "notes.sqlite"
    not_a_store.write_text("just text", encoding="utf-8")
    result = run("score", batch, "--out", tmp_path / "out", "--db", not_a_store)
    assert result.exit_code == 2 and "notes.sqlite" in result.output and "Traceback" not in result.output


def test_a_store_keeps_history_across_runs(batch, tmp_path):
    db = tmp_path / "qa.sqlite"
    assert run("score", batch, "--out", tmp_path / "n1", "--db", db).exit_code == 0
    assert run("score", batch, "--out", tmp_path / "n2", "--db", db).exit_code == 0
    result = run("report", "--db", db, "--from", "2026-11-27", "--to", "2026-11-27", "--out", tmp_path / "r")
    assert result.exit_code == 0, result.output
    assert {r["call_id"] for r in rows(tmp_path / "r" / "calls.csv")} == {"K1", "K2", "K3"}


def test_parallel_scoring_writes_the_same_reports(batch, tmp_path):
    small_chunks = tmp_path / "chunks.yaml"
    small_chunks.write_text("run:\n  chunk_size: 1\n", encoding="utf-8")
    for jobs in ("1", "2"):
        result = run("score", batch, "--out", tmp_path / jobs, "--jobs", jobs, "--profile", small_chunks)
        assert result.exit_code == 0, result.output
    for name in ("findings.csv", "calls.csv", "agents.csv", "rejects.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
