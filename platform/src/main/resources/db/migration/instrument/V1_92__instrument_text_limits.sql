-- Length limits of the instrument module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table instrument add constraint instrument__maker_max_200 check (char_length(maker) <= 200);
alter table instrument add constraint instrument__model_max_200 check (char_length(model) <= 200);
alter table instrument add constraint instrument__serial_number_max_64 check (char_length(serial_number) <= 64);
alter table instrument add constraint instrument__type_approval_no_max_64 check (char_length(type_approval_no) <= 64);
alter table instrument add constraint instrument__accuracy_class_max_64 check (char_length(accuracy_class) <= 64);
alter table instrument add constraint instrument__measuring_range_max_200 check (char_length(measuring_range) <= 200);
alter table instrument add constraint instrument__location_max_200 check (char_length(location) <= 200);
alter table instrument add constraint instrument__purpose_max_200 check (char_length(purpose) <= 200);

alter table measurement_standard add constraint measurement_standard__name_max_200 check (char_length(name) <= 200);
alter table measurement_standard add constraint measurement_standard__assessment_certificate_no_max_64 check (char_length(assessment_certificate_no) <= 64);
alter table measurement_standard add constraint measurement_standard__calibration_certificate_no_max_64 check (char_length(calibration_certificate_no) <= 64);
-- [jooq ignore stop]
