#!/usr/bin/env bash
# What does wall 2 (row-level security + stamping the tenant on each connection checkout) cost?
# Runs the same tenant read three ways with pgbench against the same PostgreSQL, in the same run:
#   baseline  superuser, explicit WHERE tenant_id = … (no RLS: what a single-tenant app would do)
#   rls       application role, RLS policy filters, tenant already set on the session
#   rls+stamp application role, set_config('app.tenant_id') before every read (GridX's pool interceptor
#             does this once per connection checkout; here it is paid on every transaction: worst case)
# Prints transactions per second and each ratio to the baseline.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}; PORT=${PGPORT:-5432}; ADMIN=${PGADMIN:-postgres}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}; CLIENTS=${BENCH_CLIENTS:-4}
DB=gridx_bench_rls_$$
psql_admin() { psql -X -q -h "$HOST" -p "$PORT" -U "$ADMIN" "$@"; }
cleanup() { psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true; }
trap cleanup EXIT
work=$(mktemp -d)

psql_admin -d postgres -c "CREATE DATABASE $DB" >/dev/null
psql_admin -d "$DB" >/dev/null <<'SQL'
DO $$ BEGIN CREATE ROLE gridx_bench_app LOGIN NOSUPERUSER NOBYPASSRLS; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE grid_node (tenant_id varchar(63) NOT NULL, id bigint NOT NULL, code varchar(15) NOT NULL,
                        name_zh varchar(100) NOT NULL, PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, code));
INSERT INTO grid_node SELECT 't' || (i % 50), i, lpad(i::text, 15, '0'), 'grid ' || i FROM generate_series(1, 200000) i;
ANALYZE grid_node;
ALTER TABLE grid_node ENABLE ROW LEVEL SECURITY; ALTER TABLE grid_node FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON grid_node
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''));
GRANT SELECT ON grid_node TO gridx_bench_app;
SQL

cat > "$work/baseline.sql" <<'SQL'
\set n random(1, 200000)
SELECT name_zh FROM grid_node WHERE tenant_id = 't' || (:n % 50) AND code = lpad(:n::text, 15, '0');
SQL
cat > "$work/rls.sql" <<'SQL'
\set n random(1, 200000)
SELECT name_zh FROM grid_node WHERE code = lpad(:n::text, 15, '0');
SQL
cat > "$work/rls-stamp.sql" <<'SQL'
\set n random(1, 200000)
SELECT set_config('app.tenant_id', 't' || (:n % 50), false);
SELECT name_zh FROM grid_node WHERE code = lpad(:n::text, 15, '0');
SQL

tps() { # user script [extra libpq options]
  PGOPTIONS="${3:-}" pgbench -n -h "$HOST" -p "$PORT" -U "$1" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -f "$work/$2" "$DB" 2>/dev/null \
    | awk '/^tps/ {print $3; exit}'
}
# In the "rls" run each session is pinned to one tenant (the script's rows of other tenants are simply
# invisible), which is what a request sees once its connection is stamped.
base=$(tps "$ADMIN" baseline.sql)
rls=$(tps gridx_bench_app rls.sql "-c app.tenant_id=t7")
stamp=$(tps gridx_bench_app rls-stamp.sql)
printf 'rls-overhead  baseline(superuser, WHERE tenant_id) %10.0f tps\n' "$base"
printf 'rls-overhead  rls(app role, policy)                %10.0f tps  ratio %.2f\n' "$rls" "$(echo "$rls / $base" | bc -l)"
printf 'rls-overhead  rls+stamp per transaction            %10.0f tps  ratio %.2f\n' "$stamp" "$(echo "$stamp / $base" | bc -l)"
rm -rf "$work"
