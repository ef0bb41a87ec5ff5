#!/usr/bin/env bash
# Faults under load: the release binary driven by wrk while its database
# goes away, then comes back. Checks that victims get the form back with a
# 503 while it is away, that the service takes reports again by itself, and
# that every report answered 303 is in the database afterwards.
#
#   bash bench/faults.sh             # both scenarios
#   bash bench/faults.sh postgres    # two nodes, one PostgreSQL, restarted
#   bash bench/faults.sh sqlite      # SQLite on a small tmpfs that fills up
#   DURATION=40 WARMUP=10 OUTAGE=10 CONNECTIONS=16 bash bench/faults.sh
#   BIN=$PWD/target/debug/fraudreport bash bench/faults.sh   # no release build
#
# PostgreSQL: a throw-away cluster (initdb into a temp folder, run as the
# postgres user, trust auth, a free port), never the machine's server.
# SQLite: the data folder is a tmpfs of DISK_MB megabytes, filled with a
# file until writes fail, then freed. Needs root (mount, runuser).
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS="${1:-all}"
DURATION="${DURATION:-40}"       # seconds of load per scenario
WARMUP="${WARMUP:-10}"           # seconds of load before the fault
OUTAGE="${OUTAGE:-10}"           # seconds the fault lasts
CONNECTIONS="${CONNECTIONS:-16}" # wrk connections per node
DISK_MB="${DISK_MB:-256}"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
KEY="faults-bench-key-faults-bench-key-0123"

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
if [ -z "${BIN:-}" ]; then cargo build --release --locked --quiet; fi
bin="${BIN:-$PWD/target/release/fraudreport}" # BIN=target/debug/fraudreport for a dry run
export BENCH_DIR="$PWD/bench"

