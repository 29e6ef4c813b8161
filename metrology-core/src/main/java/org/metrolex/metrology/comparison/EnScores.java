package org.metrolex.metrology.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * En numbers of a Comparison, JJF 1117-2010:
 * <pre>
 *   reference independent of the lab:         En = (yᵢ − Y)/√(Uᵢ² + U_Y² + U_transfer²)
 *   lab inside a weighted-mean reference:     En = (yᵢ − Y)/√(Uᵢ² − U_Y² + U_transfer²)
 * </pre>
 * Conventions: Uᵢ is the laboratory's reported expanded uncertainty (at its own kᵢ; the formula
 * assumes all kᵢ equal, usually 2). U_Y = k·u(Y) with the caller's k (the comparison's coverage
 * factor, 2 in JJF 1117 practice). U_transfer is the expanded uncertainty due to the transfer standard
 * (stability, transport) where it is not negligible; 0 leaves it out.
 */
public final class EnScores {

    private EnScores() {
    }

    /**
     * En for every laboratory, the variant chosen from the reference: a lab among
     * {@link ReferenceValue#contributors()} is "inside" (with the covariance term of its reference's
     * method, see {@link EnVariant}), a lab not among them is independent — exclude laboratories from the
     * reference by leaving them out of the results the reference is computed from.
     */
    public static List<EnScore> evaluate(List<LabResult> results, ReferenceValue reference, double referenceCoverageFactor,
                                         double transferExpandedUncertainty, PerformanceCriteria criteria) {
        ReferenceValues.check(results, 1);
        List<EnScore> scores = new ArrayList<>(results.size());
        for (LabResult r : results) {
            scores.add(score(r, reference, variantFor(r, reference), referenceCoverageFactor, transferExpandedUncertainty, criteria));
        }
        return scores;
    }

    /** The variant that applies to {@code lab} against {@code reference}, see {@link #evaluate}. */
    public static EnVariant variantFor(LabResult lab, ReferenceValue reference) {
        if (!reference.includes(lab.labId())) {
            return EnVariant.INDEPENDENT_REFERENCE;
        }
        return switch (reference.method()) {
            case WEIGHTED_MEAN -> EnVariant.LAB_INSIDE_WEIGHTED_REFERENCE;
            case ARITHMETIC_MEAN -> EnVariant.LAB_INSIDE_ARITHMETIC_MEAN;
            default -> EnVariant.LAB_INSIDE_ROBUST_REFERENCE;
        };
    }

    /** En with an explicit variant. */
    public static EnScore score(LabResult lab, ReferenceValue reference, EnVariant variant, double referenceCoverageFactor,
                                double transferExpandedUncertainty, PerformanceCriteria criteria) {
        if (lab == null || reference == null || variant == null || criteria == null) {
            throw new IllegalArgumentException("lab, reference, variant and criteria are required (实验室结果、参考值、公式和判定准则不能为空)");
        }
        InputChecks.nonNegative("transferExpandedUncertainty", transferExpandedUncertainty);
        double uRef = reference.expandedUncertainty(referenceCoverageFactor);
        double ui = lab.expandedUncertaintyAsDouble();
        double variance = switch (variant) {
            case INDEPENDENT_REFERENCE, LAB_INSIDE_ROBUST_REFERENCE -> ui * ui + uRef * uRef;
            case LAB_INSIDE_ARITHMETIC_MEAN -> {
                int m = reference.contributors().size();
                double v = ui * ui * (1 - 2.0 / m) + uRef * uRef;
                if (!(v > 0)) {
                    throw new IllegalArgumentException("expandedUncertainty of " + lab.labId() + ": Uᵢ²(1 − 2/m) + U_Y² must be positive"
                            + " for a lab inside the arithmetic-mean reference, got Uᵢ = " + ui + ", U_Y = " + uRef
                            + " (实验室在算术平均参考值之内时 Uᵢ²(1 − 2/m) + U_Y² 必须为正)");
                }
                yield v;
            }
            case LAB_INSIDE_WEIGHTED_REFERENCE -> {
                double v = ui * ui - uRef * uRef;
                if (!(v > 0)) {
                    throw new IllegalArgumentException("expandedUncertainty of " + lab.labId() + ": Uᵢ² − U_Y² must be positive for a lab"
                            + " inside the weighted-mean reference (JJF 1117-2010), got Uᵢ = " + ui + ", U_Y = " + uRef
                            + " (实验室扩展不确定度必须大于参考值扩展不确定度: Uᵢ² − U_Y² ≤ 0)");
                }
                yield v;
            }
        };
        boolean transfer = transferExpandedUncertainty > 0;
        variance += transferExpandedUncertainty * transferExpandedUncertainty;
        double en = (lab.valueAsDouble() - reference.value()) / Math.sqrt(variance);
        return new EnScore(lab.labId(), en, variant, variant.formula(transfer), uRef, transferExpandedUncertainty,
                criteria.classify(ScoreType.EN, en), criteria.edition());
    }
}
