#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster on loopback for the test suite (./test starts and stops it).
# Usage:
#   eval "$(scripts/postgres.sh start [--owner PID])"  -> exports REELFORGE_TEST_POSTGRES (Npgsql connection string)
#                                                         and REELFORGE_TEST_POSTGRES_DIR (the cluster's directory)
#   scripts/postgres.sh url  [DIR]                     -> prints the connection string of a running cluster
#   scripts/postgres.sh stop [DIR]                     -> stops the server and deletes its directory
# DIR defaults to $REELFORGE_TEST_POSTGRES_DIR. The role can CREATEDB, so each test class makes its own database.
# --owner: the process the cluster belongs to; a later start removes clusters whose owner died without stopping them.
set -euo pipefail

say() { echo "postgres: $*" >&2; }
die() { say "$*"; exit 1; }

PREFIX="reelforge-pg."
TMP_ROOT="/tmp" # not $TMPDIR: the postgres user must be able to reach it when we run as root

pg_bin() {
  if [ -n "${REELFORGE_PG_BIN:-}" ]; then echo "$REELFORGE_PG_BIN"; return; fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return; fi
  # another major version (e.g. Ubuntu's 16) works the same; take the newest one installed
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$newest" ] && [ -x "$newest/initdb" ] ||
    die "PostgreSQL is not installed: run ./test (it installs it) or: sudo apt-get install -y postgresql"
  echo "$newest"
}

# Runs a server-side command as the cluster's owner: postgres refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

conn_string() { # dir
  cat "$1/connection-string" 2>/dev/null || die "no cluster in '$1' (was it started with scripts/postgres.sh start?)"
}

stop_cluster() { # dir
  local dir="$1" bin
  [ -n "$dir" ] || die "stop: no directory given and REELFORGE_TEST_POSTGRES_DIR is not set"
  case "$(basename "$dir")" in "$PREFIX"*) ;; *) die "stop: '$dir' is not a cluster made by this script" ;; esac
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    bin="$(pg_bin)"
    # immediate: the data is deleted next, so there is nothing to flush
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

# Clusters whose owner process is gone (./test killed with SIGKILL, a crashed shell) are stopped and removed.
reap_orphans() {
  local dir owner
  for dir in "$TMP_ROOT/$PREFIX"*; do
    [ -f "$dir/owner" ] || continue
    owner="$(cat "$dir/owner")"
    # no owner: started by hand, stopped by hand
    [ -z "$owner" ] || kill -0 "$owner" 2>/dev/null && continue
    say "removing an orphaned test cluster $dir"
    stop_cluster "$dir" || true
  done
}

start_cluster() {
  local owner="" bin port password log
  # global, not local: the EXIT trap below reads them after this function has returned
  dir="" started=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --owner) owner="${2:?--owner needs a pid}"; shift 2 ;;
      *) die "start: unknown option '$1'" ;;
    esac
  done
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs the 'postgres' system user (the postgresql package creates it): sudo apt-get install -y postgresql"
  fi
  bin="$(pg_bin)"
  reap_orphans

  dir="$(mktemp -d "$TMP_ROOT/${PREFIX}XXXXXX")"
  echo "$owner" >"$dir/owner"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  # a failed start must not leave a cluster behind
  trap '[ -n "$started" ] || stop_cluster "$dir"' EXIT

  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  local locale_opt=(--no-locale)
  locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale_opt=(--locale=C.UTF-8)
  # trust over the unix socket (inside the data directory, only the owner can reach it); passwords over TCP
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 "${locale_opt[@]}" --auth-local=trust \
    --auth-host=scram-sha-256 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  log="$dir/data/server.log"
  for port in $(seq 55432 55531); do
    port_in_use "$port" && continue
    rm -f "$log"
    # throw-away data: durability settings off make the tests faster
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -t 30 -s \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
         start >/dev/null 2>&1; then
      started=1
      break
    fi
    # another run may have taken the port between the check and the bind; anything else is a real failure
    grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null ||
      { tail -20 "$log" >&2 2>/dev/null; die "the server did not start (log above)"; }
    started=""
  done
  [ -n "$started" ] || die "no free port in 55432-55531"

  as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 20 || die "the server does not accept connections on port $port"
  as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/data" -p "$port" -U postgres -d postgres >/dev/null <<SQL ||
CREATE ROLE reelforge LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE reelforge_test OWNER reelforge;
SQL
    die "could not create the role and database"

  local cs="Host=127.0.0.1;Port=$port;Database=reelforge_test;Username=reelforge;Password=$password"
  echo "$cs" >"$dir/connection-string"
  say "started on 127.0.0.1:$port ($dir)"
  printf "export REELFORGE_TEST_POSTGRES='%s'\nexport REELFORGE_TEST_POSTGRES_DIR='%s'\n" "$cs" "$dir"
}

cmd="${1:-}"
shift || true
case "$cmd" in
  start) start_cluster "$@" ;;
  url) conn_string "${1:-${REELFORGE_TEST_POSTGRES_DIR:-}}"; ;;
  stop) stop_cluster "${1:-${REELFORGE_TEST_POSTGRES_DIR:-}}" ;;
  *) die "usage: scripts/postgres.sh start [--owner PID] | url [DIR] | stop [DIR]" ;;
esac
