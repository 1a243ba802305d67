"""Loading a batch: transcripts joined with metadata.csv, every input call out exactly once."""
from __future__ import annotations

import copy
import csv
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_scorer.loading import NO_METADATA, Batch, InputError, open_batch
from qa_scorer.models import Call, Reject, Span
from qa_scorer.profile import Profile

ROOT = Path(__file__).resolve().parents[1]
GOLD_BATCH = ROOT.parent / "shared" / "goldset" / "batch"
COLUMNS = [
    "call_id", "agent_id", "direction", "start_time", "talk_s", "ring_count", "ring_s", "holds",
    "hangup_by", "call_type", "customer_id", "customer_name",
]


def make_profile(**speakers: str) -> Profile:
    data = yaml.safe_load((ROOT / "lexicons" / "default.yaml").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["input"]["speakers"].update(speakers)
    return Profile(data, "test")


PROFILE = make_profile()


# ----------------------------------------------------------------------------- batch builders


def meta(call_id: str, **fields: Any) -> dict[str, Any]:
    """A valid metadata row for an inbound call; keyword arguments replace fields."""
    row = {
        "call_id": call_id, "agent_id": "700001", "direction": "inbound",
        "start_time": "2030-03-04T10:00:00+08:00", "talk_s": "60", "ring_count": "2",
    }
    row.update(fields)
    return row


def seg(speaker: Any = "agent", start: Any = 0.0, end: Any = 2.0, text: Any = "测试用语") -> dict[str, Any]:
    return {"speaker": speaker, "start": start, "end": end, "text": text}


def transcript(call_id: Any, segments: Any = None, /, **inline: Any) -> dict[str, Any]:
    """A transcript object; keyword arguments become inline metadata at its top level."""
    obj = {"call_id": call_id, "segments": [seg()] if segments is None else segments}
    obj.update(inline)
    return obj


def write_batch(
    tmp_path: Path,
    meta_rows: list[dict[str, Any]] | None = None,
    transcripts: dict[str, Any] | None = None,
    encoding: str = "utf-8",
) -> Path:
    """A batch folder: metadata.csv from `meta_rows` (none when None), and one file per entry of
    `transcripts`: a dict → a .json file, a list → JSONL lines (dicts dumped, strings as written),
    a str or bytes → written as is."""
    folder = tmp_path / "batch"
    folder.mkdir(parents=True, exist_ok=True)
    if meta_rows is not None:
        with open(folder / "metadata.csv", "w", encoding=encoding, newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(meta_rows)
    for name, content in (transcripts or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, dict):
            content = json.dumps(content, ensure_ascii=False)
        elif isinstance(content, list):
            content = "\n".join(
                line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in content
            ) + "\n"
        if isinstance(content, str):
            content = content.encode(encoding)
        path.write_bytes(content)
    return folder


def load(folder: Path, profile: Profile = PROFILE, metadata: Path | None = None) -> tuple[list[Call], list[Reject]]:
    items = list(open_batch(folder, profile, metadata))
    calls = [item for item in items if isinstance(item, Call)]
    rejects = [item for item in items if isinstance(item, Reject)]
    assert len(calls) + len(rejects) == len(items)
    return calls, rejects


def only_reject(folder: Path, profile: Profile = PROFILE) -> Reject:
    calls, rejects = load(folder, profile)
    assert calls == [] and len(rejects) == 1, (calls, rejects)
    return rejects[0]


# ----------------------------------------------------------------------------- the gold batch


@pytest.mark.skipif(not GOLD_BATCH.is_dir(), reason="gold batch not present")
def test_gold_batch_loads_every_call_without_rejects():
    calls, rejects = load(GOLD_BATCH)
    assert rejects == []
    assert len(calls) == 477
    assert len({call.call_id for call in calls}) == 477


# ----------------------------------------------------------------------------- a good call


def test_a_joined_call_carries_metadata_and_segments(tmp_path):
    folder = write_batch(
        tmp_path,
        meta_rows=[meta("A1", ring_count="", ring_s="7.5", holds="10-20.5;30-31", hangup_by="客户",
                        call_type="投诉", customer_id="13900000000", customer_name="欧阳")],
        transcripts={"day1/A1.json": transcript("A1", [seg("座席", 0.5, 3.0, "您好请讲"), seg("客户", 3.5, 6.0, "")])},
    )
    (call,), rejects = load(folder)
    assert rejects == []
    assert call.call_id == "A1" and call.agent_id == "700001" and call.direction == "inbound"
    assert call.start_time.utcoffset() == timedelta(hours=8)
    assert call.talk_s == 60.0 and call.ring_s == 7.5 and call.ring_count is None
    assert call.holds == (Span(10.0, 20.5), Span(30.0, 31.0))
    assert (call.hangup_by, call.call_type) == ("customer", "complaint")
    assert (call.customer_id, call.customer_name) == ("13900000000", "欧阳")
    assert [(s.speaker, s.start, s.end, s.text) for s in call.segments] == [
        ("agent", 0.5, 3.0, "您好请讲"), ("customer", 3.5, 6.0, ""),
    ]
    assert call.has_transcript is True
    assert call.source == "day1/A1.json"


@pytest.mark.parametrize("value, expected", [("12", 12.0), ("12.5", 12.5), (12, 12.0), (12.5, 12.5), (" 3 ", 3.0)])
def test_numbers_are_accepted_as_text_or_json_numbers(tmp_path, value, expected):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A", **meta("A", talk_s=value))})
    (call,), _ = load(folder)
    assert call.talk_s == expected


def test_files_that_are_not_transcripts_are_ignored(tmp_path):
    folder = write_batch(
        tmp_path, meta_rows=[meta("A")],
        transcripts={"A.json": transcript("A"), "notes.txt": "不是通话", "audio/A.wav": b"\x00\x01RIFF", "A.json.bak": "{"},
    )
    batch = open_batch(folder, PROFILE)
    assert [p.name for p in batch.transcript_files] == ["A.json"]
    calls, rejects = load(folder)
    assert [c.call_id for c in calls] == ["A"] and rejects == []


def test_transcripts_are_found_recursively_in_sorted_order(tmp_path):
    folder = write_batch(tmp_path, transcripts={
        "b/2.json": transcript("B2", **meta("B2")), "a/1.json": transcript("A1", **meta("A1")),
        "a/0.jsonl": [transcript("A0", **meta("A0"))],
    })
    batch = open_batch(folder, PROFILE)
    assert isinstance(batch, Batch)
    assert [p.relative_to(folder).as_posix() for p in batch.transcript_files] == ["a/0.jsonl", "a/1.json", "b/2.json"]
    assert [c.source for c in load(folder)[0]] == ["a/0.jsonl:1", "a/1.json", "b/2.json"]


# ----------------------------------------------------------------------------- broken transcripts


def test_malformed_json_file_is_rejected_with_where(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"sub/A.json": '{\n "call_id": "A"\n "segments": []}'})
    calls, rejects = load(folder)
    (reject,) = [r for r in rejects if r.source == "sub/A.json"]
    assert reject.reason == "not valid JSON: Expecting ',' delimiter at line 3 column 2"
    assert reject.line is None


def test_broken_jsonl_line_is_rejected_and_the_other_lines_load(tmp_path):
    folder = write_batch(tmp_path, transcripts={"day.jsonl": [
        transcript("A", **meta("A")), "", '{"call_id": "B", "segments": [', transcript("C", **meta("C")),
    ]})
    calls, rejects = load(folder)
    assert [(c.call_id, c.source) for c in calls] == [("A", "day.jsonl:1"), ("C", "day.jsonl:4")]
    (reject,) = rejects
    assert (reject.source, reject.line) == ("day.jsonl", 3)
    assert reject.reason.startswith("not valid JSON: ")


@pytest.mark.parametrize("content, reason", [
    ("[1, 2]", "the JSON holds a list, not a call object"),
    ('"A"', "the JSON holds 'A', not a call object"),
    ('{"segments": []}', "the call object has no call_id"),
    ('{"call_id": "", "segments": []}', "the call object has no call_id"),
    ('{"call_id": "A", "segments": "你好"}', "segments '你好' is not a list"),
    ('{"call_id": "A"}', "segments is missing"),
])
def test_transcript_objects_of_the_wrong_shape_are_rejected(tmp_path, content, reason):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": content})
    (reject,) = [r for r in load(folder)[1] if r.source == "A.json"]
    assert reason in reject.reason


def test_transcript_without_any_metadata_is_rejected(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("OTHER")], transcripts={"A.json": transcript("A")})
    calls, rejects = load(folder)
    assert [c.call_id for c in calls] == ["OTHER"]
    (reject,) = rejects
    assert (reject.call_id, reject.source, reject.reason) == ("A", "A.json", NO_METADATA)


