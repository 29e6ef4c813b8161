package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/**
 * One edition of the sampling-plan table (rule {@value #RULE}: JJF 1070-2005 5.4.3, 办法 2005 附表4),
 * ready to answer the plan for a lot size. λ is read as printed, never computed from the t quantile
 * (the table prints 0.848 for n = 13 where t₀.₉₉₅(12)/√13 = 0.8472).
 */
public final class SamplingPlans {

    public static final String RULE = "prepackage.sampling-plan";

    private record Row(int lotMin, Integer lotMax, Integer sample, BigDecimal lambda, int allowedT1, int allowedT2) {
    }

    private final RuleTable table;
    private final List<Row> rows;

    private SamplingPlans(RuleTable table) {
        if (!RULE.equals(table.edition().ruleId())) {
            throw new IllegalArgumentException("expected a " + RULE + " table, got " + table.edition().ruleId());
        }
        this.table = table;
        List<Row> r = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            String sample = row.get("sample");
            String lotMax = row.get("lot_max");
            r.add(new Row(Integer.parseInt(row.get("lot_min")), lotMax.isBlank() ? null : Integer.valueOf(lotMax),
                    "N".equals(sample) ? null : Integer.valueOf(sample), RuleTable.decimal(row, "lambda"),
                    Integer.parseInt(row.get("allowed_t1")), Integer.parseInt(row.get("allowed_t2"))));
        }
        this.rows = List.copyOf(r);
    }

    public static SamplingPlans from(RuleTable table) {
        return new SamplingPlans(table);
    }

    /** The edition in force on {@code date}. */
    public static SamplingPlans inForce(RuleBook book, LocalDate date) {
        return from(book.inForce(RULE, date));
    }

    public RuleTable table() {
        return table;
    }

    /** The plan for a lot of {@code lotSize} packages; a clear error for N ≤ 0. */
    public SamplingPlan forLot(int lotSize) {
        if (lotSize <= 0) {
            throw new InvalidPrepackageInput("lotSize", "the lot size N (批量) must be at least 1, got " + lotSize
                    + " (" + table.edition().citation() + ")");
        }
        for (Row r : rows) {
            if (lotSize >= r.lotMin() && (r.lotMax() == null || lotSize <= r.lotMax())) {
                int n = r.sample() == null ? lotSize : r.sample();
                return new SamplingPlan(lotSize, n, r.lambda(), r.allowedT1(), r.allowedT2(), table.edition());
            }
        }
        throw new InvalidPrepackageInput("lotSize", "no row of " + table.edition().citation() + " covers lot size " + lotSize);
    }
}
