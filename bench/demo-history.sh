#!/usr/bin/env bash
# One command for a working street: starts GridX on a data directory (GRIDX_DATA_DIR, default ./data at the
# repository root, the single-machine run's own), and fills the demo tenant 工业街道 (dalad-gongye) with a year
# of history at the scale of the seed report — 314 reported events, 36,827 household visits, 318 resident
# appeals over its 28 grids and departments, >90 % disposed — then brings the assessment figures up to date.
# Running it again adds nothing (same seed). Override the year with HISTORY='{"cases":…,"days":…,"visits":…,
# "appeals":…,"seed":…}'. KEEP_RUNNING=1 leaves the application running afterwards (http://localhost:18080).
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
. ./history-lib.sh
DATA=${GRIDX_DATA_DIR:-$(cd .. && pwd)/data}
BODY=${HISTORY:-'{"cases": 314, "days": 365, "visits": 36827, "appeals": 318, "seed": 2019}'}
[ "${KEEP_RUNNING:-0}" = 1 ] || trap history_stop EXIT
history_launch "$DATA"
t0=$(date +%s)
result=$(history_fill dalad-gongye "$BODY")
t1=$(date +%s)
PGPORT=$(gridx_pg_port)
q() { PGPASSWORD=embedded psql -X -q -At -h localhost -p "$PGPORT" -U gridx_app -d gridx \
  -c "SELECT set_config('app.tenant_id', 'dalad-gongye', false)" -c "$1" | tail -1; }
echo "demo history  done in $((t1 - t0)) s: $(echo "$result" | jq -c '{written, skipped, total}')"
echo "demo history  cases $(q "SELECT count(*) FROM case_file"), disposed (closed or evaluated) $(q "SELECT round(100.0 * count(*) FILTER (WHERE state IN ('closed','evaluated')) / greatest(count(*), 1), 1) FROM case_file")%, visits $(q "SELECT count(*) FROM field_visit"), appeals $(q "SELECT count(*) FROM resident_appeal") (resolved $(q "SELECT count(*) FROM resident_appeal WHERE status = 'resolved'"))"
echo "demo history  record: $(curl -fs -H "Authorization: Bearer $(history_token zhou.lei)" "$GRIDX_URL/api/t/dalad-gongye/record/verify" | jq -c '{cases, entries, intact}')"
echo "demo history  data directory $DATA; demo password in $DATA/demo-password.txt"
