#!/usr/bin/env bash
# Case intake (采集上报) under load: POST /api/t/{tenant}/cases of the demo street, a fresh Idempotency-Key per
# request, an informant's token, a random point inside the street (grid found from the point), an event item
# of the disposal list (case-intake.lua). Measured with wrk at 8 and 32 concurrent clients: cases/s, p50, p99.
# Baseline in the same run, on the same PostgreSQL server the application uses: pgbench inserting a
# case_file-shaped row and a case_timeline-shaped row in one transaction (scratch schema; tables copied with
# LIKE … INCLUDING ALL, so same columns, checks and indexes, no foreign keys and no row-level security).
# Then an open-loop run at 70 % of the peak intake rate (IntakeOpenLoop.java, latency counted from when each
# request was due) for the p99 there. CPU time per request of the JVM and of PostgreSQL says where the time
# goes (case-intake-statements.sh lists the statements of one intake). Goals: intake ≥ 0.5 × pgbench at the
# same client count; p99 ≤ 50 ms at 70 % of peak. The street first gets a year of history (BENCH_HISTORY_CASES,
# below). BENCH_SECONDS (default 15) per measured run,
# BENCH_OPEN_SECONDS (default 20) for the open loop, BENCH_WARMUP_SECONDS (default 60, longer until the JIT has
# settled, at most BENCH_WARMUP_MAX_SECONDS, default 300) first: about 6 to 10 minutes in all.
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
command -v pgbench >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-client >/dev/null; }
. ./lib.sh
work=$(mktemp -d)
trap 'gridx_stop; rm -rf "$work"' EXIT
SECS=${BENCH_SECONDS:-15}
OPEN_SECS=${BENCH_OPEN_SECONDS:-20}
TENANT=dalad-gongye
RUN=$(date +%s)

# Three processes share the machine's cores here (application, PostgreSQL, load generator): anything else
# busy skews both sides, so say so next to the figures.
load=$(cut -d' ' -f1 /proc/loadavg)
gridx_start
# The single-machine run's embedded PostgreSQL: the database the application writes to, reached as its
# superuser (trust on localhost) for the scratch schema and pgbench.
PGPORT=$(gridx_pg_port)
db() { psql -X -q -At -h localhost -p "$PGPORT" -U postgres -d gridx "$@"; }
for _ in $(seq 1 60); do # the demo street is imported after readiness; slow on a busy machine
  token=$(gridx_demo_token gao.limei 2>/dev/null || true)
  [ -n "$token" ] && [ "$token" != null ] && break
  sleep 1
done
[ -n "$token" ] && [ "$token" != null ] || { echo "case-intake: could not sign in as gao.limei"; exit 1; }

# A street with a past: BENCH_HISTORY_CASES (default 30,000; 0 for none) generated cases of the last year,
# then VACUUM ANALYZE, so the tables are not young. Tables growing from empty by 10,000 rows a minute are
# re-analyzed and vacuumed by autovacuum at every naptime, and each of those bursts (and the plan
# invalidations they bring) showed as a p99 spike in the open loop; a street in service grows by hundreds of
# cases a day on top of its history.
HISTORY=${BENCH_HISTORY_CASES:-30000}
if [ "$HISTORY" -gt 0 ]; then
  . ./history-lib.sh
  h0=$(date +%s)
  history_fill "$TENANT" "{\"cases\": $HISTORY, \"days\": 365, \"visits\": 0, \"appeals\": 0, \"seed\": 2026}" 2>/dev/null >/dev/null \
    || { echo "case-intake: could not fill the street's history"; exit 1; }
  db -c "VACUUM ANALYZE" >/dev/null
  echo "case-intake  street history: $HISTORY cases of the past year written in $(( $(date +%s) - h0 )) s, then VACUUM ANALYZE"
fi

