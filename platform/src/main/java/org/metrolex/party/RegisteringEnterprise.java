package org.metrolex.party;

import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.persistence.Enterprises;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Service;

/** The enterprise registry, kept by the bureau of the enterprise's region; a credit code is registered once. */
@Service
public class RegisteringEnterprise extends RegisteringParty<Enterprise, EnterpriseDraft> {

    private final Enterprises enterprises;

    RegisteringEnterprise(Enterprises enterprises, RegionCatalogue regions, AuditTrail audit) {
        super(enterprises, "enterprise", "企业/enterprise", WriteRule.BUREAU_OF_REGION, regions, audit);
        this.enterprises = enterprises;
    }

    @Override
    void checkAgainstRegistry(DataScope scope, EnterpriseDraft draft, Long id) {
        enterprises.findByCreditCodeForUniqueness(draft.creditCode()).filter(e -> id == null || e.id() != id).ifPresent(e -> {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        });
    }
}
