package org.metrolex.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** About the real clock: built without Spring, so the tests' fixed instant (config/application.properties) does not apply. */
class ClockConfigurationTests {

    private final ClockConfiguration configuration = new ClockConfiguration();

    @Test
    void withoutAStartInstantTheClockIsTheRealTimeInChina() {
        Clock clock = configuration.clock("Asia/Shanghai", "");
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStartInstantStartsTheClockThereAndItTicksOn() throws InterruptedException {
        // 23:30 UTC on 31 December is already 1 January in China
        Clock clock = configuration.clock("Asia/Shanghai", "2026-12-31T23:30:00Z");
        Instant first = clock.instant();
        assertThat(Duration.between(Instant.parse("2026-12-31T23:30:00Z"), first)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);
    }

    @Test
    void theZoneIsConfigurable() {
        Clock clock = configuration.clock("UTC", "2026-12-31T23:30:00Z");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
