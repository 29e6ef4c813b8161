package org.metrolex.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.domain.Candidate;
import org.metrolex.supervision.domain.CampaignType;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.DrawRefused;
import org.metrolex.supervision.domain.Inspector;
import org.metrolex.supervision.domain.PreviousPairing;
import org.metrolex.supervision.domain.SampleSizes;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.verification.VerificationManagement;
import org.springframework.stereotype.Component;

/**
 * Builds a campaign's population document (docs/random-draw.md §1): the targets of its type in its region, the
 * sample size per stratum, the inspector pool and last time's pairings.
 */
@Component
class PopulationDocuments {

    private final Campaigns campaigns;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final CertificateSampling certificates;

    PopulationDocuments(Campaigns campaigns, PartyManagement parties, RegionCatalogue regions, VerificationManagement verifications) {
        this.campaigns = campaigns;
        this.parties = parties;
        this.regions = regions;
        this.certificates = new CertificateSampling(verifications, regions);
    }

    DrawDocument build(DataScope scope, Campaign c) {
        List<Candidate> population = population(scope, c);
        if (population.isEmpty()) {
            throw new RuleViolation("targetRegionCode", "emptyPopulation", "该区域没有符合条件的检查对象",
                    "there are no targets of this kind in the region");
        }
        Map<String, Integer> strata = new TreeMap<>();
        population.forEach(t -> strata.merge(t.stratum(), 1, Integer::sum));
        int total = SampleSizes.total(population.size(), c.sampleSize(), c.sampleRatio());
        Map<String, Integer> sizes = SampleSizes.allocate(strata, total);
        List<Inspector> pool = pool(c);
        List<PreviousPairing> previous = new ArrayList<>();
        campaigns.previousPairings(population.stream().map(Candidate::id).toList(), c.id())
                .forEach((target, people) -> people.forEach(p -> previous.add(new PreviousPairing(target, "P" + p))));
        try {
            return new DrawDocument(c.reference(), c.inspectorsPerTask(), sizes, population, pool, previous);
        } catch (DrawRefused refused) {
            throw Refusals.of(refused);
        }
    }

    private List<Candidate> population(DataScope scope, Campaign c) {
        List<Candidate> population = new ArrayList<>();
        boolean byRegion = "REGION".equals(c.stratifyBy());
        if (c.type().targetsInstitutions()) {
            for (Institution i : parties.institutionsInScope(scope)) {
                if (i.active() && regions.isWithin(i.regionCode(), c.targetRegionCode())) {
                    population.add(new Candidate("I" + i.id(), i.regionCode(), "I" + i.id(), byRegion ? i.regionCode() : "ALL", i.name()));
                }
            }
        } else if (c.type().targetsCertificates()) {
            certificates.population(scope, c.targetRegionCode(), Set.copyOf(c.targetInstitutions()), byRegion).forEach(population::add);
        } else {
            String category = c.type() == CampaignType.LEGAL_UNITS ? "OTHER" : c.type().enterpriseCategory();
            parties.forEachActiveEnterprise(scope, category, (Enterprise e) -> {
                if (regions.isWithin(e.regionCode(), c.targetRegionCode())) {
                    population.add(new Candidate("E" + e.id(), e.regionCode(), "", byRegion ? e.regionCode() : "ALL", e.name()));
                }
            });
        }
        return population;
    }

    private List<Inspector> pool(Campaign c) {
        Map<Long, Person> directory = new LinkedHashMap<>();
        parties.inspectorDirectory().forEach(p -> directory.put(p.id(), p));
        List<Inspector> pool = new ArrayList<>();
        for (Long pid : c.inspectorPool()) {
            Person p = directory.get(pid);
            if (p == null) {
                throw new RuleViolation("inspectorPool", "inspector", "检查人员库中有人已不在执法检查人员名录中",
                        "someone in the pool is no longer an active inspector");
            }
            pool.add(new Inspector("P" + p.id(), p.regionCode(), p.institutionId() == null ? "" : "I" + p.institutionId(), p.name()));
        }
        return pool;
    }
}
