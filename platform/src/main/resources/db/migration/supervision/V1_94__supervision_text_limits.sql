-- Length limits of the supervision module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table supervision_campaign add constraint supervision_campaign__name_max_200 check (char_length(name) <= 200);

alter table supervision_finding add constraint supervision_finding__description_max_4000 check (char_length(description) <= 4000);
alter table supervision_finding add constraint supervision_finding__follow_up_max_4000 check (char_length(follow_up) <= 4000);
alter table supervision_finding add constraint supervision_finding__penalty_decision_max_4000 check (char_length(penalty_decision) <= 4000);
alter table supervision_finding add constraint supervision_finding__case_number_max_64 check (char_length(case_number) <= 64);
-- [jooq ignore stop]
