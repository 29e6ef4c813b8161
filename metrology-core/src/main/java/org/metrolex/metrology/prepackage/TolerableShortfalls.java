package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.rounding.Rounding;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/**
 * One edition of the tolerable-shortfall table (rule {@value #RULE}: JJF 1070 4.3.1, 办法 附表3), ready
 * to answer T for a nominal quantity.
 *
 * <p>Bands are {@code over < Qn ≤ up_to}; T is {@code percent} % of Qn or the {@code absolute} value.
 * The printed bands meet without a jump (e.g. 9 % of 50 g = 4.5 g), so which side owns an edge does not
 * change T. Rounding (附表3 note *): mass and volume T is rounded to 0.1 g (mL) for Qn ≤ 1 kg (L) and
 * to 1 g (mL) above, in the edition's {@code rounding} mode (shipped: UP, never understating T;
 * HALF_EVEN is GB/T 8170). Count (附表3 note **): 1 % of Qn raised to the next whole number. Length and
 * area: the text prescribes no rounding, so T is left exact.
 */
public final class TolerableShortfalls {

    public static final String RULE = "prepackage.tolerable-shortfall";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Band(BigDecimal over, BigDecimal upTo, BigDecimal percent, BigDecimal absolute) {
        boolean contains(BigDecimal qn) {
            return qn.compareTo(over) > 0 && (upTo == null || qn.compareTo(upTo) <= 0);
        }
    }

    private final RuleTable table;
    private final Map<String, List<Band>> bands;
    private final RoundingMode rounding;
    private final BigDecimal threshold;
    private final BigDecimal smallInterval;
    private final BigDecimal largeInterval;

    private TolerableShortfalls(RuleTable table, RoundingMode rounding) {
        if (!RULE.equals(table.edition().ruleId())) {
            throw new IllegalArgumentException("expected a " + RULE + " table, got " + table.edition().ruleId());
        }
        this.table = table;
        this.rounding = rounding;
        this.threshold = new BigDecimal(table.parameter("rounding-threshold"));
        this.smallInterval = new BigDecimal(table.parameter("rounding-interval-up-to-threshold"));
        this.largeInterval = new BigDecimal(table.parameter("rounding-interval-over-threshold"));
        Map<String, List<Band>> m = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            Band b = new Band(RuleTable.decimal(row, "over"), RuleTable.decimal(row, "up_to"),
                    RuleTable.decimal(row, "percent"), RuleTable.decimal(row, "absolute"));
            if ((b.percent() == null) == (b.absolute() == null)) {
                throw new IllegalArgumentException(table.edition().citation() + ": row " + row
                        + " must give exactly one of percent and absolute");
            }
            m.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(b);
        }
        this.bands = m;
    }

    /**
     * The rounding modes an edition or a caller may choose for T: UP (OIML R 87, never understates T),
     * HALF_UP and HALF_EVEN (GB/T 8170 readings of 附表3's 修约). DOWN, FLOOR and the like would understate
     * T (1 500 g: 22 g instead of 23 g), UNNECESSARY would fail on most Qn: they are refused.
     */
    public static final java.util.Set<RoundingMode> ROUNDING_MODES =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(RoundingMode.UP, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN));

    /** The table of one edition, with the edition's rounding mode ({@code # rounding:}, default UP). */
    public static TolerableShortfalls from(RuleTable table) {
        String mode = table.parameter("rounding", "UP");
        RoundingMode m = ROUNDING_MODES.stream().filter(r -> r.name().equals(mode.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.edition().citation() + ": unknown rounding mode '" + mode
                        + "' (use UP, HALF_UP or HALF_EVEN)"));
        return new TolerableShortfalls(table, m);
    }

    /** The edition in force on {@code date}. */
    public static TolerableShortfalls inForce(RuleBook book, LocalDate date) {
        return from(book.inForce(RULE, date));
    }

    /**
     * The same edition with another rounding mode, e.g. HALF_EVEN where an authority reads 附表3's 修约 as
     * GB/T 8170. The result records the mode used.
     */
    public TolerableShortfalls withRounding(RoundingMode mode) {
        if (!ROUNDING_MODES.contains(mode)) {
            throw new InvalidPrepackageInput("rounding", "rounding mode " + mode + " is not accepted for T; use one of "
                    + ROUNDING_MODES + " (允许短缺量的修约方式只能是 UP、HALF_UP 或 HALF_EVEN)");
        }
        return new TolerableShortfalls(table, mode);
    }

    public RuleTable table() {
        return table;
    }

    public RoundingMode rounding() {
        return rounding;
    }

    /** T for a nominal quantity; a clear error where the table defines none (e.g. mass above 50 kg). */
    public TolerableShortfall of(NominalQuantity qn) {
        QuantityKind kind = qn.kind();
        List<Band> forKind = bands.getOrDefault(kind.tableKind(), List.of());
        Band band = null;
        for (Band b : forKind) {
            if (b.contains(qn.value())) {
                band = b;
                break;
            }
        }
        if (band == null) {
            throw new InvalidPrepackageInput("nominal", "Qn = " + qn + " is outside the tolerable-shortfall table "
                    + table.edition().citation() + rangeOf(forKind, kind) + "; no T is defined (Qn 超出允许短缺量表范围)");
        }
        if (band.absolute() != null) {
            BigDecimal t = band.absolute();
            if (kind == QuantityKind.MASS || kind == QuantityKind.VOLUME) {
                // Printed with the decimals of the rounding interval, as a percentage T is: 9.0 g beside 9.3 g
                // for Qn ≤ 1 kg, 150 g beside 152 g above (附表3 note *). The value itself is as printed.
                int decimals = intervalFor(qn).scale();
                t = t.scale() < decimals ? t.setScale(decimals) : t;
            }
            return new TolerableShortfall(qn, t, null, table.edition());
        }
        BigDecimal raw = qn.value().multiply(band.percent()).divide(HUNDRED, MathContext.DECIMAL128);
        return switch (kind) {
            case MASS, VOLUME -> new TolerableShortfall(qn,
                    Rounding.toInterval(raw, intervalFor(qn), rounding),
                    rounding, table.edition());
            // 附表3 note **: a fraction is carried to the next whole number (进位到下一个紧邻的整数).
            case COUNT -> new TolerableShortfall(qn, raw.setScale(0, RoundingMode.CEILING), RoundingMode.CEILING, table.edition());
            case LENGTH, AREA -> new TolerableShortfall(qn, raw.stripTrailingZeros(), null, table.edition());
        };
    }

    /** 附表3 note *: 0.1 g (mL) for Qn ≤ 1 kg (L), 1 g (mL) above. */
    private BigDecimal intervalFor(NominalQuantity qn) {
        return qn.value().compareTo(threshold) <= 0 ? smallInterval : largeInterval;
    }

    private static String rangeOf(List<Band> bands, QuantityKind kind) {
        if (bands.isEmpty()) {
            return " (no rows for " + kind + ")";
        }
        BigDecimal low = bands.get(0).over();
        BigDecimal high = null;
        for (Band b : bands) {
            if (b.upTo() == null) {
                return "";
            }
            high = high == null || b.upTo().compareTo(high) > 0 ? b.upTo() : high;
        }
        return " (" + low.toPlainString() + " < Qn ≤ " + high.toPlainString() + " " + kind.baseUnit() + ")";
    }
}
