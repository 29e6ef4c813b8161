package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.RuleEditionManagement;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edition loaded at run time decides verifications dated from its effective date, with no restart; a
 * correction (version 2) never changes a decision already made, which keeps citing version 1 until an
 * officer re-decides it (audited, editions before and after); an issued certificate is never re-decided.
 * The loaded editions are removed afterwards: the rule book is shared with the other test classes.
 */
@MetrolexIntegrationTest
class RuleEditionDecisionsIntegrationTests {

    private static final String REGULATION = "JJG 539-2099 (测试)";

    /**
     * A test edition of the scale MPE, class III only: 0.5 e, 1.0 e, then {@code top} e above 2000 e (the
     * shipped JJG 539-2016 has 1.5 e there). The fixtures' GOOD_SCALE errs 1.2 e at 30 kg = 6000 e.
     */
    static String scaleFile(LocalDate from, String top) {
        return """
                # rule: mpe.scale
                # regulation: %s
                # clause: 测试表
                # effective-from: %s
                # verified: false
                # source: integration test
                # kinds: INITIAL SUBSEQUENT
                # in-service-factor: 2
                class,above_e,up_to_e,mpe_e,tag
                III,,500,0.5,M
                III,500,2000,1.0,M
                III,2000,10000,%s,M
                """.formatted(REGULATION, from, top);
    }

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationQueries queries;
    @Autowired RedecidingVerification redeciding;
    @Autowired RuleEditionManagement editions;
    @Autowired RuleBooks books;
    @Autowired RegionCatalogue regions;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired Clock clock;

    VerificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        TestLogins.actAs("admin");
    }

    @AfterEach
    void removeTestEditions() {
        TestLogins.clear();
        jdbc.update("update rule_edition set superseded_by = null where regulation = ?", REGULATION);
        jdbc.update("delete from rule_edition where regulation = ?", REGULATION);
        books.refresh();
    }

    private DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    private long recorded(LocalDate day) {
        long id = fixtures.bookAndAssign(fixtures.scale());
        fixtures.record(id, day, fixtures.qualifiedVerifier(), fixtures.freshStandard(), VerificationFixtures.GOOD_SCALE);
        return id;
    }

    private void load(String file, String reason) {
        editions.load(scope(Role.PROVINCE_ADMIN), "scale-test.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8), reason);
    }

    @Test
    void aLoadedEditionDecidesFromItsDateAndACorrectionNeverChangesPastDecisions() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = today.minusDays(10);
        long before = recorded(today.minusDays(20));

        load(scaleFile(effective, "1.0"), "测试版本");
        // no restart: a decision dated before the effective date keeps JJG 539-2016, one dated after uses the new edition
        long old = recorded(today.minusDays(20));
        long v1 = recorded(today.minusDays(5));
        Verification oldEdition = queries.require(scope(Role.INSTITUTION_STAFF), old);
        assertThat(oldEdition.conforming()).isTrue();
        assertThat(oldEdition.editions()).contains("JJG 539-2016").doesNotContain(REGULATION);
        Verification decidedV1 = queries.require(scope(Role.INSTITUTION_STAFF), v1);
        assertThat(decidedV1.conforming()).as("1.2 e at 6000 e exceeds the test edition's 1.0 e").isFalse();
        assertThat(decidedV1.editions()).contains(REGULATION + " 测试表 v1");

        // the correction (version 2) admits 1.5 e again: new decisions use it ...
        load(scaleFile(effective, "1.5"), "更正：2000 e 以上为 1.5 e");
        long v2 = recorded(today.minusDays(5));
        assertThat(queries.require(scope(Role.INSTITUTION_STAFF), v2).conforming()).isTrue();
        assertThat(queries.require(scope(Role.INSTITUTION_STAFF), v2).editions()).contains(REGULATION + " 测试表 v2");
        // ... the decision made with version 1 keeps it, stored and recomputed alike
        Verification kept = queries.require(scope(Role.INSTITUTION_STAFF), v1);
        assertThat(kept.conforming()).isFalse();
        assertThat(kept.editions()).contains("v1");
        assertThat(queries.decision(scope(Role.INSTITUTION_STAFF), v1).conforming()).isFalse();
        assertThat(queries.require(scope(Role.INSTITUTION_STAFF), before).editions()).contains("JJG 539-2016");

        // re-deciding is explicit: offered to officers with old and new editions, refused to the institution, audited
        VerificationQueries.Redecision offer = queries.redecision(scope(Role.COUNTY_OFFICER), v1);
        assertThat(offer.mayRedecide()).isTrue();
        assertThat(offer.changes()).isTrue();
        assertThat(offer.editionsBefore()).contains("v1");
        assertThat(offer.editionsNow()).contains("v2");
        assertThatThrownBy(() -> redeciding.redecide(scope(Role.INSTITUTION_STAFF), v1))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(403));
        mvc.perform(get("/verifications/{id}", v1).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"redecide-card\"")))
                .andExpect(content().string(containsString(REGULATION + " 测试表 v1")));
        mvc.perform(post("/api/verifications/{id}/redecide", v1).with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conforming").value(true))
                .andExpect(jsonPath("$.editions").value(org.hamcrest.Matchers.containsString(REGULATION + " 测试表 v2")));
        var entry = audit.recent("verification", String.valueOf(v1), 0, 1).get(0);
        assertThat(entry.action()).isEqualTo("verification.redecide");
        assertThat(entry.actor()).isEqualTo("county");
        assertThat(entry.beforeJson()).contains("测试表 v1").contains("\"conforming\":false");
        assertThat(entry.afterJson()).contains("测试表 v2").contains("\"conforming\":true");
        // nothing left to re-decide
        mvc.perform(post("/api/verifications/{id}/redecide", v1).with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isConflict());

        // an issued certificate is never re-decided
        fixtures.issue(before);
        mvc.perform(post("/api/verifications/{id}/redecide", before).with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("recorded"));
        mvc.perform(get("/api/verifications/{id}/redecision", before).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayRedecide").value(false));
    }
}
