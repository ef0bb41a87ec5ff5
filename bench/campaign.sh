#!/usr/bin/env bash
# Campaign benchmark: a campaign alert to 30,000 victims in nine languages,
# drained by the outbox worker into a local SMTP sink (see bench/campaign.rs).
#
#   bash bench/campaign.sh
#   VICTIMS=5000 CONCURRENCY=16 bash bench/campaign.sh
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench bash bench/campaign.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  # A fresh database each run.
  admin="${BENCH_DATABASE_URL%/*}/postgres"
  name="${BENCH_DATABASE_URL##*/}"
  psql -q "$admin" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
fi
cargo run --release --locked --quiet --example campaign-bench
