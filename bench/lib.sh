# Shared by the benchmarks: start the packaged application on a throw-away data directory (embedded
# PostgreSQL, generated keys) and sign in. Source it; call gridx_start, then gridx_stop on exit.
GRIDX_JAR=${GRIDX_JAR:-../ui/target/quarkus-app/quarkus-run.jar}
GRIDX_BENCH_PORT=${GRIDX_BENCH_PORT:-18080}
GRIDX_URL="http://localhost:$GRIDX_BENCH_PORT"

gridx_build() {
  [ -f "$GRIDX_JAR" ] || (cd .. && mvn -B -q package -DskipTests)
}

gridx_start() { # [extra env assignments...]
  gridx_build
  GRIDX_BENCH_DATA=$(mktemp -d)
  gridx_launch "$@"
}

gridx_restart() { # [extra env assignments...]: the same data directory (database, keys, passwords) again
  kill "$GRIDX_PID" 2>/dev/null && wait "$GRIDX_PID" 2>/dev/null || true
  gridx_launch "$@"
}

gridx_launch() {
  # benchmarks measure the street as imported (or fill it themselves): no background demo year
  env GRIDX_DATA_DIR="$GRIDX_BENCH_DATA" GRIDX_PORT="$GRIDX_BENCH_PORT" GRIDX_DEMO_YEAR=false "$@" java -jar "$GRIDX_JAR" \
    >"$GRIDX_BENCH_DATA/app.log" 2>&1 &
  GRIDX_PID=$!
  until curl -fs "$GRIDX_URL/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$GRIDX_PID" 2>/dev/null || { echo "GridX did not start:"; tail -40 "$GRIDX_BENCH_DATA/app.log"; return 1; }
    sleep 0.2
  done
  # The welcome (and the demo import) is printed after readiness.
  for _ in $(seq 1 100); do grep -q "GridX is running" "$GRIDX_BENCH_DATA/app.log" && break; sleep 0.2; done
}

gridx_stop() {
  [ -n "${GRIDX_PID:-}" ] && kill "$GRIDX_PID" 2>/dev/null && wait "$GRIDX_PID" 2>/dev/null || true
  [ -n "${GRIDX_BENCH_DATA:-}" ] && rm -rf "$GRIDX_BENCH_DATA"
}

gridx_pg_port() { # the embedded PostgreSQL's port (superuser postgres, trust on localhost, database gridx)
  grep -oE 'embedded PostgreSQL on port [0-9]+' "$GRIDX_BENCH_DATA/app.log" | grep -oE '[0-9]+$'
}

gridx_operator_token() {
  local pw; pw=$(cat "$GRIDX_BENCH_DATA/d/operator-password.txt" 2>/dev/null || cat "$GRIDX_BENCH_DATA/operator-password.txt")
  curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"operator\",\"password\":\"$pw\"}" \
    "$GRIDX_URL/api/operator/auth/login" | jq -r .accessToken
}

gridx_demo_token() { # username
  local pw; pw=$(cat "$GRIDX_BENCH_DATA/demo-password.txt")
  curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$pw\"}" \
    "$GRIDX_URL/api/t/dalad-gongye/auth/login" | jq -r .accessToken
}
