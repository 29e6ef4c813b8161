package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.VerificationCase;
import org.metrolex.verification.domain.VerificationRefused;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns the verification to an institution whose authorisation (计量授权, Metrology Law art. 20) covers the
 * instrument's category in the instrument's region and is valid today ({@link AssignmentPolicy}). Officers in scope
 * or the owner enterprise choose the institution.
 */
@Service
public class AssigningInstitution {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final AssignmentPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    AssigningInstitution(Verifications verifications, VerificationFactsLoader facts, AssignmentPolicy policy, AuditTrail audit,
                         Clock clock) {
        this.verifications = verifications;
        this.facts = facts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Verification assign(DataScope scope, long id, Long institutionId) {
        Verification v = verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
        if (!scope.isOfficer() && !scope.isParty(DataScope.PartyKind.ENTERPRISE, v.ownerEnterpriseId())) {
            throw Refusals.forbidden("只有监管部门工作人员或器具所有者企业可以指派检定机构", "only bureau officers or the owner may assign the institution");
        }
        try {
            new VerificationCase(v.id(), v.instrumentId(), v.institutionId(), v.ownerEnterpriseId(), v.regionCode(), v.status()).assign();
        } catch (VerificationRefused e) {
            throw Refusals.of(e);
        }
        if (institutionId == null) {
            throw new RuleViolation("institutionId", "required", "检定机构必填", "the institution is required");
        }
        Institution inst = institution(institutionId);
        InstrumentCategory category = facts.category(facts.instrument(v.instrumentId()));
        LocalDate today = LocalDate.now(clock);
        if (!policy.authorised(inst, category, v.regionCode(), today)) {
            throw new RuleViolation("institutionId", "authorised",
                    "检定机构“" + inst.name() + "”无在 " + today + " 有效、覆盖“" + category.nameZh() + "”及行政区划 " + v.regionCode()
                            + " 的计量授权（计量法 第二十条）",
                    "institution '" + inst.name() + "' holds no authorisation valid on " + today + " for '" + category.nameZh()
                            + "' covering region " + v.regionCode() + " (Metrology Law art. 20)");
        }
        verifications.assign(id, institutionId);
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.assign", "verification", id, v, after);
        return after;
    }

    /** The institution named, by its id; an unknown id is an input error on the field. */
    private Institution institution(long id) {
        try {
            return facts.institution(id);
        } catch (RuleViolation e) {
            throw new RuleViolation("institutionId", "exists", "检定机构不存在", "the institution does not exist");
        }
    }
}
