package org.metrolex.prepackaged.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LotStatisticsTests {

    @ParameterizedTest
    @CsvSource({
            // the seed: 409 lots, 96.3 % (394 accepted: 96.33 %)
            "394, 409, 96.3",
            // GB/T 8170 on an exact 5: 3/16 = 18.75 % -> 18.8 (7 odd), 1/16 = 6.25 % -> 6.2 (2 even)
            "3, 16, 18.8",
            "1, 16, 6.2",
            "0, 5, 0.0",
            "5, 5, 100.0"})
    void passRateInPerCentToOneDecimalHalfEven(long accepted, long lots, String expected) {
        assertThat(LotStatistics.passRate(accepted, lots).toPlainString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void producersAreCountedOnceAcrossTheirLots() {
        List<LotStatistics.Fact> facts = new ArrayList<>();
        facts.add(new LotStatistics.Fact(1, "130100", LocalDate.of(2020, 3, 1), true));
        facts.add(new LotStatistics.Fact(1, "130100", LocalDate.of(2020, 4, 1), false));
        facts.add(new LotStatistics.Fact(2, "130200", LocalDate.of(2020, 4, 2), true));
        var report = LotStatistics.of(facts);
        assertThat(report.total()).isEqualTo(new LotStatistics.Row("total", 2, 3, 2, new java.math.BigDecimal("66.7")));
        assertThat(report.byGroup()).extracting(LotStatistics.Row::key, LotStatistics.Row::producers, LotStatistics.Row::lots)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("130100", 1L, 2L), org.assertj.core.groups.Tuple.tuple("130200", 1L, 1L));
        assertThat(report.byMonth()).extracting(LotStatistics.Row::key).containsExactly("2020-03", "2020-04");
        assertThat(LotStatistics.of(List.of()).total().passRatePercent()).isNull();
    }
}
