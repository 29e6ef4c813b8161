package org.metrolex.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Lockout after repeated failed logins (GB/T 22239-2019 level 3, 8.1.4.1 b: "login failure handling
 * ... limit the number of illegal login attempts"): after {@code maxFailures} consecutive failures the
 * account is locked for {@code lockFor}; a successful login resets the count.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    /** Whether this many consecutive failures lock the account. */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(lockFor);
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