def test_unreadable_transcript_file_is_rejected(tmp_path, monkeypatch):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A", **meta("A")), "B.jsonl": [transcript("B")]})
    real_read_bytes, real_open = Path.read_bytes, Path.open

    def denied(path: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "read_bytes", lambda path: denied(path) if path.suffix == ".json" else real_read_bytes(path))
    monkeypatch.setattr(Path, "open", lambda path, *a, **k: denied(path) if path.suffix == ".jsonl" else real_open(path, *a, **k))
    calls, rejects = load(folder)
    assert calls == []
    assert [(r.source, r.reason) for r in rejects] == [
        ("A.json", "cannot read the file (Permission denied)"), ("B.jsonl", "cannot read the file (Permission denied)"),
    ]


# ----------------------------------------------------------------------------- metadata fields


@pytest.mark.parametrize("fields, reason", [
    ({"agent_id": ""}, "agent_id is missing"),
    ({"direction": "sideways"}, "direction 'sideways' is not one of inbound, outbound"),
    ({"direction": ""}, "direction is missing"),
    ({"start_time": "2030-03-04T10:00:00"}, "start_time '2030-03-04T10:00:00' has no UTC offset"),
    ({"start_time": "昨天上午"}, "start_time '昨天上午' is not an ISO 8601 time"),
    ({"talk_s": "abc"}, "talk_s 'abc' is not a number"),
    ({"talk_s": "-5"}, "talk_s '-5' is negative"),
    ({"talk_s": "nan"}, "talk_s 'nan' is not a number"),
    ({"talk_s": ""}, "talk_s is missing"),
    ({"ring_count": "", "ring_s": ""}, "an inbound call needs ring_count or ring_s"),
    ({"ring_s": "很久"}, "ring_s '很久' is not a number"),
    ({"holds": "30-20"}, "holds entry '30-20' ends before it starts"),
    ({"holds": "10-20;abc"}, "holds entry 'abc' is not a start-end pair"),
    ({"holds": "-5-10"}, "holds entry '-5-10' is not a start-end pair"),
    ({"hangup_by": "robot"}, "hangup_by 'robot' is not one of agent, customer, system"),
    ({"call_type": "chitchat"}, "call_type 'chitchat' is not one of inquiry, complaint"),
    ({"call_type": "chitchat"}, "add it to the profile's input.call_types"),
])
def test_invalid_metadata_is_rejected_naming_field_and_value(tmp_path, fields, reason):
    folder = write_batch(tmp_path, meta_rows=[meta("A", **fields)], transcripts={"A.json": transcript("A")})
    reject = only_reject(folder)
    assert reason in reject.reason
    assert (reject.call_id, reject.source) == ("A", "A.json")


