package org.metrolex.metrology.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement model Y = f(X₁ … X_N) (GUM 4.1) with its inputs, optional correlation coefficients
 * r(xᵢ, xⱼ) (GUM 5.2.2) and optional given sensitivity coefficients.
 *
 * <p>Sensitivity coefficients cᵢ = ∂f/∂xᵢ (GUM 5.1.3) that are not given are the exact derivatives when
 * the function can give them ({@link DifferentiableModelFunction}, e.g. a {@link ModelExpression}).
 * Otherwise they are central differences, cᵢ = [f(… xᵢ + hᵢ …) − f(… xᵢ − hᵢ …)] / 2hᵢ, with a step that
 * scales with the input and with the output: hᵢ starts at 10⁻³·u(xᵢ) (small against the range the
 * first-order expansion is used over, so the truncation error O(hᵢ²) stays negligible) and is raised
 * tenfold while the rounding of f near y (about ε·|y|/hᵢ in cᵢ) is the larger error and the wider step
 * shows no curvature beyond that rounding — so a small linear contribution beside a large y keeps its
 * figures (0.001658·x₄ in y ≈ 2·10⁴: eight or more). Exact for terms linear in xᵢ and for products such as
 * GUM H.1's l_s·δα·θ up to rounding.
 */
public final class MeasurementModel {

    /** First step hᵢ = {@value} · u(xᵢ), see the class comment. */
    public static final double DIFFERENCE_STEP = 1e-3;
    /** Most inputs a model may have (the correlation matrix and the Monte Carlo blocks grow with its square). */
    public static final int MAX_INPUTS = 100;

    /** How a sensitivity coefficient was obtained. */
    public enum SensitivityMethod {
        /** Given by the caller (e.g. from the physics), GUM 5.1.4. */
        GIVEN,
        /** The exact derivative of the model formula. */
        ANALYTIC,
        /** Central differences with the scaled step of the class comment. */
        CENTRAL_DIFFERENCE
    }

    private final List<Input> inputs;
    private final Map<String, Integer> index;
    private final double[][] correlation;
    private final boolean correlated;
    private final double[] givenSensitivities;
    private final ModelFunction function;

