package org.metrolex.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.persistence.Accounts;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Form login, Argon2id hashes, lockout after repeated failures, and API tokens. */
@MetrolexIntegrationTest
class IdentityIntegrationTests {

    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired Accounts accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private long newCountyOfficer(String username) {
        TestLogins.actAs("identity-tester");
        return identity.createAccount(username, "测试 " + username, "Correct-Horse-1", Role.COUNTY_OFFICER, "130104", null);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        long id = newCountyOfficer("hashcheck");
        String hash = accounts.findById(id).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("Correct-Horse-1");
    }

    @Test
    void aDemoUserLogsInWithTheFormAndLandsOnHome() throws Exception {
        mvc.perform(formLogin("/login").user("city").password("Metrolex-2026"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("city").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        newCountyOfficer("lockme");
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user("lockme").password("bad-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        // locked after the fifth, but answered like any failure: a distinct answer would reveal which names exist
        mvc.perform(formLogin("/login").user("lockme").password("bad-5")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("lockme").password("Correct-Horse-1")).andExpect(redirectedUrl("/login?error"));

        var account = accounts.findByUsername("lockme").orElseThrow();
        assertThat(account.failedAttempts()).isEqualTo(5);
        assertThat(account.lockedUntil()).isAfter(clock.instant().plus(14, ChronoUnit.MINUTES));

        TestLogins.actAs("admin");
        identity.unlock(account.id());
        mvc.perform(formLogin("/login").user("lockme").password("Correct-Horse-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void afterALockRunsOutOneMoreMistakeDoesNotLockAgain() throws Exception {
        long id = newCountyOfficer("lock-expired");
        jdbc.update("update app_user set failed_attempts = 5, locked_until = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(1, ChronoUnit.MINUTES)), id);
        mvc.perform(formLogin("/login").user("lock-expired").password("bad")).andExpect(redirectedUrl("/login?error"));
        var account = accounts.findById(id).orElseThrow();
        assertThat(account.failedAttempts()).isEqualTo(1);
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void aTokenAuthenticatesASystemClientUntilRevoked() throws Exception {
        long id = newCountyOfficer("system-client");
        var token = identity.issueToken(id, "county register sync", null);
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        identity.revokeToken(token.id());
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.messageEn").value("token is invalid, expired or revoked"));
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer mlx_not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        long id = newCountyOfficer("expired-client");
        var token = identity.issueToken(id, "old", clock.instant().minusSeconds(60));
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnauthenticatedApiCallGets401AndAPageRedirectsToLogin() throws Exception {
        mvc.perform(get("/api/enterprises")).andExpect(status().isUnauthorized());
        mvc.perform(get("/enterprises").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void accountRulesAreCheckedWithBilingualErrors() {
        TestLogins.actAs("identity-tester");
        try {
            identity.createAccount("bad-level", "x", "Correct-Horse-1", Role.CITY_OFFICER, "130102", null);
        } catch (RuleViolation v) {
            assertThat(v.errors().get(0).field()).isEqualTo("regionCode");
            assertThat(v.errors().get(0).messageEn()).contains("PREFECTURE");
            return;
        }
        throw new AssertionError("a city officer on a county region must be refused");
    }
}
