#!/usr/bin/env bash
# The read-only API against its own OpenAPI document: the debug binary
# serves a throw-away SQLite database with demo reports, an API token of
# the Estonian police is made on the command line, and schemathesis
# (version in .ci/requirements-api.txt) runs every check on every
# operation. Any finding (a 5xx, an answer outside the schema, a wrong
# status or content type) fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=target/debug/fraudreport
work="$(mktemp -d)"
port="${FRAUDREPORT_CI_API_PORT:-18717}"
export FRAUDREPORT_DATABASE_URL="sqlite://$work/api.db"
export FRAUDREPORT_DATA_DIR="$work/data"
export FRAUDREPORT_MAIL_URL="file://$work/mail"
export FRAUDREPORT_BIND="127.0.0.1:$port"
export FRAUDREPORT_BASE_URL="http://127.0.0.1:$port"
export FRAUDREPORT_MAIL_WORKER=false

server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" demo seed --reports 200 >/dev/null
token="$("$bin" api-token create --authority ee-ppa --name ci --days 1)"
"$bin" serve >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
# A case of the token's authority for the operations on one case.
sleep 3
FRAUDREPORT_CI_REFERENCE="$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/cases?limit=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["cases"][0]["reference"])')"
export FRAUDREPORT_CI_REFERENCE

python3 -m venv target/venv-api
target/venv-api/bin/pip install -q -r .ci/requirements-api.txt
target/venv-api/bin/schemathesis --config-file .ci/schemathesis.toml run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks all \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}" \
  --seed 1 \
  --no-color
