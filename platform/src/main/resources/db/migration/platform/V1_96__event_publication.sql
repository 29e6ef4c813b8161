-- Spring Modulith's JDBC event publication registry (ADR 0024): one row per event and transactional listener,
-- written in the publishing transaction and deleted once the listener completed (completion mode DELETE), so
-- what stays are the publications not yet handled, republished at the next start. The table is the one the
-- 2.0.x registry (schema version 2) expects for PostgreSQL, created here so that Flyway owns every table; the
-- registry's own schema initialisation stays off. It is read and written by the registry only, never with jOOQ.
-- [jooq ignore start]
create table event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
-- [jooq ignore stop]
