#!/usr/bin/env bash
# Time from `java -jar` to ready on a SECOND start (data directory already initialised), and the
# resident memory of the JVM and of the embedded PostgreSQL processes after start.
#
#   bench/startup.sh [runs]        default 3 runs; prints one line per run and the medians
#
# Environment: JAR (default platform/target/metrolex.jar), PORT (default 18081),
#              SETTLE (seconds to wait after ready before reading memory, default 5).
# Build the jar first: mvn -B -q -o -DskipTests package
# Ready = GET /actuator/health answers status UP (polled every 0.1 s). The time until
# /actuator/health/readiness answers UP is printed as well (it waits for ApplicationReadyEvent).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=${JAR:-platform/target/metrolex.jar}
PORT=${PORT:-18081}
SETTLE=${SETTLE:-5}
BASE="http://127.0.0.1:$PORT"

[[ -f $JAR ]] || { echo "missing $JAR: run mvn -B -q -o -DskipTests package first" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }

WORK=$(mktemp -d /tmp/metrolex-bench.XXXXXX)
DATA="$WORK/pg"
APP_PID=""

stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    APP_PID=""
    # The JVM stops its PostgreSQL on shutdown; make sure no postmaster of ours is left behind.
    local pm
    pm=$(postmaster_pid || true)
    if [[ -n $pm ]]; then
        echo "warning: postmaster $pm still running after the JVM stopped; stopping it" >&2
        kill -TERM "$pm" || true
        sleep 2
    fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

postmaster_pid() {
    # postmaster.pid's first line is the postmaster's pid; only trust it while that process runs.
    [[ -f $DATA/postmaster.pid ]] || return 1
    local pid
    pid=$(head -1 "$DATA/postmaster.pid")
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

now() { date +%s.%N; }

start_app() { # $1: log file
    java -jar "$JAR" --app.db.data-dir="$DATA" --server.port="$PORT" >"$1" 2>&1 &
    APP_PID=$!
}

wait_for() { # $1: path; prints seconds since $2 when it answers status UP
    local path=$1 t0=$2
    for _ in $(seq 1 3000); do
        if curl -s -m 1 "$BASE$path" 2>/dev/null | grep -q '"status":"UP"'; then
            awk -v a="$(now)" -v b="$t0" 'BEGIN { printf "%.2f\n", a - b }'
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited; see log" >&2; return 1; }
        sleep 0.1
    done
    echo "not ready after 300 s" >&2
    return 1
}

kib() { # $1: pid, $2: field of /proc/pid/status or smaps_rollup
    awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/${3:-status}" 2>/dev/null || echo 0
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "# first start (initialises $DATA, loads demo data; not measured)"
start_app "$WORK/first.log"
wait_for /actuator/health/readiness "$(now)" >/dev/null
stop_app

printf '%-4s %10s %14s %10s %12s %12s %12s %9s\n' run health_s readiness_s boot_s java_rss_MiB pg_rss_MiB pg_pss_MiB pg_procs
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
    t0=$(now)
    start_app "$WORK/run$run.log"
    health=$(wait_for /actuator/health "$t0")
    readiness=$(wait_for /actuator/health/readiness "$t0")
    sleep "$SETTLE"
    java_rss=$(kib "$APP_PID" VmRSS)
    pm=$(postmaster_pid)
    pg_rss=0; pg_pss=0; procs=0
    for pid in $pm $(pgrep -P "$pm" || true); do
        pg_rss=$((pg_rss + $(kib "$pid" VmRSS)))
        pg_pss=$((pg_pss + $(kib "$pid" Pss smaps_rollup)))
        procs=$((procs + 1))
    done
    # Spring Boot's own figure: "Started MetrolexApplication in X seconds (process running for Y)".
    boot=$(grep -o 'process running for [0-9.]*' "$WORK/run$run.log" | awk '{ print $4 }' | tail -1)
    printf '%-4s %10.2f %14.2f %10s %12d %12d %12d %9d\n' "$run" "$health" "$readiness" "${boot:-?}" \
        $((java_rss / 1024)) $((pg_rss / 1024)) $((pg_pss / 1024)) "$procs"
    echo "$health $readiness $((java_rss / 1024)) $((pg_rss / 1024)) $((pg_pss / 1024))" >>"$WORK/results"
    stop_app
done

echo
echo "median over $RUNS second starts:"
for col in 1:health_s 2:readiness_s 3:java_rss_MiB 4:pg_rss_MiB 5:pg_pss_MiB; do
    printf '  %-13s %s\n' "${col#*:}" "$(awk -v c="${col%%:*}" '{ print $c }' "$WORK/results" | median)"
done
