#!/usr/bin/env bash
# Runs the README's first command the way a newcomer would — in the checkout, no DATABASE_URL
# (embedded PostgreSQL), data in the default .data — and checks that the service answers with the
# demo key it printed, that `npm run tenant:create` works beside the running service, and that a
# restart reuses the build and keeps the data. CI runs it as root in a clone under a directory
# only root can enter.
set -euo pipefail
cd "$(dirname "$0")/../.."
checkout=$(pwd)

# The default .data when it is not there yet (a fresh clone); else a fresh DATA_DIR inside the
# checkout, so a developer's own .data is never touched.
if [ -e .data ]; then
  data_dir="test/.tmp/smoke-$$/.data"
  data_env=(DATA_DIR="$data_dir")
else
  data_dir=.data
  data_env=()
fi
mkdir -p test/.tmp
log="$checkout/test/.tmp/smoke-$$.log"
port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
pid=

stop_service() {
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop_service
  # As root the database may live outside the checkout (see postgres-location): remove it too.
  if [ -f "$data_dir/postgres-location" ]; then
    rm -rf "$(dirname "$(head -n1 "$data_dir/postgres-location")")"
  fi
  rm -rf "$data_dir" "test/.tmp/smoke-$$" "$log"
}
trap cleanup EXIT

start_service() {
  set -m # own process group, so stop_service ends npm, node and postgres together
  (env -u DATABASE_URL -u DATA_DIR "${data_env[@]}" PORT="$port" HTTPS_PORT=0 npm start >"$log" 2>&1) &
  pid=$!
  set +m
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "smoke: the service did not become ready"
  cat "$log"
  exit 1
}

create_cluster() { # key name → HTTP status of POST /v1/clusters
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -d "{\"name\":\"$2\"}" "http://127.0.0.1:$port/v1/clusters"
}

start_service
key=$(cat "$data_dir/demo-api-key")
grep -q "$key" "$log" || { echo "smoke: the demo key was not printed"; cat "$log"; exit 1; }
code=$(create_cluster "$key" smoke)
[ "$code" = 201 ] || { echo "smoke: POST /v1/clusters answered $code"; cat "$log"; exit 1; }
# The web console: its page at / and the bundle npm start built.
for path in / /console/assets/console.js /console/assets/console.css; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
  [ "$status" = 200 ] || { echo "smoke: GET $path answered $status"; cat "$log"; exit 1; }
done

# The operator's command while the service runs: it joins the running embedded PostgreSQL.
created=$(env -u DATABASE_URL -u DATA_DIR "${data_env[@]}" npm run --silent tenant:create -- smoke-second 2>&1) ||
  { echo "smoke: tenant:create failed beside the running service: $created"; exit 1; }
second_key=$(grep -o 'kns_[A-Za-z0-9_-]*' <<<"$created" | head -n1)
[ "$(create_cluster "$second_key" second)" = 201 ] || { echo "smoke: the new tenant's key was refused"; exit 1; }

# A restart with nothing changed skips the build and finds the data again.
stop_service
start_service
grep -q 'dist/ is up to date' "$log" || { echo "smoke: the restart rebuilt"; cat "$log"; exit 1; }
[ "$(create_cluster "$second_key" after-restart)" = 201 ] || { echo "smoke: the data did not survive a restart"; cat "$log"; exit 1; }

echo "smoke: npm start served on port $port with the embedded PostgreSQL (data in $data_dir), tenant:create joined it, and a restart reused the build and the data"
