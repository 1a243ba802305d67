"""The supervisor's CSV reports: fixed column order, UTF-8 with BOM, formula escaping, atomic writes."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .models import CallResult, Reject
from .scoring import Scorecards

# The output contract (../shared/spec/data-format.md); the one place the column order is defined.
FINDING_COLUMNS = ("call_id", "agent_id", "rule_id", "rule", "severity", "start", "end",
                   "evidence", "message")
CALL_COLUMNS = ("call_id", "agent_id", "direction", "start_time", "talk_s", "call_type",
                "customer_id", "has_transcript", "score", "passed", "critical", "findings", "rules")
AGENT_COLUMNS = ("agent_id", "calls", "mean_score", "pass_rate", "critical_calls")
REJECT_COLUMNS = ("source", "line", "call_id", "reason")

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


class _CsvFile:
    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.handle = open(path, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(columns)
        self.columns = columns

    def write(self, row: Mapping[str, Any]) -> None:
        self.writer.writerow([_cell(row.get(c)) for c in self.columns])

    def close(self) -> None:
        self.handle.close()


class ReportWriter:
    """Streams rows into a hidden staging folder inside `out_dir`; `commit` moves the finished
    files into place, so an interrupted run never leaves a half-written report behind."""

    def __init__(self, out_dir: Path, rule_ids: Sequence[str], rule_names: Mapping[str, str],
                 severities: Mapping[str, str], mask: Callable[[str], str] = lambda s: s) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".qa-scorer-", dir=self.out_dir))
        self.rule_ids = list(rule_ids)
        self.rule_names = rule_names
        self.severities = severities
        self.mask = mask
        self.findings = _CsvFile(self.staging / "findings.csv", FINDING_COLUMNS)
        self.calls = _CsvFile(self.staging / "calls.csv", CALL_COLUMNS)
        self.rejects = _CsvFile(self.staging / "rejects.csv", REJECT_COLUMNS)

    def write_result(self, result: CallResult) -> None:
        call = result.call
        self.calls.write({
            "call_id": call.call_id, "agent_id": call.agent_id, "direction": call.direction,
            "start_time": call.start_time.isoformat(), "talk_s": call.talk_s,
            "call_type": call.call_type, "customer_id": call.customer_id,
            "has_transcript": call.has_transcript, "score": result.score,
            "passed": result.passed, "critical": result.critical,
            "findings": len(result.findings), "rules": " ".join(result.fired),
        })
        for finding in result.findings:
            self.findings.write({
                "call_id": finding.call_id, "agent_id": call.agent_id,
                "rule_id": finding.rule_id, "rule": self.rule_names[finding.rule_id],
                "severity": self.severities[finding.rule_id], "start": finding.start,
                "end": finding.end, "evidence": self.mask(finding.evidence),
                "message": self.mask(finding.message),
            })

    def write_reject(self, reject: Reject) -> None:
        self.rejects.write({"source": reject.source, "line": reject.line,
                            "call_id": reject.call_id, "reason": self.mask(reject.reason)})

    def commit(self, scorecards: Scorecards) -> None:
        """Write agents.csv, then move all four reports into `out_dir`."""
        agents = _CsvFile(self.staging / "agents.csv", AGENT_COLUMNS + tuple(self.rule_ids))
        for agent_id, tally in scorecards:
            agents.write({"agent_id": agent_id, "calls": tally.calls,
                          "mean_score": tally.mean_score, "pass_rate": tally.pass_rate,
                          "critical_calls": tally.critical_calls,
                          **{r: tally.calls_fired.get(r, 0) for r in self.rule_ids}})
        agents.close()
        for handle in (self.findings, self.calls, self.rejects):
            handle.close()
        for name in ("findings.csv", "calls.csv", "rejects.csv", "agents.csv"):
            os.replace(self.staging / name, self.out_dir / name)
        self.discard()

    def discard(self) -> None:
        """Throw away the staging folder (after commit, or when the run failed)."""
        for handle in (self.findings, self.calls, self.rejects):
            if not handle.handle.closed:
                handle.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """Write one report table atomically (temp file in the same folder, then rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        out = _CsvFile(Path(tmp), columns)
        for row in rows:
            out.write(row)
        out.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
