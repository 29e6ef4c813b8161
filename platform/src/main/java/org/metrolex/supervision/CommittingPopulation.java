package org.metrolex.supervision;

import java.security.SecureRandom;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.InspectorEligibilityPolicy;
import org.metrolex.supervision.domain.Seed;
import org.metrolex.supervision.persistence.Campaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes and publishes the population document and commits to a fresh seed (docs/random-draw.md §1). Refused
 * when some target of the population could not get enough eligible inspectors ({@link InspectorEligibilityPolicy}).
 */
@Service
public class CommittingPopulation {

    private final Campaigns campaigns;
    private final PopulationDocuments documents;
    private final SupervisionGuards guards;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    CommittingPopulation(Campaigns campaigns, PopulationDocuments documents, SupervisionGuards guards, AuditTrail audit) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.guards = guards;
        this.audit = audit;
    }

    @Transactional
    public Campaign commit(DataScope scope, long id) {
        Campaign c = guards.managedCampaign(scope, id);
        Refusals.requireStatus(c, CampaignStatus.DRAFT);
        DrawDocument doc = documents.build(scope, c);
        InspectorEligibilityPolicy.shortfall(doc, c.inspectorsPerTask()).ifPresent(p -> {
            throw Refusals.of(p);
        });
        Seed seed = Seed.generate(random);
        if (!campaigns.commit(id, c.version(), doc.canonical(), doc.sha256(), seed.commitment(), seed.hex())) {
            throw Refusals.staleVersion();
        }
        Campaign after = guards.campaign(scope, id);
        audit.record("supervision.campaign.commit", "supervision_campaign", id, c, after);
        return after;
    }
}
