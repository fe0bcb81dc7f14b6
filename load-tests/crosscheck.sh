#!/usr/bin/env bash
# Cross-checks the harness against wrk and hey on one endpoint in one run. Starts the harness's
# serve-static endpoint (or uses --target), then, one tool after the other:
#   1. saturation: wrk, hey and `http-get --copies N` with the same N connections, as fast as each can;
#      this compares the load generators' own efficiency (they share the 2 cores with the endpoint);
#   2. fixed rate: hey -q and `http-get --rate` offering the same requests/s; this checks that the
#      harness's pacing and counting agree with an independent tool. The exit code is 0 when this
#      ratio is within 15 %.
# Needs wrk and hey (Debian packages `wrk` and `hey`; .ci/run would have to install them).
#
# Usage: load-tests/crosscheck.sh [--connections N] [--duration SECONDS] [--rate RPS] [--rate-workers N]
#                                 [--target URL] [--path PATH] [--port PORT]
set -euo pipefail
cd "$(dirname "$0")/.."

connections=8
duration=10
target=""
path="/"
port=5089
rate=10000
rate_workers=20
while [ $# -gt 0 ]; do
    case "$1" in
        --connections) connections="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --target) target="$2"; shift 2 ;;
        --path) path="$2"; shift 2 ;;
        --rate) rate="$2"; shift 2 ;;
        --rate-workers) rate_workers="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

for tool in wrk hey; do
    if ! command -v "$tool" > /dev/null; then
        echo "$tool is missing: apt-get install -y $tool" >&2
        exit 2
    fi
done

dotnet build -c Release load-tests -v quiet -nologo > /dev/null
harness=load-tests/bin/Release/net10.0/DigitalPost.LoadTests
reports=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    rm -rf "$reports"
}
trap cleanup EXIT

if [ -z "$target" ]; then
    target="http://127.0.0.1:$port"
    "$harness" serve-static --url "$target" --body-bytes 13 > /dev/null &
    server_pid=$!
    for _ in $(seq 1 100); do
        if curl -fs "$target/" > /dev/null 2>&1; then break; fi
        sleep 0.1
    done
fi
url="${target%/}$path"

# Warm the endpoint and the harness's JIT paths before measuring.
wrk -t 1 -c "$connections" -d 2s "$url" > /dev/null
CI=true "$harness" http-get --target "$target" --path "$path" --copies "$connections" --duration 2s \
    --report-folder "$reports/warmup" --no-progress > /dev/null

ours() { # ours <name> <http-get options...>: prints the scenario's requests/s from summary.csv
    local name="$1"
    shift
    CI=true "$harness" http-get --target "$target" --path "$path" --duration "${duration}s" \
        --report-folder "$reports/$name" --no-progress "$@" > /dev/null
    awk -F, 'NR == 2 { print $7 }' "$reports/$name"/*/summary.csv
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

wrk_rps=$(wrk -t 2 -c "$connections" -d "${duration}s" "$url" | awk '/^Requests\/sec:/ { print $2 }')
hey_rps=$(hey -c "$connections" -z "${duration}s" "$url" | awk '/Requests\/sec:/ { print $2 }')
ours_rps=$(ours saturation --copies "$connections")

per_worker=$(( rate / rate_workers ))
hey_rate_rps=$(hey -c "$rate_workers" -q "$per_worker" -z "${duration}s" "$url" | awk '/Requests\/sec:/ { print $2 }')
ours_rate_rps=$(ours fixed-rate --rate $(( per_worker * rate_workers )) --max-connections "$rate_workers")

echo "endpoint: $url, ${duration} s per measurement, one tool at a time"
echo "saturation, $connections connections:"
echo "  wrk       $wrk_rps requests/s"
echo "  hey       $hey_rps requests/s"
echo "  http-get  $ours_rps requests/s   (http-get/wrk $(ratio "$ours_rps" "$wrk_rps"), http-get/hey $(ratio "$ours_rps" "$hey_rps"))"
echo "fixed rate, $(( per_worker * rate_workers )) requests/s offered over $rate_workers connections:"
echo "  hey       $hey_rate_rps requests/s"
echo "  http-get  $ours_rate_rps requests/s   (http-get/hey $(ratio "$ours_rate_rps" "$hey_rate_rps"))"
awk -v ours="$ours_rate_rps" -v hey="$hey_rate_rps" 'BEGIN {
    r = ours / hey
    printf "fixed-rate ratio %.3f is %s the 15 %% band\n", r, (r >= 0.85 && r <= 1.15) ? "within" : "OUTSIDE"
    exit (r >= 0.85 && r <= 1.15) ? 0 : 1
}'
