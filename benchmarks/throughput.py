"""Throughput and peak memory of a full `qa-scorer score` run on a synthetic night.

usage: python benchmarks/throughput.py [--calls 20000] [--jobs 1] [--keep DIR]

Generates N calls (JSONL shards + metadata.csv) in a temporary folder, scores them in this
process with the default profile and every rule into a results store, writes the reports, and
prints calls/s and peak RSS. Peak memory
should stay flat as N grows: the pipeline streams chunk by chunk.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

AGENT_LINES = ["您好交行八幺幺洞洞洞很高兴为您服务请讲", "好的 请您稍等 我帮您查询一下",
               "嗯 您的卡尾号七八九零 余额已经发给您了", "请问还有其他可以帮您的吗", "谢谢您的来电 再见",
               "不好意思让您久等了", "这个我帮您核实一下 稍后给您回电"]
CUSTOMER_LINES = ["喂 你好 我想查一下余额", "那个 我的卡昨天被吞了", "好的 谢谢", "没有了 拜拜"]


def write_night(folder: Path, calls: int, shard: int = 5000) -> None:
    """N synthetic calls in JSONL shards of `shard` calls, and their metadata.csv."""
    rng = random.Random(7)
    with open(folder / "metadata.csv", "w", encoding="utf-8") as meta:
        meta.write("call_id,agent_id,direction,start_time,talk_s,ring_count,ring_s,holds,"
                   "hangup_by,call_type,customer_id,customer_name\n")
        out = None
        for n in range(calls):
            if n % shard == 0:
                out and out.close()
                out = open(folder / f"shard-{n // shard:04d}.jsonl", "w", encoding="utf-8")
            t, segments = 0.5, []
            for turn in range(rng.randint(6, 14)):
                speaker = "agent" if turn % 2 == 0 else "customer"
                text = rng.choice(AGENT_LINES if speaker == "agent" else CUSTOMER_LINES)
                end = t + len(text) / 4.2
                segments.append({"speaker": speaker, "start": round(t, 2), "end": round(end, 2), "text": text})
                t = end + rng.uniform(0.3, 2.0)
            call_id = f"B{n:08d}"
            out.write(json.dumps({"call_id": call_id, "segments": segments}, ensure_ascii=False) + "\n")
            meta.write(f"{call_id},81{n % 50:04d},inbound,2026-11-27T09:00:00+08:00,{t + 2:.1f},"
                       f"{rng.randint(1, 5)},,,customer,inquiry,C{n % 9000:06d},\n")
        out and out.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    from qa_scorer import pipeline
    from qa_scorer.loading import open_batch
    from qa_scorer.profile import load_profile
    from qa_scorer.rules import build_rules
    from qa_scorer.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        write_night(folder, args.calls)
        profile = load_profile()
        started = time.perf_counter()
        with Store(Path(tmp) / "qa.sqlite") as store:
            summary = pipeline.run(open_batch(folder, profile), profile, build_rules(profile),
                                   Path(tmp) / "out", store, str(folder), jobs=args.jobs)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{summary.scored} calls in {seconds:.1f} s with {args.jobs} job(s): "
          f"{summary.scored / seconds:.0f} calls/s, peak RSS {peak_mb:.0f} MB (this process)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