# Smoke check: one report through the same path, so a broken intake fails loudly instead of benchmarking 4xx.
status=$(curl -s -o "$work/smoke.json" -w '%{http_code}' -X POST "$GRIDX_URL/api/t/$TENANT/cases" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-$RUN" \
  -d '{"kind":"problem","itemCode":"06001","lon":110.03,"lat":40.40,"description":"压测冒烟：路面破损"}')
[ "$status" = 201 ] || {
  echo "case-intake: smoke report answered $status:"; cat "$work/smoke.json"; echo
  grep -B2 -A30 -m1 -E 'ERROR|Exception' "$GRIDX_BENCH_DATA/app.log" | head -60; exit 1
}

db >/dev/null <<'SQL'
DROP SCHEMA IF EXISTS bench_intake CASCADE;
CREATE SCHEMA bench_intake;
CREATE TABLE bench_intake.case_file (LIKE public.case_file INCLUDING ALL);
CREATE TABLE bench_intake.case_timeline (LIKE public.case_timeline INCLUDING ALL);
CREATE SEQUENCE bench_intake.case_number_seq;
SQL
# What the database must do at least for one report: a numbered case row and its first timeline entry, with
# values of the same width as the application's (uuids, a 64-hex hash chain, a jsonb payload).
cat > "$work/intake.sql" <<'SQL'
\set item random(1, 30)
BEGIN;
INSERT INTO bench_intake.case_file (tenant_id, id, number, kind, source, state, list_version_id, item_code,
    title, description, grid_node_id, grid_code, lon, lat, priority, reported_by, reported_at, step_started_at,
    due_at, timeline_length, timeline_head, idempotency_key, request_hash)
  VALUES ('dalad-gongye', gen_random_uuid(), '2026' || lpad(nextval('bench_intake.case_number_seq')::text, 8, '0'),
    'problem', 'grid-worker', 'reported', gen_random_uuid(), '06' || lpad(:item::text, 3, '0'), '道路破损',
    '压测上报 pgbench：路面破损，请核实', gen_random_uuid(), '150621001001002', 110.0105 + random() * 0.039,
    40.3855 + random() * 0.029, 'normal', 'gao.limei', now(), now(), now() + interval '30 minutes', 1,
    md5(random()::text) || md5(random()::text), 'bench-' || md5(random()::text),
    md5(random()::text) || md5(random()::text))
  RETURNING id AS case_id \gset
INSERT INTO bench_intake.case_timeline (tenant_id, id, case_id, seq, at, from_state, action, to_state, actor,
    actor_role, note, data, prev_hash, hash)
  VALUES ('dalad-gongye', gen_random_uuid(), ':case_id', 1, now(), 'new', 'report', 'reported', 'gao.limei',
    'informant', '压测上报 pgbench：路面破损，请核实', '{"source":"grid-worker","grid":"150621001001002"}',
    repeat('0', 64), md5(random()::text) || md5(random()::text));
COMMIT;
SQL

# CPU time (ms) used so far by the application's JVM, and by the PostgreSQL server (postmaster, its live
# backends, and those that already exited). On a busy machine wall-clock rates mislead; CPU per request
# much less so, and it says which side the time goes to.
HZ=$(getconf CLK_TCK)
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk -v kids="$2" '{print $12 + $13 + (kids ? $14 + $15 : 0)}'; }
cpu_app() { echo $(( $(ticks "$GRIDX_PID" 0) * 1000 / HZ )); }
# The JVM's JIT compiler threads alone: still busy minutes into steady load on two cores, which a long-running
# server has long finished, so their share of the application's CPU is printed apart.
cpu_jit() {
  local t=0 task
  for task in /proc/"$GRIDX_PID"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) t=$((t + $(ticks "${task#/proc/}" 0 2>/dev/null || echo 0)));; esac
  done
  echo $((t * 1000 / HZ))
}
cpu_pg() {
  local pm t k; pm=$(head -1 "$GRIDX_BENCH_DATA/postgres/postmaster.pid"); t=$(ticks "$pm" 1)
  for k in $(pgrep -P "$pm"); do t=$((t + $(ticks "$k" 0 2>/dev/null || echo 0))); done
  echo $((t * 1000 / HZ))
}

intake() { # clients seconds [label] → "req/s p50 p99 created other app-cpu-ms pg-cpu-ms"
  local a0 p0 j0 r; a0=$(cpu_app); p0=$(cpu_pg); j0=$(cpu_jit)
  r=$(BENCH_TOKEN=$token BENCH_TENANT=$TENANT BENCH_RUN="$RUN-${3:-run}-c$1-$2" \
    wrk -t2 -c"$1" -d"$2s" --timeout 5s -s case-intake.lua "$GRIDX_URL" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}')
  echo "$r $(( $(cpu_app) - a0 )) $(( $(cpu_pg) - p0 )) $(( $(cpu_jit) - j0 ))"
}
baseline() { # clients → "tps avg-latency-ms transactions pg-cpu-ms"
  local p0 r; p0=$(cpu_pg)
  r=$(pgbench -n -h localhost -p "$PGPORT" -U postgres -c "$1" -j 2 -T "$SECS" -f "$work/intake.sql" gridx 2>"$work/pgbench.err" \
    | awk '/^latency average/ {l = $4} /^tps/ {t = $3} /actually processed/ {n = $NF} END {print t, l, n}')
  echo "$r $(( $(cpu_pg) - p0 ))"
}

