package org.metrolex.rules.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Load times as the rule editions page shows them: date and time in China. */
public final class RuleEditionTimes {

    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private RuleEditionTimes() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : SHANGHAI.format(instant);
    }
}
