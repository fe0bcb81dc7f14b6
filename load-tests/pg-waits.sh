#!/usr/bin/env bash
# Samples what the active backends of a silo's private PostgreSQL are waiting for, every --interval seconds,
# until stopped (SIGINT/SIGTERM) or --duration has passed, then prints a table: per group of backends
# (the mass-send pipeline's, by application name, and everything else: the interactive ones), the wait
# events seen and how many samples each. "CPU" is an active backend without a wait event.
#
# Usage: load-tests/pg-waits.sh --postgres-data-directory DIR [--interval 0.15] [--duration SECONDS]
#                               [--pipeline-application digitalpost-mass-send] [--raw FILE]
# Reads the port from DIR/pgdata/postmaster.pid and the password from DIR/superuser.password (the silo's layout).
set -euo pipefail

data_directory=""
interval=0.15
duration=0
pipeline_application="digitalpost-mass-send"
raw=""
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres-data-directory) data_directory="$2"; shift 2 ;;
        --interval) interval="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --pipeline-application) pipeline_application="$2"; shift 2 ;;
        --raw) raw="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if [ -z "$data_directory" ]; then
    echo "--postgres-data-directory is required" >&2
    exit 2
fi

port=$(sed -n 4p "$data_directory/pgdata/postmaster.pid" | tr -d '[:space:]')
export PGPASSWORD
PGPASSWORD=$(tr -d '[:space:]' < "$data_directory/superuser.password")
if [ -z "$raw" ]; then
    raw=$(mktemp)
    trap 'rm -f "$raw"' EXIT
fi

# One psql session for the whole run (a process per sample would cost more than the sample): \watch repeats
# the query read from standard input (with -c the query buffer is empty for \watch); each row is
# "<sample time>|<group>|<wait>".
query="SELECT to_char(clock_timestamp(), 'HH24:MI:SS.MS'), CASE WHEN application_name = '$pipeline_application' THEN 'pipeline' ELSE 'interactive' END,
       COALESCE(wait_event_type || ':' || wait_event, 'CPU')
FROM pg_stat_activity WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()"

printf '%s\n\\watch %s\n' "$query" "$interval" |
    psql -h 127.0.0.1 -p "$port" -U postgres -d digitalpost -X -q -A -t -F '|' >> "$raw" 2> /dev/null &
sampler=$!
stop() {
    kill "$sampler" 2> /dev/null || true
    wait "$sampler" 2> /dev/null || true
}
trap 'stop; summarise; exit 0' INT TERM

summarise() {
    samples=$(cut -d'|' -f1 "$raw" | sort -u | wc -l)
    echo "samples with an active backend: $samples (every ${interval}s)"
    printf '%-12s %-28s %8s\n' group wait count
    grep -v '^$' "$raw" | cut -d'|' -f2,3 | sort | uniq -c | sort -k2,2 -k1,1nr |
        awk '{ split($2, p, "|"); printf "%-12s %-28s %8d\n", p[1], p[2], $1 }'
}

if [ "$duration" != "0" ]; then
    sleep "$duration"
    stop
    summarise
else
    wait "$sampler" || true
    summarise
fi
