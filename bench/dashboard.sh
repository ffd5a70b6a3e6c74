#!/usr/bin/env bash
# Dashboards at scale. Goal (issue "Command centre and assessment"): every dashboard call for a tenant with
# 1,000,000 cases answers in <= 200 ms and within 1.5 x the time of the equivalent plain SQL run in the same
# benchmark, and the number of SQL statements per call does not grow with the data.
#
# Fills the demo tenant (dalad-gongye) with BENCH_CASES generated cases (default 1,000,000; seed BENCH_SEED=42,
# a year) through POST /api/t/{t}/demo/history, which also brings the assessment figures up to date. The data
# directory BENCH_DATA (default ~/.cache/gridx-bench-dashboard) is kept, so the next run reuses the fill (the
# generator skips batches already written). For each call in dashboard-calls.tsv: BENCH_WARMUP (5) warm-up
# calls, then BENCH_RUNS (30) timed sequential calls with a signed-in token; the same number of runs of the
# equivalent plain SQL by psql (\timing, as the application's database role, tenant set, so row-level security
# applies to both), and p50/p95 of each. A call that answers 404 is reported as "not built", with the time of
# its plain SQL alone (BENCH_MISSING_RUNS runs).
# Statements per call are counted from the PostgreSQL statement log at BENCH_SMALL_CASES (10,000) cases and at
# BENCH_CASES (the counts at the small size are kept in the data directory, since a filled tenant cannot shrink).
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
. ./history-lib.sh
N=${BENCH_CASES:-1000000}
SMALL=${BENCH_SMALL_CASES:-10000}
RUNS=${BENCH_RUNS:-30}
WARM=${BENCH_WARMUP:-5}
SEED=${BENCH_SEED:-42}
DATA=${BENCH_DATA:-$HOME/.cache/gridx-bench-dashboard}
TENANT=dalad-gongye
CALLS=${BENCH_CALLS:-dashboard-calls.tsv}
MISSING_RUNS=${BENCH_MISSING_RUNS:-3} # timed runs of the plain SQL of a call not built yet
work=$(mktemp -d)
trap 'history_stop; rm -rf "$work"' EXIT
# Nothing else talks to the database while statements are counted and calls are timed: no timer sweeps, no
# outbox safety-net sweeps (the relay still runs on commit).
ENV=(GRIDX_TIMERS_ENABLED=false GRIDX_OUTBOX_SWEEP=PT1H GRIDX_JWT_ACCESS_TTL=PT2H)

history_launch "$DATA" "${ENV[@]}"
PGPORT=$(gridx_pg_port)
su() { psql -X -q -At -h localhost -p "$PGPORT" -U postgres -d gridx "$@"; }
if [ "$(su -c 'SHOW logging_collector')" != on ]; then # once per data directory: the statement log needs a restart
  su -c "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_directory = 'pglog'" \
     -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '" -c "ALTER SYSTEM SET log_min_duration_statement = -1" >/dev/null
  history_stop; history_launch "$DATA" "${ENV[@]}"; PGPORT=$(gridx_pg_port)
fi
PGDATA_DIR=$(su -c 'SHOW data_directory')
present() { su -c "SELECT count(*) FROM case_file WHERE tenant_id = '$TENANT' AND number LIKE 'D$SEED-%'"; }

fill() { # cases
  local before t0 t1 r; before=$(present)
  t0=$(date +%s)
  r=$(history_fill "$TENANT" "{\"cases\": $1, \"days\": 365, \"visits\": 0, \"appeals\": 0, \"seed\": $SEED}")
  t1=$(date +%s)
  printf 'dashboard  fill to %s cases: %s s (%s already there; load %s)\n' "$1" "$((t1 - t0))" "$before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

from=$(date -u -d '-364 days' +%F); to=$(date -u +%F)
month=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
month_from="$month-01"; month_to=$(date -u -d "$month_from +1 month -1 day" +%F)
expand() { sed -e "s/{tenant}/$TENANT/g" -e "s/{from}/$from/g" -e "s/{to}/$to/g" -e "s/{month}/$month/g" \
  -e "s/{month_from}/$month_from/g" -e "s/{month_to}/$month_to/g"; }
calls() { grep -v '^#' "$CALLS" | grep -v '^$'; }
declare -A tokens
sign_in() { # every account the calls use, once, before anything is counted or timed (tokens live 2 h here)
  local u
  for u in $(calls | awk -F'\t' '{print ($4 == "" ? "zhou.lei" : $4)}' | sort -u); do tokens[$u]=$(history_token "$u"); done
}
call() { # path user → "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer ${tokens[$2]}" "$GRIDX_URL/api/t/$TENANT$1"
}
pcts() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) {print "- -"; exit} i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; printf "%.1f %.1f\n", a[int((NR + 1) / 2)], a[i]}'; }