@pytest.mark.parametrize("inline, reason", [
    ({"talk_s": float("inf")}, "talk_s Infinity is not a finite number"),
    ({"talk_s": True}, "talk_s true is not a number"),
    ({"holds": [{"start": 5}]}, "is not an object with start and end"),
    ({"holds": [{"start": -1, "end": 3}]}, "start -1 is negative"),
    ({"holds": 12}, "holds 12 is neither text"),
    ({"agent_id": 7.5}, "agent_id 7.5 is not text"),
])
def test_invalid_inline_metadata_is_rejected(tmp_path, inline, reason):
    fields = {**meta("A"), **inline}
    del fields["call_id"]
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A", **fields)})
    assert reason in only_reject(folder).reason


def test_outbound_call_needs_no_ring_information(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A", direction="呼出", ring_count="")],
                         transcripts={"A.json": transcript("A")})
    (call,), rejects = load(folder)
    assert rejects == [] and call.direction == "outbound" and call.ring_count is None


def test_every_problem_of_a_call_is_named(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A", talk_s="abc", direction="sideways")],
                         transcripts={"A.json": transcript("A")})
    reason = only_reject(folder).reason
    assert "talk_s 'abc'" in reason and "direction 'sideways'" in reason


# ----------------------------------------------------------------------------- segments


