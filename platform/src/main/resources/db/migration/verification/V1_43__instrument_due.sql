-- Overdue at province scale (issue 4, ADR 0010). The overdue rule reads "the latest valid document of
-- each instrument": asked of certificate ⋈ verification with an anti-join, it has to look at every
-- certificate of the region (30 million at province scale, most of them long superseded). This table
-- keeps that latest valid document, one row per instrument, maintained by statement-level triggers on
-- certificate in the same transaction as the change, so the overdue list is an index range scan on
-- (region_code, next_due) and the counts per region an index-only scan.
--
-- "Latest" is the same order as before: issued_at, then id; revoked documents are ignored; a notice of
-- non-conformity replaces an earlier certificate (kind tells which). region_code and owner_enterprise_id
-- are those of the verification the document belongs to (copied from the instrument at booking).
-- Overdue itself is not stored: it is next_due <= today, evaluated when read, so no daily refresh.
create table instrument_due (
    instrument_id       bigint primary key,
    certificate_id      bigint  not null,
    kind                varchar not null,
    next_due            date,
    region_code         varchar not null,
    owner_enterprise_id bigint  not null,
    number              varchar not null,
    issued_at           timestamp with time zone not null
);

-- [jooq ignore start]
-- Officers: one county's overdue list in due order (first page = first 20 index entries), and the
-- counts per region (index-only). Only certificates can be overdue.
create index instrument_due_region_due_idx on instrument_due (region_code, next_due, instrument_id)
    where kind = 'CERTIFICATE';
-- A scope of many regions (province, city) in due order without sorting every overdue row. region_code
-- is included so that, when the planner walks this index for a single county too, the region filter is
-- checked in the index (index-only scan) instead of fetching a heap row per overdue instrument.
create index instrument_due_due_idx on instrument_due (next_due, instrument_id) include (region_code)
    where kind = 'CERTIFICATE';
-- Enterprises: their own overdue instruments.
create index instrument_due_owner_due_idx on instrument_due (owner_enterprise_id, next_due, instrument_id)
    where kind = 'CERTIFICATE';

-- Recomputes the rows of the given instruments from certificate ⋈ verification.
create function instrument_due_refresh(p_instruments bigint[]) returns void
language plpgsql as $$
begin
    if p_instruments is null or cardinality(p_instruments) = 0 then
        return;
    end if;
    delete from instrument_due d
     where d.instrument_id = any (p_instruments)
       and not exists (select 1 from certificate c join verification v on v.id = c.verification_id
                        where v.instrument_id = d.instrument_id and c.status = 'VALID');
    insert into instrument_due (instrument_id, certificate_id, kind, next_due, region_code, owner_enterprise_id, number, issued_at)
    select distinct on (v.instrument_id) v.instrument_id, c.id, c.kind, c.next_due, v.region_code, v.owner_enterprise_id,
           c.number, c.issued_at
      from certificate c join verification v on v.id = c.verification_id
     where v.instrument_id = any (p_instruments) and c.status = 'VALID'
     order by v.instrument_id, c.issued_at desc, c.id desc
    on conflict (instrument_id) do update
       set certificate_id = excluded.certificate_id, kind = excluded.kind, next_due = excluded.next_due,
           region_code = excluded.region_code, owner_enterprise_id = excluded.owner_enterprise_id,
           number = excluded.number, issued_at = excluded.issued_at;
end $$;

-- One call per statement (transition tables), so a bulk COPY of certificates costs one set-based refresh.
create function instrument_due_after_insert() returns trigger
language plpgsql as $$
begin
    perform instrument_due_refresh(array(select distinct v.instrument_id from changed c join verification v on v.id = c.verification_id));
    return null;
end $$;

create function instrument_due_after_update() returns trigger
language plpgsql as $$
begin
    perform instrument_due_refresh(array(
        select distinct v.instrument_id
          from changed n join before b on b.id = n.id join verification v on v.id = n.verification_id
         where n.status is distinct from b.status or n.next_due is distinct from b.next_due
            or n.kind is distinct from b.kind or n.issued_at is distinct from b.issued_at
            or n.verification_id is distinct from b.verification_id or n.number is distinct from b.number));
    return null;
end $$;

create function instrument_due_after_delete() returns trigger
language plpgsql as $$
begin
    perform instrument_due_refresh(array(select distinct v.instrument_id from changed c join verification v on v.id = c.verification_id));
    return null;
end $$;

create trigger instrument_due_on_insert after insert on certificate
    referencing new table as changed for each statement execute function instrument_due_after_insert();
create trigger instrument_due_on_update after update on certificate
    referencing old table as before new table as changed for each statement execute function instrument_due_after_update();
create trigger instrument_due_on_delete after delete on certificate
    referencing old table as changed for each statement execute function instrument_due_after_delete();

-- Rows that exist already (demo data, earlier issues).
insert into instrument_due (instrument_id, certificate_id, kind, next_due, region_code, owner_enterprise_id, number, issued_at)
select distinct on (v.instrument_id) v.instrument_id, c.id, c.kind, c.next_due, v.region_code, v.owner_enterprise_id,
       c.number, c.issued_at
  from certificate c join verification v on v.id = c.verification_id
 where c.status = 'VALID'
 order by v.instrument_id, c.issued_at desc, c.id desc;

alter table instrument_due add constraint instrument_due_instrument_fk foreign key (instrument_id) references instrument (id);
alter table instrument_due add constraint instrument_due_region_code_fk foreign key (region_code) references region (code);
-- [jooq ignore stop]
