#!/usr/bin/env bash
# Concurrent readers against Linkage Mapper on loopback, for a bounded time; prints requests,
# errors, throughput and p50/p90/p99 latency, and exits non-zero if any request failed.
#
#   bench/readers.sh [SECONDS=30] [THREADS=16] [BASE_URL]
#
# Without BASE_URL it builds the jar if needed, starts it on free ports with a throw-away database
# (seeded from seed-data/), runs the load, and stops it. Only loopback URLs are accepted.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
THREADS=${2:-16}
BASE=${3:-}

free_port() {
  local port
  while :; do
    port=$(( (RANDOM % 30000) + 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

if [ -z "$BASE" ]; then
  [ -f target/linkage-mapper.jar ] || ./mvnw -B -q package -DskipTests
  WORK=$(mktemp -d)
  PORT=$(free_port)
  BOLT=$(free_port)
  LINKAGE_DATA_DIR="$WORK/data" LINKAGE_BOLT_PORT="$BOLT" NEO4J_URI='' \
    java @jvm.options -jar target/linkage-mapper.jar --server.port="$PORT" > "$WORK/service.log" 2>&1 &
  PID=$!
  trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 180); do
    if curl -fs "$BASE/actuator/health" > /dev/null 2>&1; then break; fi
    if ! kill -0 "$PID" 2>/dev/null; then cat "$WORK/service.log"; exit 1; fi
    sleep 1
  done
  echo "Service started at $BASE (RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB)"
fi

java bench/Readers.java "$BASE" "$DURATION" "$THREADS"
