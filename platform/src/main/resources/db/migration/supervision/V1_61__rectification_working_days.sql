-- Rectification orders (责令整改) counted in working days (issue 6, ADR 0016). The deadline is the n-th working
-- day after the order date under the State Council holiday notices (calendar module); it is provisional when
-- some date up to it lies in a year without a published notice. A deadline typed as a date keeps
-- rectification_working_days null. Overdue is decided on read (status RECTIFICATION_ORDERED and today after the
-- deadline); the daily job only records the first overdue day once (rectification_overdue_since) and audits it.
alter table supervision_finding add column rectification_ordered_on date;
alter table supervision_finding add column rectification_working_days integer;
alter table supervision_finding add column rectification_deadline_provisional boolean not null default false;
alter table supervision_finding add column rectification_overdue_since date;
alter table supervision_finding add column rectified_late boolean;
create index supervision_finding_rectification_due_idx on supervision_finding (rectification_deadline);

-- [jooq ignore start]
-- 1..60 working days: our configured default [M], no regulation fixes the length of a rectification period.
alter table supervision_finding add constraint supervision_finding_working_days_range
    check (rectification_working_days is null or rectification_working_days between 1 and 60);
-- [jooq ignore stop]
