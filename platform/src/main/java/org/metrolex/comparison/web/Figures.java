package org.metrolex.comparison.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.metrolex.comparison.StoredEvaluation;
import org.metrolex.metrology.rounding.ReportedResult;

/** Stored (unrounded) figures as a page prints them: GB/T 8170 half-even, U to two significant figures (JJF 1059.1 5.3.8). */
public final class Figures {

    private Figures() {
    }

    public static String fixed(Double v, int decimals) {
        return v == null ? "—" : new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** "Y = 0.3677, U(Y) = 0.0031 (k = 2)". */
    public static String reference(StoredEvaluation e) {
        ReportedResult r = ReportedResult.of(new BigDecimal(e.referenceValue()), new BigDecimal(e.referenceExpandedUncertainty()));
        return "Y = " + r.value().toPlainString() + ", U(Y) = " + r.uncertainty().toPlainString() + " (k = "
                + e.coverageFactor().stripTrailingZeros().toPlainString() + ")";
    }
}
