package org.metrolex.metrology.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which regulation, edition and clause a rule table comes from, when it is in force, and whether its
 * values were checked against the official text. Every regulated result carries the edition that
 * decided it, so a user can see (and an auditor can trace) what was applied.
 *
 * <p>An edition whose own values were not obtained is still the edition in force; it decides with the
 * values of another edition standing in ({@link #decidedWith}, docs/rules.md "Editions not obtained"),
 * never silently: such an edition is always unverified and its {@link #citation()} says whose values
 * decided.
 *
 * @param ruleId         stable name of the rule, the same across editions (e.g. {@code prepackage.tolerable-shortfall})
 * @param regulation     regulation and edition, e.g. {@code JJF 1070-2005}
 * @param clause         the clause or table, e.g. {@code 附表3}
 * @param effectiveFrom  first day in force
 * @param effectiveUntil last day in force, or null while no successor is in force
 * @param verified       true only if every value was read in the official text (RULES.md tag [V] or [C]);
 *                       false for [S] and [M] values, which users see marked "unverified"
 * @param source         where the values were read
 * @param decidedWith    the edition whose values stand in for this edition's values that were not
 *                       obtained, or null when this edition decides with its own values
 */
public record RuleEdition(String ruleId, String regulation, String clause, LocalDate effectiveFrom,
                          LocalDate effectiveUntil, boolean verified, String source, RuleEdition decidedWith) {

    public RuleEdition {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(ruleId + " " + regulation + ": effective-until before effective-from");
        }
        if (decidedWith != null && verified) {
            throw new IllegalArgumentException(ruleId + " " + regulation + ": a stand-in decision is never verified");
        }
    }

    /** An edition that decides with its own values. */
    public RuleEdition(String ruleId, String regulation, String clause, LocalDate effectiveFrom,
                       LocalDate effectiveUntil, boolean verified, String source) {
        this(ruleId, regulation, clause, effectiveFrom, effectiveUntil, verified, source, null);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /** Whether another edition's values stand in for this edition's values, which were not obtained. */
    public boolean isStandIn() {
        return decidedWith != null;
    }

    /** This edition in force, deciding with {@code values}' values (unverified, whatever {@code values} is). */
    public RuleEdition standInWith(RuleEdition values) {
        Objects.requireNonNull(values, "values");
        RuleEdition own = decidedWith == null ? this : withoutStandIn();
        RuleEdition with = values.decidedWith == null ? values : values.decidedWith;
        return new RuleEdition(ruleId, regulation, own.clause, effectiveFrom, effectiveUntil, false, source, with);
    }

    /** The same edition without its stand-in. */
    public RuleEdition withoutStandIn() {
        return decidedWith == null ? this : new RuleEdition(ruleId, regulation, clause, effectiveFrom, effectiveUntil, false, source, null);
    }

    /** The same edition with another last day in force (a later edition closes an open-ended one). */
    public RuleEdition until(LocalDate last) {
        return new RuleEdition(ruleId, regulation, clause, effectiveFrom, last, verified, source, decidedWith);
    }

    /** "JJG 539-2016 MPE table" — regulation and clause; a stand-in names itself as {@link #citation()} does. */
    public String name() {
        return decidedWith != null ? citation() : regulation + (clause == null || clause.isBlank() ? "" : " " + clause);
    }

    /**
     * "JJF 1070-2005 附表3 (unverified)" — how a result names what decided it. A stand-in says so in plain
     * words: "JJG 1204-2025 in force; its tables not obtained; decided with JJG 539-2016 values, unverified".
     */
    public String citation() {
        if (decidedWith != null) {
            return StandIn.of(this).en();
        }
        return regulation + (clause == null || clause.isBlank() ? "" : " " + clause) + (verified ? "" : " (unverified)");
    }

    /** The citation in Chinese words: "JJF 1070-2005 附表3（未核实）", or the stand-in sentence in Chinese. */
    public String citationZh() {
        if (decidedWith != null) {
            return StandIn.of(this).zh();
        }
        return regulation + (clause == null || clause.isBlank() ? "" : " " + clause) + (verified ? "" : "（未核实）");
    }
}
