package org.metrolex.rules.domain;

import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.metrology.rules.StandIn;

/**
 * The one place that reads metrology-core's stand-in facts (an edition in force whose own values were not
 * obtained, decided with another edition's values): whether a table is one, which stand-ins a decision
 * used, and the key ("rule-id|regulation") under which decisions with a stand-in are stored and counted.
 */
public final class StandInEditions {

    private StandInEditions() {
    }

    /**
     * Whether a table decides with another edition's values: linked by its book ({@link RuleTable#isStandIn()}),
     * or, read straight from its file, naming the edition whose values it carries ({@link RuleBook#STAND_IN_EDITION}).
     */
    public static boolean isStandIn(RuleTable table) {
        return table.isStandIn() || table.parameters().containsKey(RuleBook.STAND_IN_EDITION);
    }

    /** The in-force editions of a verification decision that were decided with a stand-in. */
    public static List<RuleEdition> of(ConformityDecision decision) {
        return decision.standIns().stream().map(StandIn::inForce).toList();
    }

    /** The in-force editions of a lot decision that were decided with a stand-in. */
    public static List<RuleEdition> of(LotDecision decision) {
        return decision.standIns().stream().map(StandIn::inForce).toList();
    }

    /** The stored form: one "rule-id|regulation" per line, or null when no stand-in decided. */
    public static String keys(List<RuleEdition> inForce) {
        if (inForce.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (RuleEdition e : inForce) {
            String k = LoadedEdition.key(e.ruleId(), e.regulation());
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return String.join("\n", keys);
    }
}
