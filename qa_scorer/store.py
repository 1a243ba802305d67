"""The results store: every scored call, its findings and its callback duties, in one SQLite file.

A run writes each chunk of scored calls in one transaction (`save_chunk`), then the cross-call
rules are decided over the whole store (`rules.followup.decide_callbacks`), and the reports are
streamed back out of it (`call_rows`, `finding_rows`, `agent_rows`, `reject_rows`).

Three properties hold by construction:
- A call is keyed by `call_id`: saving it again replaces its row, findings and duties, so a night
  can be re-run and never duplicates anything.
- A chunk is all or nothing, and a run that died is resumed (`begin_run` on the same source returns
  the unfinished run), so a killed run followed by a re-run ends with the same rows as an
  uninterrupted one.
- A call's score always equals `score_fired` over its own fired rules plus the X rules it missed.
  The callback decisions are a pure function of the stored calls, the deadline settings and
  `as_of`, so recomputing them is idempotent and the order in which nights arrive does not matter.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

from .models import OUTBOUND, CallResult, Finding, Reject, Severity
from .privacy import mask_personal_data
from .scoring import score_fired

# Callback decision statuses. `no_customer`: the call has no customer_id, so no callback can be
# matched to it; rules.md evaluates the X rules only for calls that have one.
PENDING, MET, MISSED, NO_CUSTOMER = "pending", "met", "missed", "no_customer"
STATUSES = (PENDING, MET, MISSED, NO_CUSTOMER)

TREND_COLUMNS = ("mean_score_7d", "pass_rate_7d", "mean_score_30d", "pass_rate_30d",
                 "mean_score_change_7d", "pass_rate_change_7d")

# Each migration is the statements that take the schema from version i to i + 1; they run in one
# transaction together with the version bump. Append, never edit: stores in the field are at
# every version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: runs, scored calls, their findings, rejected input.
    (
        """CREATE TABLE runs (
               run_id      INTEGER PRIMARY KEY,
               source      TEXT NOT NULL UNIQUE,
               generation  INTEGER NOT NULL DEFAULT 1,
               started_at  TEXT NOT NULL,
               finished_at TEXT,
               as_of       TEXT,
               rules       TEXT NOT NULL DEFAULT ''
           )""",
        """CREATE TABLE calls (
               call_id        TEXT PRIMARY KEY,
               agent_id       TEXT NOT NULL,
               direction      TEXT NOT NULL,
               start_time     TEXT NOT NULL,
               start_epoch    REAL NOT NULL,
               start_day      TEXT NOT NULL,
               talk_s         REAL,
               call_type      TEXT,
               customer_id    TEXT,
               customer_key   TEXT,
               has_transcript INTEGER NOT NULL,
               score          REAL NOT NULL,
               passed         INTEGER NOT NULL,
               critical       INTEGER NOT NULL,
               fired          TEXT NOT NULL,
               findings       INTEGER NOT NULL,
               rules_run      TEXT NOT NULL,
               source         TEXT,
               run_id         INTEGER NOT NULL,
               run_generation INTEGER NOT NULL DEFAULT 1
           )""",
        "CREATE INDEX calls_by_day ON calls (start_day, agent_id)",
        "CREATE INDEX calls_by_run ON calls (run_id, run_generation)",
        """CREATE TABLE findings (
               call_id  TEXT NOT NULL,
               seq      INTEGER NOT NULL,
               rule_id  TEXT NOT NULL,
               rule     TEXT NOT NULL,
               severity TEXT NOT NULL,
               start_s  REAL,
               end_s    REAL,
               evidence TEXT NOT NULL,
               message  TEXT NOT NULL,
               PRIMARY KEY (call_id, seq)
           )""",
        # `batch` is the run's source folder: every night has its own metadata.csv line 12.
        """CREATE TABLE rejects (
               batch   TEXT NOT NULL,
               source  TEXT NOT NULL,
               line    INTEGER NOT NULL,
               call_id TEXT NOT NULL,
               reason  TEXT NOT NULL,
               run_id  INTEGER NOT NULL,
               PRIMARY KEY (batch, source, line)
           )""",
    ),
    # v2: cross-call duties (X601–X603) and their decisions.
    (
        "ALTER TABLE calls ADD COLUMN x_fired TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX calls_by_customer ON calls (customer_key, direction, start_epoch)",
        """CREATE TABLE callback_decisions (
               call_id       TEXT NOT NULL,
               rule_id       TEXT NOT NULL,
               status        TEXT NOT NULL DEFAULT 'pending'
                             CHECK (status IN ('pending', 'met', 'missed', 'no_customer')),
               deadline      TEXT,
               rule          TEXT,
               severity      TEXT,
               evidence      TEXT,
               message       TEXT,
               decided_as_of TEXT,
               decided_epoch REAL,
               decided_run   INTEGER,
               PRIMARY KEY (call_id, rule_id)
           )""",
        "CREATE INDEX decisions_by_status ON callback_decisions (status, decided_epoch)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """A store file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Duty:
    """A stored call that must be followed by a callback under one X rule."""

    call_id: str
    rule_id: str
    start_time: datetime
    customer_id: str | None  # masked, for evidence
    customer_key: str | None  # what callbacks are matched on
    status: str  # as stored: pending until first decided


