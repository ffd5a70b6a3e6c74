#!/usr/bin/env bash
# What one case intake costs in SQL: every statement the application role sends for one
# POST /api/t/{tenant}/cases (after a warm-up), in order, with the server's time for each, grouped by
# connection checkout (the pool stamps the tenant on each); then the totals next to the request's time as
# the client saw it. The companion of case-intake.sh for finding where the time goes. Uses the embedded
# PostgreSQL's own statement log (the application is restarted once with logging_collector on).
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
trap gridx_stop EXIT
TENANT=dalad-gongye

gridx_start
db() { psql -X -q -At -h localhost -p "$(gridx_pg_port)" -U postgres -d gridx "$@"; }
logs="$GRIDX_BENCH_DATA/pglog"
db >/dev/null <<SQL
ALTER SYSTEM SET logging_collector = on;
ALTER SYSTEM SET log_directory = '$logs';
ALTER SYSTEM SET log_line_prefix = '%m [%p] %u ';
ALTER SYSTEM SET log_min_duration_statement = 0;
SQL
gridx_restart
token=$(gridx_demo_token gao.limei)
report() { # key → "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$GRIDX_URL/api/t/$TENANT/cases" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
    -d '{"kind":"problem","itemCode":"06001","lon":110.03,"lat":40.40,"description":"压测：路面破损，请核实"}'
}
for i in $(seq 1 ${BENCH_WARMUP:-200}); do report "warm-$RANDOM-$i" >/dev/null; done
sleep 1
log=$(ls "$logs"/*.log)
from=$(($(wc -l <"$log") + 1))
read -r status seconds <<<"$(report "profiled-$RANDOM")"
sleep 1
# One line per statement executed (parse and bind lines of the extended protocol are folded into it).
tail -n +"$from" "$log" | awk -v status="$status" -v seconds="$seconds" '
  function show(ms, text) { total += ms; n++; printf "case-intake-statements  %7.3f ms  %s\n", ms, substr(text, 1, 110) }
  / gridx_app LOG:  duration: / {
    pid = $4; ms = $8; text = $0
    sub(/.* ms  /, "", text)
    if (text ~ /^(parse|bind) /) { pending[pid] += ms; next }
    sub(/^execute [^:]*: /, "", text); sub(/^statement: /, "", text)
    ms += pending[pid]; pending[pid] = 0
    # pgjdbc sends BEGIN just before the first statement of a transaction, which on a fresh checkout is the
    # pool stamping the tenant (one set_config per connection handed out): show it under that checkout
    if (text == "BEGIN") { held = ms; holding = 1; next }
    if (text ~ /set_config\(.app\.tenant_id/) { checkouts++; printf "case-intake-statements  -- checkout %d (backend %s)\n", checkouts, pid }
    if (holding) { show(held, "BEGIN"); holding = 0 }
    show(ms, text)
  }
  END {
    printf "case-intake-statements  HTTP %s: %d statements in %d checkouts, %.2f ms in PostgreSQL, %.1f ms for the whole request\n",
      status, n, checkouts, total, seconds * 1000
  }'
