package org.metrolex.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.support.MetrolexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rectification deadlines (责令整改期限) in working days over the calendars shipped with the platform
 * ({@code calendar/holidays/<year>.json}), one row per State Council notice case. The order date never counts
 * (《民法典》第二百零一条, ADR 0006): the deadline is the n-th working day after it. A deadline that reaches a year
 * with no published notice (2027 at the time of writing) is provisional (暂定).
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
class RectificationDeadlineIntegrationTests {

    @Autowired SupervisionManagement supervision;
    @Autowired OrderingRectification ordering;

    @ParameterizedTest(name = "{0} + {1} working days = {2} (provisional {3}) — {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # ordered on | working days | deadline   | provisional | notice and why
            2025-09-30 | 5  | 2025-10-14 | false | 国办发明电〔2024〕12号 (2025 notice): 10-01…10-08 rest days, Saturday 10-11 a make-up working day
            2025-09-26 | 1  | 2025-09-28 | false | 国办发明电〔2024〕12号: Sunday 09-28 is a make-up working day before National Day
            2025-01-27 | 2  | 2025-02-06 | false | 国办发明电〔2024〕12号: Spring Festival 01-28…02-04 rest days
            2026-02-13 | 3  | 2026-02-25 | false | 2026 notice (国务院办公厅 2025-11-04): Saturday 02-14 works, 02-15…02-23 rest days
            2026-02-13 | 10 | 2026-03-05 | false | 2026 notice: make-up working days 02-14 and Saturday 02-28 both count
            2026-09-30 | 1  | 2026-10-08 | false | 2026 notice: National Day 10-01…10-07 rest days
            2026-11-27 | 15 | 2026-12-18 | false | 2026 notice: no holiday in December, Monday to Friday
            2026-12-30 | 1  | 2026-12-31 | false | 2026 notice: the deadline stays within the last noticed year
            2026-12-30 | 2  | 2027-01-01 | true  | no 2027 notice yet: 1 January is counted as a Friday working day, provisional
            2026-12-21 | 15 | 2027-01-11 | true  | no 2027 notice yet: counted Monday to Friday only, provisional
            """)
    void theDeadlineIsTheNthWorkingDayAfterTheOrderUnderTheShippedNotices(LocalDate orderedOn, int workingDays, LocalDate deadline,
                                                                         boolean provisional, String notice) {
        Deadline d = ordering.deadline(orderedOn, workingDays);
        assertThat(d.date()).as(notice).isEqualTo(deadline);
        assertThat(d.provisional()).as(notice).isEqualTo(provisional);
    }
}
