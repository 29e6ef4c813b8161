-- supervision: spot-check campaigns (plans) with their verifiable random draw (docs/random-draw.md),
-- drawn tasks, inspection records, findings with rectification orders and cases (立案).

-- A campaign is one plan of 双随机一公开. region_code is the organising bureau's region: it scopes who
-- reads and manages the campaign. The population document is frozen and published at commitment; the
-- seed is stored at commitment and shown only after the draw.
create table supervision_campaign (
    id                   bigserial primary key,
    reference            varchar not null unique,
    name                 varchar not null,
    -- MARKET_SCALES | GAS_STATIONS | EYEGLASS_SHOPS | LEGAL_UNITS | INSTITUTIONS | CERTIFICATES
    campaign_type        varchar not null,
    region_code          varchar not null,
    target_region_code   varchar not null,
    -- population filter: enterprise category (derived from the type unless LEGAL_UNITS)
    target_category      varchar,
    sample_size          integer,
    sample_ratio         numeric(6, 4),
    -- NONE | REGION (one stratum per county, sampled in proportion)
    stratify_by          varchar not null default 'NONE',
    inspectors_per_task  integer not null default 2,
    -- party person ids of the inspector pool, comma-separated
    inspector_pool       varchar not null,
    -- DRAFT -> COMMITTED -> DRAWN -> PUBLISHED
    status               varchar not null default 'DRAFT',
    population_text      varchar,
    population_sha256    varchar,
    seed_commitment      varchar,
    seed_hex             varchar,
    committed_at         timestamp with time zone,
    drawn_at             timestamp with time zone,
    published_at         timestamp with time zone,
    created_by           varchar not null,
    created_at           timestamp with time zone not null default now(),
    version              integer not null default 0
);
create index supervision_campaign_region_idx on supervision_campaign (region_code);

-- One drawn target with its inspectors (in draw order).
create table supervision_task (
    id                  bigserial primary key,
    campaign_id         bigint not null references supervision_campaign (id),
    position            integer not null,
    -- E<id> enterprise, I<id> institution (the draw's target id)
    target_key          varchar not null,
    target_name         varchar not null,
    target_region_code  varchar not null,
    stratum             varchar not null,
    -- OPEN -> INSPECTED
    status              varchar not null default 'OPEN',
    unique (campaign_id, position)
);
create index supervision_task_target_idx on supervision_task (target_key);

create table supervision_task_inspector (
    task_id     bigint  not null references supervision_task (id),
    person_id   bigint  not null,
    person_name varchar not null,
    position    integer not null,
    primary key (task_id, person_id)
);
create index supervision_task_inspector_person_idx on supervision_task_inspector (person_id);

-- Which login acts for which inspector (party person). There is no inspector role in identity yet:
-- officers' accounts are linked to the inspector they are (ADR 0014, docs/random-draw.md).
create table supervision_inspector_login (
    person_id bigint  primary key,
    username  varchar not null unique
);

-- The inspection record of one task; form_json holds the campaign type's form as entered.
create table supervision_inspection (
    id                  bigserial primary key,
    task_id             bigint not null unique references supervision_task (id),
    campaign_id         bigint not null references supervision_campaign (id),
    inspected_on        date not null,
    instruments_checked integer not null default 0,
    instruments_failed  integer not null default 0,
    conforming          boolean not null,
    form_json           varchar not null,
    summary             varchar,
    recorded_by         varchar not null,
    recorded_at         timestamp with time zone not null default now()
);

-- A finding of an inspection and what follows from it.
create table supervision_finding (
    id                      bigserial primary key,
    inspection_id           bigint not null references supervision_inspection (id),
    campaign_id             bigint not null references supervision_campaign (id),
    target_key              varchar not null,
    target_name             varchar not null,
    target_region_code      varchar not null,
    -- FRAUD | UNVERIFIED_INSTRUMENT | OVERDUE_INSTRUMENT | OUT_OF_TOLERANCE | ILLEGAL_UNIT | INSTITUTION_DEFECT | OTHER
    kind                    varchar not null,
    description             varchar not null,
    -- OPEN -> RECTIFICATION_ORDERED -> RECTIFIED | CASE_OPENED -> CASE_DECIDED
    status                  varchar not null default 'OPEN',
    rectification_deadline  date,
    rectified_on            date,
    follow_up               varchar,
    case_number             varchar unique,
    case_opened_on          date,
    penalty_decision        varchar,
    penalty_decided_on      date,
    recorded_at             timestamp with time zone not null default now(),
    version                 integer not null default 0
);
create index supervision_finding_campaign_idx on supervision_finding (campaign_id);

-- [jooq ignore start]
alter table supervision_campaign add constraint supervision_campaign_status_known
    check (status in ('DRAFT', 'COMMITTED', 'DRAWN', 'PUBLISHED'));
alter table supervision_campaign add constraint supervision_campaign_type_known
    check (campaign_type in ('MARKET_SCALES', 'GAS_STATIONS', 'EYEGLASS_SHOPS', 'LEGAL_UNITS', 'INSTITUTIONS', 'CERTIFICATES'));
alter table supervision_campaign add constraint supervision_campaign_region_fk foreign key (region_code) references region (code);
alter table supervision_campaign add constraint supervision_campaign_target_region_fk foreign key (target_region_code) references region (code);
alter table supervision_task add constraint supervision_task_status_known check (status in ('OPEN', 'INSPECTED'));
alter table supervision_task_inspector add constraint supervision_task_inspector_person_fk foreign key (person_id) references person (id);
alter table supervision_inspector_login add constraint supervision_inspector_login_person_fk foreign key (person_id) references person (id);
alter table supervision_finding add constraint supervision_finding_status_known
    check (status in ('OPEN', 'RECTIFICATION_ORDERED', 'RECTIFIED', 'CASE_OPENED', 'CASE_DECIDED'));
-- [jooq ignore stop]
