package org.metrolex.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.IdentityManagement.IssuedToken;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.ApiToken;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for the provincial administrator: list, unlock, issue, list and revoke API tokens. */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "accounts", description = "账号与令牌 / accounts and API tokens")
class AccountApiController {

    private final IdentityManagement identity;
    private final Clock clock;

    AccountApiController(IdentityManagement identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /** An account as the API shows it: never the password hash. */
    record AccountSummary(long id, String username, String displayName, Role role, String regionCode, Long partyId,
                          boolean enabled, int failedAttempts, Instant lockedUntil) {
        static AccountSummary of(Account a) {
            return new AccountSummary(a.id(), a.username(), a.displayName(), a.role(), a.regionCode(), a.partyId(),
                    a.enabled(), a.failedAttempts(), a.lockedUntil());
        }
    }

    /**
     * {@code expiresAt}: a date (valid through that day, Beijing time), an ISO instant, or nothing (then the
     * longest lifetime allowed, {@code app.tokens.max-lifetime}); a later expiry is refused.
     */
    record TokenRequest(String name, String expiresAt) {
    }

    @GetMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    List<AccountSummary> list() {
        return identity.accounts().stream().map(AccountSummary::of).toList();
    }

    @PostMapping("/{id:\\d+}/unlock")
    @Operation(summary = "Lift a login lock before it runs out")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    AccountSummary unlock(@PathVariable long id) {
        identity.unlock(id);
        return identity.accounts().stream().filter(a -> a.id() == id).findFirst().map(AccountSummary::of)
                .orElseThrow(() -> RuleViolation.notFound("账号/account", id));
    }

    /** A token as the API lists it, with its standing now; never the token or its hash. */
    record TokenSummary(long id, long accountId, String username, String name, Instant createdAt, Instant expiresAt,
                        Instant revokedAt, Instant lastUsedAt, ApiToken.Standing standing) {
        static TokenSummary of(ApiToken t, Instant now) {
            return new TokenSummary(t.id(), t.accountId(), t.username(), t.name(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.lastUsedAt(), t.standing(now));
        }
    }

    @GetMapping("/tokens")
    @Operation(summary = "Every API token: account, name, created, expiry, revoked, last used (to the minute)")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    List<TokenSummary> tokens() {
        Instant now = clock.instant();
        return identity.tokens().stream().map(t -> TokenSummary.of(t, now)).toList();
    }

    @PostMapping("/tokens/{tokenId:\\d+}/revoke")
    @Operation(summary = "Revoke an API token at once (its next request gets 401); cannot be undone")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    TokenSummary revoke(@PathVariable long tokenId) {
        return TokenSummary.of(identity.revokeToken(tokenId), clock.instant());
    }

    @PostMapping("/{id:\\d+}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API token for a system acting as this account; the token is returned once")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    IssuedToken issueToken(@PathVariable long id, @RequestBody TokenRequest request) {
        return identity.issueToken(id, request.name(), TokenExpiry.parse(request.expiresAt(), clock));
    }
}
