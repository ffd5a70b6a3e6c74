#!/usr/bin/env bash
# How fast do residents import? Uploads a CSV of N residents (default 10,000) through the API (format
# sniffing, parsing, per-row validation, blind-index duplicate check, preview), commits it (AES-GCM of ID
# number and phone, HMAC blind indexes, JDBC batches, one transaction) and prints seconds and rows/s.
# Baseline in the same run and database: PostgreSQL COPY of the same CSV into a plain table.
# Needs the PostgreSQL of the README (127.0.0.1:5432, trust). Usage: bench/elements-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000}
mvn -B -q -o verify -pl ui -am -Dtest=ElementsImportBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.rows="$ROWS" -DargLine="-Dbench.rows=$ROWS" 2>&1 | grep '^BENCH' | sed 's/^BENCH /elements-import: /'