@dataclass(frozen=True)
class Decision:
    """The outcome of one duty as of a reference time; `finding` is set when it was missed."""

    call_id: str
    rule_id: str
    status: str
    deadline: datetime | None
    finding: Finding | None = None
    rule: str = ""
    severity: str = ""


@dataclass(frozen=True)
class Selection:
    """Which stored calls a report covers: the calls one run saved, or the calls that started on
    the days `first_day`..`last_day` (inclusive, in each call's own local time)."""

    run_id: int | None = None
    first_day: date | None = None
    last_day: date | None = None

    @classmethod
    def of_run(cls, run_id: int) -> Selection:
        return cls(run_id=run_id)

    @classmethod
    def between(cls, first_day: date, last_day: date) -> Selection:
        return cls(first_day=first_day, last_day=last_day)

    def where(self, alias: str = "c") -> tuple[str, tuple[Any, ...]]:
        """A SQL condition on the calls table (aliased `alias`) and its parameters."""
        if self.run_id is not None:
            # The calls the latest run of that source saved, not those of its earlier runs.
            return (f"{alias}.run_id = ? AND {alias}.run_generation = "
                    "(SELECT generation FROM runs WHERE run_id = ?)", (self.run_id, self.run_id))
        if self.first_day is None or self.last_day is None:
            raise ValueError("a selection needs a run id or both days of a date range")
        return (f"{alias}.start_day BETWEEN ? AND ?",
                (self.first_day.isoformat(), self.last_day.isoformat()))


