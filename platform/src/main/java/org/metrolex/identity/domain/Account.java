package org.metrolex.identity.domain;

import java.time.Instant;
import org.metrolex.platform.scope.Role;

/** A stored account. The password is only ever held as its hash. */
public record Account(long id, String username, String displayName, String passwordHash, Role role,
                      String regionCode, Long partyId, boolean enabled, int failedAttempts,
                      Instant lockedUntil) {
}
