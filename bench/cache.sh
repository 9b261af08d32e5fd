#!/usr/bin/env bash
# The cache benchmark: read endpoints against a small static file on the same server under 8
# concurrent connections, cache on and off, in one run on the seed graph; and the REST shortest
# path p50 against the driver running the same Cypher. Ends in a Markdown table.
# Knobs (system properties): -Dbench.connections=8 -Dbench.seconds=10 -Dbench.samples=1000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile exec:java -Dbench.main=org.linkagemapper.linkage.CacheBenchmark "$@"
