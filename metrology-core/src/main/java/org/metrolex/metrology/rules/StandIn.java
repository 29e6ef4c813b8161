package org.metrolex.metrology.rules;

import java.util.List;
import java.util.Objects;

/**
 * A decision made under an edition whose own values were not obtained, with another edition's values
 * standing in (docs/rules.md "Editions not obtained"; ADR 0018). The law requires verification to go
 * on under the edition in force; Metrolex decides with the last obtained values, says so on the result,
 * the certificate and the page, and never marks such a decision verified.
 *
 * @param inForce     the edition in force on the date (its values not obtained)
 * @param decidedWith the edition whose values decided
 */
public record StandIn(RuleEdition inForce, RuleEdition decidedWith) {

    public StandIn {
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(decidedWith, "decidedWith");
    }

    /** The stand-in an edition used in a decision carries, or null when it decided with its own values. */
    public static StandIn of(RuleEdition used) {
        return used.decidedWith() == null ? null : new StandIn(used.withoutStandIn(), used.decidedWith());
    }

    /** The stand-ins among the editions a decision names, in order, each once. */
    public static List<StandIn> among(List<RuleEdition> used) {
        return used.stream().filter(RuleEdition::isStandIn).map(StandIn::of).distinct().toList();
    }

    /** "JJG 1204-2025 in force; its tables not obtained; decided with JJG 539-2016 values, unverified". */
    public String en() {
        return inForce.regulation() + " in force; its tables not obtained; decided with " + decidedWith.regulation()
                + " values, unverified";
    }

    /** "现行 JJG 1204-2025，其数值表未取得；以 JJG 539-2016 的数值代用判定，未经核实". */
    public String zh() {
        return "现行 " + inForce.regulation() + "，其数值表未取得；以 " + decidedWith.regulation() + " 的数值代用判定，未经核实";
    }
}
