-- Bulk ingestion keeps instrument_due once per batch, not once per chunk (issue 4, ADR 0010 amendment).
-- A batch copies its certificates chunk by chunk inside one transaction; the statement trigger of V1_43
-- recomputed the read model for every chunk, and each recomputation cost more as the batch's uncommitted
-- rows grew (a 10-million-record batch fell from ~3,800 to ~1,300 records/s). Now the ingestion marks its
-- transaction with the batch id (set_config('metrolex.ingest_batch', id, true): transaction-local), the
-- insert trigger leaves those certificates alone, and the ingestion calls instrument_due_merge_batch once
-- after its last chunk, before the commit — so no reader ever sees the read model behind the certificates.

-- [jooq ignore start]
create or replace function instrument_due_after_insert() returns trigger
language plpgsql as $$
begin
    -- A bulk-ingestion transaction merges its certificates itself (instrument_due_merge_batch).
    if coalesce(current_setting('metrolex.ingest_batch', true), '') <> '' then
        return null;
    end if;
    perform instrument_due_refresh(array(select distinct v.instrument_id from changed c join verification v on v.id = c.verification_id));
    return null;
end $$;

-- The batch's documents merged into instrument_due in one statement. instrument_due already holds the latest
-- valid document of every instrument (V1_43), and a batch only adds documents, so the latest after the batch
-- is the later of that row and the batch's own latest for the instrument — same order as V1_43: issued_at,
-- then id. Verification ids of the batch lie in [p_first_id, p_last_id] (allocated from the sequence by the
-- batch), so the batch's rows are read by a primary-key range, not by scanning every verification.
create function instrument_due_merge_batch(p_batch bigint, p_first_id bigint, p_last_id bigint) returns bigint
language plpgsql
set work_mem = '256MB'
as $$
declare
    merged bigint;
begin
    insert into instrument_due (instrument_id, certificate_id, kind, next_due, region_code, owner_enterprise_id, number, issued_at)
    select distinct on (v.instrument_id) v.instrument_id, c.id, c.kind, c.next_due, v.region_code, v.owner_enterprise_id,
           c.number, c.issued_at
      from verification v join certificate c on c.verification_id = v.id
     where v.id between p_first_id and p_last_id and v.ingest_batch_id = p_batch and c.status = 'VALID'
     order by v.instrument_id, c.issued_at desc, c.id desc
    on conflict (instrument_id) do update
       set certificate_id = excluded.certificate_id, kind = excluded.kind, next_due = excluded.next_due,
           region_code = excluded.region_code, owner_enterprise_id = excluded.owner_enterprise_id,
           number = excluded.number, issued_at = excluded.issued_at
     where (excluded.issued_at, excluded.certificate_id) > (instrument_due.issued_at, instrument_due.certificate_id);
    get diagnostics merged = row_count;
    return merged;
end $$;
-- [jooq ignore stop]
