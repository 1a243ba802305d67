"""Nightly use with a results store: night-by-night equals all-at-once, re-runs change nothing,
and `report` rewrites any period from the store."""
import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_scorer.cli import main
from qa_scorer.loading import open_batch
from qa_scorer.profile import load_profile
from qa_scorer.store import Store

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "goldset" / "batch"
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/goldset not present")


def call_record(call) -> dict:
    """A loaded call written back in the canonical format, metadata inline."""
    return {"call_id": call.call_id, "agent_id": call.agent_id, "direction": call.direction,
            "start_time": call.start_time.isoformat(), "talk_s": call.talk_s,
            "ring_count": call.ring_count, "ring_s": call.ring_s, "hangup_by": call.hangup_by,
            "call_type": call.call_type, "customer_id": call.customer_id,
            "customer_name": call.customer_name,
            "holds": [{"start": h.start, "end": h.end} for h in call.holds],
            "segments": [{"speaker": s.speaker, "start": s.start, "end": s.end, "text": s.text}
                         for s in call.segments]}


def split_into_nights(batch: Path, into: Path) -> list[Path]:
    """One folder per call day, each a JSONL file of that day's calls."""
    nights: dict[str, list[dict]] = {}
    for call in open_batch(batch, load_profile()):
        record = {k: v for k, v in call_record(call).items() if v is not None}
        nights.setdefault(call.start_time.date().isoformat(), []).append(record)
    folders = []
    for day, records in sorted(nights.items()):
        folder = into / day
        folder.mkdir(parents=True)
        with open(folder / "calls.jsonl", "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        folders.append(folder)
    return folders


def score(folder: Path, out: Path, db: Path):
    result = CliRunner().invoke(main, ["score", str(folder), "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def x_findings(db: Path) -> set[tuple[str, str]]:
    with Store(db) as store:
        return {(f.call_id, f.rule_id) for f in store.x_findings()}


@needs_gold
def test_night_by_night_gives_the_same_callbacks_as_one_run(tmp_path):
    score(GOLD, tmp_path / "all", tmp_path / "all.sqlite")
    nights = split_into_nights(GOLD, tmp_path / "nights")
    assert len(nights) >= 5
    for night in nights:
        score(night, tmp_path / "out" / night.name, tmp_path / "nightly.sqlite")
    single = x_findings(tmp_path / "all.sqlite")
    assert single and x_findings(tmp_path / "nightly.sqlite") == single


@needs_gold
def test_rerunning_a_night_changes_no_count(tmp_path):
    nights = split_into_nights(GOLD, tmp_path / "nights")
    db = tmp_path / "qa.sqlite"
    for night in nights[:3]:
        score(night, tmp_path / "out", db)
    with Store(db) as store:
        before = store.counts()
    score(nights[1], tmp_path / "again", db)
    score(nights[2], tmp_path / "again", db)
    with Store(db) as store:
        assert store.counts() == before


@needs_gold
def test_report_rewrites_a_period_from_the_store(tmp_path):
    db = tmp_path / "qa.sqlite"
    score(GOLD, tmp_path / "night", db)
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--from", "2026-11-24",
                                       "--to", "2026-11-25", "--out", str(tmp_path / "period")])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "period" / "calls.csv", encoding="utf-8-sig") as handle:
        days = {row["start_time"][:10] for row in csv.DictReader(handle)}
    assert days == {"2026-11-24", "2026-11-25"}
    with open(tmp_path / "period" / "agents.csv", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert {"mean_score_7d", "pass_rate_30d", "mean_score_change_7d", "X601"} <= set(header)
