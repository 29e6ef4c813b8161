package org.metrolex.comparison.persistence;

import static org.metrolex.platform.jooq.Tables.COMPARISON_HANDOVER;
import static org.metrolex.platform.jooq.Tables.COMPARISON_PARTICIPANT;
import static org.metrolex.platform.jooq.Tables.COMPARISON_POINT;
import static org.metrolex.platform.jooq.Tables.COMPARISON_RESULT;
import static org.metrolex.platform.jooq.Tables.COMPARISON_ROUND;
import static org.metrolex.platform.jooq.Tables.COMPARISON_STABILITY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.comparison.Handover;
import org.metrolex.comparison.NewRound;
import org.metrolex.comparison.Participant;
import org.metrolex.comparison.Round;
import org.metrolex.comparison.StabilityCheck;
import org.metrolex.comparison.SubmittedResult;
import org.metrolex.comparison.domain.ArtefactCondition;
import org.metrolex.comparison.domain.HandoverKind;
import org.metrolex.comparison.domain.ReferenceMethod;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.comparison.domain.ScheduleKind;
import org.metrolex.comparison.domain.ScoreType;
import org.metrolex.platform.jooq.tables.records.ComparisonRoundRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.springframework.stereotype.Repository;

@Repository
class JooqComparisonRounds implements ComparisonRounds {

    private final DSLContext dsl;
    private final Clock clock;

