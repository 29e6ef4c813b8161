package org.metrolex.verification;

import java.time.LocalDate;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.rules.StandInDecisionCounts;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Verifications decided with a stand-in, for the rule editions page (counted from the stored decisions). */
@Component
class VerificationStandInCounts implements StandInDecisionCounts {

    private final Verifications verifications;

    VerificationStandInCounts(Verifications verifications) {
        this.verifications = verifications;
    }

    @Override
    @Transactional(readOnly = true)
    public long decidedWithStandIn(DataScope scope, String ruleId, String regulation, LocalDate from, LocalDate until) {
        return verifications.countDecidedWithStandIn(scope, StandIns.key(ruleId, regulation), from, until);
    }
}
