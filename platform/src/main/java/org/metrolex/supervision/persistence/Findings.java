package org.metrolex.supervision.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.Finding;

/** Findings, scoped like their campaign. */
public interface Findings {

    long insert(long inspectionId, long campaignId, String targetKey, String targetName, String targetRegionCode,
                String kind, String description);

    Optional<Finding> find(DataScope scope, long id);

    List<Finding> findByCampaign(DataScope scope, long campaignId);

    /** Orders the rectification: {@code workingDays} null when the deadline was typed as a date. */
    boolean orderRectification(long id, int version, LocalDate orderedOn, Integer workingDays, LocalDate deadline, boolean provisional);

    /**
     * Every open rectification (ordered, not yet rectified) with its campaign whose target lies in the scope's regions:
     * a holiday notice may move their deadlines (the recount passes a scope of every region).
     */
    List<OverdueRow> findOpenRectifications(DataScope scope);

    /**
     * Replaces an open rectification's deadline recomputed under a new holiday notice; a recorded first overdue day
     * follows the deadline (cleared when the new deadline has not passed on {@code today}). False if the finding
     * changed meanwhile.
     */
    boolean recomputeRectificationDeadline(long id, int version, LocalDate deadline, boolean provisional, LocalDate today);

    boolean recordRectified(long id, int version, LocalDate on, String followUp, boolean late);

    /**
     * Records the first overdue day (deadline + 1) on every open rectification whose deadline is before
     * {@code today} and not yet flagged; returns the flagged ids. Not a scoped read: the daily job sees all.
     */
    List<org.metrolex.supervision.RectificationOverdue> flagOverdueRectifications(LocalDate today);

    /** A finding with the campaign it came from, for lists across campaigns. */
    record OverdueRow(Finding finding, String campaignReference, String campaignName) {
    }

    /**
     * Open rectifications past their deadline on {@code today} whose target lies in the caller's regions
     * (county: its county, city: its counties, province: all), oldest deadline first.
     */
    List<OverdueRow> findOverdueRectifications(DataScope scope, LocalDate today, int page, int size);

    long countOverdueRectifications(DataScope scope, LocalDate today);

    boolean openCase(long id, int version, String caseNumber, LocalDate on);

    boolean decide(long id, int version, String decision, LocalDate on);

    long nextCaseSequence(String regionCode, int year);

    /** Published campaigns' findings, for the public page (SAMR Order 45: penalty decisions are public). */
    List<Finding> publicFindings(long campaignId);
}