    JooqComparisonRounds(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Officers by the organising region; an institution the rounds it pilots or is enrolled in. */
    private static Condition visible(DataScope scope) {
        Condition c = scope.where(COMPARISON_ROUND.REGION_CODE, COMPARISON_ROUND.PILOT_INSTITUTION_ID, DataScope.PartyKind.INSTITUTION);
        if (scope.role() == Role.INSTITUTION_STAFF && scope.partyId() != null) {
            c = c.or(DSL.exists(DSL.selectOne().from(COMPARISON_PARTICIPANT)
                    .where(COMPARISON_PARTICIPANT.ROUND_ID.eq(COMPARISON_ROUND.ID))
                    .and(COMPARISON_PARTICIPANT.INSTITUTION_ID.eq(scope.partyId()))));
        }
        return c;
    }

    @Override
    public long insert(NewRound r, String createdBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = dsl.insertInto(COMPARISON_ROUND)
                .set(COMPARISON_ROUND.TITLE, r.title())
                .set(COMPARISON_ROUND.QUANTITY, r.quantity())
                .set(COMPARISON_ROUND.ARTEFACT, r.artefact())
                .set(COMPARISON_ROUND.DEVICE_TYPE, r.deviceType())
                .set(COMPARISON_ROUND.REGION_CODE, r.regionCode())
                .set(COMPARISON_ROUND.PILOT_INSTITUTION_ID, r.pilotInstitutionId())
                .set(COMPARISON_ROUND.PROTOCOL_NAME, r.protocolName())
                .set(COMPARISON_ROUND.SCHEDULE_KIND, r.scheduleKind())
                .set(COMPARISON_ROUND.START_DATE, r.startDate())
                .set(COMPARISON_ROUND.HOLDING_WORKING_DAYS, r.holdingWorkingDays())
                .set(COMPARISON_ROUND.TRANSPORT_WORKING_DAYS, r.transportWorkingDays())
                .set(COMPARISON_ROUND.RESULTS_DEADLINE, r.resultsDeadline())
                .set(COMPARISON_ROUND.REFERENCE_METHOD, r.referenceMethod())
                .set(COMPARISON_ROUND.SCORE_TYPES, String.join(";", r.scoreTypes()))
                .set(COMPARISON_ROUND.COVERAGE_FACTOR, r.coverageFactor())
                .set(COMPARISON_ROUND.TRANSFER_EXPANDED_UNCERTAINTY, r.transferExpandedUncertainty())
                .set(COMPARISON_ROUND.SIGMA_PT_METHOD, r.sigmaPtMethod())
                .set(COMPARISON_ROUND.SIGMA_PT, r.sigmaPt())
                .set(COMPARISON_ROUND.RECTIFICATION_WORKING_DAYS, r.rectificationWorkingDays())
                .set(COMPARISON_ROUND.CREATED_BY, createdBy)
                .set(COMPARISON_ROUND.CREATED_AT, now)
                .set(COMPARISON_ROUND.UPDATED_AT, now)
                .returning(COMPARISON_ROUND.ID).fetchOne().getId();
        int position = 1;
        for (NewRound.PointDraft p : r.points()) {
            dsl.insertInto(COMPARISON_POINT).set(COMPARISON_POINT.ROUND_ID, id).set(COMPARISON_POINT.POSITION, position++)
                    .set(COMPARISON_POINT.LABEL, p.label()).set(COMPARISON_POINT.UNIT, p.unit()).execute();
        }
        return id;
    }

    @Override
    public Optional<Round> find(DataScope scope, long id) {
        return dsl.selectFrom(COMPARISON_ROUND).where(COMPARISON_ROUND.ID.eq(id)).and(visible(scope))
                .fetchOptional().map(JooqComparisonRounds::round);
    }

    @Override
    public Round lock(long id) {
        return round(dsl.selectFrom(COMPARISON_ROUND).where(COMPARISON_ROUND.ID.eq(id)).forUpdate().fetchSingle());
    }

    @Override
    public ResultPage<Round> search(DataScope scope, RoundStatus status, int page, int size) {
        Condition where = visible(scope);
        if (status != null) {
            where = where.and(COMPARISON_ROUND.STATUS.eq(status.name()));
        }
        long total = dsl.fetchCount(COMPARISON_ROUND, where);
        List<Round> items = dsl.selectFrom(COMPARISON_ROUND).where(where)
                .orderBy(COMPARISON_ROUND.START_DATE.desc(), COMPARISON_ROUND.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(JooqComparisonRounds::round);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public List<Round.Point> points(long roundId) {
        return dsl.selectFrom(COMPARISON_POINT).where(COMPARISON_POINT.ROUND_ID.eq(roundId)).orderBy(COMPARISON_POINT.POSITION)
                .fetch(r -> new Round.Point(r.getId(), r.getPosition(), r.getLabel(), r.getUnit()));
    }

    @Override
    public List<Participant> participants(long roundId) {
        return dsl.selectFrom(COMPARISON_PARTICIPANT).where(COMPARISON_PARTICIPANT.ROUND_ID.eq(roundId))
                .orderBy(COMPARISON_PARTICIPANT.POSITION)
                .fetch(r -> new Participant(r.getId(), r.getRoundId(), r.getInstitutionId(), r.getName(), r.getContact(),
                        r.getRegionCode(), r.getIsPilot(), r.getPosition(), r.getLabCode(), r.getPlannedReceive(),
                        r.getPlannedSend(), "WITHDRAWN".equals(r.getStatus())));
    }

    @Override
    public long enrol(long roundId, Long institutionId, String name, String contact, String regionCode, boolean pilot) {
        Integer last = dsl.select(DSL.max(COMPARISON_PARTICIPANT.POSITION)).from(COMPARISON_PARTICIPANT)
                .where(COMPARISON_PARTICIPANT.ROUND_ID.eq(roundId)).fetchOne(0, Integer.class);
        return dsl.insertInto(COMPARISON_PARTICIPANT)
                .set(COMPARISON_PARTICIPANT.ROUND_ID, roundId)
                .set(COMPARISON_PARTICIPANT.INSTITUTION_ID, institutionId)
                .set(COMPARISON_PARTICIPANT.NAME, name)
                .set(COMPARISON_PARTICIPANT.CONTACT, contact)
                .set(COMPARISON_PARTICIPANT.REGION_CODE, regionCode)
                .set(COMPARISON_PARTICIPANT.IS_PILOT, pilot)
                .set(COMPARISON_PARTICIPANT.POSITION, pilot ? 0 : (last == null ? 1 : last + 1))
                .set(COMPARISON_PARTICIPANT.ENROLLED_AT, OffsetDateTime.now(clock))
                .returning(COMPARISON_PARTICIPANT.ID).fetchOne().getId();
    }

    @Override
    public void withdraw(long participantId) {
        dsl.update(COMPARISON_PARTICIPANT).set(COMPARISON_PARTICIPANT.STATUS, "WITHDRAWN")
                .where(COMPARISON_PARTICIPANT.ID.eq(participantId)).execute();
    }

    @Override
    public void schedule(long participantId, String labCode, LocalDate plannedReceive, LocalDate plannedSend) {
        dsl.update(COMPARISON_PARTICIPANT).set(COMPARISON_PARTICIPANT.LAB_CODE, labCode)
                .set(COMPARISON_PARTICIPANT.PLANNED_RECEIVE, plannedReceive).set(COMPARISON_PARTICIPANT.PLANNED_SEND, plannedSend)
                .where(COMPARISON_PARTICIPANT.ID.eq(participantId)).execute();
    }

    @Override
    public void status(long roundId, RoundStatus status, LocalDate on) {
        var update = dsl.update(COMPARISON_ROUND).set(COMPARISON_ROUND.STATUS, status.name())
                .set(COMPARISON_ROUND.UPDATED_AT, OffsetDateTime.now(clock))
                .set(COMPARISON_ROUND.VERSION, COMPARISON_ROUND.VERSION.plus(1));
        switch (status) {
            case CIRCULATING -> update = update.set(COMPARISON_ROUND.STARTED_ON, on);
            case RESULTS_CLOSED -> update = update.set(COMPARISON_ROUND.RESULTS_CLOSED_ON, on);
            case PUBLISHED -> update = update.set(COMPARISON_ROUND.PUBLISHED_ON, on);
            default -> { }
        }
        update.where(COMPARISON_ROUND.ID.eq(roundId)).execute();
    }

    @Override
    public List<Handover> handovers(long roundId) {
        return dsl.selectFrom(COMPARISON_HANDOVER).where(COMPARISON_HANDOVER.ROUND_ID.eq(roundId))
                .orderBy(COMPARISON_HANDOVER.ON_DATE, COMPARISON_HANDOVER.ID)
                .fetch(r -> new Handover(r.getId(), r.getParticipantId(), HandoverKind.valueOf(r.getKind()), r.getOnDate(),
                        ArtefactCondition.valueOf(r.getCondition()), r.getNote(), r.getRecordedBy()));
    }

    @Override
    public void handover(long roundId, long participantId, HandoverKind kind, LocalDate on, ArtefactCondition condition,
                         String note, String recordedBy) {
        dsl.insertInto(COMPARISON_HANDOVER)
                .set(COMPARISON_HANDOVER.ROUND_ID, roundId).set(COMPARISON_HANDOVER.PARTICIPANT_ID, participantId)
                .set(COMPARISON_HANDOVER.KIND, kind.name()).set(COMPARISON_HANDOVER.ON_DATE, on)
                .set(COMPARISON_HANDOVER.CONDITION, condition.name()).set(COMPARISON_HANDOVER.NOTE, note)
                .set(COMPARISON_HANDOVER.RECORDED_BY, recordedBy)
                .set(COMPARISON_HANDOVER.RECORDED_AT, OffsetDateTime.now(clock)).execute();
    }

    @Override
    public List<StabilityCheck> stabilityChecks(long roundId) {
        return dsl.selectFrom(COMPARISON_STABILITY).where(COMPARISON_STABILITY.ROUND_ID.eq(roundId))
                .orderBy(COMPARISON_STABILITY.ON_DATE, COMPARISON_STABILITY.ID)
                .fetch(r -> new StabilityCheck(r.getId(), r.getPointId(), r.getOnDate(), r.getValue(),
                        r.getExpandedUncertainty(), r.getCoverageFactor(), r.getNote()));
    }

    @Override
    public long stabilityCheck(long roundId, StabilityCheck c, String recordedBy) {
        return dsl.insertInto(COMPARISON_STABILITY)
                .set(COMPARISON_STABILITY.ROUND_ID, roundId).set(COMPARISON_STABILITY.POINT_ID, c.pointId())
                .set(COMPARISON_STABILITY.ON_DATE, c.onDate()).set(COMPARISON_STABILITY.VALUE, c.value())
                .set(COMPARISON_STABILITY.EXPANDED_UNCERTAINTY, c.expandedUncertainty())
                .set(COMPARISON_STABILITY.COVERAGE_FACTOR, c.coverageFactor()).set(COMPARISON_STABILITY.NOTE, c.note())
                .set(COMPARISON_STABILITY.RECORDED_BY, recordedBy)
                .set(COMPARISON_STABILITY.RECORDED_AT, OffsetDateTime.now(clock))
                .returning(COMPARISON_STABILITY.ID).fetchOne().getId();
    }

    @Override
    public List<SubmittedResult> results(long roundId) {
        return dsl.select(COMPARISON_RESULT.fields()).from(COMPARISON_RESULT)
                .join(COMPARISON_PARTICIPANT).on(COMPARISON_PARTICIPANT.ID.eq(COMPARISON_RESULT.PARTICIPANT_ID))
                .join(COMPARISON_POINT).on(COMPARISON_POINT.ID.eq(COMPARISON_RESULT.POINT_ID))
                .where(COMPARISON_PARTICIPANT.ROUND_ID.eq(roundId))
                .orderBy(COMPARISON_PARTICIPANT.POSITION, COMPARISON_POINT.POSITION)
                .fetch(r -> new SubmittedResult(r.get(COMPARISON_RESULT.PARTICIPANT_ID), r.get(COMPARISON_RESULT.POINT_ID),
                        r.get(COMPARISON_RESULT.VALUE), r.get(COMPARISON_RESULT.EXPANDED_UNCERTAINTY),
                        r.get(COMPARISON_RESULT.COVERAGE_FACTOR), r.get(COMPARISON_RESULT.SOURCE),
                        r.get(COMPARISON_RESULT.SUBMITTED_AT)));
    }

    @Override
    public void submit(long participantId, List<ResultEntry> entries, String source, OffsetDateTime at, String by) {
        dsl.deleteFrom(COMPARISON_RESULT).where(COMPARISON_RESULT.PARTICIPANT_ID.eq(participantId)).execute();
        for (ResultEntry e : entries) {
            dsl.insertInto(COMPARISON_RESULT)
                    .set(COMPARISON_RESULT.PARTICIPANT_ID, participantId).set(COMPARISON_RESULT.POINT_ID, e.pointId())
                    .set(COMPARISON_RESULT.VALUE, e.value()).set(COMPARISON_RESULT.EXPANDED_UNCERTAINTY, e.expandedUncertainty())
                    .set(COMPARISON_RESULT.COVERAGE_FACTOR, e.coverageFactor()).set(COMPARISON_RESULT.SOURCE, source)
                    .set(COMPARISON_RESULT.SUBMITTED_AT, at).set(COMPARISON_RESULT.SUBMITTED_BY, by).execute();
        }
    }

    private static Round round(ComparisonRoundRecord r) {
        List<ScoreType> scores = Arrays.stream(r.getScoreTypes().split(";")).filter(s -> !s.isBlank())
                .map(ScoreType::valueOf).collect(Collectors.toList());
        return new Round(r.getId(), r.getTitle(), r.getQuantity(), r.getArtefact(), r.getDeviceType(), r.getRegionCode(),
                r.getPilotInstitutionId(), r.getProtocolName(), ScheduleKind.valueOf(r.getScheduleKind()), r.getStartDate(),
                r.getHoldingWorkingDays(), r.getTransportWorkingDays(), r.getResultsDeadline(),
                ReferenceMethod.valueOf(r.getReferenceMethod()), scores, r.getCoverageFactor(),
                r.getTransferExpandedUncertainty(), r.getSigmaPtMethod(), r.getSigmaPt(), r.getRectificationWorkingDays(),
                RoundStatus.valueOf(r.getStatus()), r.getStartedOn(), r.getResultsClosedOn(), r.getPublishedOn(), r.getVersion());
    }
}
