package org.metrolex.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Raw readings of one verification, one record per family of metrology-core, in the fields of the
 * {@code conformity} command (docs/cli.md):
 * <ul>
 *   <li>{@link Scale} (JJG 539-2016 / OIML R 76-1): {@code class} I–IIII, e, max, unit, zero, loads, repeatability, eccentricity</li>
 *   <li>{@link FuelDispenser} (JJG 443): runs</li>
 *   <li>{@link WaterMeter} (JJG 162-2019 / OIML R 49): {@code class} 1 or 2, q1, q4, points {flowRate, waterTemperatureC, indicated, reference}</li>
 *   <li>{@link GasMeter} (JJG 577-2012): {@code class} 1.0 or 1.5, qmin, qmax, points {flowRate, indicated, reference}</li>
 *   <li>{@link EarThermometer} (JJG 1164-2019): points {referenceC, indicationC}</li>
 *   <li>{@link Sphygmomanometer} (JJG 270-2008): zeroIndicationKpa, points {standardKpa, indicationKpa}</li>
 * </ul>
 * Stored as submitted, as JSON ({@link ReadingsJson}: one object with the fields of every family, {@code family}
 * optional); readings that do not state their family are {@link Unstated} until the instrument's category names it
 * ({@link #resolve}). The decision is always recomputed from them by metrology-core ({@link #decide}), never typed in.
 */
@JsonDeserialize(using = ReadingsJson.Deserializer.class)
public sealed interface Readings {

    /** INITIAL, SUBSEQUENT or IN_SERVICE (null: subsequent). */
    String kind();

    /** The readings as metrology-core's readings of their family. */
    VerificationReadings toCore(String categoryCode);

    /** The family these readings are of, stored with them; null while {@link Unstated}. */
    @JsonProperty("family")
    Family family();

    /** These readings as the family of the instrument's category: refused when they state another family. */
    default Readings resolve(String categoryCode) {
        Family f = Family.of(categoryCode);
        if (f == null) {
            throw new IllegalArgumentException("no readings form for category " + categoryCode + " / 尚不支持该类别的原始记录：" + categoryCode);
        }
        if (family() != f) {
            throw new IllegalArgumentException("family: " + family() + " does not match the instrument's family " + f
                    + " / 原始记录类别 " + family() + " 与器具类别 " + f + " 不符");
        }
        return this;
    }

    /**
     * The decision of metrology-core for these readings of an instrument of {@code categoryCode} verified on
     * {@code date} against the rules of {@code conformity} (the edition of its book in force on that date
     * decides: the current book for a new decision, the stored revision's to show a past one). Refuses with
     * {@link IllegalArgumentException} (naming the field, in English and Chinese) readings that do not fit the
     * family or are incomplete.
     */
    default ConformityDecision decide(String categoryCode, LocalDate date, Conformity conformity) {
        return conformity.decide(resolve(categoryCode).toCore(categoryCode), date);
    }

    record Weighing(BigDecimal load, BigDecimal indication, BigDecimal addedWeights) {
    }

    record Run(String flowPoint, BigDecimal indicated, BigDecimal standard, Boolean atMinimumMeasuredQuantity) {
    }

    /** A test point of a water or gas meter. */
    record FlowPoint(BigDecimal flowRate, BigDecimal waterTemperatureC, BigDecimal indicated, BigDecimal reference) {
    }

    record TemperaturePoint(BigDecimal referenceC, BigDecimal indicationC) {
    }

    record PressurePoint(BigDecimal standardKpa, BigDecimal indicationKpa) {
    }

    record Scale(String kind, @JsonProperty("class") String scaleClass, BigDecimal e, BigDecimal max, String unit,
                 Boolean priceComputing, Weighing zero, List<Weighing> loads, List<Weighing> repeatability,
                 List<Weighing> eccentricity) implements Readings {

        @Override
        public Family family() {
            return Family.SCALE;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new ScaleReadings(ScaleClass.parse(scaleClass), e, max, unit == null || unit.isBlank() ? "kg" : unit,
                    k, priceComputing == null ? "PRICE_COMPUTING_SCALE".equals(categoryCode) : priceComputing,
                    weighing(zero), weighings(loads), weighings(repeatability), weighings(eccentricity));
        }

        private static List<ScaleReadings.Weighing> weighings(List<Weighing> ws) {
            return ws == null ? List.of() : ws.stream().map(Scale::weighing).toList();
        }

        private static ScaleReadings.Weighing weighing(Weighing w) {
            return w == null ? null : new ScaleReadings.Weighing(w.load(), w.indication(),
                    w.addedWeights() == null ? BigDecimal.ZERO : w.addedWeights());
        }
    }

    record FuelDispenser(String kind, List<Run> runs) implements Readings {

        @Override
        public Family family() {
            return Family.FUEL_DISPENSER;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new FuelDispenserReadings(k, runs == null ? List.of() : runs.stream()
                    .map(x -> x == null ? null : new FuelDispenserReadings.Run(x.flowPoint(), x.indicated(), x.standard(),
                            Boolean.TRUE.equals(x.atMinimumMeasuredQuantity()))).toList());
        }
    }

    record WaterMeter(String kind, @JsonProperty("class") String meterClass, BigDecimal q1, BigDecimal q4, List<FlowPoint> points)
            implements Readings {

        @Override
        public Family family() {
            return Family.WATER_METER;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new WaterMeterReadings(waterClass(), q1, q4, k, ReadingsJson.required(points).stream()
                    .map(p -> new WaterMeterReadings.Point(p.flowRate(),
                            // OIML R 49 / JJG 162-2019: the temperature decides the upper zone's MPE; 20 °C as the CLI assumes if absent
                            p.waterTemperatureC() == null ? new BigDecimal("20") : p.waterTemperatureC(), p.indicated(), p.reference()))
                    .toList());
        }

        private int waterClass() {
            BigDecimal c = ReadingsJson.decimal("class", meterClass);
            if (c == null) {
                throw new IllegalArgumentException("class is required (1 or 2, JJG 162-2019) / 准确度等级必填（1 或 2 级）");
            }
            try {
                return c.intValueExact();
            } catch (ArithmeticException ex) {
                throw new IllegalArgumentException("class must be 1 or 2 (JJG 162-2019) / 准确度等级须为 1 或 2 级");
            }
        }
    }

    record GasMeter(String kind, @JsonProperty("class") String meterClass, BigDecimal qmin, BigDecimal qmax, List<FlowPoint> points)
            implements Readings {

        @Override
        public Family family() {
            return Family.GAS_METER;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new GasMeterReadings(ReadingsJson.decimal("class", meterClass), qmin, qmax, k,
                    ReadingsJson.required(points).stream().map(p -> new GasMeterReadings.Point(p.flowRate(), p.indicated(), p.reference()))
                            .toList());
        }
    }

    record EarThermometer(String kind, List<TemperaturePoint> points) implements Readings {

        @Override
        public Family family() {
            return Family.EAR_THERMOMETER;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new EarThermometerReadings(k, ReadingsJson.required(points).stream()
                    .map(p -> new EarThermometerReadings.Point(p.referenceC(), p.indicationC())).toList());
        }
    }

    record Sphygmomanometer(String kind, BigDecimal zeroIndicationKpa, List<PressurePoint> points) implements Readings {

        @Override
        public Family family() {
            return Family.SPHYGMOMANOMETER;
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            VerificationKind k = ReadingsJson.kindOf(kind);
            return new SphygmomanometerReadings(k, zeroIndicationKpa, ReadingsJson.required(points).stream()
                    .map(p -> new SphygmomanometerReadings.Point(p.standardKpa(), p.indicationKpa())).toList());
        }
    }

    /**
     * Readings whose JSON does not state a family (or states it in another spelling): the instrument's category
     * decides which family's fields are read, as it always did.
     */
    record Unstated(@JsonValue ReadingsJson fields) implements Readings {

        @Override
        public String kind() {
            return fields.kind();
        }

        @Override
        public Family family() {
            return null;
        }

        @Override
        public Readings resolve(String categoryCode) {
            Family f = Family.of(categoryCode);
            if (f == null) {
                throw new IllegalArgumentException("no readings form for category " + categoryCode + " / 尚不支持该类别的原始记录：" + categoryCode);
            }
            String stated = fields.family();
            if (stated != null && !stated.isBlank() && !stated.strip().replace('-', '_').equalsIgnoreCase(f.name())) {
                throw new IllegalArgumentException("family: " + stated + " does not match the instrument's family " + f
                        + " / 原始记录类别 " + stated + " 与器具类别 " + f + " 不符");
            }
            return fields.as(f);
        }

        @Override
        public VerificationReadings toCore(String categoryCode) {
            return resolve(categoryCode).toCore(categoryCode);
        }
    }

    /** The instrument families of metrology-core, and which catalogue categories belong to each. */
    enum Family {
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
}
