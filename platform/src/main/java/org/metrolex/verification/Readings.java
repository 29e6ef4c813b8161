package org.metrolex.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.EarThermometerReadings;
import org.metrolex.metrology.conformity.FuelDispenserReadings;
import org.metrolex.metrology.conformity.GasMeterReadings;
import org.metrolex.metrology.conformity.ScaleReadings;
import org.metrolex.metrology.conformity.SphygmomanometerReadings;
import org.metrolex.metrology.conformity.VerificationReadings;
import org.metrolex.metrology.conformity.WaterMeterReadings;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;

/**
 * Raw readings of one verification, in the fields of the {@code conformity} command (docs/cli.md), for
 * the six families of metrology-core:
 * <ul>
 *   <li>SCALE (JJG 539-2016 / OIML R 76-1): {@code class} I–IIII, e, max, unit, zero, loads, repeatability, eccentricity</li>
 *   <li>FUEL_DISPENSER (JJG 443): runs</li>
 *   <li>WATER_METER (JJG 162-2019 / OIML R 49): {@code class} 1 or 2, q1, q4, points {flowRate, waterTemperatureC, indicated, reference}</li>
 *   <li>GAS_METER (JJG 577-2012): {@code class} 1.0 or 1.5, qmin, qmax, points {flowRate, indicated, reference}</li>
 *   <li>EAR_THERMOMETER (JJG 1164-2019): points {referenceC, indicationC}</li>
 *   <li>SPHYGMOMANOMETER (JJG 270-2008): zeroIndicationKpa, points {standardKpa, indicationKpa}</li>
 * </ul>
 * Stored as submitted; the decision is always recomputed from them by metrology-core ({@link #decide}),
 * never typed in. The family is the instrument category's ({@link Family#of}), not the caller's choice.
 */
