#!/usr/bin/env python3
"""The footage job as a person would write it by hand: one ffmpeg pass, the same clips, in/out points, transitions,
captions (the SRT through the subtitles filter), narration and ducked music as our render, and the same encoder
settings, but with the textbook filter chain (trim, scale+pad, fps, a chain of xfades over whole clips) and no
seeking on the inputs. Prints the ffmpeg arguments, one per line, for bench/run.sh to time in the same run.

usage: handwritten_job2.py MANIFEST SRT NARRATION OUTPUT   (NARRATION: any WAV of the video's length; the job's own
narration is deleted with its work directory, so bench/run.sh passes the rendered video's sound track)
"""
import json
import sys

manifest, srt, narration, output = sys.argv[1:5]
m = json.load(open(manifest))
t = m["timeline"]
width, height = (int(x) for x in t["size"].split("x"))
fps, total = t["fps"], t["duration"]
clips = [c for c in t["clips"] if c["kind"] == "video"]
# The hand-written version has no procedural backgrounds: the last video clip runs to the end instead.
if clips[-1] is not t["clips"][-1]:
    clips[-1] = dict(clips[-1], duration=round(total - clips[-1]["start"], 3))

args, graph = ["-hide_banner", "-nostdin", "-y"], []
for i, c in enumerate(clips):
    args += ["-i", c["path"]]
    graph.append(
        f"[{i}:v]trim=start={c['in']}:duration={c['duration']},setpts=PTS-STARTPTS,"
        f"scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,"
        f"setsar=1,fps={fps},format=yuv420p[v{i}]")
current = "v0"
for i, c in enumerate(clips[1:], start=1):
    transition = c.get("transition") or {"name": "fade", "duration": 0.5}
    graph.append(f"[{current}][v{i}]xfade=transition={transition['name']}:duration={transition['duration']}:offset={c['start']}[x{i}]")
    current = f"x{i}"
graph.append(f"[{current}]subtitles={srt}[vout]")

audio = t["audio"]
voice, music = len(clips), len(clips) + 1
args += ["-i", narration, "-stream_loop", "-1", "-i", audio["music_path"]]
graph += [
    f"[{voice}:a]aresample=48000,volume={audio['narration_gain_db']}dB,apad=whole_dur={total},asplit=2[voice][key]",
    f"[{music}:a]aresample=48000,volume={audio['music_gain_db']}dB,atrim=duration={total}[bed]",
    "[bed][key]sidechaincompress=threshold=0.017:ratio=20:attack=15:release=350[duck]",
    f"[voice][duck]amix=inputs=2:duration=first:normalize=0,afade=t=out:st={total - 1.5}:d=1.5,alimiter=limit=0.79[aout]",
]
args += ["-filter_complex", ";".join(graph), "-map", "[vout]", "-map", "[aout]",
         "-c:v", "libx264", "-preset", "veryfast", "-crf", "21", "-profile:v", "high", "-pix_fmt", "yuv420p",
         "-r", str(fps), "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", "-t", str(total),
         "-movflags", "+faststart", output]
print("\n".join(args))
