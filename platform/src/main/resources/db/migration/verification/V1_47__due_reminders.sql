-- Due-date reminders to owner enterprises (issue 13, item 12; ADR 0021). The daily job reads the one source of
-- truth for "next due" (instrument_due) and records one reminder per instrument, due date and threshold (days
-- before the due date, app.reminders.days-before); the unique key makes a re-run on the same or the next day
-- add nothing. Region and owner are those of instrument_due when the reminder was recorded, and scope the reads.
create table due_reminder (
    id                  bigserial primary key,
    instrument_id       bigint  not null,
    due_date            date    not null,
    days_before         integer not null,
    certificate_number  varchar not null,
    region_code         varchar not null,
    owner_enterprise_id bigint  not null,
    reminded_on         date    not null,
    created_at          timestamp with time zone not null,
    read_at             timestamp with time zone,
    read_by             varchar,
    constraint due_reminder_once unique (instrument_id, due_date, days_before)
);
create index due_reminder_owner_idx on due_reminder (owner_enterprise_id, due_date);
create index due_reminder_region_idx on due_reminder (region_code, due_date);

-- The outbox: one delivery attempt per reminder and channel (IN_APP, SMS, EMAIL, or a gateway's own), with the
-- address used and the outcome. A reminder without a row for a configured channel is delivered on the next run.
create table reminder_delivery (
    id           bigserial primary key,
    reminder_id  bigint  not null,
    channel      varchar not null,
    recipient    varchar,
    status       varchar not null,
    detail       varchar,
    attempted_at timestamp with time zone not null,
    constraint reminder_delivery_once unique (reminder_id, channel)
);

-- [jooq ignore start]
alter table due_reminder add constraint due_reminder_instrument_fk foreign key (instrument_id) references instrument (id);
alter table due_reminder add constraint due_reminder_owner_fk foreign key (owner_enterprise_id) references enterprise (id);
alter table due_reminder add constraint due_reminder_region_fk foreign key (region_code) references region (code);
alter table due_reminder add constraint due_reminder_days_positive check (days_before > 0);
alter table reminder_delivery add constraint reminder_delivery_reminder_fk foreign key (reminder_id) references due_reminder (id);
alter table reminder_delivery add constraint reminder_delivery_status_known check (status in ('SENT', 'FAILED', 'NO_CONTACT'));
-- [jooq ignore stop]
