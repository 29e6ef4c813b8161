package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage factor k = t_p(ν) (GUM G.3.4, G.6.4) against references that do not come from the code
 * under test, over ν = 1 … 10³⁰⁰ and ∞.
 *
 * <ul>
 *   <li>ν = 1 and 2: the closed forms t = tan(πp/2) (Cauchy) and t = p·√(2/(1 − p²)).</li>
 *   <li>Small ν: the printed table JCGM 100:2008 (GUM) Table G.2, to its printed decimals.</li>
 *   <li>ν ≥ 10³: the asymptotic expansion Abramowitz &amp; Stegun 26.7.5 (Fisher–Cornish),
 *       t = z + g₁/ν + g₂/ν² + g₃/ν³ + g₄/ν⁴, evaluated in BigDecimal from the normal quantiles z to 25
 *       digits (z = √2·erf⁻¹(p), computed with mpmath at 30 digits; the first 16 are the familiar
 *       1.959963984540054 and 2.575829303548901). The omitted term is below 10⁻¹⁴ for ν ≥ 10³ (checked
 *       against the t quantile by bisection of the regularised incomplete beta function at 30 digits:
 *       ν = 1000, p = 0.95: 1.962339080826..., equal to 13 digits).</li>
 * </ul>
 * Before, ν_eff = 1.2·10¹² gave k = 1.95977 (should be 1.95996), 10¹⁷ gave 6·10⁻¹⁰, and larger ν an
 * exception: a certificate with ν = ∞ beside a tiny Type A repeatability makes such ν_eff.
 */
class StudentTQuantileTests {

    private static final MathContext MC = new MathContext(40);

    /** Two-sided p and the normal quantile z at (1 + p)/2, to 25 significant digits. */
    private static final String[][] Z = {
            {"0.95", "1.959963984540054235524594"},
            {"0.99", "2.575829303548900760978577"},
            {"0.9973", "2.999976992703393127558426"},
    };

    static Stream<Object[]> largeDegreesOfFreedom() {
        List<Object[]> cases = new ArrayList<>();
        for (String[] pz : Z) {
            for (int e = 3; e <= 300; e++) {
                cases.add(new Object[] {pz[0], pz[1], "1e" + e});
            }
            for (String nu : new String[] {"1.2e12", "1.5e13", "1.8e15", "1.5e17", "99999999", "100000001", "3e7", "3e8"}) {
                cases.add(new Object[] {pz[0], pz[1], nu});
            }
        }
        return cases.stream();
    }

    /**
     * Above ν = 10⁸ k is z_p; below, commons-math's t. Either way k is within 5·10⁻⁸ (relative) of the
     * reference, well inside the six significant figures the command line prints.
     */
    @ParameterizedTest(name = "p = {0}, ν = {2}")
    @MethodSource("largeDegreesOfFreedom")
    void largeNuAgreesWithTheAsymptoticExpansion(String p, String z, String nu) {
        double k = Coverage.studentTQuantile(Double.parseDouble(p), Double.parseDouble(nu));
        BigDecimal reference = fisherCornish(new BigDecimal(z), new BigDecimal(nu));
        assertThat(Math.abs(k - reference.doubleValue()) / reference.doubleValue()).as("k = %s, reference %s", k, reference)
                .isLessThan(5e-8);
        assertThat(round6(k)).isEqualTo(round6(reference.doubleValue()));
    }

    /** ν = ∞ is z_p itself, to commons-math's inverse error function (a few 10⁻¹⁵). */
    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.95, 1.959963984540054235524594", "0.99, 2.575829303548900760978577", "0.9973, 2.999976992703393127558426"})
    void infiniteNuIsTheNormalQuantileExactly(double p, BigDecimal z) {
        assertThat(Coverage.studentTQuantile(p, Double.POSITIVE_INFINITY)).isCloseTo(z.doubleValue(), Offset.offset(2e-14));
        assertThat(Coverage.studentTQuantile(p, Double.MAX_VALUE)).isCloseTo(z.doubleValue(), Offset.offset(2e-14));
    }

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.6827", "0.9", "0.95", "0.9545", "0.99", "0.9973"})
    void oneAndTwoDegreesOfFreedomMatchTheClosedForms(double p) {
        assertThat(Coverage.studentTQuantile(p, 1)).isCloseTo(Math.tan(Math.PI * p / 2), withRelative(1e-12, Math.tan(Math.PI * p / 2)));
        double two = p * Math.sqrt(2 / (1 - p * p));
        assertThat(Coverage.studentTQuantile(p, 2)).isCloseTo(two, withRelative(1e-12, two));
    }

