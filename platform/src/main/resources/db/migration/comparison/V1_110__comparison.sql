-- comparison: inter-laboratory comparison rounds (计量比对, JJF 1117) — plan, participants, circulation of the
-- artefact, results — and the record of participation in national comparisons.

-- One round. region_code is the organising bureau's region: it scopes which officers read the round; an
-- institution reads a round it pilots or takes part in. The reference-value method, the scores and their
-- data (coverage factor, transfer uncertainty, sigma_pt) are fixed at planning and used by the evaluation.
create table comparison_round (
    id                            bigserial primary key,
    title                         varchar not null,
    quantity                      varchar not null,
    artefact                      varchar,
    device_type                   varchar,
    region_code                   varchar not null,
    pilot_institution_id          bigint  not null,
    protocol_name                 varchar,
    protocol_content              bytea,
    protocol_sha256               varchar,
    -- RING (pilot → L1 → L2 … → pilot) | PETAL (pilot → Li → pilot, one lab at a time)
    schedule_kind                 varchar not null,
    start_date                    date    not null,
    holding_working_days          integer not null,
    transport_working_days        integer not null,
    results_deadline              date    not null,
    -- WEIGHTED_MEAN | ARITHMETIC_MEAN | MEDIAN | ALGORITHM_A | PILOT_VALUE
    reference_method              varchar not null,
    -- the scores to compute, ';'-separated: EN;Z;Z_PRIME;ZETA
    score_types                   varchar not null,
    coverage_factor               numeric(6, 3)  not null default 2,
    transfer_expanded_uncertainty numeric(30, 12) not null default 0,
    -- FIXED (sigma_pt given) | ALGORITHM_A | NIQR; only for z and z'
    sigma_pt_method               varchar,
    sigma_pt                      numeric(30, 12),
    -- working days an unsatisfactory participant gets to rectify ([M], configurable per round)
    rectification_working_days    integer not null default 20,
    -- PLANNED (participants enrolled) -> CIRCULATING -> RESULTS_CLOSED -> EVALUATED -> PUBLISHED
    status                        varchar not null default 'PLANNED',
    started_on                    date,
    results_closed_on             date,
    published_on                  date,
    created_by                    varchar not null,
    created_at                    timestamp with time zone not null default now(),
    updated_at                    timestamp with time zone not null default now(),
    version                       integer not null default 0
);
create index comparison_round_region_idx on comparison_round (region_code);
create index comparison_round_pilot_idx on comparison_round (pilot_institution_id);

-- A measuring point of the round (e.g. the Qmax and Qmin flow points of a gas-meter test bench).
create table comparison_point (
    id       bigserial primary key,
    round_id bigint  not null references comparison_round (id),
    position integer not null,
    label    varchar not null,
    unit     varchar not null,
    unique (round_id, position)
);

-- A participant: an institution of the registry (institution_id) or an invited laboratory (name only).
-- name is the participant's name at enrolment (pages show names, and an invited lab has no registry row).
-- lab_code (L01 …) is drawn at the start of circulation and is all others ever see of a participant.
create table comparison_participant (
    id              bigserial primary key,
    round_id        bigint  not null references comparison_round (id),
    institution_id  bigint,
    name            varchar not null,
    contact         varchar,
    region_code     varchar,
    is_pilot        boolean not null default false,
    position        integer not null,
    lab_code        varchar,
    planned_receive date,
    planned_send    date,
    -- ENROLLED | WITHDRAWN
    status          varchar not null default 'ENROLLED',
    enrolled_at     timestamp with time zone not null default now(),
    unique (round_id, institution_id),
    unique (round_id, lab_code)
);
create index comparison_participant_institution_idx on comparison_participant (institution_id);

-- A hand-over of the artefact: SENT by the holder or RECEIVED by the next, with its condition on that day.
create table comparison_handover (
    id             bigserial primary key,
    round_id       bigint  not null references comparison_round (id),
    participant_id bigint  not null references comparison_participant (id),
    kind           varchar not null,
    on_date        date    not null,
    -- GOOD | DAMAGED | INCOMPLETE
    condition      varchar not null,
    note           varchar,
    recorded_by    varchar not null,
    recorded_at    timestamp with time zone not null default now(),
    unique (participant_id, kind)
);

-- A stability check of the artefact by the pilot (its drift decides whether the transfer uncertainty must grow).
create table comparison_stability (
    id                   bigserial primary key,
    round_id             bigint  not null references comparison_round (id),
    point_id             bigint  not null references comparison_point (id),
    on_date              date    not null,
    value                numeric(30, 12) not null,
    expanded_uncertainty numeric(30, 12) not null,
    coverage_factor      numeric(6, 3)  not null,
    note                 varchar,
    recorded_by          varchar not null,
    recorded_at          timestamp with time zone not null default now()
);

-- One participant's result at one point: the value with its expanded uncertainty U and coverage factor k.
create table comparison_result (
    id                   bigserial primary key,
    participant_id       bigint  not null references comparison_participant (id),
    point_id             bigint  not null references comparison_point (id),
    value                numeric(30, 12) not null,
    expanded_uncertainty numeric(30, 12) not null,
    coverage_factor      numeric(6, 3)  not null,
    -- FORM | XLSX
    source               varchar not null,
    submitted_at         timestamp with time zone not null,
    submitted_by         varchar not null,
    unique (participant_id, point_id)
);

