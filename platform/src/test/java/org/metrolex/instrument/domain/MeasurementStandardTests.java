package org.metrolex.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a measurement standard may be used for a verification: valid assessment certificate and calibration. */
class MeasurementStandardTests {

    @ParameterizedTest(name = "cert {0} until {1}, calibration due {2}, on {3} -> {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # certificate no, valid until, calibration due, day,        refused fields and rules
            C1,               2026-12-31,  2026-12-31,      2026-12-31, ''
            C1,               2026-12-30,  2026-12-31,      2026-12-31, assessmentValidUntil:valid-on-day
            C1,               2026-12-31,  2026-12-30,      2026-12-31, calibrationDue:not-overdue
            -,                -,           2027-01-01,      2026-12-31, assessmentCertificateNo:required
            C1,               2027-01-01,  -,               2026-12-31, calibrationDue:required
            C1,               2020-01-01,  2020-01-01,      2026-12-31, assessmentValidUntil:valid-on-day calibrationDue:not-overdue
            """)
    void usableOnTheDay(String certificate, LocalDate validUntil, LocalDate calibrationDue, LocalDate day, String refused) {
        MeasurementStandard s = new MeasurementStandard(1, 2, "砝码标准装置", certificate, validUntil, "JZ-1", calibrationDue,
                "130100", 0);
        String actual = String.join(" ", s.problemsOn(day).stream().map(e -> e.field() + ":" + e.rule()).toList());
        assertThat(actual).isEqualTo(refused);
        s.problemsOn(day).forEach(e -> assertThat(e.messageZh()).contains("砝码标准装置"));
    }
}
