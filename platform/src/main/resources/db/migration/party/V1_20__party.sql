-- party: enterprises, legal verification institutions with their authorisation scopes, and people
-- (inspectors and verifiers) with their qualification certificates.
create table enterprise (
    id                   bigserial primary key,
    credit_code          varchar not null unique,
    name                 varchar not null,
    address              varchar,
    region_code          varchar not null,
    category             varchar not null,
    legal_representative varchar,
    contact_phone        varchar,
    active               boolean not null default true,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now(),
    version              integer not null default 0
);
create index enterprise_region_idx on enterprise (region_code);
create index enterprise_category_idx on enterprise (category);
-- [jooq ignore start]
create extension if not exists pg_trgm;
create index enterprise_name_trgm_idx on enterprise using gin (name gin_trgm_ops);
alter table enterprise add constraint enterprise_credit_code_format check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$');
-- [jooq ignore stop]

create table institution (
    id                bigserial primary key,
    credit_code       varchar not null unique,
    name              varchar not null,
    address           varchar,
    region_code       varchar not null,
    institution_kind  varchar not null,
    contact_phone     varchar,
    active            boolean not null default true,
    created_at        timestamp with time zone not null default now(),
    updated_at        timestamp with time zone not null default now(),
    version           integer not null default 0
);
create index institution_region_idx on institution (region_code);

-- 计量授权: which instrument types an institution may verify, in which region, for which period.
create table institution_authorization (
    id               bigserial primary key,
    institution_id   bigint not null references institution (id),
    certificate_no   varchar not null,
    instrument_type  varchar not null,
    region_code      varchar not null,
    valid_from       date not null,
    valid_until      date not null
);
create index institution_authorization_inst_idx on institution_authorization (institution_id);
-- [jooq ignore start]
alter table institution_authorization add constraint institution_authorization_period check (valid_from <= valid_until);
-- [jooq ignore stop]

create table person (
    id             bigserial primary key,
    name           varchar not null,
    person_role    varchar not null,
    -- the region of the bureau (inspectors) or of the institution (verifiers) the person works for
    region_code    varchar not null,
    institution_id bigint references institution (id),
    phone          varchar,
    active         boolean not null default true,
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now(),
    version        integer not null default 0
);
create index person_region_idx on person (region_code);
create index person_institution_idx on person (institution_id);
-- [jooq ignore start]
alter table person add constraint person_role_known check (person_role in ('INSPECTOR', 'VERIFIER'));
alter table person add constraint person_verifier_has_institution check (person_role <> 'VERIFIER' or institution_id is not null);
-- [jooq ignore stop]

-- Qualification certificates: 检定员证 (verifier, scoped by instrument types) and 执法证/计量监督员证 (inspector).
create table qualification (
    id              bigserial primary key,
    person_id       bigint not null references person (id),
    certificate_no  varchar not null,
    scope           varchar not null,
    valid_from      date not null,
    valid_until     date not null
);
create index qualification_person_idx on qualification (person_id);

-- Cross-module foreign keys to region (kept out of jOOQ code generation, which reads module
-- folders in name order and would meet them before the region table exists).
-- [jooq ignore start]
alter table enterprise add constraint enterprise_region_code_fk foreign key (region_code) references region (code);
alter table institution add constraint institution_region_code_fk foreign key (region_code) references region (code);
alter table institution_authorization add constraint institution_authorization_region_code_fk foreign key (region_code) references region (code);
alter table person add constraint person_region_code_fk foreign key (region_code) references region (code);
-- [jooq ignore stop]
