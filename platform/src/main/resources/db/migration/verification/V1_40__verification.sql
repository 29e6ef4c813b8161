-- verification: bookings, raw readings with the conformity decision computed by metrology-core,
-- certificates and notices of non-conformity with sequential numbers, and overdue notices.

-- One verification of one instrument. region_code and owner_enterprise_id are copied from the
-- instrument at booking: they scope who reads the row (officers by region, the owner by ownership).
create table verification (
    id                  bigserial primary key,
    instrument_id       bigint not null,
    institution_id      bigint,
    owner_enterprise_id bigint not null,
    region_code         varchar not null,
    -- BOOKED -> ASSIGNED -> RECORDED -> CERTIFIED | NON_CONFORMING; CANCELLED before issue
    status              varchar not null default 'BOOKED',
    booked_at           timestamp with time zone not null default now(),
    verification_date   date,
    verifier_person_id  bigint,
    readings_json       jsonb,
    -- summary of the decision computed from readings_json (never typed in)
    conforming          boolean,
    any_unverified      boolean,
    editions            varchar,
    fee_yuan            numeric(12, 2),
    fee_waived          boolean not null default false,
    updated_at          timestamp with time zone not null default now(),
    version             integer not null default 0
);
create index verification_instrument_idx on verification (instrument_id);
create index verification_region_idx on verification (region_code);
create index verification_owner_idx on verification (owner_enterprise_id);
create index verification_institution_idx on verification (institution_id);

create table verification_standard (
    verification_id bigint not null references verification (id),
    standard_id     bigint not null,
    primary key (verification_id, standard_id)
);

create table certificate (
    id              bigserial primary key,
    verification_id bigint not null unique references verification (id),
    number          varchar not null unique,
    institution_id  bigint not null,
    -- CERTIFICATE (检定证书) | NON_CONFORMITY_NOTICE (检定结果通知书)
    kind            varchar not null,
    issued_at       timestamp with time zone not null default now(),
    valid_until     date,
    next_due        date,
    status          varchar not null default 'VALID',
    revoked_reason  varchar,
    revoked_at      timestamp with time zone
);
create index certificate_next_due_idx on certificate (next_due);

-- Certificate numbers are sequential per institution and year (issue 4); allocated by
-- "insert … on conflict do update … returning", atomic under concurrent issue.
create table certificate_sequence (
    institution_id bigint  not null,
    year           integer not null,
    last_value     bigint  not null,
    primary key (institution_id, year)
);

-- One notice per instrument and due date, recorded by the daily overdue job (insert if absent).
create table overdue_notice (
    instrument_id bigint not null,
    due_date      date   not null,
    noticed_at    timestamp with time zone not null default now(),
    primary key (instrument_id, due_date)
);

-- [jooq ignore start]
alter table verification add constraint verification_status_known
    check (status in ('BOOKED', 'ASSIGNED', 'RECORDED', 'CERTIFIED', 'NON_CONFORMING', 'CANCELLED'));
alter table certificate add constraint certificate_status_known check (status in ('VALID', 'REVOKED'));
alter table certificate add constraint certificate_kind_known check (kind in ('CERTIFICATE', 'NON_CONFORMITY_NOTICE'));
alter table verification add constraint verification_instrument_fk foreign key (instrument_id) references instrument (id);
alter table verification add constraint verification_institution_fk foreign key (institution_id) references institution (id);
alter table verification add constraint verification_owner_fk foreign key (owner_enterprise_id) references enterprise (id);
alter table verification add constraint verification_region_code_fk foreign key (region_code) references region (code);
alter table verification add constraint verification_verifier_fk foreign key (verifier_person_id) references person (id);
alter table verification_standard add constraint verification_standard_fk foreign key (standard_id) references measurement_standard (id);
alter table certificate add constraint certificate_institution_fk foreign key (institution_id) references institution (id);
alter table certificate_sequence add constraint certificate_sequence_institution_fk foreign key (institution_id) references institution (id);
alter table overdue_notice add constraint overdue_notice_instrument_fk foreign key (instrument_id) references instrument (id);
-- [jooq ignore stop]