@pytest.mark.parametrize("segments, reason", [
    ([seg(start=0, end=2), seg(start=5.0, end=3.0)], "segment 2 ends at 3.0 s, before it starts at 5.0 s"),
    ([seg(start=-1, end=2)], "segment 1: start -1 is negative"),
    ([seg(start=0, end="二")], "segment 1: end '二' is not a number"),
    ([seg(start=0, end=1), seg(start=10.0, end=12), seg(start=3.0, end=4)],
     "segment 3 starts at 3.0 s, before segment 2 at 10.0 s"),
    ([seg(), seg(speaker="spk_2")], "segment 2 has unknown speaker 'spk_2'; map it in the profile's input.speakers"),
    ([{"speaker": "agent", "start": 0, "end": 1}], "segment 1 has no text"),
    ([seg(text=None)], "segment 1 text null is not text"),
    (["你好"], "segment 1 is '你好', not an object"),
])
def test_bad_segments_reject_the_call_naming_the_segment(tmp_path, segments, reason):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": transcript("A", segments)})
    reject = only_reject(folder)
    assert reason in reject.reason
    assert reject.call_id == "A"


def test_segments_may_touch_and_overlap_as_long_as_starts_do_not_go_back(tmp_path):
    segments = [seg(start=0, end=5), seg(start=3, end=4), seg(start=3, end=8)]
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": transcript("A", segments)})
    (call,), rejects = load(folder)
    assert rejects == [] and len(call.segments) == 3


def test_channel_labels_map_to_roles_through_the_profile(tmp_path):
    profile = make_profile(**{"0": "agent", "spk_1": "customer"})
    segments = [seg(speaker=0, start=0, end=1), seg(speaker="SPK_1", start=1, end=2),
                seg(speaker="Agent", start=2, end=3), seg(speaker="坐席", start=3, end=4)]
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": transcript("A", segments)})
    (call,), rejects = load(folder, profile)
    assert rejects == []
    assert [s.speaker for s in call.segments] == ["agent", "customer", "agent", "agent"]


def test_channel_labels_are_unknown_without_the_alias(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": transcript("A", [seg(speaker=0)])})
    assert "segment 1 has unknown speaker 0" in only_reject(folder).reason


def test_integer_alias_keys_in_a_yaml_profile_are_labels(tmp_path):
    data = copy.deepcopy(PROFILE.data)
    data["input"]["speakers"][1] = "customer"  # what YAML gives for an unquoted `1: customer`
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={"A.json": transcript("A", [seg(speaker="1")])})
    (call,), _ = load(folder, Profile(data, "test"))
    assert call.segments[0].speaker == "customer"


@pytest.mark.parametrize("label, expected", [("INBOUND", "inbound"), ("呼入", "inbound"), (" outbound ", "outbound")])
def test_direction_labels_are_mapped(tmp_path, label, expected):
    folder = write_batch(tmp_path, meta_rows=[meta("A", direction=label)], transcripts={"A.json": transcript("A")})
    (call,), _ = load(folder)
    assert call.direction == expected


# ----------------------------------------------------------------------------- merging metadata


def test_inline_metadata_alone_is_enough(tmp_path):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript(
        "A", agent_id=700002, direction="inbound", start_time="2030-03-04T10:00:00+00:00", talk_s=30,
        ring_count=1, holds=[{"start": 5, "end": 9.5}], customer_name="司马",
    )})
    (call,), rejects = load(folder)
    assert rejects == []
    assert call.agent_id == "700002" and call.talk_s == 30.0 and call.ring_count == 1.0
    assert call.holds == (Span(5.0, 9.5),) and call.customer_name == "司马"


def test_metadata_table_wins_and_inline_fills_the_gaps(tmp_path):
    folder = write_batch(
        tmp_path, meta_rows=[meta("A", agent_id="700001", talk_s="60", holds="", customer_name="")],
        transcripts={"A.json": transcript("A", agent_id="999999", talk_s=5, holds="1-2", customer_name="诸葛")},
    )
    (call,), _ = load(folder)
    assert (call.agent_id, call.talk_s) == ("700001", 60.0)
    assert call.holds == (Span(1.0, 2.0),) and call.customer_name == "诸葛"


