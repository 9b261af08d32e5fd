#!/usr/bin/env bash
# The fastest start: the unpacked jar (target/app/) with a class-data-sharing archive of the
# classes a start loads, as Spring Boot documents for CDS. The archive comes from one training
# run (the service starts on a throw-away data folder and exits once its context is up) and is
# made again whenever the build changes the application or its libraries.
#
#   scripts/start.sh [application arguments...]      e.g. scripts/start.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/app/linkage-mapper.jar
ARCHIVE=target/app/linkage-mapper.jsa
[ -f "$APP" ] || ./mvnw -B -q package -DskipTests
# The JVM checks only the jars' sizes and times, which a reproducible build keeps: stamp the content.
STAMP=$( (sha256sum "$APP"; ls -l target/app/lib) | sha256sum | cut -d' ' -f1)
if [ ! -f "$ARCHIVE" ] || [ "$(cat "$ARCHIVE.stamp" 2>/dev/null)" != "$STAMP" ]; then
  echo "Recording the class-data archive for this build (once, about as long as one start)..." >&2
  TRAIN=$(mktemp -d)
  trap 'rm -rf "$TRAIN"' EXIT
  rm -f "$ARCHIVE" "$ARCHIVE.stamp"
  LINKAGE_DATA_DIR="$TRAIN/data" LINKAGE_BOLT_PORT=0 NEO4J_URI='' \
    java @jvm.options -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh \
    -jar "$APP" --server.port=0 > "$TRAIN/training.log" 2>&1 || { cat "$TRAIN/training.log" >&2; exit 1; }
  echo "$STAMP" > "$ARCHIVE.stamp"
  rm -rf "$TRAIN"
  trap - EXIT
fi
exec java @jvm.options -XX:SharedArchiveFile="$ARCHIVE" -jar "$APP" "$@"
