-- verification: bulk ingestion (issue 4, docs/adr/0009-bulk-ingestion.md). One row per batch a client
-- system sent, keyed by the client's batch key per institution (re-sending the same key changes nothing),
-- and every rejected row of a batch for the downloadable error report.

create table verification_ingest_batch (
    id             bigserial primary key,
    institution_id bigint  not null,
    -- the institution's region: officers read batches of institutions in their regions (DataScope)
    region_code    varchar not null,
    batch_key      varchar not null,
    -- CSV | NDJSON
    format         varchar not null,
    -- SHA-256 (hex) of the request body as received; set when the batch completes
    body_sha256    varchar,
    -- the batch is written in one transaction: a committed row is always COMPLETED
    status         varchar not null default 'COMPLETED',
    rows_total     bigint  not null default 0,
    rows_accepted  bigint  not null default 0,
    rows_rejected  bigint  not null default 0,
    certificates   bigint  not null default 0,
    notices        bigint  not null default 0,
    first_number   varchar,
    last_number    varchar,
    submitted_by   varchar not null,
    started_at     timestamp with time zone not null default now(),
    finished_at    timestamp with time zone,
    unique (institution_id, batch_key)
);

create table verification_ingest_error (
    batch_id   bigint  not null references verification_ingest_batch (id),
    line_no    bigint  not null,
    field      varchar not null,
    rule       varchar not null,
    message_zh varchar not null,
    message_en varchar not null
);
create index verification_ingest_error_batch_idx on verification_ingest_error (batch_id, line_no);

-- [jooq ignore start]
-- Which batch a verification came from (null for the one-by-one workflow). Written by COPY only, so it
-- is kept out of the generated jOOQ model; no index and no foreign key, which would slow COPY down.
alter table verification add column ingest_batch_id bigint;
alter table verification_ingest_batch add constraint verification_ingest_batch_institution_fk
    foreign key (institution_id) references institution (id);
alter table verification_ingest_batch add constraint verification_ingest_batch_format_known
    check (format in ('CSV', 'NDJSON'));
-- [jooq ignore stop]
