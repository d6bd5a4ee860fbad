#!/usr/bin/env bash
# Long-form benchmark (issue 15): `reelforge generate` of ~1, 10 and 30 minutes of offline narration (procedural
# backgrounds, 1080x1920, standard quality) and a 10-minute 16:9 footage video from make_footage_job.sh's clips. Each
# run is followed at once by the raw limit: libx264 encoding the same number of testsrc2 frames at the same size,
# preset and crf, so both see the same machine. Not part of the tests.
#   bench/longform.sh                 -> prints a report (markdown) and writes bench/results/longform-latest.md
#   LENGTHS="1 10" bench/longform.sh  -> only these narration lengths, minutes (default "1 10 30")
#   FOOTAGE_MINUTES=0                 -> skip the footage video (default 10)
#   SHORT_SIDE=360                    -> smaller frames for a quick check of the script itself (default 1080)
#   COLD=1                            -> empty the speech cache first (default: kept in $BENCH_DIR, so a rerun is warm)
#   JOIN_CHECK=1                      -> also run the join checks (bench/longform/join_check.py) on every output
#   WPS=3.0                           -> words per second of the offline voice, to size the scripts (flite slt: ~3.0)
#   EXTRA_ARGS="--seed 7"             -> more `generate` options; Reelforge__Render__* from the environment apply too
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REELFORGE_EXTRA_PACKAGES="time sox python3" scripts/setup.sh
OUT="${BENCH_DIR:-/tmp/reelforge-longform}"; mkdir -p "$OUT" bench/results
LENGTHS="${LENGTHS:-1 10 30}"
FOOTAGE_MINUTES="${FOOTAGE_MINUTES:-10}"
SHORT_SIDE="${SHORT_SIDE:-1080}"
WPS="${WPS:-3.0}"
read -r -a EXTRA <<<"${EXTRA_ARGS:-}"
export REELFORGE_CACHE_DIR="$OUT/cache" Reelforge__DataDirectory="$OUT/data"
[ "${COLD:-0}" = 1 ] && rm -rf "$REELFORGE_CACHE_DIR"
RUN=(dotnet "$ROOT/src/Reelforge.Cli/bin/Release/net10.0/reelforge.dll")
RESULTS="$OUT/results.jsonl"; : >"$RESULTS"

# wall seconds, peak RSS (KiB: GNU time's %M is the largest single process among the command and its children, here
# ffmpeg or dotnet), CPU seconds of a command
timed() { /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.txt" "$@" >"$OUT/last.out" 2>"$OUT/last.err" ||
  { echo "longform: failed: $*" >&2; tail -30 "$OUT/last.err" >&2; exit 1; }
  cat "$OUT/time.txt"; }

limit_once() { # frames, size -> seconds of one testsrc2 encode with the standard quality's settings (as bench/run.sh)
  /usr/bin/time -f '%e' -o "$OUT/limit.txt" ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$2:rate=30" \
    -frames:v "$1" -c:v libx264 -preset veryfast -crf 21 -profile:v high -pix_fmt yuv420p -movflags +faststart "$OUT/limit.mp4"
  rm -f "$OUT/limit.mp4"; cat "$OUT/limit.txt"; }

job() { # name, kind, target minutes, script file, generate options...
  local name="$1" kind="$2" minutes="$3" script="$4"; shift 4
  echo "longform: $name: generate ($(wc -w <"$script") words) ..." >&2
  read -r wall kib user sys < <(timed "${RUN[@]}" generate --script-file "$script" --quality standard \
    --short-side "$SHORT_SIDE" "$@" "${EXTRA[@]}" --out "$OUT/$name.mp4")
  local manifest="$OUT/$name.manifest.json" frames size limit
  read -r frames size < <(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['timeline']; print(round(t['duration']*t['fps']), t['size'])" "$manifest")
  echo "longform: $name: ${wall} s; limit: $frames frames of $size ..." >&2
  limit=$(limit_once "$frames" "$size")
  local join=""
  if [ "${JOIN_CHECK:-0}" = 1 ]; then join="$(python3 bench/longform/join_check.py "$OUT/$name.mp4" "$manifest" || true)"; fi
  python3 - "$RESULTS" "$name" "$kind" "$minutes" "$manifest" "$wall" "$kib" "$user" "$sys" "$limit" "$join" <<'PY'
import json, sys
path, name, kind, minutes, manifest, wall, kib, user, sys_, limit, join = sys.argv[1:]
m = json.load(open(manifest))
with open(path, "a") as f:
    f.write(json.dumps({"name": name, "kind": kind, "target_minutes": float(minutes), "wall": float(wall),
        "rss_mib": int(kib) // 1024, "cpu": round(float(user) + float(sys_), 1), "limit": float(limit),
        "narration": m.get("narration", {}).get("duration"), "duration": m["timeline"]["duration"],
        "fps": m["timeline"]["fps"], "size": m["timeline"]["size"], "clips": len(m["timeline"].get("clips", [])),
        "stage_seconds": m.get("stage_seconds", {}), "render": m.get("render"), "join": join}) + "\n")
PY
}

for minutes in $LENGTHS; do
  script="$OUT/narration-${minutes}min.txt"
  python3 bench/longform/make_script.py bench/longform/source.txt "$(python3 -c "print($minutes * 60)")" "$WPS" --numbered >"$script"
  job "procedural-${minutes}min" procedural "$minutes" "$script"
done

if [ "$FOOTAGE_MINUTES" != 0 ]; then
  IN="$OUT/footage-job" bash "$ROOT/../shared/bench/make_footage_job.sh" >/dev/null
  mkdir -p "$OUT/footage-lib"; cp "$OUT"/footage-job/clip*.mp4 "$OUT/footage-lib/"
  script="$OUT/footage-${FOOTAGE_MINUTES}min.txt"
  python3 bench/longform/make_script.py "$OUT/footage-job/script.txt" "$(python3 -c "print($FOOTAGE_MINUTES * 60)")" "$WPS" >"$script"
  job "footage-${FOOTAGE_MINUTES}min" footage "$FOOTAGE_MINUTES" "$script" --aspect 16:9 --footage "$OUT/footage-lib" \
    --music "$OUT/footage-job/bgm.mp3" --clip-min 5 --clip-max 5 --fit letterbox
fi

report="$OUT/report.md"
python3 bench/longform/report.py "$RESULTS" "$(nproc)" "$(ffmpeg -version | head -1 | cut -d' ' -f1-3)" "$SHORT_SIDE" | tee "$report"
cp "$report" bench/results/longform-latest.md
