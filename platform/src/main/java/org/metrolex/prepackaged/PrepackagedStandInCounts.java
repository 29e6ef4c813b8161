package org.metrolex.prepackaged;

import java.time.LocalDate;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.persistence.Lots;
import org.metrolex.rules.StandInDecisionCounts;
import org.metrolex.rules.StandIns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lot decisions made with a stand-in, for the rule editions page (counted from the stored decisions). */
@Component
class PrepackagedStandInCounts implements StandInDecisionCounts {

    private final Lots lots;

    PrepackagedStandInCounts(Lots lots) {
        this.lots = lots;
    }

    @Override
    @Transactional(readOnly = true)
    public long decidedWithStandIn(DataScope scope, String ruleId, String regulation, LocalDate from, LocalDate until) {
        return lots.countDecidedWithStandIn(scope, StandIns.key(ruleId, regulation), from, until);
    }
}
