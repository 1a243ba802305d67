"""The demo batch a newcomer runs first says what it shows: its README's table of expected
findings is exactly what the scorer reports."""
import csv
import re
from pathlib import Path

from click.testing import CliRunner

from qa_scorer.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "sample_calls"


def expected_rules() -> dict[str, set[str]]:
    rows = re.findall(r"^\| (S\d{8}-\d{4}) \|(?:[^|]*\|){4} ([^|]*) \|", (SAMPLES / "README.md").read_text("utf-8"), re.M)
    return {call_id: set(re.findall(r"[A-Z]\d{3}", rules)) for call_id, rules in rows}


def test_sample_report_matches_its_readme(tmp_path):
    result = CliRunner().invoke(main, ["score", str(SAMPLES), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "calls.csv", encoding="utf-8-sig") as handle:
        reported = {row["call_id"]: set(row["rules"].split()) for row in csv.DictReader(handle)}
    expected = expected_rules()
    assert len(expected) >= 30 and set(reported) == set(expected)
    assert reported == expected
