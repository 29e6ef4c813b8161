package org.metrolex.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.SamplingPlans;
import org.metrolex.metrology.prepackage.TolerableShortfalls;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.RuleFileLines.Scan;

/**
 * The last step of {@link RuleFileCheck}: the edition joins its book (no overlapping dates) and the rule compiles
 * on the same path decisions take, with the failing rows named by line.
 */
final class RuleFileCompile {

    private final List<RuleTable> editions;
    private final RuleFileProblems problems;

    RuleFileCompile(List<RuleTable> editions, RuleFileProblems problems) {
        this.editions = editions;
        this.problems = problems;
    }

    /** Whether the book takes the edition: its dates must not overlap another edition's (RuleBook refuses). */
    boolean fitsTheBook(Scan s, RuleTable table, RuleTable replaces) {
        try {
            book(table, replaces);
            return true;
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (m.contains("overlap")) {
                problems.error(s.lineOf("effective-from"), "effective-from", "overlap", "实施期与同一规则的其他版本重叠：" + m,
                        "the dates overlap another edition of the rule: " + m);
            } else {
                problems.error(0, "file", "book", "该版本无法加入规则库：" + m, "the edition cannot join the rule book: " + m);
            }
            return false;
        }
    }

    private RuleBook book(RuleTable table, RuleTable replaces) {
        List<RuleTable> all = new ArrayList<>(editions.size() + 1);
        for (RuleTable t : editions) {
            if (t != replaces) {
                all.add(t);
            }
        }
        all.add(table);
        return new RuleBook(all);
    }

    /**
     * Compiles the rule with the new edition in its book. When that fails, the header alone (no rows) is
     * tried, then each row alone, so the error names the lines that break the compile; what fails without
     * rows is a header or parameter problem of the file as a whole.
     */
    void compile(Scan s, RuleTable table, RuleTable replaces) {
        String failure = compileFailure(table, replaces);
        if (failure == null) {
            return;
        }
        RuleTable empty = new RuleTable(table.edition(), table.columns(), List.of(), table.parameters());
        String headerFailure = compileFailure(empty, replaces);
        List<Integer> badRows = new ArrayList<>();
        if (headerFailure == null) {
            for (int r = 0; r < table.rows().size(); r++) {
                RuleTable one = new RuleTable(table.edition(), table.columns(), List.of(table.rows().get(r)), table.parameters());
                String rowFailure = compileFailure(one, replaces);
                if (rowFailure != null) {
                    badRows.add(r);
                    problems.error(s.rowLines.get(r), "row", "compiles", "该行无法用于判定（" + table.edition().ruleId() + "）：" + rowFailure,
                            "this row cannot be used to decide (" + table.edition().ruleId() + "): " + rowFailure);
                }
            }
        }
        if (badRows.isEmpty()) {
            String m = headerFailure != null ? headerFailure : failure;
            problems.error(0, "file", "compiles", "文件无法用于判定（" + table.edition().ruleId() + "）：" + m,
                    "the file cannot be used to decide (" + table.edition().ruleId() + "): " + m);
        }
    }

    /** The message of the compile path's refusal, or null when the rule compiles with this table. */
    private String compileFailure(RuleTable table, RuleTable replaces) {
        try {
            RuleBook book = book(table, replaces);
            COMPILE.apply(table).accept(book);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The compile path of each rule: what the decisions call to read its table. */
    private static final Function<RuleTable, Consumer<RuleBook>> COMPILE = table -> {
        String rule = table.edition().ruleId();
        LocalDate from = table.edition().effectiveFrom();
        if (MpeTables.ruleIds().contains(rule)) {
            return MpeTables::of;
        } else if (TolerableShortfalls.RULE.equals(rule)) {
            return book -> {
                TolerableShortfalls.from(table);
                LotInspection.inForce(book, from);
            };
        } else if (SamplingPlans.RULE.equals(rule)) {
            return book -> {
                SamplingPlans.from(table);
                LotInspection.inForce(book, from);
            };
        } else if (PerformanceCriteria.RULE_ID.equals(rule)) {
            return book -> PerformanceCriteria.from(table);
        }
        return book -> book.inForce(rule, from);
    };
}
