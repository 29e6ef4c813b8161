package org.metrolex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Loading rule files through the API and the page: a refused file lists every problem by line and stores and
 * audits nothing; an accepted one is versioned, audited and in the book at once; only the province
 * administrator may see or load editions. Every edition a test loads is removed afterwards (the test context,
 * and so the rule book, is shared with other test classes).
 */
@MetrolexIntegrationTest
class RuleEditionsIntegrationTests {

    /** A new edition of the fuel-dispenser rule far in the future: no decision of another test reaches it. */
    static String dispenserFile(String regulation, LocalDate from, String mpe) {
        return """
                # rule: mpe.fuel-dispenser
                # regulation: %s
                # clause: 测试条款
                # effective-from: %s
                # verified: false
                # source: integration test
                # kinds: INITIAL SUBSEQUENT
                # point-error: MEAN
                # repeatability-method: RANGE_OVER_DN
                # dn.3: 1.69
                quantity,mpe_pct,repeatability_pct,tag
                general,%s,0.10,S
                minimum-measured-quantity,0.50,0.20,S
                """.formatted(regulation, from, mpe);
    }

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuleBooks books;
    @Autowired Clock clock;

    @AfterEach
    void removeTestEditions() {
        removeLoaded(jdbc, books, "%(测试)%");
    }

