package org.metrolex.supervision.persistence;

import static org.metrolex.platform.jooq.Tables.SUPERVISION_CAMPAIGN;
import static org.metrolex.platform.jooq.Tables.SUPERVISION_FINDING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.SupervisionFindingRecord;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;
import org.springframework.stereotype.Repository;

@Repository
class JooqFindings implements Findings {

    private final DSLContext dsl;
    private final Clock clock;

    JooqFindings(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public long insert(long inspectionId, long campaignId, String targetKey, String targetName, String targetRegionCode,
                       String kind, String description) {
        return dsl.insertInto(SUPERVISION_FINDING).set(SUPERVISION_FINDING.INSPECTION_ID, inspectionId)
                .set(SUPERVISION_FINDING.CAMPAIGN_ID, campaignId).set(SUPERVISION_FINDING.TARGET_KEY, targetKey)
                .set(SUPERVISION_FINDING.TARGET_NAME, targetName).set(SUPERVISION_FINDING.TARGET_REGION_CODE, targetRegionCode)
                .set(SUPERVISION_FINDING.KIND, kind).set(SUPERVISION_FINDING.DESCRIPTION, description)
                .set(SUPERVISION_FINDING.STATUS, FindingStatus.OPEN.name()).set(SUPERVISION_FINDING.RECORDED_AT, now())
                .returningResult(SUPERVISION_FINDING.ID).fetchOne().value1();
    }

    @Override
    public Optional<Finding> find(DataScope scope, long id) {
        return select(SUPERVISION_FINDING.ID.eq(id).and(JooqCampaigns.visible(scope))).stream().findFirst();
    }

    @Override
    public List<Finding> findByCampaign(DataScope scope, long campaignId) {
        return select(SUPERVISION_FINDING.CAMPAIGN_ID.eq(campaignId).and(JooqCampaigns.visible(scope)));
    }

    @Override
    public List<Finding> publicFindings(long campaignId) {
        return select(SUPERVISION_FINDING.CAMPAIGN_ID.eq(campaignId).and(SUPERVISION_CAMPAIGN.STATUS.eq(CampaignStatus.PUBLISHED.name())));
    }

    private List<Finding> select(Condition where) {
        return dsl.select(SUPERVISION_FINDING.fields()).from(SUPERVISION_FINDING)
                .join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_FINDING.CAMPAIGN_ID))
                .where(where).orderBy(SUPERVISION_FINDING.ID)
                .fetch(r -> toFinding(r.into(SUPERVISION_FINDING)));
    }

    @Override
    public boolean orderRectification(long id, int version, LocalDate orderedOn, Integer workingDays, LocalDate deadline,
                                      boolean provisional) {
        return dsl.update(SUPERVISION_FINDING).set(SUPERVISION_FINDING.STATUS, FindingStatus.RECTIFICATION_ORDERED.name())
                .set(SUPERVISION_FINDING.RECTIFICATION_ORDERED_ON, orderedOn)
                .set(SUPERVISION_FINDING.RECTIFICATION_WORKING_DAYS, workingDays)
                .set(SUPERVISION_FINDING.RECTIFICATION_DEADLINE, deadline)
                .set(SUPERVISION_FINDING.RECTIFICATION_DEADLINE_PROVISIONAL, provisional)
                .set(SUPERVISION_FINDING.VERSION, version + 1)
                .where(SUPERVISION_FINDING.ID.eq(id).and(SUPERVISION_FINDING.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public List<OverdueRow> findOpenRectifications(DataScope scope) {
        return dsl.select(SUPERVISION_FINDING.fields()).select(SUPERVISION_CAMPAIGN.REFERENCE, SUPERVISION_CAMPAIGN.NAME)
                .from(SUPERVISION_FINDING)
                .join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_FINDING.CAMPAIGN_ID))
                .where(SUPERVISION_FINDING.STATUS.eq(FindingStatus.RECTIFICATION_ORDERED.name())
                        .and(SUPERVISION_FINDING.RECTIFICATION_ORDERED_ON.isNotNull()).and(overdueVisible(scope)))
                .orderBy(SUPERVISION_FINDING.ID)
                .fetch(r -> new OverdueRow(toFinding(r.into(SUPERVISION_FINDING)), r.get(SUPERVISION_CAMPAIGN.REFERENCE),
                        r.get(SUPERVISION_CAMPAIGN.NAME)));
    }

    @Override
    public boolean recomputeRectificationDeadline(long id, int version, LocalDate deadline, boolean provisional, LocalDate today) {
        return dsl.update(SUPERVISION_FINDING)
                .set(SUPERVISION_FINDING.RECTIFICATION_DEADLINE, deadline)
                .set(SUPERVISION_FINDING.RECTIFICATION_DEADLINE_PROVISIONAL, provisional)
                .set(SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE, DSL.when(SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE.isNull(),
                        DSL.val((LocalDate) null, SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE))
                        .otherwise(deadline.isBefore(today) ? DSL.val(deadline.plusDays(1))
                                : DSL.val((LocalDate) null, SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE)))
                .set(SUPERVISION_FINDING.VERSION, version + 1)
                .where(SUPERVISION_FINDING.ID.eq(id).and(SUPERVISION_FINDING.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public boolean recordRectified(long id, int version, LocalDate on, String followUp, boolean late) {
        return dsl.update(SUPERVISION_FINDING).set(SUPERVISION_FINDING.STATUS, FindingStatus.RECTIFIED.name())
                .set(SUPERVISION_FINDING.RECTIFIED_ON, on).set(SUPERVISION_FINDING.FOLLOW_UP, followUp)
                .set(SUPERVISION_FINDING.RECTIFIED_LATE, late)
                .set(SUPERVISION_FINDING.VERSION, version + 1)
                .where(SUPERVISION_FINDING.ID.eq(id).and(SUPERVISION_FINDING.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public boolean openCase(long id, int version, String caseNumber, LocalDate on) {
        return dsl.update(SUPERVISION_FINDING).set(SUPERVISION_FINDING.STATUS, FindingStatus.CASE_OPENED.name())
                .set(SUPERVISION_FINDING.CASE_NUMBER, caseNumber).set(SUPERVISION_FINDING.CASE_OPENED_ON, on)
                .set(SUPERVISION_FINDING.VERSION, version + 1)
                .where(SUPERVISION_FINDING.ID.eq(id).and(SUPERVISION_FINDING.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public boolean decide(long id, int version, String decision, LocalDate on) {
        return dsl.update(SUPERVISION_FINDING).set(SUPERVISION_FINDING.STATUS, FindingStatus.CASE_DECIDED.name())
                .set(SUPERVISION_FINDING.PENALTY_DECISION, decision).set(SUPERVISION_FINDING.PENALTY_DECIDED_ON, on)
                .set(SUPERVISION_FINDING.VERSION, version + 1)
                .where(SUPERVISION_FINDING.ID.eq(id).and(SUPERVISION_FINDING.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public List<org.metrolex.supervision.RectificationOverdue> flagOverdueRectifications(LocalDate today) {
        // the first overdue day is the day after the deadline, whenever the job runs: re-running flags nothing new
        return dsl.update(SUPERVISION_FINDING)
                .set(SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE, SUPERVISION_FINDING.RECTIFICATION_DEADLINE.plus(1))
                .where(overdue(today).and(SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE.isNull()))
                .returning(SUPERVISION_FINDING.ID, SUPERVISION_FINDING.CAMPAIGN_ID, SUPERVISION_FINDING.TARGET_KEY,
                        SUPERVISION_FINDING.TARGET_REGION_CODE, SUPERVISION_FINDING.RECTIFICATION_DEADLINE,
                        SUPERVISION_FINDING.RECTIFICATION_OVERDUE_SINCE)
                .fetch(r -> new org.metrolex.supervision.RectificationOverdue(r.getId(), r.getCampaignId(), r.getTargetKey(),
                        r.getTargetRegionCode(), r.getRectificationDeadline(), r.getRectificationOverdueSince()));
    }

    @Override
    public List<OverdueRow> findOverdueRectifications(DataScope scope, LocalDate today, int page, int size) {
        return dsl.select(SUPERVISION_FINDING.fields()).select(SUPERVISION_CAMPAIGN.REFERENCE, SUPERVISION_CAMPAIGN.NAME)
                .from(SUPERVISION_FINDING)
                .join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_FINDING.CAMPAIGN_ID))
                .where(overdue(today).and(overdueVisible(scope)))
                .orderBy(SUPERVISION_FINDING.RECTIFICATION_DEADLINE, SUPERVISION_FINDING.ID)
                .offset((page - 1) * size).limit(size)
                .fetch(r -> new OverdueRow(toFinding(r.into(SUPERVISION_FINDING)), r.get(SUPERVISION_CAMPAIGN.REFERENCE),
                        r.get(SUPERVISION_CAMPAIGN.NAME)));
    }

    @Override
    public long countOverdueRectifications(DataScope scope, LocalDate today) {
        return dsl.fetchCount(SUPERVISION_FINDING, overdue(today).and(overdueVisible(scope)));
    }

    /** Open rectification whose deadline is before today (overdue from the day after the deadline). */
    private static Condition overdue(LocalDate today) {
        return SUPERVISION_FINDING.STATUS.eq(FindingStatus.RECTIFICATION_ORDERED.name())
                .and(SUPERVISION_FINDING.RECTIFICATION_DEADLINE.lt(today));
    }

    /**
     * By the target's region: the bureau of the county where the target is sees it, its city and the province
     * too, whoever organised the campaign (ADR 0016). Drawn inspectors of other counties do not.
     */
    private static Condition overdueVisible(DataScope scope) {
        return scope.where(SUPERVISION_FINDING.TARGET_REGION_CODE, null, null);
    }

    @Override
    public long nextCaseSequence(String regionCode, int year) {
        return dsl.fetchCount(SUPERVISION_FINDING, SUPERVISION_FINDING.CASE_NUMBER.like("JL-" + regionCode + "-" + year + "-%")) + 1L;
    }

    private static Finding toFinding(SupervisionFindingRecord r) {
        return new Finding(r.getId(), r.getInspectionId(), r.getCampaignId(), r.getTargetKey(), r.getTargetName(),
                r.getTargetRegionCode(), FindingKind.valueOf(r.getKind()), r.getDescription(), FindingStatus.valueOf(r.getStatus()),
                r.getRectificationDeadline(), r.getRectifiedOn(), r.getFollowUp(), r.getCaseNumber(), r.getCaseOpenedOn(),
                r.getPenaltyDecision(), r.getPenaltyDecidedOn(), r.getVersion(), r.getRectificationOrderedOn(),
                r.getRectificationWorkingDays(), Boolean.TRUE.equals(r.getRectificationDeadlineProvisional()),
                r.getRectificationOverdueSince(), r.getRectifiedLate());
    }
}
