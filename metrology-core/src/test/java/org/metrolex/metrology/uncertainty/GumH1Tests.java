package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.metrolex.metrology.uncertainty.GumH1.NM;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.metrology.rounding.ReportedResult;

/** GUM (JCGM 100:2008) Annex H.1, end-gauge calibration: l = 50.000 838 mm, u_c = 32 nm, ν_eff = 16, U₉₉ = 93 nm. */
class GumH1Tests {

    private final UncertaintyBudget budget = GumH1.model().budget(Coverage.studentT(0.99));

    @Test
    void estimateIsTheStandardPlusTheDifference() {
        // H.1.5: l = l_s + d̄ = 50.000 623 mm + 215 nm
        assertThat(budget.estimate()).isCloseTo(50.000838, within(1e-12));
    }

    @ParameterizedTest(name = "{0}: c = {1}, |c|u = {2} nm")
    @CsvSource({
            // Table H.2, column cᵢ and uᵢ(l) ≡ |cᵢ|u(xᵢ)
            "l_s,       1,           25",
            "d0,        1,           5.8",
            "d1,        1,           3.9",
            "d2,        1,           6.7",
            // c = −l_s·δθ = 0 and c = −l_s·δα = 0: first-order contribution zero (H.1.3.3, H.1.3.4)
            "alpha_s,   0,           0",
            "theta_bar, 0,           0",
            "Delta,     0,           0",
            // c = −l_s·θ = 5 mm·°C → 2.9 nm (H.1.3.5); c = −l_s·α_s = −0.575 mm → 16.6 nm (H.1.3.6)
            "d_alpha,   5.0000623,   2.88679",
            "d_theta,   -5.75007E-4, 16.5990"
    })
    void budgetRowsMatchTableH2(String input, double sensitivity, double contributionNm) {
        UncertaintyBudget.Row row = row(input);
        assertThat(row.sensitivity()).isCloseTo(sensitivity, within(Math.abs(sensitivity) * 1e-5 + 1e-12));
        assertThat(row.contribution() / NM).isCloseTo(contributionNm, within(0.0005 + contributionNm * 1e-5));
    }

    @Test
    void combinedUncertaintyIs32nm() {
        // H.1.4: u_c² = Σ cᵢ²u²(xᵢ) = (1002 nm²); u_c = 32 nm
        assertThat(budget.combinedStandardUncertainty() / NM).isCloseTo(31.664, within(0.001));
        assertThat(budget.rows().stream().mapToDouble(UncertaintyBudget.Row::percent).sum()).isCloseTo(100, within(1e-9));
        assertThat(row("l_s").percent()).isCloseTo(62.3, within(0.05));
    }

    @Test
    void effectiveDegreesOfFreedomIs16AfterTruncation() {
        // H.1.6: ν_eff = 16.7, truncated to 16 (G.6.4); t₉₉(16) = 2.92
        assertThat(budget.effectiveDegreesOfFreedom()).isCloseTo(16.75, within(0.01));
        assertThat(budget.truncatedEffectiveDegreesOfFreedom()).isEqualTo(16);
        assertThat(budget.coverageFactor()).isCloseTo(2.921, within(0.0005));
    }

    @Test
    void expandedUncertaintyIs93nmRoundedUpAsGumAndJjf10591Allow() {
        // k·u_c unrounded = 2.9208 × 31.664 nm = 92.48 nm. The GUM prints 93 nm because it multiplies the
        // already rounded 32 nm (H.1.6); rounding U once, up (JJF 1059.1 只进不舍, GUM 7.2.6) also gives
        // 93 nm, while half-even on the unrounded value gives 92 nm.
        assertThat(budget.expandedUncertainty() / NM).isCloseTo(92.48, within(0.01));
        ReportedResult up = budget.reported(RoundingMode.UP);
        assertThat(up.value().toPlainString()).isEqualTo("50.000838");
        assertThat(up.uncertainty().toPlainString()).isEqualTo("0.000093");
        assertThat(budget.reported().uncertainty().toPlainString()).isEqualTo("0.000092");
        assertThat(2.92 * 32).isCloseTo(93.44, within(1e-9));
    }

    @Test
    void k2ByChoiceGives63nm() {
        UncertaintyBudget k2 = GumH1.model().budget(Coverage.k2());
        assertThat(k2.coverageFactor()).isEqualTo(2);
        assertThat(k2.reported().uncertainty().toPlainString()).isEqualTo("0.000063");
    }

    @Test
    void monteCarloShowsTheNonlinearityTheGumDiscussesInH17() {
        // JCGM 101 9.5 treats this example: the products δα·θ and α_s·δθ, whose first-order terms vanish,
        // and the t-distributions' larger spread raise u(y) above the GUF's 32 nm (GUM H.1.7: 34 nm with
        // second-order terms). The 99 % intervals still agree to about a nanometre, because the GUF's
        // k = t₉₉(16) = 2.92 is larger than the factor the Monte Carlo distribution needs (≈ 2.6).
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, 20081).probability(0.99).run(GumH1.model());
        assertThat(mc.estimate()).isCloseTo(50.000838, within(0.2 * NM));
        assertThat(mc.standardUncertainty() / NM).isBetween(34.5, 36.5);
        MonteCarloResult.Validation v = mc.validate(budget, 2);
        assertThat(v.tolerance()).isEqualTo(0.5 * NM, within(1e-18));
        assertThat(v.guf().low()).isCloseTo(50.000838 - 92.48 * NM, within(0.01 * NM));
        assertThat(v.dLow() / NM).isLessThan(1.5);
        assertThat(v.dHigh() / NM).isLessThan(1.5);
        assertThat(v.passed()).isEqualTo(v.dLow() <= v.tolerance() && v.dHigh() <= v.tolerance());
        // skewness is small: both interval kinds have nearly the same length
        assertThat(mc.shortest().length() / NM).isCloseTo(mc.symmetric().length() / NM, within(1.5));
    }

    private UncertaintyBudget.Row row(String input) {
        List<UncertaintyBudget.Row> rows = budget.rows();
        return rows.stream().filter(r -> r.input().equals(input)).findFirst().orElseThrow();
    }
}
