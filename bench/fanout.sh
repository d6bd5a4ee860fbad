#!/usr/bin/env bash
# Fan-out benchmark (issue 15): one `reelforge serve --no-worker` and two `reelforge worker` processes on one private
# PostgreSQL render one ~10-minute offline video (procedural, 1080x1920, standard) submitted through the REST API.
# Reports how its segments were spread over the workers (the manifest's render.segments, and the segments table when
# the database has one), per-segment seconds, wall time, that every segment was rendered exactly once, the join checks,
# and predictions for 4 workers and for a GPU encoder. Every process it starts is stopped at the end. Not a test.
#   bench/fanout.sh              -> prints a report (markdown) and writes bench/results/fanout-latest.md
#   MINUTES=10                   -> narration length (default 10)
#   SHORT_SIDE=360               -> smaller frames for a quick check of the script itself (default 1080)
#   WORKERS=2                    -> worker processes (default 2)
#   IN_FLIGHT=1                  -> Render:SegmentsInFlight and Jobs:MaxConcurrentRenders per worker (default 1: two
#                                   workers on two cores, one core each)
#   PREDICT_WORKERS=4 GPU_FPS=300 -> the predictions: workers, and the assumed 1080p speed of a hardware encoder
#   WPS=3.0                      -> words per second of the offline voice, to size the script
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REELFORGE_EXTRA_PACKAGES="python3 curl postgresql" scripts/setup.sh
OUT="${BENCH_DIR:-/tmp/reelforge-fanout}"; mkdir -p "$OUT" bench/results
MINUTES="${MINUTES:-10}"; SHORT_SIDE="${SHORT_SIDE:-1080}"; WORKERS="${WORKERS:-2}"; IN_FLIGHT="${IN_FLIGHT:-1}"
PREDICT_WORKERS="${PREDICT_WORKERS:-4}"; GPU_FPS="${GPU_FPS:-300}"; WPS="${WPS:-3.0}"; TIMEOUT="${TIMEOUT:-5400}"
DLL="$ROOT/src/Reelforge.Cli/bin/Release/net10.0/reelforge.dll"
rm -rf "$OUT/data" "$OUT/logs"; mkdir -p "$OUT/data" "$OUT/logs"

PIDS=()
PG_DIR=""
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    # each process leads its own group (setsid): this also ends the ffmpeg it started
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  [ -z "$PG_DIR" ] || scripts/postgres.sh stop "$PG_DIR" || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

