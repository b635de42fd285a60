#!/usr/bin/env bash
# Starts the built app the way docker/Dockerfile's image does, without Docker: a staging /app with
# only dist/, prisma/, package.json and production node_modules (npm prune --omit=dev, as the
# build stage does), run by an unprivileged user with CMD `node dist/apps/api/main.js`. Checks
#   1. against PostgreSQL through DATABASE_URL (compose, Helm): the operator command
#      `node dist/apps/api/main.js tenant:create NAME` gives the first key, REST answers on
#      PORT and real kubectl reaches the facade on HTTPS_PORT with the kubeconfig the API serves;
#   2. with no DATABASE_URL: the embedded PostgreSQL starts as that unprivileged user.
# Needs the PostgreSQL at 127.0.0.1:5432 (or ADMIN_DATABASE_URL) to create a scratch database.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
admin_url="${ADMIN_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

node scripts/build-if-stale.cjs
stage=$(mktemp -d)
chmod 755 "$stage" # the image's /app: root-owned, readable by all
database="kns_image_$$"
pid=
stop_app() {
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "image: the app did not stop on SIGTERM"
    kill -KILL "$pid"
    exit 1
  fi
  pid=
}
cleanup() {
  stop_app
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$stage"
}
trap cleanup EXIT

# The image's layout. Hard links make the copy of node_modules cheap; pruning unlinks only the copy.
cp -r dist prisma package.json package-lock.json "$stage/"
cp -al node_modules "$stage/node_modules"
# npm rewrites its hidden lockfile in place: give the copy its own, or the prune would reach ours.
rm "$stage/node_modules/.package-lock.json"
cp node_modules/.package-lock.json "$stage/node_modules/"
(cd "$stage" && npm prune --omit=dev --no-audit --no-fund --ignore-scripts >"$stage/prune.log" 2>&1) || { cat "$stage/prune.log"; exit 1; }
rm "$stage/package-lock.json"
[ ! -e "$stage/node_modules/@swc-node/register" ] || { echo "image: dev dependencies survived the prune"; exit 1; }
mkdir "$stage/data"

# The image's USER: any unprivileged account (the image has "node"; here "nobody" when root).
as_user=()
if [ "$(id -u)" = 0 ]; then
  chown nobody "$stage/data"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
free_port() { node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})"; }
port=$(free_port)
https_port=$(free_port)
image_env() { # the image's ENV and nothing else from this shell
  echo PATH="$PATH" NODE_ENV=production HOST=127.0.0.1 PORT="$port" HTTPS_PORT="$https_port" \
    DATA_DIR="$stage/data" PUBLIC_HOST=localhost
}
run_image() { # VAR=value... command — in /app, as the image's user
  # shellcheck disable=SC2046
  (cd "$stage" && exec "${as_user[@]}" env -i $(image_env) "$@")
}
start_app() { # VAR=value...
  # One subshell that execs into node, so $pid is the app itself and stop_app reaches it.
  # shellcheck disable=SC2046
  (cd "$stage" && exec "${as_user[@]}" env -i $(image_env) "$@" node dist/apps/api/main.js) \
    >"$stage/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "image: the app did not become ready"
  cat "$stage/app.log"
  exit 1
}

# 1. DATABASE_URL, no demo tenant, as in compose and the Helm chart.
psql "$admin_url" -qc "CREATE DATABASE \"$database\"" >/dev/null
db_url=$(node -e "const u=new URL(process.argv[1]);u.pathname='/'+process.argv[2];console.log(u.toString())" "$admin_url" "$database")
start_app DATABASE_URL="$db_url" CREATE_DEMO_TENANT=false
created=$(run_image DATABASE_URL="$db_url" node dist/apps/api/main.js tenant:create first 2>&1) ||
  { echo "image: tenant:create failed: $created"; exit 1; }
key=$(grep -o 'kns_[A-Za-z0-9_-]*' <<<"$created" | head -n1)
cluster=$(curl -fs -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"name":"image"}' "http://127.0.0.1:$port/v1/clusters" | node -pe 'JSON.parse(require("fs").readFileSync(0)).id')
curl -fs -H "Authorization: Bearer $key" "http://127.0.0.1:$port/v1/clusters/$cluster/kubeconfig" >"$stage/kubeconfig"
kubectl --kubeconfig "$stage/kubeconfig" get namespace kube-system >/dev/null ||
  { echo "image: kubectl could not reach the facade on $https_port"; cat "$stage/app.log"; exit 1; }
stop_app

# 2. No DATABASE_URL: the embedded PostgreSQL, run by the unprivileged user itself.
port=$(free_port)
https_port=$(free_port)
start_app CREATE_DEMO_TENANT=true
demo_key=$(cat "$stage/data/demo-api-key")
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $demo_key" -H 'Content-Type: application/json' \
  -d '{"name":"embedded"}' "http://127.0.0.1:$port/v1/clusters")
[ "$code" = 201 ] || { echo "image: POST /v1/clusters on the embedded database answered $code"; cat "$stage/app.log"; exit 1; }
# SIGTERM (docker stop, a pod's termination) stops the embedded server with the app.
stop_app
# (it finishes its shutdown checkpoint on its own after the app has exited)
for _ in $(seq 1 40); do pgrep -f "$stage/data/pg" >/dev/null || break; sleep 0.5; done
! pgrep -f "$stage/data/pg" >/dev/null || { echo "image: the embedded PostgreSQL outlived the app"; exit 1; }

echo "image: the pruned bundle served REST, kubectl over HTTPS and tenant:create as $( [ ${#as_user[@]} -gt 0 ] && echo nobody || id -un ), with DATABASE_URL and with the embedded PostgreSQL"
