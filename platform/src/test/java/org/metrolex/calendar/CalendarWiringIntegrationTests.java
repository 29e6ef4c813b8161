package org.metrolex.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.persistence.DeadlineRevisions;
import org.metrolex.calendar.persistence.HolidayNotices;
import org.metrolex.region.RegionCatalogue;
import org.mockito.Mockito;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The module's beans on Boot's own {@code JsonMapper}, without starting the whole application (and
 * its database): the loader must find the shipped notices through {@code classpath*:}. No notice has
 * been loaded at run time (an empty store), so the calendar is the shipped one.
 */
class CalendarWiringIntegrationTests {

    /** A store of run-time notices holding none. */
    static final class NoLoadedNotices implements HolidayNotices {

        @Override
        public List<StoredNotice> all() {
            return List.of();
        }

        @Override
        public void lock() {
        }

        @Override
        public long insert(int year, int version, boolean correction, String content, String sha256, String loadedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long latestId() {
            return 0;
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withBean(HolidayNotices.class, NoLoadedNotices::new)
            .withBean(DeadlineRevisions.class, () -> Mockito.mock(DeadlineRevisions.class))
            .withBean(AuditTrail.class, () -> Mockito.mock(AuditTrail.class))
            .withBean(RegionCatalogue.class, () -> Mockito.mock(RegionCatalogue.class))
            .withBean(Clock.class, Clock::systemUTC)
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
