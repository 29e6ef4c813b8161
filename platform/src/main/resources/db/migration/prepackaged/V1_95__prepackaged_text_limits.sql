-- Length limits of the prepackaged module's text columns, one per column, the same numbers as
-- org.metrolex.platform.validation.FieldLimits (ADR 0022). Named <column>_max_<n> so that a refusal by
-- the database names the field and the limit (ErrorMapping). Checked constraints: a database with a
-- longer value already stored refuses this migration, naming the constraint, until the value is shortened.

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table lot_inspection add constraint lot_inspection__product_name_max_200 check (char_length(product_name) <= 200);
alter table lot_inspection add constraint lot_inspection__brand_max_200 check (char_length(brand) <= 200);
alter table lot_inspection add constraint lot_inspection__batch_no_max_64 check (char_length(batch_no) <= 64);
alter table lot_inspection add constraint lot_inspection__nominal_unit_max_64 check (char_length(nominal_unit) <= 64);

alter table cmark_declaration add constraint cmark_declaration__product_scope_max_500 check (char_length(product_scope) <= 500);
alter table cmark_declaration add constraint cmark_declaration__contact_max_200 check (char_length(contact) <= 200);
alter table cmark_declaration add constraint cmark_declaration__review_note_max_4000 check (char_length(review_note) <= 4000);
-- [jooq ignore stop]
