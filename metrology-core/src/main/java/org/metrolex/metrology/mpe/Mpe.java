package org.metrolex.metrology.mpe;

import java.math.BigDecimal;
import java.util.Objects;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * A maximum permissible error as the interval [lower, upper] an error must lie in (symmetric for most
 * instruments; the zero error of a sphygmomanometer is −0.2…+0.5 kPa), its unit, the edition that
 * gave it and whether every value behind it was read in the official text.
 *
 * @param unit     "e"-multiples are already converted: the unit of the error itself (kg, g, %, °C, kPa)
 * @param basis    what selected the value, e.g. "class III, 500 e < m ≤ 2000 e, initial verification"
 * @param verified false if the edition, the row or a parameter used is [S]/[M] in RULES.md
 */
public record Mpe(BigDecimal lower, BigDecimal upper, String unit, RuleEdition edition, String basis, boolean verified) {

    public Mpe {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(edition, "edition");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("MPE lower bound above upper bound: " + lower + " > " + upper);
        }
    }

    public static Mpe symmetric(BigDecimal magnitude, String unit, RuleEdition edition, String basis, boolean verified) {
        return new Mpe(magnitude.negate(), magnitude, unit, edition, basis, verified);
    }

    /** Full-value comparison (GB/T 8170-2008 4.3, 全数值比较法): the bounds themselves conform. */
    public boolean admits(BigDecimal error) {
        return error.compareTo(lower) >= 0 && error.compareTo(upper) <= 0;
    }

    public boolean isSymmetric() {
        return lower.negate().compareTo(upper) == 0;
    }

    /** The larger of |lower| and |upper|. */
    public BigDecimal magnitude() {
        return lower.abs().max(upper.abs());
    }

    /** "±0.5 g" or "−0.2…+0.5 kPa". */
    public String display() {
        return isSymmetric() ? "±" + upper.toPlainString() + " " + unit
                : lower.toPlainString() + "…+" + upper.toPlainString() + " " + unit;
    }
}
