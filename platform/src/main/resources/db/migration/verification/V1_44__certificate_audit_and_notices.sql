-- Certificate audit (issue 4) and in-app overdue notices.

-- An imported file of certificates audited by an officer: idempotent by the SHA-256 of the file's bytes
-- within the importing officer's region (the same file imported again returns this row, nothing is added).
-- The report and the rejected rows are kept as JSON as they were produced, so an audit stays readable
-- after the registry changes.
create table certificate_audit_import (
    id             bigserial primary key,
    content_sha256 varchar not null,
    region_code    varchar not null,
    file_name      varchar not null,
    imported_by    varchar not null,
    imported_at    timestamp with time zone not null default now(),
    rows_read      integer not null,
    rows_rejected  integer not null,
    examined       integer not null,
    defective      integer not null,
    report_json    varchar not null,
    errors_json    varchar not null,
    constraint certificate_audit_import_uq unique (content_sha256, region_code)
);
create index certificate_audit_import_region_idx on certificate_audit_import (region_code);

-- Overdue notices become visible in-app: the owner enterprise marks one read.
alter table overdue_notice add column read_at timestamp with time zone;
alter table overdue_notice add column read_by varchar;
create index overdue_notice_instrument_idx on overdue_notice (instrument_id);
create index verification_date_idx on verification (verification_date);

-- [jooq ignore start]
alter table certificate_audit_import add constraint certificate_audit_import_region_fk foreign key (region_code) references region (code);
-- [jooq ignore stop]
