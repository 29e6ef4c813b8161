package org.metrolex.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Request budgets per client address and endpoint group (token buckets of Bucket4j, refilled evenly over
 * the period). The public certificate check answers a number with its holder and instrument, so without a
 * budget anyone can walk the number space (a security test read 300 certificates in 21 s); the login form
 * would let one address guess passwords of many accounts, under each account's own lockout.
 *
 * <p>Limits are read from {@code app.rate-limit.<group>=<requests>/<period>} (e.g. {@code 30/1m}) and can be
 * changed at run time ({@link #configure}), which the tests use to exhaust a small budget in one test
 * without a context of its own. The buckets live in this process: behind several instances each has its
 * own budget (docs/security.md).
 */
@Component
public class RateLimits {

    /** Above this many tracked addresses the buckets start afresh, so a spray of spoofed sources cannot exhaust memory. */
    static final int MAX_TRACKED = 100_000;

    /** The groups in the order they are matched; the first that matches a request decides. */
    public enum Group {
        /** certificate lookups and instrument QR checks, page and API */
        CERTIFICATES("30/1m"),
        /** the login form's POST */
        LOGIN("10/1m"),
        /** every other public page and public API call */
        PUBLIC("120/1m");

        private final String defaultLimit;

        Group(String defaultLimit) {
            this.defaultLimit = defaultLimit;
        }

        public String property() {
            return "app.rate-limit." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A budget: so many requests per period. */
    public record Limit(long requests, Duration period) {

        public Limit {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs at least 1 request per positive period");
            }
        }

        /** {@code 30/1m}, {@code 10/30s}, {@code 1000/1h}. */
        public static Limit parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("rate limit must read <requests>/<period>, e.g. 30/1m: " + text);
            }
            return new Limit(Long.parseLong(parts[0].strip()), DurationStyle.SIMPLE.parse(parts[1].strip()));
        }

        @Override
        public String toString() {
            return requests + "/" + period.toSeconds() + "s";
        }
    }

    /** The outcome for one request: allowed or not, what is left, and how long to wait when refused. */
    public record Decision(boolean allowed, Limit limit, long remaining, long retryAfterSeconds) {
    }

    private final Map<Group, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(Environment env) {
        for (Group g : Group.values()) {
            limits.put(g, Limit.parse(env.getProperty(g.property(), g.defaultLimit)));
        }
    }

    /** Takes one request from the client's budget for the group. */
    public Decision consume(Group group, String client) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Limit limit = limits.get(group);
        Bucket bucket = buckets.computeIfAbsent(group.name() + ' ' + client, k -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long wait = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(), wait);
    }

    /** Changes a group's budget at run time; its clients start with a full budget. */
    public void configure(Group group, Limit limit) {
        limits.put(group, limit);
        buckets.keySet().removeIf(k -> k.startsWith(group.name() + ' '));
    }

    public Limit limit(Group group) {
        return limits.get(group);
    }

    public Map<Group, Limit> limits() {
        return new LinkedHashMap<>(limits);
    }

    private static Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()).build())
                .build();
    }
}
