package org.metrolex.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.metrolex.platform.problem.RuleViolation;

/**
 * The expiry of a new API token as typed by an administrator. A date means "valid through that day
 * in Beijing time", the way a bureau states a validity period; an ISO instant is taken as is for
 * system clients that compute their own. Nothing means the longest lifetime allowed (decided by
 * {@link org.metrolex.identity.IdentityManagement#issueToken}).
 */
final class TokenExpiry {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private TokenExpiry() {
    }

    static Instant parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant at;
        try {
            at = v.length() == 10 ? LocalDate.parse(v).plusDays(1).atStartOfDay(CHINA).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("expiresAt", "date-format", "到期时间应为日期 yyyy-MM-dd 或 ISO 时间：" + value,
                    "expiry must be a date yyyy-MM-dd or an ISO instant: " + value);
        }
        if (!at.isAfter(clock.instant())) {
            throw new RuleViolation("expiresAt", "future", "到期时间须晚于当前时间", "expiry must lie in the future");
        }
        return at;
    }
}