statements() { # path user → fewest statements the application role sent for one call, of three (after a
  # warm-up call; a cache refreshing now and then adds a statement to one call, which is not growth)
  local log from n best=""
  call "$1" "$2" >/dev/null
  su -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null; sleep 0.5
  for _ in 1 2 3; do
    log=$(ls -t "$PGDATA_DIR"/pglog/*.log | head -1); from=$(($(wc -l <"$log") + 1))
    call "$1" "$2" >/dev/null; sleep 0.5
    n=$(tail -n +"$from" "$log" | awk '/ gridx_app LOG:  duration: / { t = $0; sub(/.* ms  /, "", t); if (t !~ /^(parse|bind) /) n++ } END {print n + 0}')
    { [ -z "$best" ] || [ "$n" -lt "$best" ]; } && best=$n
  done
  su -c "ALTER SYSTEM SET log_min_duration_statement = -1" -c "SELECT pg_reload_conf()" >/dev/null
  echo "$best"
}

count_all() { # file
  sign_in
  : >"$1"
  while IFS=$'\t' read -r name path sql user; do
    path=$(echo "$path" | expand); user=${user:-zhou.lei}
    read -r status _ <<<"$(call "$path" "$user")"
    if [ "$status" = 200 ]; then echo -e "$name\t$(statements "$path" "$user")" >>"$1"; else echo -e "$name\t$status" >>"$1"; fi
  done < <(calls)
}

small_counts="$DATA/statements-at-$SMALL.tsv"
if [ "$(present)" -le "$SMALL" ]; then
  fill "$SMALL"
  count_all "$small_counts"
elif [ ! -f "$small_counts" ]; then
  echo "dashboard  the tenant already has more than $SMALL cases and no counts at $SMALL were kept: statement growth not compared"
fi
fill "$N"
count_all "$work/big.tsv"
cases=$(su -c "SELECT count(*) FROM case_file WHERE tenant_id = '$TENANT'")
entries=$(su -c "SELECT count(*) FROM case_timeline WHERE tenant_id = '$TENANT'")

sqlrun() { # sql warm runs → one ms value per timed run
  { echo "SELECT set_config('app.tenant_id', '$TENANT', false);"; echo '\timing on'
    for _ in $(seq 1 $(($2 + $3))); do echo "$1;"; done; } \
  | PGPASSWORD=embedded psql -X -q -At -h localhost -p "$PGPORT" -U gridx_app -d gridx 2>&1 \
  | awk '/^Time: / {print $2} /ERROR/ {print "psql: " $0 > "/dev/stderr"}' | tail -n "$3"
}
sqltimes() { # sql → one ms value per timed run: RUNS of them, or 3 when one run takes over 5 s (the plain SQL
  # of a scan over a million cases can take minutes; 30 of those say no more than 3)
  local first; first=$(sqlrun "$1" 1 1)
  if [ -n "$first" ] && [ "$(echo "$first > 5000" | bc -l)" = 1 ]; then echo "$first"; [ "$RUNS" -le 1 ] || sqlrun "$1" 0 2; else sqlrun "$1" "$((WARM - 1))" "$RUNS"; fi
}

sign_in
load=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'dashboard  %s cases, %s timeline entries in tenant %s; %s cores, load %s; %s timed runs after %s warm-up\n' \
  "$cases" "$entries" "$TENANT" "$(nproc)" "$load" "$RUNS" "$WARM"
printf 'dashboard  %-22s %17s %17s %7s %6s %6s %14s\n' call 'API p50/p95 ms' 'SQL p50/p95 ms' 'ratio' '<=200' '<=1.5x' 'statements'
while IFS=$'\t' read -r name path sql user; do
  path=$(echo "$path" | expand); sql=$(echo "$sql" | expand); user=${user:-zhou.lei}
  small=$(awk -F'\t' -v n="$name" '$1 == n {print $2}' "$small_counts" 2>/dev/null || true)
  big=$(awk -F'\t' -v n="$name" '$1 == n {print $2}' "$work/big.tsv")
  read -r status _ <<<"$(call "$path" "$user")"
  if [ "$status" = 404 ]; then # the plain SQL's time still says what the call will have to beat
    read -r sp50 sp95 <<<"$(RUNS=$MISSING_RUNS sqltimes "$sql" | pcts)"
    printf 'dashboard  %-22s 404: not built   %8s/%-8s (plain SQL, %s runs)\n' "$name" "$sp50" "$sp95" "$MISSING_RUNS"; continue
  fi
  if [ "$status" != 200 ]; then printf 'dashboard  %-22s answered %s as %s: skipped\n' "$name" "$status" "$user"; continue; fi
  for _ in $(seq 2 "$WARM"); do call "$path" "$user" >/dev/null; done
  read -r ap50 ap95 <<<"$(for _ in $(seq 1 "$RUNS"); do call "$path" "$user"; done | awk '{print $2 * 1000}' | pcts)"
  read -r sp50 sp95 <<<"$(sqltimes "$sql" | pcts)"
  ratio=$(echo "$ap50 / $sp50" | bc -l)
  grow=$( [ -z "$small" ] && echo "$big (no ${SMALL} count)" || { [ "$small" = "$big" ] && echo "$small -> $big same" || echo "$small -> $big GROWS"; })
  printf 'dashboard  %-22s %8s/%-8s %8s/%-8s %7.2f %6s %6s %s\n' "$name" "$ap50" "$ap95" "$sp50" "$sp95" "$ratio" \
    "$( [ "$(echo "$ap95 <= 200" | bc -l)" = 1 ] && echo pass || echo FAIL)" \
    "$( [ "$(echo "$ratio <= 1.5" | bc -l)" = 1 ] && echo pass || echo FAIL)" "$grow"
done < <(calls)