class Store:
    """A results store in the SQLite file at `path` (created, or migrated to the current schema).

    Use it as a context manager, or call `close()`.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._delete_on_close = False
        try:
            # Autocommit mode: transactions are explicit (`_transaction`), never implicit.
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        self.db.row_factory = sqlite3.Row
        try:
            migrate(self.db)
        except (sqlite3.Error, StoreError) as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a usable qa-scorer store ({exc})") from None

    @classmethod
    def temporary(cls) -> Store:
        """A store in a temporary file, deleted on close: a run without --db still goes through it."""
        fd, name = tempfile.mkstemp(prefix="qa-scorer-", suffix=".sqlite")
        os.close(fd)
        store = cls(name)
        store._delete_on_close = True
        return store

    def close(self) -> None:
        self.db.close()
        if self._delete_on_close:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self.db):
            yield self.db

    # --- runs -------------------------------------------------------------------------------

    def begin_run(self, source: str, rules: Iterable[str] = ()) -> int:
        """The id of a new run of `source`, or of the unfinished run of the same source.

        A source has one row in `runs`, so re-running a night changes no count. Resuming means a
        run killed halfway and re-run ends with the same rows as a run that was never
        interrupted. Running a finished source again starts its next `generation`: its report
        covers the calls saved from then on (a folder reused night after night shows only
        tonight's calls), and its rejects are reported afresh.
        """
        rules_text = " ".join(sorted(rules))
        with self._transaction() as db:
            row = db.execute("SELECT run_id, finished_at FROM runs WHERE source = ?",
                             (source,)).fetchone()
            if row is None:
                return db.execute("INSERT INTO runs (source, started_at, rules) VALUES (?, ?, ?)",
                                  (source, _now(), rules_text)).lastrowid
            if row["finished_at"] is not None:
                db.execute("UPDATE runs SET generation = generation + 1, started_at = ?, "
                           "finished_at = NULL WHERE run_id = ?", (_now(), row["run_id"]))
                # A file fixed since the last run is no longer a reject.
                db.execute("DELETE FROM rejects WHERE batch = ?", (source,))
            db.execute("UPDATE runs SET rules = ? WHERE run_id = ?", (rules_text, row["run_id"]))
            return row["run_id"]

    def finish_run(self, run_id: int) -> None:
        """Mark the run complete: from now on the same source starts a new generation."""
        with self._transaction() as db:
            db.execute("UPDATE runs SET finished_at = ? WHERE run_id = ?", (_now(), run_id))

    def run_info(self, run_id: int) -> Mapping[str, Any] | None:
        """The run's row (source, started_at, finished_at, as_of, rules), or None."""
        row = self.db.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return dict(row) if row else None

    # --- writes ----------------------------------------------------------------------------

    def save_chunk(self, run_id: int, results: Iterable[CallResult],
                   duties: Mapping[str, Collection[str]],
                   rule_info: Mapping[str, tuple[str, Severity | str]],
                   scoring: Mapping[str, Any]) -> None:
        """Save scored calls in one transaction, each replacing any stored version of the call.

        `duties[call_id]` names the X rules whose callback duty the call carries; a duty the call
        carried before keeps its decision, a duty it no longer carries is dropped. `rule_info`
        gives each rule id's (name, severity) for the findings; evidence is stored as given.
        `scoring` (the profile's `scoring` section) re-applies missed callbacks to the score.
        """
        with self._transaction() as db:
            generation = db.execute("SELECT generation FROM runs WHERE run_id = ?",
                                    (run_id,)).fetchone()[0]
            for result in results:
                call_duties = duties.get(result.call.call_id, ())
                _replace_call(db, (run_id, generation), result, rule_info)
                _replace_duties(db, result.call.call_id, call_duties)
                if call_duties:  # only a kept duty can bring back a missed callback's deduction
                    _rescore(db, result.call.call_id, scoring)

    def save_rejects(self, run_id: int, rejects: Iterable[Reject]) -> None:
        """Save rejected input, one row per (batch, source, line): a re-run replaces, never duplicates."""
        with self._transaction() as db:
            batch = db.execute("SELECT source FROM runs WHERE run_id = ?", (run_id,)).fetchone()[0]
            db.executemany(
                "INSERT INTO rejects (batch, source, line, call_id, reason, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch, source, line) DO UPDATE SET "
                "call_id = excluded.call_id, reason = excluded.reason, run_id = excluded.run_id",
                [(batch, r.source, r.line or 0, r.call_id, r.reason, run_id) for r in rejects])

    # --- cross-call decisions --------------------------------------------------------------

    def latest_start(self) -> datetime | None:
        """The start of the latest stored call, in its own offset: the default `as_of`."""
        row = self.db.execute("SELECT start_time FROM calls ORDER BY start_epoch DESC LIMIT 1"
                              ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def duties(self, rule_ids: Collection[str]) -> list[Duty]:
        """Every stored duty under the given X rules, oldest call first."""
        if not rule_ids:
            return []
        marks = ", ".join("?" * len(rule_ids))
        rows = self.db.execute(
            "SELECT d.call_id, d.rule_id, c.start_time, c.customer_id, c.customer_key, d.status "
            "FROM callback_decisions d JOIN calls c ON c.call_id = d.call_id "
            f"WHERE d.rule_id IN ({marks}) ORDER BY c.start_epoch, d.call_id, d.rule_id",
            tuple(rule_ids))
        return [Duty(r["call_id"], r["rule_id"], datetime.fromisoformat(r["start_time"]),
                     r["customer_id"] or None, r["customer_key"], r["status"])
                for r in rows]

    def first_outbound_after(self, customer_key: str, after: datetime) -> datetime | None:
        """The start of the first outbound call to the customer strictly after `after`."""
        row = self.db.execute(
            "SELECT start_time FROM calls WHERE customer_key = ? AND direction = ? "
            "AND start_epoch > ? ORDER BY start_epoch LIMIT 1",
            (customer_key, OUTBOUND, after.timestamp())).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def record_decisions(self, decisions: Iterable[Decision], as_of: datetime,
                         scoring: Mapping[str, Any], run_id: int | None = None) -> list[Decision]:
        """Store the decisions in one transaction and re-score the calls whose missed set changed.

        A decision that does not change a duty's status keeps the time it was first decided, so
        deciding again is idempotent. Returns the decisions that newly became `missed`.
        """
        newly_missed: list[Decision] = []
        with self._transaction() as db:
            if run_id is not None:
                db.execute("UPDATE runs SET as_of = ? WHERE run_id = ?", (as_of.isoformat(), run_id))
            for decision in decisions:
                stored = _stored_decision(db, decision.call_id, decision.rule_id)
                if stored is None or stored == _decision_values(decision):
                    continue  # dropped since it was read, or nothing new: leave it untouched
                before = stored[0]
                _write_decision(db, decision, as_of, run_id, changed=before != decision.status)
                if decision.status == MISSED and before != MISSED:
                    newly_missed.append(decision)
                if MISSED in (before, decision.status):
                    _rescore(db, decision.call_id, scoring)
        return newly_missed

    def x_findings(self, call_ids: Iterable[str] | None = None) -> list[Finding]:
        """The missed-callback findings of the given calls (of every call when None)."""
        query = ("SELECT call_id, rule_id, evidence, message FROM callback_decisions "
                 "WHERE status = ?")
        if call_ids is None:
            rows = self.db.execute(query + " ORDER BY call_id, rule_id", (MISSED,)).fetchall()
        else:
            rows = [row for call_id in dict.fromkeys(call_ids) for row in self.db.execute(
                query + " AND call_id = ? ORDER BY rule_id", (MISSED, call_id))]
        return [Finding(r["rule_id"], r["call_id"], None, None, r["evidence"], r["message"])
                for r in rows]

    def decision_counts(self) -> dict[tuple[str, str], int]:
        """How many duties each X rule has in each status: {(rule_id, status): n}."""
        rows = self.db.execute("SELECT rule_id, status, COUNT(*) FROM callback_decisions "
                               "GROUP BY rule_id, status")
        return {(r[0], r[1]): r[2] for r in rows}

    # --- report queries (streamed) ----------------------------------------------------------

    def call_rows(self, selection: Selection) -> Iterator[dict[str, Any]]:
        """calls.csv rows of the selected calls, by start time; `rules` lists every rule that
        fired, X rules included."""
        where, params = selection.where()
        rows = self.db.execute(
            "SELECT call_id, agent_id, direction, start_time, talk_s, call_type, customer_id, "
            "has_transcript, score, passed, critical, findings, fired, x_fired "
            f"FROM calls c WHERE {where} ORDER BY start_epoch, call_id", params)
        for row in rows:
            x_fired = row["x_fired"].split()
            yield {
                "call_id": row["call_id"], "agent_id": row["agent_id"],
                "direction": row["direction"], "start_time": row["start_time"],
                "talk_s": row["talk_s"], "call_type": row["call_type"],
                "customer_id": row["customer_id"], "has_transcript": bool(row["has_transcript"]),
                "score": row["score"], "passed": bool(row["passed"]),
                "critical": bool(row["critical"]), "findings": row["findings"] + len(x_fired),
                "rules": " ".join(row["fired"].split() + x_fired),
            }

    def finding_rows(self, selection: Selection) -> Iterator[dict[str, Any]]:
        """findings.csv rows of the selected calls, by call start then order found.

        For a run, the missed callbacks that run decided are included too, whichever night their
        call was on: that night's report lists the callbacks that became overdue.
        """
        where, params = selection.where()
        decided_epoch = self._run_as_of_epoch(selection.run_id)
        rows = self.db.execute(
            "SELECT c.start_epoch, c.call_id, 0 AS part, f.seq, c.agent_id, f.rule_id, f.rule, "
            "       f.severity, f.start_s, f.end_s, f.evidence, f.message "
            f"FROM findings f JOIN calls c ON c.call_id = f.call_id WHERE {where} "
            "UNION ALL "
            "SELECT c.start_epoch, c.call_id, 1, 0, c.agent_id, d.rule_id, d.rule, d.severity, "
            "       NULL, NULL, d.evidence, d.message "
            "FROM callback_decisions d JOIN calls c ON c.call_id = d.call_id "
            f"WHERE d.status = ? AND (({where}) OR d.decided_epoch = ?) "
            "ORDER BY 1, 2, 3, 4, 6",
            (*params, MISSED, *params, decided_epoch))
        for row in rows:
            yield {"call_id": row["call_id"], "agent_id": row["agent_id"],
                   "rule_id": row["rule_id"], "rule": row["rule"], "severity": row["severity"],
                   "start": row["start_s"], "end": row["end_s"], "evidence": row["evidence"],
                   "message": row["message"]}

    def reject_rows(self, selection: Selection) -> Iterator[dict[str, Any]]:
        """rejects.csv rows: those of the run, or of every run that saved calls in the date range."""
        if selection.run_id is not None:
            runs, params = "?", (selection.run_id,)
        else:
            where, params = selection.where()
            runs = f"SELECT DISTINCT c.run_id FROM calls c WHERE {where}"
        rows = self.db.execute(f"SELECT source, line, call_id, reason FROM rejects "
                               f"WHERE run_id IN ({runs}) ORDER BY source, line", params)
        for row in rows:
            yield {"source": row["source"], "line": row["line"] or None,
                   "call_id": row["call_id"], "reason": row["reason"]}

    def agent_rows(self, selection: Selection, rule_ids: Sequence[str]) -> list[dict[str, Any]]:
        """agents.csv rows: each agent's tallies over the selected calls, a count of the calls
        each rule fired in, and the trend columns (`TREND_COLUMNS`).

        Trends use every stored call of the agent, not only the selected ones, over windows that
        end on the selection's last day D (for a run: the day of its latest call):
        `*_7d` over D-6..D, `*_30d` over D-29..D, and `*_change_7d` = the 7-day value minus the
        value over the 7 days before (D-13..D-7), empty when either window has no calls.
        """
        where, params = selection.where()
        agents = [dict(row) for row in self.db.execute(
            "SELECT agent_id, COUNT(*) AS calls, AVG(score) AS mean_score, "
            "AVG(passed) AS pass_rate, SUM(critical) AS critical_calls "
            f"FROM calls c WHERE {where} GROUP BY agent_id ORDER BY agent_id", params)]
        fired = self._calls_fired_by_agent(where, params)
        end = self._last_day(selection)
        trends = self._trends(end) if end else {}
        for agent in agents:
            agent["mean_score"] = _round(agent["mean_score"], 2)
            agent["pass_rate"] = _round(agent["pass_rate"], 4)
            agent.update(trends.get(agent["agent_id"], dict.fromkeys(TREND_COLUMNS)))
            agent.update({r: fired.get((agent["agent_id"], r), 0) for r in rule_ids})
        return agents

    def run_totals(self, run_id: int) -> tuple[int, int, int]:
        """(calls, passed, calls without transcript) of the calls the run saved."""
        where, params = Selection.of_run(run_id).where()
        row = self.db.execute("SELECT COUNT(*), COALESCE(SUM(passed), 0), "
                              f"COALESCE(SUM(1 - has_transcript), 0) FROM calls c WHERE {where}",
                              params).fetchone()
        return row[0], row[1], row[2]

    def counts(self) -> dict[str, int]:
        """Rows per table: what a re-run must leave unchanged."""
        tables = ("runs", "calls", "findings", "rejects", "callback_decisions")
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    # --- query helpers ---------------------------------------------------------------------

    def _run_as_of_epoch(self, run_id: int | None) -> float | None:
        if run_id is None:
            return None
        row = self.db.execute("SELECT as_of FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return datetime.fromisoformat(row[0]).timestamp() if row and row[0] else None

    def _calls_fired_by_agent(self, where: str, params: tuple[Any, ...]) -> dict[tuple[str, str], int]:
        rows = self.db.execute(
            "SELECT c.agent_id, f.rule_id, COUNT(DISTINCT c.call_id) "
            f"FROM findings f JOIN calls c ON c.call_id = f.call_id WHERE {where} GROUP BY 1, 2 "
            "UNION ALL "
            "SELECT c.agent_id, d.rule_id, COUNT(*) "
            "FROM callback_decisions d JOIN calls c ON c.call_id = d.call_id "
            f"WHERE d.status = ? AND {where} GROUP BY 1, 2",
            (*params, MISSED, *params))
        return {(r[0], r[1]): r[2] for r in rows}

    def _last_day(self, selection: Selection) -> date | None:
        if selection.last_day is not None:
            return selection.last_day
        where, params = selection.where()
        row = self.db.execute(f"SELECT MAX(start_day) FROM calls c WHERE {where}", params).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def _trends(self, end: date) -> dict[str, dict[str, float | None]]:
        days = {
            "d7": end - timedelta(days=6), "d30": end - timedelta(days=29),
            "p_from": end - timedelta(days=13), "p_to": end - timedelta(days=7), "end": end,
        }
        rows = self.db.execute(
            "SELECT agent_id, "
            "  AVG(CASE WHEN start_day >= :d7 THEN score END) AS mean_7, "
            "  AVG(CASE WHEN start_day >= :d7 THEN passed END) AS pass_7, "
            "  AVG(CASE WHEN start_day BETWEEN :p_from AND :p_to THEN score END) AS mean_prev, "
            "  AVG(CASE WHEN start_day BETWEEN :p_from AND :p_to THEN passed END) AS pass_prev, "
            "  AVG(score) AS mean_30, AVG(passed) AS pass_30 "
            "FROM calls WHERE start_day BETWEEN :d30 AND :end GROUP BY agent_id",
            {k: v.isoformat() for k, v in days.items()})
        return {row["agent_id"]: {
            "mean_score_7d": _round(row["mean_7"], 2), "pass_rate_7d": _round(row["pass_7"], 4),
            "mean_score_30d": _round(row["mean_30"], 2), "pass_rate_30d": _round(row["pass_30"], 4),
            "mean_score_change_7d": _change(row["mean_7"], row["mean_prev"], 2),
            "pass_rate_change_7d": _change(row["pass_7"], row["pass_prev"], 4),
        } for row in rows}


# --- schema ---------------------------------------------------------------------------------


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the block raises (or the process dies)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema of an autocommit connection up to `target`; returns the version reached.

    Each step runs in its own transaction with its `PRAGMA user_version` bump, so a crash
    mid-migration leaves the store at the previous version.
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} is newer than this qa-scorer knows "
            f"(up to {SCHEMA_VERSION}); upgrade qa-scorer to use it")
    for step in range(version, target):
        with transaction(db):
            for statement in MIGRATIONS[step]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {step + 1}")  # PRAGMA takes no parameters
    return max(version, target)


# --- writes ---------------------------------------------------------------------------------


def customer_key(customer_id: str | None) -> str | None:
    """What callbacks are matched on: a digest, because a customer id is often a phone number,
    and the store (like the reports) must never hold one in full."""
    if not customer_id:
        return None
    return hashlib.sha256(customer_id.strip().encode("utf-8")).hexdigest()


def _replace_call(db: sqlite3.Connection, run: tuple[int, int], result: CallResult,
                  rule_info: Mapping[str, tuple[str, Severity | str]]) -> None:
    call = result.call
    db.execute("DELETE FROM findings WHERE call_id = ?", (call.call_id,))
    db.execute(
        "INSERT OR REPLACE INTO calls (call_id, agent_id, direction, start_time, start_epoch, "
        "start_day, talk_s, call_type, customer_id, customer_key, has_transcript, score, passed, "
        "critical, fired, findings, rules_run, source, run_id, run_generation, x_fired) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        (call.call_id, call.agent_id, call.direction, call.start_time.isoformat(),
         call.start_time.timestamp(), call.start_time.date().isoformat(), call.talk_s,
         call.call_type, mask_personal_data(call.customer_id or "") or None,
         customer_key(call.customer_id), int(call.has_transcript), result.score,
         int(result.passed), int(result.critical), " ".join(result.fired), len(result.findings),
         " ".join(sorted(rule_info)), call.source, *run))
    db.executemany(
        "INSERT INTO findings (call_id, seq, rule_id, rule, severity, start_s, end_s, evidence, "
        "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(call.call_id, seq, f.rule_id, *_name_and_severity(rule_info, f.rule_id), f.start, f.end,
          f.evidence, f.message) for seq, f in enumerate(result.findings)])


