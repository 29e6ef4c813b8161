#!/usr/bin/env bash
# Province-scale query benchmark against a running platform whose database generate.sh filled:
#   (1) first page of one county's overdue list, GET /api/overdue?page=1&size=20 as that county's officer
#       (bearer API token), under wrk: target p95 < 100 ms;
#   (2) province-wide overdue counts per city, GET /api/overdue/counts-by-region as the province
#       administrator, sequential requests timed by curl: target < 2 s;
#   (3) public certificate check GET /api/public/certificates/{number}, random numbers of the dataset,
#       under wrk: target p99 < 20 ms.
# Usage: BASE=http://127.0.0.1:18093 PGPORT=55493 bench/province/bench.sh
# Environment: COUNTY (account name, default county = 长安区), THREADS (2), CONNECTIONS (8),
#              DURATION (30s), WARMUP (10s), RUNS (sequential count requests, 10).
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://127.0.0.1:18093}
THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-8}; DURATION=${DURATION:-30s}; WARMUP=${WARMUP:-10s}; RUNS=${RUNS:-10}
COUNTY=${COUNTY:-county}
PSQL=(psql -X -At -h "${PGHOST:-localhost}" -p "${PGPORT:-55493}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-postgres}")
WORK=$(mktemp -d /tmp/metrolex-province-bench.XXXXXX); trap 'rm -rf "$WORK"' EXIT
export REPORT_LUA="$PWD/report.lua"

# Administrator session (form login), then API tokens for the county officer and the administrator.
C="$WORK/cookies"
csrf=$(curl -s -c "$C" -b "$C" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$C" -b "$C" --data-urlencode username=admin --data-urlencode password=Metrolex-2026 \
     --data-urlencode "_csrf=$csrf" "$BASE/login"
csrf=$(curl -s -c "$C" -b "$C" "$BASE/admin/accounts" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
token_for() {
  local id
  id=$(curl -s -b "$C" "$BASE/api/accounts" | python3 -c "import json,sys; print(next(a['id'] for a in json.load(sys.stdin) if a['username']=='$1'))")
  curl -s -b "$C" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
       -d "{\"name\":\"province-bench-$(date +%s%N)\"}" "$BASE/api/accounts/$id/tokens" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])"
}
COUNTY_TOKEN=$(token_for "$COUNTY"); ADMIN_TOKEN=$(token_for admin)

echo "date $(date -u +%FT%TZ)  nproc $(nproc)  load $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -c "select 'dataset: ' || (select count(*) from instrument) || ' instruments, ' || (select count(*) from enterprise)
  || ' enterprises, ' || (select count(*) from verification) || ' verifications, ' || (select count(*) from certificate)
  || ' certificates, ' || (select count(*) from instrument_due where kind = 'CERTIFICATE' and next_due <= current_date)
  || ' overdue; database ' || pg_size_pretty(pg_database_size(current_database()))"

echo; echo "== (1) first page of one county's overdue list, as account '$COUNTY' (target p95 < 100 ms)"
curl -s -H "Authorization: Bearer $COUNTY_TOKEN" "$BASE/api/overdue?page=1&size=20" \
  | python3 -c "import json,sys; p=json.load(sys.stdin); print('total', p['total'], 'items', len(p['items']), 'regions', sorted({i['regionCode'] for i in p['items']}))"
wrk -t1 -c2 -d"$WARMUP" -H "Authorization: Bearer $COUNTY_TOKEN" "$BASE/api/overdue?page=1&size=20" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s report.lua -H "Authorization: Bearer $COUNTY_TOKEN" "$BASE/api/overdue?page=1&size=20" | tail -2
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== (2) province-wide overdue counts per city, as admin, $RUNS sequential requests (target < 2 s each)"
curl -s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/overdue/counts-by-region" \
  | python3 -c "import json,sys; c=json.load(sys.stdin); print('total', c['total'], ' '.join(r['regionName']+'='+str(r['overdue']) for r in c['regions']))"
for i in $(seq 1 "$RUNS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/overdue/counts-by-region"
done | sort -n | awk '{t[NR]=$1} END {printf "seconds: min %.3f  median %.3f  max %.3f  (n=%d)\n", t[1], t[int((NR+1)/2)], t[NR], NR}'
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== (3) public certificate check, random numbers of the dataset (target p99 < 20 ms)"
export NUMBERS="$WORK/numbers.txt"
"${PSQL[@]}" -c "select number from certificate where id % ${NUMBER_STEP:-2999} = 17 and id < ${NUMBER_MAX_ID:-1000000000} order by id" > "$NUMBERS"
echo "numbers: $(wc -l < "$NUMBERS") (every ${NUMBER_STEP:-2999}th certificate below id ${NUMBER_MAX_ID:-1000000000})"
wrk -t1 -c2 -d"$WARMUP" -s public-check.lua "$BASE" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s public-check.lua "$BASE" | tail -2
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
