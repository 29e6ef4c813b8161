-- Province-scale dataset, step 3 of 3: indexes and unique constraints back, the overdue read model
-- (instrument_due, normally kept by triggers on certificate, which the load bypassed), the notices the
-- daily job would have recorded, sequences past the generated ids, statistics.
\set ON_ERROR_STOP 1
\timing on
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 1;
set session_replication_role = replica;
set work_mem = '512MB';
analyze bench_param; analyze certificate; analyze verification;

-- The latest valid document of each generated instrument is its third one (k = 2: issued last, never revoked).
insert into instrument_due (instrument_id, certificate_id, kind, next_due, region_code, owner_enterprise_id, number, issued_at)
select v.instrument_id, c.id, c.kind, c.next_due, v.region_code, v.owner_enterprise_id, c.number, c.issued_at
  from bench_param p
  join certificate c on c.id > p.cer_base and c.id <= p.cer_base + 3 * p.n_instruments and (c.id - p.cer_base - 1) % 3 = 2
  join verification v on v.id = c.verification_id;

-- What the daily overdue job would have recorded up to yesterday.
insert into overdue_notice (instrument_id, due_date, noticed_at)
select d.instrument_id, d.next_due, d.next_due + time '02:00' at time zone 'Asia/Shanghai'
  from instrument_due d, bench_param p
 where d.kind = 'CERTIFICATE' and d.next_due < p.today and d.instrument_id > p.ins_base
on conflict do nothing;

-- One statement per index (\gexec), each committed on its own: a failure keeps what was built.
select ddl from bench_saved_ddl order by seq \gexec

insert into certificate_sequence (institution_id, year, last_value)
select c.institution_id, extract(year from c.issued_at at time zone 'Asia/Shanghai')::int, max(c.id)
  from certificate c, bench_param p where c.id > p.cer_base group by 1, 2
on conflict (institution_id, year) do update set last_value = greatest(certificate_sequence.last_value, excluded.last_value);

select setval('enterprise_id_seq', (select max(id) from enterprise));
select setval('institution_id_seq', (select max(id) from institution));
select setval('instrument_id_seq', (select max(id) from instrument));
select setval('verification_id_seq', (select max(id) from verification));
select setval('certificate_id_seq', (select max(id) from certificate));

drop table bench_saved_ddl, bench_category;
reset session_replication_role;
vacuum (analyze) enterprise, institution, instrument, verification, certificate, instrument_due, overdue_notice, certificate_sequence;

-- Back to the default WAL settings that prepare.sql raised for the load, and a checkpoint so that
-- the WAL of the load is recycled.
alter system reset max_wal_size;
alter system reset checkpoint_timeout;
select pg_reload_conf();
checkpoint;
