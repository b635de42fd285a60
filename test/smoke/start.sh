#!/usr/bin/env bash
# Runs the README's first command the way a newcomer would (no DATABASE_URL: embedded PostgreSQL)
# and checks the service answers with the demo key it printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
# As root, embedded PostgreSQL runs as the postgres user, which must be able to enter the directory.
chmod 755 "$work"
set -m
port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
log="$work/start.log"
( env -u DATABASE_URL PORT="$port" HTTPS_PORT=0 DATA_DIR="$work/data" npm start >"$log" 2>&1 ) &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; pkill -f "$work/data" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/readyz" || { cat "$log"; exit 1; }
key=$(cat "$work/data/demo-api-key")
grep -q "$key" "$log" || { echo "the demo key was not printed"; cat "$log"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"name":"smoke"}' "http://127.0.0.1:$port/v1/clusters")
[ "$code" = 201 ] || { echo "POST /v1/clusters answered $code"; cat "$log"; exit 1; }
echo "smoke: npm start served on port $port with the embedded PostgreSQL and the demo key"
