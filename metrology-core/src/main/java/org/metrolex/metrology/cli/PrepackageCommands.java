package org.metrolex.metrology.cli;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.prepackage.InvalidPrepackageInput;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.NominalQuantity;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.metrology.prepackage.SamplingPlan;
import org.metrolex.metrology.prepackage.SamplingPlans;
import org.metrolex.metrology.prepackage.TolerableShortfall;
import org.metrolex.metrology.prepackage.TolerableShortfalls;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;

/** Prepackaged goods (JJF 1070): tolerable shortfall, sampling plan and sample numbers, lot decision. */
final class PrepackageCommands {

    private PrepackageCommands() {
    }

    static void register(Map<String, MetrologyCli.Command> commands) {
        commands.put("shortfall", Commands.command("tolerable shortfall T for a nominal quantity (JJF 1070)",
                in -> guarded(() -> shortfall(in))));
        commands.put("sampling-plan", Commands.command("sampling plan for a lot size, with sample package numbers from a seed",
                in -> guarded(() -> samplingPlan(in))));
        commands.put("prepackage-lot", Commands.command("lot decision from the actual contents of the sample (JJF 1070)",
                in -> guarded(() -> lot(in))));
    }

    private static NominalQuantity nominal(Input in) {
        return NominalQuantity.of(in.decimal("nominal"), in.text("unit"));
    }

    /** The rounding modes of T a caller may ask for (TolerableShortfalls.ROUNDING_MODES): none that understates T. */
    enum ShortfallRounding { UP, HALF_UP, HALF_EVEN }

    static Object shortfall(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        TolerableShortfalls shortfalls = TolerableShortfalls.inForce(RuleBook.shipped(), date);
        if (in.has("rounding")) {
            shortfalls = shortfalls.withRounding(RoundingMode.valueOf(in.enumValue("rounding", ShortfallRounding.class).name()));
        }
        NominalQuantity qn = nominal(in);
        TolerableShortfall t = shortfalls.of(qn);
        Map<String, Object> out = new LinkedHashMap<>();
        // Qn as the caller stated it; T in the unit the table states it in (g, mL, m, m², count), named.
        out.put("nominal", qn.statedValue());
        out.put("unit", qn.statedUnit());
        out.put("tolerableShortfall", t.value());
        out.put("twiceTolerableShortfall", t.twice());
        out.put("shortfallUnit", t.unit());
        // The mode that rounded T; null where the table prints T as a value (4.5, 9, 15, 150 g; T = 0) or
        // prescribes no rounding (length, area). Count: CEILING, 附表3 note **.
        out.put("rounding", t.rounding() == null ? null : t.rounding().name());
        out.put("edition", edition(t.edition()));
        return out;
    }

    static Object samplingPlan(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        SamplingPlan plan = SamplingPlans.inForce(RuleBook.shipped(), date).forLot(in.integer("lotSize"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lotSize", plan.lotSize());
        out.put("sampleSize", plan.sampleSize());
        out.put("lambda", plan.lambda());
        out.put("allowedT1", plan.allowedT1());
        out.put("allowedT2", plan.allowedT2());
        if (in.has("seed")) {
            long seed = in.longValue("seed", 0);
            out.put("seed", seed);
            out.put("samplePackageNumbers", SampleSelection.choose(plan, seed));
        }
        out.put("edition", edition(plan.edition()));
        return out;
    }

    static Object lot(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        LotDecision d = LotInspection.inForce(RuleBook.shipped(), date)
                .decide(nominal(in), in.integer("lotSize"), in.decimals("actualContents"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", d.accepted());
        out.put("summaryZh", d.summaryZh());
        out.put("summaryEn", d.summaryEn());
        out.put("sampleSize", d.plan().sampleSize());
        out.put("lambda", d.plan().lambda());
        out.put("tolerableShortfall", d.tolerableShortfall().value());
        out.put("unit", d.tolerableShortfall().unit());
        out.put("mean", LotDecision.display(d.mean()));
        out.put("standardDeviation", LotDecision.display(d.standardDeviation()));
        out.put("meanLimit", LotDecision.display(d.meanLimit()));
        out.put("t1Count", d.t1Count());
        out.put("t2Count", d.t2Count());
        out.put("criteria", d.criteria().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("criterion", c.kind().name());
            m.put("outcome", c.outcome().name());
            m.put("reasonZh", c.reasonZh());
            m.put("reasonEn", c.reasonEn());
            return m;
        }).toList());
        out.put("defects", d.packages().stream().filter(p -> p.defect() != LotDecision.Defect.NONE).map(p -> Commands.object(
                "defect", p.defect().name(), "position", p.position(), "shortfall", p.shortfall(), "actual", p.actual()))
                .toList());
        out.put("editions", d.editions().stream().map(PrepackageCommands::edition).toList());
        return out;
    }

    static Map<String, Object> edition(RuleEdition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", e.ruleId());
        m.put("regulation", e.regulation());
        m.put("clause", e.clause());
        m.put("verified", e.verified());
        m.put("citation", e.citation());
        return m;
    }

    /** The library names the field it refuses; the command line reports it in its error format. */
    private static Object guarded(java.util.function.Supplier<Object> body) {
        try {
            return body.get();
        } catch (InvalidPrepackageInput e) {
            throw new CliInputException(e.field(), "prepackage", e.getMessage(), e.getMessage());
        }
    }

}
