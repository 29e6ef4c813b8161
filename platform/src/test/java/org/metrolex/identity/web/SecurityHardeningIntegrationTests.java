package org.metrolex.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.RateLimits;
import org.metrolex.platform.web.RateLimits.Group;
import org.metrolex.platform.web.RateLimits.Limit;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The findings of the security test of issue 14, each as a regression: tokens expire, are revoked and
 * show their last use; public endpoints and the login form are rate-limited; logins, failures, logouts
 * and personal-data exports are audited; headers, the API description, CSRF in the query string and the
 * small leaks (tasks of an unknown campaign) are closed.
 */
@MetrolexIntegrationTest
class SecurityHardeningIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired RateLimits rateLimits;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Map<Group, Limit> original = new java.util.EnumMap<>(Group.class);

    @AfterEach
    void restore() {
        original.forEach(rateLimits::configure);
        original.clear();
        TestLogins.clear();
    }

    private void limit(Group group, String limit) {
        original.putIfAbsent(group, rateLimits.limit(group));
        rateLimits.configure(group, Limit.parse(limit));
    }

    private DemoLogins logins() {
        return new DemoLogins(identity);
    }

    private long newOfficer(String username) {
        TestLogins.actAs("security-tester");
        return identity.createAccount(username, "测试 " + username, "Correct-Horse-1", Role.COUNTY_OFFICER, "130104", null);
    }

    private Map<String, Object> lastAudit(String action) {
        return jdbc.queryForMap("select actor, entity_id, after_json from audit_entry where action = ? order by id desc limit 1", action);
    }

    // ------------------------------------------------------------------------------------ tokens

    @Test
    void aTokenWithoutExpiryGetsTheLongestLifetimeAndALaterExpiryIsRefusedNamingTheField() {
        long id = newOfficer("token-lifetime");
        Instant before = clock.instant();
        var token = identity.issueToken(id, "no expiry asked", null);
        assertThat(token.expiresAt()).isBetween(before.plus(Duration.ofDays(90)), clock.instant().plus(Duration.ofDays(90)));
        assertThat(identity.tokenMaxLifetime()).isEqualTo(Duration.ofDays(90));
        TestLogins.actAs("security-tester");
        RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> identity.issueToken(id, "ten years", clock.instant().plus(Duration.ofDays(3650))));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("expiresAt");
            assertThat(e.rule()).isEqualTo("max-lifetime");
            assertThat(e.messageZh()).contains("90 天");
            assertThat(e.messageEn()).contains("90 days");
        });
    }

    @Test
    void aTokenIssuedBeforeTheLimitWithoutExpiryStopsWorkingAtTheMaximumLifetime() throws Exception {
        long id = newOfficer("token-legacy");
        var token = identity.issueToken(id, "legacy, never expiring", null);
        jdbc.update("update api_token set expires_at = null, created_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(10))), token.id());
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        jdbc.update("update api_token set created_at = ? where id = ?", Timestamp.from(clock.instant().minus(Duration.ofDays(91))), token.id());
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isUnauthorized());
        assertThat(identity.token(token.id()).orElseThrow().standing(clock.instant()))
                .isEqualTo(org.metrolex.identity.domain.ApiToken.Standing.EXPIRED);
    }

    @Test
    void anAdministratorRevokesATokenThroughTheApiAndItIsRefusedAtOnceAndAudited() throws Exception {
        long id = newOfficer("token-revoke-api");
        var token = identity.issueToken(id, "county sync", null);
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        mvc.perform(get("/api/accounts/tokens").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + token.id() + ")].standing").value("ACTIVE"))
                .andExpect(jsonPath("$[?(@.id == " + token.id() + ")].lastUsedAt").isNotEmpty())
                .andExpect(content().string(not(containsString("mlx_"))));
        mvc.perform(post("/api/accounts/tokens/" + token.id() + "/revoke").with(logins().as("admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standing").value("REVOKED"));
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.messageZh").value(containsString("已撤销")));
        assertThat(lastAudit("token.revoke")).containsEntry("actor", "admin").containsEntry("entity_id", String.valueOf(token.id()));
        mvc.perform(post("/api/accounts/tokens/" + token.id() + "/revoke").with(logins().as("admin")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("tokenId"));
        mvc.perform(post("/api/accounts/tokens/99999999/revoke").with(logins().as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/accounts/tokens/" + token.id() + "/revoke").with(logins().as("city")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccountsPageRevokesATokenAfterAConfirmationPage() throws Exception {
        long id = newOfficer("token-revoke-page");
        var token = identity.issueToken(id, "页面撤销测试", null);
        var admin = logins().as("admin");
        mvc.perform(get("/admin/accounts").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"revoke-token-" + token.id() + "\"")))
                .andExpect(content().string(containsString("页面撤销测试")));
        // the POST without the confirmation only leads to the confirmation page
        mvc.perform(post("/admin/accounts/tokens/" + token.id() + "/revoke").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/tokens/" + token.id() + "/revoke"));
        assertThat(identity.token(token.id()).orElseThrow().revokedAt()).isNull();
        mvc.perform(get("/admin/accounts/tokens/" + token.id() + "/revoke").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"confirm-page\"")))
                .andExpect(content().string(containsString("页面撤销测试")))
                .andExpect(content().string(containsString("不可撤回")));
        mvc.perform(post("/admin/accounts/tokens/" + token.id() + "/revoke").param("confirm", "yes").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(identity.token(token.id()).orElseThrow().revokedAt()).isNotNull();
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokensLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        long id = newOfficer("token-last-use");
        var token = identity.issueToken(id, "busy client", null);
        assertThat(identity.token(token.id()).orElseThrow().lastUsedAt()).isNull();
        Instant recent = clock.instant().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(recent), token.id());
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        assertThat(identity.token(token.id()).orElseThrow().lastUsedAt()).isEqualTo(recent);
        Instant old = clock.instant().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(old), token.id());
        mvc.perform(get("/api/enterprises").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        assertThat(identity.token(token.id()).orElseThrow().lastUsedAt()).isAfter(recent);
    }

    // ------------------------------------------------------------------------------------ rate limits

    @Test
    void certificateLookupsAreLimitedPerClientWith429AndRetryAfter() throws Exception {
        limit(Group.CERTIFICATES, "3/1m");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/public/certificates/NO-SUCH-" + i))
                    .andExpect(header().string("RateLimit-Limit", "3"))
                    .andExpect(header().string("RateLimit-Remaining", String.valueOf(2 - i)));
        }
        mvc.perform(get("/api/public/certificates/NO-SUCH-4"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.messageZh").value(containsString("请求过于频繁")))
                .andExpect(jsonPath("$.messageEn").value(containsString("Too many requests")));
        String retry = mvc.perform(get("/public/certificates/NO-SUCH-5").accept(MediaType.TEXT_HTML))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retry)).isBetween(1L, 60L);
        // X-Forwarded-For is not believed unless a trusted proxy is configured: a forged header gets no fresh budget
        mvc.perform(get("/api/public/certificates/NO-SUCH-6").header("X-Forwarded-For", "203.0.113.9"))
                .andExpect(status().isTooManyRequests());
        // other public endpoints have their own budget
        mvc.perform(get("/api/public/institutions")).andExpect(status().isOk());
    }

    @Test
    void theLoginFormIsLimitedPerClient() throws Exception {
        limit(Group.LOGIN, "2/1m");
        mvc.perform(formLogin("/login").user("nobody-1").password("x")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-2").password("x")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("city").password("Metrolex-2026"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    // ------------------------------------------------------------------------------------ audit

    @Test
    void loginsFailuresAndLogoutsAreAuditedWithTheAddress() throws Exception {
        mvc.perform(formLogin("/login").user("city").password("Metrolex-2026")).andExpect(redirectedUrl("/"));
        assertThat(lastAudit("auth.login")).containsEntry("actor", "city");
        assertThat((String) lastAudit("auth.login").get("after_json")).contains("\"address\":\"127.0.0.1\"", "\"username\":\"city\"");

        String typed = "x".repeat(300);
        mvc.perform(formLogin("/login").user(typed).password("guess")).andExpect(redirectedUrl("/login?error"));
        String failure = (String) lastAudit("auth.login-failed").get("after_json");
        assertThat(failure).contains("\"knownAccount\":false", "\"address\":\"127.0.0.1\"", "x".repeat(64) + "…").doesNotContain("x".repeat(65));

        mvc.perform(post("/logout").with(logins().as("county")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(lastAudit("auth.logout")).containsEntry("actor", "county");
    }

    @Test
    void anUnknownNameIsAnsweredLikeALockedAccount() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user("no-such-user-lock").password("bad-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("锁定15分钟")))
                .andExpect(content().string(not(containsString("login-locked"))));
    }

    @Test
    void personalDataExportsAndPeopleListsAreAuditedWithFilterAndRowCount() throws Exception {
        mvc.perform(get("/enterprises/export").param("region", "130102").with(logins().as("city"))).andExpect(status().isOk());
        Map<String, Object> export = lastAudit("enterprise.export");
        assertThat(export).containsEntry("actor", "city");
        long rows = jdbc.queryForObject("select count(*) from enterprise where region_code like '130102%'", Long.class);
        assertThat((String) export.get("after_json")).contains("\"region\":\"130102\"", "\"rows\":" + rows, "\"format\":\"xlsx\"");

        mvc.perform(get("/api/people").param("role", "VERIFIER").with(logins().as("admin"))).andExpect(status().isOk());
        assertThat(lastAudit("person.list")).containsEntry("actor", "admin");
        assertThat((String) lastAudit("person.list").get("after_json")).contains("\"role\":\"VERIFIER\"", "\"format\":\"api\"", "\"rows\":");
    }

    // ------------------------------------------------------------------------------------ headers and leaks

    @Test
    void pagesCarryAStrictScriptPolicyAReferrerPolicyAndHstsOverHttps() throws Exception {
        String csp = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")))).doesNotContain("unsafe");
        mvc.perform(get("/").secure(true)).andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void theApiDescriptionIsForLoggedInUsersOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v3/api-docs").with(logins().as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }

    @Test
    void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
        long id = logins().principal("county").userId();
        mvc.perform(post("/admin/accounts/" + id + "/unlock?_csrf=anything").with(logins().as("admin")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(logins().as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(logins().as("admin")).with(csrf().asHeader()))
                .andExpect(redirectedUrl("/admin/accounts"));
    }

    @Test
    void theTasksAndFindingsOfACampaignThatIsNotThereAre404NotAnEmptyList() throws Exception {
        mvc.perform(get("/api/supervision/campaigns/99999999/tasks").with(logins().as("city"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/campaigns/99999999/findings").with(logins().as("city"))).andExpect(status().isNotFound());
        // a campaign of another region is answered the same way
        Long elsewhere = jdbc.queryForObject("select min(id) from supervision_campaign where region_code not like '1301%' "
                + "and region_code <> '130000'", Long.class);
        if (elsewhere != null) {
            mvc.perform(get("/api/supervision/campaigns/" + elsewhere + "/tasks").with(logins().as("city"))).andExpect(status().isNotFound());
        }
    }
}