work=$(mktemp -d /tmp/fraudreport-faults.XXXXXX)
chmod 755 "$work"
nodes=()
waits=()
pg_started=""
mounted=""
cleanup() {
  for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -n "$pg_started" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true
  [ -n "$mounted" ] && [ -z "${KEEP:-}" ] && umount "$mounted" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_node DIR PORT [VAR=value …]: one node, in its own folder.
start_node() {
  local dir=$1 port=$2; shift 2
  mkdir -p "$dir"
  (cd "$dir" && exec env FRAUDREPORT_BIND="127.0.0.1:$port" FRAUDREPORT_SUBMIT_RATE_LIMIT=0 \
    FRAUDREPORT_LOG=warn FRAUDREPORT_SECRET_KEY="$KEY" "$@" "$bin" serve >server.log 2>&1) &
  nodes+=($!)
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.1; done
  echo "node on $port did not start"; cat "$dir/server.log"; exit 1
}

# load DIR PORT: wrk in the background for DURATION, acknowledged secrets in DIR.
load() {
  local dir=$1 port=$2
  curl -s -c "$dir/jar" "http://127.0.0.1:$port/en/report" -o "$dir/form.html"
  BENCH_CSRF_COOKIE=$(awk '$6 == "csrf" { print $7 }' "$dir/jar") \
  BENCH_CSRF_TOKEN=$(grep -o 'name="csrf_token" value="[^"]*"' "$dir/form.html" | sed 's/.*value="//; s/"$//') \
  FAULTS_OUT="$dir" FAULTS_SEED="$port" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 20s -s bench/faults.lua \
    "http://127.0.0.1:$port" >"$dir/wrk.out" 2>&1 &
  waits+=($!)
}

# The report a probing victim types (as in bench/submit.lua).
FIELDS="contact_phone=%2B372+5123+4567&residence_country=EE&first_contact_channel=social-media\
&first_contact_date=2024-03-31&platform_name=Crypto-Trade+Pro\
&websites=https%3A%2F%2Fwww.trade-example.com%0D%0Atrade-example.net&caller_names=Anna+Smith\
&scam_phones=%2B44+20+7946+0000&scam_emails=support%40trade-example.com&remote_access=yes\
&payment-0-date=2024-04-02&payment-0-amount=1500%2C50&payment-0-currency=EUR&payment-0-method=bank-transfer\
&payment-0-destination=DE89+3704+0044+0532+0130+00&payment-1-date=2024-04-20&payment-1-amount=2500\
&payment-1-currency=EUR&payment-1-method=crypto&payment-1-destination=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\
&recovery_approach=no&story=Probe+story+kept+as+typed&consent_authority=yes&consent_warnings=yes"

# probe_open DIR PORT: a victim opens the form (no database needed).
probe_open() {
  curl -s -c "$1/probe.jar" -b "$1/probe.jar" "http://127.0.0.1:$2/en/report" -o "$1/probe.html"
}
hidden() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$2" | head -1 | sed 's/.*value="//; s/"$//'; }

# probe_send DIR PORT: sends the form last shown (keeping its submission id,
# as a browser does); prints the status; the page or receipt stays in DIR.
probe_send() {
  local dir=$1 port=$2 token id
  token=$(hidden csrf_token "$dir/probe.html"); id=$(hidden submission_id "$dir/probe.html")
  echo "$id" >"$dir/probe.id"
  curl -s -b "$dir/probe.jar" -o "$dir/probe.out" -D "$dir/probe.headers" -w '%{http_code}' \
    --data "$FIELDS&contact_email=probe-$port%40example.org&csrf_token=$token&submission_id=$id" \
    "http://127.0.0.1:$port/en/report"
}

# probe_down DIR PORT: during the fault, the victim gets 503, the banner and
# everything typed back, with the same submission id.
probe_down() {
  local dir=$1 port=$2 status
  probe_open "$dir" "$port"
  for _ in $(seq 1 $((OUTAGE * 10))); do
    status=$(probe_send "$dir" "$port")
    [ "$status" = 503 ] && break
    probe_open "$dir" "$port"; sleep 0.1
  done
  local kept=no
  grep -q 'our database is briefly unavailable' "$dir/probe.out" && grep -q 'Probe story kept as typed' "$dir/probe.out" \
    && grep -q 'value="1500,50"' "$dir/probe.out" && [ "$(hidden submission_id "$dir/probe.out")" = "$(cat "$dir/probe.id")" ] && kept=yes
  cp "$dir/probe.out" "$dir/probe.html"
  echo "  $(basename "$dir"): while down a victim got $status, banner + typed form + same submission id kept: $kept"
}

# probe_up DIR PORT SINCE_MS: the same victim presses "send" again every
# 100 ms until answered 303; prints how long after SINCE_MS that was.
probe_up() {
  local dir=$1 port=$2 since=$3 status
  for _ in $(seq 1 600); do
    status=$(probe_send "$dir" "$port")
    if [ "$status" = 303 ]; then
      grep -io '^location: .*' "$dir/probe.headers" | tr -d '\r' | sed 's#.*/case/##' >>"$dir/acked.probe"
      echo "  $(basename "$dir"): first 303 $(( $(now_ms) - since )) ms after the fault ended"
      return
    fi
    [ "$status" = 503 ] && cp "$dir/probe.out" "$dir/probe.html"
    sleep 0.1
  done
  echo "  $(basename "$dir"): NOT RECOVERED within 60 s (last status $status)"
}

# summary DIR MISSING_CMD: wrk's figures and the acknowledged reports missing.
summary() {
  local dir=$1 acked=$2 missing=$3
  echo "  $(basename "$dir"): $(grep statuses "$dir/wrk.out" | sed 's/statuses *//'), $(grep 'socket errors' "$dir/wrk.out" | sed 's/ *  */ /g')"
  echo "  $(basename "$dir"): distinct reports answered 303 $acked, of those missing from the database: $missing"
}

check_pg() {
  local psql=(psql -X -q -t -A -h 127.0.0.1 -p "$pgport" -U postgres -d fraudreport)
  echo "results:"
  for n in node1 node2; do
    sort -u "$work/$n"/acked.* >"$work/$n.acked"
    read -r acked missing < <("${psql[@]}" -F ' ' <<SQL
CREATE TEMP TABLE acked (secret text);
\\copy acked FROM '$work/$n.acked'
SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM reports r
  WHERE r.followup_key = substring(sha256(convert_to(a.secret, 'UTF8')) FROM 1 FOR 16))) FROM acked a;
SQL
)
    summary "$work/$n" "$acked" "$missing"
  done
  echo "  reports stored: $("${psql[@]}" -c 'SELECT count(*) FROM reports')," \
    "half-written (not 2 payments, no indicators or no outbox row): $("${psql[@]}" -c "$HALF")"
}

HALF="SELECT count(*) FROM reports r WHERE (SELECT count(*) FROM payments p WHERE p.report_id = r.id) <> 2
  OR NOT EXISTS (SELECT 1 FROM indicators i WHERE i.report_id = r.id)
  OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.report_id = r.id)"

