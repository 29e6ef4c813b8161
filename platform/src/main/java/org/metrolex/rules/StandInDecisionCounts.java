package org.metrolex.rules;

import java.time.LocalDate;
import org.metrolex.platform.scope.DataScope;

/**
 * Implemented by a module that stores decisions made with a stand-in (the stored "rule-id|regulation" of
 * {@link StandIns#keys}): how many of its decisions dated within an edition's dates used that edition with
 * another edition's values. The rule editions page adds up the answers of every implementing module, so
 * this module needs no dependency on them.
 */
public interface StandInDecisionCounts {

    /**
     * @param until last day, or null while the edition is open-ended
     */
    long decidedWithStandIn(DataScope scope, String ruleId, String regulation, LocalDate from, LocalDate until);
}
