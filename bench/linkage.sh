#!/usr/bin/env bash
# Linkage benchmark on generated data (issue 10's figures): the release
# binary, a database seeded with `fraudreport demo seed` (one network of
# 30,000 victims in 71 countries among unrelated operations, at a million
# reports), then
#   1. `fraudreport linkage rebuild` (clusters anew, then their summaries);
#   2. wrk against the coordinators' overview (each ranking) and the pages
#      of the largest cluster and of a small one;
#   3. exports of the newest ~100,000 cases as CSV, MISP and STIX by a
#      coordinator, with the server's peak RSS (VmHWM) after each.
#
#   REPORTS=1000000 bash bench/linkage.sh                     # SQLite
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/linkage_bench \
#     REPORTS=1000000 bash bench/linkage.sh                   # PostgreSQL (database dropped and made anew)
#   WORK=/tmp/linkage-bench KEEP=1 bash bench/linkage.sh      # reuse a seeded data folder
# BIN=path/to/fraudreport skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="${REPORTS:-100000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-8}"
EXPORT_CASES="${EXPORT_CASES:-100000}"
PORT="${PORT:-18183}"
need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need psql postgresql-client
if [ -z "${BIN:-}" ]; then cargo build --release --locked --quiet; BIN="$PWD/target/release/fraudreport"; fi
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
  /usr/bin/time -f "seeded in %e s" "$BIN" demo seed --reports "$REPORTS" > logins.txt
fi

echo "== linkage rebuild"
/usr/bin/time -f "rebuild: %e s wall, peak RSS %M KB" "$BIN" linkage rebuild 2>&1 | tail -2
echo "largest clusters (reports, countries):"
sql "SELECT cluster_id, reports, countries FROM cluster_summaries ORDER BY reports DESC LIMIT 3"

"$BIN" serve > server.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$PORT"
read -r _ _ email password key < <(grep '^coordinator ' logins.txt)
export BENCH_COOKIE; BENCH_COOKIE=$(python3 "$bench/portal_login.py" "$base" "$email" "$password" "$key")

run() { # name, path
  local name="$1" target="$2" out p50 p99 rps non2xx
  out=$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $BENCH_COOKIE" "$base$target" 2>&1) || true
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out"); non2xx=$(awk '/Non-2xx/ { print $4 }' <<<"$out")
  [ -n "$p50" ] || { echo "$name: wrk failed: $out"; return 0; }
  printf '%-34s p50 %-9s p99 %-9s %8s req/s  non-2xx %s  server peak RSS %s KB\n' "$name" "$p50" "$p99" "$rps" "${non2xx:-0}" "$(hwm)"
}
hwm() { awk '/VmHWM/ { print $2 }' "/proc/$pid/status"; }
largest=$(sql "SELECT cluster_id FROM cluster_summaries ORDER BY reports DESC LIMIT 1")
small=$(sql "SELECT cluster_id FROM cluster_summaries WHERE reports BETWEEN 5 AND 20 LIMIT 1")
echo "== overview ($CONNECTIONS connections)"
run "overview by victims" "/portal/overview"
run "overview by countries" "/portal/overview?rank=countries"
run "overview by loss (EUR)" "/portal/overview?rank=loss&currency=EUR"
run "largest cluster's page" "/portal/overview/clusters/$largest"
run "a small cluster's page" "/portal/overview/clusters/$small"

echo "== exports of the newest $EXPORT_CASES cases (coordinator)"
since=$(sql "SELECT substr(CAST(created_at AS TEXT), 1, 10) FROM reports ORDER BY created_at DESC LIMIT 1 OFFSET $EXPORT_CASES")
# A fresh server, so that its peak is the exports' own.
kill "$pid"; wait "$pid" 2>/dev/null || true
"$BIN" serve > server.log 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
echo "server peak RSS after a restart: $(hwm) KB"
for ext in csv misp.json stix.json; do
  start=$(date +%s.%N)
  bytes=$(curl -s -H "Cookie: $BENCH_COOKIE" "$base/portal/cases.$ext?from=$since" -o "export.$ext" -w '%{size_download}')
  end=$(date +%s.%N)
  printf '%-10s %10s bytes in %6.1f s; server peak RSS %s KB\n' "$ext" "$bytes" "$(echo "$end - $start" | bc)" "$(hwm)"
done
echo "cases in the CSV: $(($(wc -l < export.csv) - 1))"
