-- Holiday notices that arrive (issue 19, ADR 0006): State Council notices loaded by the province administrator at
-- run time, in the shipped format (calendar/holidays/<year>.json). The newest version of a year replaces the shipped
-- file of that year (a placeholder, or a published notice: then it is a correction) and any earlier loaded version.
-- Rows are never updated or deleted: the calendar of any moment is rebuilt from the shipped files and these rows.
create table calendar_notice (
    id          bigserial primary key,
    year        integer not null,
    version     integer not null,               -- 1 = the first loaded notice of the year, then 2, 3 … (corrections)
    correction  boolean not null,               -- the year already had a published notice (shipped or loaded)
    content     varchar(65536) not null,        -- the file as loaded (JSON, UTF-8), parsed again at every start
    sha256      varchar(64) not null,           -- of the file's bytes
    loaded_by   varchar(100) not null,
    loaded_at   timestamp with time zone not null default now(),
    constraint calendar_notice_year_version_uq unique (year, version)
);

-- What a notice changed: one row per stored deadline it moved or confirmed (provisional → known), written by the
-- modules holding the deadlines (licensing, supervision) when they hear of the notice; the officers' list.
-- Unique per notice and record, so a listener run twice for one notice records nothing new.
create table calendar_deadline_revision (
    id               bigserial primary key,
    notice_id        bigint not null references calendar_notice (id),
    record_kind      varchar(40) not null,      -- RECTIFICATION | LICENCE_APPLICATION | COMMITMENT_CHECK
    record_id        bigint not null,
    clock            varchar(40) not null default '',  -- licensing: OVERALL or the step whose clock moved
    record_label     varchar(500) not null,
    record_href      varchar(200) not null,
    region_code      varchar(12) not null,      -- the record's region: scopes the list (a county sees its county)
    old_deadline     date not null,
    new_deadline     date not null,
    old_provisional  boolean not null,
    new_provisional  boolean not null,
    recorded_at      timestamp with time zone not null default now(),
    constraint calendar_deadline_revision_uq unique (notice_id, record_kind, record_id, clock)
);
create index calendar_deadline_revision_region_idx on calendar_deadline_revision (region_code, notice_id);

-- [jooq ignore start]
alter table calendar_deadline_revision add constraint calendar_deadline_revision_region_fk
    foreign key (region_code) references region (code);
alter table calendar_notice add constraint calendar_notice_year_range check (year between 2007 and 9999);
-- [jooq ignore stop]
