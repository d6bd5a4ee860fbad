#!/usr/bin/env bash
# Installs what Reelforge needs on Debian/Ubuntu (apt) when missing, then builds when the sources changed.
# Usage: scripts/setup.sh [--quiet]   (sourced by ./reelforge and ./test)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUIET="${1:-}"
say() { [ "$QUIET" = "--quiet" ] || echo "reelforge: $*" >&2; }

missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_cmd ffmpeg ffmpeg
need_cmd ffprobe ffmpeg
need_cmd flite flite
need_cmd espeak-ng espeak-ng
need_cmd fc-list fontconfig
if command -v ldconfig >/dev/null 2>&1 || [ -x /sbin/ldconfig ]; then
  libs="$({ ldconfig -p 2>/dev/null || /sbin/ldconfig -p; })"
  grep -q 'libespeak-ng.so.1' <<<"$libs" || missing+=(libespeak-ng1)
fi
if command -v fc-list >/dev/null 2>&1; then
  # read the list once: `fc-list | grep -q` would die of SIGPIPE under pipefail and look like a miss
  fonts="$(fc-list : family)"
  grep -q 'Noto Sans CJK' <<<"$fonts" || missing+=(fonts-noto-cjk)
  grep -q 'Noto Color Emoji' <<<"$fonts" || missing+=(fonts-noto-color-emoji)
  grep -qxE 'Noto Sans|Noto Sans,.*' <<<"$fonts" || missing+=(fonts-noto-core)
else
  missing+=(fonts-noto-cjk fonts-noto-color-emoji fonts-noto-core)
fi
# The test suite's private PostgreSQL server (./test asks for it; the CLI alone does not need a database).
if [ "${REELFORGE_WITH_POSTGRES:-}" = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
# The studio's browser tests drive Debian's Chromium (never a downloaded one); also only for ./test.
if [ "${REELFORGE_WITH_POSTGRES:-}" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
# Extra Debian packages a caller needs (the benchmark adds time, sox and python3), space-separated.
for extra in ${REELFORGE_EXTRA_PACKAGES:-}; do
  dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done

if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    say "installing ${missing[*]} (apt, first run only)"
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "reelforge: missing ${missing[*]}; install them with your package manager (ffmpeg, flite, espeak-ng, Noto fonts; PostgreSQL for the tests)" >&2
    exit 1
  fi
fi

command -v dotnet >/dev/null 2>&1 || { echo "reelforge: the .NET 10 SDK is required: https://dot.net" >&2; exit 1; }

# Build only when a source file is newer than the last build.
STAMP="$ROOT/src/Reelforge.Cli/bin/Release/net10.0/.built"
if [ ! -f "$STAMP" ] || [ -n "$(find "$ROOT/src" "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" \
     \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -name '*.razor' -o -name '*.css' -o -name '*.js' -o -name '*.resx' \) -newer "$STAMP" -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  say "building (first run or sources changed)"
  dotnet build "$ROOT/src/Reelforge.Cli/Reelforge.Cli.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
  touch "$STAMP"
fi
