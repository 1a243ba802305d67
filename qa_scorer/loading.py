"""Reading a batch: transcripts (*.json, *.jsonl) joined with metadata.csv on call_id.

The contract is `shared/spec/data-format.md`. Every input call comes out exactly once, either as a
`Call` or as a `Reject` whose reason a supervisor can act on; only a batch that cannot be used at
all (missing folder, unreadable or shapeless metadata.csv) raises `InputError`.

Memory: the metadata table and the call ids already seen are held; transcripts are streamed one
file (and, for JSONL, one line) at a time.
"""
from __future__ import annotations

import io
import json
import math
import os
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import pandas as pd

from .models import INBOUND, Call, Reject, Segment, Span
from .profile import Profile

METADATA_FILE = "metadata.csv"
TRANSCRIPT_SUFFIXES = frozenset({".json", ".jsonl"})

# Fields that may come from metadata.csv or from the top level of a transcript object.
METADATA_FIELDS = (
    "agent_id", "direction", "start_time", "talk_s", "ring_count", "ring_s", "holds",
    "hangup_by", "call_type", "customer_id", "customer_name",
)
REQUIRED_FIELDS = ("agent_id", "direction", "start_time", "talk_s")
NO_METADATA = "no metadata for this call (not in metadata.csv and no inline fields)"
MAX_PROBLEMS_SHOWN = 5

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_HOLD_PAIR = re.compile(r"([^\s-]+)\s*-\s*([^\s-]+)")


class InputError(Exception):
    """A problem with the whole input (folder missing/unreadable, metadata file unreadable).

    A usage error: the command line exits with status 2.
    """


class _Invalid(ValueError):
    """One problem with one field; the message is a clause naming the field and the value."""


# --------------------------------------------------------------------------- text and values


def decode_text(data: bytes) -> str | None:
    """`data` as text: strict UTF-8 first (most UTF-8 also decodes as GB18030), then GB18030.

    A leading BOM is dropped. None when neither encoding fits.
    """
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    return None


def _show(value: Any) -> str:
    """A value as a reason quotes it: text in quotes, numbers bare."""
    if isinstance(value, str):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, default=str)  # as the JSON had it: null, true, NaN


