-- The rule book a decision was made with (issue 19): rule_book_revision is the revision of the rules
-- module's book (null: the shipped editions only, as before editions could be loaded), so showing,
-- issuing or auditing a recorded verification recomputes with the editions that decided it, whatever was
-- loaded since. stand_in_editions lists, one per line as "rule-id|regulation", the editions in force
-- whose values were not obtained and for which another edition's values decided.
alter table verification add column rule_book_revision bigint;
alter table verification add column stand_in_editions varchar;
-- [jooq ignore start]
create index verification_stand_in_idx on verification (verification_date) where stand_in_editions is not null;
-- [jooq ignore stop]
