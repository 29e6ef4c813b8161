package org.metrolex.supervision;

import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.stereotype.Component;

/**
 * What every command of the module checks first: the campaign or finding is visible in the caller's scope, and
 * only the organising bureau changes it; and how a finding's change is stored and audited.
 */
@Component
class SupervisionGuards {

    private final Campaigns campaigns;
    private final Findings findings;
    private final AuditTrail audit;

    SupervisionGuards(Campaigns campaigns, Findings findings, AuditTrail audit) {
        this.campaigns = campaigns;
        this.findings = findings;
        this.audit = audit;
    }

    Campaign campaign(DataScope scope, long id) {
        return campaigns.find(scope, id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
    }

    Task task(DataScope scope, long taskId) {
        return campaigns.findTask(scope, taskId).orElseThrow(() -> RuleViolation.notFound("检查任务/task", taskId));
    }

    Finding finding(DataScope scope, long id) {
        return findings.find(scope, id).orElseThrow(() -> RuleViolation.notFound("问题/finding", id));
    }

    /** The campaign, when the caller's bureau organises it. */
    Campaign managedCampaign(DataScope scope, long id) {
        Campaign c = campaign(scope, id);
        if (!scope.coversRegion(c.regionCode())) {
            throw Refusals.forbidden("campaignId", "scope", "只有组织抽查的部门可以执行此操作", "only the organising bureau may do this");
        }
        return c;
    }

    Finding managedFinding(DataScope scope, long id) {
        Finding f = finding(scope, id);
        managedCampaign(scope, f.campaignId());
        return f;
    }

    /** The finding after a versioned update, audited as {@code action}; a lost update is refused as stale. */
    Finding changed(DataScope scope, Finding before, String action, boolean updated) {
        if (!updated) {
            throw Refusals.staleVersion();
        }
        Finding after = finding(scope, before.id());
        audit.record(action, "supervision_finding", before.id(), before, after);
        return after;
    }
}
