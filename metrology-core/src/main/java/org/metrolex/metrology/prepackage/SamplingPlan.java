package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * The sampling plan for one lot (JJF 1070-2005 5.4.3, 办法 2005 附表4).
 *
 * @param lotSize    N, the number of packages in the lot (检验批)
 * @param sampleSize n, the number of packages to test; equal to N for lots of 1 to 10
 * @param lambda     the printed correction factor λ of the mean criterion q̄ ≥ Qn − λ·s, or null where
 *                   the plan has no mean test (批量 1~10: 不计算平均实际含量)
 * @param allowedT1  how many packages may have T < d ≤ 2T
 * @param allowedT2  how many packages may have d > 2T (0 in every printed row)
 * @param edition    the rule edition of the plan
 */
public record SamplingPlan(int lotSize, int sampleSize, BigDecimal lambda, int allowedT1, int allowedT2,
                           RuleEdition edition) {

    public boolean hasMeanTest() {
        return lambda != null;
    }
}
