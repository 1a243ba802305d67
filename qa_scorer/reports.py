"""The supervisor's CSV reports, written from the results store: fixed column order, UTF-8 with
BOM, formula escaping, and atomic replacement of the whole set."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .store import TREND_COLUMNS, Selection, Store

# The output contract (../shared/spec/data-format.md); the one place the column order is defined.
FINDING_COLUMNS = ("call_id", "agent_id", "rule_id", "rule", "severity", "start", "end",
                   "evidence", "message")
CALL_COLUMNS = ("call_id", "agent_id", "direction", "start_time", "talk_s", "call_type",
                "customer_id", "has_transcript", "score", "passed", "critical", "findings", "rules")
AGENT_COLUMNS = ("agent_id", "calls", "mean_score", "pass_rate", "critical_calls") + TREND_COLUMNS
REJECT_COLUMNS = ("source", "line", "call_id", "reason")
REPORT_FILES = ("findings.csv", "calls.csv", "agents.csv", "rejects.csv")

FORMULA_STARTS = ("=", "+", "-", "@")


def excel_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    return excel_safe(value)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """One report table: a header, then a row per mapping, cells in `columns` order."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])


def write_reports(out_dir: Path, store: Store, selection: Selection, rule_ids: Sequence[str]) -> None:
    """Write findings.csv, calls.csv, agents.csv and rejects.csv for the selected calls.

    The tables are streamed from the store into a staging folder inside `out_dir` and moved into
    place only when all four are complete, so an interrupted run never leaves a half-written
    report that looks complete.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".qa-scorer-", dir=out_dir))
    try:
        write_csv(staging / "findings.csv", FINDING_COLUMNS, store.finding_rows(selection))
        write_csv(staging / "calls.csv", CALL_COLUMNS, store.call_rows(selection))
        write_csv(staging / "agents.csv", AGENT_COLUMNS + tuple(rule_ids),
                  store.agent_rows(selection, rule_ids))
        write_csv(staging / "rejects.csv", REJECT_COLUMNS, store.reject_rows(selection))
        for name in REPORT_FILES:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
