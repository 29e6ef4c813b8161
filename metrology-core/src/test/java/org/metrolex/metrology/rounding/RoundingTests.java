package org.metrolex.metrology.rounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 8170-2008 worked examples, clause by clause. */
class RoundingTests {

    @ParameterizedTest(name = "{0} to interval {1} = {2}")
    @CsvSource({
            // 3.2.1 the dropped digit is below 5: keep
            "12.1498, 0.1, 12.1",
            "12.1498, 1, 12",
            // 3.2.2 the dropped digit is above 5, or 5 followed by non-zero digits: round up
            "1268, 10, 1.27E+3",
            "10.5002, 1, 11",
            // 3.2.3 an exact 5: make the retained digit even
            "1.050, 0.1, 1.0",
            "0.35, 0.1, 0.4",
            "2500, 1E+3, 2E+3",
            "3500, 1E+3, 4E+3",
            // 3.2.6 negative numbers: round the absolute value, restore the sign
            "-355, 10, -3.6E+2",
            "-325, 10, -3.2E+2",
            "-0.0365, 0.001, -0.036",
            // 3.4.1 0.5-unit rounding
            "60.25, 0.5, 60.0",
            "60.38, 0.5, 60.5",
            "60.28, 0.5, 60.5",
            "-60.75, 0.5, -61.0",
            // 3.4.2 0.2-unit rounding (to the 0.2 hundred: interval 20)
            "830, 2E+1, 8.4E+2",
            "842, 2E+1, 8.4E+2",
            "-930, 2E+1, -9.2E+2"
    })
    void roundsToAnIntervalAsTheStandardShows(String value, String interval, String expected) {
        BigDecimal r = Rounding.toInterval(new BigDecimal(value), new BigDecimal(interval));
        assertThat(r).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1} significant figures = {2}")
    @CsvSource({
            "0.02456, 2, 0.025",
            "0.02445, 2, 0.024",
            "1234.5, 2, 1.2E+3",
            "-0.0365, 2, -0.036",
            "9.995, 3, 10.0"
    })
    void significantFigures(String value, int figures, String expected) {
        BigDecimal r = Rounding.toSignificantFigures(new BigDecimal(value), figures);
        assertThat(r).isEqualByComparingTo(expected);
        assertThat(r.precision()).isEqualTo(figures);
    }

    @ParameterizedTest
    @CsvSource({"0.3", "3", "0.25", "-1", "0"})
    void anIntervalMustBeOneTwoOrFiveTimesAPowerOfTen(String interval) {
        assertThatThrownBy(() -> Rounding.toInterval(BigDecimal.ONE, new BigDecimal(interval)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GB/T 8170");
    }

    @ParameterizedTest
    @CsvSource({"22.5, 1, 22", "23.5, 1, 24"})
    void roundingUpIsAvailableWhereARegulationAsksForIt(String value, String interval, String halfEven) {
        assertThat(Rounding.toInterval(new BigDecimal(value), new BigDecimal(interval))).isEqualByComparingTo(halfEven);
        assertThat(Rounding.toInterval(new BigDecimal("22.5"), BigDecimal.ONE, RoundingMode.UP)).isEqualByComparingTo("23");
    }
}
