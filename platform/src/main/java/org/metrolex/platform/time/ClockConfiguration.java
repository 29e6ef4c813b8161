package org.metrolex.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Dates that matter to the law are dates in the authority's zone: China
 * (Asia/Shanghai) unless {@code app.clock.zone} says otherwise.
 *
 * <p>{@code app.clock.start-at} (an ISO instant, e.g. {@code 2027-01-08T02:00:00Z}) starts the clock at
 * that instant, and it ticks on from there. It is meant for tests and rehearsals only — a test suite that
 * must not depend on the day it runs, or a rehearsal of a regulation taking effect — never for
 * production: every business date and timestamp written then is a made-up one, so it is logged as a
 * warning at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${app.clock.zone:Asia/Shanghai}") String zone, @Value("${app.clock.start-at:}") String startAt) {
        ZoneId id = zone.isBlank() ? CHINA : ZoneId.of(zone.strip());
        Clock system = Clock.system(id);
        if (startAt.isBlank()) {
            return system;
        }
        Instant start = Instant.parse(startAt.strip());
        log.warn("The clock starts at {} ({} in {}), not at the real time (app.clock.start-at): for tests and rehearsals only; "
                + "every date and timestamp written is made up", start, start.atZone(id).toLocalDateTime(), id);
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
