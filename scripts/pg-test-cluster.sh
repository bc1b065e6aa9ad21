#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into a new temporary folder, a server that
# listens only on a Unix socket in that folder (no TCP port, so parallel runs never collide), and
# the folder removed again on stop.
#
#   scripts/pg-test-cluster.sh start        prints the cluster folder
#   scripts/pg-test-cluster.sh url DIR      prints the connection URL for DIR's server
#   scripts/pg-test-cluster.sh stop DIR     stops the server and removes DIR
#   scripts/pg-test-cluster.sh crash DIR    stops the server at once, as a crash would (pg_ctl
#                                           --mode=immediate: no shutdown checkpoint, clients cut
#                                           off mid-transaction), and keeps DIR
#   scripts/pg-test-cluster.sh restart DIR  starts the server of DIR again (after crash)
#
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (the folder is
# given to it). Local connections are trusted, which is safe because only the folder's owner and
# root can reach the socket. The superuser is called `modelmarket`; tests connect as it. Members
# of the role `mm_password_login` are the exception: they must give their password (SCRAM), so
# the tests of the window's password prompt have a server that asks for one.
set -euo pipefail

pg_bin=${MODELMARKET_PG_BIN:-/usr/lib/postgresql/15/bin}
superuser=modelmarket
port=5432 # only names the socket file (.s.PGSQL.5432); nothing listens on TCP

as_server_user() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    [[ -x "$pg_bin/initdb" ]] || {
        echo "error: $pg_bin/initdb not found; run scripts/install-deps.sh (package postgresql)" >&2
        exit 1
    }
    # Short path: a Unix socket path must stay under 108 bytes.
    local dir
    dir=$(mktemp -d /tmp/mm-pg.XXXXXX)
    ((EUID == 0)) && chown postgres: "$dir"
    chmod 700 "$dir"
    if ! as_server_user "$pg_bin/initdb" --pgdata="$dir/data" --username="$superuser" \
        --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    # pg_hba.conf is read top down: the password rule goes before initdb's trust lines.
    as_server_user sh -c "{ echo 'local all +mm_password_login scram-sha-256'; \
cat '$dir/data/pg_hba.conf'; } >'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' \
'$dir/data/pg_hba.conf'"
    if ! run_server "$dir"; then
        cat "$dir/server.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    if ! as_server_user "$pg_bin/psql" --host="$dir" --port=$port --username="$superuser" \
        --dbname=postgres --quiet --no-psqlrc --command="CREATE ROLE mm_password_login NOLOGIN" \
        >"$dir/roles.log" 2>&1; then
        cat "$dir/roles.log" >&2
        as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop \
            >/dev/null 2>&1 || true
        rm -rf "$dir"
        exit 1
    fi
    echo "$dir"
}

run_server() {
    local dir=$1
    # fsync off: a test cluster is thrown away, and syncing would make every test slower.
    as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$dir' -p $port \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
}

crash() {
    local dir=$1
    [[ -d "$dir/data" ]] || { echo "error: $dir is not a test cluster folder" >&2; exit 1; }
    as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null
}

restart() {
    local dir=$1
    [[ -d "$dir/data" ]] || { echo "error: $dir is not a test cluster folder" >&2; exit 1; }
    run_server "$dir" || { cat "$dir/server.log" >&2; exit 1; }
}

url() {
    local dir=$1
    echo "postgresql://$superuser@/postgres?host=$dir&port=$port"
}

stop() {
    local dir=$1
    [[ -d "$dir/data" ]] || { echo "error: $dir is not a test cluster folder" >&2; exit 1; }
    as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop \
        >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
url) url "${2:?usage: $0 url DIR}" ;;
stop) stop "${2:?usage: $0 stop DIR}" ;;
crash) crash "${2:?usage: $0 crash DIR}" ;;
restart) restart "${2:?usage: $0 restart DIR}" ;;
*)
    echo "usage: $0 start | url DIR | stop DIR | crash DIR | restart DIR" >&2
    exit 2
    ;;
esac
