#!/usr/bin/env bash
# Benchmarks the REST API of `reelforge serve` on loopback. Not part of the tests.
#   bench/api/run.sh               -> starts the server on a free port with a throw-away data directory, measures
#                                     submit-to-first-progress (5 draft tasks) and GET /api/v1/tasks/{id} under
#                                     64 connections (3 s warm-up + 15 s), prints markdown, writes bench/results/api-latest.md
#   bench/api/run.sh --self-test   -> the same measurements against a stub inside the tool (proves the tool; writes nothing)
# Extra arguments go to the tool (see `dotnet bench/api/bin/Release/net10.0/Reelforge.Bench.Api.dll --help`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
REELFORGE_EXTRA_PACKAGES="curl" scripts/setup.sh
build_log="$(dotnet build bench/api/Reelforge.Bench.Api.csproj -c Release -nologo -v q 2>&1)" || { echo "$build_log" >&2; exit 1; }
TOOL=(dotnet "$ROOT/bench/api/bin/Release/net10.0/Reelforge.Bench.Api.dll")

if [[ " $* " =~ " "(--self-test|--help|-h)" " ]]; then
  exec "${TOOL[@]}" "$@"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for p in $(seq 58080 58179); do port_in_use "$p" || { PORT=$p; break; }; done
[ -n "$PORT" ] || { echo "bench: no free port in 58080-58179" >&2; exit 1; }

WORK="$(mktemp -d /tmp/reelforge-bench-api.XXXXXX)"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    # the server leads its own process group (setsid): this also ends any ffmpeg it started
    kill -TERM -- "-$SERVER" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$SERVER" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

URL="http://127.0.0.1:$PORT"
echo "bench: starting reelforge serve on $URL (data in $WORK/data, log in $WORK/server.log)" >&2
Reelforge__DataDirectory="$WORK/data" setsid ./reelforge serve --urls "$URL" >"$WORK/server.log" 2>&1 &
SERVER=$!

for _ in $(seq 600); do # up to 120 s
  if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "bench: the server exited before it was ready; its log:" >&2; tail -40 "$WORK/server.log" >&2; exit 1
  fi
  curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "$URL/health/ready" ||
  { echo "bench: $URL/health/ready is not 200 after 120 s; server log:" >&2; tail -40 "$WORK/server.log" >&2; exit 1; }

mkdir -p bench/results
status=0
"${TOOL[@]}" --base-url "$URL" --out bench/results/api-latest.md "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "bench: failed (exit $status); last lines of the server log:" >&2; tail -20 "$WORK/server.log" >&2
fi
exit "$status"
