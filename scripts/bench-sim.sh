#!/usr/bin/env bash
# Benchmarks the Vast API simulator on 127.0.0.1: catalog generation, search latency, throughput.
# Builds nothing; run `mvn -B -ntp package -DskipTests` first (tests are compiled, not run).
# Usage: scripts/bench-sim.sh [offers=20000] [sequential searches=200] [clients=4] [seconds=5]
set -euo pipefail
cd "$(dirname "$0")/.."

OFFERS="${1:-20000}"
SEQUENTIAL="${2:-200}"
CLIENTS="${3:-4}"
SECONDS_OF_LOAD="${4:-5}"

if [[ ! -d target/test-classes/dev/vastlaunch/sim ]]; then
  echo "bench-sim: target/test-classes missing; run: mvn -B -ntp package -DskipTests" >&2
  exit 2
fi
JAR="target/vastlaunch-0.1.0-all.jar"
if [[ -f "$JAR" ]]; then
  SERVER_CP="$JAR"
else
  # Written to a file: Maven's console output can carry colour escapes even in batch mode.
  CP_FILE="$(mktemp)"
  mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
  SERVER_CP="target/classes:$(cat "$CP_FILE")"
  rm -f "$CP_FILE"
fi

LOG="$(mktemp)"
java -XX:+UseSerialGC -cp "$SERVER_CP" dev.vastlaunch.sim.SimMain --port 0 --offers "$OFFERS" >"$LOG" 2>&1 &
SIM_PID=$!
cleanup() { kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; rm -f "$LOG"; }
trap cleanup EXIT

# The server prints its URL at once and the catalog line when generation is done; wait up to 20 s.
for _ in $(seq 1 200); do
  grep -q '^try:' "$LOG" && break
  kill -0 "$SIM_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
URL="$(sed -n 's/^vastlaunch simulator listening on //p' "$LOG")"
KEY="$(sed -n 's/^api key: //p' "$LOG")"
[[ -n "$URL" && -n "$KEY" ]] || { echo "bench-sim: simulator did not start" >&2; cat "$LOG" >&2; exit 1; }
case "$URL" in http://127.0.0.1:*) ;; *) echo "bench-sim: refusing non-loopback URL $URL" >&2; exit 1 ;; esac

echo "simulator: $URL (pid $SIM_PID)"
grep '^catalog:' "$LOG"
if command -v curl >/dev/null; then
  BODY='{"verified":{"eq":true},"rentable":{"eq":true},"external":{"eq":false},"num_gpus":{"gte":1},"order":[["dph_total","asc"]],"type":"on-demand","allocated_storage":5.0,"limit":100}'
  FIRST="$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $KEY" -d "$BODY" "$URL/api/v0/bundles/")"
  awk -v t="$FIRST" 'BEGIN { printf "first search by curl (cold server): %.1f ms\n", t * 1000 }'
fi
java -cp target/test-classes:target/classes dev.vastlaunch.sim.SimBench "$URL" "$KEY" "$SEQUENTIAL" "$CLIENTS" "$SECONDS_OF_LOAD"
echo "server RSS: $(ps -o rss= -p "$SIM_PID" | awk '{printf "%.0f MB", $1/1024}')"
