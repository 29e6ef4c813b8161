-- prepackaged: net-content lot inspections of prepackaged goods (JJF 1070) and C-mark declarations.

-- One inspection lot (检验批) of one product of one producer. region_code is copied from the producer
-- at creation: it scopes who reads the row (officers by region, the producer its own).
-- The package numbers to take are drawn by metrology-core (SampleSelection) from sample_seed and are
-- reproducible from it; sample_numbers keeps them as drawn ("3,17,42").
-- The decision columns summarise what metrology-core decided from the stored readings (never typed in).
create table lot_inspection (
    id                     bigserial primary key,
    producer_enterprise_id bigint  not null,
    -- the producer's name and credit code as registered at creation (the report prints them)
    producer_name          varchar not null,
    producer_credit_code   varchar not null,
    region_code            varchar not null,
    product_name           varchar not null,
    brand                  varchar,
    batch_no               varchar,
    nominal_value          numeric(14, 4) not null,
    nominal_unit           varchar not null,
    lot_size               integer not null,
    sample_size            integer not null,
    sample_seed            bigint  not null,
    sample_numbers         varchar not null,
    inspection_date        date    not null,
    inspector_username     varchar not null,
    inspector_name         varchar not null,
    -- SAMPLED (package numbers drawn) -> DECIDED (readings entered, decision computed)
    status                 varchar not null default 'SAMPLED',
    -- NET (net contents read directly) | AVERAGE_TARE (gross minus one average tare) | PER_PACKAGE (gross minus each package's tare)
    tare_mode              varchar,
    average_tare           numeric(14, 4),
    accepted               boolean,
    t1_count               integer,
    t2_count               integer,
    tolerable_shortfall    numeric(14, 4),
    mean                   numeric(20, 8),
    standard_deviation     numeric(20, 8),
    mean_limit             numeric(20, 8),
    editions               varchar,
    any_unverified         boolean,
    decided_at             timestamp with time zone,
    -- set by the supervision module when the lot belongs to a spot-check task (no foreign key: other module)
    spot_check_task_id     bigint,
    created_at             timestamp with time zone not null default now(),
    updated_at             timestamp with time zone not null default now(),
    version                integer not null default 0
);
create index lot_inspection_region_idx on lot_inspection (region_code);
create index lot_inspection_producer_idx on lot_inspection (producer_enterprise_id);
create index lot_inspection_date_idx on lot_inspection (inspection_date);
create index lot_inspection_task_idx on lot_inspection (spot_check_task_id);

-- The reading of one sampled package; net = gross - tare where gross is recorded.
create table lot_reading (
    lot_inspection_id bigint  not null references lot_inspection (id),
    package_number    integer not null,
    gross             numeric(14, 4),
    tare              numeric(14, 4),
    net               numeric(14, 4) not null,
    primary key (lot_inspection_id, package_number)
);

-- A producer's C-mark self-declaration (定量包装商品生产企业计量保证能力自我声明, C标志).
-- DECLARED -> ACCEPTED (published) | REJECTED; ACCEPTED -> REVOKED.
create table cmark_declaration (
    id            bigserial primary key,
    enterprise_id bigint  not null,
    enterprise_name varchar not null,
    credit_code   varchar not null,
    region_code   varchar not null,
    product_scope varchar not null,
    declared_on   date    not null,
    contact       varchar,
    status        varchar not null default 'DECLARED',
    review_note   varchar,
    reviewed_by   varchar,
    reviewed_on   date,
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    version       integer not null default 0
);
create index cmark_declaration_region_idx on cmark_declaration (region_code);
create index cmark_declaration_enterprise_idx on cmark_declaration (enterprise_id);

-- [jooq ignore start]
alter table lot_inspection add constraint lot_inspection_status_known check (status in ('SAMPLED', 'DECIDED'));
alter table lot_inspection add constraint lot_inspection_tare_mode_known
    check (tare_mode is null or tare_mode in ('NET', 'AVERAGE_TARE', 'PER_PACKAGE'));
alter table lot_inspection add constraint lot_inspection_sizes check (lot_size >= 1 and sample_size between 1 and lot_size);
alter table lot_inspection add constraint lot_inspection_producer_fk foreign key (producer_enterprise_id) references enterprise (id);
alter table lot_inspection add constraint lot_inspection_region_fk foreign key (region_code) references region (code);
alter table cmark_declaration add constraint cmark_declaration_status_known
    check (status in ('DECLARED', 'ACCEPTED', 'REJECTED', 'REVOKED'));
alter table cmark_declaration add constraint cmark_declaration_enterprise_fk foreign key (enterprise_id) references enterprise (id);
alter table cmark_declaration add constraint cmark_declaration_region_fk foreign key (region_code) references region (code);
-- at most one open or accepted declaration per enterprise
create unique index cmark_declaration_one_live on cmark_declaration (enterprise_id) where status in ('DECLARED', 'ACCEPTED');
-- [jooq ignore stop]
