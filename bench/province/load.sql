-- Province-scale dataset, step 2 of 3: instruments, verifications and certificates for the instruments
-- i with i % :parts = :part (generate.sh runs the parts in parallel sessions). Deterministic: every
-- value is a function of i (hashint8), no random().
\set ON_ERROR_STOP 1
\timing on
set session_replication_role = replica;
set work_mem = '256MB';

-- Instruments: owner an enterprise, region the owner's county, category by weight.
insert into instrument (id, category_code, maker, model, serial_number, type_approval_no, accuracy_class, measuring_range,
                        owner_enterprise_id, region_code, location, purpose, status, qr_token, filed_at, created_at, updated_at)
select p.ins_base + i, k.code, '基准制造' || (h % 40), 'M' || (h % 97), 'SN' || lpad(i::text, 10, '0'),
       '2020F' || lpad((h % 9999)::text, 4, '0'), 'III', '0-30kg', p.ent_base + e, c.code, '基准位置' || (h % 1000),
       k.purpose, 'ACTIVE', md5('qr' || i), p.today - 2000 + (h % 200)::int, p.today - 2000 + (h % 200)::int, p.today - 2000 + (h % 200)::int
  from bench_param p cross join generate_series(1, p.n_instruments) i
  cross join lateral (select abs(hashint8(i)::bigint) as h,
                             1 + abs(hashint8(i * 104729)::bigint) % p.n_enterprises as e) x
  join bench_category k on (x.h % 100) >= k.lo and (x.h % 100) < k.hi
  join bench_county c on c.n = abs(hashint8(x.e * 7919)::bigint) % p.n_counties
 where i % :parts = :part;

-- Three verifications per instrument (k = 0, 1, 2, one interval apart); the last one between 0 and
-- interval + 45 days before today, so about one instrument in ten is overdue. 3 % non-conforming.
insert into verification (id, instrument_id, institution_id, owner_enterprise_id, region_code, status, booked_at,
                          verification_date, conforming, any_unverified, fee_yuan, fee_waived, updated_at)
select p.ver_base + 3 * (i - 1) + k + 1, p.ins_base + i, p.inst_base + 1 + c.n, p.ent_base + x.e, c.code,
       case when abs(hashint8(i * 3 + k)::bigint) % 100 < 3 then 'NON_CONFORMING' else 'CERTIFIED' end,
       d.vdate - 3, d.vdate,
       abs(hashint8(i * 3 + k)::bigint) % 100 >= 3, false, 30.00, false, d.vdate + 1
  from bench_param p cross join generate_series(1, p.n_instruments) i
  cross join lateral (select abs(hashint8(i)::bigint) as h,
                             1 + abs(hashint8(i * 104729)::bigint) % p.n_enterprises as e) x
  join bench_category cat on (x.h % 100) >= cat.lo and (x.h % 100) < cat.hi
  join bench_county c on c.n = abs(hashint8(x.e * 7919)::bigint) % p.n_counties
  cross join generate_series(0, 2) k
  cross join lateral (select ((p.today - (abs(hashint8(i * 31)::bigint) % (cat.interval_months * 30 + 45))::int)
                              - make_interval(months => (2 - k) * cat.interval_months))::date as vdate) d
 where i % :parts = :part;

-- Pending bookings (no certificate yet) for one instrument in a hundred.
insert into verification (id, instrument_id, owner_enterprise_id, region_code, status, booked_at, updated_at)
select p.ver_base + 3 * p.n_instruments + i / 100 + 1, p.ins_base + i, p.ent_base + x.e, c.code,
       'BOOKED', p.today - (i % 20)::int, p.today - (i % 20)::int
  from bench_param p cross join generate_series(1, p.n_instruments) i
  cross join lateral (select 1 + abs(hashint8(i * 104729)::bigint) % p.n_enterprises as e) x
  join bench_county c on c.n = abs(hashint8(x.e * 7919)::bigint) % p.n_counties
 where i % 100 = 7 and i % :parts = :part;

-- One document per finished verification: a certificate (next due one interval later) or a notice of
-- non-conformity. One older certificate in a thousand is revoked. Numbers I{institution}-{year}-{id}
-- (CertificateNumber format; unique because the id is).
insert into certificate (id, verification_id, number, institution_id, kind, issued_at, valid_until, next_due, status,
                         revoked_reason, revoked_at)
select p.cer_base + (v.id - p.ver_base), v.id,
       'I' || lpad(v.institution_id::text, 5, '0') || '-' || extract(year from v.verification_date + 1) || '-'
           -- lpad would cut a longer id to six characters: zero-pad only below 1 000 000
           || case when p.cer_base + (v.id - p.ver_base) < 1000000 then lpad((p.cer_base + (v.id - p.ver_base))::text, 6, '0')
                   else (p.cer_base + (v.id - p.ver_base))::text end,
       v.institution_id,
       case when v.status = 'CERTIFIED' then 'CERTIFICATE' else 'NON_CONFORMITY_NOTICE' end,
       (v.verification_date + 1) + time '10:00' at time zone 'Asia/Shanghai',
       case when v.status = 'CERTIFIED' then (v.verification_date + make_interval(months => cat.interval_months))::date - 1 end,
       case when v.status = 'CERTIFIED' then (v.verification_date + make_interval(months => cat.interval_months))::date end,
       case when (v.id - p.ver_base - 1) % 3 < 2 and abs(hashint8(v.id * 13)::bigint) % 1000 = 0 then 'REVOKED' else 'VALID' end,
       case when (v.id - p.ver_base - 1) % 3 < 2 and abs(hashint8(v.id * 13)::bigint) % 1000 = 0 then '基准数据：撤销示例' end,
       case when (v.id - p.ver_base - 1) % 3 < 2 and abs(hashint8(v.id * 13)::bigint) % 1000 = 0 then v.verification_date + 30 end
  from bench_param p
  join verification v on v.id > p.ver_base and v.id <= p.ver_base + 3 * p.n_instruments
  join bench_category cat on (abs(hashint8(v.instrument_id - p.ins_base)::bigint) % 100) >= cat.lo
                         and (abs(hashint8(v.instrument_id - p.ins_base)::bigint) % 100) < cat.hi
 where (v.instrument_id - p.ins_base) % :parts = :part;
