package org.metrolex.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NextDueTests {

    @ParameterizedTest(name = "{0} + {1} months: due {2}, valid until {3}")
    @CsvSource({
            "2026-05-20, 12, 2027-05-20, 2027-05-19",
            "2026-01-15,  6, 2026-07-15, 2026-07-14",
            "2026-01-31,  1, 2026-02-28, 2026-02-27",
            "2028-01-31,  1, 2028-02-29, 2028-02-28",
            "2024-02-29, 12, 2025-02-28, 2025-02-27",
            "2024-02-29, 48, 2028-02-29, 2028-02-28",
            "2026-08-31,  6, 2027-02-28, 2027-02-27",
            "2026-03-31,  1, 2026-04-30, 2026-04-29",
            "2026-12-31, 24, 2028-12-31, 2028-12-30",
            "2026-03-01,  1, 2026-04-01, 2026-03-31",
    })
    void dueDateAndValidity(LocalDate verified, int months, LocalDate due, LocalDate validUntil) {
        NextDue next = NextDue.periodic(verified, months);

        assertThat(next.dueDate()).contains(due);
        assertThat(next.validUntil()).contains(validUntil);
        assertThat(NextDue.of(verified, months).dueDate()).contains(due);
    }

    @ParameterizedTest(name = "due 2027-05-20, on {0}: overdue {1}")
    @CsvSource({
            "2027-05-19, false",
            "2027-05-20, true",
            "2027-05-21, true",
    })
    void overdueFromTheDueDateOn(LocalDate on, boolean overdue) {
        assertThat(NextDue.periodic(LocalDate.of(2026, 5, 20), 12).overdueOn(on)).isEqualTo(overdue);
    }

    @Test
    void initialOnlyInstrumentsHaveNoDueDateAndAreNeverOverdue() {
        NextDue next = NextDue.of(LocalDate.of(2026, 5, 20), null);

        assertThat(next.dueDate()).isEmpty();
        assertThat(next.validUntil()).isEmpty();
        assertThat(next.overdueOn(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(next.verificationDate()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 121})
    void intervalOutsideOneToOneHundredTwentyMonthsIsRefused(int months) {
        assertThatThrownBy(() -> NextDue.periodic(LocalDate.of(2026, 1, 1), months))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervalMonths").hasMessageContaining("检定周期");
    }
}
