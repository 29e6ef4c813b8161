package org.metrolex.metrology.uncertainty;

/**
 * Builds the errors for bad input: each names the field and the rule broken, in English and in
 * Chinese, so that a caller can show it as it is (the library has no message bundles of its own).
 */
final class Refusal {

    private Refusal() {
    }

    static IllegalArgumentException of(String field, String fieldZh, String rule, String ruleZh, Object value) {
        return new IllegalArgumentException(
                field + ": " + rule + ", got " + value + " / " + fieldZh + "：" + ruleZh + "，实际为 " + value);
    }

    static double positive(double value, String field, String fieldZh) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw of(field, fieldZh, "must be a positive finite number", "必须为正的有限数", value);
        }
        return value;
    }

    static double finite(double value, String field, String fieldZh) {
        if (!Double.isFinite(value)) {
            throw of(field, fieldZh, "must be a finite number", "必须为有限数", value);
        }
        return value;
    }

    /** Degrees of freedom: positive, possibly non-integer (GUM G.4.2), ∞ for an exactly known u. */
    static double degreesOfFreedom(double value, String field, String fieldZh) {
        if (!(value > 0)) {
            throw of(field, fieldZh, "degrees of freedom must be positive or infinite (GUM G.3, G.4)",
                    "自由度必须为正数或无穷大（GUM G.3、G.4）", value);
        }
        return value;
    }
}
