#!/usr/bin/env bash
# Requests/s and latency of the enterprise search endpoint (GET /api/enterprises?q=...) under wrk,
# logged in as the demo province administrator (session cookie; a GET needs no CSRF token).
#
#   bench/search-load.sh
#
# Environment: JAR (default platform/target/metrolex.jar), PORT (default 18082),
#              THREADS (2), CONNECTIONS (16), DURATION (20s), WARMUP (10s),
#              QUERIES (space-separated, URL-encoded; default: 加油 and the credit-code prefix 91130)
# Needs wrk (Debian: apt-get install -y wrk) and curl. Starts its own server on a throw-away data
# directory (first start, demo data loaded), on loopback only, and stops it at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-platform/target/metrolex.jar}
PORT=${PORT:-18082}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
QUERIES=${QUERIES:-"%E5%8A%A0%E6%B2%B9 91130"}
BASE="http://127.0.0.1:$PORT"

[[ -f $JAR ]] || { echo "missing $JAR: run mvn -B -q -o -DskipTests package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

WORK=$(mktemp -d /tmp/metrolex-load.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

java -jar "$JAR" --app.db.data-dir="$WORK/pg" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
# Readiness (not plain health) waits for the demo data, which a first start loads after health is UP.
for _ in $(seq 1 3000); do
    curl -s -m 1 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.1
done

# Form login as admin: CSRF token from the login page, then take the session cookie.
JAR_COOKIES="$WORK/cookies"
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode username=admin --data-urlencode password=Metrolex-2026 --data-urlencode "_csrf=$csrf" "$BASE/login")
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_COOKIES")
[[ $code == 302 && -n $session ]] || { echo "login failed (HTTP $code)" >&2; exit 1; }

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for q in $QUERIES; do
    url="$BASE/api/enterprises?q=$q"
    body=$(curl -s -H "Cookie: JSESSIONID=$session" "$url")
    total=$(grep -o '"total":[0-9]*' <<<"$body" | head -1)
    echo
    echo "== GET /api/enterprises?q=$q  ($total, $(wc -c <<<"$body") bytes per answer)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$session" "$url" >/dev/null
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H 'Cookie: JSESSIONID=…' '$url'"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$session" "$url"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
