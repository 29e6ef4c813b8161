package org.metrolex.identity.domain;

import java.time.Instant;

/**
 * A bearer token as the administrator sees it: whose, what for, since and until when, and when it was last
 * used. The token itself is never stored, only its hash, which this record does not carry.
 */
public record ApiToken(long id, long accountId, String username, String name, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    /**
     * The same token with the expiry that applies under a maximum lifetime: the earlier of its own expiry and
     * {@code createdAt + maxLifetime}, so tokens issued before the limit existed (without expiry) expire too.
     */
    public ApiToken limitedTo(java.time.Duration maxLifetime) {
        Instant latest = createdAt.plus(maxLifetime);
        Instant effective = expiresAt == null || expiresAt.isAfter(latest) ? latest : expiresAt;
        return new ApiToken(id, accountId, username, name, createdAt, effective, revokedAt, lastUsedAt);
    }

    /** The token's standing at {@code now}: revoked wins over expired. */
    public Standing standing(Instant now) {
        if (revokedAt != null) {
            return Standing.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Standing.EXPIRED : Standing.ACTIVE;
    }

    public enum Standing { ACTIVE, EXPIRED, REVOKED }
}
