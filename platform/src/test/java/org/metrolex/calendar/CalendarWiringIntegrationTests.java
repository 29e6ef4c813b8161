package org.metrolex.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The module's beans on Boot's own {@code JsonMapper}, without starting the whole application (and
 * its database): the loader must find the shipped notices through {@code classpath*:}.
 */
class CalendarWiringIntegrationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(HolidayNoticeLoader.class, CalendarManagement.class);

    @Test
    void loadsTheShippedNoticesAtStartUp() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            CalendarManagement calendar = ctx.getBean(CalendarManagement.class);
            assertThat(calendar.notices()).hasSize(21);
            assertThat(calendar.lastKnownDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            // 2026 notice content_7047091: Saturday 2026-10-10 is a make-up working day
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)).workingDay()).isTrue();
        });
    }
}
