-- EXPLAIN ANALYZE evidence for ADR 0010: the overdue queries before V1_43 (anti-join over
-- certificate ⋈ verification) and after (instrument_due), for one county (长安区 130102) and the province,
-- and the public check's lookup. Usage: psql -X -h localhost -p 55493 -U postgres -f bench/province/explain.sql
\timing on
set statement_timeout = '180s';
set max_parallel_workers_per_gather = 2;

\echo '== BEFORE: first page of 长安区 overdue list (certificate ⋈ verification, not exists a later valid document)'
explain (analyze, buffers, costs off)
select v.instrument_id, v.region_code, v.owner_enterprise_id, c.next_due, c.number, n.noticed_at
  from certificate c join verification v on v.id = c.verification_id
  left join overdue_notice n on n.instrument_id = v.instrument_id and n.due_date = c.next_due
 where c.status = 'VALID' and c.kind = 'CERTIFICATE' and c.next_due <= current_date
   and not exists (select 1 from certificate l join verification lv on lv.id = l.verification_id
                    where lv.instrument_id = v.instrument_id and l.status = 'VALID'
                      and (l.issued_at > c.issued_at or (l.issued_at = c.issued_at and l.id > c.id)))
   and v.region_code = any ('{130102}'::varchar[])
 order by c.next_due, v.instrument_id limit 20;

\echo '== BEFORE: its total (the page shows it)'
explain (analyze, buffers, costs off)
select count(*)
  from certificate c join verification v on v.id = c.verification_id
 where c.status = 'VALID' and c.kind = 'CERTIFICATE' and c.next_due <= current_date
   and not exists (select 1 from certificate l join verification lv on lv.id = l.verification_id
                    where lv.instrument_id = v.instrument_id and l.status = 'VALID'
                      and (l.issued_at > c.issued_at or (l.issued_at = c.issued_at and l.id > c.id)))
   and v.region_code = any ('{130102}'::varchar[]);

\echo '== BEFORE: province-wide counts per county (statement_timeout 60 s)'
set statement_timeout = '60s';
explain (analyze, buffers, costs off)
select v.region_code, count(*)
  from certificate c join verification v on v.id = c.verification_id
 where c.status = 'VALID' and c.kind = 'CERTIFICATE' and c.next_due <= current_date
   and not exists (select 1 from certificate l join verification lv on lv.id = l.verification_id
                    where lv.instrument_id = v.instrument_id and l.status = 'VALID'
                      and (l.issued_at > c.issued_at or (l.issued_at = c.issued_at and l.id > c.id)))
 group by v.region_code;

set statement_timeout = '180s';
\echo '== AFTER: first page of 长安区 overdue list (instrument_due)'
explain (analyze, buffers, costs off)
select d.instrument_id, d.region_code, d.owner_enterprise_id, d.next_due, d.number, n.noticed_at
  from instrument_due d left join overdue_notice n on n.instrument_id = d.instrument_id and n.due_date = d.next_due
 where d.kind = 'CERTIFICATE' and d.next_due <= current_date and d.region_code = any ('{130102}'::varchar[])
 order by d.next_due, d.instrument_id offset 0 limit 20;

\echo '== AFTER: its total'
explain (analyze, buffers, costs off)
select count(*) from instrument_due d
 where d.kind = 'CERTIFICATE' and d.next_due <= current_date and d.region_code = any ('{130102}'::varchar[]);

\echo '== AFTER: keyset continuation (page after the 1000th row)'
select next_due as k_due, instrument_id as k_ins from instrument_due d
 where d.kind = 'CERTIFICATE' and d.next_due <= current_date and d.region_code = any ('{130102}'::varchar[])
 order by d.next_due, d.instrument_id offset 999 limit 1 \gset
explain (analyze, buffers, costs off)
select d.instrument_id, d.next_due from instrument_due d
 where d.kind = 'CERTIFICATE' and d.next_due <= current_date and d.region_code = any ('{130102}'::varchar[])
   and (d.next_due, d.instrument_id) > (:'k_due'::date, :k_ins)
 order by d.next_due, d.instrument_id limit 20;

\echo '== AFTER: province-wide counts per county (the endpoint rolls them up to cities)'
select array_agg(code) as all_regions from region \gset
explain (analyze, buffers, costs off)
select d.region_code, count(*) from instrument_due d
 where d.kind = 'CERTIFICATE' and d.next_due <= current_date and d.region_code = any (:'all_regions'::varchar[])
 group by d.region_code;

\echo '== public check: certificate by number'
select number as some_number from certificate where id = 99917 \gset
explain (analyze, buffers, costs off)
select * from certificate where number = :'some_number';
