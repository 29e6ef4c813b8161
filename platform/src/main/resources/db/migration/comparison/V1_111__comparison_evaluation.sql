-- comparison: the evaluation of a round (JJF 1117-2010; CNAS-GL002:2018) — per measurement point the reference
-- value with its uncertainty, the consistency check, and every participant's scores with their performance.
-- An evaluation records the rule-book revision and the criteria edition that decided it (ADR 0019), so a stored
-- verdict can be explained later with the rules of its day. Evaluating again before publication replaces it.

create table comparison_evaluation (
    id                 bigserial primary key,
    round_id           bigint  not null references comparison_round (id),
    point_id           bigint  not null references comparison_point (id),
    evaluated_on       date    not null,
    rule_book_revision bigint  not null,
    -- the comparison.performance-criteria edition in force on evaluated_on (regulation and effective date)
    criteria_edition   varchar not null,
    criteria_from      date    not null,
    -- WEIGHTED_MEAN | ARITHMETIC_MEAN | MEDIAN | ALGORITHM_A | PILOT_VALUE
    method             varchar not null,
    reference_value    double precision not null,
    reference_u        double precision not null,
    coverage_factor    numeric(6, 3) not null,
    -- lab codes whose results entered the reference value, ';'-separated
    contributors       varchar not null,
    -- chi-squared and Birge ratio, only for a weighted-mean reference
    chi2               double precision,
    nu                 integer,
    chi2_critical      double precision,
    birge              double precision,
    consistent         boolean,
    sigma_pt           double precision,
    evaluated_by       varchar not null,
    evaluated_at       timestamp with time zone not null default now(),
    unique (round_id, point_id)
);

-- One score of one participant at one point, unrounded, with the performance the criteria gave it.
create table comparison_score (
    id             bigserial primary key,
    evaluation_id  bigint  not null references comparison_evaluation (id) on delete cascade,
    participant_id bigint  not null references comparison_participant (id),
    -- EN | Z | Z_PRIME | ZETA
    score_type     varchar not null,
    value          double precision not null,
    -- SATISFACTORY | QUESTIONABLE | UNSATISFACTORY
    performance    varchar not null,
    formula        varchar not null,
    in_reference   boolean not null,
    unique (evaluation_id, participant_id, score_type)
);
create index comparison_score_participant_idx on comparison_score (participant_id);

-- [jooq ignore start]
alter table comparison_evaluation add constraint comparison_evaluation_method_check
    check (method in ('WEIGHTED_MEAN', 'ARITHMETIC_MEAN', 'MEDIAN', 'ALGORITHM_A', 'PILOT_VALUE'));
alter table comparison_score add constraint comparison_score_type_check check (score_type in ('EN', 'Z', 'Z_PRIME', 'ZETA'));
alter table comparison_score add constraint comparison_score_performance_check
    check (performance in ('SATISFACTORY', 'QUESTIONABLE', 'UNSATISFACTORY'));
-- [jooq ignore stop]
