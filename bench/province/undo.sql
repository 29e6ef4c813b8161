-- Removes the dataset of an interrupted or unwanted generate.sh run (rows above the ids in bench_param)
-- and puts back any index or constraint still set aside. Usage: psql ... -f bench/province/undo.sql
\set ON_ERROR_STOP 1
set session_replication_role = replica;
delete from overdue_notice where instrument_id > (select ins_base from bench_param);
delete from instrument_due where instrument_id > (select ins_base from bench_param);
delete from certificate where id > (select cer_base from bench_param);
delete from verification where id > (select ver_base from bench_param);
delete from instrument where id > (select ins_base from bench_param);
delete from enterprise where id > (select ent_base from bench_param);
delete from certificate_sequence where institution_id > (select inst_base from bench_param);
delete from institution where id > (select inst_base from bench_param);
do $$ declare r record; begin
  if to_regclass('bench_saved_ddl') is not null then
    for r in select ddl from bench_saved_ddl order by seq loop execute r.ddl; end loop;
    drop table bench_saved_ddl;
  end if;
end $$;
drop table if exists bench_param, bench_county, bench_category;
