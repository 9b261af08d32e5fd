#!/usr/bin/env bash
# The path benchmark: REST vs the raw Neo4j Java Driver running the same Cypher, in one run,
# on the seed graph and on a synthetic 10,000-actor / 100,000-relationship graph.
# Prints median and p99 of each, REST throughput and the REST/driver ratio.
# Knobs (system properties): -Dbench.samples=2000 -Dbench.warmup=500 -Dbench.threads=4
#   -Dbench.throughputSeconds=10 -Dbench.actors=10000 -Dbench.relationships=100000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile exec:java "$@"
