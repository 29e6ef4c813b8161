package org.metrolex.licensing;

import java.util.List;
import java.util.function.Supplier;
import org.metrolex.licensing.domain.RuleBroken;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;

/**
 * Turns the domain's {@link RuleBroken} into the answer callers get: bad input 400, a step the state does
 * not allow 409; the texts stay those of the rule.
 */
final class Refusals {

    private Refusals() {
    }

    static <T> T enforce(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (RuleBroken r) {
            throw new RuleViolation(r.kind() == RuleBroken.Kind.ILLEGAL_STATE ? 409 : 400, r.errors());
        }
    }

    static RuleViolation forbidden(String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError("role", "allowed", zh, en)));
    }
}
