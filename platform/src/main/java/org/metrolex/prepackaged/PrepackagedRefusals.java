package org.metrolex.prepackaged;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;

/** The refusals the module's use cases share: who may act, and how entered text is taken. */
final class PrepackagedRefusals {

    private PrepackagedRefusals() {
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void requireOfficer(DataScope scope, String zh, String en) {
        if (!scope.isOfficer()) {
            throw forbidden(zh, en);
        }
    }

    static RuleViolation forbidden(String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError("role", "permitted", zh, en)));
    }
}
