package org.metrolex.prepackaged.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The seed's figures for prepackaged goods — producers inspected, lots inspected, pass rate (e.g. 248
 * producers, 409 lots, 96.3 %) — counted from decided lots. The pass rate is accepted lots / lots, in
 * per cent rounded to 0.1 by GB/T 8170 (half to even on an exact 5); it is null where no lot was decided.
 */
public final class LotStatistics {

    /** One decided lot: whose, which group (region), when, and the decision. */
    public record Fact(long producerId, String group, LocalDate inspectionDate, boolean accepted) {
    }

    /** Counts of one group (or the total). */
    public record Row(String key, long producers, long lots, long accepted, BigDecimal passRatePercent) {
    }

    public record Report(Row total, List<Row> byGroup, List<Row> byMonth) {
    }

    private LotStatistics() {
    }

    public static Report of(List<Fact> facts) {
        return new Report(row("total", facts), rows(facts, Fact::group), rows(facts, f -> YearMonth.from(f.inspectionDate()).toString()));
    }

    private static List<Row> rows(List<Fact> facts, Function<Fact, String> key) {
        Map<String, List<Fact>> groups = new TreeMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, v) -> rows.add(row(k, v)));
        return List.copyOf(rows);
    }

    private static Row row(String key, List<Fact> facts) {
        Set<Long> producers = new HashSet<>();
        long accepted = 0;
        for (Fact f : facts) {
            producers.add(f.producerId());
            if (f.accepted()) {
                accepted++;
            }
        }
        return new Row(key, producers.size(), facts.size(), accepted, passRate(accepted, facts.size()));
    }

    /** accepted / lots in per cent to 0.1, GB/T 8170 half-even; null for no lots. */
    public static BigDecimal passRate(long accepted, long lots) {
        if (lots == 0) {
            return null;
        }
        return BigDecimal.valueOf(accepted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lots), MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_EVEN);
    }
}
