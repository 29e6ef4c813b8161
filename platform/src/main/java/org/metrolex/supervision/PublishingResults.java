package org.metrolex.supervision;

import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.persistence.Campaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes inspections and findings on the public site (双随机一公开: results are made public). */
@Service
public class PublishingResults {

    private final Campaigns campaigns;
    private final SupervisionGuards guards;
    private final AuditTrail audit;

    PublishingResults(Campaigns campaigns, SupervisionGuards guards, AuditTrail audit) {
        this.campaigns = campaigns;
        this.guards = guards;
        this.audit = audit;
    }

    @Transactional
    public Campaign publish(DataScope scope, long id) {
        Campaign c = guards.managedCampaign(scope, id);
        Refusals.requireStatus(c, CampaignStatus.DRAWN);
        if (!campaigns.markPublished(id, c.version())) {
            throw Refusals.staleVersion();
        }
        Campaign after = guards.campaign(scope, id);
        audit.record("supervision.campaign.publish", "supervision_campaign", id, c, after);
        return after;
    }
}