def _name_and_severity(rule_info: Mapping[str, tuple[str, Severity | str]],
                       rule_id: str) -> tuple[str, str]:
    name, severity = rule_info[rule_id]
    return name, Severity(severity).value


def _replace_duties(db: sqlite3.Connection, call_id: str, rule_ids: Collection[str]) -> None:
    # A duty that survives a re-score keeps its decision, so re-running a night changes nothing.
    for (stored,) in db.execute("SELECT rule_id FROM callback_decisions WHERE call_id = ?",
                                (call_id,)).fetchall():
        if stored not in rule_ids:
            db.execute("DELETE FROM callback_decisions WHERE call_id = ? AND rule_id = ?",
                       (call_id, stored))
    db.executemany("INSERT OR IGNORE INTO callback_decisions (call_id, rule_id) VALUES (?, ?)",
                   [(call_id, rule_id) for rule_id in sorted(rule_ids)])


def _stored_decision(db: sqlite3.Connection, call_id: str, rule_id: str) -> tuple | None:
    row = db.execute("SELECT status, deadline, rule, severity, evidence, message "
                     "FROM callback_decisions WHERE call_id = ? AND rule_id = ?",
                     (call_id, rule_id)).fetchone()
    return tuple(row) if row else None


def _decision_values(decision: Decision) -> tuple:
    """The stored columns of a decision, in `_stored_decision` order."""
    finding = decision.finding
    return (decision.status, decision.deadline.isoformat() if decision.deadline else None,
            decision.rule or None, decision.severity or None,
            finding.evidence if finding else None, finding.message if finding else None)


