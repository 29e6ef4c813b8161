-- instrument: the mandatory-verification catalogue (强制检定目录) as data, the registry of instruments
-- that owners file (备案), and a minimal registry of the measurement standards institutions verify with.

-- One row per catalogue category. Nullable rule columns mean "not obtained from a cited source":
-- they are shown to users as such and never filled with a guess (see instrument/catalogue.csv).
create table instrument_category (
    code               varchar primary key,
    name_zh            varchar not null,
    name_en            varchar not null,
    -- 监管方式 of SAMR 2019年第48号 / 2020年第42号: P (型式批准), P+V, V (强制检定)
    supervision_mode   varchar,
    -- PERIODIC | INITIAL_ONLY_SCRAP | INITIAL_ONLY_LIMITED_LIFE (2020年第42号 强制检定两种方式)
    verification_mode  varchar,
    interval_months    integer,
    service_life_years integer,
    -- the uses that make it mandatory (Metrology Law art. 9): TRADE, HEALTH, SAFETY, ENVIRONMENT, ';'-separated
    uses               varchar not null,
    regulation         varchar,
    source             varchar not null,
    verified           boolean not null default false,
    note               varchar,
    updated_at         timestamp with time zone not null default now()
);

create table instrument (
    id                  bigserial primary key,
    category_code       varchar not null references instrument_category (code),
    maker               varchar not null,
    model               varchar not null,
    serial_number       varchar not null,
    type_approval_no    varchar,
    accuracy_class      varchar,
    measuring_range     varchar,
    owner_enterprise_id bigint not null,
    region_code         varchar not null,
    location            varchar,
    purpose             varchar not null,
    status              varchar not null default 'ACTIVE',
    qr_token            varchar not null unique,
    filed_at            timestamp with time zone not null default now(),
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    version             integer not null default 0,
    constraint instrument_identity_uq unique (category_code, maker, serial_number)
);
create index instrument_region_idx on instrument (region_code);
create index instrument_owner_idx on instrument (owner_enterprise_id);
-- [jooq ignore start]
alter table instrument add constraint instrument_status_known check (status in ('ACTIVE', 'SUSPENDED', 'SCRAPPED'));
alter table instrument_category add constraint instrument_category_mode_known
    check (verification_mode is null or verification_mode in ('PERIODIC', 'INITIAL_ONLY_SCRAP', 'INITIAL_ONLY_LIMITED_LIFE'));
-- [jooq ignore stop]

-- Measurement standards (计量标准) an institution verifies with: its assessment certificate
-- (计量标准考核证书) and its own calibration. Minimal: the full registry belongs to the standard module.
create table measurement_standard (
    id                         bigserial primary key,
    institution_id             bigint not null,
    name                       varchar not null,
    assessment_certificate_no  varchar,
    assessment_valid_until     date,
    calibration_certificate_no varchar,
    calibration_due            date,
    region_code                varchar not null,
    created_at                 timestamp with time zone not null default now(),
    updated_at                 timestamp with time zone not null default now(),
    version                    integer not null default 0
);
create index measurement_standard_institution_idx on measurement_standard (institution_id);

-- Cross-module foreign keys (party, region), kept out of jOOQ code generation.
-- [jooq ignore start]
alter table instrument add constraint instrument_owner_fk foreign key (owner_enterprise_id) references enterprise (id);
alter table instrument add constraint instrument_region_code_fk foreign key (region_code) references region (code);
alter table measurement_standard add constraint measurement_standard_institution_fk foreign key (institution_id) references institution (id);
alter table measurement_standard add constraint measurement_standard_region_code_fk foreign key (region_code) references region (code);
-- [jooq ignore stop]