    private MeasurementModel(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.index = Map.copyOf(b.index);
        this.function = b.function;
        int n = inputs.size();
        this.correlation = new double[n][n];
        for (int i = 0; i < n; i++) {
            correlation[i][i] = 1;
        }
        boolean any = false;
        for (Map.Entry<Long, Double> e : b.correlations.entrySet()) {
            int i = (int) (e.getKey() >> 32);
            int j = (int) (e.getKey() & 0xffffffffL);
            correlation[i][j] = e.getValue();
            correlation[j][i] = e.getValue();
            any |= e.getValue() != 0;
        }
        this.correlated = any;
        this.givenSensitivities = new double[n];
        Arrays.fill(givenSensitivities, Double.NaN);
        for (Map.Entry<Integer, Double> e : b.sensitivities.entrySet()) {
            givenSensitivities[e.getKey()] = e.getValue();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Input> inputs() {
        return inputs;
    }

    public ModelFunction function() {
        return function;
    }

    /** Position of the named input in the array passed to {@link ModelFunction#value(double[])}. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw Refusal.of("input name", "输入量名称", "is not an input of this model " + index.keySet(),
                    "不是本模型的输入量", name);
        }
        return i;
    }

    public double correlation(int i, int j) {
        return correlation[i][j];
    }

    /** True when any r(xᵢ, xⱼ), i ≠ j, is non-zero. */
    public boolean hasCorrelations() {
        return correlated;
    }

    public double[] estimates() {
        double[] x = new double[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs.get(i).estimate();
        }
        return x;
    }

    /** y = f(x₁ … x_N) at the estimates (GUM 4.1.4). */
    public double estimate() {
        return evaluate(estimates());
    }

    /** cᵢ: given, exact, or by central differences (see the class comment). */
    public double[] sensitivityCoefficients() {
        double[] x = estimates();
        double y = evaluate(x);
        double[] c = new double[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (sensitivityMethod(i)) {
                case GIVEN -> givenSensitivities[i];
                case ANALYTIC -> ((DifferentiableModelFunction) function).partialDerivative(x, i);
                case CENTRAL_DIFFERENCE -> centralDifference(x, i, y);
            };
            if (!Double.isFinite(c[i])) {
                throw Refusal.of("sensitivity coefficient of '" + inputs.get(i).name() + "'",
                        "'" + inputs.get(i).name() + "' 的灵敏系数",
                        "the model is not differentiable at the estimates, so the law of propagation (GUM 5.1.2) does not apply: "
                                + "use Monte Carlo (JCGM 101) or give the coefficient",
                        "模型在估计值处不可微，不能用传播律（GUM 5.1.2）：请用蒙特卡洛法（JCGM 101）或直接给出灵敏系数", c[i]);
            }
        }
        return c;
    }

    public SensitivityMethod sensitivityMethod(int i) {
        if (!Double.isNaN(givenSensitivities[i])) {
            return SensitivityMethod.GIVEN;
        }
        return function instanceof DifferentiableModelFunction ? SensitivityMethod.ANALYTIC : SensitivityMethod.CENTRAL_DIFFERENCE;
    }

    private double centralDifference(double[] x, int i, double y) {
        double u = inputs.get(i).standardUncertainty();
        double h = DIFFERENCE_STEP * u;
        double c = difference(x, i, h);
        for (int step = 0; step < 12; step++) {
            // Rounding of f near y costs about 4·ε·|y|/(2h) in c; the step grows while that is the larger
            // error and the next step does not show curvature (truncation) beyond it.
            double noise = 2 * Math.ulp(Math.max(Math.abs(y), Double.MIN_NORMAL)) / h;
            if (noise <= 1e-10 * Math.abs(c)) {
                return c;
            }
            double wider = difference(x, i, 10 * h);
            double widerNoise = noise / 10;
            if (Math.abs(wider - c) > 4 * (noise + widerNoise)) {
                return c;
            }
            c = wider;
            h *= 10;
        }
        return c;
    }

    private double difference(double[] x, int i, double h) {
        double xi = x[i];
        x[i] = xi + h;
        double up = evaluate(x);
        x[i] = xi - h;
        double down = evaluate(x);
        x[i] = xi;
        return (up - down) / (2 * h);
    }

    /** The law of propagation and its budget table (GUM 5.1.2, 5.2.2, G.4.1, G.6.4). */
    public UncertaintyBudget budget(Coverage coverage) {
        return UncertaintyBudget.of(this, coverage);
    }

    private double evaluate(double[] x) {
        double y = function.value(x);
        if (!Double.isFinite(y)) {
            throw Refusal.of("model function value", "模型函数值", "must be finite at the input values "
                    + Arrays.toString(x), "在输入值处必须为有限数", y);
        }
        return y;
    }

    public static final class Builder {
        private final List<Input> inputs = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Long, Double> correlations = new HashMap<>();
        private final Map<Integer, Double> sensitivities = new HashMap<>();
        private ModelFunction function;

        private Builder() {
        }

        public Builder input(Input input) {
            if (inputs.size() == MAX_INPUTS) {
                throw Refusal.of("inputs", "输入量", "a model has at most " + MAX_INPUTS + " inputs",
                        "模型最多 " + MAX_INPUTS + " 个输入量", MAX_INPUTS + 1);
            }
            if (index.containsKey(input.name())) {
                throw Refusal.of("input name", "输入量名称", "must be unique in a model", "在模型中必须唯一", input.name());
            }
            index.put(input.name(), inputs.size());
            inputs.add(input);
            return this;
        }

        public Builder input(String name, double estimate, Distribution distribution) {
            return input(Input.of(name, estimate, distribution));
        }

        /** r(xᵢ, xⱼ) = r(xⱼ, xᵢ), −1 ≤ r ≤ 1 (GUM 5.2.2, C.3.6). */
        public Builder correlation(String a, String b, double r) {
            int i = known(a);
            int j = known(b);
            if (i == j) {
                throw Refusal.of("correlation(" + a + ", " + b + ")", "相关系数(" + a + ", " + b + ")",
                        "needs two different inputs", "需要两个不同的输入量", a);
            }
            if (!(r >= -1 && r <= 1)) {
                throw Refusal.of("correlation(" + a + ", " + b + ")", "相关系数(" + a + ", " + b + ")",
                        "must lie in [−1, 1] (GUM C.3.6)", "必须在 [−1, 1] 之内（GUM C.3.6）", r);
            }
            correlations.put(((long) Math.min(i, j) << 32) | Math.max(i, j), r);
            return this;
        }

        /** A known cᵢ (e.g. from the physics) used instead of the finite difference. */
        public Builder sensitivity(String name, double c) {
            Refusal.finite(c, "sensitivity coefficient of '" + name + "'", "'" + name + "' 的灵敏系数");
            sensitivities.put(known(name), c);
            return this;
        }

        public Builder function(ModelFunction f) {
            this.function = f;
            return this;
        }

        public MeasurementModel build() {
            if (inputs.isEmpty()) {
                throw Refusal.of("inputs", "输入量", "a model needs at least one input", "模型至少需要一个输入量", 0);
            }
            if (function == null) {
                throw Refusal.of("model function", "模型函数", "must be given", "必须给出", null);
            }
            MeasurementModel model = new MeasurementModel(this);
            model.estimate();
            return model;
        }

        private int known(String name) {
            Integer i = index.get(name);
            if (i == null) {
                throw Refusal.of("input name", "输入量名称", "declare the input before referring to it",
                        "引用前须先声明该输入量", name);
            }
            return i;
        }
    }
}
