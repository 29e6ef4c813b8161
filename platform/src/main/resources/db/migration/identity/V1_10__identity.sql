-- identity: accounts, roles, data scope, API tokens.
create table app_user (
    id              bigserial primary key,
    username        varchar not null unique,
    display_name    varchar not null,
    password_hash   varchar not null,
    role            varchar not null,
    -- the region whose data an officer sees (with the regions below it)
    region_code     varchar,
    -- the institution or enterprise an institution/enterprise user belongs to (typed id, no FK across modules)
    party_id        bigint,
    enabled         boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now()
);
-- [jooq ignore start]
alter table app_user add constraint app_user_role_known check (role in
    ('PROVINCE_ADMIN', 'CITY_OFFICER', 'COUNTY_OFFICER', 'INSTITUTION_STAFF', 'ENTERPRISE_USER'));
alter table app_user add constraint app_user_scope_present check (
    (role in ('PROVINCE_ADMIN', 'CITY_OFFICER', 'COUNTY_OFFICER') and region_code is not null)
    or (role in ('INSTITUTION_STAFF', 'ENTERPRISE_USER') and party_id is not null));
-- [jooq ignore stop]

-- Bearer tokens for system clients. Only the SHA-256 of the token is stored.
create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    name         varchar not null,
    token_hash   varchar not null unique,
    created_at   timestamp with time zone not null default now(),
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);

-- Cross-module foreign keys to region (kept out of jOOQ code generation, which reads module
-- folders in name order and would meet them before the region table exists).
-- [jooq ignore start]
alter table app_user add constraint app_user_region_code_fk foreign key (region_code) references region (code);
-- [jooq ignore stop]
