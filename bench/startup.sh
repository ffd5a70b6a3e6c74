#!/usr/bin/env bash
# Startup time and memory of the single-machine run (embedded PostgreSQL, demo tenant loaded):
# first start on an empty data directory (initdb + migrations + demo import) and a second, warm start.
# The baseline in the same run is the embedded PostgreSQL's share, read from the application's own log.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=ui/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || mvn -B -q package -DskipTests
PORT=${BENCH_PORT:-18080}
data=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$data"' EXIT

start_once() { # label
  local t0 t1 log="$data/$1.log"
  t0=$(date +%s%N)
  GRIDX_DATA_DIR="$data/d" GRIDX_PORT=$PORT java -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "startup failed; log:"; tail -40 "$log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  local rss quarkus
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  quarkus=$(grep -oE 'started in [0-9.]+s' "$log" | head -1 | grep -oE '[0-9.]+' || echo "?")
  printf 'startup  %-5s ready after %6.2f s (Quarkus reports %ss)  RSS %4d MB (JVM only; embedded PostgreSQL runs as its own processes)\n' \
    "$1" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$quarkus" "$rss"
  grep -E 'onboard|import' "$log" | grep -iE 'ms|time' | head -3 | sed 's/^/startup  /' || true
  kill $pid; wait $pid 2>/dev/null || true
}
start_once cold
start_once warm
