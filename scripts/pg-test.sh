#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server-mode tests and for a demo, on loopback only:
#   scripts/pg-test.sh start   initdb (first time) in $PLANS_PG_DIR and start postgres; prints the connection string
#   scripts/pg-test.sh env     prints `export PLANS_TEST_PG=...` for the running cluster
#   scripts/pg-test.sh stop    stops it and deletes the cluster folder
# PostgreSQL refuses to run as root, so under root the cluster belongs to the Debian `postgres` user
# (created by the `postgresql` package, which scripts/ensure-deps.sh installs).
# Authentication is `trust` on 127.0.0.1 only: a test cluster, never a production one.
set -euo pipefail

dir=${PLANS_PG_DIR:-${TMPDIR:-/tmp}/plans-pg-test}
port=${PLANS_PG_PORT:-55432}
user=plans
connection="Host=127.0.0.1;Port=${port};Username=${user};Database=plans;Pooling=true;Maximum Pool Size=40"

bindir=""
for candidate in "$(command -v pg_config >/dev/null 2>&1 && pg_config --bindir || true)" /usr/lib/postgresql/*/bin; do
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then bindir=$candidate; fi
done
if [ -z "$bindir" ]; then
  echo "pg-test: PostgreSQL is not installed (Debian: postgresql; scripts/ensure-deps.sh installs it)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off" start >/dev/null \
      || { cat "$dir/postgres.log" >&2; exit 1; }
  fi
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='plans'" | grep -q 1 \
    || as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" plans
  echo "$connection"
}

stop() {
  if [ -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "export PLANS_TEST_PG=\"$connection\"" ;;
  *) echo "usage: scripts/pg-test.sh start|stop|env" >&2; exit 2 ;;
esac
