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

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int DISPLAY_DECIMALS = 4;

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
            return scale(s, verificationDate);
        } else if (readings instanceof FuelDispenserReadings f) {
            return fuelDispenser(f, verificationDate);
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

    // ------------------------------------------------------------------------------------ scales

    /**
     * OIML R 76-1 / JJG 539. Changepoint method (R 76-1 A.4.4.3): E = I + ½e − ΔL − L, corrected
     * E_c = E − E₀ with E₀ the error at or near zero; |E_c| ≤ MPE at L. Repeatability (R 76-1 3.6.1):
     * the difference between the results of several weighings of the same load ≤ |MPE| at that load;
     * the results differ exactly as their errors do. Eccentricity (R 76-1 3.6.2): each position within
     * the MPE at its load.
     */
    private ConformityDecision scale(ScaleReadings r, LocalDate date) {
        if (r.scaleClass() == null) {
            throw Refusals.badInput("class", MpeTables.SCALE, "is required", "必填");
        }
        ScaleRule rule = tables.scaleRule(r.scaleClass(), r.kind(), date, r.priceComputing());
        RuleEdition ed = rule.edition();
        MpeTables.checkScaleInterval(r.e(), r.max(), rule);
        if (r.loads().isEmpty()) {
            throw Refusals.badInput("loads", ed.citation(), "at least one load is required", "至少需要一个检定载荷点");
        }
        ScaleBands bands = rule.forInterval(r.e(), r.unit());
        BigDecimal half = bands.halfInterval();
        if (r.zero() == null) {
            throw Refusals.badInput("zero", ed.citation(), "is required", "必填");
        }
        BigDecimal e0 = changepointError(r.zero(), half, Field.ZERO, -1, rule);
        boolean conforming = true;
        boolean verified = ed.verified();
        List<Reason> reasons = null;
        int nLoads = r.loads().size();
        int nEcc = r.eccentricity().size();
        PointResult[] points = new PointResult[nLoads + nEcc];
        for (int i = 0; i < nLoads + nEcc; i++) {
            boolean ecc = i >= nLoads;
            PointResult p = scalePoint(ecc ? r.eccentricity().get(i - nLoads) : r.loads().get(i), ecc ? Field.ECCENTRICITY : Field.LOADS,
                    ecc ? i - nLoads : i, bands, half, e0, r.max(), rule);
            points[i] = p;
            verified &= p.mpe().verified();
            if (!p.pass()) {
                conforming = false;
                (reasons == null ? reasons = new ArrayList<>(2) : reasons).add(outside(p, r.unit()));
            }
        }
        List<RepeatabilityResult> rep = List.of();
        if (!r.repeatability().isEmpty()) {
            RepeatabilityResult rr = scaleRepeatability(r, bands, half, rule);
            rep = List.of(rr);
            verified &= rr.verified();
            if (!rr.pass()) {
                conforming = false;
                (reasons == null ? reasons = new ArrayList<>(2) : reasons).add(new Reason("REPEATABILITY_EXCEEDED",
                        "载荷 " + rr.label() + " 重复性 " + rr.value().toPlainString() + " 超出 " + rr.limit().toPlainString(),
                        "repeatability at load " + rr.label() + " is " + rr.value().toPlainString() + ", above the limit "
                                + rr.limit().toPlainString()));
            }
        }
        List<Reason> all;
        if (reasons == null) {
            all = verified ? ALL_WITHIN_ONLY : withinButUnverified(ed);
        } else {
            if (!verified) {
                reasons.add(unverified(ed));
            }
            all = reasons;
        }
        return new ConformityDecision(conforming, List.of(points), rep, all, rule.editionList(), !verified);
    }

    private static final List<Reason> ALL_WITHIN_ONLY = List.of(ALL_WITHIN);

    private record Cached(RuleEdition edition, List<Reason> reasons) {
    }

    /** Reasons of a conforming decision under an unverified edition; the last edition's list is kept. */
    private static volatile Cached lastUnverified;

    private static List<Reason> withinButUnverified(RuleEdition ed) {
        Cached c = lastUnverified;
        if (c == null || c.edition != ed) {
            c = new Cached(ed, List.of(ALL_WITHIN, unverified(ed)));
            lastUnverified = c;
        }
        return c.reasons;
    }

    /** Field names of the readings, built only when a refusal needs them. */
    private enum Field {
        ZERO("zero"), LOADS("loads"), ECCENTRICITY("eccentricity"), REPEATABILITY("repeatability");

        final String name;

        Field(String name) {
            this.name = name;
        }

        String at(int index) {
            return index < 0 ? name : name + "[" + index + "]";
        }
    }

    private static PointResult scalePoint(ScaleReadings.Weighing w, Field field, int index, ScaleBands bands, BigDecimal half,
                                          BigDecimal e0, BigDecimal max, ScaleRule rule) {
        if (w == null) {
            throw Refusals.badInput(field.at(index), rule.edition().citation(), "is required", "必填");
        }
        BigDecimal e = changepointError(w, half, field, index, rule);
        BigDecimal ec = e.subtract(e0);
        Mpe mpe = bands.at(w.load());
        if (mpe == null || w.load().compareTo(max) > 0) {
            mpe = MpeTables.scaleMpeAt(bands, w.load(), max, rule, field.at(index) + ".load"); // refuses with the reason
        }
        return new PointResult(field == Field.LOADS ? ResultLabel.LOAD.format() : ResultLabel.ECCENTRICITY.format(String.valueOf(index + 1)), w.load(), ec, e, mpe, mpe.admits(ec));
    }

    /** E = I + ½e − ΔL − L (changepoint method, OIML R 76-1 A.4.4.3). */
    private static BigDecimal changepointError(ScaleReadings.Weighing w, BigDecimal half, Field field, int index, ScaleRule rule) {
        BigDecimal load = w.load();
        BigDecimal ind = w.indication();
        BigDecimal dl = w.addedWeights();
        if (load == null || ind == null || dl == null || load.signum() < 0 || dl.signum() < 0) {
            String f = field.at(index);
            String cite = rule.edition().citation();
            Refusals.required(load, f + ".load", cite);
            Refusals.required(ind, f + ".indication", cite);
            Refusals.required(dl, f + ".addedWeights", cite);
            if (load.signum() < 0) {
                throw Refusals.badInput(f + ".load", cite, "load must not be negative", "载荷不得为负");
            }
            throw Refusals.badInput(f + ".addedWeights", cite, "added small weights ΔL must not be negative", "附加小砝码 ΔL 不得为负");
        }
        return ind.add(half).subtract(dl).subtract(load);
    }

    private static RepeatabilityResult scaleRepeatability(ScaleReadings r, ScaleBands bands, BigDecimal half, ScaleRule rule) {
        List<ScaleReadings.Weighing> ws = r.repeatability();
        if (ws.size() < 2) {
            throw Refusals.badInput("repeatability", rule.edition().citation(), "repeatability needs at least two weighings of the same load",
                    "重复性至少需要同一载荷的两次称量");
        }
        if (ws.get(0) == null) {
            throw Refusals.badInput("repeatability[0]", rule.edition().citation(), "is required", "必填");
        }
        BigDecimal load = ws.get(0).load();
        BigDecimal min = null;
        BigDecimal max = null;
        for (int i = 0; i < ws.size(); i++) {
            ScaleReadings.Weighing w = ws.get(i);
            if (w == null) {
                throw Refusals.badInput(Field.REPEATABILITY.at(i), rule.edition().citation(), "is required", "必填");
            }
            BigDecimal e = changepointError(w, half, Field.REPEATABILITY, i, rule);
            if (w.load().compareTo(load) != 0) {
                throw Refusals.badInput(Field.REPEATABILITY.at(i) + ".load", rule.edition().citation(),
                        "repeatability weighings must all be of the same load " + load.toPlainString(),
                        "重复性称量必须为同一载荷 " + load.toPlainString());
            }
            min = min == null || e.compareTo(min) < 0 ? e : min;
            max = max == null || e.compareTo(max) > 0 ? e : max;
        }
        Mpe mpe = MpeTables.scaleMpeAt(bands, load, r.max(), rule, "repeatability[0].load");
        BigDecimal range = max.subtract(min);
        BigDecimal limit = mpe.upper();
        return new RepeatabilityResult(ResultLabel.REPEATABILITY_LOAD.format(load.toPlainString()), range, limit, mpe.unit(), SCALE_REPEATABILITY, range.compareTo(limit) <= 0,
                mpe.verified());
    }

    private static final String SCALE_REPEATABILITY = ResultLabel.METHOD_SCALE_RANGE.format();

    // ------------------------------------------------------------------------------------ fuel dispensers

    /**
     * JJG 443. Error of one run E = (V_J − V_s)/V_s × 100 %. The error of a flow point is the mean of its
     * runs where the edition says so (2006 7.7 "取平均值作为该点的示值误差"). Repeatability per flow point
     * by the edition's method: E_max − E_min, or (E_max − E_min)/d_n (range method; only d_3 = 1.69 obtained).
     */
    private ConformityDecision fuelDispenser(FuelDispenserReadings r, LocalDate date) {
        String rid = MpeTables.FUEL_DISPENSER;
        if (r.runs().isEmpty()) {
            throw Refusals.badInput("runs", rid, "at least one run is required", "至少需要一次测量");
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < r.runs().size(); i++) {
            FuelDispenserReadings.Run run = Refusals.required(r.runs().get(i), "runs[" + i + "]", rid);
            Refusals.required(run.flowPoint(), "runs[" + i + "].flowPoint", rid);
            Refusals.required(run.indicated(), "runs[" + i + "].indicated", rid);
            if (Refusals.required(run.standard(), "runs[" + i + "].standard", rid).signum() <= 0) {
                throw Refusals.badInput("runs[" + i + "].standard", rid, "standard volume V_s must be positive", "标准器示值 V_s 应为正数");
            }
            groups.computeIfAbsent(run.flowPoint(), k -> new ArrayList<>()).add(i);
        }
        Acc acc = new Acc();
        for (var g : groups.entrySet()) {
            List<Integer> idx = g.getValue();
            boolean atMin = r.runs().get(idx.get(0)).atMinimumMeasuredQuantity();
            for (int i : idx) {
                if (r.runs().get(i).atMinimumMeasuredQuantity() != atMin) {
                    throw Refusals.badInput("runs[" + i + "].atMinimumMeasuredQuantity", rid,
                            "runs of flow point '" + g.getKey() + "' disagree on the minimum measured quantity",
                            "流量点 '" + g.getKey() + "' 的各次测量对是否为最小被测量不一致");
                }
            }
            DispenserRule rule = tables.fuelDispenserRule(r.kind(), atMin, date);
            acc.edition(rule.edition());
            acc.verified &= rule.verified();
            int n = idx.size();
            // each run's error as the exact fraction num/den, num = 100 (V_J − V_s), den = V_s > 0
            BigDecimal[] num = new BigDecimal[n];
            BigDecimal[] den = new BigDecimal[n];
            for (int k = 0; k < n; k++) {
                var run = r.runs().get(idx.get(k));
                num[k] = HUNDRED.multiply(run.indicated().subtract(run.standard()));
                den[k] = run.standard();
            }
            if (rule.meanPointError()) {
                // mean = N / (n D) with D = Π den, N = Σ num_k Π_{j≠k} den_j: exact, no division
                BigDecimal d = BigDecimal.ONE;
                for (BigDecimal x : den) {
                    d = d.multiply(x);
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < n; k++) {
                    BigDecimal term = num[k];
                    for (int j = 0; j < n; j++) {
                        if (j != k) {
                            term = term.multiply(den[j]);
                        }
                    }
                    sum = sum.add(term);
                }
                BigDecimal nd = d.multiply(BigDecimal.valueOf(n));
                acc.point(relativePoint(n > 1 ? ResultLabel.FLOW_POINT_MEAN.format(g.getKey(), String.valueOf(n)) : ResultLabel.FLOW_POINT.format(g.getKey()), null, sum, nd, rule.mpe()));
            } else {
                for (int k = 0; k < n; k++) {
                    acc.point(relativePoint(ResultLabel.FLOW_POINT_RUN.format(g.getKey(), String.valueOf(k + 1)), null, num[k], den[k], rule.mpe()));
                }
            }
            if (n >= 2) {
                acc.repeatability(dispenserRepeatability(ResultLabel.FLOW_POINT.format(g.getKey()), num, den, rule, date));
            } else {
                acc.reasons.add(new Reason("REPEATABILITY_NOT_ASSESSED", "流量点 " + g.getKey() + " 仅一次测量，未评定重复性",
                        "flow point " + g.getKey() + " has one run only: repeatability not assessed"));
            }
        }
        return acc.decision();
    }

    private static RepeatabilityResult dispenserRepeatability(String label, BigDecimal[] num, BigDecimal[] den, DispenserRule rule,
                                                              LocalDate date) {
        int hi = 0;
        int lo = 0;
        for (int k = 1; k < num.length; k++) {
            // a/b > c/d  <=>  a d > c b  (b, d > 0)
            if (num[k].multiply(den[hi]).compareTo(num[hi].multiply(den[k])) > 0) {
                hi = k;
            }
            if (num[k].multiply(den[lo]).compareTo(num[lo].multiply(den[k])) < 0) {
                lo = k;
            }
        }
        // E_max − E_min = (a_hi d_lo − a_lo d_hi) / (d_hi d_lo)
        BigDecimal rangeNum = num[hi].multiply(den[lo]).subtract(num[lo].multiply(den[hi]));
        BigDecimal rangeDen = den[hi].multiply(den[lo]);
        String method;
        if ("RANGE_OVER_DN".equals(rule.repeatabilityMethod())) {
            BigDecimal dn = rule.dn(num.length, date);
            rangeDen = rangeDen.multiply(dn);
            method = ResultLabel.METHOD_RANGE_OVER_DN.format(dn.toPlainString(), String.valueOf(num.length), rule.edition().citation());
        } else {
            method = ResultLabel.METHOD_RANGE.format(rule.edition().citation());
        }
        BigDecimal limit = rule.repeatabilityLimitPct();
        boolean pass = rangeNum.compareTo(limit.multiply(rangeDen)) <= 0;
        return new RepeatabilityResult(label, rangeNum.divide(rangeDen, DISPLAY_DECIMALS, RoundingMode.HALF_EVEN), limit, "%",
                method, pass, rule.verified());
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
    private static PointResult relativePoint(String label, BigDecimal nominal, BigDecimal num, BigDecimal den, Mpe mpe) {
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

    private static Reason outside(PointResult p, String unit) {
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
    private static final class Acc {
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
