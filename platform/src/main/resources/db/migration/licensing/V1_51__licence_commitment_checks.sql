-- Approval by commitment (告知承诺): the later check, its result, and the in-app overdue flag set by the
-- daily job. The due date stays after the check so the history remains readable.
alter table licence add column commitment_check_result varchar;          -- null: open | PASSED | FAILED
alter table licence add column commitment_checked_on date;
alter table licence add column commitment_checked_by varchar;
alter table licence add column commitment_check_note varchar;
alter table licence add column commitment_check_overdue_on date;         -- set once by the daily job: the in-app flag
create index licence_commitment_check_due_idx on licence (commitment_check_due);
