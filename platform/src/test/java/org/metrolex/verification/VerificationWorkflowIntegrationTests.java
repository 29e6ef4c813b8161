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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification workflow on the demo province: book → assign → record scale readings → decision
 * computed → issue, and each refusal on the way. Every test files its own instrument (unique serial).
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
@RecordApplicationEvents
class VerificationWorkflowIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationQueries queries;
    @Autowired BookingVerification booking;
    @Autowired SigningVerification signing;
    @Autowired IssuingCertificate issuing;
    @Autowired CertificateDocuments documents;
    @Autowired RecordingOverdueNotices overdueNotices;
    @Autowired RegionCatalogue regions;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired ApplicationEvents events;

    VerificationFixtures fixtures;
    long institutionId;
    long enterpriseId;

    @BeforeEach
    void logins() {
        fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        institutionId = fixtures.institutionId;
        enterpriseId = fixtures.enterpriseId;
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void theHappyPathIssuesANumberedCertificateWithTheNextDueDate() throws Exception {
        long instrument = fixtures.scale();
        long id = fixtures.bookAndAssign(instrument);
        long standard = fixtures.freshStandard();
        LocalDate day = LocalDate.now(clock);
        mvc.perform(post("/api/verifications/{id}/readings", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(recording(day, fixtures.qualifiedVerifier(), standard, VerificationFixtures.GOOD_SCALE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.conforming").value(true))
                .andExpect(jsonPath("$.feeYuan").value(30.0));
        mvc.perform(get("/api/verifications/{id}", id).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.conforming").value(true))
                .andExpect(jsonPath("$.decision.points[0].mpe.upper").exists());
        List<Long> signers = fixtures.signers();
        mvc.perform(post("/api/verifications/{id}/check", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + signers.get(0) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED"));
        mvc.perform(post("/api/verifications/{id}/approve", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + signers.get(1) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"CONFORMING\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CERTIFICATE"))
                .andExpect(jsonPath("$.number").value(matchesPattern(
                        VerificationManagement.institutionCode(institutionId) + "-" + day.getYear() + "-\\d{6}")))
                .andExpect(jsonPath("$.nextDue").value(day.plusMonths(12).toString()))
                .andExpect(jsonPath("$.validUntil").value(day.plusMonths(12).minusDays(1).toString()));
        assertThat(queries.require(scope(Role.ENTERPRISE_USER), id).status().name()).isEqualTo("CERTIFIED");
        // numbers are sequential per institution and year
        long id2 = fixtures.bookAndAssign(fixtures.scale());
        fixtures.record(id2, day, fixtures.qualifiedVerifier(), standard, VerificationFixtures.GOOD_SCALE);
        fixtures.sign(id2);
        String first = queries.certificateOf(scope(Role.INSTITUTION_STAFF), id).orElseThrow().number();
        String second = issuing.issue(scope(Role.INSTITUTION_STAFF), id2, Conclusion.CONFORMING).number();
        assertThat(Long.parseLong(second.substring(second.lastIndexOf('-') + 1)))
                .isGreaterThan(Long.parseLong(first.substring(first.lastIndexOf('-') + 1)));
    }

    @Test
    void assignmentToAnInstitutionNotAuthorisedForTheRegionIsRefused() throws Exception {
        long id = booking.book(scope(Role.ENTERPRISE_USER), fixtures.scale()).id();
        long elsewhere = jdbc.queryForObject(
                "select min(id) from institution where region_code not in ('130000', '130100')", Long.class);
        mvc.perform(post("/api/verifications/{id}/assign", id).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":" + elsewhere + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("institutionId"))
                .andExpect(jsonPath("$.errors[0].rule").value("authorised"));
        assertThat(queries.require(scope(Role.ENTERPRISE_USER), id).institutionId()).isNull();
    }

    @Test
    void issueIsRefusedWithEveryBlockingDefectListed() throws Exception {
        long id = fixtures.bookAndAssign(fixtures.scale());
        long expired = jdbc.queryForObject("select id from measurement_standard where institution_id = ? "
                + "and assessment_valid_until < ? order by id limit 1", Long.class, institutionId, LocalDate.now(clock));
        fixtures.record(id, LocalDate.now(clock), fixtures.unqualifiedVerifier(), expired, VerificationFixtures.BAD_SCALE);
        mvc.perform(post("/api/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"CONFORMING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].rule").value(hasItems("VERIFIER_NOT_QUALIFIED",
                        "STANDARD_ASSESSMENT_INVALID", "CONCLUSION_NOT_SUPPORTED")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("verifier.qualifications",
                        "standards[0].assessmentValidUntil", "claimedConclusion")));
        assertThat(queries.certificateOf(scope(Role.INSTITUTION_STAFF), id)).isEmpty();
        assertThat(queries.require(scope(Role.INSTITUTION_STAFF), id).status().name()).isEqualTo("RECORDED");
    }

    @Test
    void overdueInstrumentsAreListedByRegionAndToTheOwnerAndNoticedOnce() {
        long instrument = fixtures.scale();
        long id = fixtures.bookAndAssign(instrument);
        fixtures.record(id, LocalDate.now(clock).minusMonths(13), fixtures.qualifiedVerifier(), fixtures.freshStandard(), VerificationFixtures.GOOD_SCALE);
        fixtures.sign(id);
        Certificate c = issuing.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
        assertThat(c.nextDue()).isBefore(LocalDate.now(clock));

        assertThat(overdueIds(scope(Role.COUNTY_OFFICER))).contains(instrument);
        assertThat(overdueIds(scope(Role.ENTERPRISE_USER))).contains(instrument);
        DataScope otherCity = new DataScope(Role.CITY_OFFICER, "t", regions.selfAndDescendants("130200"), null);
        assertThat(overdueIds(otherCity)).doesNotContain(instrument);
        assertThat(overdueIds(scope(Role.INSTITUTION_STAFF))).isEmpty();

        assertThat(events.stream(CertificateIssued.class).filter(e -> e.certificateId() == c.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.instrumentId()).isEqualTo(instrument);
                    assertThat(e.ownerEnterpriseId()).isEqualTo(enterpriseId);
                    assertThat(e.nextDue()).isEqualTo(c.nextDue());
                    assertThat(e.kind()).isEqualTo(CertificateKind.CERTIFICATE);
                });

        assertThat(overdueNotices.recordOverdueNotices()).isPositive();
        assertThat(overdueNotices.recordOverdueNotices()).isZero();
        // once per instrument and due date: the second run published nothing for it
        assertThat(events.stream(InstrumentOverdue.class).filter(e -> e.instrumentId() == instrument)).singleElement()
                .satisfies(e -> {
                    assertThat(e.dueDate()).isEqualTo(c.nextDue());
                    assertThat(e.ownerEnterpriseId()).isEqualTo(enterpriseId);
                    assertThat(e.regionCode()).isNotBlank();
                });
        assertThat(queries.overdue(scope(Role.ENTERPRISE_USER), 1, 200).items())
                .filteredOn(o -> o.instrumentId() == instrument).singleElement()
                .satisfies(o -> assertThat(o.noticedAt()).isNotNull());

        // a new certificate takes the instrument off the list
        long again = fixtures.bookAndAssign(instrument);
        fixtures.record(again, LocalDate.now(clock), fixtures.qualifiedVerifier(), fixtures.freshStandard(), VerificationFixtures.GOOD_SCALE);
        fixtures.sign(again);
        issuing.issue(scope(Role.INSTITUTION_STAFF), again, Conclusion.CONFORMING);
        assertThat(overdueIds(scope(Role.COUNTY_OFFICER))).doesNotContain(instrument);
    }

    @Test
    void revocationNeedsAReasonAndIsAudited() throws Exception {
        long id = fixtures.bookAndAssign(fixtures.scale());
        fixtures.record(id, LocalDate.now(clock), fixtures.qualifiedVerifier(), fixtures.freshStandard(), VerificationFixtures.GOOD_SCALE);
        fixtures.sign(id);
        Certificate c = issuing.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
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
        // the refused attempt published nothing; the revocation once
        assertThat(events.stream(CertificateRevoked.class).filter(e -> e.certificateId() == c.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.number()).isEqualTo(c.number());
                    assertThat(e.verificationId()).isEqualTo(id);
                    assertThat(e.revokedOn()).isEqualTo(LocalDate.now(clock));
                });
        mvc.perform(post("/api/certificates/{id}/revoke", c.id()).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDetailPageShowsTheDecisionAndTheDefectsBeforeIssueAndTheOverduePageLoads() throws Exception {
        long id = fixtures.bookAndAssign(fixtures.scale());
        long expired = jdbc.queryForObject("select id from measurement_standard where institution_id = ? "
                + "and assessment_valid_until < ? order by id limit 1", Long.class, institutionId, LocalDate.now(clock));
        fixtures.record(id, LocalDate.now(clock), fixtures.qualifiedVerifier(), expired, VerificationFixtures.BAD_SCALE);
        mvc.perform(get("/verifications/{id}", id).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("data-testid=\"decision\""),
                                org.hamcrest.Matchers.containsString("STANDARD_ASSESSMENT_INVALID"),
                                org.hamcrest.Matchers.containsString("data-testid=\"issue\""))));
        org.assertj.core.api.Assertions.assertThat(org.metrolex.support.FormPosts.submit(mvc,
                        post("/verifications/{id}/issue", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .param("conclusion", "NON_CONFORMING"), TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .contains("data-testid=\"form-errors\"");
        mvc.perform(get("/overdue").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isOk());
        mvc.perform(get("/verifications").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- helpers

    private List<Long> overdueIds(DataScope scope) {
        return queries.overdue(scope, 1, 200).items().stream().map(OverdueInstrument::instrumentId).toList();
    }

    private DataScope scope(Role role) {
        return fixtures.scope(role);
    }

    private String recording(LocalDate day, long verifier, long standard, String readings) {
        return """
                {"verificationDate":"%s","verifierId":%d,"standardIds":[%d],"feeYuan":30.00,"readings":%s}"""
                .formatted(day, verifier, standard, readings);
    }
}
