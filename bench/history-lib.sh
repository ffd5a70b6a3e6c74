# Shared by demo-history.sh and dashboard.sh (source after lib.sh): run the application on a data directory
# that is KEPT between runs (a generated history takes minutes to write; the next run reuses it), and ask the
# running application to generate history through POST /api/t/{tenant}/demo/history, following its progress.

history_launch() { # data-dir [extra env…]: start (or restart) the app on that directory
  GRIDX_BENCH_DATA=$1; shift
  mkdir -p "$GRIDX_BENCH_DATA"
  gridx_build
  gridx_launch "$@"
}

history_stop() { # stop the app, keep its data directory
  [ -n "${GRIDX_PID:-}" ] && kill "$GRIDX_PID" 2>/dev/null && wait "$GRIDX_PID" 2>/dev/null || true
}

history_token() { # username [tenant]: a token for a demo account, waiting for the demo import after readiness
  local t=""
  for _ in $(seq 1 90); do
    t=$(gridx_demo_token "$1" 2>/dev/null || true)
    [ -n "$t" ] && [ "$t" != null ] && { echo "$t"; return 0; }
    sleep 1
  done
  echo "could not sign in as $1" >&2; return 1
}

history_fill() { # tenant json-body: generate and wait; prints progress lines and the final state as JSON
  local tenant=$1 body=$2 token status state
  token=$(history_token zhou.lei)
  status=$(curl -s -o /tmp/gridx-history-start.$$ -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body" "$GRIDX_URL/api/t/$tenant/demo/history")
  if [ "$status" != 202 ]; then
    echo "demo history: POST answered $status: $(cat /tmp/gridx-history-start.$$)" >&2; rm -f /tmp/gridx-history-start.$$; return 1
  fi
  rm -f /tmp/gridx-history-start.$$
  local last=""
  while true; do
    sleep 2
    token=$(history_token zhou.lei) # tokens live 15 minutes; a 1,000,000-case fill takes longer
    state=$(curl -fs -H "Authorization: Bearer $token" "$GRIDX_URL/api/t/$tenant/demo/history")
    local line; line=$(echo "$state" | jq -r '"\(.state) \(.phase) \(.written)/\(.total) \(.percent)%"')
    [ "$line" != "$last" ] && { echo "demo history  $(date -u +%H:%M:%S)  $line" >&2; last=$line; }
    case $(echo "$state" | jq -r .state) in
      running) ;;
      done) echo "$state"; return 0 ;;
      *) echo "demo history stopped: $state" >&2; return 1 ;;
    esac
  done
}
