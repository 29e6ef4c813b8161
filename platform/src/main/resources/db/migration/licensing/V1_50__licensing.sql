-- Licensing (issue 5): procedures as versioned configuration, applications as their event history,
-- uploaded documents, issued licences. Cross-module links (region, party) are by typed id.

create table licence_procedure (
    id          bigserial primary key,
    code        varchar not null,
    version     integer not null,
    licence_type varchar not null,
    definition  varchar not null,           -- the Procedure as JSON (steps, limits, documents)
    current     boolean not null default true,
    created_at  timestamp with time zone not null default now(),
    created_by  varchar not null,
    constraint licence_procedure_code_version_uq unique (code, version)
);

create table licence_application (
    id                  bigserial primary key,
    reference_no        varchar not null unique,
    procedure_id        bigint not null references licence_procedure (id),
    licence_type        varchar not null,
    applicant_kind      varchar not null,   -- ENTERPRISE | INSTITUTION
    applicant_id        bigint not null,
    applicant_name      varchar not null,
    region_code         varchar not null,   -- the applicant's region: scopes officers
    subject             varchar not null,   -- what is applied for, in words
    instrument_type     varchar,            -- authorisation: instrument type (catalogue Chinese name); type approval: category
    covered_region_code varchar,            -- authorisation: region covered
    model               varchar,            -- type approval: model
    standard_id         bigint,             -- standard approval: the measurement standard
    by_commitment       boolean not null default false,
    status              varchar not null,
    submitted_on        date not null,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    version             integer not null default 0
);
create index licence_application_region_idx on licence_application (region_code);
create index licence_application_applicant_idx on licence_application (applicant_kind, applicant_id);
create index licence_application_status_idx on licence_application (status);

create table licence_application_event (
    id              bigserial primary key,
    application_id  bigint not null references licence_application (id),
    seq             integer not null,
    kind            varchar not null,
    occurred_on     date not null,
    recorded_at     timestamp with time zone not null default now(),
    actor           varchar not null,
    reason          varchar not null default '',
    items           varchar not null default '',  -- one missing item per line (一次性告知)
    late_reason     varchar not null default '',
    constraint licence_application_event_seq_uq unique (application_id, seq)
);

create table licence_document (
    id              bigserial primary key,
    application_id  bigint not null references licence_application (id),
    requirement     varchar not null,      -- the procedure's document code
    file_name       varchar not null,
    content_type    varchar not null,      -- from the magic bytes, not from the client
    size_bytes      bigint not null,
    sha256          varchar not null,
    content         bytea not null,
    scan_status     varchar not null,      -- NOT_SCANNED | CLEAN | INFECTED
    scan_note       varchar not null default '',
    uploaded_at     timestamp with time zone not null default now(),
    uploaded_by     varchar not null
);
create index licence_document_application_idx on licence_document (application_id);

create table licence (
    id                    bigserial primary key,
    application_id        bigint not null unique references licence_application (id),
    number                varchar not null unique,
    licence_type          varchar not null,
    holder_kind           varchar not null,
    holder_id             bigint not null,
    holder_name           varchar not null,
    region_code           varchar not null,
    subject               varchar not null,
    valid_from            date not null,
    valid_until           date,                 -- null: no fixed term
    by_commitment         boolean not null default false,
    commitment_check_due  date,
    status                varchar not null,     -- VALID | REVOKED
    revoked_reason        varchar,
    decided_by            varchar not null,
    created_at            timestamp with time zone not null default now()
);
create index licence_region_idx on licence (region_code);

create table licence_number_counter (
    prefix  varchar not null,
    year    integer not null,
    last    integer not null,
    primary key (prefix, year)
);

-- [jooq ignore start]
alter table licence_application add constraint licence_application_region_fk foreign key (region_code) references region (code);
alter table licence add constraint licence_region_fk foreign key (region_code) references region (code);
create unique index licence_procedure_current_uq on licence_procedure (code) where current;
-- [jooq ignore stop]
