#!/usr/bin/env bash
# Load on annals serve: wrk against /api/timeline on a store of synthetic
# articles (bench_store makes it), loopback only; stops by itself.
# Prints a table and writes JSON.
#
#   bench/serve_load.sh [--build build/release] [--articles 100000] [--connections 64]
#                       [--seconds 30] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release articles=100000 connections=64 seconds=30 json=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --json) json="$2"; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--articles N] [--connections C] [--seconds S] [--json FILE]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

store="$work/store.db"
"$build/bench/bench_store" --articles "$articles" --store "$store" --json "$work/store.json" >/dev/null
# Port 0: the server picks a free one and says which on stderr.
"$build/annals" serve --store "$store" --port 0 -q 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q "http://" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o "http://[0-9.:]*/" "$work/serve.log" | head -1)
[ -n "$url" ] || { cat "$work/serve.log" >&2; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

path="api/timeline?query=qzaaa&dates=10&sentences=2"   # one topic word: about 1% of the articles
curl -sf "$url$path" >/dev/null                          # warm: the first request opens the store
rss_before=$(rss)
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency "$url$path" >"$work/wrk.txt"
rss_after=$(rss)

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
# "Socket errors: connect 0, read 0, write 0, timeout 0" and "Non-2xx or 3xx responses: N".
errors=$(awk '/Socket errors|Non-2xx/ {sub(/^[^:]*:/, ""); gsub(/[^0-9]+/, " "); for (i = 1; i <= NF; i++) n += $i}
              END {print n + 0}' "$work/wrk.txt")

printf '| articles | connections | seconds | requests | requests/s | p50 | p99 | errors | RSS before → after (MiB) |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %d → %d |\n' "$articles" "$connections" "$seconds" "$requests" \
  "$rate" "$p50" "$p99" "$errors" $((rss_before / 1024)) $((rss_after / 1024))
if [ -n "$json" ]; then
  printf '{"articles": %s, "connections": %s, "seconds": %s, "requests": %s, "requests_per_second": %s, "p50": "%s", "p99": "%s", "errors": %s, "rss_kib_before": %s, "rss_kib_after": %s}\n' \
    "$articles" "$connections" "$seconds" "$requests" "$rate" "$p50" "$p99" "$errors" "$rss_before" "$rss_after" >"$json"
fi
