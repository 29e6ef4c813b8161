package org.metrolex.supervision;

import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.DrawRefused;
import org.metrolex.supervision.domain.DrawResult;
import org.metrolex.supervision.domain.RandomDraw;
import org.metrolex.supervision.domain.Seed;
import org.metrolex.supervision.persistence.Campaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the targets and their inspectors of a committed campaign from its published population and committed
 * seed ({@link RandomDraw}), so that anyone can redo the draw once the seed is public.
 */
@Service
public class DrawingTargets {

    private final Campaigns campaigns;
    private final SupervisionGuards guards;
    private final AuditTrail audit;

    DrawingTargets(Campaigns campaigns, SupervisionGuards guards, AuditTrail audit) {
        this.campaigns = campaigns;
        this.guards = guards;
        this.audit = audit;
    }

    @Transactional
    public Campaign draw(DataScope scope, long id) {
        Campaign c = guards.managedCampaign(scope, id);
        Refusals.requireStatus(c, CampaignStatus.COMMITTED);
        DrawDocument doc = DrawDocument.parse(campaigns.findPopulationText(scope, id).orElseThrow());
        DrawResult result;
        try {
            result = RandomDraw.draw(doc, new Seed(campaigns.seedForDraw(id)));
        } catch (DrawRefused refused) {
            throw Refusals.of(refused);
        }
        if (!result.documentSha256().equals(c.populationSha256()) || !result.seedCommitment().equals(c.seedCommitment())) {
            throw new IllegalStateException("stored document or seed no longer match their published hashes: campaign " + id);
        }
        campaigns.insertTasks(id, result.assignments());
        if (!campaigns.markDrawn(id, c.version())) {
            throw Refusals.staleVersion();
        }
        Campaign after = guards.campaign(scope, id);
        audit.record("supervision.campaign.draw", "supervision_campaign", id, c,
                Map.of("campaign", after, "tasks", result.canonical()));
        return after;
    }
}