def _write_decision(db: sqlite3.Connection, decision: Decision, as_of: datetime,
                    run_id: int | None, changed: bool) -> None:
    values = _decision_values(decision)
    if changed:  # a new status: remember when, so a night's report can list what it decided
        db.execute(
            "UPDATE callback_decisions SET status = ?, deadline = ?, rule = ?, severity = ?, "
            "evidence = ?, message = ?, decided_as_of = ?, decided_epoch = ?, decided_run = ? "
            "WHERE call_id = ? AND rule_id = ?",
            (*values, as_of.isoformat(), as_of.timestamp(), run_id,
             decision.call_id, decision.rule_id))
    else:
        db.execute(
            "UPDATE callback_decisions SET status = ?, deadline = ?, rule = ?, severity = ?, "
            "evidence = ?, message = ? WHERE call_id = ? AND rule_id = ?",
            (*values, decision.call_id, decision.rule_id))


def _rescore(db: sqlite3.Connection, call_id: str, scoring: Mapping[str, Any]) -> None:
    """Score the call over its own fired rules plus its missed callbacks, from stored severities."""
    missed = db.execute("SELECT rule_id, severity FROM callback_decisions "
                        "WHERE call_id = ? AND status = ? ORDER BY rule_id",
                        (call_id, MISSED)).fetchall()
    row = db.execute("SELECT fired, x_fired FROM calls WHERE call_id = ?", (call_id,)).fetchone()
    x_fired = " ".join(r[0] for r in missed)
    if not missed and not row["x_fired"]:
        return  # nothing cross-call to add or take away: the per-call score stands
    severities = {r[0]: Severity(r[1]) for r in db.execute(
        "SELECT DISTINCT rule_id, severity FROM findings WHERE call_id = ?", (call_id,))}
    severities.update({r[0]: Severity(r[1]) for r in missed})
    score, passed, critical = score_fired(row["fired"].split() + x_fired.split(), severities,
                                          scoring)
    db.execute("UPDATE calls SET score = ?, passed = ?, critical = ?, x_fired = ? "
               "WHERE call_id = ?", (score, int(passed), int(critical), x_fired, call_id))


# --- small values ---------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _change(current: float | None, previous: float | None, digits: int) -> float | None:
    if current is None or previous is None:
        return None
    return round(current - previous, digits)


__all__ = ["Decision", "Duty", "MIGRATIONS", "SCHEMA_VERSION", "STATUSES", "Selection", "Store",
           "StoreError", "TREND_COLUMNS", "migrate", "transaction", "MET", "MISSED", "PENDING",
           "NO_CUSTOMER"]
