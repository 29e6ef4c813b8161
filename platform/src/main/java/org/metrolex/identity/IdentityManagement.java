package org.metrolex.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.ApiToken;
import org.metrolex.identity.domain.LockoutPolicy;
import org.metrolex.identity.persistence.Accounts;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: accounts, logins, lockout and API tokens. Every change is audited. */
@Service
public class IdentityManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final RegionCatalogue regions;
    private final Clock clock;
    private final LockoutPolicy lockout = LockoutPolicy.DEFAULT;
    private final Duration tokenMaxLifetime;

    /** A token's last use is written at most once per this interval, not on every request. */
    static final Duration TOKEN_USE_GRANULARITY = Duration.ofMinutes(1);

    /** The longest a user name typed on the login form is kept in the audit trail. */
    static final int AUDITED_USERNAME_LENGTH = 64;

    IdentityManagement(Accounts accounts, PasswordEncoder encoder, AuditTrail audit, RegionCatalogue regions, Clock clock,
                       @Value("${app.tokens.max-lifetime:90d}") Duration tokenMaxLifetime) {
        if (tokenMaxLifetime.isNegative() || tokenMaxLifetime.isZero()) {
            throw new IllegalArgumentException("app.tokens.max-lifetime must be positive: " + tokenMaxLifetime);
        }
        this.tokenMaxLifetime = tokenMaxLifetime;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
    }

    /** A new account. Officers need a region matching their role's level; others their organisation. */
    @Transactional
    public long createAccount(String username, String displayName, String rawPassword, Role role,
                              String regionCode, Long partyId) {
        if (role == Role.PUBLIC) {
            throw new RuleViolation("role", "not-public", "公众无需账号", "the public role has no accounts");
        }
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,40}")) {
            throw new RuleViolation("username", "pattern", "用户名须为3–40位字母、数字或 _ . -",
                    "username must be 3–40 letters, digits or _ . -");
        }
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new RuleViolation("password", "min-length", "密码至少10位", "password must be at least 10 characters");
        }
        if (role.isOfficer()) {
            var region = regions.find(regionCode).orElseThrow(() -> new RuleViolation("regionCode", "exists",
                    "行政区划代码不存在：" + regionCode, "unknown region code: " + regionCode));
            String expected = switch (role) {
                case PROVINCE_ADMIN -> "PROVINCE";
                case CITY_OFFICER -> "PREFECTURE";
                default -> "COUNTY";
            };
            if (!region.level().name().equals(expected)) {
                throw new RuleViolation("regionCode", "level", "该角色须对应" + expected + "级区划",
                        "role " + role + " needs a region of level " + expected);
            }
        } else if (partyId == null) {
            throw new RuleViolation("partyId", "required", "机构或企业用户须指定所属单位",
                    "institution and enterprise users need their organisation");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new RuleViolation("username", "unique", "用户名已存在", "username already exists");
        }
        long id = accounts.create(username, displayName, encoder.encode(rawPassword), role,
                role.isOfficer() ? regionCode : null, role.isOfficer() ? null : partyId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("displayName", displayName);
        after.put("role", role.name());
        after.put("regionCode", role.isOfficer() ? regionCode : null);
        after.put("partyId", role.isOfficer() ? null : partyId);
        audit.record("account.create", "account", id, null, after);
        return id;
    }

    /**
     * Checks a password login. Returns empty on a wrong user name or password, and throws
     * {@link AccountLockedException} while the account is locked.
     */
    @Transactional(readOnly = true)
    public Optional<MetrolexPrincipal> checkPassword(String username, String rawPassword) {
        Optional<Account> account = accounts.findByUsername(username == null ? "" : username);
        if (account.isEmpty()) {
            // Same cost as a real check, so response time does not reveal which user names exist.
            encoder.matches(rawPassword == null ? "" : rawPassword, DUMMY_HASH.get(encoder));
            return Optional.empty();
        }
        Account a = account.get();
        if (lockout.isLocked(a.lockedUntil(), clock.instant())) {
            throw new AccountLockedException(a.lockedUntil());
        }
        if (!a.enabled() || rawPassword == null || !encoder.matches(rawPassword, a.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(principalOf(a));
    }

    /**
     * Counts a failed login and audits it with the user name as typed (truncated) and the client address;
     * returns true if the account is now locked. GB/T 22239-2019 8.1.4.3 asks that login failures be
     * recorded; unknown names are recorded too, as they show guessing.
     */
    @Transactional
    public boolean recordLoginFailure(String username, String clientAddress) {
        String typed = username == null ? "" : username.length() > AUDITED_USERNAME_LENGTH
                ? username.substring(0, AUDITED_USERNAME_LENGTH) + "…" : username;
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("username", typed);
        failure.put("address", String.valueOf(clientAddress));
        Optional<Account> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        failure.put("knownAccount", account.isPresent());
        audit.record("auth.login-failed", "account", account.map(a -> (Object) a.id()).orElse("-"), null, failure);
        if (account.isEmpty()) {
            return false;
        }
        Account a = account.get();
        Instant now = clock.instant();
        if (lockout.isLocked(a.lockedUntil(), now)) {
            return true;
        }
        int failures = accounts.countFailure(a.id(), now);
        if (!lockout.locksAfter(failures)) {
            return false;
        }
        Instant until = lockout.lockedUntil(now);
        accounts.lock(a.id(), until);
        audit.record("account.lock", "account", a.id(), Map.of("lockedUntil", String.valueOf(a.lockedUntil())),
                Map.of("failedAttempts", failures, "lockedUntil", until.toString(), "address", String.valueOf(clientAddress)));
        return true;
    }

    /** Resets the failure count and audits the login with the client address. */
    @Transactional
    public void recordLoginSuccess(String username, String clientAddress) {
        accounts.findByUsername(username).ifPresent(a -> {
            accounts.recordSuccess(a.id());
            audit.record("auth.login", "account", a.id(), null, Map.of("username", a.username(), "address", String.valueOf(clientAddress)));
        });
    }

    /** Audits a logout (the session ends; nothing else changes). */
    @Transactional
    public void recordLogout(String username, String clientAddress) {
        accounts.findByUsername(username).ifPresent(a ->
                audit.record("auth.logout", "account", a.id(), null, Map.of("username", a.username(), "address", String.valueOf(clientAddress))));
    }

    /** An administrator lifts a lock before it runs out. */
    @Transactional
    public void unlock(long accountId) {
        Account a = accounts.findById(accountId).orElseThrow(() -> RuleViolation.notFound("账号/account", accountId));
        accounts.unlock(a.id());
        audit.record("account.unlock", "account", a.id(),
                Map.of("failedAttempts", a.failedAttempts(), "lockedUntil", String.valueOf(a.lockedUntil())),
                Map.of("failedAttempts", 0));
    }

    /**
     * A new API token for a system client acting as the given account. The token is shown once;
     * only its SHA-256 is stored. Every token expires: no expiry means the longest lifetime allowed
     * ({@code app.tokens.max-lifetime}), and a later expiry is refused, so a forgotten token stops working
     * by itself (GB/T 22239-2019 8.1.4.1: identification credentials are replaced periodically).
     */
    @Transactional
    public IssuedToken issueToken(long accountId, String name, Instant expiresAt) {
        Account a = accounts.findById(accountId).orElseThrow(() -> RuleViolation.notFound("账号/account", accountId));
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "required", "令牌名称必填", "token name is required");
        }
        Instant now = clock.instant();
        Instant latest = now.plus(tokenMaxLifetime);
        if (expiresAt != null && expiresAt.isAfter(latest)) {
            long days = tokenMaxLifetime.toDays();
            String until = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(latest);
            throw new RuleViolation("expiresAt", "max-lifetime", "令牌有效期最长 " + days + " 天，到期时间不能晚于 " + until,
                    "a token lives at most " + days + " days: the expiry cannot be later than " + until);
        }
        Instant expiry = expiresAt == null ? latest : expiresAt;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "mlx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = accounts.createToken(a.id(), name, sha256(token), expiry);
        audit.record("token.issue", "api_token", id, null,
                Map.of("account", a.username(), "name", name, "expiresAt", expiry.toString()));
        return new IssuedToken(id, token, expiry);
    }

    /** The longest lifetime of a token (configured). */
    public Duration tokenMaxLifetime() {
        return tokenMaxLifetime;
    }

    /** Revokes a token at once: the next request that carries it is refused with 401. */
    @Transactional
    public ApiToken revokeToken(long tokenId) {
        ApiToken before = accounts.findToken(tokenId).orElseThrow(() -> RuleViolation.notFound("令牌/token", tokenId));
        if (!accounts.revokeToken(tokenId, clock.instant())) {
            throw new RuleViolation(409, List.of(new org.metrolex.platform.problem.Problem.FieldError("tokenId", "not-revoked",
                    "令牌已撤销", "the token is already revoked")));
        }
        ApiToken after = accounts.findToken(tokenId).orElseThrow();
        audit.record("token.revoke", "api_token", tokenId, tokenFacts(before), tokenFacts(after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens() {
        return accounts.tokens().stream().map(t -> t.limitedTo(tokenMaxLifetime)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ApiToken> token(long tokenId) {
        return accounts.findToken(tokenId).map(t -> t.limitedTo(tokenMaxLifetime));
    }

    /** The caller behind a bearer token, when the token is valid now; records its use (at most once a minute). */
    @Transactional
    public Optional<MetrolexPrincipal> authenticateToken(String token) {
        Instant now = clock.instant();
        // the maximum lifetime also bounds tokens issued before it existed (no expiry stored)
        return accounts.findByActiveToken(sha256(token), now, now.minus(tokenMaxLifetime)).map(t -> {
            Instant stale = now.minus(TOKEN_USE_GRANULARITY);
            if (t.lastUsedAt() == null || !t.lastUsedAt().isAfter(stale)) {
                accounts.touchToken(t.tokenId(), now, stale);
            }
            return principalOf(t.account());
        });
    }

    private static Map<String, Object> tokenFacts(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", t.username());
        m.put("name", t.name());
        m.put("expiresAt", String.valueOf(t.expiresAt()));
        m.put("revokedAt", String.valueOf(t.revokedAt()));
        return m;
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return accounts.all();
    }

    @Transactional(readOnly = true)
    public long accountCount() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public Optional<MetrolexPrincipal> principal(String username) {
        return accounts.findByUsername(username).map(IdentityManagement::principalOf);
    }

    public record IssuedToken(long id, String token, Instant expiresAt) {
    }

    public static final class AccountLockedException extends RuntimeException {
        private final Instant until;

        public AccountLockedException(Instant until) {
            super("account locked until " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    private static MetrolexPrincipal principalOf(Account a) {
        return new MetrolexPrincipal(a.id(), a.username(), a.displayName(), a.role(), a.regionCode(), a.partyId());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hash to compare against when the user does not exist, computed once. */
    private static final class DUMMY_HASH {
        private static volatile String hash;

        static String get(PasswordEncoder encoder) {
            if (hash == null) {
                hash = encoder.encode("no-such-user-" + RANDOM.nextLong());
            }
            return hash;
        }
    }
}
