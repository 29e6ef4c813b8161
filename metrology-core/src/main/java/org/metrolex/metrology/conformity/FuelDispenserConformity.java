package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.mpe.MpeTables.DispenserRule;
import org.metrolex.metrology.mpe.Refusals;

/** Conformity of a fuel dispenser's runs (JJG 443), for {@link Conformity}. */
final class FuelDispenserConformity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FuelDispenserConformity() {
    }


    /**
     * JJG 443. Error of one run E = (V_J − V_s)/V_s × 100 %. The error of a flow point is the mean of its
     * runs where the edition says so (2006 7.7 "取平均值作为该点的示值误差"). Repeatability per flow point
     * by the edition's method: E_max − E_min, or (E_max − E_min)/d_n (range method; only d_3 = 1.69 obtained).
     */
    static ConformityDecision decide(MpeTables tables, FuelDispenserReadings r, LocalDate date) {
        Conformity.Acc acc = new Conformity.Acc();
        for (var g : flowPoints(r).entrySet()) {
            flowPoint(tables, r, g.getKey(), g.getValue(), date, acc);
        }
        return acc.decision();
    }

    /** Indexes of the runs of each flow point, in the order given; every run checked. */
    private static Map<String, List<Integer>> flowPoints(FuelDispenserReadings r) {
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
        return groups;
    }

    private static void flowPoint(MpeTables tables, FuelDispenserReadings r, String point, List<Integer> idx, LocalDate date,
                                  Conformity.Acc acc) {
        boolean atMin = r.runs().get(idx.get(0)).atMinimumMeasuredQuantity();
        for (int i : idx) {
            if (r.runs().get(i).atMinimumMeasuredQuantity() != atMin) {
                throw Refusals.badInput("runs[" + i + "].atMinimumMeasuredQuantity", MpeTables.FUEL_DISPENSER,
                        "runs of flow point '" + point + "' disagree on the minimum measured quantity",
                        "流量点 '" + point + "' 的各次测量对是否为最小被测量不一致");
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
            acc.point(meanError(point, num, den, rule));
        } else {
            for (int k = 0; k < n; k++) {
                acc.point(Conformity.relativePoint(ResultLabel.FLOW_POINT_RUN.format(point, String.valueOf(k + 1)), null, num[k], den[k], rule.mpe()));
            }
        }
        if (n >= 2) {
            acc.repeatability(dispenserRepeatability(ResultLabel.FLOW_POINT.format(point), num, den, rule, date));
        } else {
            acc.reasons.add(new Reason("REPEATABILITY_NOT_ASSESSED", "流量点 " + point + " 仅一次测量，未评定重复性",
                    "flow point " + point + " has one run only: repeatability not assessed"));
        }
    }

    /** The mean error of a flow point, N / (n D) with D = Π den, N = Σ num_k Π_{j≠k} den_j: exact, no division. */
    private static PointResult meanError(String point, BigDecimal[] num, BigDecimal[] den, DispenserRule rule) {
        int n = num.length;
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
        String label = n > 1 ? ResultLabel.FLOW_POINT_MEAN.format(point, String.valueOf(n)) : ResultLabel.FLOW_POINT.format(point);
        return Conformity.relativePoint(label, null, sum, nd, rule.mpe());
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
        return new RepeatabilityResult(label, rangeNum.divide(rangeDen, Conformity.DISPLAY_DECIMALS, RoundingMode.HALF_EVEN), limit, "%",
                method, pass, rule.verified());
    }
}
