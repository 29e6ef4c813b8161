-- rules: editions of rule tables loaded by a province administrator at run time (issue 19). The shipped
-- editions live in metrology-core (rules/index.txt); a loaded file for the same rule and regulation
-- replaces the shipped one, a loaded file for a new regulation adds an edition. Rows are never updated
-- except to name their successor: a correction is a new version, so what decided a past decision is kept.
--
-- The id orders the loads: the rule book "at revision R" is the shipped editions with, per rule and
-- regulation, the latest version whose id <= R. Decisions store the revision they were made with.
create table rule_edition (
    id              bigserial primary key,
    rule_id         varchar(100)  not null,
    regulation      varchar(200)  not null,
    clause          varchar(500),
    effective_from  date          not null,
    effective_until date,
    verified        boolean       not null,
    -- the edition's own values were not obtained and another edition's values stand in
    stand_in        boolean       not null default false,
    source          varchar(2000),
    file_name       varchar(200)  not null,
    -- the file exactly as loaded (UTF-8 text); the book is rebuilt from it
    file_text       text          not null,
    -- 1, 2, ... per (rule_id, regulation)
    version         integer       not null,
    reason          varchar(1000),
    loaded_by       varchar(100)  not null,
    loaded_at       timestamp with time zone not null,
    superseded_by   bigint references rule_edition (id),
    unique (rule_id, regulation, version)
);
