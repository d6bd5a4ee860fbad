#!/usr/bin/env python3
"""Markdown report of bench/fanout.sh: how one video's segments were spread over the workers, exactly-once and join
checks, and predictions (labelled as such) for more workers and for a hardware encoder."""
import argparse, datetime, heapq, json, math, statistics

ap = argparse.ArgumentParser()
for name in ("task", "manifest", "workers", "segment-tables", "join", "encode-sample", "ffmpeg"):
    ap.add_argument("--" + name, required=True)
for name in ("wall", "gpu-fps"):
    ap.add_argument("--" + name, type=float, required=True)
for name in ("cores", "in-flight", "predict-workers", "short-side"):
    ap.add_argument("--" + name, type=int, required=True)
a = ap.parse_args()

task = json.load(open(a.task))["data"]
m = json.load(open(a.manifest))
workers = dict(l.split() for l in open(a.workers) if l.strip())  # name -> pid
by_pid = {pid: name for name, pid in workers.items()}
def who(worker):
    pid = str(worker).rsplit(":", 1)[-1]
    return by_pid.get(pid, str(worker))
tl = m["timeline"]
frames_total = round(tl["duration"] * tl["fps"])
render = m.get("render")
segs = (render or {}).get("segments") or []

print(f"# Reelforge fan-out benchmark — {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%MZ}, {a.cores} cores, {a.ffmpeg}")
print()
if a.short_side != 1080:
    print(f"**Short side {a.short_side} px (a check of the benchmark itself), not the 1080x1920 of the issue.**")
    print()
print(f"- {len(workers)} `reelforge worker` processes ({', '.join(f'{n} pid {p}' for n, p in workers.items())}) and one "
      f"`serve --no-worker` on one PostgreSQL; {a.in_flight} segment(s) in flight per worker")
print(f"- video: {m.get('narration', {}).get('duration', 0):.0f} s of narration, {tl['duration']:.1f} s, {frames_total} frames, "
      f"{tl['size']} at {tl['fps']} fps, {len(tl.get('clips', []))} clips")
print(f"- wall, submit to complete: {a.wall:.1f} s (realtime {tl['duration'] / a.wall:.2f}×); the task's worker: {who(task.get('worker_id'))}, "
      f"attempts {task.get('attempts', 'n/a')}")
stages = {s["name"]: s.get("seconds") for s in task.get("stages", [])}
print("- stages (task): " + ", ".join(f"{k} {v:.1f} s" if isinstance(v, (int, float)) else f"{k} n/a" for k, v in stages.items()))
staged = sum(v for v in stages.values() if isinstance(v, (int, float)))
print(f"- outside the stages (queue, pick-up, polling): {a.wall - staged:.1f} s of the wall time")
print()

print("## Segments")
ok_once = None
secs = []
if not render:
    print("- n/a: the manifest has no `render` object (segmented rendering not in this build); the video was one task on one worker")
else:
    print(f"- render: mode {render.get('mode', 'n/a')}, encoder {render.get('encoder', 'n/a')}, {len(segs)} segments")
    if segs:
        print()
        print("| segment | frames | seconds | worker | reused |")
        print("|---|---|---|---|---|")
        for i, s in enumerate(segs):
            print(f"| {s.get('index', i)} | {s.get('frames', 'n/a')} | {s.get('seconds', 'n/a')} | {who(s.get('worker', 'n/a'))} | {s.get('reused', 'n/a')} |")
        print()
        per = {}
        for s in segs:
            per.setdefault(who(s.get("worker", "n/a")), []).append(s)
        for w, ss in sorted(per.items()):
            t = [s["seconds"] for s in ss if isinstance(s.get("seconds"), (int, float))]
            print(f"- {w}: {len(ss)} segments, {sum(t):.1f} s busy (median {statistics.median(t) if t else float('nan'):.1f} s a segment)")
        indexes = [s.get("index", i) for i, s in enumerate(segs)]
        reused = [s.get("index") for s in segs if s.get("reused")]
        ok_once = sorted(indexes) == list(range(len(segs))) and not reused
        frames_sum = sum(s.get("frames", 0) or 0 for s in segs)
        print(f"- {'pass' if ok_once else 'FAIL'}: each segment once in the manifest (indexes 0..{len(segs) - 1}, none repeated"
              f"{', none reused' if not reused else f', reused: {reused}'}); segment frames sum to {frames_sum} of {frames_total}"
              f"{'' if frames_sum == frames_total else ' (mismatch)'}")
        secs = [s["seconds"] for s in segs if isinstance(s.get("seconds"), (int, float))]

tables = [json.loads(l) for l in open(a.segment_tables) if l.strip()]
if not tables:
    print("- database: no table named like `%segment%` (n/a)")