def test_partial_metadata_is_validated_after_merging(tmp_path):
    folder = write_batch(
        tmp_path, meta_rows=[meta("A", start_time="")],
        transcripts={"A.json": transcript("A", start_time="2030-03-04T10:00:00")},
    )
    assert "has no UTC offset" in only_reject(folder).reason


def test_metadata_only_call_has_no_transcript(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A"), meta("B")], transcripts={"A.json": transcript("A")})
    calls, rejects = load(folder)
    assert rejects == []
    by_id = {c.call_id: c for c in calls}
    assert by_id["A"].has_transcript is True
    assert by_id["B"].has_transcript is False and by_id["B"].segments == ()
    assert by_id["B"].source == "metadata.csv:3"


def test_invalid_metadata_only_call_is_rejected_at_its_line(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A"), meta("B", talk_s="abc")])
    calls, rejects = load(folder)
    assert [c.call_id for c in calls] == ["A"]
    (reject,) = rejects
    assert (reject.source, reject.line, reject.call_id) == ("metadata.csv", 3, "B")
    assert "talk_s 'abc' is not a number" in reject.reason


def test_metadata_row_without_call_id_is_rejected_and_blank_lines_are_skipped(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A")])
    with open(folder / "metadata.csv", "a", encoding="utf-8") as handle:
        handle.write("\n,700003,inbound,2030-03-04T10:00:00+08:00,5,1,,,,,,\n")
    calls, rejects = load(folder)
    assert [c.call_id for c in calls] == ["A"]
    (reject,) = rejects
    assert (reject.source, reject.line, reject.reason) == ("metadata.csv", 4, "this metadata row has no call_id")


def test_metadata_line_numbers_count_newlines_inside_quoted_cells(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A", customer_name="第一行\n第二行"), meta("B", talk_s="x")])
    (reject,) = load(folder)[1]
    assert (reject.call_id, reject.line) == ("B", 4)


def test_metadata_path_outside_the_folder(tmp_path):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A")})
    elsewhere = tmp_path / "cti" / "export.csv"
    elsewhere.parent.mkdir()
    write_batch(tmp_path / "cti", meta_rows=[meta("A"), meta("B", talk_s="x")])
    (tmp_path / "cti" / "batch" / "metadata.csv").rename(elsewhere)
    calls, rejects = load(folder, metadata=elsewhere)
    assert [c.call_id for c in calls] == ["A"]
    assert rejects[0].source == elsewhere.as_posix()


def test_metadata_csv_at_the_top_level_only(tmp_path):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A")})
    write_batch(folder / "old", meta_rows=[meta("A")])
    assert only_reject(folder).reason == NO_METADATA


# ----------------------------------------------------------------------------- duplicates


def test_duplicate_call_id_across_json_files_keeps_the_first(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={
        "1/A.json": transcript("A", [seg(text="第一份")]), "2/A.json": transcript("A", [seg(text="第二份")]),
    })
    (call,), (reject,) = load(folder)
    assert call.segments[0].text == "第一份" and call.source == "1/A.json"
    assert (reject.source, reject.call_id) == ("2/A.json", "A")
    assert reject.reason == "duplicate call_id, already loaded from 1/A.json"


def test_duplicate_call_id_within_jsonl(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A")], transcripts={
        "x.jsonl": [transcript("A"), transcript("A")],
    })
    (call,), (reject,) = load(folder)
    assert call.source == "x.jsonl:1"
    assert (reject.source, reject.line) == ("x.jsonl", 2)
    assert "duplicate call_id" in reject.reason


def test_duplicate_call_id_in_metadata_keeps_the_first_row(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A", agent_id="700001"), meta("A", agent_id="700009")],
                         transcripts={"A.json": transcript("A")})
    (call,), (reject,) = load(folder)
    assert call.agent_id == "700001"
    assert (reject.source, reject.line, reject.call_id) == ("metadata.csv", 3, "A")
    assert "first at line 2; the first is kept" in reject.reason


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_chinese_text_is_read_in_every_accepted_encoding(tmp_path, encoding):
    folder = write_batch(
        tmp_path, meta_rows=[meta("甲1", direction="呼入", call_type="挂失", customer_name="慕容")],
        transcripts={
            "甲1.json": transcript("甲1", [seg(speaker="客服", text="您好，这里是测试热线")]),
            "乙.jsonl": [transcript("乙2", [seg(speaker="客户", text="我要挂失银行卡")], **meta("乙2", direction="呼出"))],
        },
        encoding=encoding,
    )
    calls, rejects = load(folder)
    assert rejects == []
    by_id = {c.call_id: c for c in calls}
    assert by_id["甲1"].call_type == "loss_report" and by_id["甲1"].customer_name == "慕容"
    assert by_id["甲1"].segments[0].text == "您好，这里是测试热线"
    assert by_id["乙2"].segments[0].text == "我要挂失银行卡" and by_id["乙2"].direction == "outbound"


def test_undecodable_transcript_file_is_rejected(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[], transcripts={"A.json": b'{"call_id": "\xff\xff"}', "B.jsonl": b'\xff\n'})
    calls, rejects = load(folder)
    assert calls == []
    assert [(r.source, r.line) for r in rejects] == [("A.json", None), ("B.jsonl", 1)]
    assert all("neither UTF-8 nor GB18030" in r.reason for r in rejects)


# ----------------------------------------------------------------------------- usage errors


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        open_batch(tmp_path / "nope", PROFILE)


def test_given_metadata_file_that_cannot_be_read_is_an_input_error(tmp_path):
    folder = write_batch(tmp_path)
    with pytest.raises(InputError, match="Cannot read the metadata file"):
        open_batch(folder, PROFILE, tmp_path / "missing.csv")


@pytest.mark.parametrize("content, message", [
    ("agent_id,direction\n700001,inbound\n".encode(), "has no call_id column"),
    (b"", "is empty"),
    (b"call_id,agent_id\n\xff\xfe,1\n", "neither UTF-8 nor GB18030"),
    (b"call_id,agent_id\nA,1\nB,2,3\n", "not a readable CSV table"),
])
def test_unusable_metadata_file_is_an_input_error(tmp_path, content, message):
    folder = write_batch(tmp_path)
    (folder / "metadata.csv").write_bytes(content)
    with pytest.raises(InputError, match=message):
        open_batch(folder, PROFILE)


def test_batch_without_metadata_file_is_fine(tmp_path):
    folder = write_batch(tmp_path, transcripts={"A.json": transcript("A", **meta("A"))})
    assert open_batch(folder, PROFILE).metadata is None
    assert [c.call_id for c in load(folder)[0]] == ["A"]


# ----------------------------------------------------------------------------- accounting


def test_every_input_call_appears_exactly_once(tmp_path):
    folder = write_batch(
        tmp_path,
        meta_rows=[meta("OK1"), meta("BADMETA", talk_s="x"), meta("ONLYMETA"), meta("ONLYMETA_BAD", direction="?"),
                   meta("DUPMETA"), meta("DUPMETA"), meta("BADSEG")],
        transcripts={
            "a/OK1.json": transcript("OK1"),
            "a/BADMETA.json": transcript("BADMETA"),
            "a/NOMETA.json": transcript("NOMETA"),
            "a/BADSEG.json": transcript("BADSEG", [seg(start=5, end=1)]),
            "a/DUPMETA.json": transcript("DUPMETA"),
            "b/more.jsonl": [transcript("INLINE", **meta("INLINE")), "{oops", transcript("OK1")],
        },
    )
    calls, rejects = load(folder)
    inputs = {"OK1", "BADMETA", "ONLYMETA", "ONLYMETA_BAD", "DUPMETA", "BADSEG", "NOMETA", "INLINE"}
    first_appearances = [c.call_id for c in calls] + [
        r.call_id for r in rejects if r.call_id and "duplicate" not in r.reason
    ]
    assert Counter(first_appearances) == Counter(inputs)
    assert {c.call_id for c in calls} == {"OK1", "ONLYMETA", "DUPMETA", "INLINE"}
    duplicates = [r for r in rejects if "duplicate" in r.reason]
    assert sorted(r.call_id for r in duplicates) == ["DUPMETA", "OK1"]
    assert [r.line for r in rejects if not r.call_id] == [2]  # the broken JSONL line


def test_a_batch_can_be_iterated_twice_with_the_same_result(tmp_path):
    folder = write_batch(tmp_path, meta_rows=[meta("A"), meta("B")],
                         transcripts={"A.json": transcript("A"), "A2.json": transcript("A")})
    batch = open_batch(folder, PROFILE)
    assert list(batch) == list(batch)
