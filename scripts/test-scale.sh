#!/usr/bin/env bash
# npm run test:scale: PostgreSQL and Redis in a temporary folder on random loopback ports, two app
# instances (dist/src/main.js) started together against them, then the cross-instance tests
# (test/scale, jest.scale.config.js) and the core e2e suites on PostgreSQL. Everything it started
# is stopped on exit, passed or failed. Needs Debian's postgresql and redis-server packages.
#   SCALE_SKIP_BUILD=1   use the dist/ already built
#   SCALE_SKIP_E2E=1     only the cross-instance tests
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rostrum-scale.XXXXXX")
chmod 755 "$WORK" # the unprivileged PostgreSQL user must reach its folder inside
PIDS=()
PG_DATA="$WORK/pg/data"
PG_STARTED=""

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || ! command -v redis-server >/dev/null; then
  echo "test:scale needs PostgreSQL and Redis: apt-get install postgresql redis-server" >&2
  exit 1
fi

# initdb refuses to run as root: as root, run PostgreSQL as the postgres user (or nobody).
if [ "$(id -u)" = 0 ]; then
  PG_USER=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
  as_pg() { runuser -u "$PG_USER" -- "$@"; }
else
  PG_USER=$(id -un)
  as_pg() { "$@"; }
fi

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_STARTED" ]; then as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true; fi
  if [ "$status" != 0 ]; then
    for log in "$WORK"/*.log "$WORK"/pg/postgres.log; do
      [ -f "$log" ] && { echo "--- last lines of $log"; tail -n 30 "$log"; } >&2
    done
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

wait_for() { # name, command...: retries for 60 s
  local name=$1
  shift
  for _ in $(seq 1 300); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "$name did not come up in 60 s" >&2
  return 1
}

http_ok() { node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$1"; }

PG_PORT=$(free_port)
REDIS_PORT=$(free_port)
PORT_A=$(free_port)
PORT_B=$(free_port)

echo "PostgreSQL on 127.0.0.1:$PG_PORT (as $PG_USER), Redis on 127.0.0.1:$REDIS_PORT"
mkdir -p "$WORK/pg"
chown "$PG_USER" "$WORK/pg"
as_pg "$PGBIN/initdb" -D "$PG_DATA" -U rostrum --auth=trust -E UTF8 >"$WORK/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
PG_STARTED=1
SERVER_URL="postgres://rostrum@127.0.0.1:$PG_PORT"
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U rostrum rostrum

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
PIDS+=($!)
wait_for Redis redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping

if [ -z "${SCALE_SKIP_BUILD:-}" ]; then npm run build; fi

export SCALE_DATABASE_URL="$SERVER_URL/rostrum"
export SCALE_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
export SCALE_JWT_SECRET=$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")
export SCALE_ADMIN_USERNAME=officer
export SCALE_ADMIN_PASSWORD="scale-test-$(node -e "console.log(require('crypto').randomBytes(8).toString('hex'))")"
export SCALE_WORK_DIR="$WORK"
export SCALE_URL_A="http://127.0.0.1:$PORT_A"
export SCALE_URL_B="http://127.0.0.1:$PORT_B"

start_instance() { # name, port
  mkdir -p "$WORK/$1"
  PORT=$2 HOST=127.0.0.1 DATABASE_URL="$SCALE_DATABASE_URL" REDIS_URL="$SCALE_REDIS_URL" JWT_SECRET="$SCALE_JWT_SECRET" \
    DATABASE_PATH="$WORK/$1/unused.sqlite" ADMIN_USERNAME="$SCALE_ADMIN_USERNAME" ADMIN_PASSWORD="$SCALE_ADMIN_PASSWORD" \
    TRUST_PROXY=loopback LIVE_CONNECTIONS_PER_ADDRESS=100000 node dist/src/main.js >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
# Both at once on the empty database: the startup lock lets one migrate and seed.
start_instance a "$PORT_A"
start_instance b "$PORT_B"
wait_for "instance a" http_ok "$SCALE_URL_A/api/health"
wait_for "instance b" http_ok "$SCALE_URL_B/api/health"
echo "Instances on $SCALE_URL_A and $SCALE_URL_B"

npx jest -c jest.scale.config.js --runInBand "$@"

if [ -z "${SCALE_SKIP_E2E:-}" ]; then
  # The core e2e suites again, each app on a fresh PostgreSQL database of this server.
  ROSTRUM_TEST_POSTGRES_URL="$SERVER_URL/postgres" npx jest --runInBand --selectProjects e2e \
    --testPathPattern 'test/e2e/(foundation|floor|speakers|live|presence|auth|auth-[a-z-]+|timetable-[a-z]+|audit|migrations)\.e2e-spec\.ts$'
fi
