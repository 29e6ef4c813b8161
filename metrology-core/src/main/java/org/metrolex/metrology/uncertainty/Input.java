package org.metrolex.metrology.uncertainty;

/**
 * An input quantity Xᵢ of a measurement model: its estimate xᵢ, the distribution assigned to it and the
 * degrees of freedom νᵢ of u(xᵢ) used by Welch–Satterthwaite (GUM G.4). νᵢ defaults to the
 * distribution's: ∞ for Type B (GUM G.4.2: the limits are taken as exactly known), n − 1 for Type A.
 */
public record Input(String name, double estimate, Distribution distribution, double degreesOfFreedom) {

    public Input {
        if (name == null || name.isBlank()) {
            throw Refusal.of("input name", "输入量名称", "must not be blank", "不能为空", name);
        }
        Refusal.finite(estimate, "estimate of input '" + name + "'", "输入量 '" + name + "' 的估计值");
        if (distribution == null) {
            throw Refusal.of("distribution of input '" + name + "'", "输入量 '" + name + "' 的分布",
                    "must be given", "必须给出", null);
        }
        Refusal.degreesOfFreedom(degreesOfFreedom, "degrees of freedom of input '" + name + "'",
                "输入量 '" + name + "' 的自由度");
    }

    public static Input of(String name, double estimate, Distribution distribution) {
        if (distribution == null) {
            throw Refusal.of("distribution of input '" + name + "'", "输入量 '" + name + "' 的分布",
                    "must be given", "必须给出", null);
        }
        return new Input(name, estimate, distribution, distribution.degreesOfFreedom());
    }

    /**
     * Type A input from its readings: the estimate is their mean, s the experimental standard deviation
     * with n − 1 (GUM 4.2.1–4.2.3), u = s/√n, ν = n − 1.
     */
    public static Input typeA(String name, double... readings) {
        if (readings == null || readings.length < 2) {
            throw Refusal.of("readings of input '" + name + "'", "输入量 '" + name + "' 的测量值",
                    "a Type A evaluation needs at least 2 readings (GUM 4.2.2)", "A 类评定至少需要 2 次测量（GUM 4.2.2）",
                    readings == null ? 0 : readings.length);
        }
        double mean = 0;
        for (double r : readings) {
            Refusal.finite(r, "reading of input '" + name + "'", "输入量 '" + name + "' 的测量值");
            mean += r;
        }
        mean /= readings.length;
        double ss = 0;
        for (double r : readings) {
            ss += (r - mean) * (r - mean);
        }
        double s = Math.sqrt(ss / (readings.length - 1));
        if (!(s > 0)) {
            throw Refusal.of("readings of input '" + name + "'", "输入量 '" + name + "' 的测量值",
                    "all readings are equal, so a Type A evaluation gives no uncertainty: evaluate the resolution as Type B",
                    "测量值全部相同，A 类评定得不到不确定度：请按 B 类评定分辨力", readings.length + " equal readings");
        }
        return of(name, mean, new Distribution.TypeA(s, readings.length));
    }

    /** The same input with νᵢ stated, e.g. from the relative reliability of u(xᵢ), GUM G.4.2 (G.3). */
    public Input withDegreesOfFreedom(double nu) {
        return new Input(name, estimate, distribution, nu);
    }

    public double standardUncertainty() {
        return distribution.standardUncertainty();
    }
}
