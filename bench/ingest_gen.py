#!/usr/bin/env python3
"""Deterministic input for bench/ingest.sh: N verification records as CSV for POST /api/verifications/bulk.

usage: ingest_gen.py N FIRST_INSTRUMENT INSTRUMENTS VERIFIER STANDARD TODAY(YYYY-MM-DD) > out.csv

Rows reference the instruments FIRST_INSTRUMENT .. FIRST_INSTRUMENT+INSTRUMENTS-1 (price-computing scales,
class III, e = 5 g, Max 30 kg — the docs/cli.md conformity example). Mix, by row number i (no randomness):
  i % 100 == 37        -> indication 30 g heavy at Max: accepted, NOT conforming (notice of non-conformity)
  i % 1000 == 501      -> instrument id 0: rejected (instrumentId, id)
  i % 1000 == 502      -> verification date in the future: rejected (verificationDate, not-future)
  otherwise            -> conforming (certificate); the 15 kg indication varies 15.000..15.005 kg with i
Verification dates cycle over the 60 days before TODAY.
"""
import datetime
import sys

n, first, count, verifier, standard = (int(a) for a in sys.argv[1:6])
today = datetime.date.fromisoformat(sys.argv[6])
days = [(today - datetime.timedelta(days=d)).isoformat() for d in range(60)]
future = (today + datetime.timedelta(days=3)).isoformat()

TEMPLATE = ('"{{""family"":""SCALE"",""kind"":""SUBSEQUENT"",""class"":""III"",""e"":0.005,""max"":30,""unit"":""kg"",'
            '""zero"":{{""load"":0,""indication"":0,""addedWeights"":0.002}},'
            '""loads"":[{{""load"":0.1,""indication"":0.1,""addedWeights"":0.002}},'
            '{{""load"":15,""indication"":{mid},""addedWeights"":0.004}},'
            '{{""load"":30,""indication"":{top},""addedWeights"":0.001}}]}}"')
MIDS = ["15.000", "15.001", "15.002", "15.003", "15.004", "15.005"]

out = sys.stdout
write = out.write
write("instrumentId,verificationDate,verifierId,standardIds,feeYuan,feeWaived,readings\n")
buf = []
for i in range(n):
    instrument = first + (i % count)
    date = days[i % 60]
    top = "30.005"
    k = i % 1000
    if i % 100 == 37:
        top = "30.035"
    if k == 501:
        instrument = 0
    elif k == 502:
        date = future
    readings = TEMPLATE.format(mid=MIDS[i % 6], top=top)
    buf.append(f"{instrument},{date},{verifier},{standard},30.00,{'true' if i % 10 == 0 else 'false'},{readings}\n")
    if len(buf) == 10000:
        write("".join(buf))
        buf.clear()
write("".join(buf))
