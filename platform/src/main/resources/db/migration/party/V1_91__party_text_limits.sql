-- Length limits of the party module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table enterprise add constraint enterprise__credit_code_max_64 check (char_length(credit_code) <= 64);
alter table enterprise add constraint enterprise__name_max_200 check (char_length(name) <= 200);
alter table enterprise add constraint enterprise__address_max_500 check (char_length(address) <= 500);
alter table enterprise add constraint enterprise__legal_representative_max_200 check (char_length(legal_representative) <= 200);
alter table enterprise add constraint enterprise__contact_phone_max_40 check (char_length(contact_phone) <= 40);

alter table institution add constraint institution__credit_code_max_64 check (char_length(credit_code) <= 64);
alter table institution add constraint institution__name_max_200 check (char_length(name) <= 200);
alter table institution add constraint institution__address_max_500 check (char_length(address) <= 500);
alter table institution add constraint institution__contact_phone_max_40 check (char_length(contact_phone) <= 40);

alter table institution_authorization add constraint institution_authorization__certificate_no_max_64 check (char_length(certificate_no) <= 64);
alter table institution_authorization add constraint institution_authorization__instrument_type_max_200 check (char_length(instrument_type) <= 200);

alter table person add constraint person__name_max_200 check (char_length(name) <= 200);
alter table person add constraint person__phone_max_40 check (char_length(phone) <= 40);

alter table qualification add constraint qualification__certificate_no_max_64 check (char_length(certificate_no) <= 64);
alter table qualification add constraint qualification__scope_max_200 check (char_length(scope) <= 200);
-- [jooq ignore stop]
