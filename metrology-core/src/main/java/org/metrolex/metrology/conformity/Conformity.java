package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.mpe.Mpe;
import org.metrolex.metrology.mpe.MpeTables.DispenserRule;
import org.metrolex.metrology.mpe.MpeTables.ScaleBands;
import org.metrolex.metrology.mpe.MpeTables.ScaleRule;
import org.metrolex.metrology.mpe.Refusals;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * Conformity decisions from raw readings, for every family of RULES.md §4. The edition in force on the
 * verification date decides, and is named in the decision. Values a rule file marks not obtained, and
 * dates on which the edition in force is not known, are refused ({@link org.metrolex.metrology.mpe.NotObtainedException})
 * — a decision is never made with another edition's values in their place. Bad input is refused with
 * {@link IllegalArgumentException} naming the field and the rule, in English and Chinese.
 *
 * <p>Every comparison with a limit is exact (GB/T 8170-2008 4.3, full-value comparison 全数值比较法):
 * relative errors are compared by cross-multiplication, never after a division; displayed relative
 * errors are rounded to 4 decimals (half to even).
 */
public final class Conformity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int DISPLAY_DECIMALS = 4;

    static final Reason ALL_WITHIN = new Reason("ALL_WITHIN_MPE", "全部示值误差均未超出最大允许误差，合格",
            "every error is within its maximum permissible error: conforming");
    static final Reason REPEATABILITY_WITHIN = new Reason("REPEATABILITY_WITHIN", "重复性符合要求", "repeatability within its limit");

    private final MpeTables tables;

    private Conformity(MpeTables tables) {
        this.tables = tables;
    }

    /** Decisions against the rules of {@code book}; its tables are compiled once and kept. */
    public static Conformity using(RuleBook book) {
        return new Conformity(MpeTables.of(book));
    }

    public static ConformityDecision decide(VerificationReadings readings, LocalDate verificationDate, RuleBook book) {
        return using(book).decide(readings, verificationDate);
    }

    public MpeTables tables() {
        return tables;
    }

    public ConformityDecision decide(VerificationReadings readings, LocalDate verificationDate) {
        Refusals.required(readings, "readings", "conformity");
        Refusals.required(verificationDate, "verificationDate", "conformity");
        Refusals.required(readings.kind(), "kind", "conformity");
        if (readings instanceof ScaleReadings s) {
            return ScaleConformity.decide(tables, s, verificationDate);
        } else if (readings instanceof FuelDispenserReadings f) {
            return FuelDispenserConformity.decide(tables, f, verificationDate);
        } else if (readings instanceof WaterMeterReadings w) {
            return waterMeter(w, verificationDate);
        } else if (readings instanceof GasMeterReadings g) {
            return gasMeter(g, verificationDate);
        } else if (readings instanceof EarThermometerReadings t) {
            return earThermometer(t, verificationDate);
        } else if (readings instanceof SphygmomanometerReadings p) {
            return sphygmomanometer(p, verificationDate);
        }
        throw new IllegalArgumentException("unknown readings " + readings.getClass());
    }


    // ------------------------------------------------------------------------------------ water and gas meters

    /** JJG 162-2019 / OIML R 49: E = (V_i − V_a)/V_a × 100 % at each flow rate, against the zone's MPE. */
    private ConformityDecision waterMeter(WaterMeterReadings r, LocalDate date) {
        String rid = MpeTables.WATER_METER;
        if (r.points().isEmpty()) {
            throw Refusals.badInput("points", rid, "at least one flow rate is required", "至少需要一个流量点");
        }
        Acc acc = new Acc();
        for (int i = 0; i < r.points().size(); i++) {
            WaterMeterReadings.Point p = Refusals.required(r.points().get(i), "points[" + i + "]", rid);
            Mpe mpe = tables.waterMeter(r.meterClass(), p.flowRate(), r.q1(), r.q4(), p.waterTemperatureC(), r.kind(), date);
            acc.point(relative("points[" + i + "]", ResultLabel.WATER_FLOW_RATE.format(p.flowRate().toPlainString()), p.flowRate(), p.indicated(), p.reference(), mpe));
        }
        return acc.decision();
    }

    /** JJG 577-2012: E = (V_i − V_r)/V_r × 100 % at each flow rate, against the zone's MPE. */
    private ConformityDecision gasMeter(GasMeterReadings r, LocalDate date) {
        String rid = MpeTables.GAS_METER;
        if (r.points().isEmpty()) {
            throw Refusals.badInput("points", rid, "at least one flow rate is required", "至少需要一个流量点");
        }
        Acc acc = new Acc();
        for (int i = 0; i < r.points().size(); i++) {
            GasMeterReadings.Point p = Refusals.required(r.points().get(i), "points[" + i + "]", rid);
            Mpe mpe = tables.gasMeter(r.meterClass(), p.flowRate(), r.qmin(), r.qmax(), r.kind(), date);
            acc.point(relative("points[" + i + "]", ResultLabel.GAS_FLOW_RATE.format(p.flowRate().toPlainString()), p.flowRate(), p.indicated(), p.reference(), mpe));
        }
        return acc.decision();
    }

    private static PointResult relative(String field, String label, BigDecimal nominal, BigDecimal indicated, BigDecimal reference, Mpe mpe) {
        String cite = mpe.edition().citation();
        Refusals.required(indicated, field + ".indicated", cite);
        if (Refusals.required(reference, field + ".reference", cite).signum() <= 0) {
            throw Refusals.badInput(field + ".reference", cite, "reference volume must be positive", "标准值应为正数");
        }
        return relativePoint(label, nominal, HUNDRED.multiply(indicated.subtract(reference)), reference, mpe);
    }

    /** A relative error num/den (den > 0) held against mpe exactly: lower·den ≤ num ≤ upper·den. */
    static PointResult relativePoint(String label, BigDecimal nominal, BigDecimal num, BigDecimal den, Mpe mpe) {
        boolean pass = num.compareTo(mpe.lower().multiply(den)) >= 0 && num.compareTo(mpe.upper().multiply(den)) <= 0;
        return new PointResult(label, nominal, num.divide(den, DISPLAY_DECIMALS, RoundingMode.HALF_EVEN), null, mpe, pass);
    }

    // ------------------------------------------------------------------------------------ thermometers, sphygmomanometers

    /** JJG 1164-2019: error = indication − reference temperature, against ±0.2 °C (35.0–42.0 °C) or ±0.3 °C. */
    private ConformityDecision earThermometer(EarThermometerReadings r, LocalDate date) {
        String rid = MpeTables.EAR_THERMOMETER;
        if (r.points().isEmpty()) {
            throw Refusals.badInput("points", rid, "at least one temperature point is required", "至少需要一个温度点");
        }
        Acc acc = new Acc();
        for (int i = 0; i < r.points().size(); i++) {
            EarThermometerReadings.Point p = Refusals.required(r.points().get(i), "points[" + i + "]", rid);
            Refusals.required(p.indicationC(), "points[" + i + "].indicationC", rid);
            Mpe mpe = tables.earThermometer(Refusals.required(p.referenceC(), "points[" + i + "].referenceC", rid), r.kind(), date);
            BigDecimal err = p.indicationC().subtract(p.referenceC());
            acc.point(new PointResult(ResultLabel.TEMPERATURE.format(p.referenceC().toPlainString()), p.referenceC(), err, null, mpe, mpe.admits(err)));
        }
        return acc.decision();
    }

    /** JJG 270-2008: zero error (indication with no pressure) and indication error = indication − standard. */
    private ConformityDecision sphygmomanometer(SphygmomanometerReadings r, LocalDate date) {
        String rid = MpeTables.SPHYGMOMANOMETER;
        Acc acc = new Acc();
        BigDecimal zero = Refusals.required(r.zeroIndication(), "zeroIndication", rid);
        Mpe zmpe = tables.sphygmomanometerZero(date);
        acc.point(new PointResult(ResultLabel.ZERO.format(), BigDecimal.ZERO, zero, null, zmpe, zmpe.admits(zero)));
        if (!r.points().isEmpty()) {
            Mpe mpe = tables.sphygmomanometer(r.kind(), date);
            for (int i = 0; i < r.points().size(); i++) {
                SphygmomanometerReadings.Point p = Refusals.required(r.points().get(i), "points[" + i + "]", rid);
                BigDecimal std = Refusals.required(p.standardKpa(), "points[" + i + "].standardKpa", rid);
                BigDecimal err = Refusals.required(p.indicationKpa(), "points[" + i + "].indicationKpa", rid).subtract(std);
                acc.point(new PointResult(ResultLabel.PRESSURE.format(std.toPlainString()), std, err, null, mpe, mpe.admits(err)));
            }
        }
        return acc.decision();
    }

    // ------------------------------------------------------------------------------------ shared

    static Reason outside(PointResult p, String unit) {
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        String at = p.nominal() == null || !p.label().equals("load") ? "" : " " + p.nominal().toPlainString() + u;
        String zh = ResultLabel.readPoint(p.label()).map(ResultLabel.Read::chinese).orElse(p.label());
        return new Reason("ERROR_EXCEEDS_MPE",
                zh + at + "：误差 " + p.error().toPlainString() + u + " 超出最大允许误差 " + p.mpe().display() + "（" + p.mpe().edition().citation() + "）",
                p.label() + at + ": error " + p.error().toPlainString() + u + " exceeds the MPE " + p.mpe().display() + " ("
                        + p.mpe().edition().citation() + ")");
    }

    static Reason unverified(RuleEdition ed) {
        if (ed.isStandIn()) {
            // docs/rules.md "Editions not obtained": the decision is made, and says in plain words whose values made it.
            return new Reason("STAND_IN_RULE", ed.citationZh() + "；结论请核对", ed.citation() + "; check before relying on the decision");
        }
        return new Reason("UNVERIFIED_RULE", "所用规则数值未经官方文本核实：" + ed.citation() + "；结论仅供参考，请核对",
                "values used are not verified against the official text: " + ed.citation() + "; check before relying on the decision");
    }

    /** Collects points, repeatability, reasons and editions of a decision. */
    static final class Acc {
        final List<PointResult> points = new ArrayList<>();
        final List<RepeatabilityResult> repeatability = new ArrayList<>();
        final List<Reason> reasons = new ArrayList<>();
        final List<RuleEdition> editions = new ArrayList<>(1);
        boolean conforming = true;
        boolean verified = true;

        void edition(RuleEdition ed) {
            if (!editions.contains(ed)) {
                editions.add(ed);
            }
        }

        void point(PointResult p) {
            points.add(p);
            edition(p.mpe().edition());
            verified &= p.mpe().verified();
            if (!p.pass()) {
                conforming = false;
                reasons.add(outside(p, p.mpe().unit()));
            }
        }

        void repeatability(RepeatabilityResult r) {
            repeatability.add(r);
            verified &= r.verified();
            if (!r.pass()) {
                conforming = false;
                reasons.add(new Reason("REPEATABILITY_EXCEEDED",
                        r.label() + "：重复性 " + r.value().toPlainString() + " " + r.unit() + " 超出 " + r.limit().toPlainString() + " " + r.unit(),
                        r.label() + ": repeatability " + r.value().toPlainString() + " " + r.unit() + " exceeds "
                                + r.limit().toPlainString() + " " + r.unit() + " — " + r.method()));
            }
        }

        ConformityDecision decision() {
            if (conforming) {
                reasons.add(0, ALL_WITHIN);
            }
            if (!verified) {
                for (RuleEdition ed : editions) {
                    reasons.add(unverified(ed));
                }
            }
            return new ConformityDecision(conforming, points, repeatability, reasons, editions, !verified);
        }
    }
}
