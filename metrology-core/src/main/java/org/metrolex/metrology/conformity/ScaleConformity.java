package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.mpe.Mpe;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.mpe.MpeTables.ScaleBands;
import org.metrolex.metrology.mpe.MpeTables.ScaleRule;
import org.metrolex.metrology.mpe.Refusals;
import org.metrolex.metrology.rules.RuleEdition;

/** Conformity of a non-automatic weighing instrument's readings (OIML R 76-1 / JJG 539), for {@link Conformity}. */
final class ScaleConformity {

    private ScaleConformity() {
    }


    /**
     * OIML R 76-1 / JJG 539. Changepoint method (R 76-1 A.4.4.3): E = I + ½e − ΔL − L, corrected
     * E_c = E − E₀ with E₀ the error at or near zero; |E_c| ≤ MPE at L. Repeatability (R 76-1 3.6.1):
     * the difference between the results of several weighings of the same load ≤ |MPE| at that load;
     * the results differ exactly as their errors do. Eccentricity (R 76-1 3.6.2): each position within
     * the MPE at its load.
     */
    static ConformityDecision decide(MpeTables tables, ScaleReadings r, LocalDate date) {
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
                (reasons == null ? reasons = new ArrayList<>(2) : reasons).add(Conformity.outside(p, r.unit()));
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
                reasons.add(Conformity.unverified(ed));
            }
            all = reasons;
        }
        return new ConformityDecision(conforming, List.of(points), rep, all, rule.editionList(), !verified);
    }

    private static final List<Reason> ALL_WITHIN_ONLY = List.of(Conformity.ALL_WITHIN);

    private record Cached(RuleEdition edition, List<Reason> reasons) {
    }

    /** Reasons of a conforming decision under an unverified edition; the last edition's list is kept. */
    private static volatile Cached lastUnverified;

    private static List<Reason> withinButUnverified(RuleEdition ed) {
        Cached c = lastUnverified;
        if (c == null || c.edition != ed) {
            c = new Cached(ed, List.of(Conformity.ALL_WITHIN, Conformity.unverified(ed)));
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
}
