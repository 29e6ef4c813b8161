package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBooks;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.CampaignType;
import org.metrolex.supervision.domain.DispenserJudgement;
import org.metrolex.supervision.domain.FindingDraft;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FormProblem;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.supervision.persistence.Findings;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.VerificationManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the inspection of a task by one of its drawn inspectors (or an officer of the organising region).
 * Findings follow from the form, from the dispensers judged by metrology-core, and for eyeglass shops from the
 * overdue list of the verification module; each is published as {@link FindingRecorded}.
 */
@Service
public class RecordingInspection {

    private final Campaigns campaigns;
    private final Findings findings;
    private final VerificationManagement verifications;
    private final RegionCatalogue regions;
    private final SupervisionGuards guards;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    /** The rule book in force: dispensers are judged by JJG 443 as loaded now (the finding's text keeps the edition). */
    private final RuleBooks rules;

    RecordingInspection(Campaigns campaigns, Findings findings, VerificationManagement verifications, RegionCatalogue regions,
                        SupervisionGuards guards, AuditTrail audit, ApplicationEventPublisher events, Clock clock, JsonMapper json,
                        RuleBooks rules) {
        this.campaigns = campaigns;
        this.findings = findings;
        this.verifications = verifications;
        this.regions = regions;
        this.guards = guards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.rules = rules;
    }

    /** What one inspection found: the findings to store, the failed instruments and the form as stored. */
    private record Outcome(List<FindingDraft> drafts, int failed, Map<String, Object> stored) {
    }

    @Transactional
    public Inspection record(DataScope scope, long taskId, InspectionForm form) {
        Task task = guards.task(scope, taskId);
        Campaign c = guards.campaign(scope, task.campaignId());
        requireDrawnInspectorOrBureau(scope, task, c);
        Refusals.requireStatus(c, CampaignStatus.DRAWN);
        if (!"OPEN".equals(task.status())) {
            throw new RuleViolation("taskId", "open", "该任务已录入检查结果", "this task already has its inspection");
        }
        List<FormProblem> problems = form.problems(c.type(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw Refusals.of(problems);
        }
        Outcome outcome = outcome(c, task, form);
        List<FindingDraft> drafts = outcome.drafts();
        String summary = drafts.isEmpty() ? "未发现问题" : String.join("；", drafts.stream().map(FindingDraft::description).toList());
        long inspectionId = campaigns.insertInspection(taskId, c.id(), form.inspectedOn(), form.instrumentsCounted(c.type()),
                outcome.failed(), drafts.isEmpty(), json.writeValueAsString(outcome.stored()), summary, scope.username());
        for (FindingDraft f : drafts) {
            long fid = findings.insert(inspectionId, c.id(), task.targetKey(), task.targetName(), task.targetRegionCode(),
                    f.kind().name(), f.description());
            events.publishEvent(new FindingRecorded(fid, c.id(), task.targetKey(), task.targetRegionCode(), f.kind(), f.description()));
        }
        Inspection created = campaigns.findInspection(scope, taskId).orElseThrow();
        audit.record("supervision.inspection.record", "supervision_inspection", inspectionId, null, created);
        return created;
    }

    private void requireDrawnInspectorOrBureau(DataScope scope, Task task, Campaign c) {
        Optional<Long> me = scope.isOfficer() ? campaigns.inspectorPersonOf(scope.username()) : Optional.empty();
        boolean drawnInspector = me.isPresent() && task.inspectors().stream().anyMatch(i -> i.personId() == me.get());
        if (!drawnInspector && !scope.coversRegion(c.regionCode())) {
            throw Refusals.forbidden("taskId", "inspector", "只有抽中的检查人员或组织抽查的部门可以录入检查结果",
                    "only a drawn inspector or the organising bureau may record this inspection");
        }
    }

    private Outcome outcome(Campaign c, Task task, InspectionForm form) {
        List<FindingDraft> drafts = new ArrayList<>(form.findings(c.type()));
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("form", form);
        int failed = Math.addExact(form.instrumentsUnverified(), form.fraudFound());
        if (c.type() == CampaignType.GAS_STATIONS) {
            List<DispenserJudgement.Judged> judged = judgeDispensers(form);
            List<FindingDraft> out = DispenserJudgement.findings(judged);
            drafts.addAll(out);
            failed += out.size();
            stored.put("dispensers", judged.stream().map(j -> Map.of("dispenser", j.check().dispenser(),
                    "conforming", j.decision().conforming(), "anyUnverifiedRule", j.decision().anyUnverified(),
                    "points", j.decision().points())).toList());
        }
        if (c.type() == CampaignType.EYEGLASS_SHOPS && task.enterpriseId() != null) {
            List<OverdueInstrument> overdue = overdueOf(task);
            stored.put("overdueInstruments", overdue);
            if (!overdue.isEmpty()) {
                drafts.add(new FindingDraft(FindingKind.OVERDUE_INSTRUMENT, overdue.size() + " 台强检计量器具超期未检（检定记录：证书 "
                        + String.join("、", overdue.stream().map(OverdueInstrument::certificateNumber).toList()) + "）"));
                failed += overdue.size();
            }
        }
        return new Outcome(drafts, failed, stored);
    }

    private List<DispenserJudgement.Judged> judgeDispensers(InspectionForm form) {
        try {
            return new DispenserJudgement(rules.current().book()).judge(form.dispensers(), form.inspectedOn());
        } catch (RuntimeException refused) {
            // metrology-core refuses values it has not obtained, and bad input, naming field and rule.
            throw new RuleViolation("dispensers", "rules", "加油机误差无法判定：" + refused.getMessage(),
                    "the dispensers cannot be judged: " + refused.getMessage());
        }
    }

    /**
     * Overdue instruments of the target enterprise, from the verification module. A drawn inspector of
     * another county reads them with a scope limited to the target's own county: he or she inspects on
     * behalf of the organising bureau, for this target only.
     */
    private List<OverdueInstrument> overdueOf(Task task) {
        DataScope targetCounty = DataScope.system("supervision-task-" + task.id(),
                regions.selfAndDescendants(task.targetRegionCode()));
        return verifications.overdueOfEnterprise(targetCounty, task.enterpriseId());
    }
}
