#!/usr/bin/env bash
# Issue 5's inbox target, measured side by side in one run: one seeded citizen's inbox (first 20 messages) from the
# gateway over GraphQL, against a plain minimal-API endpoint (the harness's serve-static) answering exactly the
# same bytes with the same content type. Both are driven with the same request (POST, same body and headers) by
# the same tool, alternately, --rounds times each; the script prints requests/s of both and the ratio
# (target: the gateway reaches >= 70 % of the plain endpoint). Exit code 0 when the ratio holds.
#
# Needs: a running, seeded silo in Development (dev tokens), e.g.
#   dotnet run -c Release --project src/Silo -- seed --people 1000000
#   dotnet run -c Release --project src/Silo --environment Development
# and wrk or hey (Debian packages).
#
# Usage: load-tests/inbox-vs-plain.sh [--target URL] [--cpr CPR] [--platform borger.dk] [--messages 20]
#          [--connections 8] [--duration 10] [--rounds 2] [--tool wrk|hey] [--port 5090]
#          [population options of the harness, e.g. --postgres-data-directory DIR or --cprs-file FILE]
set -euo pipefail
cd "$(dirname "$0")/.."

target="http://127.0.0.1:5000"
connections=8
duration=10
rounds=2
tool=wrk
port=5090
capture_options=()
while [ $# -gt 0 ]; do
    case "$1" in
        --target) target="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --tool) tool="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --cpr|--platform|--messages|--postgres|--postgres-data-directory|--postgres-database|--cprs-file|--authority|--template)
            capture_options+=("$1" "$2"); shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if ! command -v "$tool" > /dev/null; then
    echo "$tool is missing: apt-get install -y $tool" >&2
    exit 2
fi

dotnet build -c Release load-tests -v quiet -nologo > /dev/null
harness=load-tests/bin/Release/net10.0/DigitalPost.LoadTests
work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$harness" capture-inbox --target "$target" --out "$work" "${capture_options[@]}"
content_type=$(cat "$work/content-type")
gateway_url="${target%/}/graphql"
plain="http://127.0.0.1:$port"
plain_url="$plain/graphql"

"$harness" serve-static --url "$plain" --body-file "$work/response.json" --content-type "$content_type" > /dev/null &
server_pid=$!
for _ in $(seq 1 100); do
    if curl -fs -o /dev/null "$plain/"; then break; fi
    sleep 0.1
done

# Same request to both: POST of the captured body with the citizen's token.
post() { # post <url> <output file>
    curl -fs -X POST "$1" -H "Content-Type: application/json" -H "Authorization: $(cat "$work/authorization")" \
        --data-binary "@$work/request.json" -o "$2"
}
post "$gateway_url" "$work/gateway-again.json"
post "$plain_url" "$work/plain.json"
if ! cmp -s "$work/response.json" "$work/plain.json"; then
    echo "the plain endpoint does not answer the captured bytes" >&2
    exit 2
fi
if ! cmp -s "$work/response.json" "$work/gateway-again.json"; then
    echo "note: the gateway's answer changed between two requests (same size: $(wc -c < "$work/gateway-again.json") vs $(wc -c < "$work/response.json") bytes)" >&2
fi

cat > "$work/post.lua" <<'LUA'
local function slurp(path)
    local file = assert(io.open(path, "rb"))
    local text = file:read("*a")
    file:close()
    return text
end
local dir = os.getenv("INBOX_VS_PLAIN_DIR")
wrk.method = "POST"
wrk.body = slurp(dir .. "/request.json")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = slurp(dir .. "/authorization")
LUA

measure() { # measure <url> <seconds>: prints requests/s; fails on non-2xx answers
    local output
    if [ "$tool" = wrk ]; then
        output=$(INBOX_VS_PLAIN_DIR="$work" wrk -t 2 -c "$connections" -d "${2}s" -s "$work/post.lua" "$1")
        if grep -q "Non-2xx or 3xx responses" <<< "$output"; then
            echo "$1 answered errors under load:" >&2
            echo "$output" >&2
            return 1
        fi
        awk '/^Requests\/sec:/ { print $2 }' <<< "$output"
    else
        output=$(hey -c "$connections" -z "${2}s" -m POST -T application/json -H "Authorization: $(cat "$work/authorization")" -D "$work/request.json" "$1")
        if ! grep -q "\[200\]" <<< "$output" || grep -Eq "\[[3-5][0-9][0-9]\]" <<< "$output"; then
            echo "$1 answered errors under load:" >&2
            echo "$output" >&2
            return 1
        fi
        awk '/Requests\/sec:/ { print $2 }' <<< "$output"
    fi
}

# Warm both (JIT, caches, connections) before measuring.
measure "$gateway_url" 2 > /dev/null
measure "$plain_url" 2 > /dev/null

gateway_all=()
plain_all=()
for round in $(seq 1 "$rounds"); do
    gateway_all+=("$(measure "$gateway_url" "$duration")")
    plain_all+=("$(measure "$plain_url" "$duration")")
    echo "round $round: gateway ${gateway_all[-1]} requests/s, plain ${plain_all[-1]} requests/s"
done

mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.1f", s / NR }'; }
gateway_rps=$(mean "${gateway_all[@]}")
plain_rps=$(mean "${plain_all[@]}")
echo "inbox of one citizen, $(wc -c < "$work/response.json") bytes, $tool with $connections connections, ${duration} s per measurement, $rounds round(s), alternating:"
echo "  gateway  $gateway_rps requests/s  ($gateway_url)"
echo "  plain    $plain_rps requests/s  (serve-static, same bytes)"
awk -v g="$gateway_rps" -v p="$plain_rps" 'BEGIN {
    r = g / p
    printf "  ratio    %.3f (target >= 0.70): %s\n", r, (r >= 0.70) ? "met" : "NOT met"
    exit (r >= 0.70) ? 0 : 1
}'
