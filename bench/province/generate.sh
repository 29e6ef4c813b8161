#!/usr/bin/env bash
# Fills the product's own schema (created by Flyway on a first start of the platform) with a
# province-scale dataset: SCALE x 10 million instruments over every county of the region table,
# SCALE x 300 000 enterprises, three verifications with their certificate or notice per instrument
# (30 million at scale 1) plus one pending booking per hundred instruments. Deterministic (every value a
# hash of the row number). Usage:
#   PGPORT=55493 bench/province/generate.sh 0.01   # 1/100 scale, to validate
#   PGPORT=55493 bench/province/generate.sh 1      # 10 million instruments
# TODAY (default: today, UTC) is the reference date of the overdue mix. PARTS parallel sessions (default 2).
set -euo pipefail
cd "$(dirname "$0")"
SCALE=${1:-1}
TODAY=${TODAY:-$(date -u +%F)}
PARTS=${PARTS:-2}
LOGS=$(mktemp -d /tmp/metrolex-province-generate.XXXXXX)
PSQL=(psql -X -q -h "${PGHOST:-localhost}" -p "${PGPORT:-55493}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-postgres}" -v ON_ERROR_STOP=1)
t0=$(date +%s.%N)
stamp() { printf '%s  %6.1f s  %s\n' "$(date -u +%T)" "$(echo "$(date +%s.%N) - $t0" | bc)" "$*"; }
stamp "scale $SCALE, today $TODAY, $PARTS parallel sessions; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -v scale="$SCALE" -v today="$TODAY" -f prepare.sql
stamp "prepared (institutions, enterprises, indexes set aside)"
pids=()
for ((part = 0; part < PARTS; part++)); do
  "${PSQL[@]}" -v part=$part -v parts="$PARTS" -f load.sql > "$LOGS/load-part$part.log" 2>&1 & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || { cat "$LOGS"/load-part*.log; exit 1; }; done
cat "$LOGS"/load-part*.log
stamp "loaded instruments, verifications, certificates"
"${PSQL[@]}" -f finish.sql
stamp "indexes rebuilt, instrument_due and notices filled, vacuum analyze done; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -c "select (select count(*) from instrument) as instruments, (select count(*) from enterprise) as enterprises,
       (select count(*) from verification) as verifications, (select count(*) from certificate) as certificates,
       (select count(*) from instrument_due where kind = 'CERTIFICATE' and next_due <= current_date) as overdue,
       pg_size_pretty(pg_database_size(current_database())) as database_size"
