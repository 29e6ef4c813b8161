package org.metrolex.calendar.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.ShippedCalendar;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class CalendarApiControllerTests {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new CalendarApiController(ShippedCalendar.management()))
            .setControllerAdvice(new CalendarApiErrors())
            .build();

    @Test
    void answersAWorkingDayQuestion() throws Exception {
        // 2020 notice extension content_5472352: Friday 2020-01-31 became a rest day
        mvc.perform(get("/api/calendar/working-day").param("date", "2020-01-31"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.date").value("2020-01-31"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.knownUntil").value("2026-12-31"));
    }

    @Test
    void marksADeadlineThatCrossesIntoAYearWithoutANoticeAsProvisional() throws Exception {
        // 12-29…31 (3), 2027-01-01 Fri assumed working (4), 01-04 (5)
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2026-12-28").param("days", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2027-01-04"))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() throws Exception {
        // 2024 notice content_6911528: 09-29 make-up, 09-30, 10-08, 10-09, 10-10
        mvc.perform(get("/api/calendar/working-days-between").param("from", "2024-09-27").param("to", "2024-10-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(5))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/calendar/working-day                                    | date  | required
            /api/calendar/working-day?date=2025-13-01                    | date  | date-format
            /api/calendar/working-day?date=2025-02-29                    | date  | date-format
            /api/calendar/working-day?date=%2B10000-01-01                | date  | date-format
            /api/calendar/add-working-days?start=yesterday&days=3        | start | date-format
            /api/calendar/add-working-days?start=2025-01-02&days=-1      | days  | range
            /api/calendar/add-working-days?start=2025-01-02&days=three   | days  | range
            /api/calendar/add-working-days?start=2025-01-02&days=10001   | days  | range
            /api/calendar/add-working-days?start=2025-01-02              | days  | required
            /api/calendar/working-days-between?from=2025-01-03&to=2025-01-02 | from | from-not-after-to
            /api/calendar/working-days-between?from=2025-01-03&to=soon   | to    | date-format
            """)
    void rejectsBadParametersWithABilingualBody(String url, String field, String rule) throws Exception {
        mvc.perform(get(java.net.URI.create(url)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.messageZh").value(Matchers.matchesPattern(".*[\\u4e00-\\u9fff].*")))
                .andExpect(jsonPath("$.messageEn").value(Matchers.matchesPattern("[\\x20-\\x7E]+")));
    }
}
