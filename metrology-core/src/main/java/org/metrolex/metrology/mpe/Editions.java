package org.metrolex.metrology.mpe;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.metrolex.metrology.rules.NoRuleInForceException;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/**
 * The editions of one rule, each compiled once into the form its rule uses, and the choice of the one
 * in force on a date by comparing epoch days (no list copies, no parsing on the hot path).
 *
 * <p>Where the day an edition took effect was not obtained, its file says {@code effective-from-obtained:
 * false}, gives the lower bound its number allows as {@code effective-from}, and names
 * {@code edition-uncertain-until}: decisions dated in between are refused because the previous
 * edition may still have been in force.
 */
final class Editions<T> {

    record Entry<T>(RuleTable table, long from, long until, long uncertainUntil, T value) {
    }

    private final String ruleId;
    private final Entry<T>[] entries;

    @SuppressWarnings("unchecked")
    Editions(RuleBook book, String ruleId, Function<RuleTable, T> compile) {
        this.ruleId = ruleId;
        List<RuleTable> tables = book.editions(ruleId);
        this.entries = new Entry[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            RuleTable t = tables.get(i);
            var ed = t.edition();
            long until = ed.effectiveUntil() == null ? Long.MAX_VALUE : ed.effectiveUntil().toEpochDay();
            String uncertain = t.parameter("edition-uncertain-until", null);
            if (uncertain == null && "false".equals(t.parameter("effective-from-obtained", "true"))) {
                throw new IllegalArgumentException(ruleId + " " + ed.regulation()
                        + ": effective-from-obtained is false, so edition-uncertain-until is required");
            }
            long uncertainUntil = uncertain == null ? Long.MIN_VALUE : LocalDate.parse(uncertain).toEpochDay();
            entries[i] = new Entry<>(t, ed.effectiveFrom().toEpochDay(), until, uncertainUntil, compile.apply(t));
        }
    }

    String ruleId() {
        return ruleId;
    }

    /** The editions before {@code entry}, newest first: where a stand-in for values not obtained is looked for. */
    List<Entry<T>> earlier(Entry<T> entry) {
        List<Entry<T>> out = new java.util.ArrayList<>();
        for (int i = entries.length - 1; i >= 0; i--) {
            if (entries[i].from < entry.from) {
                out.add(entries[i]);
            }
        }
        return out;
    }

    Entry<T> at(LocalDate date) {
        long day = date.toEpochDay();
        for (Entry<T> e : entries) {
            if (day >= e.from && day <= e.until) {
                if (day <= e.uncertainUntil) {
                    var ed = e.table.edition();
                    throw new NotObtainedException(ruleId, ed.regulation(), date,
                            "edition in force not obtained: the day " + ed.regulation() + " took effect was not obtained,"
                                    + " so on this date the previous edition may still have been in force",
                            "有效版本未取得：" + ed.regulation() + " 的实施日期未取得，该日期可能仍适用前一版本");
                }
                return e;
            }
        }
        throw new NoRuleInForceException(ruleId, date);
    }
}
