package org.metrolex.metrology.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.rounding.ReportedResult;
import org.metrolex.metrology.uncertainty.Coverage;
import org.metrolex.metrology.uncertainty.Distribution;
import org.metrolex.metrology.uncertainty.MeasurementModel;
import org.metrolex.metrology.uncertainty.ModelExpression;
import org.metrolex.metrology.uncertainty.MonteCarlo;
import org.metrolex.metrology.uncertainty.MonteCarloResult;
import org.metrolex.metrology.uncertainty.UncertaintyBudget;

/** Measurement uncertainty: GUM law of propagation with a budget table, and JCGM 101 Monte Carlo. */
final class UncertaintyCommands {

    enum Kind { NORMAL, NORMAL_EXPANDED, RECTANGULAR, TRIANGULAR, U_SHAPED, STUDENT_T, TYPE_A }

    private UncertaintyCommands() {
    }

    static void register(Map<String, MetrologyCli.Command> commands) {
        commands.put("uncertainty", Commands.command(
                "uncertainty budget (GUM), coverage factor, and optional Monte Carlo (JCGM 101) with validation",
                UncertaintyCommands::uncertainty));
    }

    private static org.metrolex.metrology.uncertainty.Input input(Input in) {
        String name = in.text("name");
        Kind kind = in.enumValue("distribution", Kind.class);
        org.metrolex.metrology.uncertainty.Input input = switch (kind) {
            case TYPE_A -> org.metrolex.metrology.uncertainty.Input.typeA(name,
                    in.decimals("readings").stream().mapToDouble(BigDecimal::doubleValue).toArray());
            case NORMAL -> of(in, name, Distribution.normal(d(in, "u")));
            case NORMAL_EXPANDED -> of(in, name, Distribution.normalExpanded(d(in, "U"), d(in, "k")));
            case RECTANGULAR -> of(in, name, Distribution.rectangular(d(in, "halfWidth")));
            case TRIANGULAR -> of(in, name, Distribution.triangular(d(in, "halfWidth")));
            case U_SHAPED -> of(in, name, Distribution.arcSine(d(in, "halfWidth")));
            case STUDENT_T -> of(in, name, Distribution.studentT(d(in, "scale"), d(in, "dof")));
        };
        return in.has("dof") && kind != Kind.STUDENT_T ? input.withDegreesOfFreedom(d(in, "dof")) : input;
    }

    private static org.metrolex.metrology.uncertainty.Input of(Input in, String name, Distribution distribution) {
        return org.metrolex.metrology.uncertainty.Input.of(name, d(in, "estimate"), distribution);
    }

    private static double d(Input in, String field) {
        return in.decimal(field).doubleValue();
    }

    static Object uncertainty(Input in) {
        List<org.metrolex.metrology.uncertainty.Input> inputs = in.list("inputs", UncertaintyCommands::input);
        MeasurementModel.Builder builder = MeasurementModel.builder();
        inputs.forEach(builder::input);
        if (in.has("correlations")) {
            in.list("correlations", c -> builder.correlation(c.text("a"), c.text("b"), d(c, "r")));
        }
        builder.function(ModelExpression.compile(in.text("model"), inputs.stream().map(i -> i.name()).toList()));
        MeasurementModel model = builder.build();

        Coverage coverage;
        if (in.has("k")) {
            coverage = Coverage.fixed(d(in, "k"), in.decimal("probability", new BigDecimal("0.95")).doubleValue());
        } else if (in.text("coverage", "t").equals("k2")) {
            coverage = Coverage.k2();
        } else {
            coverage = Coverage.studentT(in.decimal("probability", new BigDecimal("0.95")).doubleValue());
        }
        UncertaintyBudget budget = model.budget(coverage);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("estimate", budget.estimate());
        out.put("combinedStandardUncertainty", budget.combinedStandardUncertainty());
        if (budget.isWelchSatterthwaiteApplicable()) {
            out.put("effectiveDegreesOfFreedom", budget.effectiveDegreesOfFreedom());
            out.put("truncatedEffectiveDegreesOfFreedom", budget.truncatedEffectiveDegreesOfFreedom());
        }
        out.put("coverageFactor", budget.coverageFactor());
        out.put("expandedUncertainty", budget.expandedUncertainty());
        // JJF 1059.1 allows rounding the uncertainty up (只进不舍) so it is never understated; GUM H.1's
        // printed 93 nm is 92.48 nm rounded that way.
        ReportedResult reported = in.bool("roundUncertaintyUp", false)
                ? budget.reported(java.math.RoundingMode.UP) : budget.reported();
        out.put("reported", Map.of("value", reported.value(), "expandedUncertainty", reported.uncertainty()));
        out.put("budget", budget.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", r.input());
            m.put("estimate", r.estimate());
            m.put("standardUncertainty", r.standardUncertainty());
            m.put("distribution", r.distribution());
            m.put("sensitivity", r.sensitivity());
            m.put("contribution", r.contribution());
            m.put("degreesOfFreedom", Double.isInfinite(r.degreesOfFreedom()) ? "∞" : r.degreesOfFreedom());
            m.put("percent", r.percent());
            return m;
        }).toList());
        if (in.has("monteCarlo")) {
            Input mc = in.object("monteCarlo");
            long seed = mc.longValue("seed", 1L);
            MonteCarlo method = mc.has("adaptiveDigits")
                    ? MonteCarlo.adaptive(mc.integer("adaptiveDigits"), seed)
                    : MonteCarlo.fixed(mc.longValue("trials", MonteCarlo.DEFAULT_TRIALS), seed);
            MonteCarloResult r = method.probability(coverage.probability()).run(model);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trials", r.trials());
            m.put("estimate", r.estimate());
            m.put("standardUncertainty", r.standardUncertainty());
            m.put("probability", r.probability());
            m.put("symmetricInterval", List.of(r.symmetric().low(), r.symmetric().high()));
            m.put("shortestInterval", List.of(r.shortest().low(), r.shortest().high()));
            m.put("seed", r.seed());
            MonteCarloResult.Validation v = r.validate(budget, mc.integer("validationDigits", 2));
            m.put("validation", Map.of("dLow", v.dLow(), "dHigh", v.dHigh(), "tolerance", v.tolerance(), "passed", v.passed()));
            out.put("monteCarlo", m);
        }
        return out;
    }
}
