package org.metrolex.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now". Dates that matter to the law are dates in China (Asia/Shanghai). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
