#!/usr/bin/env bash
# Portal benchmark on generated data: the release binary, a database seeded
# with `fraudreport demo seed`, a demo officer of the authority with the
# most cases logged in, and wrk against the queue (first page and each
# filter), indicator search, case pages, the login, and the public form
# during a flood of wrong logins.
#
#   REPORTS=1000000 bash bench/portal.sh                      # SQLite
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \
#     REPORTS=1000000 bash bench/portal.sh                    # PostgreSQL (database dropped and made anew)
#   WORK=/tmp/portal-bench KEEP=1 bash bench/portal.sh        # reuse a seeded data folder
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="${REPORTS:-100000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-8}"
PORT="${PORT:-18182}"
need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need psql postgresql-client
cargo build --release --locked --quiet
bin="$PWD/target/release/fraudreport"
bench="$PWD/bench"
WORK="${WORK:-$(mktemp -d)}"
mkdir -p "$WORK" && cd "$WORK"
export FRAUDREPORT_DATA_DIR="$WORK/data" FRAUDREPORT_LOG=warn FRAUDREPORT_SUBMIT_RATE_LIMIT=0 \
  FRAUDREPORT_BIND="127.0.0.1:$PORT" FRAUDREPORT_MAIL_WORKER=false FRAUDREPORT_TRUSTED_PROXIES=127.0.0.1 \
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
authority=$(sql "SELECT authority_id FROM reports WHERE authority_id IS NOT NULL GROUP BY authority_id ORDER BY count(*) DESC LIMIT 1")
cases=$(sql "SELECT count(*) FROM reports WHERE authority_id = '$authority'")
read -r _ _ email password key < <(grep " $authority " logins.txt)
echo "authority $authority: $cases cases; officer $email"

"$bin" serve > server.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$PORT"
export BENCH_COOKIE; BENCH_COOKIE=$(python3 "$bench/portal_login.py" "$base" "$email" "$password" "$key")

run() { # name, path or lua script
  local name="$1" target="$2"
  if [[ "$target" == *.lua ]]; then
    out=$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$target" "$base" 2>&1) || true
  else
    out=$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $BENCH_COOKIE" "$base$target" 2>&1) || true
  fi
  local p50 p99 rps non2xx
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out"); non2xx=$(awk '/Non-2xx/ { print $4 }' <<<"$out")
  [ -n "$p50" ] || { echo "$name: wrk failed: $out"; return 0; }
  printf '%-34s p50 %-9s p99 %-9s %8s req/s  non-2xx %s\n' "$name" "$p50" "$p99" "$rps" "${non2xx:-0}"
}
platform=$(sql "SELECT platform_name FROM reports WHERE authority_id = '$authority' AND platform_name IS NOT NULL LIMIT 1")
wallet=$(sql "SELECT i.typed FROM indicators i JOIN reports r ON r.id = i.report_id WHERE r.authority_id = '$authority' AND i.kind LIKE 'wallet%' LIMIT 1")
iban=$(sql "SELECT i.typed FROM indicators i JOIN reports r ON r.id = i.report_id WHERE r.authority_id = '$authority' AND i.kind = 'iban' ORDER BY r.id DESC LIMIT 1")
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
echo "== queue (first page and each filter)"
run "first page" "/portal/cases"
run "status=in_review" "/portal/cases?status=in_review"
run "received in March 2026" "/portal/cases?from=2026-03-01&until=2026-03-31"
run "country" "/portal/cases?country=$(sql "SELECT residence_country FROM reports WHERE authority_id = '$authority' LIMIT 1")"
run "platform" "/portal/cases?platform=$(enc "$platform")"
run "loss at least 10000 EUR" "/portal/cases?loss=10000&currency=EUR"
run "recovery approach reported" "/portal/cases?recovery=yes"
run "payment method crypto" "/portal/cases?method=crypto"
run "victim's language" "/portal/cases?lang=en"
echo "== indicator search"
run "wallet as typed" "/portal/cases?q=$(enc "$wallet")"
run "IBAN with spaces" "/portal/cases?q=$(enc "$(sed 's/.\{4\}/& /g' <<<"$iban")")"
echo "== case pages (1,000 different cases)"
export BENCH_REFS="$WORK/refs.txt"
sql "SELECT reference FROM reports WHERE authority_id = '$authority' ORDER BY id DESC LIMIT 1000" > "$BENCH_REFS"
run "case page" "$bench/portal_refs.lua"
echo "== login (password step, right password, one at a time)"
curl -s -c csrf.jar "$base/portal/login" -o login.html
export BENCH_CSRF_TOKEN; BENCH_CSRF_TOKEN=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' login.html | head -1)
export BENCH_EMAIL="$email" BENCH_PASSWORD="$password"
BENCH_COOKIE="csrf=$(awk '$6 == "csrf" { print $7 }' csrf.jar)" CONNECTIONS=1 run "login (password step)" "$bench/portal_login.lua"
echo "(non-2xx above: 303 is the successful answer)"
echo "== the public form during a flood of wrong logins from many clients"
run "form page alone" "/en/report"
CONNECTIONS=32 BENCH_COOKIE="csrf=$(awk '$6 == "csrf" { print $7 }' csrf.jar)" \
  run "wrong logins (flood)" "$bench/portal_flood.lua" > flood.txt &
flood=$!
sleep 1
run "form page during the flood" "/en/report"
wait "$flood"; cat flood.txt
