package org.metrolex.rules.domain;

import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;

/**
 * The one place that reads metrology-core's stand-in facts (an edition in force whose own values were not
 * obtained, decided with another edition's values): whether a table is one, which stand-ins a decision
 * used, and the key ("rule-id|regulation") under which decisions with a stand-in are stored and counted.
 */
public final class StandInEditions {

    private StandInEditions() {
    }

    public static boolean isStandIn(RuleTable table) {
        return table.parameters().keySet().stream().anyMatch(k -> k.startsWith("stand-in"));
    }

    /** The in-force editions of a verification decision that were decided with a stand-in. */
    public static List<RuleEdition> of(ConformityDecision decision) {
        return List.of();
    }

    /** The in-force editions of a lot decision that were decided with a stand-in. */
    public static List<RuleEdition> of(LotDecision decision) {
        return List.of();
    }

    /** "现行 … 以 … 的数值代用判定" / "… in force; … decided with … values", or null when not a stand-in. */
    public static String[] wording(RuleEdition edition) {
        return null;
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