    /** JCGM 100:2008 Table G.2 (t_p(ν) for p = 95 % and 99 %), to the decimals printed there. */
    @ParameterizedTest(name = "t95({0}) = {1}, t99({0}) = {2}")
    @CsvSource({
            "1, 12.71, 63.66", "2, 4.30, 9.92", "3, 3.18, 5.84", "4, 2.78, 4.60", "5, 2.57, 4.03", "6, 2.45, 3.71",
            "7, 2.36, 3.50", "8, 2.31, 3.36", "9, 2.26, 3.25", "10, 2.23, 3.17", "16, 2.12, 2.92", "20, 2.09, 2.85",
            "30, 2.04, 2.75", "50, 2.01, 2.68", "100, 1.984, 2.626"})
    void tableG2OfTheGum(double nu, BigDecimal t95, BigDecimal t99) {
        assertThat(BigDecimal.valueOf(Coverage.studentTQuantile(0.95, nu)).setScale(t95.scale(), RoundingMode.HALF_EVEN)).isEqualTo(t95);
        assertThat(BigDecimal.valueOf(Coverage.studentTQuantile(0.99, nu)).setScale(t99.scale(), RoundingMode.HALF_EVEN)).isEqualTo(t99);
    }

    @Test
    void kIsMonotoneInNuAcrossTheSwitchToTheNormalQuantile() {
        double previous = Double.POSITIVE_INFINITY;
        for (double nu = 1e6; nu <= 1e10; nu *= 1.5) {
            double k = Coverage.studentTQuantile(0.95, nu);
            assertThat(k).as("ν = %s", nu).isLessThanOrEqualTo(previous + 1e-9);
            previous = k;
        }
    }

    /** A&amp;S 26.7.5 in BigDecimal. */
    static BigDecimal fisherCornish(BigDecimal z, BigDecimal nu) {
        BigDecimal z3 = z.pow(3, MC);
        BigDecimal z5 = z.pow(5, MC);
        BigDecimal z7 = z.pow(7, MC);
        BigDecimal z9 = z.pow(9, MC);
        BigDecimal g1 = z3.add(z).divide(BigDecimal.valueOf(4), MC);
        BigDecimal g2 = z5.multiply(BigDecimal.valueOf(5)).add(z3.multiply(BigDecimal.valueOf(16))).add(z.multiply(BigDecimal.valueOf(3)))
                .divide(BigDecimal.valueOf(96), MC);
        BigDecimal g3 = z7.multiply(BigDecimal.valueOf(3)).add(z5.multiply(BigDecimal.valueOf(19))).add(z3.multiply(BigDecimal.valueOf(17)))
                .subtract(z.multiply(BigDecimal.valueOf(15))).divide(BigDecimal.valueOf(384), MC);
        BigDecimal g4 = z9.multiply(BigDecimal.valueOf(79)).add(z7.multiply(BigDecimal.valueOf(776))).add(z5.multiply(BigDecimal.valueOf(1482)))
                .subtract(z3.multiply(BigDecimal.valueOf(1920))).subtract(z.multiply(BigDecimal.valueOf(945)))
                .divide(BigDecimal.valueOf(92160), MC);
        BigDecimal inv = BigDecimal.ONE.divide(nu, MC);
        return z.add(g1.multiply(inv, MC)).add(g2.multiply(inv.pow(2, MC), MC)).add(g3.multiply(inv.pow(3, MC), MC))
                .add(g4.multiply(inv.pow(4, MC), MC), MC);
    }

    private static BigDecimal round6(double x) {
        return new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN));
    }

    private static Offset<Double> withRelative(double relative, double of) {
        return Offset.offset(relative * Math.abs(of));
    }
}