public record Readings(String family, String kind, @JsonProperty("class") String scaleClass, BigDecimal e,
                       BigDecimal max, String unit, Boolean priceComputing, Weighing zero, List<Weighing> loads,
                       List<Weighing> repeatability, List<Weighing> eccentricity, List<Run> runs,
                       BigDecimal q1, BigDecimal q4, BigDecimal qmin, BigDecimal qmax, BigDecimal zeroIndicationKpa,
                       List<Point> points) {

    /** The scale and fuel-dispenser form of the first version (kept for callers that build those two). */
    public Readings(String family, String kind, String scaleClass, BigDecimal e, BigDecimal max, String unit,
                    Boolean priceComputing, Weighing zero, List<Weighing> loads, List<Weighing> repeatability,
                    List<Weighing> eccentricity, List<Run> runs) {
        this(family, kind, scaleClass, e, max, unit, priceComputing, zero, loads, repeatability, eccentricity, runs,
                null, null, null, null, null, null);
    }

    public record Weighing(BigDecimal load, BigDecimal indication, BigDecimal addedWeights) {
    }

    public record Run(String flowPoint, BigDecimal indicated, BigDecimal standard, Boolean atMinimumMeasuredQuantity) {
    }

    /**
     * One test point of a water meter, gas meter, ear thermometer or sphygmomanometer; each family uses
     * its own fields (see the class comment) and leaves the others null.
     */
    public record Point(BigDecimal flowRate, BigDecimal waterTemperatureC, BigDecimal indicated, BigDecimal reference,
                        BigDecimal referenceC, BigDecimal indicationC, BigDecimal standardKpa, BigDecimal indicationKpa) {

        public static Point flow(BigDecimal flowRate, BigDecimal waterTemperatureC, BigDecimal indicated, BigDecimal reference) {
            return new Point(flowRate, waterTemperatureC, indicated, reference, null, null, null, null);
        }

        public static Point temperature(BigDecimal referenceC, BigDecimal indicationC) {
            return new Point(null, null, null, null, referenceC, indicationC, null, null);
        }

        public static Point pressure(BigDecimal standardKpa, BigDecimal indicationKpa) {
            return new Point(null, null, null, null, null, null, standardKpa, indicationKpa);
        }
    }

    /** The instrument families of metrology-core, and which catalogue categories belong to each. */
    public enum Family {
        SCALE, FUEL_DISPENSER, WATER_METER, GAS_METER, EAR_THERMOMETER, SPHYGMOMANOMETER;

        /** The family of a catalogue category code (instrument/catalogue.csv), or null if it has no readings form. */
        public static Family of(String categoryCode) {
            if (categoryCode == null) {
                return null;
            }
            return switch (categoryCode) {
                case "PRICE_COMPUTING_SCALE", "DIGITAL_INDICATING_SCALE" -> SCALE;
                case "FUEL_DISPENSER" -> FUEL_DISPENSER;
                case "WATER_METER_DN25", "WATER_METER_DN50", "WATER_METER_LARGE" -> WATER_METER;
                case "GAS_METER_HOUSEHOLD" -> GAS_METER;
                case "INFRARED_EAR_THERMOMETER" -> EAR_THERMOMETER;
                case "SPHYGMOMANOMETER" -> SPHYGMOMANOMETER;
                default -> null;
            };
        }
    }

    /**
     * The decision of metrology-core for these readings of an instrument of {@code categoryCode} verified on
     * {@code date} against the rules of {@code conformity} (the edition of its book in force on that date
     * decides: the current book for a new decision, the stored revision's to show a past one). Refuses with
     * {@link IllegalArgumentException} (naming the field, in English and Chinese) readings that do not fit the
     * family or are incomplete.
     */
    public ConformityDecision decide(String categoryCode, LocalDate date, Conformity conformity) {
        return conformity.decide(toCore(categoryCode), date);
    }

    /** These readings as metrology-core's readings of the category's family. */
    public VerificationReadings toCore(String categoryCode) {
        Family f = Family.of(categoryCode);
        if (f == null) {
            throw new IllegalArgumentException("no readings form for category " + categoryCode + " / 尚不支持该类别的原始记录：" + categoryCode);
        }
        if (family != null && !family.isBlank() && !family.strip().replace('-', '_').equalsIgnoreCase(f.name())) {
            throw new IllegalArgumentException("family: " + family + " does not match the instrument's family " + f
                    + " / 原始记录类别 " + family + " 与器具类别 " + f + " 不符");
        }
        VerificationKind k = kindOf(kind);
        return switch (f) {
            case SCALE -> new ScaleReadings(ScaleClass.parse(scaleClass), e, max, unit == null || unit.isBlank() ? "kg" : unit, k,
                    priceComputing == null ? "PRICE_COMPUTING_SCALE".equals(categoryCode) : priceComputing,
                    weighing(zero), weighings(loads), weighings(repeatability), weighings(eccentricity));
            case FUEL_DISPENSER -> new FuelDispenserReadings(k, runs == null ? List.of() : runs.stream()
                    .map(x -> x == null ? null : new FuelDispenserReadings.Run(x.flowPoint(), x.indicated(), x.standard(),
                            Boolean.TRUE.equals(x.atMinimumMeasuredQuantity()))).toList());
            case WATER_METER -> new WaterMeterReadings(waterClass(), q1, q4, k, pointList().stream()
                    .map(p -> new WaterMeterReadings.Point(p.flowRate(),
                            // OIML R 49 / JJG 162-2019: the temperature decides the upper zone's MPE; 20 °C as the CLI assumes if absent
                            p.waterTemperatureC() == null ? new BigDecimal("20") : p.waterTemperatureC(), p.indicated(), p.reference()))
                    .toList());
            case GAS_METER -> new GasMeterReadings(decimal("class", scaleClass), qmin, qmax, k, pointList().stream()
                    .map(p -> new GasMeterReadings.Point(p.flowRate(), p.indicated(), p.reference())).toList());
            case EAR_THERMOMETER -> new EarThermometerReadings(k, pointList().stream()
                    .map(p -> new EarThermometerReadings.Point(p.referenceC(), p.indicationC())).toList());
            case SPHYGMOMANOMETER -> new SphygmomanometerReadings(k, zeroIndicationKpa, pointList().stream()
                    .map(p -> new SphygmomanometerReadings.Point(p.standardKpa(), p.indicationKpa())).toList());
        };
    }

    private List<Point> pointList() {
        if (points == null) {
            return List.of();
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i) == null) {
                throw new IllegalArgumentException("points[" + i + "] is required / 必填");
            }
        }
        return points;
    }

    private int waterClass() {
        BigDecimal c = decimal("class", scaleClass);
        if (c == null) {
            throw new IllegalArgumentException("class is required (1 or 2, JJG 162-2019) / 准确度等级必填（1 或 2 级）");
        }
        try {
            return c.intValueExact();
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("class must be 1 or 2 (JJG 162-2019) / 准确度等级须为 1 或 2 级");
        }
    }

    private static VerificationKind kindOf(String text) {
        if (text == null || text.isBlank()) {
            return VerificationKind.SUBSEQUENT;
        }
        try {
            return VerificationKind.valueOf(text.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("kind must be INITIAL, SUBSEQUENT or IN_SERVICE / 检定类别须为首次检定、后续检定或使用中检查");
        }
    }

    private static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(field + " must be a number / " + field + " 须为数字");
        }
    }

    private static List<ScaleReadings.Weighing> weighings(List<Weighing> ws) {
        return ws == null ? List.of() : ws.stream().map(Readings::weighing).toList();
    }

    private static ScaleReadings.Weighing weighing(Weighing w) {
        return w == null ? null : new ScaleReadings.Weighing(w.load(), w.indication(),
                w.addedWeights() == null ? BigDecimal.ZERO : w.addedWeights());
    }
}
