package org.metrolex.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.VerificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each procedure end to end on the demo province and a real PostgreSQL: institution authorisation with a
 * one-time request for missing documents and write-through to the scope the verification assignment checks;
 * standard approval by commitment with write-through and revocation; type approval refused; scope; uploads.
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
@RecordApplicationEvents
class LicensingWorkflowIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n% test document\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired LicensingQueries queries;
    @Autowired RevisingProcedure revising;
    @Autowired ApplyingForLicence applying;
    @Autowired UploadingDocument uploading;
    @Autowired AnsweringDocumentRequest answering;
    @Autowired DecidingApplication deciding;
    @Autowired CheckingCommitments checking;
    /** The application's clock (dates in China): a run between 16:00 and 24:00 UTC is already tomorrow there. */
    @Autowired Clock clock;
    @Autowired PartyManagement parties;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationManagement verifications;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void actor() {
        TestLogins.actAs("test");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    long institutionId() {
        return TestLogins.principal(identity, Role.INSTITUTION_STAFF).partyId();
    }

    @Test
    void institutionAuthorisationWithMissingDocumentsGrantsTheScopeTheVerificationAssignmentChecks() throws Exception {
        DataScope institution = scope(Role.INSTITUTION_STAFF);
        DataScope city = scope(Role.CITY_OFFICER);
        // A sphygmomanometer of the demo enterprise in 长安区 (130102, within 石家庄 130100).
        long enterpriseId = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
        long instrument = instruments.file(scope(Role.PROVINCE_ADMIN), new InstrumentDraft("SPHYGMOMANOMETER", "测试医疗器械厂", "XYJ-T",
                "LT-" + UUID.randomUUID().toString().substring(0, 10), null, null, null, enterpriseId, "130102", null, "HEALTH")).id();
        long verification = verifications.book(scope(Role.ENTERPRISE_USER), instrument).id();
        // Other tests in this JVM (verification forms, bulk ingestion) authorise the demo institute for
        // sphygmomanometers on their own lines; end those so this test starts from the demo's premise.
        LocalDate twoDaysAgo = LocalDate.now(clock).minusDays(2);
        jdbc.update("update institution_authorization set valid_until = ?, valid_from = least(valid_from, ?)"
                + " where institution_id = ? and instrument_type = '血压计（血压表）'", twoDaysAgo, twoDaysAgo, institutionId());
        assertThatThrownBy(() -> verifications.assign(scope(Role.COUNTY_OFFICER), verification, institutionId()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("authorised"));

        ApplicationView v = applying.apply(institution, new DossierDraft("INSTITUTION_AUTHORIZATION", "", "血压计（血压表）", "130100",
                "", null, false));
        long id = v.dossier().id();
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(v.missingDocuments()).hasSize(5);
        uploading.upload(institution, id, "application-form", "申请书.pdf", PDF);
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.ACCEPT));
        v = deciding.act(city, id, new StaffAction(StaffAction.Kind.REQUEST_DOCUMENTS, "", List.of("质量管理手册", "检定人员资格证明"), ""));
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.AWAITING_DOCUMENTS);
        assertThat(v.timeline().overall().stopped()).isTrue();
        assertThat(v.requestedItems()).containsExactly("质量管理手册", "检定人员资格证明");

        // 一次性告知: every listed item must be answered by an upload of its kind before the answer is accepted.
        uploading.upload(institution, id, "quality-manual", "手册.pdf", PDF);
        assertThatThrownBy(() -> answering.answer(institution, id))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.errors().get(0).rule()).isEqualTo("one-per-item");
                    assertThat(e.errors().get(0).messageZh()).contains("检定人员资格证明").doesNotContain("质量管理手册");
                    assertThat(e.errors().get(0).messageEn()).contains("检定人员资格证明");
                });
        uploading.upload(institution, id, "staff-qualifications", "资格.png", PNG);
        v = answering.answer(institution, id);
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(v.timeline().overall().stopped()).isFalse();
        assertThat(v.documents()).allSatisfy(d -> assertThat(d.scanStatus().name()).isEqualTo("NOT_SCANNED"));

        deciding.act(city, id, StaffAction.of(StaffAction.Kind.COMPLETE_REVIEW));
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.COMPLETE_ASSESSMENT));
        // Two required documents never uploaded: a grant is refused naming them, unless overridden with a reason, audited.
        assertThatThrownBy(() -> deciding.act(city, id, new StaffAction(StaffAction.Kind.GRANT, "条件符合", List.of(), "")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errors().get(0).field()).isEqualTo("documentsOverride");
                    assertThat(e.errors().get(0).messageZh()).contains("申请授权项目表").contains("计量标准及考核证书清单")
                            .doesNotContain("质量管理手册");
                });
        assertThat(queries.view(city, id).licence()).as("nothing granted").isNull();
        v = deciding.act(city, id, new StaffAction(StaffAction.Kind.GRANT, "条件符合", List.of(), "")
                .overridingMissingDocuments("项目表和标准清单已在现场核查时当面核验"));
        assertThat(jdbc.queryForObject("select after_json from audit_entry where action = 'licence-application.grant-with-missing-documents'"
                + " and entity_id = ?", String.class, String.valueOf(id))).contains("当面核验");
        assertThat(v.licence().number()).matches("\\(冀\\)法计\\(\\d{4}\\)\\d{5}号");
        assertThat(v.licence().validUntil()).isEqualTo(v.licence().validFrom().plusYears(5).minusDays(1));
        long licenceId = v.licence().id();
        assertThat(events.stream(LicenceGranted.class).filter(e -> e.applicationId() == id)).singleElement().satisfies(e -> {
            assertThat(e.licenceId()).isEqualTo(licenceId);
            assertThat(e.licenceType()).isEqualTo(LicenceType.INSTITUTION_AUTHORIZATION);
            assertThat(e.holderId()).isEqualTo(institutionId());
            assertThat(e.byCommitment()).isFalse();
        });
        v = deciding.act(city, id, StaffAction.of(StaffAction.Kind.ISSUE));
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(v.timeline().steps()).extracting(s -> s.step().kind())
                .containsExactly(StepKind.ACCEPTANCE, StepKind.REVIEW, StepKind.ASSESSMENT, StepKind.DECISION, StepKind.ISSUE);
        String number = v.licence().number();

        // Write-through: the institution's scope now has the line, and the assignment passes.
        assertThat(parties.requireInstitution(city, institutionId()).authorizations())
                .anySatisfy(a -> assertThat(a.certificateNo() + a.instrumentType()).isEqualTo(number + "血压计（血压表）"));
        assertThat(verifications.assign(scope(Role.COUNTY_OFFICER), verification, institutionId()).institutionId()).isEqualTo(institutionId());

        // Published, public fields only.
        String json = mvc.perform(get("/api/public/licences").param("q", number)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains(number, "INSTITUTION_AUTHORIZATION").doesNotContain("decidedBy", "applicationId", "holderId");

        // The licence PDF in Chinese, rendered to PNG to look at.
        byte[] pdf = queries.licencePdf(institution, id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Authorisation of a legal verification institution", "持证单位", number,
                    "血压计（血压表）", "石家庄市计量测试所");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path out = Path.of("target", "screenshots", "licence-authorisation.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "png", out.toFile());
        }
    }

    @Test
    void standardApprovalByCommitmentSetsTheAssessmentCertificateAndAFailedCheckRevokesIt() {
        DataScope institution = scope(Role.INSTITUTION_STAFF);
        DataScope admin = scope(Role.PROVINCE_ADMIN);
        MeasurementStandard standard = instruments.registerStandard(institution, new MeasurementStandardDraft(institutionId(),
                "压力标准装置（测试）", "", null, "JZ-L-" + UUID.randomUUID().toString().substring(0, 6), LocalDate.now(clock).plusMonths(6)));
        assertThat(standard.problemsOn(LocalDate.now(clock))).extracting(e -> e.field()).contains("assessmentCertificateNo");

        long id = applying.apply(institution, new DossierDraft("STANDARD_APPROVAL", "", "", "", "", standard.id(), true)).dossier().id();
        assertThatThrownBy(() -> deciding.act(admin, id, StaffAction.of(StaffAction.Kind.ACCEPT)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));
        ApplicationView v = deciding.act(admin, id, StaffAction.of(StaffAction.Kind.GRANT_BY_COMMITMENT));
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(v.licence().commitmentCheckDue()).isAfter(LocalDate.now(clock));
        MeasurementStandard approved = instruments.requireStandard(institution, standard.id());
        assertThat(approved.assessmentCertificateNo()).isEqualTo(v.licence().number());
        assertThat(approved.problemsOn(LocalDate.now(clock))).isEmpty();
        assertThat(queries.commitmentChecksDue(admin, LocalDate.now(clock).plusYears(1)))
                .anySatisfy(l -> assertThat(l.applicationId()).isEqualTo(id));

        assertThatThrownBy(() -> deciding.act(admin, id, StaffAction.of(StaffAction.Kind.REVOKE)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        v = deciding.act(admin, id, new StaffAction(StaffAction.Kind.REVOKE, "核查发现溯源证书不实", List.of(), ""));
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.REVOKED);
        long licenceId = v.licence().id();
        assertThat(events.stream(LicenceGranted.class).filter(e -> e.applicationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.byCommitment()).isTrue());
        assertThat(events.stream(LicenceRevoked.class).filter(e -> e.applicationId() == id)).singleElement().satisfies(e -> {
            assertThat(e.licenceId()).isEqualTo(licenceId);
            assertThat(e.revokedOn()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(v.licence().valid()).isFalse();
        assertThat(instruments.requireStandard(institution, standard.id()).problemsOn(LocalDate.now(clock)))
                .extracting(e -> e.field()).contains("assessmentValidUntil");
    }

    /** An institution authorisation granted by commitment {@code daysAgo} calendar days ago (its check is then due). */
    long authorisationByCommitment(String instrumentType, int daysAgo) {
        LocalDate on = LocalDate.now(clock).minusDays(daysAgo);
        long id = applying.apply(scope(Role.INSTITUTION_STAFF), new DossierDraft("INSTITUTION_AUTHORIZATION", "", instrumentType,
                "130100", "", null, true), on).dossier().id();
        ApplicationView v = deciding.act(scope(Role.CITY_OFFICER), id, StaffAction.of(StaffAction.Kind.GRANT_BY_COMMITMENT), on);
        assertThat(v.application().commitmentCheckPending()).isTrue();
        return id;
    }

    @Test
    void commitmentCheckOverdueIsFlaggedListedByRegionAndPassingClosesIt() throws Exception {
        DataScope city = scope(Role.CITY_OFFICER);
        long id = authorisationByCommitment("燃油加油机", 60);
        String number = queries.view(city, id).licence().number();

        // The daily job (by the injected clock) flags it once; running it again flags nothing more for it.
        checking.flagOverdueCommitmentChecks();
        CommitmentCheck check = queries.commitmentChecks(city, false).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow();
        assertThat(check.overdueSince()).isEqualTo(LocalDate.now(clock));
        assertThat(check.overdueOn(LocalDate.now(clock))).isTrue();
        assertThat(check.due()).isBefore(LocalDate.now(clock));
        checking.flagOverdueCommitmentChecks();
        assertThat(queries.commitmentChecks(city, false)).filteredOn(c -> c.applicationId() == id)
                .singleElement().satisfies(c -> assertThat(c.overdueSince()).isEqualTo(LocalDate.now(clock)));
        // Scoped: the province sees it; applicants may not list checks.
        assertThat(queries.commitmentChecks(scope(Role.PROVINCE_ADMIN), false)).anySatisfy(c -> assertThat(c.applicationId()).isEqualTo(id));
        assertThatThrownBy(() -> queries.commitmentChecks(scope(Role.INSTITUTION_STAFF), false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(403));
        String json = mvc.perform(get("/api/licensing/commitment-checks").with(TestLogins.as(identity, Role.CITY_OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains(number);

        // Passed: the check is closed, the licence and the authorisation stay.
        ApplicationView v = checking.recordCommitmentCheck(city, id, true, "现场核查承诺属实");
        assertThat(v.application().commitmentCheckPending()).isFalse();
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(v.licence().valid()).isTrue();
        assertThat(queries.commitmentChecks(city, false)).noneSatisfy(c -> assertThat(c.applicationId()).isEqualTo(id));
        assertThat(queries.commitmentChecks(city, true)).filteredOn(c -> c.applicationId() == id).singleElement()
                .satisfies(c -> {
                    assertThat(c.result()).isEqualTo("PASSED");
                    assertThat(c.note()).isEqualTo("现场核查承诺属实");
                    assertThat(c.checkedOn()).isEqualTo(LocalDate.now(clock));
                });
        assertThat(parties.requireInstitution(city, institutionId()).authorizations())
                .anySatisfy(a -> assertThat(a.certificateNo().equals(number) && a.validOn(LocalDate.now(clock))).isTrue());
        // A second result is refused.
        assertThatThrownBy(() -> checking.recordCommitmentCheck(city, id, false, "再次核查"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void failedCommitmentCheckRevokesTheLicenceAndWithdrawsTheInstitutionScope() throws Exception {
        DataScope city = scope(Role.CITY_OFFICER);
        long id = authorisationByCommitment("电子计价秤", 40);
        String number = queries.view(city, id).licence().number();
        assertThat(parties.requireInstitution(city, institutionId()).authorizations())
                .anySatisfy(a -> assertThat(a.certificateNo().equals(number) && a.validOn(LocalDate.now(clock))).isTrue());

        assertThatThrownBy(() -> checking.recordCommitmentCheck(city, id, false, " "))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        // A county officer of another region does not even see it (not found); only deciders record results.
        assertThatThrownBy(() -> checking.recordCommitmentCheck(scope(Role.COUNTY_OFFICER), id, false, "x"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isIn(403, 404));

        // Through the API: failed with a reason revokes the licence.
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/licence-applications/" + id + "/commitment-check").with(csrf())
                        .with(TestLogins.as(identity, Role.CITY_OFFICER))
                        .contentType("application/json").content("{\"passed\":false,\"reason\":\"计量标准考核证书与承诺不符\"}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("REVOKED");
        ApplicationView v = queries.view(city, id);
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.REVOKED);
        assertThat(v.licence().valid()).isFalse();
        assertThat(v.events().get(v.events().size() - 1).reason()).contains("计量标准考核证书与承诺不符");
        assertThat(queries.commitmentChecks(city, true)).filteredOn(c -> c.applicationId() == id).singleElement()
                .satisfies(c -> assertThat(c.result()).isEqualTo("FAILED"));
        assertThat(queries.commitmentChecks(city, false)).noneSatisfy(c -> assertThat(c.applicationId()).isEqualTo(id));
        // The write-through is withdrawn: the line ends the day before the revocation.
        assertThat(parties.requireInstitution(city, institutionId()).authorizations())
                .filteredOn(a -> a.certificateNo().equals(number))
                .isNotEmpty().allSatisfy(a -> assertThat(a.validUntil()).isEqualTo(LocalDate.now(clock).minusDays(1)));
        assertThat(v.events()).extracting(e -> e.kind().name()).endsWith("REVOKED");
    }

    @Test
    void anActionOnAnApplicationChangedMeanwhileIsRefusedWithReloadMessageOnPageAndApi() throws Exception {
        DataScope enterprise = scope(Role.ENTERPRISE_USER);
        DataScope city = scope(Role.CITY_OFFICER);
        long id = applying.apply(enterprise, new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "CC-" + UUID.randomUUID(), null, false))
                .dossier().id();
        int shown = queries.view(city, id).dossier().version();
        // Two officers had the same page open: the first accepts, the second's request for documents is refused.
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.ACCEPT), shown);
        assertThatThrownBy(() -> deciding.act(city, id, new StaffAction(StaffAction.Kind.REQUEST_DOCUMENTS, "", List.of("营业执照"), ""), shown))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errors().get(0).rule()).isEqualTo("concurrent-change");
                    assertThat(e.errors().get(0).messageZh()).contains("已被他人修改", "刷新");
                    assertThat(e.errors().get(0).messageEn()).contains("changed by someone else", "reload");
                });
        assertThat(queries.view(city, id).application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);

        // The API: 409 with the same message.
        var api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/licence-applications/" + id + "/actions").param("expectedVersion", String.valueOf(shown))
                        .with(csrf()).with(TestLogins.as(identity, Role.CITY_OFFICER))
                        .contentType("application/json").content("{\"kind\":\"COMPLETE_REVIEW\"}"))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains("changed by someone else");
        // The page: the application is shown again with the message, not a generic error.
        String pageAfter = org.metrolex.support.FormPosts.submit(mvc, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/licensing/applications/" + id + "/action").param("kind", "COMPLETE_REVIEW")
                        .param("version", String.valueOf(shown)).with(csrf()).with(TestLogins.as(identity, Role.CITY_OFFICER)),
                TestLogins.as(identity, Role.CITY_OFFICER));
        assertThat(pageAfter).contains("data-testid=\"form-errors\"", "已被他人修改");

        // Truly simultaneous actions without a version from a page: one wins, the other is refused with 409, never
        // a constraint error.
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    TestLogins.actAs("test");
                    start.await();
                    try {
                        deciding.act(city, id, StaffAction.of(StaffAction.Kind.COMPLETE_REVIEW));
                        return 200;
                    } catch (RuleViolation e) {
                        return e.status();
                    } finally {
                        TestLogins.clear();
                    }
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.view(city, id).events()).extracting(e -> e.kind().name()).containsOnlyOnce("REVIEW_COMPLETED");
    }

    @Test
    void uploadsAreCheckedByContentAndSize() throws Exception {
        long id = applying.apply(scope(Role.ENTERPRISE_USER), new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "U-" + UUID.randomUUID(),
                null, false)).dossier().id();
        var enterprise = org.metrolex.support.TestLogins.as(identity, Role.ENTERPRISE_USER);
        // a text file calling itself a PDF
        String body = mvc.perform(multipart("/api/licence-applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "just text".getBytes()))
                        .param("requirement", "application-form").with(enterprise).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"field\":\"file\"", "\"rule\":\"type\"");
        // one byte over the limit
        byte[] big = new byte[(int) queries.maxUploadBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var tooBig = mvc.perform(multipart("/api/licence-applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("requirement", "application-form").with(enterprise).with(csrf())).andReturn().getResponse();
        assertThat(tooBig.getStatus()).isEqualTo(400);
        assertThat(tooBig.getContentAsString()).contains("\"rule\":\"max-size\"");
        // an unknown document kind
        assertThatThrownBy(() -> uploading.upload(scope(Role.ENTERPRISE_USER), id, "nonsense", "a.pdf", PDF))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("requirement"));
        // a real PDF is stored with its type from the content and the scan recorded as "not scanned"
        var ok = mvc.perform(multipart("/api/licence-applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "form.bin", "application/octet-stream", PDF))
                        .param("requirement", "application-form").with(enterprise).with(csrf())).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(201);
        assertThat(ok.getContentAsString()).contains("\"contentType\":\"application/pdf\"", "\"scanStatus\":\"NOT_SCANNED\"");
        assertThat(queries.view(scope(Role.ENTERPRISE_USER), id).documents()).hasSize(1);
        // a file name with control characters is refused on the field (ADR 0022) ...
        var controls = mvc.perform(multipart("/api/licence-applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "passwd\"\r\n.pdf", "application/pdf", PDF))
                        .param("requirement", "application-form").with(enterprise).with(csrf())).andReturn().getResponse();
        assertThat(controls.getStatus()).isEqualTo(400);
        assertThat(controls.getContentAsString()).contains("\"field\":\"fileName\"");
        // ... a path as file name is kept as its base name, and sent back as a plain and an RFC 5987 name
        var traversal = mvc.perform(multipart("/api/licence-applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "../../../../etc/passwd\"<>.pdf", "application/pdf", PDF))
                        .param("requirement", "application-form").with(enterprise).with(csrf())).andReturn().getResponse();
        assertThat(traversal.getStatus()).isEqualTo(201);
        assertThat(traversal.getContentAsString()).contains("\"fileName\":\"passwd___.pdf\"").doesNotContain("..");
        long docId = queries.view(scope(Role.ENTERPRISE_USER), id).documents().stream()
                .filter(d -> d.fileName().startsWith("passwd")).findFirst().orElseThrow().id();
        String disposition = mvc.perform(get("/api/licence-applications/" + id + "/documents/" + docId).with(enterprise))
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).isEqualTo("attachment; filename=\"passwd___.pdf\"; filename*=UTF-8''passwd___.pdf");
        String chinese = uploading.upload(scope(Role.ENTERPRISE_USER), id, "application-form", "C:\\申请\\营业执照 (副本).pdf", PDF).fileName();
        assertThat(chinese).isEqualTo("营业执照 (副本).pdf");
    }

    @Test
    void statisticsCountAcceptedAndCompleted() {
        var stats = queries.statistics(scope(Role.PROVINCE_ADMIN), LocalDate.now(clock).minusYears(1), LocalDate.now(clock));
        assertThat(stats.byProcedure()).extracting(r -> r.key())
                .contains("TYPE_APPROVAL", "INSTITUTION_AUTHORIZATION", "STANDARD_APPROVAL");
        assertThat(stats.byProcedure()).allSatisfy(r -> assertThat(r.onTime()).isLessThanOrEqualTo(r.completed()));
        assertThatThrownBy(() -> queries.statistics(scope(Role.ENTERPRISE_USER), null, null)).isInstanceOf(RuleViolation.class);
    }
}