# warm-up: JIT, connection pool, caches (its own keys). On 2 cores the JIT is still compiling minutes into steady
# load: right after 60 s of it, the compiler threads took 0.50 of the application's 1.67 ms CPU per report at 8
# clients, and 0.19 of 1.14 ms a minute later at 32. That is CPU a server running for hours does not spend, so
# the load goes on, 20 s at a time, until the compiler threads use less than a tenth of the application's CPU
# (BENCH_WARMUP_SECONDS at least, default 60; BENCH_WARMUP_MAX_SECONDS at most, default 300).
warmed=0
while :; do
  read -r _ _ _ _ _ wa _ wj <<<"$(intake 8 20 "warm$warmed")"
  warmed=$((warmed + 20))
  [ "$warmed" -lt "${BENCH_WARMUP_SECONDS:-60}" ] && continue
  [ "$((wj * 10))" -lt "$wa" ] || [ "$warmed" -ge "${BENCH_WARMUP_MAX_SECONDS:-300}" ] && break
done
warm_note=$(printf '%s s of load; in its last 20 s the JIT compiler threads used %s of the application'"'"'s %s ms CPU' "$warmed" "$wj" "$wa")
declare -A app base
for c in 8 32; do
  app[$c]=$(intake "$c" "$SECS")
  base[$c]=$(baseline "$c")
  read -r tps _ <<<"${base[$c]}"
  [ -n "$tps" ] || { echo "case-intake: pgbench failed:"; cat "$work/pgbench.err"; exit 1; }
done
# The ceiling any intake could reach here: an authenticated read that does nothing else (token check,
# tenant admission and stamp, one row) at the same client counts. If it is below half of pgbench, the
# ratio goal cannot be met on this machine by any intake, however lean.
# And the HTTP floor: the liveness answer (no token, no database), which says how much of that ceiling is the
# web stack itself and how much is the authenticated, tenant-stamped transaction.
declare -A ceil floor
for c in 8 32; do
  ceil[$c]=$(wrk -t2 -c"$c" -d"$SECS"s -H "Authorization: Bearer $token" "$GRIDX_URL/api/t/$TENANT/me" \
    | awk '/^Requests\/sec/ {print $2}')
  floor[$c]=$(wrk -t2 -c"$c" -d5s "$GRIDX_URL/q/health/live" | awk '/^Requests\/sec/ {print $2}')
done
peak=$(for c in 8 32; do echo "${app[$c]}" | cut -d' ' -f1; done | sort -g | tail -1)
rate=$(echo "$peak * 0.7" | bc -l | xargs printf '%.0f')
# The generator shares the two cores with what it measures, so it is kept light: plain sockets (see
# IntakeOpenLoop), compiled before it runs, C1 only and the serial collector. Its CPU is printed with the result.
javac -d "$work" IntakeOpenLoop.java
TIMEFORMAT='%U %S'
{ time java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -cp "$work" IntakeOpenLoop "$GRIDX_URL/api/t/$TENANT/cases" \
    "$token" "$rate" "$OPEN_SECS" "$RUN-open" >"$work/open.out"; } 2>"$work/open.time"
open=$(awk '/^RESULT/' "$work/open.out")
read -r gen_user gen_sys < <(tail -1 "$work/open.time")
[ -z "${BENCH_OPEN_TIMELINE:-}" ] || head -n -1 "$work/open.time" | sed 's/^/case-intake  open loop, /'

# Anything but 201 is a failure of the intake under load: show why before the figures.
grep -E 'ERROR \[' "$GRIDX_BENCH_DATA/app.log" | grep -v EmbeddedPostgres | sed -E 's/^[0-9-]+ [0-9:,]+ ERROR \[[^]]*\] \([^)]*\) //' | cut -c1-240 \
  | sort | uniq -c | sort -rn | head -5 | sed 's/^/case-intake  app log: /' || true
