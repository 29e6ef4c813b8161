package org.metrolex.metrology.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
            // t with ν = ∞ is the normal distribution (GUM G.3.4)
            case STUDENT_T -> Double.isInfinite(in.degreesOfFreedom("dof"))
                    ? of(in, name, Distribution.normal(d(in, "scale")))
                    : of(in, name, Distribution.studentT(d(in, "scale"), in.degreesOfFreedom("dof")));
        };
        return in.has("dof") && kind != Kind.STUDENT_T ? input.withDegreesOfFreedom(in.degreesOfFreedom("dof")) : input;
    }

    private static org.metrolex.metrology.uncertainty.Input of(Input in, String name, Distribution distribution) {
        return org.metrolex.metrology.uncertainty.Input.of(name, d(in, "estimate"), distribution);
    }

    private static double d(Input in, String field) {
        return in.decimal(field).doubleValue();
    }

    static Object uncertainty(Input in) {
        MeasurementModel model = model(in);
        Coverage coverage = coverage(in);
        UncertaintyBudget budget = model.budget(coverage);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("estimate", budget.estimate());
        out.put("combinedStandardUncertainty", budget.combinedStandardUncertainty());
        if (budget.isWelchSatterthwaiteApplicable()) {
            out.put("effectiveDegreesOfFreedom", degreesOfFreedom(budget.effectiveDegreesOfFreedom()));
            out.put("truncatedEffectiveDegreesOfFreedom", degreesOfFreedom(budget.truncatedEffectiveDegreesOfFreedom()));
        }
        out.put("coverageFactor", figures(budget.coverageFactor(), K_FIGURES));
        out.put("coverageFactorFrom", !coverage.fromStudentT() ? "FIXED"
                : budget.truncatedEffectiveDegreesOfFreedom() > Coverage.NORMAL_ABOVE_DEGREES_OF_FREEDOM ? "NORMAL" : "STUDENT_T");
        out.put("probability", coverage.probability());
        out.put("expandedUncertainty", budget.expandedUncertainty());
        // JJF 1059.1 allows rounding the uncertainty up (只进不舍) so it is never understated; GUM H.1's
        // printed 93 nm is 92.48 nm rounded that way.
        ReportedResult reported = in.bool("roundUncertaintyUp", false)
                ? budget.reported(java.math.RoundingMode.UP) : budget.reported();
        out.put("reported", Commands.object("value", reported.value(), "expandedUncertainty", reported.uncertainty()));
        out.put("budget", budget.rows().stream().map(UncertaintyCommands::budgetRow).toList());
        if (in.has("monteCarlo")) {
            out.put("monteCarlo", monteCarlo(in.object("monteCarlo"), model, coverage, budget));
        }
        return out;
    }

    private static MeasurementModel model(Input in) {
        List<Input> inputNodes = in.list("inputs", i -> i);
        List<org.metrolex.metrology.uncertainty.Input> inputs = inputNodes.stream().map(UncertaintyCommands::input).toList();
        MeasurementModel.Builder builder = MeasurementModel.builder();
        inputs.forEach(builder::input);
        for (int i = 0; i < inputs.size(); i++) {
            // GUM 5.1.4: a coefficient known from the physics (or measured) may be given instead of derived.
            if (inputNodes.get(i).has("sensitivity")) {
                builder.sensitivity(inputs.get(i).name(), d(inputNodes.get(i), "sensitivity"));
            }
        }
        if (in.has("correlations")) {
            in.list("correlations", c -> builder.correlation(c.text("a"), c.text("b"), d(c, "r")));
        }
        builder.function(ModelExpression.compile(in.text("model"), inputs.stream().map(i -> i.name()).toList()));
        return builder.build();
    }

    private static Coverage coverage(Input in) {
        if (in.has("k")) {
            return Coverage.fixed(d(in, "k"), in.decimal("probability", new BigDecimal("0.95")).doubleValue());
        } else if (in.text("coverage", "t").equals("k2")) {
            return Coverage.k2();
        } else if (in.text("coverage", "t").equals("t")) {
            return Coverage.studentT(in.decimal("probability", new BigDecimal("0.95")).doubleValue());
        }
        throw new CliInputException("coverage", "one-of", "coverage must be t or k2", "coverage 只能取 t 或 k2");
    }

    private static Map<String, Object> budgetRow(UncertaintyBudget.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", r.input());
        m.put("estimate", r.estimate());
        m.put("standardUncertainty", figures(r.standardUncertainty(), BUDGET_FIGURES));
        m.put("distribution", r.distribution());
        m.put("sensitivity", figures(r.sensitivity(), BUDGET_FIGURES));
        m.put("sensitivityMethod", r.sensitivityMethod().name());
        m.put("contribution", figures(r.contribution(), BUDGET_FIGURES));
        m.put("degreesOfFreedom", degreesOfFreedom(r.degreesOfFreedom()));
        m.put("percent", figures(r.percent(), PERCENT_FIGURES));
        return m;
    }

    private static Map<String, Object> monteCarlo(Input mc, MeasurementModel model, Coverage coverage, UncertaintyBudget budget) {
        long seed = mc.longValue("seed", 1L);
        boolean adaptive = mc.has("adaptiveDigits");
        MonteCarlo method = adaptive
                ? MonteCarlo.adaptive(mc.integer("adaptiveDigits", 1, 15), seed)
                : MonteCarlo.fixed(mc.longValue("trials", MonteCarlo.DEFAULT_TRIALS), seed);
        MonteCarloResult r = method.probability(coverage.probability()).run(model);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trials", r.trials());
        m.put("adaptive", adaptive);
        // JCGM 101 7.9.4: false when the cap on trials came before the results stabilised.
        m.put("stable", adaptive ? r.stable() : null);
        m.put("runs", r.runs());
        m.put("estimate", r.estimate());
        m.put("standardUncertainty", r.standardUncertainty());
        m.put("probability", r.probability());
        m.put("symmetricInterval", List.of(r.symmetric().low(), r.symmetric().high()));
        m.put("shortestInterval", List.of(r.shortest().low(), r.shortest().high()));
        m.put("seed", r.seed());
        MonteCarloResult.Validation v = r.validate(budget, mc.integer("validationDigits", 1, 15, 2));
        m.put("validation", Commands.object("dLow", v.dLow(), "dHigh", v.dHigh(), "tolerance", v.tolerance(), "passed", v.passed()));
        return m;
    }

    /** k to six significant figures: t_p(ν) and z_p agree to them above Coverage.NORMAL_ABOVE_DEGREES_OF_FREEDOM. */
    static final int K_FIGURES = 6;
    /** u(xᵢ), cᵢ and |cᵢ|u(xᵢ) of a budget row (analytic and given cᵢ hold more; central differences about 8). */
    static final int BUDGET_FIGURES = 10;
    static final int PERCENT_FIGURES = 4;

    static BigDecimal figures(double x, int figures) {
        return new BigDecimal(x).round(new MathContext(figures, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** One type for degrees of freedom: a number, or "inf" (Input.INFINITY), the spelling the input accepts. */
    static Object degreesOfFreedom(double nu) {
        if (Double.isInfinite(nu)) {
            return Input.INFINITY;
        }
        if (nu == Math.rint(nu) && nu < 1e15) {
            return (long) nu;
        }
        return figures(nu, 6);
    }
}
