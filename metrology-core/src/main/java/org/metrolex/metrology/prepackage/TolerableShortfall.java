package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * The tolerable shortfall T (允许短缺量) of one package with nominal quantity Qn, in the base unit of
 * Qn's kind. T = 0 means no shortfall is allowed (附表3: 长度 Qn ≤ 5 m, 计数 Qn ≤ 50).
 *
 * @param nominal  Qn
 * @param value    T, rounded as the edition says (mass and volume) or exact (length, area) or a whole
 *                 number (count)
 * @param rounding the rounding mode applied to a mass or volume T (null where none applies)
 * @param edition  the rule edition that decided T
 */
public record TolerableShortfall(NominalQuantity nominal, BigDecimal value, RoundingMode rounding, RuleEdition edition) {

    public String unit() {
        return nominal.baseUnit();
    }

    /** Twice T: the edge between a T1 and a T2 defect (JJF 1070-2005 4.3.1, 附表4). */
    public BigDecimal twice() {
        return value.add(value);
    }

    public boolean noShortfallAllowed() {
        return value.signum() == 0;
    }
}
