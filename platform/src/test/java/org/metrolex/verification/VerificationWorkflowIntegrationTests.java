package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.DataScope;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.Role;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification workflow on the demo province: book → assign → record scale readings → decision
 * computed → issue, and each refusal on the way. Every test files its own instrument (unique serial).
 */
@MetrolexIntegrationTest
class VerificationWorkflowIntegrationTests {

    /** Class III, e = 5 g, Max 30 kg: the docs/cli.md `conformity` example, conforming. */
    private static final String GOOD_SCALE = """
            {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":30,"unit":"kg",
             "zero":{"load":0,"indication":0,"addedWeights":0.002},
             "loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":15,"indication":15.005,"addedWeights":0.004},
                      {"load":30,"indication":30.005,"addedWeights":0.001}]}""";
    /** The same scale reading 30 g heavy at Max: far outside the MPE. */
    private static final String BAD_SCALE = GOOD_SCALE.replace("\"indication\":30.005", "\"indication\":30.035");

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationManagement verifications;
    @Autowired RegionCatalogue regions;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    long institutionId;
    long enterpriseId;

    @BeforeEach
    void logins() {
        institutionId = TestLogins.principal(identity, Role.INSTITUTION_STAFF).partyId();
        enterpriseId = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void theHappyPathIssuesANumberedCertificateWithTheNextDueDate() throws Exception {
        long instrument = scale();
        long id = bookAndAssign(instrument);
        long standard = freshStandard();
        LocalDate day = LocalDate.now();
        mvc.perform(post("/api/verifications/{id}/readings", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(recording(day, qualifiedVerifier(), standard, GOOD_SCALE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.conforming").value(true))
                .andExpect(jsonPath("$.feeYuan").value(30.0));
        mvc.perform(get("/api/verifications/{id}", id).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.conforming").value(true))
                .andExpect(jsonPath("$.decision.points[0].mpe.upper").exists());
        mvc.perform(post("/api/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"CONFORMING\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CERTIFICATE"))
                .andExpect(jsonPath("$.number").value(matchesPattern(
                        VerificationManagement.institutionCode(institutionId) + "-" + day.getYear() + "-\\d{6}")))
                .andExpect(jsonPath("$.nextDue").value(day.plusMonths(12).toString()))
                .andExpect(jsonPath("$.validUntil").value(day.plusMonths(12).minusDays(1).toString()));
        assertThat(verifications.require(scope(Role.ENTERPRISE_USER), id).status().name()).isEqualTo("CERTIFIED");
        // numbers are sequential per institution and year
        long id2 = bookAndAssign(scale());
        record(id2, day, qualifiedVerifier(), standard, GOOD_SCALE);
        String first = verifications.certificateOf(scope(Role.INSTITUTION_STAFF), id).orElseThrow().number();
        String second = verifications.issue(scope(Role.INSTITUTION_STAFF), id2, Conclusion.CONFORMING).number();
        assertThat(Long.parseLong(second.substring(second.lastIndexOf('-') + 1)))
                .isGreaterThan(Long.parseLong(first.substring(first.lastIndexOf('-') + 1)));
    }

    @Test
    void assignmentToAnInstitutionNotAuthorisedForTheRegionIsRefused() throws Exception {
        long id = verifications.book(scope(Role.ENTERPRISE_USER), scale()).id();
        long elsewhere = jdbc.queryForObject(
                "select min(id) from institution where region_code not in ('130000', '130100')", Long.class);
        mvc.perform(post("/api/verifications/{id}/assign", id).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":" + elsewhere + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("institutionId"))
                .andExpect(jsonPath("$.errors[0].rule").value("authorised"));
        assertThat(verifications.require(scope(Role.ENTERPRISE_USER), id).institutionId()).isNull();
    }

    @Test
    void issueIsRefusedWithEveryBlockingDefectListed() throws Exception {
        long id = bookAndAssign(scale());
        long expired = jdbc.queryForObject("select id from measurement_standard where institution_id = ? "
                + "and assessment_valid_until < current_date order by id limit 1", Long.class, institutionId);
        record(id, LocalDate.now(), unqualifiedVerifier(), expired, BAD_SCALE);
        mvc.perform(post("/api/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"CONFORMING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].rule").value(hasItems("VERIFIER_NOT_QUALIFIED",
                        "STANDARD_ASSESSMENT_INVALID", "CONCLUSION_NOT_SUPPORTED")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("verifier.qualifications",
                        "standards[0].assessmentValidUntil", "claimedConclusion")));
        assertThat(verifications.certificateOf(scope(Role.INSTITUTION_STAFF), id)).isEmpty();
        assertThat(verifications.require(scope(Role.INSTITUTION_STAFF), id).status().name()).isEqualTo("RECORDED");
    }

    @Test
    void aConclusionTheReadingsDoNotSupportIsRefusedAndTheTrueOneIsANotice() {
        long id = bookAndAssign(scale());
        record(id, LocalDate.now(), qualifiedVerifier(), freshStandard(), BAD_SCALE);
        assertThat(verifications.require(scope(Role.INSTITUTION_STAFF), id).conforming()).isFalse();
        assertThatThrownBy(() -> verifications.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.rule())
                        .containsExactly("CONCLUSION_NOT_SUPPORTED"));
        Certificate notice = verifications.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.NON_CONFORMING);
        assertThat(notice.kind()).isEqualTo(CertificateKind.NON_CONFORMITY_NOTICE);
        assertThat(notice.nextDue()).isNull();
        assertThat(verifications.require(scope(Role.INSTITUTION_STAFF), id).status().name()).isEqualTo("NON_CONFORMING");
    }

    @Test
    void overdueInstrumentsAreListedByRegionAndToTheOwnerAndNoticedOnce() {
        long instrument = scale();
        long id = bookAndAssign(instrument);
        record(id, LocalDate.now().minusMonths(13), qualifiedVerifier(), freshStandard(), GOOD_SCALE);
        Certificate c = verifications.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
        assertThat(c.nextDue()).isBefore(LocalDate.now());

        assertThat(overdueIds(scope(Role.COUNTY_OFFICER))).contains(instrument);
        assertThat(overdueIds(scope(Role.ENTERPRISE_USER))).contains(instrument);
        DataScope otherCity = new DataScope(Role.CITY_OFFICER, "t", regions.selfAndDescendants("130200"), null);
        assertThat(overdueIds(otherCity)).doesNotContain(instrument);
        assertThat(overdueIds(scope(Role.INSTITUTION_STAFF))).isEmpty();

        assertThat(verifications.recordOverdueNotices()).isPositive();
        assertThat(verifications.recordOverdueNotices()).isZero();
        assertThat(verifications.overdue(scope(Role.ENTERPRISE_USER), 1, 200).items())
                .filteredOn(o -> o.instrumentId() == instrument).singleElement()
                .satisfies(o -> assertThat(o.noticedAt()).isNotNull());

        // a new certificate takes the instrument off the list
        long again = bookAndAssign(instrument);
        record(again, LocalDate.now(), qualifiedVerifier(), freshStandard(), GOOD_SCALE);
        verifications.issue(scope(Role.INSTITUTION_STAFF), again, Conclusion.CONFORMING);
        assertThat(overdueIds(scope(Role.COUNTY_OFFICER))).doesNotContain(instrument);
    }

    @Test
    void revocationNeedsAReasonAndIsAudited() throws Exception {
        long id = bookAndAssign(scale());
        record(id, LocalDate.now(), qualifiedVerifier(), freshStandard(), GOOD_SCALE);
        Certificate c = verifications.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
        mvc.perform(post("/api/certificates/{id}/revoke", c.id()).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/certificates/{id}/revoke", c.id()).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"检定员误用砝码\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedReason").value("检定员误用砝码"));
        assertThat(audit.recent("certificate", String.valueOf(c.id()), 0, 10)).extracting(e -> e.action())
                .contains("certificate.issue", "certificate.revoke");
        mvc.perform(post("/api/certificates/{id}/revoke", c.id()).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDetailPageShowsTheDecisionAndTheDefectsBeforeIssueAndTheOverduePageLoads() throws Exception {
        long id = bookAndAssign(scale());
        long expired = jdbc.queryForObject("select id from measurement_standard where institution_id = ? "
                + "and assessment_valid_until < current_date order by id limit 1", Long.class, institutionId);
        record(id, LocalDate.now(), qualifiedVerifier(), expired, BAD_SCALE);
        mvc.perform(get("/verifications/{id}", id).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("data-testid=\"decision\""),
                                org.hamcrest.Matchers.containsString("STANDARD_ASSESSMENT_INVALID"),
                                org.hamcrest.Matchers.containsString("data-testid=\"issue\""))));
        mvc.perform(post("/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .param("conclusion", "NON_CONFORMING"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("data-testid=\"errors\"")));
        mvc.perform(get("/overdue").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isOk());
        mvc.perform(get("/verifications").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- helpers

    private List<Long> overdueIds(DataScope scope) {
        return verifications.overdue(scope, 1, 200).items().stream().map(OverdueInstrument::instrumentId).toList();
    }

    private DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    /** A price-computing scale of the demo enterprise in 长安区, with a unique serial number. */
    private long scale() {
        return instruments.file(scope(Role.PROVINCE_ADMIN), new InstrumentDraft("PRICE_COMPUTING_SCALE", "测试衡器厂", "ACS-30",
                "VT-" + UUID.randomUUID().toString().substring(0, 12), null, "III", "30 kg", enterpriseId, "130102", null, "TRADE")).id();
    }

    private long bookAndAssign(long instrument) {
        long id = verifications.book(scope(Role.ENTERPRISE_USER), instrument).id();
        return verifications.assign(scope(Role.COUNTY_OFFICER), id, institutionId).id();
    }

    private long freshStandard() {
        return instruments.registerStandard(scope(Role.INSTITUTION_STAFF), new MeasurementStandardDraft(institutionId,
                "砝码标准装置（M1级，测试）", "[2024]冀量标法证字第" + (int) (Math.random() * 9000 + 1000) + "号",
                LocalDate.now().plusYears(2), "JZ-T-" + UUID.randomUUID().toString().substring(0, 6), LocalDate.now().plusMonths(6))).id();
    }

    private long qualifiedVerifier() {
        return jdbc.queryForObject("select min(p.id) from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and q.scope like '%电子计价秤%' and q.valid_from <= current_date - 400 "
                + "and q.valid_until > current_date", Long.class, institutionId);
    }

    private long unqualifiedVerifier() {
        return jdbc.queryForObject("select min(p.id) from person p where p.institution_id = ? and not exists "
                + "(select 1 from qualification q where q.person_id = p.id and q.scope like '%电子计价秤%')", Long.class, institutionId);
    }

    private String recording(LocalDate day, long verifier, long standard, String readings) {
        return """
                {"verificationDate":"%s","verifierId":%d,"standardIds":[%d],"feeYuan":30.00,"readings":%s}"""
                .formatted(day, verifier, standard, readings);
    }

    private void record(long id, LocalDate day, long verifier, long standard, String readings) {
        verifications.record(scope(Role.INSTITUTION_STAFF), id, new VerificationManagement.Recording(day, verifier,
                List.of(standard), json.readValue(readings, Readings.class), new BigDecimal("30.00"), false));
    }
}
