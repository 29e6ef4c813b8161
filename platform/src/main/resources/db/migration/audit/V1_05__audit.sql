-- audit: append-only, hash-chained record of every change.
create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar not null,
    action      varchar not null,
    entity_type varchar not null,
    entity_id   varchar not null,
    -- canonical JSON text exactly as hashed (not jsonb, which would reorder keys)
    before_json varchar,
    after_json  varchar,
    prev_hash   varchar not null,
    hash        varchar not null
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
-- [jooq ignore start]
-- Append-only: updates and deletes are refused by the database itself.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (审计记录只能追加)';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
-- [jooq ignore stop]