for t in tables:
    rows = t["rows"] or []
    print(f"- database table `{t['table']}`: {len(rows)} rows" + (f"; columns {', '.join(rows[0].keys())}" if rows else ""))
    if rows:
        keys = rows[0].keys()
        ix = next((k for k in keys if k.lower() in ("index", "segment_index", "segmentindex", "ordinal", "number")), None)
        wk = next((k for k in keys if "worker" in k.lower()), None)
        at = next((k for k in keys if "attempt" in k.lower() or k.lower() == "runs"), None)
        if ix:
            counts = {}
            for r in rows:
                counts[r[ix]] = counts.get(r[ix], 0) + 1
            dup = {k: v for k, v in counts.items() if v > 1}
            att = [r[at] for r in rows] if at else []
            good = not dup and all(x in (None, 0, 1) for x in att)
            print(f"  - {'pass' if good else 'FAIL'}: one row per `{ix}`" + (f" (repeated: {dup})" if dup else "")
                  + (f"; `{at}` {sorted(set(att))}" if at else ""))
        if wk:
            spread = {}
            for r in rows:
                spread[who(r[wk])] = spread.get(who(r[wk]), 0) + 1
            print(f"  - spread by `{wk}`: {', '.join(f'{k} {v}' for k, v in sorted(spread.items()))}")
print()

print("## Join checks (ffprobe, every frame)")
print(open(a.join).read().rstrip() or "- n/a")
print()

print("## Predictions (from the figures above; not measured)")
if not secs:
    print("- n/a: no per-segment seconds in the manifest")
else:
    def makespan(times, slots):
        load = [0.0] * slots  # greedy: longest part first, to the least-loaded slot
        heapq.heapify(load)
        for t in sorted(times, reverse=True):
            heapq.heappush(load, heapq.heappop(load) + t)
        return max(load)
    # what is not segment rendering: the stages before the render, the audio mix, the join, the verify
    extra = {k: v for k, v in render.items() if isinstance(v, (int, float)) and any(w in k for w in ("audio", "join", "mux", "concat"))}
    busy = {}
    for s in segs:
        busy[who(s.get("worker"))] = busy.get(who(s.get("worker")), 0) + (s.get("seconds") or 0) / a.in_flight
    measured = max(busy.values())
    # measured end to end: everything but the busiest worker's segment time (queue waits and idle gaps included)
    rest = max(0.0, a.wall - measured)
    rest_how = f"the wall time minus the busiest worker's segment time ({a.wall:.1f} − {measured:.1f} s)"
    if extra:
        rest_how += "; of it, from the manifest: " + ", ".join(f"{k} {v:.1f} s" for k, v in extra.items())
    print(f"- not segment rendering (narration, audio mix, join, verify, queueing): {rest:.1f} s = {rest_how}")
    print(f"- assumption: each worker gets the CPU share a worker had here ({a.cores} cores / {len(workers)} workers × "
          f"{a.in_flight} in flight), so a segment takes what it took here")
    for n in sorted({1, len(workers), a.predict_workers}):
        ms = makespan(secs, n * a.in_flight)
        print(f"- {n} worker(s): segments {ms:.1f} s (greedy, longest first) + {rest:.1f} s = **{ms + rest:.0f} s** "
              f"({tl['duration'] / (ms + rest):.1f}× realtime)")
    need = next((n for n in range(1, 257) if makespan(secs, n * a.in_flight) + rest < 120), None)
    print(f"- under 2 minutes for this video: " + (f"{need} workers" if need else "not reachable by adding workers: "
          f"the part outside the segments ({rest:.0f} s) or the longest segment ({max(secs):.0f} s) is the bound"))
    # GPU: the encode share of a segment, from a testsrc2 libx264 encode measured in this run
    f, enc, gen = (float(x) for x in a.encode_sample.split())
    per_frame = max(0.0, enc - gen) / f  # seconds per frame with the whole machine
    concurrent = len(workers) * a.in_flight  # segments that shared the machine here
    enc_secs = [min(s.get("seconds") or 0, (s.get("frames") or 0) * per_frame * concurrent) for s in segs]
    shares = [e / s["seconds"] for e, s in zip(enc_secs, segs) if s.get("seconds")]
    share = statistics.median(shares) if shares else 0
    gpu = [max(0.0, (s.get("seconds") or 0) - e) + (s.get("frames") or 0) / a.gpu_fps for e, s in zip(enc_secs, segs)]
    print(f"- GPU encoder, assumed: h264_nvenc (or qsv/vaapi) encodes {tl['size']} at ≥ {a.gpu_fps:.0f} fps, so the libx264 "
          f"share of a segment is replaced by frames / {a.gpu_fps:.0f}; that share, estimated from a testsrc2 libx264 encode "
          f"of {f:.0f} frames in this run ({enc:.1f} s, testsrc2 alone {gen:.1f} s, × {concurrent} segments sharing the machine): "
          f"median {share * 100:.0f} % of a segment's time")
    for n in sorted({1, len(workers), a.predict_workers}):
        ms = makespan(gpu, n * a.in_flight)
        print(f"  - {n} worker(s) with a GPU: segments {ms:.1f} s + {rest:.1f} s = **{ms + rest:.0f} s**")
    needg = next((n for n in range(1, 257) if makespan(gpu, n * a.in_flight) + rest < 120), None)
    print(f"  - under 2 minutes with a GPU: " + (f"{needg} worker(s)" if needg else "not reachable: the rest is the bound"))
