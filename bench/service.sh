# Sourced by the benchmarks that measure a running service (readers.sh, explorer.sh):
# with BASE empty, builds the jar if needed, starts it on free ports with a throw-away database
# (seeded from seed-data/), waits until it is healthy, sets BASE, and stops it on exit.

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
