package org.metrolex.metrology.comparison;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One laboratory's reported result in a Comparison (计量比对), JJF 1117-2010: the measured value,
 * its expanded uncertainty U and the coverage factor k the laboratory stated. The pilot laboratory
 * (主导实验室) reports a LabResult like any participant.
 *
 * <p>Figures are kept as the {@link BigDecimal}s the laboratory reported; the calculations work in
 * {@code double} (statistics, not regulated rounding), see {@link #valueAsDouble()}.
 *
 * @param labId               the laboratory's identifier in this comparison, unique within it
 * @param value               the reported value yᵢ
 * @param expandedUncertainty the reported expanded uncertainty Uᵢ, positive
 * @param coverageFactor      the coverage factor kᵢ with which Uᵢ was stated, positive
 */
public record LabResult(String labId, BigDecimal value, BigDecimal expandedUncertainty, BigDecimal coverageFactor) {

    public LabResult {
        if (labId == null || labId.isBlank()) {
            throw new IllegalArgumentException("labId is required (实验室编号不能为空)");
        }
        Objects.requireNonNull(value, "value (测量值) is required");
        Objects.requireNonNull(expandedUncertainty, "expandedUncertainty (扩展不确定度) is required");
        Objects.requireNonNull(coverageFactor, "coverageFactor (包含因子) is required");
        if (expandedUncertainty.signum() <= 0) {
            throw new IllegalArgumentException("expandedUncertainty of " + labId + " must be positive (扩展不确定度 U 必须为正数), got "
                    + expandedUncertainty.toPlainString());
        }
        if (coverageFactor.signum() <= 0) {
            throw new IllegalArgumentException("coverageFactor of " + labId + " must be positive (包含因子 k 必须为正数), got "
                    + coverageFactor.toPlainString());
        }
    }

    /** Parses decimal strings, e.g. {@code LabResult.of("LAB1", "0.369", "0.010", "2")}. */
    public static LabResult of(String labId, String value, String expandedUncertainty, String coverageFactor) {
        return new LabResult(labId, decimal(labId, "value", value), decimal(labId, "expandedUncertainty", expandedUncertainty),
                decimal(labId, "coverageFactor", coverageFactor));
    }

    private static BigDecimal decimal(String labId, String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + " of " + labId + " is required (" + field + " 不能为空)");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " of " + labId + " must be a decimal number, NaN and infinity are refused ("
                    + field + " 必须是十进制数值), got '" + text + "'", e);
        }
    }

    public double valueAsDouble() {
        return value.doubleValue();
    }

    public double expandedUncertaintyAsDouble() {
        return expandedUncertainty.doubleValue();
    }

    /** uᵢ = Uᵢ / kᵢ, the standard uncertainty (JJF 1059.1-2012 clause 3.3 / GUM 6.2.1). */
    public double standardUncertainty() {
        return expandedUncertainty.doubleValue() / coverageFactor.doubleValue();
    }
}
