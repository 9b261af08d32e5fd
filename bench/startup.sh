#!/usr/bin/env bash
# Start-up, memory and command times of Linkage Mapper, printed as the table the README quotes.
#
#   bench/startup.sh [RUNS=3] [READ_SECONDS=60]
#
# Each figure is the median of RUNS runs (the reader load and `./mvnw verify` run once):
#   java -jar, empty folder     launch to the first answered API request, seed loaded, of the
#                               unpacked jar the build leaves in target/app/ (BENCH_JAR=
#                               target/linkage-mapper.jar measures the single fat jar)
#   java -jar, existing folder  the same on the folder the first run left
#   ./mvnw spring-boot:run      launch to the first answer (after a build: target/ is up to date)
#   RSS                         resident memory of the service JVM after the seed load, and after
#                               READ_SECONDS of bench/Readers.java (16 threads) against it
#   diagram command             `java -jar ... diagram incidents/cii-attack --out fig.svg`, existing folder
#   CPU time                    user + system CPU of the service up to its first answer (steadier
#                               than wall time when other work shares the cores)
#   reference                   a bare JVM compiling and running a one-line source file: the load on
#                               the machine at the time (compare runs by their ratio to it)
# Knobs (environment): BENCH_JAR (default target/app/linkage-mapper.jar), BENCH_JAVA_OPTS (default
# @jvm.options, the README's flags; set it to '' for the JVM's defaults), BENCH_MVN=0 skips
# spring-boot:run, BENCH_VERIFY=1 also times one `./mvnw verify`, BENCH_NMT=1 prints Native Memory
# Tracking's summary after the reader load.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
READ_SECONDS=${2:-60}
JAR=${BENCH_JAR:-target/app/linkage-mapper.jar}
OPTS=${BENCH_JAVA_OPTS-@jvm.options}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$(( (RANDOM % 30000) + 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU seconds (user + system) the process has used: less sensitive than wall time to a loaded machine.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
# Waits for the first answered API request; prints milliseconds since $1.
await_answer() {
  local started=$1 port=$2 pid=$3 log=$4
  for _ in $(seq 1 3000); do
    if curl -fs "http://127.0.0.1:$port/api/search?q=TELMIN" > /dev/null 2>&1; then
      echo $(( $(now_ms) - started )); return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the service exited:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  echo "no answer in 300 s" >&2; cat "$log" >&2; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
reference() {
  printf 'class R { public static void main(String[] a) { System.out.println(a.length); } }\n' > "$WORK/R.java"
  local t=$(now_ms); java "$WORK/R.java" > /dev/null; echo $(( $(now_ms) - t ))
}
# Starts the jar on the data folder $1; sets PID, PORT and LOG.
start_jar() {
  PORT=$(free_port); LOG="$WORK/service-$RANDOM.log"
  # shellcheck disable=SC2086
  LINKAGE_DATA_DIR="$1" LINKAGE_BOLT_PORT=$(free_port) NEO4J_URI='' \
    java $OPTS -jar "$JAR" --server.port="$PORT" > "$LOG" 2>&1 &
  PID=$!; PIDS+=("$PID")
}
# The start-up timeline from a service log: seconds since JVM start at the end of each phase.
timeline() {
  awk '
    function secs(ts, d, c) { split(ts, d, "T"); split(d[2], c, /[:Z+]/); return c[1] * 3600 + c[2] * 60 + c[3] }
    function mark(name) { n++; names[n] = name; at[n] = s }
    /^[0-9][0-9][0-9][0-9]-/ { s = secs($1); if (first == "") first = s }
    /Root WebApplicationContext: initialization completed/ { mark("web context built") }
    /Embedded Neo4j started in/ { mark("embedded Neo4j ready") }
    /Schema (migrations applied|up to date)/ { mark("schema checked") }
    /Seed loaded/ { mark("seed loaded") }
    /Tomcat started on port/ { mark("Tomcat listening") }
    /ms since JVM start\)/ { u = $0; sub(/.*\(/, "", u); sub(/ ms since.*/, "", u); offset = u / 1000 - (s - first); mark("ready") }
    END { printf "    %-22s %5.1f s\n", "first log line", offset; for (i = 1; i <= n; i++) printf "    %-22s %5.1f s\n", names[i], at[i] - first + offset }
  ' "$1"
}

REF=(); EMPTY=(); EXISTING=(); RSS_SEED=(); MVN=(); DIAGRAM=(); CPU_EMPTY=(); CPU_EXISTING=()
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $JAR; JVM options: ${OPTS:-(JVM defaults)}"
for i in $(seq 1 "$RUNS"); do
  REF+=("$(reference)")
  data="$WORK/data-$i"
  t=$(now_ms); start_jar "$data"; EMPTY+=("$(await_answer "$t" "$PORT" "$PID" "$LOG")"); RSS_SEED+=("$(rss_mb "$PID")"); CPU_EMPTY+=("$(cpu_ms "$PID")")
  [ "$i" = 1 ] && { echo "  empty folder, run 1:"; timeline "$LOG"; }
  stop "$PID"
  t=$(now_ms); start_jar "$data"; EXISTING+=("$(await_answer "$t" "$PORT" "$PID" "$LOG")"); CPU_EXISTING+=("$(cpu_ms "$PID")")
  [ "$i" = 1 ] && { echo "  existing folder, run 1:"; timeline "$LOG"; }
  stop "$PID"
  t=$(now_ms)
  # shellcheck disable=SC2086
  LINKAGE_DATA_DIR="$data" NEO4J_URI='' java $OPTS -jar "$JAR" diagram incidents/cii-attack --out "$WORK/fig.svg" > "$WORK/diagram.log" 2>&1 \
    || { cat "$WORK/diagram.log"; exit 1; }
  DIAGRAM+=("$(( $(now_ms) - t ))")
  echo "  run $i: reference ${REF[-1]} ms, empty ${EMPTY[-1]} ms (CPU ${CPU_EMPTY[-1]} ms), existing ${EXISTING[-1]} ms (CPU ${CPU_EXISTING[-1]} ms), RSS ${RSS_SEED[-1]} MB, diagram ${DIAGRAM[-1]} ms"
done

# A minute of readers against one service started on an existing folder.
NMT_FLAG=""; [ "${BENCH_NMT:-0}" = 1 ] && NMT_FLAG="-XX:NativeMemoryTracking=summary"
OPTS="$OPTS $NMT_FLAG"
start_jar "$WORK/data-1"; await_answer "$(now_ms)" "$PORT" "$PID" "$LOG" > /dev/null
java bench/Readers.java "http://127.0.0.1:$PORT" "$READ_SECONDS" 16 > "$WORK/readers.txt" || { cat "$WORK/readers.txt"; exit 1; }
RSS_READ=$(rss_mb "$PID")
grep -E '^(requests|latency)' "$WORK/readers.txt" | sed 's/^/  readers: /'
[ -n "$NMT_FLAG" ] && jcmd "$PID" VM.native_memory summary | grep -E '^-|committed=' | grep -E '^-' | sed 's/^/  /'
stop "$PID"

MVN_RSS="-"; MAVEN_RSS="-"
if [ "${BENCH_MVN:-1}" = 1 ]; then
  for i in $(seq 1 "$RUNS"); do
    PORT=$(free_port); LOG="$WORK/mvn-$i.log"; t=$(now_ms)
    LINKAGE_DATA_DIR="$WORK/data-1" LINKAGE_BOLT_PORT=$(free_port) NEO4J_URI='' \
      ./mvnw -B -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT" > "$LOG" 2>&1 &
    PID=$!; PIDS+=("$PID")
    MVN+=("$(await_answer "$t" "$PORT" "$PID" "$LOG")")
    APP=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    MVN_RSS=$(rss_mb "$APP"); MAVEN_RSS=$(rss_mb "$PID")
    kill "$APP"; stop "$PID"
    echo "  spring-boot:run $i: ${MVN[-1]} ms, application RSS $MVN_RSS MB, Maven RSS $MAVEN_RSS MB"
  done
fi

VERIFY="-"
if [ "${BENCH_VERIFY:-0}" = 1 ]; then
  t=$(now_ms); ./mvnw -B -q verify > "$WORK/verify.log" 2>&1 || { tail -50 "$WORK/verify.log"; exit 1; }
  VERIFY="$(( ($(now_ms) - t) / 1000 )) s"
fi

sec() { if [ $# -eq 0 ]; then echo "-"; else printf '%s\n' "$@" | median | awk '{printf "%.1f s", $1/1000}'; fi; }
mb() { printf '%s\n' "$@" | median | awk '{printf "%d MB", $1}'; }
echo
echo "| figure (median of $RUNS) | measured | goal |"
echo "|---|---|---|"
echo "| java -jar, empty folder, to first answer (seed loaded) | $(sec "${EMPTY[@]}") | 15 s |"
echo "| java -jar, existing folder, to first answer | $(sec "${EXISTING[@]}") | 10 s |"
echo "| CPU time to first answer, empty / existing folder | $(sec "${CPU_EMPTY[@]}") / $(sec "${CPU_EXISTING[@]}") | |"
echo "| ./mvnw spring-boot:run, to first answer | $(sec "${MVN[@]}") | 20 s |"
echo "| RSS, java -jar after seed load | $(mb "${RSS_SEED[@]}") | 512 MB |"
echo "| RSS, java -jar after ${READ_SECONDS} s of 16 readers | ${RSS_READ} MB | 512 MB |"
echo "| RSS, application under spring-boot:run (Maven itself) | ${MVN_RSS} MB (${MAVEN_RSS} MB) | 512 MB |"
echo "| diagram command, one figure, existing folder | $(sec "${DIAGRAM[@]}") | 12 s |"
echo "| ./mvnw verify | $VERIFY | 6 min |"
echo "| reference: bare JVM, one-line source file | $(sec "${REF[@]}") | |"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
