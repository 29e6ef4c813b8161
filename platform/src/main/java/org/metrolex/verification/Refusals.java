package org.metrolex.verification;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.VerificationRefused;

/** The module's refusals as the platform's error answer, and the access rules its use cases share. */
final class Refusals {

    private Refusals() {
    }

    /** A refusal of the domain: 400 for invalid input, 409 for a state that does not allow the command. */
    static RuleViolation of(VerificationRefused e) {
        return new RuleViolation(e.kind() == VerificationRefused.Kind.CONFLICT ? 409 : 400, e.reasons().stream()
                .map(r -> new FieldError(r.field(), r.rule(), r.messageZh(), r.messageEn())).toList());
    }

    static RuleViolation forbidden(String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError("role", "permitted", zh, en)));
    }

    static void requireInstitutionStaff(DataScope scope, Verification v) {
        if (v.institutionId() == null || !scope.isParty(DataScope.PartyKind.INSTITUTION, v.institutionId())) {
            throw forbidden("只有受指派的检定机构可以记录和出具检定结果", "only the assigned institution may record and issue");
        }
    }

    /** Province-wide read scope for facts a verification depends on, once the caller's right to it was checked. */
    static DataScope system() {
        return DataScope.system("verification");
    }
}
