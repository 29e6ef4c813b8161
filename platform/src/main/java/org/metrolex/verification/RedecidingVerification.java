package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.domain.VerificationStatus;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-decides a recorded verification with the editions in force now, after an edition was loaded or corrected: an
 * explicit, audited act of an officer in scope (the audit entry keeps the editions and the decision before and after).
 * Only before issue: an issued certificate or notice never changes — a certificate issued on a decision later found
 * wrong is revoked and the instrument verified again.
 */
@Service
public class RedecidingVerification {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final RuleBooks rules;

    RedecidingVerification(Verifications verifications, VerificationFactsLoader facts, AuditTrail audit, JsonMapper json,
                           RuleBooks rules) {
        this.verifications = verifications;
        this.facts = facts;
        this.audit = audit;
        this.json = json;
        this.rules = rules;
    }

    @Transactional
    public Verification redecide(DataScope scope, long id) {
        Verification v = verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
        if (!scope.isOfficer()) {
            throw Refusals.forbidden("只有监管部门工作人员可以重新判定", "only bureau officers may re-decide a verification");
        }
        if (v.status() != VerificationStatus.RECORDED || v.readingsJson() == null || v.verificationDate() == null) {
            throw new RuleViolation(409, List.of(new FieldError("status", "recorded",
                    "只能重新判定已记录、尚未出具证书的检定；已出具的证书和通知书不会改变（当前状态 " + v.status() + "）",
                    "only a verification recorded and not yet issued can be re-decided; issued certificates and notices never change"
                            + " (current status " + v.status() + ")")));
        }
        RuleBookRevision book = rules.current();
        if (rules.at(v.ruleBookRevision()).number() == book.number()) {
            throw new RuleViolation(409, List.of(new FieldError("ruleBookRevision", "current",
                    "该检定已按现行规则版本判定，无需重新判定", "the verification was decided with the editions in force: nothing to re-decide")));
        }
        ConformityDecision d = Decisions.requireStored(json, facts.category(facts.instrument(v.instrumentId())), v.readingsJson(),
                v.verificationDate(), book.conformity());
        verifications.redecide(id, d.conforming(), d.anyUnverified(), book.labels(d.editionsUsed()), book.number(), StandIns.keys(d));
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.redecide", "verification", id, decisionOf(v), decisionOf(after));
        return after;
    }

    /** What the audit keeps of a decision: editions, conclusion, revision of the rule book, stand-ins. */
    private static Map<String, Object> decisionOf(Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("editions", v.editions());
        m.put("conforming", v.conforming());
        m.put("anyUnverified", v.anyUnverified());
        m.put("ruleBookRevision", v.ruleBookRevision());
        m.put("standInEditions", v.standInEditions());
        m.put("verificationDate", v.verificationDate());
        return m;
    }
}
