package org.metrolex.metrology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Draws the inputs of a model a block at a time into primitive columns (JCGM 101 6.4, 7.3), one loop per
 * input so that the distribution is decided once per block, not once per value.
 *
 * <p>Random numbers: {@link SplittableRandom} (SplitMix64, period 2⁶⁴) for uniforms, and the JDK 17
 * {@code RandomGenerator.nextGaussian()} (McFarland's modified ziggurat) for standard normals. Both are
 * deterministic for a seed, so a run is reproducible on the same JDK. JCGM 101 C.3 recommends a
 * generator passing the TestU01 BigCrush battery; SplitMix64 does.
 * Sampling methods, each exact for its distribution:
 * <ul>
 *   <li>rectangular: x + a(2r − 1) (JCGM 101 6.4.2.4);</li>
 *   <li>triangular: x + a(r₁ + r₂ − 1) (JCGM 101 6.4.4.4);</li>
 *   <li>arcsine: x + a·cos 2φ with φ uniform, computed without trigonometry as (u² − v²)/(u² + v²) from a
 *       point (u, v) uniform in the unit disc (von Neumann); same distribution as JCGM 101 6.4.6.4's
 *       x + a·sin 2πr;</li>
 *   <li>Student t: z/√(w/ν) with z standard normal and w = 2·Gamma(ν/2) chi-squared (JCGM 101 6.4.9.5),
 *       the gamma variate by Marsaglia and Tsang (ACM TOMS 26, 2000);</li>
 *   <li>correlated normal inputs: x + u ∘ (L z), L the Cholesky factor of their correlation matrix
 *       (JCGM 101 6.4.8).</li>
 * </ul>
 */
final class Sampler {

    private static final int NORMAL = 0;
    private static final int RECTANGULAR = 1;
    private static final int TRIANGULAR = 2;
    private static final int ARCSINE = 3;
    private static final int STUDENT_T = 4;
    private static final int CORRELATED_NORMAL = 5;

    private final int[] kind;
    private final double[] mean;
    private final double[] width;
    private final double[] dof;
    private final double[] gammaD;
    private final double[] gammaC;
    /** Inputs drawn together from a multivariate normal, and u ∘ L for them. */
    private final int[] joint;
    private final double[][] scaledCholesky;

    Sampler(MeasurementModel model) {
        List<Input> inputs = model.inputs();
        int n = inputs.size();
        kind = new int[n];
        mean = new double[n];
        width = new double[n];
        dof = new double[n];
        gammaD = new double[n];
        gammaC = new double[n];
        List<Integer> jointList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Input in = inputs.get(i);
            mean[i] = in.estimate();
            boolean correlated = false;
            for (int j = 0; j < n; j++) {
                if (j != i && model.correlation(i, j) != 0) {
                    correlated = true;
                    if (!(in.distribution() instanceof Distribution.Normal)
                            || !(inputs.get(j).distribution() instanceof Distribution.Normal)) {
                        throw Refusal.of("correlation(" + in.name() + ", " + inputs.get(j).name() + ")",
                                "相关系数(" + in.name() + ", " + inputs.get(j).name() + ")",
                                "Monte Carlo samples correlated inputs only from a multivariate normal distribution "
                                        + "(JCGM 101 6.4.8): both inputs must be normal",
                                "蒙特卡洛法仅能从多元正态分布抽取相关输入量（JCGM 101 6.4.8）：两个输入量都必须为正态分布",
                                model.correlation(i, j));
                    }
                }
            }
            Distribution d = in.distribution();
            if (correlated) {
                kind[i] = CORRELATED_NORMAL;
                width[i] = d.standardUncertainty();
                jointList.add(i);
            } else if (d instanceof Distribution.Normal normal) {
                kind[i] = NORMAL;
                width[i] = normal.standardUncertainty();
            } else if (d instanceof Distribution.Rectangular r) {
                kind[i] = RECTANGULAR;
                width[i] = r.halfWidth();
            } else if (d instanceof Distribution.Triangular t) {
                kind[i] = TRIANGULAR;
                width[i] = t.halfWidth();
            } else if (d instanceof Distribution.ArcSine a) {
                kind[i] = ARCSINE;
                width[i] = a.halfWidth();
            } else if (d instanceof Distribution.StudentT t) {
                studentT(i, t.scale(), t.dof());
            } else if (d instanceof Distribution.TypeA a) {
                studentT(i, a.standardUncertainty(), a.readings() - 1);
            } else {
                throw new IllegalStateException("no sampler for " + d);
            }
        }
        joint = jointList.stream().mapToInt(Integer::intValue).toArray();
        scaledCholesky = cholesky(model, joint);
    }

    private void studentT(int i, double scale, double nu) {
        kind[i] = STUDENT_T;
        width[i] = scale;
        dof[i] = nu;
        // Marsaglia–Tsang needs shape ≥ 1; for ν < 2 draw Gamma(ν/2 + 1) and scale by r^(2/ν).
        double shape = nu / 2 < 1 ? nu / 2 + 1 : nu / 2;
        gammaD[i] = shape - 1.0 / 3;
        gammaC[i] = 1 / Math.sqrt(9 * gammaD[i]);
    }

    private static double[][] cholesky(MeasurementModel model, int[] joint) {
        int m = joint.length;
        if (m == 0) {
            return new double[0][0];
        }
        double[][] r = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                r[a][b] = model.correlation(joint[a], joint[b]);
            }
        }
        RealMatrix lower;
        try {
            lower = new CholeskyDecomposition(new Array2DRowRealMatrix(r, false)).getL();
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
            throw Refusal.of("correlation matrix", "相关系数矩阵",
                    "must be positive definite to sample correlated inputs (JCGM 101 6.4.8.1)",
                    "抽取相关输入量时必须为正定矩阵（JCGM 101 6.4.8.1）", e.getMessage());
        }
        double[][] l = lower.getData();
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                l[a][b] *= model.inputs().get(joint[a]).standardUncertainty();
            }
        }
        return l;
    }

    int inputs() {
        return kind.length;
    }

    /** Fills cols[i][0 … count) with draws of input i. */
    void fill(double[][] cols, int count, SplittableRandom rng) {
        for (int i = 0; i < kind.length; i++) {
            double[] col = cols[i];
            double mu = mean[i];
            double a = width[i];
            switch (kind[i]) {
                case NORMAL -> {
                    for (int k = 0; k < count; k++) {
                        col[k] = mu + a * rng.nextGaussian();
                    }
                }
                case RECTANGULAR -> {
                    for (int k = 0; k < count; k++) {
                        col[k] = mu + a * (2 * rng.nextDouble() - 1);
                    }
                }
                case TRIANGULAR -> {
                    for (int k = 0; k < count; k++) {
                        col[k] = mu + a * (rng.nextDouble() + rng.nextDouble() - 1);
                    }
                }
                case ARCSINE -> {
                    for (int k = 0; k < count; k++) {
                        double u;
                        double v;
                        double s;
                        do {
                            u = 2 * rng.nextDouble() - 1;
                            v = 2 * rng.nextDouble() - 1;
                            s = u * u + v * v;
                        } while (s >= 1 || s == 0);
                        col[k] = mu + a * (u * u - v * v) / s;
                    }
                }
                case STUDENT_T -> fillStudentT(col, count, rng, mu, a, dof[i], gammaD[i], gammaC[i]);
                case CORRELATED_NORMAL -> {
                    // filled below, jointly
                }
                default -> throw new IllegalStateException("kind " + kind[i]);
            }
        }
        if (joint.length > 0) {
            fillJoint(cols, count, rng);
        }
    }

    private static void fillStudentT(double[] col, int count, SplittableRandom rng, double mu, double scale,
                                     double nu, double d, double c) {
        boolean boosted = nu < 2;
        double halfNu = nu / 2;
        for (int k = 0; k < count; k++) {
            double g;
            while (true) {
                double x = rng.nextGaussian();
                double v = 1 + c * x;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double r = rng.nextDouble();
                double x2 = x * x;
                if (r < 1 - 0.0331 * x2 * x2 || Math.log(r) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                    g = d * v;
                    break;
                }
            }
            if (boosted) {
                g *= Math.pow(rng.nextDouble(), 1 / halfNu);
            }
            // t = z / √(χ²/ν) with χ² = 2g
            col[k] = mu + scale * rng.nextGaussian() * Math.sqrt(halfNu / g);
        }
    }

    private void fillJoint(double[][] cols, int count, SplittableRandom rng) {
        int m = joint.length;
        double[] z = new double[m];
        for (int k = 0; k < count; k++) {
            for (int a = 0; a < m; a++) {
                z[a] = rng.nextGaussian();
            }
            for (int a = 0; a < m; a++) {
                double[] row = scaledCholesky[a];
                double s = 0;
                for (int b = 0; b <= a; b++) {
                    s += row[b] * z[b];
                }
                cols[joint[a]][k] = mean[joint[a]] + s;
            }
        }
    }
}
