#!/usr/bin/env bash
# The public check on generated data: the release binary, a database seeded
# with `fraudreport demo seed`, and wrk against `POST /en/check` (the page)
# and `GET /api/v1/check` (a partner's token) for the value most reports
# share (the network's, held by tens of thousands), a value two reports
# share, and a value nobody reported. The per-client and per-token limits
# are off.
#
#   REPORTS=1000000 bash bench/check.sh                       # SQLite
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/check_bench \
#     REPORTS=1000000 bash bench/check.sh                     # PostgreSQL (database dropped and made anew)
#   WORK=/work/bench1m KEEP=1 bash bench/check.sh             # reuse a seeded data folder
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="${REPORTS:-100000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-8}"
PORT="${PORT:-18183}"
need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need psql postgresql-client
cargo build --release --locked --quiet
bin="$PWD/target/release/fraudreport"
WORK="${WORK:-$(mktemp -d)}"
mkdir -p "$WORK" && cd "$WORK"
export FRAUDREPORT_DATA_DIR="$WORK/data" FRAUDREPORT_LOG=warn FRAUDREPORT_SUBMIT_RATE_LIMIT=0 \
  FRAUDREPORT_CHECK_RATE_LIMIT=0 FRAUDREPORT_API_CHECK_RATE_LIMIT=0 \
  FRAUDREPORT_BIND="127.0.0.1:$PORT" FRAUDREPORT_MAIL_WORKER=false \
  FRAUDREPORT_SECRET_KEY=portal-bench-secret-key-portal-bench-secret \
  FRAUDREPORT_DATA_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
if [ -n "${DATABASE_URL:-}" ]; then
  export FRAUDREPORT_DATABASE_URL="$DATABASE_URL"
  sql() { psql -qAtX "$DATABASE_URL" -c "$1"; }
  if [ -z "${KEEP:-}" ]; then
    admin="${DATABASE_URL%/*}/postgres"; name="${DATABASE_URL##*/}"
    psql -qAtX "$admin" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  fi
else
  export FRAUDREPORT_DATABASE_URL="sqlite://$WORK/data/fraudreport.db"
  sql() { sqlite3 "$WORK/data/fraudreport.db" "$1"; }
fi
if [ -z "${KEEP:-}" ] || [ ! -s logins.txt ]; then
  echo "seeding $REPORTS reports"
  /usr/bin/time -f "seeded in %e s" "$bin" demo seed --reports "$REPORTS" > logins.txt
fi
"$bin" migrate >/dev/null
token=$("$bin" api-token create --partner --name "check bench" --days 1)

# Wallets and phone numbers are looked up as linkage keys them.
shared=$(sql "SELECT value || ' ' || reports FROM link_keys WHERE kind IN ('wallet-trx', 'wallet-eth', 'wallet-btc', 'phone') ORDER BY reports DESC LIMIT 1")
pair=$(sql "SELECT value FROM link_keys WHERE kind IN ('wallet-trx', 'wallet-eth', 'wallet-btc') AND reports = 2 LIMIT 1")
echo "most shared: ${shared% *} (${shared##* } reports); held by two: $pair"

"$bin" serve > server.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$PORT"

report() { # name, wrk output
  local p50 p99 rps non2xx
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$2"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$2")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$2"); non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$2")
  [ -n "$p50" ] || { echo "$1: wrk failed: $2"; return 0; }
  printf '%-34s p50 %-9s p99 %-9s %8s req/s  non-2xx %s\n' "$1" "$p50" "$p99" "$rps" "${non2xx:-0}"
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
page() { # name, value
  printf 'wrk.method = "POST"\nwrk.path = "/en/check"\nwrk.body = "value=%s"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n' \
    "$(enc "$2")" > check.lua
  curl -s -X POST --data-urlencode "value=$2" "$base/en/check" | grep -o '<h2 id="result-title">[^<]*' | sed 's/.*>/  answer: /'
  report "page: $1" "$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -s check.lua "$base" 2>&1 || true)"
}
api() { # name, value
  local path="/api/v1/check?value=$(enc "$2")"
  report "api: $1" "$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$base$path" 2>&1 || true)"
}
for which in "most shared|${shared% *}" "held by two|$pair" "nobody's|TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"; do
  page "${which%%|*}" "${which#*|}"
  api "${which%%|*}" "${which#*|}"
done
