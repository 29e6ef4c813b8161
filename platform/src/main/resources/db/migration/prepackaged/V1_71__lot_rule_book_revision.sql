-- The rule book a lot was sampled and decided with (issue 19): the sample size was drawn from the plan of
-- this revision at registration, so its decision uses the same editions whatever was loaded since (null:
-- the shipped editions only). stand_in_editions as in verification ("rule-id|regulation" per line).
alter table lot_inspection add column rule_book_revision bigint;
alter table lot_inspection add column stand_in_editions varchar;
