#!/usr/bin/env python3
"""Markdown report of bench/longform.sh's results (one JSON object a line), with issue 15's targets marked pass/FAIL.

usage: report.py RESULTS.jsonl CORES FFMPEG_VERSION SHORT_SIDE"""
import datetime, json, statistics, sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
cores, ffmpeg, short_side = sys.argv[2], sys.argv[3], int(sys.argv[4])
RSS_MAX, RATIO_MAX, PER_MINUTE_DRIFT = 700, 1.6, 0.10

def per_minute(r):
    return r["wall"] / (r["duration"] / 60)

def segments_line(r):
    render = r.get("render")
    if not render:
        return "- segments: n/a (the manifest has no `render` object)"
    segs = render.get("segments") or []
    head = f"- render: mode {render.get('mode', 'n/a')}, encoder {render.get('encoder', 'n/a')}, {len(segs)} segments"
    secs = [s["seconds"] for s in segs if isinstance(s.get("seconds"), (int, float))]
    if not secs:
        return head
    reused = sum(1 for s in segs if s.get("reused"))
    workers = sorted({str(s.get("worker")) for s in segs if s.get("worker")})
    parts = ", ".join(f"{s.get('index', i)}: {s.get('seconds', 'n/a')} s/{s.get('frames', '?')} fr" for i, s in enumerate(segs))
    return (f"{head}; seconds per segment median {statistics.median(secs):.1f} [min {min(secs):.1f}, max {max(secs):.1f}], "
            f"sum {sum(secs):.1f}; {reused} reused; workers {', '.join(workers) or 'n/a'}\n  - per segment: {parts}")

print(f"# Reelforge long-form benchmark — {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%MZ}, {cores} cores, {ffmpeg}")
print()
if short_side != 1080:
    print(f"**Short side {short_side} px (a check of the benchmark itself): the targets below are for 1080 and do not apply.**")
    print()
print("Limit: ffmpeg encoding the same number of testsrc2 frames at the same size with the standard quality's settings "
      "(libx264 veryfast crf 21, high profile), timed right after each generate. Peak RSS: GNU time's %M, the largest single "
      "process (ffmpeg or dotnet). Per output minute: wall / minutes of video.")
print()
print("| video | narration (s) [target] | video (s) | frames | wall (s) | realtime × | per output min (s) | limit (s) | ratio to limit | peak RSS (MiB) | CPU (s) |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    target = r["target_minutes"] * 60
    narr = r["narration"] or 0
    off = abs(narr - target) / target if target else 0
    narr_cell = f"{narr:.0f} [{target:.0f}{'' if off <= 0.10 else f', off by {off * 100:.0f} %'}]"
    frames = round(r["duration"] * r["fps"])
    print(f"| {r['name']} ({r['size']}, {r['clips']} clips) | {narr_cell} | {r['duration']:.1f} | {frames} | {r['wall']:.1f} | "
          f"{r['duration'] / r['wall']:.2f} | {per_minute(r):.1f} | {r['limit']:.1f} | {r['wall'] / r['limit']:.2f} | {r['rss_mib']} | {r['cpu']} |")
print()
for r in rows:
    print(f"## {r['name']}")
    print("- stages: " + (", ".join(f"{k} {v:.1f} s" for k, v in r["stage_seconds"].items()) or "n/a"))
    print(segments_line(r))
    if r.get("join"):
        print("- join checks:")
        print("\n".join("  " + l for l in r["join"].splitlines()))
    print()

print("## Targets (issue 15, this machine)")
def mark(ok):
    return "pass" if ok else "FAIL"
by = {(r["kind"], r["target_minutes"]): r for r in rows}
checked = False
for r in rows:
    if r["target_minutes"] >= 10:
        checked = True
        print(f"- peak RSS ≤ {RSS_MAX} MiB, {r['name']}: {r['rss_mib']} MiB — {mark(r['rss_mib'] <= RSS_MAX)}")
p10, p30 = by.get(("procedural", 10.0)), by.get(("procedural", 30.0))
if p10:
    ratio = p10["wall"] / p10["limit"]
    print(f"- whole generate ≤ {RATIO_MAX}× the raw limit at 10 minutes: {ratio:.2f}× — {mark(ratio <= RATIO_MAX)}")
    f10 = by.get(("footage", 10.0))
    if f10:
        print(f"  - footage 10 minutes (for comparison, no target): {f10['wall'] / f10['limit']:.2f}×")
if p10 and p30:
    drift = per_minute(p30) / per_minute(p10) - 1
    print(f"- time per output minute at 30 minutes within {PER_MINUTE_DRIFT * 100:.0f} % of 10 minutes: {per_minute(p30):.1f} s vs "
          f"{per_minute(p10):.1f} s ({drift * 100:+.1f} %; the limit's own drift {(p30['limit'] / p30['duration']) / (p10['limit'] / p10['duration']) * 100 - 100:+.1f} %) — "
          f"{mark(abs(drift) <= PER_MINUTE_DRIFT)}")
p1 = by.get(("procedural", 1.0))
if p1:
    print(f"- 1 minute (for comparison with bench/run.sh job 1, whose 60-s short must be ≤ {RATIO_MAX}×): {p1['wall'] / p1['limit']:.2f}×")
if not (checked or p10 or p1):
    print("- n/a: no 1-, 10- or 30-minute run in this report")
if short_side != 1080:
    print(f"- (short side {short_side}: not the targets' size)")
