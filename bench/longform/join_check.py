#!/usr/bin/env python3
"""Join checks of a rendered video (segments joined by stream copy must not show): prints markdown lines, exits 1 on a FAIL.

usage: join_check.py VIDEO.mp4 [MANIFEST.json]
- frame count (decoded) = duration x fps (the manifest's timeline, else the video stream's);
- video presentation times strictly increasing with a constant step of 1/fps (no dropped, duplicated or reordered frames);
- audio and video start within one frame of each other (and end within one frame + one audio packet).
"""
import json, subprocess, sys
from fractions import Fraction

video = sys.argv[1]
manifest = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else None

def probe(*args):
    return subprocess.run(["ffprobe", "-v", "error", *args, video], check=True, capture_output=True, text=True).stdout

streams = json.loads(probe("-show_entries", "stream=codec_type,start_time,duration,r_frame_rate", "-of", "json"))["streams"]
v = next(s for s in streams if s["codec_type"] == "video")
a = next((s for s in streams if s["codec_type"] == "audio"), None)
fps = float(Fraction(v["r_frame_rate"]))
duration = float(v["duration"])
if manifest and "timeline" in manifest:
    fps, duration = float(manifest["timeline"]["fps"]), float(manifest["timeline"]["duration"])
pts = [float(x.split(",")[0]) for x in probe("-select_streams", "v", "-show_entries", "frame=pts_time", "-of", "csv=p=0").split() if x.strip()]

ok = True
def line(passed, text):
    global ok
    ok &= passed
    print(f"- {'pass' if passed else 'FAIL'}: {text}")

expected = round(duration * fps)
line(abs(len(pts) - expected) <= 1, f"{len(pts)} frames decoded, duration x fps = {duration:.3f} x {fps:g} = {expected}")
step = 1 / fps
steps = [b - a_ for a_, b in zip(pts, pts[1:])]
bad = [(i + 1, s) for i, s in enumerate(steps) if not (abs(s - step) < 0.25 * step)]
line(not bad and all(s > 0 for s in steps),
     f"presentation times strictly increasing, constant step {step * 1000:.2f} ms"
     + (f"; {len(bad)} irregular steps, first at frames {', '.join(f'{i} ({s * 1000:.1f} ms)' for i, s in bad[:5])}" if bad else ""))
if a is None:
    line(False, "no audio stream")
else:
    va, aa = float(v.get("start_time", 0)), float(a.get("start_time", 0))
    line(abs(va - aa) <= step, f"audio starts {(aa - va) * 1000:+.1f} ms from the video (one frame = {step * 1000:.1f} ms)")
    if "duration" in a:
        vd, ad = float(v["duration"]), float(a["duration"])
        line(abs((va + vd) - (aa + ad)) <= step + 0.025, f"audio ends {((aa + ad) - (va + vd)) * 1000:+.1f} ms from the video")
sys.exit(0 if ok else 1)
