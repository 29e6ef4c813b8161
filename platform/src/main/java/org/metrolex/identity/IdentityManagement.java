package org.metrolex.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.LockoutPolicy;
import org.metrolex.identity.persistence.Accounts;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.region.RegionCatalogue;
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

    IdentityManagement(Accounts accounts, PasswordEncoder encoder, AuditTrail audit, RegionCatalogue regions, Clock clock) {
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

    /** Counts a failed login; returns true if the account is now locked. */
    @Transactional
    public boolean recordLoginFailure(String username) {
        Optional<Account> account = accounts.findByUsername(username);
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
                Map.of("failedAttempts", failures, "lockedUntil", until.toString()));
        return true;
    }

    @Transactional
    public void recordLoginSuccess(String username) {
        accounts.findByUsername(username).ifPresent(a -> accounts.recordSuccess(a.id()));
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
     * only its SHA-256 is stored.
     */
    @Transactional
    public IssuedToken issueToken(long accountId, String name, Instant expiresAt) {
        Account a = accounts.findById(accountId).orElseThrow(() -> RuleViolation.notFound("账号/account", accountId));
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "required", "令牌名称必填", "token name is required");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "mlx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = accounts.createToken(a.id(), name, sha256(token), expiresAt);
        audit.record("token.issue", "api_token", id, null,
                Map.of("account", a.username(), "name", name, "expiresAt", String.valueOf(expiresAt)));
        return new IssuedToken(id, token);
    }

    @Transactional
    public void revokeToken(long tokenId, long accountId) {
        accounts.revokeToken(tokenId, accountId, clock.instant());
        audit.record("token.revoke", "api_token", tokenId, null, Map.of("revoked", true));
    }

    @Transactional(readOnly = true)
    public Optional<MetrolexPrincipal> authenticateToken(String token) {
        return accounts.findByActiveToken(sha256(token), clock.instant()).map(IdentityManagement::principalOf);
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

    public record IssuedToken(long id, String token) {
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
