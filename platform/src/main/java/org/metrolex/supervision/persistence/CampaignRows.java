package org.metrolex.supervision.persistence;

import static org.metrolex.platform.jooq.Tables.SUPERVISION_CAMPAIGN;
import static org.metrolex.platform.jooq.Tables.SUPERVISION_TASK;
import static org.metrolex.platform.jooq.Tables.SUPERVISION_TASK_INSPECTOR;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.metrolex.platform.jooq.tables.records.SupervisionCampaignRecord;
import org.metrolex.platform.jooq.tables.records.SupervisionInspectionRecord;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.CampaignType;

/** Rows of the campaign tables as the module's records, shared by the scoped and the public reads. */
final class CampaignRows {

    private CampaignRows() {
    }

    /** The tasks matching {@code where} (joined to their campaign) with their inspectors, in two reads. */
    static List<Task> tasks(DSLContext dsl, Condition where) {
        var rows = dsl.select(SUPERVISION_TASK.fields()).from(SUPERVISION_TASK)
                .join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_TASK.CAMPAIGN_ID))
                .where(where).orderBy(SUPERVISION_TASK.CAMPAIGN_ID.desc(), SUPERVISION_TASK.POSITION).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(r -> r.get(SUPERVISION_TASK.ID));
        Map<Long, List<Task.TaskInspector>> inspectors = new HashMap<>();
        dsl.selectFrom(SUPERVISION_TASK_INSPECTOR).where(SUPERVISION_TASK_INSPECTOR.TASK_ID.in(ids))
                .orderBy(SUPERVISION_TASK_INSPECTOR.TASK_ID, SUPERVISION_TASK_INSPECTOR.POSITION)
                .forEach(r -> inspectors.computeIfAbsent(r.getTaskId(), k -> new ArrayList<>())
                        .add(new Task.TaskInspector(r.getPersonId(), r.getPersonName())));
        return rows.map(r -> new Task(r.get(SUPERVISION_TASK.ID), r.get(SUPERVISION_TASK.CAMPAIGN_ID), r.get(SUPERVISION_TASK.POSITION),
                r.get(SUPERVISION_TASK.TARGET_KEY), r.get(SUPERVISION_TASK.TARGET_NAME), r.get(SUPERVISION_TASK.TARGET_REGION_CODE),
                r.get(SUPERVISION_TASK.STRATUM), r.get(SUPERVISION_TASK.STATUS),
                inspectors.getOrDefault(r.get(SUPERVISION_TASK.ID), List.of())));
    }

    static Campaign toCampaign(Clock clock, SupervisionCampaignRecord r) {
        CampaignStatus status = CampaignStatus.valueOf(r.getStatus());
        List<Long> pool = ids(r.getInspectorPool());
        // The seed leaves the database only after the draw (docs/random-draw.md §1).
        String seed = status == CampaignStatus.DRAWN || status == CampaignStatus.PUBLISHED ? r.getSeedHex() : null;
        return new Campaign(r.getId(), r.getReference(), r.getName(), CampaignType.valueOf(r.getCampaignType()), r.getRegionCode(),
                r.getTargetRegionCode(), r.getSampleSize(), r.getSampleRatio(), r.getStratifyBy(), r.getInspectorsPerTask(), pool,
                status, r.getPopulationSha256(), r.getSeedCommitment(), seed, Timestamps.inZone(r.getCommittedAt(), clock),
                Timestamps.inZone(r.getDrawnAt(), clock), Timestamps.inZone(r.getPublishedAt(), clock), r.getCreatedBy(), r.getVersion(), ids(r.getTargetInstitutions()));
    }

    private static List<Long> ids(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
    }

    static Inspection toInspection(SupervisionInspectionRecord r) {
        return new Inspection(r.getId(), r.getTaskId(), r.getCampaignId(), r.getInspectedOn(), r.getInstrumentsChecked(),
                r.getInstrumentsFailed(), r.getConforming(), r.getFormJson(), r.getSummary(), r.getRecordedBy());
    }
}
