package org.metrolex.metrology.rounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JJF 1059.1-2012 5.3.8: uncertainty to at most two significant figures, result to the same position. */
class ReportedResultTests {

    @ParameterizedTest(name = "{0} ± {1} ({2} figures, {3}) → {4} ± {5}")
    @CsvSource({
            "10.05732, 0.02456, 2, HALF_EVEN, 10.057, 0.025",
            "10.05732, 0.02456, 1, HALF_EVEN, 10.06, 0.02",
            "10.05732, 0.02416, 1, UP, 10.06, 0.03",
            // GUM H.1: l = 50.000 838 mm, U99 = 93 nm = 0.000 093 mm
            "50.000838, 0.000093, 2, HALF_EVEN, 50.000838, 0.000093",
            // rounding up carries into a new decade: 0.0996 → 0.10, result to two decimals
            "1.23456, 0.0996, 2, UP, 1.23, 0.10"
    })
    void roundsTheUncertaintyThenTheResultToItsLastDigit(String value, String u, int figures, RoundingMode mode,
                                                         String expectedValue, String expectedU) {
        ReportedResult r = ReportedResult.of(new BigDecimal(value), new BigDecimal(u), figures, mode);
        assertThat(r.uncertainty().toPlainString()).isEqualTo(expectedU);
        assertThat(r.value().toPlainString()).isEqualTo(expectedValue);
    }
}
