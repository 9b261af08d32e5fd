#!/usr/bin/env bash
# Renders the figures docs/diagrams/figures.txt lists into docs/diagrams/, from seed-data.
# Uses the packaged jar (./mvnw -q package -DskipTests) and a throwaway embedded database loaded
# from seed-data, so whatever ./data holds does not leak into the committed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/linkage-mapper.jar
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with ./mvnw -q package -DskipTests" >&2
  exit 1
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
env -u NEO4J_URI \
  LINKAGE_DATA_DIR="$data" \
  LINKAGE_SEED_LOCATION=./seed-data \
  LINKAGE_SEED_ON_START=always \
  LINKAGE_BOLT_PORT="${LINKAGE_BOLT_PORT:-7798}" \
  java -jar "$jar" diagram --list docs/diagrams/figures.txt --out-dir docs/diagrams
