package org.metrolex.metrology.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;

/**
 * The limits that turn a score into a {@link Performance}, read from the rule table
 * {@code comparison.performance-criteria} (shipped: CNAS-GL002:2018 clause 4.4 for z, z′, ζ —
 * |s| ≤ 2 satisfactory, 2 &lt; |s| &lt; 3 questionable, |s| ≥ 3 unsatisfactory — and JJF 1117-2010 for
 * En, |En| ≤ 1 satisfactory; RULES.md §2 [M], so the edition is marked unverified). An administrator
 * can load a newer edition without a code change; every score records the edition that classified it.
 */
public final class PerformanceCriteria {

    public static final String RULE_ID = "comparison.performance-criteria";

    private record Limits(BigDecimal satisfactoryMax, BigDecimal unsatisfactoryMin) {
    }

    private final RuleEdition edition;
    private final Map<ScoreType, Limits> limits = new EnumMap<>(ScoreType.class);

    private PerformanceCriteria(RuleTable table) {
        this.edition = table.edition();
        for (var row : table.rows()) {
            String key = row.get("score");
            for (ScoreType t : ScoreType.values()) {
                if (t.ruleKey().equals(key)) {
                    limits.put(t, new Limits(RuleTable.decimal(row, "satisfactory-max"), RuleTable.decimal(row, "unsatisfactory-min")));
                }
            }
        }
        for (ScoreType t : ScoreType.values()) {
            Limits l = limits.get(t);
            if (l == null) {
                throw new IllegalArgumentException(edition.citation() + ": no row for score '" + t.ruleKey() + "'");
            }
            if (l.satisfactoryMax().compareTo(l.unsatisfactoryMin()) > 0) {
                throw new IllegalArgumentException(edition.citation() + ": score '" + t.ruleKey()
                        + "' has satisfactory-max above unsatisfactory-min");
            }
        }
    }

    /** Criteria from a rule table of {@link #RULE_ID} (e.g. a newer edition loaded by an administrator). */
    public static PerformanceCriteria from(RuleTable table) {
        if (!RULE_ID.equals(table.edition().ruleId())) {
            throw new IllegalArgumentException("rule table " + table.edition().ruleId() + " is not " + RULE_ID);
        }
        return new PerformanceCriteria(table);
    }

    /** The shipped edition in force on {@code date} (the comparison's evaluation date). */
    public static PerformanceCriteria inForce(LocalDate date) {
        return inForce(RuleBook.shipped(), date);
    }

    public static PerformanceCriteria inForce(RuleBook book, LocalDate date) {
        return from(book.inForce(RULE_ID, date));
    }

    public RuleEdition edition() {
        return edition;
    }

    /**
     * |s| ≤ satisfactory-max → satisfactory; |s| ≥ unsatisfactory-min → unsatisfactory; questionable
     * in between. The comparison is done on the unrounded score.
     */
    public Performance classify(ScoreType type, double score) {
        InputChecks.finite(type.ruleKey(), score);
        Limits l = limits.get(type);
        double a = Math.abs(score);
        if (a <= l.satisfactoryMax().doubleValue()) {
            return Performance.SATISFACTORY;
        }
        if (a >= l.unsatisfactoryMin().doubleValue()) {
            return Performance.UNSATISFACTORY;
        }
        return Performance.QUESTIONABLE;
    }
}