eval "$(scripts/postgres.sh start --owner $$)"
PG_DIR="$REELFORGE_TEST_POSTGRES_DIR"
export Reelforge__ConnectionStrings__Reelforge="$REELFORGE_TEST_POSTGRES"
export Reelforge__Jobs__MaxConcurrentRenders="$IN_FLIGHT" Reelforge__Render__SegmentsInFlight="$IN_FLIGHT"
export REELFORGE_CACHE_DIR="$OUT/cache"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for p in $(seq 58180 58279); do port_in_use "$p" || { PORT=$p; break; }; done
[ -n "$PORT" ] || { echo "fanout: no free port in 58180-58279" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
stamp() { while IFS= read -r line; do printf '%(%H:%M:%S)T %s\n' -1 "$line"; done; } # the logs have no times of their own

echo "fanout: starting reelforge serve --no-worker on $URL and $WORKERS workers (logs in $OUT/logs)" >&2
setsid dotnet "$DLL" serve --no-worker --urls "$URL" --data-dir "$OUT/data" > >(stamp >"$OUT/logs/server.log") 2>&1 &
PIDS+=($!); SERVER=$!
for _ in $(seq 600); do
  kill -0 "$SERVER" 2>/dev/null || { echo "fanout: the server exited; its log:" >&2; tail -40 "$OUT/logs/server.log" >&2; exit 1; }
  curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "$URL/health/ready" || { echo "fanout: not ready after 120 s" >&2; tail -40 "$OUT/logs/server.log" >&2; exit 1; }
WORKER_MAP="$OUT/workers.txt"; : >"$WORKER_MAP"
for i in $(seq "$WORKERS"); do
  setsid dotnet "$DLL" worker --data-dir "$OUT/data" > >(stamp >"$OUT/logs/worker-$i.log") 2>&1 &
  PIDS+=($!); echo "worker-$i $!" >>"$WORKER_MAP"
done
sleep 5 # the workers start and join the cluster before the task arrives

python3 bench/longform/make_script.py bench/longform/source.txt "$(python3 -c "print($MINUTES * 60)")" "$WPS" --numbered >"$OUT/script.txt"
body="$(python3 -c "import json,sys; print(json.dumps({'video_script': open(sys.argv[1]).read(), 'video_aspect': '9:16', 'quality': 'standard', 'short_side': int(sys.argv[2])}))" "$OUT/script.txt" "$SHORT_SIDE")"
start=$(date +%s.%N)
task=$(curl -fsS "$URL/api/v1/videos" -H 'Content-Type: application/json' -d "$body" | python3 -c "import json,sys; print(json.load(sys.stdin)['data']['task_id'])")
echo "fanout: task $task submitted; waiting (up to $TIMEOUT s) ..." >&2
status=""
deadline=$(( $(date +%s) + TIMEOUT ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  curl -fsS "$URL/api/v1/tasks/$task" >"$OUT/task.json" 2>/dev/null || { sleep 1; continue; }
  status=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['data']['status'])" "$OUT/task.json")
  case "$status" in complete|failed|cancelled) break ;; esac
  sleep 1
done
wall=$(python3 -c "import time; print(round(time.time() - $start, 1))")
echo "fanout: task $task $status after $wall s" >&2
[ "$status" = complete ] || { echo "fanout: the task did not complete: $(cat "$OUT/task.json")" >&2; tail -20 "$OUT"/logs/worker-*.log >&2; exit 1; }

video="$(find "$OUT/data/tasks/$task" -maxdepth 1 -name 'final-1.mp4' | head -1)"
manifest="$(find "$OUT/data/tasks/$task" -maxdepth 1 -name '*.manifest.json' | sort | head -1)"
[ -n "$video" ] || { echo "fanout: no final-1.mp4 in $OUT/data/tasks/$task" >&2; exit 1; }

# The segments table, when the database has one (the name is not fixed yet: every table named like %segment%).
PGURI="$(python3 -c "
import sys, urllib.parse as u
kv = dict(p.split('=', 1) for p in sys.argv[1].split(';') if p)
print(f\"postgresql://{u.quote(kv['Username'])}:{u.quote(kv['Password'])}@{kv['Host']}:{kv['Port']}/{kv['Database']}\")" "$REELFORGE_TEST_POSTGRES")"
: >"$OUT/segment-tables.json"
for table in $(psql "$PGURI" -XAtq -c "select table_name from information_schema.tables where table_schema = current_schema() and table_name ilike '%segment%'" 2>/dev/null || true); do
  psql "$PGURI" -XAtq -c "select json_build_object('table', '$table', 'rows', coalesce(json_agg(t), '[]'::json)) from \"$table\" t" >>"$OUT/segment-tables.json" || true
done

# For the GPU prediction: the share of a part's time that is libx264 encoding, from a testsrc2 encode of up to 1800 frames
# at the same size minus testsrc2 alone (both with the machine to themselves, right after the task).
read -r frames size < <(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['timeline']; print(min(1800, round(t['duration']*t['fps'])), t['size'])" "$manifest")
/usr/bin/time -f '%e' -o "$OUT/enc.txt" ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$size:rate=30" \
  -frames:v "$frames" -c:v libx264 -preset veryfast -crf 21 -profile:v high -pix_fmt yuv420p "$OUT/enc.mp4"
/usr/bin/time -f '%e' -o "$OUT/gen.txt" ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$size:rate=30" \
  -frames:v "$frames" -f null -
rm -f "$OUT/enc.mp4"; enc=$(cat "$OUT/enc.txt"); gen=$(cat "$OUT/gen.txt")

echo "fanout: join checks (decodes every frame) ..." >&2
python3 bench/longform/join_check.py "$video" "$manifest" >"$OUT/join.txt" || true

report="$OUT/report.md"
python3 bench/longform/fanout_report.py --task "$OUT/task.json" --manifest "$manifest" --workers "$WORKER_MAP" \
  --wall "$wall" --segment-tables "$OUT/segment-tables.json" --join "$OUT/join.txt" --cores "$(nproc)" \
  --in-flight "$IN_FLIGHT" --predict-workers "$PREDICT_WORKERS" --gpu-fps "$GPU_FPS" --short-side "$SHORT_SIDE" \
  --encode-sample "$frames $enc $gen" --ffmpeg "$(ffmpeg -version | head -1 | cut -d' ' -f1-3)" | tee "$report"
cp "$report" bench/results/fanout-latest.md
