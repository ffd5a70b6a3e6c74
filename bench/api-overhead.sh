#!/usr/bin/env bash
# What a tenant-scoped API call costs on top of the HTTP stack: GET /api/t/{tenant}/me (token check,
# tenant admission, connection stamped for row-level security, one account read) against
# GET /q/health/live (same server, no auth, no database) measured with wrk in the same run.
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
. ./lib.sh
trap gridx_stop EXIT
gridx_start
token=$(gridx_demo_token gao.limei)
DURATION=${BENCH_SECONDS:-10}s
rate() { wrk -t2 -c8 -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
# warm-up of both paths (JIT, pool, caches) before anything is measured
rate "$GRIDX_URL/q/health/live" >/dev/null
rate -H "Authorization: Bearer $token" "$GRIDX_URL/api/t/dalad-gongye/me" >/dev/null
base=$(rate "$GRIDX_URL/q/health/live")
me=$(rate -H "Authorization: Bearer $token" "$GRIDX_URL/api/t/dalad-gongye/me")
printf 'api-overhead  /q/health/live (baseline) %8.0f req/s\n' "$base"
printf 'api-overhead  /api/t/{tenant}/me        %8.0f req/s  ratio %.2f\n' "$me" "$(echo "$me / $base" | bc -l)"
