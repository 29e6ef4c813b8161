#!/usr/bin/env bash
# Bulk ingestion benchmark (issue 4): N verification records through POST /api/verifications/bulk of the
# real server (-Xmx512m, GC log) on its embedded PostgreSQL, then raw COPY of the same rows into the same
# table, in the same run. Prints records/s of both, their ratio and the peak heap from the GC log.
#
#   bench/ingest.sh [N]            default 10000000
#
# Environment: JAR (platform/target/metrolex.jar), DATA (/work/wt/ingest-data: PostgreSQL data dir, input
# file, GC log; the database is a bench database — the script TRUNCATEs verification tables in it),
# PORT (18467), PGPORT (15467), INSTRUMENTS (200000 bench instruments; rows cycle over them, so N / INSTRUMENTS
# verifications per instrument — 2 for a province's year: INSTRUMENTS=N/2), XMX (512m).
# Build the jar first: mvn -B -q -o -pl platform -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000000}
JAR=${JAR:-platform/target/metrolex.jar}
DATA=${DATA:-/work/wt/ingest-data}
PORT=${PORT:-18467}
PGPORT=${PGPORT:-15467}
INSTRUMENTS=${INSTRUMENTS:-200000}
XMX=${XMX:-512m}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$DATA"
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
APP_PID=""
stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    APP_PID=""
}
trap stop_app EXIT
now() { date +%s.%N; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$DATA/gc.log"
if ss -ltn | grep -qE ":($PORT|$PGPORT)\b"; then echo "port $PORT or $PGPORT is taken" >&2; exit 1; fi
PORT=$PORT java -Xmx"$XMX" ${JAVA_OPTS:-} -Xlog:gc:file="$DATA/gc.log":uptime -jar "$JAR" \
    --app.db.data-dir="$DATA/postgres" --app.db.port="$PGPORT" --logging.level.root=WARN >"$DATA/server.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1200); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "server died, see $DATA/server.log" >&2; exit 1; }
    sleep 0.25
done
echo "== server up (pid $APP_PID)"

TOKEN="mlx_bench_ingest_$(date +%s)"
HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
INST=$("${PSQL[@]}" -c "select party_id from app_user where username = 'institution'")
ENT=$("${PSQL[@]}" -c "select party_id from app_user where username = 'enterprise'")
TODAY=$("${PSQL[@]}" -c "select current_date")
REGION=$("${PSQL[@]}" -c "select region_code from institution_authorization where institution_id = $INST
    and instrument_type = '电子计价秤' and valid_from <= current_date - 60 and valid_until >= current_date order by id limit 1")
VERIFIER=$("${PSQL[@]}" -c "select min(p.id) from person p join qualification q on q.person_id = p.id where p.institution_id = $INST
    and q.scope like '%电子计价秤%' and q.valid_from <= current_date - 60 and q.valid_until >= current_date")
"${PSQL[@]}" <<SQL
truncate verification_ingest_error, verification_ingest_batch, certificate, verification_standard, overdue_notice, verification cascade;
insert into api_token (user_id, name, token_hash) select id, 'bench ingest', '$HASH' from app_user where username = 'institution';
-- the generator addresses the bench instruments as one contiguous id range: start over when their number changes
delete from instrument_due where instrument_id in (select id from instrument where maker = '基准测试衡器厂')
    and (select count(*) from instrument where maker = '基准测试衡器厂') <> $INSTRUMENTS;
delete from instrument where maker = '基准测试衡器厂' and (select count(*) from instrument where maker = '基准测试衡器厂') <> $INSTRUMENTS;
insert into instrument (category_code, maker, model, serial_number, owner_enterprise_id, region_code, purpose, qr_token)
    select 'PRICE_COMPUTING_SCALE', '基准测试衡器厂', 'BENCH-30', 'BENCH-' || g, $ENT, '$REGION', 'TRADE', 'bench-ingest-' || g
    from generate_series(1, $INSTRUMENTS) g on conflict do nothing;
insert into measurement_standard (institution_id, name, assessment_certificate_no, assessment_valid_until, calibration_certificate_no,
    calibration_due, region_code)
    select $INST, '砝码标准装置（基准测试）', '[2025]冀量标法证字第9999号', current_date + 700, 'JZ-BENCH', current_date + 300, '$REGION'
    where not exists (select 1 from measurement_standard where name = '砝码标准装置（基准测试）');
vacuum analyze instrument;
SQL
STANDARD=$("${PSQL[@]}" -c "select min(id) from measurement_standard where name = '砝码标准装置（基准测试）'")
FIRST=$("${PSQL[@]}" -c "select min(id) from instrument where maker = '基准测试衡器厂'")
COUNT=$("${PSQL[@]}" -c "select count(*) from instrument where maker = '基准测试衡器厂'")
echo "== institution $INST, region $REGION, verifier $VERIFIER, standard $STANDARD, instruments $FIRST.. ($COUNT)"

INPUT="$DATA/ingest-$N.csv"
t0=$(now)
python3 bench/ingest_gen.py "$N" "$FIRST" "$COUNT" "$VERIFIER" "$STANDARD" "$TODAY" >"$INPUT"
t1=$(now)
echo "== input: $INPUT, $(stat -c %s "$INPUT") bytes, generated in $(echo "$t1 - $t0" | bc) s"

KEY="bench-$N-$(date +%s)"
echo "== ingestion: load average $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now)
curl -sS -f -X POST -T "$INPUT" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    -H 'Expect:' "$BASE/api/verifications/bulk?batchKey=$KEY" -o "$DATA/result.json"
t1=$(now)
INGEST_S=$(echo "$t1 - $t0" | bc)
cat "$DATA/result.json"; echo
ACCEPTED=$("${PSQL[@]}" -c "select rows_accepted from verification_ingest_batch where batch_key = '$KEY'")
BATCH=$("${PSQL[@]}" -c "select id from verification_ingest_batch where batch_key = '$KEY'")
echo "== ingestion: $N records ($ACCEPTED accepted) in $INGEST_S s = $(echo "$N / $INGEST_S" | bc) records/s; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Raw COPY of the same rows into the same table: export what ingestion wrote, empty the tables, COPY it back.
COLS="id, instrument_id, institution_id, owner_enterprise_id, region_code, status, verification_date, verifier_person_id, readings_json, conforming, any_unverified, editions, fee_yuan, fee_waived, ingest_batch_id"
CCOLS="verification_id, number, institution_id, kind, valid_until, next_due"
"${PSQL[@]}" -c "\\copy (select $COLS from verification where ingest_batch_id = $BATCH order by id) to '$DATA/raw-verification.tsv'"
"${PSQL[@]}" -c "\\copy (select $CCOLS from certificate c where exists (select 1 from verification v where v.id = c.verification_id and v.ingest_batch_id = $BATCH) order by id) to '$DATA/raw-certificate.tsv'"
"${PSQL[@]}" -c "\\copy (select s.verification_id, s.standard_id from verification_standard s join verification v on v.id = s.verification_id where v.ingest_batch_id = $BATCH) to '$DATA/raw-standard.tsv'"
"${PSQL[@]}" -c "truncate certificate, verification_standard, overdue_notice, verification cascade"
"${PSQL[@]}" -c "checkpoint"
echo "== raw COPY: load average $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now)
"${PSQL[@]}" -c "\\copy verification ($COLS) from '$DATA/raw-verification.tsv'"
t1=$(now)
"${PSQL[@]}" -c "\\copy verification_standard (verification_id, standard_id) from '$DATA/raw-standard.tsv'"
"${PSQL[@]}" -c "\\copy certificate ($CCOLS) from '$DATA/raw-certificate.tsv'"
t2=$(now)
RAW_S=$(echo "$t1 - $t0" | bc)
RAW3_S=$(echo "$t2 - $t0" | bc)
echo "== raw COPY verification: $ACCEPTED rows in $RAW_S s = $(echo "$ACCEPTED / $RAW_S" | bc) rows/s"
echo "== raw COPY verification + verification_standard + certificate: $RAW3_S s = $(echo "$ACCEPTED / $RAW3_S" | bc) rows/s"
echo "== ratio ingestion / raw COPY (records/s over rows/s, verification only): $(echo "scale=3; ($N / $INGEST_S) / ($ACCEPTED / $RAW_S)" | bc)"
echo "== ratio ingestion / raw COPY of all three tables: $(echo "scale=3; ($N / $INGEST_S) / ($ACCEPTED / $RAW3_S)" | bc)"
PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$DATA/gc.log" | cut -dM -f1 | sort -n | tail -1)
echo "== peak heap used before a GC (from $DATA/gc.log, -Xmx$XMX): ${PEAK} MB; GC events: $(grep -c 'Pause' "$DATA/gc.log")"
LIVE=$(grep -oE '[0-9]+M->[0-9]+M' "$DATA/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
echo "== largest heap left after a GC: ${LIVE} MB"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$DATA/raw-verification.tsv" "$DATA/raw-certificate.tsv" "$DATA/raw-standard.tsv"
