package org.metrolex.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Next due dates per form of mandatory verification (SAMR 2020年第42号, S9), one row per case. */
class DueDatesTests {

    @ParameterizedTest(name = "{0} {1} months / {2} years from {3} -> {4} {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # mode,                    interval, life, last verification, due,        basis
            PERIODIC,                  6,        -,    2026-01-15,        2026-07-15, PERIODIC
            PERIODIC,                  6,        -,    2025-08-31,        2026-02-28, PERIODIC
            PERIODIC,                  12,       -,    2024-02-29,        2025-02-28, PERIODIC
            PERIODIC,                  24,       -,    2026-03-01,        2028-03-01, PERIODIC
            INITIAL_ONLY_LIMITED_LIFE, -,        6,    2026-05-20,        2032-05-20, END_OF_SERVICE_LIFE
            INITIAL_ONLY_LIMITED_LIFE, -,        4,    2024-02-29,        2028-02-29, END_OF_SERVICE_LIFE
            INITIAL_ONLY_LIMITED_LIFE, -,        10,   2026-01-01,        2036-01-01, END_OF_SERVICE_LIFE
            INITIAL_ONLY_SCRAP,        -,        -,    2026-01-01,        -,          NONE_SCRAP_ONLY
            INITIAL_ONLY_SCRAP,        -,        -,    -,                 -,          NONE_SCRAP_ONLY
            PERIODIC,                  -,        -,    2026-01-01,        -,          NOT_OBTAINED
            INITIAL_ONLY_LIMITED_LIFE, -,        -,    2026-01-01,        -,          NOT_OBTAINED
            -,                         -,        -,    2026-01-01,        -,          NOT_OBTAINED
            PERIODIC,                  6,        -,    -,                 -,          NOT_VERIFIED_YET
            INITIAL_ONLY_LIMITED_LIFE, -,        6,    -,                 -,          NOT_VERIFIED_YET
            """)
    void nextDueDate(String mode, Integer interval, Integer life, LocalDate last, LocalDate due, DueDates.Basis basis) {
        InstrumentCategory c = new InstrumentCategory("X", "甲", "x", null, VerificationMode.parse(mode), interval, life,
                Set.of(InstrumentUse.TRADE), null, "S0", false, null);
        DueDates.Due result = DueDates.next(c, last);
        assertThat(result.basis()).isEqualTo(basis);
        assertThat(result.date()).isEqualTo(due);
    }
}
