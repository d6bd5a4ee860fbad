#!/usr/bin/env bash
# Benchmarks `reelforge generate` against the physical limit on this machine: ffmpeg encoding the same number
# of frames from a lavfi source with the same encoder settings and no filters. Not part of the tests.
#   bench/run.sh            -> prints a report (markdown) and writes bench/results/latest.md
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REELFORGE_EXTRA_PACKAGES="time sox python3" scripts/setup.sh
OUT="${BENCH_DIR:-/tmp/reelforge-bench}"; mkdir -p "$OUT" bench/results
export REELFORGE_CACHE_DIR="$OUT/cache"
RUN=(dotnet "$ROOT/src/Reelforge.Cli/bin/Release/net10.0/reelforge.dll")

# seconds and peak RSS (MiB) of a command; its CPU seconds (user + system, all threads) go to $OUT/cpu.txt:
# less sensitive than wall time to other work on a shared machine.
timed() { /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.txt" "$@" >"$OUT/last.out" 2>"$OUT/last.err" || { cat "$OUT/last.err" >&2; exit 1; }
  read -r secs kib user sys < "$OUT/time.txt"; python3 -c "print(round($user + $sys, 1))" > "$OUT/cpu.txt"; echo "$secs $((kib / 1024))"; }

median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

limit_once() { # frames, size, preset, crf -> seconds of one lavfi encode
  /usr/bin/time -f '%e' -o "$OUT/limit.txt" ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$2:rate=30" \
    -frames:v "$1" -c:v libx264 -preset "$3" -crf "$4" -profile:v high -pix_fmt yuv420p -movflags +faststart "$OUT/limit.mp4"
  cat "$OUT/limit.txt"; }

# The encode floor of our own frames: re-encoding the rendered video with the same settings, minus decoding it.
floor() { # video, preset, crf -> seconds
  /usr/bin/time -f '%e' -o "$OUT/floor.txt" ffmpeg -hide_banner -loglevel error -y -i "$1" -an -c:v libx264 -preset "$2" -crf "$3" \
    -profile:v high -pix_fmt yuv420p -f mp4 "$OUT/floor.mp4"
  /usr/bin/time -f '%e' -o "$OUT/decode.txt" ffmpeg -hide_banner -loglevel error -y -i "$1" -an -f null -
  python3 -c "print(round($(cat "$OUT/floor.txt") - $(cat "$OUT/decode.txt"), 2))"; }

stages() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(', '.join(f'{k} {v:.1f}s' for k,v in m['stage_seconds'].items()))" "$1"; }
frames_of() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(round(m['timeline']['duration']*m['timeline']['fps']))" "$1"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

