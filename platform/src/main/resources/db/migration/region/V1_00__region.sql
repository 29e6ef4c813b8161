-- region: administrative divisions (GB/T 2260), the hierarchy that scopes all data.
create table region (
    code        varchar primary key,
    name        varchar not null,
    region_level varchar not null,
    parent_code varchar references region (code)
);
create index region_parent_idx on region (parent_code);
-- [jooq ignore start]
alter table region add constraint region_code_format check (code ~ '^[0-9]{6}$');
alter table region add constraint region_level_known check (region_level in ('province', 'prefecture', 'county'));
-- [jooq ignore stop]
