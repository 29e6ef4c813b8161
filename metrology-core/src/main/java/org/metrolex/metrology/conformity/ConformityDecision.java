package org.metrolex.metrology.conformity;

import java.util.List;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.StandIn;

/**
 * The decision of one verification: conforming only if every point and every repeatability check
 * passes. It names the edition(s) that decided it and whether any value used is unverified
 * ([S]/[M] in RULES.md), so a certificate can show "unverified rule" next to the conclusion.
 */
public record ConformityDecision(boolean conforming, List<PointResult> points, List<RepeatabilityResult> repeatability,
                                 List<Reason> reasons, List<RuleEdition> editionsUsed, boolean anyUnverified) {

    public ConformityDecision {
        points = List.copyOf(points);
        repeatability = List.copyOf(repeatability);
        reasons = List.copyOf(reasons);
        editionsUsed = List.copyOf(editionsUsed);
    }

    /** The editions in force whose values were not obtained, with the editions whose values decided instead. */
    public List<StandIn> standIns() {
        return StandIn.among(editionsUsed);
    }
}
