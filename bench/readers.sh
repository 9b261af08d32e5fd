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

. bench/service.sh

java bench/Readers.java "$BASE" "$DURATION" "$THREADS"
