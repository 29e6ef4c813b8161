package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.domain.CampaignPlan;
import org.metrolex.supervision.domain.CampaignPlanPolicy;
import org.metrolex.supervision.domain.CampaignType;
import org.metrolex.supervision.domain.FormProblem;
import org.metrolex.supervision.persistence.Campaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans a spot-check campaign (抽查计划): the draft is checked by {@link CampaignPlanPolicy} and stored as DRAFT. */
@Service
public class PlanningCampaign {

    private final Campaigns campaigns;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final SupervisionGuards guards;
    private final AuditTrail audit;
    private final Clock clock;

    PlanningCampaign(Campaigns campaigns, PartyManagement parties, RegionCatalogue regions, SupervisionGuards guards,
                     AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.parties = parties;
        this.regions = regions;
        this.guards = guards;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Campaign plan(DataScope scope, CampaignDraft d) {
        Refusals.requireOfficer(scope);
        CampaignPlan plan = planOf(scope, d);
        List<FormProblem> problems = CampaignPlanPolicy.problems(plan);
        if (!problems.isEmpty()) {
            throw Refusals.of(problems);
        }
        int year = LocalDate.now(clock).getYear();
        String reference = "SC-" + year + "-" + String.format("%04d", campaigns.nextSequence(year));
        CampaignType type = plan.type();
        long id = campaigns.insert(new Campaigns.NewCampaign(reference, d.name().strip(), type.name(), d.targetRegionCode(),
                d.targetRegionCode(), type.enterpriseCategory(), d.sampleSize(), d.sampleRatio(), plan.stratifyBy(),
                plan.inspectorsPerTask(), plan.inspectorPool(), scope.username(), plan.targetInstitutions()));
        Campaign created = guards.campaign(scope, id);
        audit.record("supervision.campaign.create", "supervision_campaign", id, null, created);
        return created;
    }

    /** The draft with the facts its rules need: the region catalogue, the caller's jurisdiction, the directories. */
    private CampaignPlan planOf(DataScope scope, CampaignDraft d) {
        boolean regionKnown = d.targetRegionCode() != null && regions.exists(d.targetRegionCode());
        Set<Long> directory = new HashSet<>(parties.inspectorDirectory().stream().map(Person::id).toList());
        List<Long> institutions = CampaignPlan.distinctSorted(d.targetInstitutions());
        Set<Long> readable = institutions.isEmpty() ? Set.of()
                : new HashSet<>(parties.institutionsInScope(scope).stream().map(Institution::id).toList());
        return new CampaignPlan(d.name(), CampaignType.parse(d.type()), d.targetRegionCode(), regionKnown,
                regionKnown && scope.coversRegion(d.targetRegionCode()), d.sampleSize(), d.sampleRatio(),
                CampaignPlan.stratification(d.stratifyBy()), CampaignPlan.inspectorsPerTask(d.inspectorsPerTask()),
                CampaignPlan.distinctSorted(d.inspectorPool()), directory, institutions, readable);
    }
}