report="$OUT/report.md"
{
echo "# Reelforge benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(ffmpeg -version | head -1 | cut -d' ' -f1-3)"
echo

# Job 1: the offline default (procedural backgrounds, 1080x1920, standard quality); second run hits the speech cache.
rm -rf "$REELFORGE_CACHE_DIR"
# The limit is timed right after each run (median of those), so a machine that drifts moves both alike.
read -r cold_secs cold_rss < <(timed "${RUN[@]}" generate --script-file examples/volcanoes.txt --out "$OUT/job1.mp4")
frames1=$(frames_of "$OUT/job1.manifest.json")
warm=(); renders=(); limits1=("$(limit_once "$frames1" 1080x1920 veryfast 21)")
for _ in 1 2 3; do
  read -r secs job1_rss < <(timed "${RUN[@]}" generate --script-file examples/volcanoes.txt --out "$OUT/job1.mp4")
  warm+=("$secs"); renders+=("$(python3 -c "import json; print(json.load(open('$OUT/job1.manifest.json'))['stage_seconds']['render'])")")
  limits1+=("$(limit_once "$frames1" 1080x1920 veryfast 21)")
done
job1_secs=$(median "${warm[@]}"); render1=$(median "${renders[@]}"); limit1=$(median "${limits1[@]}")
floor1=$(floor "$OUT/job1.mp4" veryfast 21)
echo "## Job 1 — offline default: examples/volcanoes.txt, procedural, 1080x1920, standard"
echo "- frames: $frames1; limit (testsrc2 lavfi encode, veryfast crf 21, median of 4, one after each run): ${limit1} s [${limits1[*]}]; encode floor of our own frames: ${floor1} s"
echo "- whole generate: cold cache ${cold_secs} s ($(ratio "$cold_secs" "$limit1")× limit), warm median of 3 ${job1_secs} s ($(ratio "$job1_secs" "$limit1")× limit, $(ratio "$job1_secs" "$floor1")× floor) [${warm[*]}]"
echo "- render stage (median): ${render1} s ($(ratio "$render1" "$limit1")× limit); peak RSS ${job1_rss} MiB"
echo "- stages (warm): $(stages "$OUT/job1.manifest.json")"
echo

# Job 2: the footage job (8 local clips, 10 sentences, music, 5 s clips, letterboxed), three times, each run followed
# by the same job written by hand as one textbook ffmpeg pass (bench/handwritten_job2.py) and by the limit, so all
# three see the same machine.
IN="$OUT/footage-job" bash "$ROOT/../shared/bench/make_footage_job.sh" >/dev/null
mkdir -p "$OUT/footage-lib"; cp "$OUT"/footage-job/clip*.mp4 "$OUT/footage-lib/"
job2=(); renders2=(); hands=(); cpu2=(); cpuhand=(); limits2=()
for _ in 1 2 3; do
  read -r secs job2_rss < <(timed "${RUN[@]}" generate --script-file "$OUT/footage-job/script.txt" --footage "$OUT/footage-lib" \
    --music "$OUT/footage-job/bgm.mp3" --clip-min 5 --clip-max 5 --fit letterbox --quality standard --out "$OUT/job2.mp4")
  job2+=("$secs"); cpu2+=("$(cat "$OUT/cpu.txt")"); renders2+=("$(python3 -c "import json; print(json.load(open('$OUT/job2.manifest.json'))['stage_seconds']['render'])")")
  ffmpeg -hide_banner -loglevel error -y -i "$OUT/job2.mp4" -vn -c:a pcm_s16le "$OUT/job2-sound.wav"
  mapfile -t hand < <(python3 "$ROOT/bench/handwritten_job2.py" "$OUT/job2.manifest.json" "$OUT/job2.srt" "$OUT/job2-sound.wav" "$OUT/hand.mp4")
  read -r secs hand_rss < <(timed ffmpeg "${hand[@]}")
  hands+=("$secs"); cpuhand+=("$(cat "$OUT/cpu.txt")")
  limits2+=("$(limit_once "$(frames_of "$OUT/job2.manifest.json")" 1080x1920 veryfast 21)")
done
job2_secs=$(median "${job2[@]}"); render2=$(median "${renders2[@]}"); hand2=$(median "${hands[@]}")
job2_cpu=$(median "${cpu2[@]}"); hand_cpu=$(median "${cpuhand[@]}")
frames2=$(frames_of "$OUT/job2.manifest.json")
duration2=$(python3 -c "import json; print(json.load(open('$OUT/job2.manifest.json'))['timeline']['duration'])")
limit2=$(median "${limits2[@]}")
clips2=$(python3 -c "import json; print(len(json.load(open('$OUT/job2.manifest.json'))['timeline']['clips']))")
echo "## Job 2 — footage job: 8 local clips, script.txt, bgm.mp3, 5 s clips, letterbox, standard (medians of 3)"
echo "- ${duration2} s of video, $frames2 frames, $clips2 clips; limit (lavfi encode, veryfast crf 21, one after each run): ${limit2} s [${limits2[*]}]"
echo "- whole generate: ${job2_secs} s ($(ratio "$job2_secs" "$limit2")× limit) [${job2[*]}]; realtime factor $(ratio "$duration2" "$job2_secs")× (MoneyPrinterTurbo: 0.066×, so $(python3 -c "print(f'{$duration2/$job2_secs/0.066:.1f}')")× faster)"
echo "- render stage: ${render2} s ($(ratio "$render2" "$limit2")× limit) [${renders2[*]}]; realtime factor $(ratio "$duration2" "$render2")× ($(python3 -c "print(f'{$duration2/$render2/0.066:.1f}')")× MoneyPrinterTurbo); peak RSS ${job2_rss} MiB"
echo "- hand-written single pass, same run: ${hand2} s ($(ratio "$hand2" "$limit2")× limit) [${hands[*]}]; our render is $(python3 -c "print(f'{(1 - $render2/$hand2)*100:.0f}')") % faster; peak RSS ${hand_rss} MiB"
echo "- CPU seconds (user + system): whole generate ${job2_cpu} [${cpu2[*]}], hand-written ${hand_cpu} [${cpuhand[*]}]: $(python3 -c "print(f'{(1 - $job2_cpu/$hand_cpu)*100:.0f}')") % less work for the whole generate"
echo "- stages: $(stages "$OUT/job2.manifest.json")"
echo

# Job 3: the footage job cut into 2 s clips, for peak memory with 20+ inputs.
read -r job3_secs job3_rss < <(timed "${RUN[@]}" generate --script-file "$OUT/footage-job/script.txt" --footage "$OUT/footage-lib" \
  --music "$OUT/footage-job/bgm.mp3" --clip-min 2 --clip-max 2 --fit letterbox --quality standard --out "$OUT/job3.mp4")
clips3=$(python3 -c "import json; print(len(json.load(open('$OUT/job3.manifest.json'))['timeline']['clips']))")
echo "## Job 3 — the footage job with 2 s clips ($clips3 inputs)"
echo "- whole generate: ${job3_secs} s; peak RSS ${job3_rss} MiB"
} | tee "$report"
cp "$report" bench/results/latest.md
