#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the test run and prints its URL (also written to $DIR/url).
# Debian's packages, no containers; installs them when missing. Idempotent: a server already running
# from a previous call is reused. Fails loudly: CI must test both backends, never silently one.
#
#   DOCKET_TEST_PG_URL=$(.ci/postgres.sh)      # then: .venv/bin/python -m pytest
#   .ci/postgres.sh stop                       # stops it and removes its data
set -euo pipefail

DIR="${DOCKET_PG_DIR:-/tmp/docket-ci-postgres}"
PORT="${DOCKET_PG_PORT:-55433}"
URL="postgresql+psycopg://docket:docket@127.0.0.1:${PORT}/docket_test"

fail() {
    echo "postgres.sh: $*" >&2
    exit 1
}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ] || [ ! -f "$(dirname "$BIN")/lib/unaccent.so" ]; then
    [ "$(id -u)" -eq 0 ] || fail "PostgreSQL is not installed and installing it needs root"
    echo "postgres.sh: installing PostgreSQL (Debian packages)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || fail "apt-get update failed"
    apt-get install -y -qq postgresql postgresql-contrib >&2 || fail "apt-get install postgresql failed"
    BIN="$(find_bin)"
    [ -n "$BIN" ] && [ -x "$BIN/initdb" ] || fail "no initdb after installing postgresql"
fi

# The server refuses to run as root: as root, run it as the packages' `postgres` user.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "${1:-}" = "stop" ]; then
    if [ -f "$DIR/data/PG_VERSION" ]; then
        as_server_user "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >&2 || true
    fi
    rm -rf "$DIR"
    exit 0
fi

# Ready means accepting connections: a server killed with its session leaves a pid file that pg_ctl may
# still read as running for a moment, and the next run must start it again rather than trust that.
if ! "$BIN/pg_isready" -q -h "$DIR" -p "$PORT" -t 3 2>/dev/null; then
    # Not answering: start from a new cluster. A server killed with its session can leave a pid file
    # that a zombie process keeps "alive", which makes pg_ctl refuse the old data directory.
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
    # Trust on a loopback-only, throw-away cluster: the password in the URL is what a team's
    # server would check; here nothing outside this machine can connect.
    as_server_user "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log" >&2
        fail "initdb failed"
    }
    # A test server: durability is not needed (a client's kill -9 is still tested; the server is not
    # killed), speed is. Enough connections for the parallel-process tests.
    cat >>"$DIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = ${PORT}
unix_socket_directories = '${DIR}'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    as_server_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start >&2 || {
        tail -n 20 "$DIR/server.log" >&2 || true
        fail "the server did not start (port ${PORT} taken? set DOCKET_PG_PORT)"
    }
fi

psql_admin() {
    PGOPTIONS="-c client_min_messages=warning" as_server_user "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres "$@"
}

# CREATEDB: the tests give each test its own database, and drop it WITH (FORCE) after; an autovacuum
# worker visiting it (a process of no role) can only be stopped with pg_signal_backend, and on a server
# of throw-away databases autovacuum has nothing to do anyway. unaccent goes into template1 so that every
# database created from it already has the extension (creating it needs rights a team user may lack).
psql_admin -d postgres >&2 <<'EOF' || fail "could not create the docket role and database"
ALTER SYSTEM SET autovacuum = off;
SELECT pg_reload_conf() \g /dev/null
SELECT 'CREATE ROLE docket LOGIN CREATEDB PASSWORD ''docket'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'docket') \gexec
GRANT pg_signal_backend TO docket;
\c template1
CREATE EXTENSION IF NOT EXISTS unaccent;
\c postgres
SELECT 'CREATE DATABASE docket_test OWNER docket'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'docket_test') \gexec
EOF

echo "$URL" >"$DIR/url"
echo "$URL"
