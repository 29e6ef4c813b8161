package org.metrolex.identity.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.ApiToken;
import org.metrolex.platform.scope.Role;

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

    /**
     * The account behind a token that is neither revoked nor expired at {@code now} and was issued after
     * {@code issuedAfter} (the maximum lifetime), with the token's id and last use.
     */
    Optional<ActiveToken> findByActiveToken(String tokenHash, Instant now, Instant issuedAfter);

    /**
     * Records a use of the token unless one was recorded after {@code unlessUsedAfter}, so a busy client
     * writes at most one row update per interval instead of one per request.
     */
    void touchToken(long tokenId, Instant now, Instant unlessUsedAfter);

    /** Every token, newest first, with its account's user name. */
    List<ApiToken> tokens();

    Optional<ApiToken> findToken(long tokenId);

    /** Revokes a token not yet revoked; returns whether it was. */
    boolean revokeToken(long tokenId, Instant now);

    record ActiveToken(Account account, long tokenId, Instant lastUsedAt) {
    }

    long count();
}
