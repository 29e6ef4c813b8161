package org.metrolex.identity.domain;

import java.time.Instant;

/**
 * A bearer token as the administrator sees it: whose, what for, since and until when, and when it was last
 * used. The token itself is never stored, only its hash, which this record does not carry.
 */
public record ApiToken(long id, long accountId, String username, String name, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    /** The token's standing at {@code now}: revoked wins over expired. */
    public Standing standing(Instant now) {
        if (revokedAt != null) {
            return Standing.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Standing.EXPIRED : Standing.ACTIVE;
    }

    public enum Standing { ACTIVE, EXPIRED, REVOKED }
}
