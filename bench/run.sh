#!/usr/bin/env bash
# Intake benchmark: the release binary on the embedded defaults (SQLite,
# synchronous=FULL, .eml mail folder) in a fresh data folder, driven by wrk
# with valid submissions at 64 connections for a bounded time.
#
#   bash bench/run.sh            # 30 s, 64 connections, outbox worker on (as deployed)
#   DURATION=60s CONNECTIONS=128 bash bench/run.sh
#   MAIL_WORKER=false bash bench/run.sh   # intake alone, receipts left queued
#   LINKAGE=both bash bench/run.sh        # twice, fresh each time: linking at intake on, then off
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/intake_bench bash bench/run.sh
#                                         # on PostgreSQL (the database is dropped and made anew each run)
#   FROM=/path/to/data bash bench/run.sh  # SQLite: each run starts from a copy of this data folder
#                                         # (e.g. a million demo reports, seeded and rebuilt once)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18181}"
MAIL_WORKER="${MAIL_WORKER:-true}"
IDS_DURATION="${IDS_DURATION:-40s}"
LINKAGE="${LINKAGE:-true}"

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need psql postgresql-client
# One SQL statement against the run's database, unaligned.
sql() {
  if [ -n "${DATABASE_URL:-}" ]; then psql -qAtX "$DATABASE_URL" -c "$1"; else sqlite3 data/fraudreport.db "$1"; fi
}
cargo build --release --locked --quiet
bin="$PWD/target/release/fraudreport"

intake() { # linking at intake: true or false
  work=$(mktemp -d)
  trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
  cd "$work"
  if [ -n "${DATABASE_URL:-}" ]; then
    admin="${DATABASE_URL%/*}/postgres"; name="${DATABASE_URL##*/}"
    psql -qAtX "$admin" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
    export FRAUDREPORT_DATABASE_URL="$DATABASE_URL"
    # PostgreSQL nodes share their keys through the settings.
    export FRAUDREPORT_SECRET_KEY="${FRAUDREPORT_SECRET_KEY:-intake-bench-secret-key-intake-bench-secret}"
    export FRAUDREPORT_DATA_KEY="${FRAUDREPORT_DATA_KEY:-000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f}"
  fi
  if [ -n "${FROM:-}" ]; then
    echo "copying $FROM"
    cp -a "$FROM" data
  fi
  FRAUDREPORT_BIND="127.0.0.1:$PORT" FRAUDREPORT_SUBMIT_RATE_LIMIT=0 FRAUDREPORT_LOG=warn \
    FRAUDREPORT_MAIL_WORKER="$MAIL_WORKER" FRAUDREPORT_LINKAGE_AT_INTAKE="$1" \
    "$bin" serve >server.log 2>&1 &
  pid=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

  curl -s -c jar "http://127.0.0.1:$PORT/en/report" -o form.html
  export BENCH_CSRF_COOKIE=$(awk '$6 == "csrf" { print $7 }' jar)
  export BENCH_CSRF_TOKEN=$(grep -o 'name="csrf_token" value="[^"]*"' form.html | sed 's/.*value="//; s/"$//')
  [ -n "$BENCH_CSRF_COOKIE" ] && [ -n "$BENCH_CSRF_TOKEN" ] || { echo "could not read the CSRF token"; exit 1; }

  # Submission ids are minted per browser cookie: collect enough first.
  export BENCH_IDS_DIR="$work/ids"; mkdir -p "$BENCH_IDS_DIR"
  echo "collecting submission ids (wrk GET /en/report for $IDS_DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$IDS_DURATION" -s "$OLDPWD/bench/ids.lua" "http://127.0.0.1:$PORT" >/dev/null
  echo "ids collected   $(cat "$BENCH_IDS_DIR"/ids.* | wc -l)"

  echo "mail worker: $MAIL_WORKER; linking at intake: $1"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, POST /en/report (valid reports, 2 payments, 8 indicators, 1 outbox row each)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OLDPWD/bench/submit.lua" "http://127.0.0.1:$PORT" | tail -n 6
  if [ "$1" = true ]; then
    # Linking follows intake: how far behind it was when the load stopped.
    queued() { sql 'SELECT COUNT(*) FROM link_queue'; }
    left=$(queued); started=$(date +%s.%N)
    while [ "$(queued)" != 0 ]; do sleep 0.05; done
    if [ "$left" = 0 ]; then echo "link queue      empty when the load stopped"
    else echo "link queue      $left reports when the load stopped, all linked $(echo "$(date +%s.%N) - $started" | bc) s later"; fi
  fi
  echo "server peak RSS $(awk '/VmHWM/ { printf "%.1f MB", $2 / 1024 }' /proc/$pid/status)"
  if [ -z "${DATABASE_URL:-}" ]; then
    echo "database        $(du -m data/fraudreport.db | cut -f1) MB, WAL $(du -m data/fraudreport.db-wal | cut -f1) MB"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "reports stored  $(sql 'SELECT COUNT(*) FROM reports') (should equal the requests answered 303)"
  echo "outbox          $(sql "SELECT state || ' ' || COUNT(*) FROM outbox GROUP BY state" | paste -sd, -) (receipts written as .eml by the worker during the run)"
  echo "linked          $(sql "SELECT COUNT(*) || ' clusters of two reports or more, holding ' || COALESCE(SUM(reports), 0) || ' reports' FROM clusters WHERE reports > 1")"
  cd "$OLDPWD"; rm -rf "$work"; trap - EXIT
}

case "$LINKAGE" in
  both) intake true; echo; intake false ;;
  *) intake "$LINKAGE" ;;
esac