    /** Removes the test's loads (a test-only step: the application never deletes a load) and rebuilds the book. */
    static void removeLoaded(JdbcTemplate jdbc, RuleBooks books, String regulationLike) {
        jdbc.update("update rule_edition set superseded_by = null where regulation like ?", regulationLike);
        jdbc.update("delete from rule_edition where regulation like ?", regulationLike);
        books.refresh();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void aFileWithProblemsIsRefusedWithEveryProblemByLineAndNothingIsStoredOrAudited() throws Exception {
        long editions = count("select count(*) from rule_edition");
        long audits = count("select count(*) from audit_entry where entity_type = 'rule-edition'");
        String bad = """
                # rule: mpe.scale
                # regulation: JJG 539-2098 (测试)
                # effective-from: 2025-13-01
                # verified: maybe
                class,above_e,up_to_e,mpe_e,tag
                III,,500,0.5,M
                III,500,2000,abc,M
                III,2000,10000
                """;
        mvc.perform(multipart("/api/rule-editions").file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("lines[3].effective-from", "lines[4].verified",
                        "lines[8].row", "lines[7].mpe_e")))
                .andExpect(jsonPath("$.errors[*].messageZh").value(hasItem(containsString("第 7 行"))))
                .andExpect(jsonPath("$.errors[*].messageEn").value(hasItem(containsString("must be a number"))));
        // a file that parses but does not compile for its rule: the row that breaks the compile is named
        String badClass = """
                # rule: mpe.scale
                # regulation: JJG 539-2097 (测试)
                # effective-from: 2025-01-01
                # verified: false
                class,above_e,up_to_e,mpe_e,tag
                III,,500,0.5,M
                V,500,2000,1.0,M
                """;
        mvc.perform(post("/api/rule-editions").param("fileName", "bad-class.csv").contentType("text/csv").content(badClass)
                        .with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("lines[7].row"))
                .andExpect(jsonPath("$.errors[0].rule").value("compiles"));
        // dates overlapping another edition of the rule
        String overlap = """
                # rule: mpe.scale
                # regulation: JJG 539-2096 (测试)
                # effective-from: 2010-01-01
                # effective-until: 2020-12-31
                # verified: false
                class,above_e,up_to_e,mpe_e,tag
                III,,500,0.5,M
                """;
        mvc.perform(post("/api/rule-editions").contentType("text/csv").content(overlap)
                        .with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("overlap"));
        // unknown rule, empty file
        mvc.perform(post("/api/rule-editions").contentType("text/csv").content(overlap.replace("mpe.scale", "mpe.no-such-rule"))
                        .with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].rule"));
        mvc.perform(post("/api/rule-editions").contentType("text/csv").content("")
                        .with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        // the page renders the same problems on the page, in a table by line
        mvc.perform(multipart("/admin/rule-editions").file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .param("confirm", "yes").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"row-errors\"")))
                .andExpect(content().string(containsString("“verified” 须为 true")));
        assertThat(count("select count(*) from rule_edition")).isEqualTo(editions);
        assertThat(count("select count(*) from audit_entry where entity_type = 'rule-edition'")).isEqualTo(audits);
    }

    @Test
    void anAcceptedFileIsVersionedAuditedAndInTheBookAtOnce() throws Exception {
        LocalDate from = LocalDate.now(clock).plusYears(30);
        long revisionBefore = books.current().number();
        mvc.perform(multipart("/api/rule-editions").file(new MockMultipartFile("file", "dispenser.csv", "text/csv",
                                dispenserFile("JJG 443-2056 (测试)", from, "0.30").getBytes(StandardCharsets.UTF_8)))
                        .param("reason", "测试加载").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.edition.version").value(1))
                .andExpect(jsonPath("$.edition.timing").value("UPCOMING"))
                .andExpect(jsonPath("$.edition.status").value("UNVERIFIED"));
        assertThat(books.current().number()).isGreaterThan(revisionBefore);
        assertThat(books.current().book().inForce("mpe.fuel-dispenser", from).edition().regulation()).isEqualTo("JJG 443-2056 (测试)");
        // the same file again is not a new version
        mvc.perform(post("/api/rule-editions").param("fileName", "dispenser.csv").contentType("text/csv")
                        .content(dispenserFile("JJG 443-2056 (测试)", from, "0.30")).with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isConflict());
        // a correction is version 2; version 1 is kept, marked superseded
        mvc.perform(post("/api/rule-editions").param("fileName", "dispenser-v2.csv").param("reason", "更正").contentType("text/csv")
                        .content(dispenserFile("JJG 443-2056 (测试)", from, "0.25")).with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.edition.version").value(2));
        assertThat(jdbc.queryForList("select version from rule_edition where regulation = 'JJG 443-2056 (测试)' and superseded_by is null",
                Integer.class)).containsExactly(2);
        assertThat(count("select count(*) from audit_entry where entity_type = 'rule-edition' and action = 'rule-edition.load' "
                + "and after_json like '%JJG 443-2056 (测试)%'")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select before_json from audit_entry where entity_type = 'rule-edition' "
                + "and after_json like '%JJG 443-2056 (测试)%' order by id desc limit 1", String.class)).contains("\"version\":1");
        mvc.perform(get("/api/rule-editions").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'mpe.fuel-dispenser')].editions[*].version").value(hasItem(2)))
                .andExpect(jsonPath("$.loads[0].version").value(2))
                .andExpect(jsonPath("$.loads[0].loadedBy").value("admin"));
    }

    @Test
    void editionsInForceShowTheirStatusAndStandInsAreCounted() throws Exception {
        mvc.perform(get("/api/rule-editions").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                // JJG 1204-2025: its tables not obtained, JJG 539-2016 values stand in
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'mpe.scale.price-computing')].editions[?(@.regulation =~ /JJG 1204.*/)].status")
                        .value(hasItem("STAND_IN")))
                // the 2023 tolerable-shortfall table stands in with the 2005 values; the demo's lots since 2024-10-12 used it
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'prepackage.tolerable-shortfall')].inForce.status").value(hasItem("STAND_IN")))
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'mpe.water-meter')].inForce.standInDecisions").value(hasItem((Object) null)));
        Long counted = jdbc.queryForObject("select count(*) from lot_inspection where status = 'DECIDED' and inspection_date >= date '2024-10-12' "
                + "and stand_in_editions like '%prepackage.tolerable-shortfall|JJF 1070-2023%'", Long.class);
        mvc.perform(get("/api/rule-editions").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'prepackage.tolerable-shortfall')].inForce.standInDecisions")
                        .value(hasItem(counted.intValue())));
        mvc.perform(get("/admin/rule-editions").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JJG 1204-2025")))
                .andExpect(content().string(containsString("代用")));
    }

    @Test
    void theApiIsDescribedInOpenApiWithBothUploadForms() throws Exception {
        // the description is for logged-in users (docs/security.md)
        mvc.perform(get("/v3/api-docs").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/rule-editions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/rule-editions'].post.requestBody.content['multipart/form-data']").exists())
                .andExpect(jsonPath("$.paths['/api/rule-editions'].post.requestBody.content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/verifications/{id}/redecide'].post").exists());
    }

    @Test
    void onlyTheProvinceAdministratorSeesOrLoadsEditions() throws Exception {
        for (Role role : new Role[]{Role.CITY_OFFICER, Role.COUNTY_OFFICER, Role.INSTITUTION_STAFF, Role.ENTERPRISE_USER}) {
            mvc.perform(get("/api/rule-editions").with(TestLogins.as(identity, role))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/rule-editions").with(TestLogins.as(identity, role))).andExpect(status().isForbidden());
            mvc.perform(post("/api/rule-editions").contentType("text/csv").content(dispenserFile("JJG 443-2055 (测试)", LocalDate.of(2090, 1, 1), "0.3"))
                    .with(csrf()).with(TestLogins.as(identity, role))).andExpect(status().isForbidden());
        }
        assertThat(count("select count(*) from rule_edition where regulation = 'JJG 443-2055 (测试)'")).isZero();
    }
}
