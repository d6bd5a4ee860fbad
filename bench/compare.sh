#!/usr/bin/env bash
# Jobs 1 and 2 of bench/run.sh made by two builds in ONE run, interleaved (before, after, before, after, …), so both
# see the same machine: the build of a reference commit (default: the main before the one-request-model work) and
# this checkout. Both get the same explicit settings (the old CLI defaults), so they render the same video.
#   bench/compare.sh [REF]   -> prints a report (markdown) and writes bench/results/compare-latest.md
#   REPS=5 bench/compare.sh  -> more runs per build (default 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REF="${1:-9b0347e}"
REPS="${REPS:-3}"
REELFORGE_EXTRA_PACKAGES="time sox python3" scripts/setup.sh
OUT="${BENCH_DIR:-/tmp/reelforge-compare}"; mkdir -p "$OUT" bench/results
BEFORE="$OUT/before-src"
if [ ! -d "$BEFORE" ] || [ "$(git -C "$BEFORE" rev-parse HEAD 2>/dev/null)" != "$(git rev-parse "$REF")" ]; then
  rm -rf "$BEFORE"; git worktree prune; git worktree add --detach "$BEFORE" "$REF" >/dev/null
fi
dotnet build "$BEFORE/src/Reelforge.Cli" -c Release -nologo -v q >/dev/null
dotnet build "$ROOT/src/Reelforge.Cli" -c Release -nologo -v q >/dev/null
declare -A RUN=([before]="$BEFORE/src/Reelforge.Cli/bin/Release/net10.0/reelforge.dll" [after]="$ROOT/src/Reelforge.Cli/bin/Release/net10.0/reelforge.dll")
# Separate, empty data directories and caches per build: nothing one build wrote is read by the other.
timed() { # build, args... -> seconds and peak RSS (MiB); CPU seconds to $OUT/cpu.txt
  local build="$1"; shift
  Reelforge__DataDirectory="$OUT/data-$build" REELFORGE_CACHE_DIR="$OUT/cache-$build" \
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.txt" dotnet "${RUN[$build]}" "$@" >"$OUT/last.out" 2>"$OUT/last.err" || { cat "$OUT/last.err" >&2; exit 1; }
  read -r secs kib user sys < "$OUT/time.txt"; python3 -c "print(round($user + $sys, 1))" > "$OUT/cpu.txt"; echo "$secs $((kib / 1024))"; }
median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.3f}')" "$1" "$2"; }
render_of() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['stage_seconds']['render'])" "$1"; }

OLD_DEFAULTS=(--order sequential --music-volume 0.35 --font-size 64 --stroke-width 4)
JOB1=(generate --script-file examples/volcanoes.txt --clip-max 6 "${OLD_DEFAULTS[@]}")
IN="$OUT/footage-job" bash "$ROOT/../shared/bench/make_footage_job.sh" >/dev/null
mkdir -p "$OUT/footage-lib"; cp "$OUT"/footage-job/clip*.mp4 "$OUT/footage-lib/"
JOB2=(generate --script-file "$OUT/footage-job/script.txt" --footage "$OUT/footage-lib" --music "$OUT/footage-job/bgm.mp3"
  --clip-min 5 --clip-max 5 --fit letterbox --quality standard "${OLD_DEFAULTS[@]}")
rm -rf "$OUT"/cache-* "$OUT"/data-*

report="$OUT/report.md"
{
echo "# Before/after — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: $REF ($(git log -1 --format=%s "$REF" | cut -c1-60)…) vs $(git rev-parse --short HEAD)"
echo
for job in 1 2; do
  declare -n args="JOB$job"
  # one cold run each (speech cache, library database), not counted
  for build in before after; do timed "$build" "${args[@]}" --out "$OUT/job$job-$build.mp4" >/dev/null; done
  declare -A secs=() cpu=() rss=() render=() outside=()
  for _ in $(seq "$REPS"); do
    for build in before after; do
      read -r s r < <(timed "$build" "${args[@]}" --out "$OUT/job$job-$build.mp4")
      secs[$build]+="$s "; cpu[$build]+="$(cat "$OUT/cpu.txt") "; rss[$build]="$r"
      r_secs="$(render_of "$OUT/job$job-$build.manifest.json")"
      render[$build]+="$r_secs "; outside[$build]+="$(python3 -c "print(round($s - $r_secs, 2))") "
    done
  done
  echo "## Job $job ($([ "$job" = 1 ] && echo "offline default, examples/volcanoes.txt, 1080x1920" || echo "footage job, 8 local clips, 5 s clips, letterbox")); medians of $REPS, interleaved"
  echo "| build | whole generate (s) | render stage (s) | outside the render (s) | CPU (s) | peak RSS (MiB) |"
  echo "|---|---|---|---|---|---|"
  for build in before after; do
    # shellcheck disable=SC2086
    echo "| $build | $(median ${secs[$build]}) [${secs[$build]% }] | $(median ${render[$build]}) | $(median ${outside[$build]}) [${outside[$build]% }] | $(median ${cpu[$build]}) | ${rss[$build]} |"
  done
  # shellcheck disable=SC2086
  echo "- after/before: whole $(ratio "$(median ${secs[after]})" "$(median ${secs[before]})"), render $(ratio "$(median ${render[after]})" "$(median ${render[before]})"), outside the render $(ratio "$(median ${outside[after]})" "$(median ${outside[before]})"), CPU $(ratio "$(median ${cpu[after]})" "$(median ${cpu[before]})")"
  # Same settings, same video: the render is the same ffmpeg command in both builds (paths aside), or the comparison is void.
  same=$(python3 - "$OUT/job$job-before.manifest.json" "$OUT/job$job-after.manifest.json" <<'PY'
import json, re, sys
def args(p):
    return [re.sub(r"cache-(before|after)(/jobs/[^/]+)?", "C", a) for a in json.load(open(p))["ffmpeg_arguments"]]
print("yes" if args(sys.argv[1]) == args(sys.argv[2]) else "NO")
PY
)
  echo "- the same ffmpeg command in both builds: $same"
  echo
  unset -n args
done
} | tee "$report"
cp "$report" bench/results/compare-latest.md
