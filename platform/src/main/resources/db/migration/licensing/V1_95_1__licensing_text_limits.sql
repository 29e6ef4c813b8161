-- Length limits of the licensing module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table licence_application add constraint licence_application__subject_max_200 check (char_length(subject) <= 200);
alter table licence_application add constraint licence_application__instrument_type_max_200 check (char_length(instrument_type) <= 200);
alter table licence_application add constraint licence_application__model_max_200 check (char_length(model) <= 200);

alter table licence_application_event add constraint licence_application_event__reason_max_4000 check (char_length(reason) <= 4000);
alter table licence_application_event add constraint licence_application_event__items_max_4000 check (char_length(items) <= 4000);
alter table licence_application_event add constraint licence_application_event__late_reason_max_4000 check (char_length(late_reason) <= 4000);

alter table licence_document add constraint licence_document__file_name_max_255 check (char_length(file_name) <= 255);

alter table licence add constraint licence__revoked_reason_max_4000 check (char_length(revoked_reason) <= 4000);
alter table licence add constraint licence__commitment_check_note_max_4000 check (char_length(commitment_check_note) <= 4000);
-- [jooq ignore stop]
