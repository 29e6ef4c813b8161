package org.metrolex.rules;

import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.rules.domain.StandInEditions;

/**
 * What a deciding module stores about stand-ins (an edition in force whose values were not obtained,
 * decided with another edition's values): one "rule-id|regulation" per line, or null when none was used.
 */
public final class StandIns {

    private StandIns() {
    }

    public static String keys(ConformityDecision decision) {
        return StandInEditions.keys(StandInEditions.of(decision));
    }

    public static String keys(LotDecision decision) {
        return StandInEditions.keys(StandInEditions.of(decision));
    }

    /** The stored form of one edition, as {@link StandInDecisionCounts} receive it split. */
    public static String key(String ruleId, String regulation) {
        return org.metrolex.rules.domain.LoadedEdition.key(ruleId, regulation);
    }

    /** The keys of a stored value, one per line. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
