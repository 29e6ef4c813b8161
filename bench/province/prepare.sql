-- Province-scale dataset, step 1 of 3 (bench/province/generate.sh): reference rows, small tables, and
-- the secondary indexes and unique constraints of the big tables set aside until the load is done.
-- psql variables: scale (1 = 10 million instruments), today (the reference date of the overdue mix).
\set ON_ERROR_STOP 1
\timing on
set session_replication_role = replica;   -- no FK or trigger work during the load (see finish.sql)
-- Fewer checkpoints during the load (some 20 GB of WAL); finish.sql resets both.
alter system set max_wal_size = '16GB';
alter system set checkpoint_timeout = '30min';
select pg_reload_conf();

drop table if exists bench_param, bench_county, bench_category, bench_saved_ddl;
create table bench_param as
select (:scale * 10000000)::bigint as n_instruments,
       greatest(1, (:scale * 300000)::bigint) as n_enterprises,
       :'today'::date as today,
       (select count(*) from region where region_level = 'county') as n_counties,
       (select coalesce(max(id), 0) from enterprise) as ent_base,
       (select coalesce(max(id), 0) from institution) as inst_base,
       (select coalesce(max(id), 0) from instrument) as ins_base,
       (select coalesce(max(id), 0) from verification) as ver_base,
       (select coalesce(max(id), 0) from certificate) as cer_base;

-- All counties of the region table (167 in Hebei), numbered 0..n-1.
create table bench_county as
select (row_number() over (order by code) - 1)::int as n, code, name from region where region_level = 'county';
-- The periodic categories of the catalogue, with a weight (per cent) each.
create table bench_category (n int, code varchar, interval_months int, purpose varchar, lo int, hi int);
insert into bench_category values
  (0, 'PRICE_COMPUTING_SCALE',    12, 'TRADE',   0,  35),
  (1, 'DIGITAL_INDICATING_SCALE', 12, 'TRADE',  35,  55),
  (2, 'FUEL_DISPENSER',            6, 'TRADE',  55,  70),
  (3, 'SPHYGMOMANOMETER',          6, 'HEALTH', 70,  80),
  (4, 'WATER_METER_LARGE',        24, 'TRADE',  80, 100);
do $$ begin
  if (select count(*) from instrument_category c join bench_category b using (code) where c.interval_months = b.interval_months) <> 5 then
    raise exception 'catalogue intervals differ from bench_category';
  end if;
end $$;

-- One statutory verification institute per county.
insert into institution (id, credit_code, name, address, region_code, institution_kind, contact_phone)
select p.inst_base + 1 + c.n, 'XQ' || lpad((c.n + 1)::text, 16, '0'), c.name || '计量检定所（基准）', c.name || '检定路1号',
       c.code, 'STATUTORY', '0311' || lpad(c.n::text, 7, '0')
  from bench_county c, bench_param p;

-- Enterprises: uniform over counties, kinds as in the demo.
insert into enterprise (id, credit_code, name, address, region_code, category, legal_representative, contact_phone)
select p.ent_base + e, 'XP' || lpad(e::text, 16, '0'), c.name || '基准企业' || e, c.name || '基准路' || e || '号', c.code,
       (array['MARKET','GAS_STATION','EYEGLASS_SHOP','PREPACKAGE_PRODUCER','METER_MAKER','KEY_ENERGY_USER','OTHER'])[1 + e % 7],
       '法人' || e, '138' || lpad(e::text, 8, '0')
  from bench_param p cross join generate_series(1, p.n_enterprises) e
  join bench_county c on c.n = abs(hashint8(e * 7919)::bigint) % p.n_counties;

-- Set aside secondary indexes and unique constraints of the big tables (primary keys stay).
create table bench_saved_ddl (seq serial, ddl text);
do $$
declare r record;
begin
  for r in select con.conrelid::regclass::text as tbl, con.conname, pg_get_constraintdef(con.oid) as def
             from pg_constraint con
            where con.contype = 'u' and con.conrelid::regclass::text in ('instrument', 'verification', 'certificate')
  loop
    insert into bench_saved_ddl (ddl) values (format('alter table %I add constraint %I %s', r.tbl, r.conname, r.def));
    execute format('alter table %I drop constraint %I', r.tbl, r.conname);
  end loop;
  for r in select i.indexrelid::regclass::text as idx, pg_get_indexdef(i.indexrelid) as def
             from pg_index i
            where i.indrelid::regclass::text in ('instrument', 'verification', 'certificate', 'instrument_due', 'overdue_notice')
              and not i.indisprimary
              and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid)
  loop
    insert into bench_saved_ddl (ddl) values (r.def);
    execute format('drop index %s', r.idx);
  end loop;
end $$;
select count(*) as ddl_set_aside from bench_saved_ddl;
