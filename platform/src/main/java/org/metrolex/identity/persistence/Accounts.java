package org.metrolex.identity.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.Role;

/** Stored accounts and API tokens. */
public interface Accounts {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(long id);

    List<Account> all();

    long create(String username, String displayName, String passwordHash, Role role, String regionCode, Long partyId);

    /**
     * Counts one more failed login in a single statement (parallel guesses are all counted) and
     * returns the new count; after a lock has run out the count starts again from one.
     */
    int countFailure(long id, Instant now);

    void lock(long id, Instant until);

    void recordSuccess(long id);

    void unlock(long id);

    long createToken(long userId, String name, String tokenHash, Instant expiresAt);

    Optional<Account> findByActiveToken(String tokenHash, Instant now);

    void revokeToken(long tokenId, long userId, Instant now);

    long count();
}
