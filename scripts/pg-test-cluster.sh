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
#   scripts/pg-test-cluster.sh tls DIR      restarts DIR's server listening on 127.0.0.1 too, on
#                                           a free port, with TLS and a self-signed certificate
#                                           (DIR/root.crt, for 127.0.0.1 and localhost); over TCP
#                                           only encrypted connections are let in. Prints the TCP
#                                           URL; `url DIR` then names the new port's socket.
#
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (the folder is
# given to it). Local connections are trusted, which is safe because only the folder's owner and
# root can reach the socket. The superuser is called `modelmarket`; tests connect as it. Members
# of the role `mm_password_login` are the exception: they must give their password (SCRAM), so
# the tests of the window's password prompt have a server that asks for one.
set -euo pipefail

pg_bin=${MODELMARKET_PG_BIN:-/usr/lib/postgresql/15/bin}
superuser=modelmarket
port=5432 # names the socket file (.s.PGSQL.5432); nothing listens on TCP until `tls`

# The port of DIR's server: 5432 unless `tls` moved it.
port_of() {
    if [[ -f "$1/port" ]]; then cat "$1/port"; else echo $port; fi
}

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
    local dir=$1 listen='' tls=''
    if [[ -f "$dir/port" ]]; then
        listen=127.0.0.1
        tls="-c ssl=on"
    fi
    # fsync off: a test cluster is thrown away, and syncing would make every test slower.
    as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --options="-c listen_addresses='$listen' -c unix_socket_directories='$dir' \
-p $(port_of "$dir") $tls -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
-c max_connections=200" \
        start >/dev/null
}

tls() {
    local dir=$1
    [[ -d "$dir/data" ]] || { echo "error: $dir is not a test cluster folder" >&2; exit 1; }
    command -v openssl >/dev/null || {
        echo "error: openssl not found; run scripts/install-deps.sh (package openssl)" >&2
        exit 1
    }
    # Made by the server's user, who must own the key (and keep it to itself).
    if ! as_server_user openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/data/server.key" \
        -out "$dir/data/server.crt" >"$dir/openssl.log" 2>&1; then
        cat "$dir/openssl.log" >&2
        exit 1
    fi
    as_server_user sh -c "chmod 600 '$dir/data/server.key' && \
cp '$dir/data/server.crt' '$dir/root.crt' && chmod 644 '$dir/root.crt'"
    # TCP: encrypted connections only. Read top down, before initdb's trust lines.
    as_server_user sh -c "{ echo 'hostssl all all 127.0.0.1/32 trust'; \
echo 'host all all 127.0.0.1/32 reject'; cat '$dir/data/pg_hba.conf'; } \
>'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    local free
    free=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); \
print(s.getsockname()[1])')
    as_server_user "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null
    echo "$free" >"$dir/port"
    run_server "$dir" || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://$superuser@127.0.0.1:$free/postgres"
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
    echo "postgresql://$superuser@/postgres?host=$dir&port=$(port_of "$dir")"
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
tls) tls "${2:?usage: $0 tls DIR}" ;;
*)
    echo "usage: $0 start | url DIR | stop DIR | crash DIR | restart DIR | tls DIR" >&2
    exit 2
    ;;
esac