-- Participation of an institution of the province in a national comparison (organised by the national
-- institute or a national technical committee); region_code is the institution's, for the data scope.
create table national_comparison (
    id             bigserial primary key,
    year           integer not null,
    organiser      varchar not null,
    project        varchar not null,
    institution_id bigint  not null,
    region_code    varchar not null,
    -- SATISFACTORY | QUESTIONABLE | UNSATISFACTORY | PENDING
    result         varchar not null,
    note           varchar,
    recorded_by    varchar not null,
    recorded_at    timestamp with time zone not null default now()
);
create index national_comparison_region_idx on national_comparison (region_code);
create index national_comparison_year_idx on national_comparison (year);

-- constraints only, nothing for the generated classes:
-- [jooq ignore start]
alter table comparison_round add constraint comparison_round_pilot_fk foreign key (pilot_institution_id) references institution (id);
alter table comparison_round add constraint comparison_round_region_fk foreign key (region_code) references region (code);
alter table comparison_participant add constraint comparison_participant_institution_fk foreign key (institution_id) references institution (id);
alter table national_comparison add constraint national_comparison_institution_fk foreign key (institution_id) references institution (id);
alter table comparison_round add constraint comparison_round_status_check
    check (status in ('PLANNED', 'CIRCULATING', 'RESULTS_CLOSED', 'EVALUATED', 'PUBLISHED'));
alter table comparison_round add constraint comparison_round_schedule_kind_check check (schedule_kind in ('RING', 'PETAL'));
alter table comparison_round add constraint comparison_round_reference_method_check
    check (reference_method in ('WEIGHTED_MEAN', 'ARITHMETIC_MEAN', 'MEDIAN', 'ALGORITHM_A', 'PILOT_VALUE'));
alter table comparison_round add constraint comparison_round_sigma_pt_method_check
    check (sigma_pt_method is null or sigma_pt_method in ('FIXED', 'ALGORITHM_A', 'NIQR'));
alter table comparison_round add constraint comparison_round_days_check
    check (holding_working_days between 1 and 250 and transport_working_days between 0 and 250
           and rectification_working_days between 1 and 60);
alter table comparison_round add constraint comparison_round_deadline_check check (results_deadline >= start_date);
alter table comparison_round add constraint comparison_round_k_check check (coverage_factor > 0 and transfer_expanded_uncertainty >= 0);
alter table comparison_participant add constraint comparison_participant_status_check check (status in ('ENROLLED', 'WITHDRAWN'));
alter table comparison_handover add constraint comparison_handover_kind_check check (kind in ('SENT', 'RECEIVED'));
alter table comparison_handover add constraint comparison_handover_condition_check check (condition in ('GOOD', 'DAMAGED', 'INCOMPLETE'));
alter table comparison_result add constraint comparison_result_u_check check (expanded_uncertainty > 0 and coverage_factor > 0);
alter table comparison_result add constraint comparison_result_source_check check (source in ('FORM', 'XLSX'));
alter table comparison_stability add constraint comparison_stability_u_check check (expanded_uncertainty > 0 and coverage_factor > 0);
alter table national_comparison add constraint national_comparison_result_check
    check (result in ('SATISFACTORY', 'QUESTIONABLE', 'UNSATISFACTORY', 'PENDING'));
alter table national_comparison add constraint national_comparison_year_check check (year between 1950 and 2100);

-- text limits (ADR 0022): the same numbers as FieldLimits
alter table comparison_round add constraint comparison_round__title_max_200 check (char_length(title) <= 200);
alter table comparison_round add constraint comparison_round__quantity_max_200 check (char_length(quantity) <= 200);
alter table comparison_round add constraint comparison_round__artefact_max_200 check (char_length(artefact) <= 200);
alter table comparison_round add constraint comparison_round__device_type_max_200 check (char_length(device_type) <= 200);
alter table comparison_round add constraint comparison_round__protocol_name_max_200 check (char_length(protocol_name) <= 200);
alter table comparison_round add constraint comparison_round__score_types_max_64 check (char_length(score_types) <= 64);
alter table comparison_point add constraint comparison_point__label_max_200 check (char_length(label) <= 200);
alter table comparison_point add constraint comparison_point__unit_max_64 check (char_length(unit) <= 64);
alter table comparison_participant add constraint comparison_participant__name_max_200 check (char_length(name) <= 200);
alter table comparison_participant add constraint comparison_participant__contact_max_200 check (char_length(contact) <= 200);
alter table comparison_participant add constraint comparison_participant__lab_code_max_64 check (char_length(lab_code) <= 64);
alter table comparison_handover add constraint comparison_handover__note_max_4000 check (char_length(note) <= 4000);
alter table comparison_stability add constraint comparison_stability__note_max_4000 check (char_length(note) <= 4000);
alter table national_comparison add constraint national_comparison__organiser_max_200 check (char_length(organiser) <= 200);
alter table national_comparison add constraint national_comparison__project_max_200 check (char_length(project) <= 200);
alter table national_comparison add constraint national_comparison__note_max_4000 check (char_length(note) <= 4000);
-- [jooq ignore stop]
