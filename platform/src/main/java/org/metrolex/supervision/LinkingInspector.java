package org.metrolex.supervision;

import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.persistence.Campaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links an officer's login to the inspector person he or she is (there is no inspector role yet). */
@Service
public class LinkingInspector {

    private final Campaigns campaigns;
    private final PartyManagement parties;
    private final IdentityManagement identity;
    private final RegionCatalogue regions;
    private final AuditTrail audit;

    LinkingInspector(Campaigns campaigns, PartyManagement parties, IdentityManagement identity, RegionCatalogue regions,
                     AuditTrail audit) {
        this.campaigns = campaigns;
        this.parties = parties;
        this.identity = identity;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public void link(DataScope scope, long personId, String username) {
        Refusals.requireOfficer(scope);
        Person p = parties.inspectorDirectory().stream().filter(x -> x.id() == personId).findFirst()
                .orElseThrow(() -> new RuleViolation("personId", "inspector", "该人员不是在册检查人员", "this person is not an active inspector"));
        if (!scope.coversRegion(p.regionCode())) {
            throw Refusals.forbidden("personId", "scope", "该检查人员不在您的管辖范围内", "this inspector works outside your jurisdiction");
        }
        var principal = identity.principal(username == null ? "" : username.strip())
                .orElseThrow(() -> new RuleViolation("username", "known", "没有该登录账号", "no such login"));
        if (!principal.role().isOfficer() || principal.regionCode() == null || !regions.isWithin(p.regionCode(), principal.regionCode())
                && !regions.isWithin(principal.regionCode(), p.regionCode())) {
            throw new RuleViolation("username", "officerOfRegion", "只能关联检查人员所在地区监管部门的账号",
                    "only an officer account of the inspector's own region can act for the inspector");
        }
        campaigns.linkInspector(personId, principal.username());
        audit.record("supervision.inspector.link", "person", personId, null, Map.of("username", principal.username()));
    }
}
