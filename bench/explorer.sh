#!/usr/bin/env bash
# The Explorer page in headless Chromium: time from navigation to the incident view drawn, and bytes
# transferred (page with its scripts, and API answers), median over runs, cold and warm cache.
#
#   bench/explorer.sh [RUNS=7] [BASE_URL]
#
# Without BASE_URL it builds the jar if needed, starts it on free ports with a throw-away database
# (seeded from seed-data/), measures, and stops it. Needs Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
BASE=${2:-}

. bench/service.sh

./mvnw -B -q -Pbench test-compile exec:java -Dbench.main=org.linkagemapper.browser.ExplorerBenchmark \
  -Dbench.base="$BASE" -Dbench.runs="$RUNS"