postgres_restart() {
  pgport=$(free_port)
  mkdir -p "$work/pg" "$work/pgsock" && chown postgres "$work/pg" "$work/pgsock"
  runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
  pgctl() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" "$@" >/dev/null; }
  pgctl -o "-p $pgport -k $work/pgsock -c listen_addresses=127.0.0.1" -w start
  pg_started=yes
  psql -X -q -h 127.0.0.1 -p "$pgport" -U postgres -c 'CREATE DATABASE fraudreport'
  local url="postgres://postgres@127.0.0.1:$pgport/fraudreport" p1 p2
  p1=$(free_port); p2=$(free_port)
  start_node "$work/node1" "$p1" FRAUDREPORT_DATABASE_URL="$url"
  start_node "$work/node2" "$p2" FRAUDREPORT_DATABASE_URL="$url"
  echo "== PostgreSQL restarted under load: two nodes, $CONNECTIONS connections each, ${DURATION}s; restart after ${WARMUP}s, down ${OUTAGE}s"
  load "$work/node1" "$p1"; load "$work/node2" "$p2"
  sleep "$WARMUP"
  local down up
  down=$(now_ms)
  pgctl -m fast -w stop
  echo "  server stopped (-m fast) in $(( $(now_ms) - down )) ms"
  probe_down "$work/node1" "$p1"
  probe_down "$work/node2" "$p2"
  sleep "$(( OUTAGE - ($(now_ms) - down) / 1000 ))" 2>/dev/null || true
  local starting
  starting=$(now_ms)
  pgctl -o "-p $pgport -k $work/pgsock -c listen_addresses=127.0.0.1" -w start
  up=$(now_ms)
  echo "  server started in $(( up - starting )) ms;" \
    "database unavailable for $(( up - down )) ms (stop issued → start finished)"
  probe_up "$work/node1" "$p1" "$up" & waits+=($!)
  probe_up "$work/node2" "$p2" "$up" & waits+=($!)
  wait_load
  check_pg
}

# wait_load: until every wrk and probe in the background has finished.
wait_load() { for p in "${waits[@]}"; do wait "$p" || true; done; waits=(); }

sqlite_full_disk() {
  local dir="$work/sqlite" port
  mkdir -p "$dir/data"
  mount -t tmpfs -o "size=${DISK_MB}m" tmpfs "$dir/data"
  mounted="$dir/data"
  port=$(free_port)
  # The .eml mail folder lives elsewhere: on the same small disk, the receipts
  # queued while it was full take the space back as soon as it is freed.
  start_node "$dir" "$port" FRAUDREPORT_MAIL_URL="file://$dir/mail"
  echo "== SQLite data folder full under load: one node, $CONNECTIONS connections, ${DURATION}s; a ${DISK_MB} MB tmpfs filled after ${WARMUP}s for ${OUTAGE}s"
  load "$dir" "$port"
  sleep "$WARMUP"
  local full freed
  full=$(now_ms)
  dd if=/dev/zero of="$dir/data/filler" bs=64k 2>/dev/null || true
  echo "  data folder full ($(df -m --output=avail "$dir/data" | tail -1 | tr -d ' ') MB left)"
  probe_down "$dir" "$port"
  sleep "$(( OUTAGE - ($(now_ms) - full) / 1000 ))" 2>/dev/null || true
  rm -f "$dir/data/filler"
  freed=$(now_ms)
  echo "  no space for $(( freed - full )) ms"
  probe_up "$dir" "$port" "$freed" & waits+=($!)
  wait_load
  kill "${nodes[-1]}"; wait "${nodes[-1]}" 2>/dev/null || true
  sort -u "$dir"/acked.* >"$work/sqlite.acked"
  read -r acked missing < <(python3 - "$dir/data/fraudreport.db" "$work/sqlite.acked" <<'PY'
import hashlib, sqlite3, sys
keys = {bytes(k) for (k,) in sqlite3.connect(sys.argv[1]).execute("SELECT followup_key FROM reports")}
acked = [line.strip() for line in open(sys.argv[2]) if line.strip()]
print(len(acked), sum(hashlib.sha256(s.encode()).digest()[:16] not in keys for s in acked))
PY
)
  echo "results:"
  summary "$dir" "$acked" "$missing"
  echo "  reports stored: $(sqlite3 "$dir/data/fraudreport.db" 'SELECT count(*) FROM reports')," \
    "half-written: $(sqlite3 "$dir/data/fraudreport.db" "$HALF")," \
    "integrity_check: $(sqlite3 "$dir/data/fraudreport.db" 'PRAGMA integrity_check')"
  grep -c 'database or disk is full' "$dir/server.log" | sed 's/^/  "database or disk is full" in the log: /'
}

case "$SCENARIOS" in
  postgres) postgres_restart ;;
  sqlite) sqlite_full_disk ;;
  all) postgres_restart; sqlite_full_disk ;;
  *) echo "usage: bash bench/faults.sh [postgres|sqlite|all]"; exit 2 ;;
esac
