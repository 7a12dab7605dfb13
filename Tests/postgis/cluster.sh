#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS cluster for the PostGIS tests: initdb + pg_ctl as the `postgres`
# user, a data and socket directory under a temporary folder, no TCP listener (socket only), trust
# authentication (nothing but the local socket can reach it).
#
#   Tests/postgis/cluster.sh start   # prints the connection string the tests read from FRONTLINE_TEST_PG
#   Tests/postgis/cluster.sh stop    # stops the server and deletes the folder
#   Tests/postgis/cluster.sh url     # prints the connection string of a running cluster
#
# FRONTLINE_PG_DIR chooses the folder (default /tmp/frontline-pg); PostgreSQL refuses to run as root,
# so when run as root the folder is handed to `postgres` and the commands run as that user.
set -euo pipefail

DIR="${FRONTLINE_PG_DIR:-/tmp/frontline-pg}"
DB=frontline_test
PGUSER_NAME=postgres

bindir() {
    local pgc
    pgc=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$pgc" ] && [ -x "$pgc/initdb" ]; then echo "$pgc"; return; fi
    if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
    echo "cluster.sh: initdb not found; install postgresql and postgis (apt-get install -y postgresql postgis)" >&2
    exit 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_NAME" -- "$@"; else "$@"; fi
}

url() { echo "host=$DIR/socket dbname=$DB user=$(owner_name)"; }
owner_name() { if [ "$(id -u)" = 0 ]; then echo "$PGUSER_NAME"; else id -un; fi; }

start() {
    local bin; bin=$(bindir)
    if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        url; return
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR/socket"
    [ "$(id -u)" = 0 ] && chown -R "$PGUSER_NAME:" "$DIR"
    as_owner "$bin/initdb" -D "$DIR/data" -U "$(owner_name)" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    # listen_addresses='' : no TCP at all; the socket lives in our folder, not /var/run/postgresql.
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-c listen_addresses='' -c unix_socket_directories='$DIR/socket' -c fsync=off" start >/dev/null \
        || { cat "$DIR/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$DIR/socket" -U "$(owner_name)" "$DB"
    as_owner "$bin/psql" -X -q -h "$DIR/socket" -U "$(owner_name)" -d "$DB" -v ON_ERROR_STOP=1 \
        -c "CREATE EXTENSION postgis" >/dev/null \
        || { echo "cluster.sh: CREATE EXTENSION postgis failed; install postgis (apt-get install -y postgis)" >&2; stop; exit 1; }
    url
}

stop() {
    local bin; bin=$(bindir)
    if [ -d "$DIR/data" ]; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
