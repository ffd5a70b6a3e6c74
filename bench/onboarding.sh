#!/usr/bin/env bash
# Server time to onboard the demo street (工业街道: 33 grid nodes, 39 departments, 15 accounts) through the
# operator API: first import, unchanged re-import, forced row-by-row re-import, and a dry run. Baseline in
# the same run: the same rows inserted with plain SQL by psql into the server of the README.
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
trap gridx_stop EXIT
gridx_start GRIDX_DEMO=false
token=$(gridx_operator_token)
doc=$(mktemp)
for f in tenant grid departments staff; do cat "../tenants/dalad-gongye/$f.yaml"; echo; done > "$doc"
post() { # query
  curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/yaml' \
    -H 'GridX-Initial-Password: bench-password-1' --data-binary @"$doc" "$GRIDX_URL/api/operator/tenants$1" | jq -r .serverMillis
}
first=$(post "")
again=$(post "")
forced=$(post "?force=true")
dry=$(post "?dryRun=true")

# Baseline: the same number of rows as plain INSERTs in one transaction (no validation, no hashing).
db=gridx_bench_onb_$$
psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db" >/dev/null
t0=$(date +%s%N)
psql -X -q -h 127.0.0.1 -U postgres -d "$db" >/dev/null <<'SQL'
BEGIN;
CREATE TABLE n (id int PRIMARY KEY, code text, name text);
CREATE TABLE d (id int PRIMARY KEY, code text, name text);
CREATE TABLE a (id int PRIMARY KEY, username text, hash text);
INSERT INTO n SELECT i, lpad(i::text, 15, '0'), 'grid ' || i FROM generate_series(1, 33) i;
INSERT INTO d SELECT i, 'dept-' || i, 'department ' || i FROM generate_series(1, 39) i;
INSERT INTO a SELECT i, 'user' || i, md5(i::text) FROM generate_series(1, 15) i;
COMMIT;
SQL
t1=$(date +%s%N)
psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE $db" >/dev/null
base=$(( (t1 - t0) / 1000000 ))
printf 'onboarding  first import %5s ms   unchanged re-import %4s ms   forced re-import %4s ms   dry run %4s ms\n' \
  "$first" "$again" "$forced" "$dry"
printf 'onboarding  baseline: same rows as plain SQL via psql %s ms (incl. psql start)  ratio first/baseline %.1f\n' \
  "$base" "$(echo "$first / ($base + 0.001)" | bc -l)"
rm -f "$doc"
