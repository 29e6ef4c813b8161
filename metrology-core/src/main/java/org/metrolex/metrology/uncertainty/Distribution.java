package org.metrolex.metrology.uncertainty;

/**
 * The probability distribution assigned to an input quantity, centred on its estimate.
 *
 * <p>Each gives the standard uncertainty used by the law of propagation (GUM 4.2, 4.3; JJF 1059.1-2012
 * 4.3.3, table of k for Type B) and the degrees of freedom it implies by default: ∞ for a Type B
 * evaluation unless the input states otherwise (GUM G.4.2), n − 1 for a Type A mean (GUM G.3.3). The
 * Monte Carlo method samples the same distribution (JCGM 101 6.4), which for {@link StudentT} and
 * {@link TypeA} means a scaled and shifted t-distribution whose standard deviation is
 * scale·√(ν/(ν − 2)), larger than the u used by the law of propagation (JCGM 101 6.4.9.4): that
 * difference is one of the things the GUF-vs-MCM validation is meant to show.
 */
public sealed interface Distribution {

    /** u(xᵢ) as used by the law of propagation. */
    double standardUncertainty();

    /** νᵢ implied by the evaluation when the input states none. */
    double degreesOfFreedom();

    /** Name for the budget table, Chinese then English. */
    String label();

    static Normal normal(double standardUncertainty) {
        return new Normal(standardUncertainty);
    }

    /** A certificate's expanded uncertainty U with its coverage factor k: u = U/k (GUM 4.3.3, JJF 1059.1 4.3.3.3). */
    static Normal normalExpanded(double expandedUncertainty, double coverageFactor) {
        Refusal.positive(expandedUncertainty, "expanded uncertainty U", "扩展不确定度 U");
        Refusal.positive(coverageFactor, "coverage factor k", "包含因子 k");
        return new Normal(expandedUncertainty / coverageFactor);
    }

    static Rectangular rectangular(double halfWidth) {
        return new Rectangular(halfWidth);
    }

    static Triangular triangular(double halfWidth) {
        return new Triangular(halfWidth);
    }

    static ArcSine arcSine(double halfWidth) {
        return new ArcSine(halfWidth);
    }

    static StudentT studentT(double scale, double degreesOfFreedom) {
        return new StudentT(scale, degreesOfFreedom);
    }

    /** Gaussian, u given (GUM 4.3.4 and following). */
    record Normal(double standardUncertainty) implements Distribution {
        public Normal {
            Refusal.positive(standardUncertainty, "normal standard uncertainty u", "正态分布标准不确定度 u");
        }

        @Override
        public double degreesOfFreedom() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String label() {
            return "正态 normal";
        }
    }

    /** Uniform on estimate ± a: u = a/√3 (GUM 4.3.7, JCGM 101 6.4.2). */
    record Rectangular(double halfWidth) implements Distribution {
        public Rectangular {
            Refusal.positive(halfWidth, "rectangular half-width a", "均匀分布半宽 a");
        }

        @Override
        public double standardUncertainty() {
            return halfWidth / Math.sqrt(3);
        }

        @Override
        public double degreesOfFreedom() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String label() {
            return "均匀 rectangular";
        }
    }

    /** Symmetric triangular on estimate ± a: u = a/√6 (GUM 4.3.9, JCGM 101 6.4.4). */
    record Triangular(double halfWidth) implements Distribution {
        public Triangular {
            Refusal.positive(halfWidth, "triangular half-width a", "三角分布半宽 a");
        }

        @Override
        public double standardUncertainty() {
            return halfWidth / Math.sqrt(6);
        }

        @Override
        public double degreesOfFreedom() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String label() {
            return "三角 triangular";
        }
    }

    /** U-shaped (arcsine) on estimate ± a, e.g. a cyclic temperature: u = a/√2 (GUM H.1.3.3, JCGM 101 6.4.6). */
    record ArcSine(double halfWidth) implements Distribution {
        public ArcSine {
            Refusal.positive(halfWidth, "arcsine half-width a", "反正弦分布半宽 a");
        }

        @Override
        public double standardUncertainty() {
            return halfWidth / Math.sqrt(2);
        }

        @Override
        public double degreesOfFreedom() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String label() {
            return "反正弦 U-shaped";
        }
    }

    /**
     * Scaled and shifted t with ν degrees of freedom, e.g. a certificate's u with its ν (GUM H.1.3.1;
     * JCGM 101 6.4.9.7). The law of propagation uses u = scale with ν; Monte Carlo draws scale·t_ν.
     */
    record StudentT(double scale, double dof) implements Distribution {
        public StudentT {
            Refusal.positive(scale, "t-distribution scale", "t 分布尺度");
            Refusal.degreesOfFreedom(dof, "t-distribution degrees of freedom ν", "t 分布自由度 ν");
            if (Double.isInfinite(dof)) {
                throw Refusal.of("t-distribution degrees of freedom ν", "t 分布自由度 ν",
                        "must be finite; use a normal distribution for ν = ∞", "必须为有限数；ν = ∞ 时请用正态分布", dof);
            }
        }

        @Override
        public double standardUncertainty() {
            return scale;
        }

        @Override
        public double degreesOfFreedom() {
            return dof;
        }

        @Override
        public String label() {
            return "t 分布 Student t";
        }
    }

    /**
     * Type A evaluation of the mean of n independent readings: u = s/√n (GUM 4.2.3), ν = n − 1 (GUM G.3.3);
     * Monte Carlo draws from t_{n−1} scaled by s/√n (JCGM 101 6.4.9.2).
     */
    record TypeA(double experimentalStandardDeviation, int readings) implements Distribution {
        public TypeA {
            if (readings < 2) {
                throw Refusal.of("number of readings n", "测量次数 n",
                        "a Type A evaluation needs at least 2 readings (GUM 4.2.2)", "A 类评定至少需要 2 次测量（GUM 4.2.2）", readings);
            }
            Refusal.positive(experimentalStandardDeviation, "experimental standard deviation s", "实验标准偏差 s");
        }

        @Override
        public double standardUncertainty() {
            return experimentalStandardDeviation / Math.sqrt(readings);
        }

        @Override
        public double degreesOfFreedom() {
            return readings - 1;
        }

        @Override
        public String label() {
            return "A 类 Type A";
        }
    }
}