def _is_given(value: Any) -> bool:
    """Whether a field carries a value (empty text and empty lists count as absent)."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, (list, dict)):
        return len(value) > 0
    return True


def _number(value: Any, name: str) -> float:
    """A finite number ≥ 0 from JSON or CSV ("12", "12.5", 12, 12.5)."""
    if isinstance(value, bool):
        raise _Invalid(f"{name} {_show(value)} is not a number")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip())
    elif isinstance(value, str) and value.strip() == "":
        raise _Invalid(f"{name} is empty")
    else:
        raise _Invalid(f"{name} {_show(value)} is not a number")
    if not math.isfinite(number):
        raise _Invalid(f"{name} {_show(value)} is not a finite number")
    if number < 0:
        raise _Invalid(f"{name} {_show(value)} is negative")
    return number


def _text(value: Any, name: str) -> str:
    """An identifier or name as text; JSON integers (e.g. an agent's 工号) are accepted."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Invalid(f"{name} {_show(value)} is not text")
    return str(value).strip()


class AliasMap:
    """Labels → canonical values from one map of the profile's `input:` section.

    Lookup is exact first, then case-insensitive (for latin labels such as `Agent`). YAML may give
    integer keys (`0: agent`), so keys are compared as text.
    """

    def __init__(self, profile: Profile, key: str):
        self.key = key
        labels = profile.section("input").get(key) or {}
        self.exact = {str(label).strip(): str(value) for label, value in labels.items()}
        self.folded = {label.casefold(): value for label, value in self.exact.items()}

    def get(self, label: Any) -> str | None:
        """The canonical value for `label`, or None when the profile does not know it."""
        if isinstance(label, bool) or not isinstance(label, (str, int)):
            return None
        text = str(label).strip()
        return self.exact.get(text) or self.folded.get(text.casefold())

    def canonical(self, name: str, value: Any) -> str:
        """The canonical value, or a problem naming the allowed values and the profile key."""
        found = self.get(value)
        if found is None:
            allowed = ", ".join(dict.fromkeys(self.exact.values()))
            raise _Invalid(
                f"{name} {_show(value)} is not one of {allowed} (or their aliases); "
                f"add it to the profile's input.{self.key}"
            )
        return found


@dataclass(frozen=True)
class _Aliases:
    speakers: AliasMap
    directions: AliasMap
    call_types: AliasMap
    hangup_by: AliasMap

    @classmethod
    def of(cls, profile: Profile) -> "_Aliases":
        return cls(*(AliasMap(profile, key) for key in ("speakers", "directions", "call_types", "hangup_by")))


# --------------------------------------------------------------------------- fields


def _start_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _Invalid(f"start_time {_show(value)} is not an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise _Invalid(
            f"start_time {_show(value)} is not an ISO 8601 time such as 2026-11-27T09:15:02+08:00"
        ) from None
    if moment.utcoffset() is None:
        raise _Invalid(f"start_time {_show(value)} has no UTC offset (write it like 2026-11-27T09:15:02+08:00)")
    return moment


def _span(start: Any, end: Any, shown: str) -> Span:
    try:
        span = Span(_number(start, "start"), _number(end, "end"))
    except _Invalid as problem:
        raise _Invalid(f"holds entry {shown}: {problem}") from None
    if span.end < span.start:
        raise _Invalid(f"holds entry {shown} ends before it starts")
    return span


def _holds(value: Any) -> tuple[Span, ...]:
    """Holds in CSV form (`35-98.5;120-131`) or inline form (`[{"start": 35, "end": 98.5}]`)."""
    if isinstance(value, str):
        spans = []
        for part in filter(None, (p.strip() for p in value.split(";"))):
            pair = _HOLD_PAIR.fullmatch(part)
            if pair is None:
                raise _Invalid(f"holds entry {_show(part)} is not a start-end pair such as 35-98.5")
            spans.append(_span(pair[1], pair[2], _show(part)))
        return tuple(spans)
    if isinstance(value, list):
        spans = []
        for item in value:
            if not isinstance(item, dict) or "start" not in item or "end" not in item:
                raise _Invalid(f"holds entry {_show(item)} is not an object with start and end")
            spans.append(_span(item["start"], item["end"], _show(item)))
        return tuple(spans)
    raise _Invalid(f"holds {_show(value)} is neither text like 35-98.5;120-131 nor a list of start/end objects")


def _segments(raw: list[Any], speakers: AliasMap, problems: list[str]) -> tuple[Segment, ...]:
    """The segments of a transcript; each problem is appended to `problems`, naming the segment (1-based)."""
    segments: list[Segment] = []
    for number, item in enumerate(raw, start=1):
        try:
            segment = _segment(number, item, speakers)
        except _Invalid as problem:
            problems.append(str(problem))
            continue
        if segments and segment.start < segments[-1].start:
            previous = segments[-1]
            problems.append(
                f"segment {number} starts at {segment.start} s, before segment {previous_number} at {previous.start} s"
            )
        segments.append(segment)
        previous_number = number
    return tuple(segments)


def _segment(number: int, item: Any, speakers: AliasMap) -> Segment:
    if not isinstance(item, dict):
        raise _Invalid(f"segment {number} is {_show(item)}, not an object with speaker, start, end and text")
    missing = [name for name in ("speaker", "start", "end", "text") if name not in item]
    if missing:
        raise _Invalid(f"segment {number} has no {' or '.join(missing)}")
    role = speakers.get(item["speaker"])
    if role is None:
        raise _Invalid(
            f"segment {number} has unknown speaker {_show(item['speaker'])}; map it in the profile's input.speakers"
        )
    try:
        start, end = _number(item["start"], "start"), _number(item["end"], "end")
    except _Invalid as problem:
        raise _Invalid(f"segment {number}: {problem}") from None
    if end < start:
        raise _Invalid(f"segment {number} ends at {end} s, before it starts at {start} s")
    if not isinstance(item["text"], str):
        raise _Invalid(f"segment {number} text {_show(item['text'])} is not text")
    return Segment(speaker=role, start=start, end=end, text=item["text"])


def _merge(row: Mapping[str, str] | None, inline: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata fields of one call: the table wins where it has a value, inline fills the gaps."""
    merged: dict[str, Any] = {}
    for name in METADATA_FIELDS:
        if row is not None and _is_given(row.get(name)):
            merged[name] = row[name]
        elif _is_given(inline.get(name)):
            merged[name] = inline[name]
    return merged


def field_parsers(aliases: _Aliases) -> dict[str, Callable[[Any], Any]]:
    """How each metadata field is checked and converted; each parser raises `_Invalid` naming the value."""
    return {
        "agent_id": lambda v: _text(v, "agent_id"),
        "direction": lambda v: aliases.directions.canonical("direction", v),
        "start_time": _start_time,
        "talk_s": lambda v: _number(v, "talk_s"),
        "ring_count": lambda v: _number(v, "ring_count"),
        "ring_s": lambda v: _number(v, "ring_s"),
        "holds": _holds,
        "hangup_by": lambda v: aliases.hangup_by.canonical("hangup_by", v),
        "call_type": lambda v: aliases.call_types.canonical("call_type", v),
        "customer_id": lambda v: _text(v, "customer_id"),
        "customer_name": lambda v: _text(v, "customer_name"),
    }


def _build_call(
    call_id: str,
    fields: Mapping[str, Any],
    segments: tuple[Segment, ...],
    parsers: Mapping[str, Callable[[Any], Any]],
    problems: list[str],
    **extra: Any,
) -> Call | None:
    """A validated Call from merged metadata fields, or None when `problems` is not empty
    (it may already hold the segments' problems; the fields' problems are added to it)."""
    problems.extend(f"{name} is missing" for name in REQUIRED_FIELDS if name not in fields)
    values: dict[str, Any] = {}
    for name, value in fields.items():
        try:
            values[name] = parsers[name](value)
        except _Invalid as problem:
            problems.append(str(problem))
    if values.get("direction") == INBOUND and "ring_count" not in fields and "ring_s" not in fields:
        problems.append("an inbound call needs ring_count or ring_s, and neither is given")
    if problems:
        return None
    return Call(call_id=call_id, segments=segments, **values, **extra)


def _reason(problems: list[str]) -> str:
    """One sentence from a list of problems, capped so a broken file does not flood the report."""
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    return f"{shown} (and {more} more problems)" if more > 0 else shown


# --------------------------------------------------------------------------- metadata.csv


@dataclass
class MetadataTable:
    """metadata.csv in memory: its columns as lists, and the row position of each call_id."""

    source: str
    columns: dict[str, list[str]]
    lines: list[int]  # CSV line number of each row (header is line 1)
    index: dict[str, int]  # call_id → row position, first occurrence only
    rejects: list[Reject]  # rows without a call_id, and duplicate call_ids

    def row(self, position: int) -> dict[str, str]:
        return {name: values[position] for name, values in self.columns.items()}


def read_metadata(path: Path, source: str) -> MetadataTable:
    """Read metadata.csv; InputError when the file as a whole is unusable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read the metadata file {source} ({exc.strerror}).") from None
    text = decode_text(data)
    if text is None:
        raise InputError(f"The metadata file {source} is neither UTF-8 nor GB18030 text.")
    frame = _parse_csv(text, source)
    frame.columns = [str(name).strip() for name in frame.columns]
    if "call_id" not in frame.columns:
        raise InputError(
            f"The metadata file {source} has no call_id column, so no row can be joined to a transcript "
            f"(its header is: {', '.join(frame.columns)})."
        )
    frame = frame.loc[:, ~frame.columns.duplicated()]
    columns = {name: [_cell(value) for value in frame[name].tolist()] for name in frame.columns}
    lines = _line_numbers(frame)
    index, rejects = _index_rows(columns, lines, source)
    return MetadataTable(source, columns, lines, index, rejects)


def _cell(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _parse_csv(text: str, source: str) -> pd.DataFrame:
    try:
        with warnings.catch_warnings():
            # A trailing comma on every row (common in exports) only loses empty cells.
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            return pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, index_col=False,
                skip_blank_lines=False,  # keep blank lines as rows so line numbers stay true
            )
    except pd.errors.EmptyDataError:
        raise InputError(f"The metadata file {source} is empty; it needs a header row with call_id.") from None
    except (pd.errors.ParserError, ValueError) as exc:
        detail = str(exc).replace("\n", " ").strip()
        raise InputError(f"The metadata file {source} is not a readable CSV table ({detail}).") from None


def _line_numbers(frame: pd.DataFrame) -> list[int]:
    """The CSV line each row starts on: rows before it, plus newlines inside their quoted cells."""
    if frame.empty:
        return []
    newlines = sum(frame[name].str.count("\n") for name in frame.columns)
    before = newlines.cumsum() - newlines
    return [2 + position + int(extra) for position, extra in enumerate(before)]


def _index_rows(
    columns: dict[str, list[str]], lines: list[int], source: str
) -> tuple[dict[str, int], list[Reject]]:
    index: dict[str, int] = {}
    rejects: list[Reject] = []
    for position, call_id in enumerate(columns["call_id"]):
        line = lines[position]
        if not call_id:
            if any(values[position] for values in columns.values()):
                rejects.append(Reject(source, "this metadata row has no call_id", line=line))
            continue  # a blank line is not a call
        if call_id in index:
            first = lines[index[call_id]]
            rejects.append(Reject(
                source, f"duplicate call_id {call_id!r} in the metadata, first at line {first}; the first is kept",
                call_id=call_id, line=line,
            ))
            continue
        index[call_id] = position
    return index, rejects


# --------------------------------------------------------------------------- the batch


def _relative(path: Path, folder: Path) -> str:
    """`path` relative to the batch folder when it is inside it, as a/b/c."""
    for inner, outer in ((path, folder), (path.resolve(), folder.resolve())):
        try:
            return inner.relative_to(outer).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def _find_transcripts(folder: Path) -> list[Path]:
    try:
        found = [p for p in folder.rglob("*") if p.suffix.lower() in TRANSCRIPT_SUFFIXES and p.is_file()]
    except OSError as exc:
        raise InputError(f"Cannot list the batch folder {folder} ({exc.strerror}).") from None
    return sorted(found)


@dataclass
class _Raw:
    """One transcript object as read, before validation."""

    value: Any
    source: str  # file, relative to the batch folder
    line: int | None  # JSONL line, None for a .json file

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


@dataclass
class Batch:
    """A batch folder ready to stream: iterate it to get one Call or Reject per input call."""

    folder: Path
    transcript_files: list[Path]  # sorted, recursive *.json and *.jsonl
    profile: Profile
    metadata: MetadataTable | None = None
    _speakers: AliasMap = field(init=False, repr=False)
    _parsers: dict[str, Callable[[Any], Any]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        aliases = _Aliases.of(self.profile)
        self._speakers = aliases.speakers
        self._parsers = field_parsers(aliases)

    def __iter__(self) -> Iterator[Call | Reject]:
        """Metadata row rejects, then each transcript in file order, then metadata-only calls."""
        if self.metadata is not None:
            yield from self.metadata.rejects
        first_file: dict[str, int] = {}  # call_id → index in transcript_files
        for number, path in enumerate(self.transcript_files):
            for item in self._read_file(path):
                if isinstance(item, Reject):
                    yield item
                else:
                    yield self._transcript(item, number, first_file)
        yield from self._metadata_only(first_file)

    # ---- reading files

    def _read_file(self, path: Path) -> Iterator[_Raw | Reject]:
        source = _relative(path, self.folder)
        if path.suffix.lower() == ".jsonl":
            yield from self._read_jsonl(path, source)
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Reject(source, f"cannot read the file ({exc.strerror})")
            return
        text = decode_text(data)
        if text is None:
            yield Reject(source, "the file is neither UTF-8 nor GB18030 text")
            return
        try:
            yield _Raw(json.loads(text), source, None)
        except json.JSONDecodeError as exc:
            yield Reject(source, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")

    def _read_jsonl(self, path: Path, source: str) -> Iterator[_Raw | Reject]:
        # Decoded line by line so a huge file is never held whole; b"\n" never occurs inside a
        # multi-byte GB18030 or UTF-8 character, so splitting bytes on it is safe.
        try:
            with path.open("rb") as handle:
                for line_number, data in enumerate(handle, start=1):
                    text = decode_text(data)
                    if text is None:
                        yield Reject(source, "this line is neither UTF-8 nor GB18030 text", line=line_number)
                    elif text.strip():
                        yield _parse_json_line(text, source, line_number)
        except OSError as exc:
            yield Reject(source, f"cannot read the file ({exc.strerror})")

    # ---- joining and validating

    def _transcript(self, raw: _Raw, file_number: int, first_file: dict[str, int]) -> Call | Reject:
        obj = raw.value
        if not isinstance(obj, dict):
            kind = "a list" if isinstance(obj, list) else _show(obj)
            return Reject(raw.source, f"the JSON holds {kind}, not a call object", line=raw.line)
        try:
            call_id = _text(obj.get("call_id"), "call_id") if "call_id" in obj else ""
        except _Invalid as problem:
            return Reject(raw.source, str(problem), line=raw.line)
        if not call_id:
            return Reject(raw.source, "the call object has no call_id", line=raw.line)
        if call_id in first_file:
            first = _relative(self.transcript_files[first_file[call_id]], self.folder)
            return Reject(raw.source, f"duplicate call_id, already loaded from {first}", call_id, raw.line)
        first_file[call_id] = file_number
        return self._validated_transcript(call_id, obj, raw)

    def _validated_transcript(self, call_id: str, obj: dict[str, Any], raw: _Raw) -> Call | Reject:
        row = self._metadata_row(call_id)
        if row is None and not any(_is_given(obj.get(name)) for name in METADATA_FIELDS):
            return Reject(raw.source, NO_METADATA, call_id, raw.line)
        problems: list[str] = []
        segments: tuple[Segment, ...] = ()
        if not isinstance(obj.get("segments"), list):
            problems.append(
                "segments is missing" if "segments" not in obj else f"segments {_show(obj['segments'])} is not a list"
            )
        else:
            segments = _segments(obj["segments"], self._speakers, problems)
        call = _build_call(call_id, _merge(row, obj), segments, self._parsers, problems, source=raw.location)
        return call if call is not None else Reject(raw.source, _reason(problems), call_id, raw.line)

    def _metadata_row(self, call_id: str) -> dict[str, str] | None:
        if self.metadata is None or call_id not in self.metadata.index:
            return None
        return self.metadata.row(self.metadata.index[call_id])

    def _metadata_only(self, seen: Mapping[str, int]) -> Iterator[Call | Reject]:
        """Calls with a metadata row but no transcript: still checked, reported as lacking one."""
        if self.metadata is None:
            return
        table = self.metadata
        for call_id, position in table.index.items():
            if call_id in seen:
                continue
            line = table.lines[position]
            problems: list[str] = []
            call = _build_call(
                call_id, _merge(table.row(position), {}), (), self._parsers, problems,
                has_transcript=False, source=f"{table.source}:{line}",
            )
            yield call if call is not None else Reject(table.source, _reason(problems), call_id, line)


def _parse_json_line(text: str, source: str, line: int) -> _Raw | Reject:
    try:
        return _Raw(json.loads(text), source, line)
    except json.JSONDecodeError as exc:
        return Reject(source, f"not valid JSON: {exc.msg} at column {exc.colno}", line=line)


def open_batch(folder: Path, profile: Profile, metadata: Path | None = None) -> Batch:
    """Find transcripts and metadata.csv (in `folder` top level, or `metadata` when given).

    Raises InputError for an unusable folder or metadata file; everything else about the input is
    reported call by call when the batch is iterated.
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"The batch folder {folder} does not exist.")
    if not folder.is_dir():
        raise InputError(f"The batch path {folder} is not a folder.")
    if not os.access(folder, os.R_OK | os.X_OK):
        raise InputError(f"The batch folder {folder} cannot be read (permission denied).")
    transcripts = _find_transcripts(folder)
    if metadata is not None:
        metadata = Path(metadata)
        table = read_metadata(metadata, _relative(metadata, folder))
    elif (folder / METADATA_FILE).is_file():
        table = read_metadata(folder / METADATA_FILE, METADATA_FILE)
    else:
        table = None  # inline metadata in the transcripts may be enough
    return Batch(folder, transcripts, profile, table)
