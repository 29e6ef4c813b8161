package org.metrolex.metrology.rules;

import java.time.LocalDate;

/** No edition of a rule is in force on the date asked about. */
public final class NoRuleInForceException extends RuntimeException {

    public NoRuleInForceException(String ruleId, LocalDate date) {
        super("no edition of rule " + ruleId + " is in force on " + date + " (没有在该日期有效的规则版本)");
    }
}
