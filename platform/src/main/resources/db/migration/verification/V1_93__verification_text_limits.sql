-- Length limits of the verification module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table certificate add constraint certificate__revoked_reason_max_4000 check (char_length(revoked_reason) <= 4000);
-- [jooq ignore stop]
