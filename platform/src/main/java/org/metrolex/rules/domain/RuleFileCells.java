package org.metrolex.rules.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.rules.domain.RuleFileLines.Scan;

/** The columns and cells of a rule file against the layouts and cells of the rule's known editions. */
final class RuleFileCells {

    private static final String NOT_OBTAINED = "NOT_OBTAINED";

    private RuleFileCells() {
    }

    /**
     * The columns of one of the rule's known layouts must be there, and a cell that every known edition
     * fills (or fills with a number) must be filled (with a number, or NOT_OBTAINED) here too: the compile
     * step below would accept some blanks that only fail at the first decision.
     */
    static void check(Scan s, List<RuleTable> sameRule, RuleFileProblems problems) {
        if (sameRule.isEmpty()) {
            return;
        }
        Set<String> have = new LinkedHashSet<>(s.columns);
        boolean fits = false;
        List<String> layouts = new ArrayList<>();
        for (RuleTable t : sameRule) {
            String layout = String.join(",", t.columns());
            if (!layouts.contains(layout)) {
                layouts.add(layout);
            }
            fits |= have.containsAll(t.columns());
        }
        if (!fits) {
            problems.error(s.columnsLine, "columns", "layout", "列名与该规则已知的格式不符；须包含其中一种：" + String.join(" ｜ ", layouts),
                    "the columns do not fit a known layout of the rule; include one of: " + String.join(" | ", layouts));
            return;
        }
        for (int c = 0; c < s.columns.size(); c++) {
            String column = s.columns.get(c);
            boolean required = true;
            boolean numeric = true;
            int seen = 0;
            for (RuleTable t : sameRule) {
                if (!t.columns().contains(column)) {
                    continue;
                }
                for (Map<String, String> row : t.rows()) {
                    String v = row.get(column);
                    seen++;
                    if (v == null || v.isBlank()) {
                        required = false;
                    } else if (!isNumber(v) && !NOT_OBTAINED.equals(v.strip().toUpperCase(Locale.ROOT))) {
                        numeric = false;
                    }
                }
            }
            if (seen == 0) {
                continue;
            }
            for (int r = 0; r < s.rows.size(); r++) {
                String v = s.rows.get(r)[c].strip();
                if (v.isEmpty()) {
                    if (required) {
                        problems.error(s.rowLines.get(r), column, "required", "“" + column + "” 不能为空", "'" + column + "' must not be blank");
                    }
                } else if (numeric && !isNumber(v) && !NOT_OBTAINED.equals(v.toUpperCase(Locale.ROOT))) {
                    problems.error(s.rowLines.get(r), column, "number", "“" + column + "” 须为数值（或 NOT_OBTAINED），实为 “" + v + "”",
                            "'" + column + "' must be a number (or NOT_OBTAINED), got '" + v + "'");
                }
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
