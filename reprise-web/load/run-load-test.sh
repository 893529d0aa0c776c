#!/usr/bin/env bash
# Load test of POST /api/run with an external client (wrk, Debian package `wrk`), loopback only,
# bounded in time: starts `reprise serve` on a free local port with a temporary data directory,
# sends the bundled factory example from 16 connections for 30 s, prints the latency percentiles
# and the errors, and stops the server.
#   bash reprise-web/load/run-load-test.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-30}"
connections="${2:-16}"
port=7191
data="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[[ -f reprise-cli/target/reprise.jar ]] || ./mvnw -q -B -DskipTests package -pl reprise-cli -am
java -jar reprise-cli/target/reprise.jar serve --host 127.0.0.1 --port "$port" --data "$data" \
  > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do
  curl -sf -o /tmp/reprise-example.json "http://127.0.0.1:$port/api/example" && break
  sleep 0.5
done
export REPRISE_DEAL_JSON=/tmp/reprise-example.json
url="http://127.0.0.1:$port/api/run"
wrk -t1 -c"$connections" -d20s -s reprise-web/load/run.lua "$url" > /dev/null   # warm-up (JIT)
uptime
wrk -t1 -c"$connections" -d"${seconds}s" -s reprise-web/load/run.lua "$url"
