package org.metrolex.metrology.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One edition of a rule table: its {@link RuleEdition} and rows of named cells, as read from a rule
 * file. Interpreting the cells is the job of the rule that uses the table.
 */
public record RuleTable(RuleEdition edition, List<String> columns, List<Map<String, String>> rows,
                        Map<String, String> parameters) {

    public RuleTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        parameters = Map.copyOf(parameters);
    }

    /** A parameter from the file header ({@code # key: value} lines that are not edition metadata). */
    public String parameter(String key) {
        String v = parameters.get(key);
        if (v == null) {
            throw new IllegalStateException(edition.ruleId() + " " + edition.regulation() + " has no parameter '" + key + "'");
        }
        return v;
    }

    public String parameter(String key, String fallback) {
        return parameters.getOrDefault(key, fallback);
    }

    /**
     * Whether this edition's own values were not obtained and another edition's values stand in
     * ({@code # stand-in-edition:} or {@code # stand-in-rule:} in the file header; docs/rules.md).
     */
    public boolean isStandIn() {
        return edition.isStandIn() || parameters.containsKey(RuleBook.STAND_IN_RULE);
    }

    /** A cell as a decimal; blank cells are null. */
    public static BigDecimal decimal(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : new BigDecimal(v.strip());
    }
}
