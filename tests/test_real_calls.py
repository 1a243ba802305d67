"""Real ASR output: the public iFlytek hotline calls in ../shared/formats/iflytek/, turned into
the canonical format here, go through the real pipeline."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_scorer.cli import main

IFLYTEK = Path(__file__).resolve().parents[1] / ".." / "shared" / "formats" / "iflytek"
needs_samples = pytest.mark.skipif(not IFLYTEK.is_dir(), reason="../shared/formats not present")


def from_iflytek(call_id: str, sentences: list[dict], agent_speaker: str) -> dict:
    """lfasr `getResult` sentences (ms as strings, diarized speakers "1"/"2") → a canonical call.
    Which speaker is the agent is a deployment setting; here the side that says the greeting."""
    return {
        "call_id": call_id, "agent_id": "100001", "direction": "inbound",
        "start_time": "2026-11-27T10:00:00+08:00", "ring_count": 1, "hangup_by": "customer",
        "talk_s": int(sentences[-1]["ed"]) / 1000 + 1, "call_type": "inquiry",
        "segments": [{"speaker": "agent" if s["speaker"] == agent_speaker else "customer",
                      "start": int(s["bg"]) / 1000, "end": int(s["ed"]) / 1000, "text": s["onebest"]}
                     for s in sentences],
    }


@needs_samples
def test_the_agents_real_wo_bu_zhidao_is_a_taboo(tmp_path):
    night = tmp_path / "night"
    night.mkdir()
    sentences = json.loads((IFLYTEK / "call-956-onebest.json").read_text(encoding="utf-8"))
    (night / "956.json").write_text(json.dumps(from_iflytek("IFL-956", sentences, "1"),
                                               ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(night), "--out", str(tmp_path / "out"),
                                       "--select", "P401"])
    assert result.exit_code == 0, result.output
    findings = (tmp_path / "out" / "findings.csv").read_text(encoding="utf-8-sig")
    assert "IFL-956,100001,P401" in findings
    assert "我不知道" in findings and "11.97" in findings