settings=$(db -c "SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')")
rows=$(db -c "SELECT count(*) FROM case_file WHERE tenant_id = '$TENANT'")
# Plans on case_file flip when its statistics lag behind its rows (core/076): say how fresh they were.
stats=$(db -c "SELECT coalesce(round(extract(epoch FROM now() - greatest(last_analyze, last_autoanalyze)))::text || ' s ago', 'never')
  || ', ' || n_mod_since_analyze || ' rows changed since' FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname = 'case_file'")
printf 'case-intake  PostgreSQL %s (embedded server of the single-machine run; app and pgbench share it), %s cases in the tenant after the run\n' \
  "$settings" "$rows"
printf 'case-intake  case_file last analyzed %s\n' "$stats"
printf 'case-intake  warm-up: %s\n' "$warm_note"
printf 'case-intake  %s cores, load average %s before the run%s\n' "$(nproc)" "$load" \
  "$( [ "$(echo "$load > $(nproc) / 2" | bc -l)" = 1 ] && echo ' (busy machine: figures are low)' || true)"
printf 'case-intake  %-7s %9s %7s %7s %7s %16s | %11s %6s %10s | %5s\n' clients 'intake/s' 'p50 ms' 'p99 ms' non-201 \
  'CPU ms app+PG' 'pgbench tps' 'avg ms' 'CPU ms PG' ratio
verdict=met
for c in 8 32; do
  read -r rps p50 p99 ok bad acpu pcpu _ <<<"${app[$c]}"
  read -r tps avg n bcpu <<<"${base[$c]}"
  ratio=$(echo "$rps / $tps" | bc -l)
  [ "$(echo "$ratio >= 0.5" | bc -l)" = 1 ] || verdict=missed
  printf 'case-intake  %-7s %9.0f %7.1f %7.1f %7d %7.2f + %6.2f | %11.0f %6.2f %10.2f | %5.3f\n' "$c" "$rps" "$p50" "$p99" "$bad" \
    "$(echo "$acpu / ($ok + $bad)" | bc -l)" "$(echo "$pcpu / ($ok + $bad)" | bc -l)" "$tps" "$avg" "$(echo "$bcpu / $n" | bc -l)" "$ratio"
done
printf 'case-intake  goal intake >= 0.5 x pgbench at the same client count: %s\n' "$verdict"
# What the database alone allows: a report's PostgreSQL work (its writes with their index, foreign-key and
# row-level security checks, its reads, the relay's projection) on these cores. Even an application costing
# nothing could not take intake past this rate, so a ratio above the bound would need less database work per
# report, not a faster JVM. (pgbench's own PostgreSQL CPU is printed above for comparison; pgbench is not held
# by CPU alone here, so the two per-transaction figures do not divide into a bound.)
for c in 8 32; do
  read -r _ _ _ ok bad acpu pcpu jit <<<"${app[$c]}"
  read -r tps _ <<<"${base[$c]}"
  per_report=$(echo "$pcpu / ($ok + $bad)" | bc -l)
  printf 'case-intake  database bound at %s clients: PostgreSQL CPU %.2f ms per report, so at most %.0f reports/s on %s cores = %.2f x pgbench, with an application costing nothing\n' \
    "$c" "$per_report" "$(echo "$(nproc) * 1000 / $per_report" | bc -l)" "$(nproc)" "$(echo "$(nproc) * 1000 / $per_report / $tps" | bc -l)"
  printf 'case-intake  JIT at %s clients: the compiler threads used %.2f of the application'"'"'s %.2f ms CPU per report (a server running for hours has finished compiling)\n' \
    "$c" "$(echo "$jit / ($ok + $bad)" | bc -l)" "$(echo "$acpu / ($ok + $bad)" | bc -l)"
done
for c in 8 32; do
  read -r tps _ <<<"${base[$c]}"
  printf 'case-intake  ceiling at %s clients: authenticated GET /me %.0f req/s = %.3f x pgbench; GET /q/health/live %.0f req/s = %.1f x\n' \
    "$c" "${ceil[$c]}" "$(echo "${ceil[$c]} / $tps" | bc -l)" "${floor[$c]}" "$(echo "${floor[$c]} / $tps" | bc -l)"
done
read -r _ orps op50 op90 op99 omax _ obad <<<"$open"
printf 'case-intake  open loop at 70%% of peak (%s of %.0f req/s) for %ss: %.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, non-201 %d\n' \
  "$rate" "$peak" "$OPEN_SECS" "$orps" "$op50" "$op90" "$op99" "$omax" "$obad"
printf 'case-intake  open-loop generator (same machine) used %.1f s CPU = %.2f ms per request (its JVM start and warm-up included)\n' \
  "$(echo "$gen_user + $gen_sys" | bc -l)" "$(echo "($gen_user + $gen_sys) * 1000 / ($orps * $OPEN_SECS)" | bc -l)"
printf 'case-intake  goal p99 <= 50 ms at 70%% of peak: %s\n' "$( [ "$(echo "$op99 <= 50" | bc -l)" = 1 ] && echo met || echo missed)"
