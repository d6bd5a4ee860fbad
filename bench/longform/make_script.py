#!/usr/bin/env python3
"""Writes a narration script of about TARGET seconds, deterministically.

usage: make_script.py SOURCE TARGET_SECONDS WORDS_PER_SECOND [--numbered] > script.txt

SOURCE's paragraphs (blank-line separated) are cycled; each becomes one scene (a paragraph of the script, the format of
examples/volcanoes.txt). With --numbered each scene starts with "Part N." so no two scenes are the same text (the speech
cache cannot shortcut a long narration); without it the source is repeated as it is (the footage job's script.txt).
Scenes are added until the estimated narration (words / WORDS_PER_SECOND) reaches the target; the last one is cut
at the sentence that brings the estimate nearest to it."""
import re
import sys

source, target, wps = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
numbered = "--numbered" in sys.argv[4:]
text = open(source, encoding="utf-8").read().strip()
paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
if len(paragraphs) == 1:  # a script without blank lines (make_footage_job.sh's script.txt): one scene per repetition
    paragraphs = [" ".join(text.split())]
scenes, seconds, i = [], 0.0, 0
while seconds < target or not scenes:
    scene = paragraphs[i % len(paragraphs)]
    if numbered:
        scene = f"Part {i + 1}. {scene}"
    words = len(scene.split())
    if seconds + words / wps > target:
        # the last scene: as many of its sentences as bring the estimate nearest to the target
        kept, kept_seconds = [], seconds
        for sentence in re.findall(r"[^.!?]+[.!?]+", scene):
            more = len(sentence.split()) / wps
            if kept_seconds + more - target > target - kept_seconds and (kept or scenes):
                break
            kept.append(sentence.strip())
            kept_seconds += more
        if kept:
            scenes.append(" ".join(kept))
            seconds = kept_seconds
        break
    scenes.append(scene)
    seconds += words / wps
    i += 1
print("\n\n".join(scenes))
print(f"make_script: {len(scenes)} scenes, {sum(len(s.split()) for s in scenes)} words, ~{seconds:.0f} s estimated", file=sys.stderr)
