package org.metrolex.metrology.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which regulation, edition and clause a rule table comes from, when it is in force, and whether its
 * values were checked against the official text. Every regulated result carries the edition that
 * decided it, so a user can see (and an auditor can trace) what was applied.
 *
 * @param ruleId         stable name of the rule, the same across editions (e.g. {@code prepackage.tolerable-shortfall})
 * @param regulation     regulation and edition, e.g. {@code JJF 1070-2005}
 * @param clause         the clause or table, e.g. {@code 附表3}
 * @param effectiveFrom  first day in force
 * @param effectiveUntil last day in force, or null while no successor is in force
 * @param verified       true only if every value was read in the official text (RULES.md tag [V] or [C]);
 *                       false for [S] and [M] values, which users see marked "unverified"
 * @param source         where the values were read
 */
public record RuleEdition(String ruleId, String regulation, String clause, LocalDate effectiveFrom,
                          LocalDate effectiveUntil, boolean verified, String source) {

    public RuleEdition {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(ruleId + " " + regulation + ": effective-until before effective-from");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /** "JJF 1070-2005 附表3 (unverified)" — how a result names what decided it. */
    public String citation() {
        return regulation + (clause == null || clause.isBlank() ? "" : " " + clause) + (verified ? "" : " (unverified)");
    }
}
