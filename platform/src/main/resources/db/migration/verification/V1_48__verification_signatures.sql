-- The three signatures of a certificate (issue 13, ADR 0020): the verifier (检定员, already recorded with the
-- readings), then a checker (核验员) and an approver (批准人), each a qualified person of the institution,
-- signed in the system in that order before issue. checked_by / approved_by are the accounts that recorded the
-- signature; the people are the person ids. Certificates written in bulk were signed in the institution's own
-- system and carry none of these.
alter table verification add column checker_person_id bigint;
alter table verification add column checked_at timestamp with time zone;
alter table verification add column checked_by varchar;
alter table verification add column approver_person_id bigint;
alter table verification add column approved_at timestamp with time zone;
alter table verification add column approved_by varchar;

-- [jooq ignore start]
alter table verification drop constraint verification_status_known;
alter table verification add constraint verification_status_known
    check (status in ('BOOKED', 'ASSIGNED', 'RECORDED', 'CHECKED', 'APPROVED', 'CERTIFIED', 'NON_CONFORMING', 'CANCELLED'));
alter table verification add constraint verification_checker_fk foreign key (checker_person_id) references person (id);
alter table verification add constraint verification_approver_fk foreign key (approver_person_id) references person (id);
-- [jooq ignore stop]
