package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.ModuleFixtures;
import org.metrolex.support.ModuleIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification module alone (with instrument, party, region, identity, audit, rules and platform, no demo
 * province): a price-computing scale of a fresh enterprise is booked, assigned to a fresh institute, recorded,
 * signed and issued, then revoked, against real PostgreSQL; the events other modules will listen to are published.
 */
@Tag("date-sensitive")
@ModuleIntegrationTest
class VerificationModuleIntegrationTests {

    @Autowired VerificationManagement verifications;
    @Autowired VerificationQueries queries;
    @Autowired RecordingReadings recording;
    @Autowired SigningVerification signing;
    @Autowired IssuingCertificate issuing;
    @Autowired RevokingCertificate revoking;
    @Autowired CertificateChecks checks;
    @Autowired CertificateDocuments documents;
    @Autowired InstrumentManagement instruments;
    @Autowired PartyManagement parties;
    @Autowired RegionCatalogue regions;
    @Autowired AuditTrail audit;
    @Autowired JsonMapper json;
    @Autowired Clock clock;

    ModuleFixtures fixtures;
    Enterprise owner;
    Institution institute;
    long verifier;
    List<Long> signers;

    @BeforeEach
    void parties() {
        TestLogins.actAs("module-test");
        fixtures = new ModuleFixtures(parties, regions, clock);
        owner = fixtures.enterprise(ModuleFixtures.COUNTY, "MARKET");
        institute = fixtures.institution(ModuleFixtures.CITY, "电子计价秤");
        verifier = fixtures.verifier(institute.id(), "电子计价秤、数字指示秤").id();
        signers = List.of(fixtures.verifier(institute.id(), "电子计价秤").id(), fixtures.verifier(institute.id(), "电子计价秤").id());
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void aRecordedAndSignedVerificationIssuesANumberedCertificateAndPublishesCertificateIssued(Scenario scenario) {
        long instrument = scale();
        long id = recorded(instrument, fixtures.today(), VerificationFixtures.GOOD_SCALE);
        sign(id);
        LocalDate today = fixtures.today();
        scenario.stimulate(() -> issue(id, Conclusion.CONFORMING))
                .andWaitForEventOfType(CertificateIssued.class)
                .matching(e -> e.verificationId() == id)
                .toArriveAndVerify((event, certificate) -> {
                    assertThat(certificate.number()).matches(VerificationManagement.institutionCode(institute.id())
                            + "-" + today.getYear() + "-\\d{6}");
                    assertThat(certificate.nextDue()).isEqualTo(today.plusMonths(12));
                    assertThat(event.certificateId()).isEqualTo(certificate.id());
                    assertThat(event.instrumentId()).isEqualTo(instrument);
                    assertThat(event.ownerEnterpriseId()).isEqualTo(owner.id());
                    assertThat(event.institutionId()).isEqualTo(institute.id());
                    assertThat(event.kind()).isEqualTo(CertificateKind.CERTIFICATE);
                    assertThat(event.nextDue()).isEqualTo(today.plusMonths(12));
                });
        assertThat(queries.require(staff(), id).status().name()).isEqualTo("CERTIFIED");
    }

    @Test
    void revocationNeedsAReasonIsAuditedAndPublishesCertificateRevokedOnce(AssertablePublishedEvents events) {
        long id = recorded(scale(), fixtures.today(), VerificationFixtures.GOOD_SCALE);
        sign(id);
        Certificate c = issue(id, Conclusion.CONFORMING);
        assertThatThrownBy(() -> revoke(c.id(), " "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("reason"));
        Certificate revoked = revoke(c.id(), "检定员误用砝码");
        assertThat(revoked.valid()).isFalse();
        assertThatThrownBy(() -> revoke(c.id(), "再次撤销"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));
        assertThat(audit.recent("certificate", String.valueOf(c.id()), 0, 10)).extracting(e -> e.action())
                .contains("certificate.issue", "certificate.revoke");
        assertThat(events.ofType(CertificateRevoked.class).matching(e -> e.certificateId() == c.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.number()).isEqualTo(c.number());
                    assertThat(e.verificationId()).isEqualTo(id);
                    assertThat(e.revokedOn()).isEqualTo(fixtures.today());
                });
        assertThat(checks.publicCheck(c.number()).revokedReason()).isEqualTo("检定员误用砝码");
    }

    // ------------------------------------------------ moved from VerificationWorkflowIntegrationTests (no demo needed)

    @Test
    void aConclusionTheReadingsDoNotSupportIsRefusedAndTheTrueOneIsANotice() {
        long id = recorded(scale(), fixtures.today(), VerificationFixtures.BAD_SCALE);
        assertThat(queries.require(staff(), id).conforming()).isFalse();
        sign(id);
        assertThatThrownBy(() -> issue(id, Conclusion.CONFORMING))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.rule())
                        .containsExactly("CONCLUSION_NOT_SUPPORTED"));
        Certificate notice = issue(id, Conclusion.NON_CONFORMING);
        assertThat(notice.kind()).isEqualTo(CertificateKind.NON_CONFORMITY_NOTICE);
        assertThat(notice.nextDue()).isNull();
        assertThat(queries.require(staff(), id).status().name()).isEqualTo("NON_CONFORMING");
    }

    /**
     * ADR 0020: a certificate is signed by the verifier, a checker and an approver, in that order, three different
     * qualified people of the institution, before it can be issued; correcting the readings withdraws the signatures.
     */
    @Test
    void aCertificateIsSignedByVerifierCheckerAndApproverInThatOrderBeforeIssue() throws Exception {
        DataScope staff = staff();
        long standard = standard();
        long id = recorded(scale(), fixtures.today(), standard, VerificationFixtures.GOOD_SCALE);
        // unsigned: the legitimacy check refuses the issue and names both missing signatures
        assertThatThrownBy(() -> issuing.issue(staff, id, Conclusion.CONFORMING))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.rule() + "@" + e.field())
                        .containsExactlyInAnyOrder("SIGNATURE_MISSING@checker", "SIGNATURE_MISSING@approver"));
        // in order only, by someone else than the verifier, qualified for the instrument
        assertThatThrownBy(() -> signing.signApproval(staff, id, signers.get(1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));
        assertThatThrownBy(() -> signing.signCheck(staff, id, verifier))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("distinct"));
        assertThatThrownBy(() -> signing.signCheck(staff, id, fixtures.unqualifiedVerifier(institute.id()).id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("qualified"));
        assertThat(signing.signCheck(staff, id, signers.get(0)).status().name()).isEqualTo("CHECKED");
        assertThatThrownBy(() -> issuing.issue(staff, id, Conclusion.CONFORMING))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.rule() + "@" + e.field())
                        .containsExactly("SIGNATURE_MISSING@approver"));
        assertThatThrownBy(() -> signing.signApproval(staff, id, signers.get(0)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("distinct"));
        // corrected readings withdraw the check
        record(id, fixtures.today(), standard, VerificationFixtures.GOOD_SCALE);
        Verification corrected = queries.require(staff, id);
        assertThat(corrected.status().name()).isEqualTo("RECORDED");
        assertThat(corrected.checkerPersonId()).isNull();
        signing.signCheck(staff, id, signers.get(0));
        assertThat(signing.signApproval(staff, id, signers.get(1)).status().name()).isEqualTo("APPROVED");
        Certificate c = issuing.issue(staff, id, Conclusion.CONFORMING);
        assertThat(audit.recent("verification", String.valueOf(id), 0, 20)).extracting(e -> e.action())
                .contains("verification.check", "verification.approve");
        // the certificate prints the three people in their roles
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.pdf(staff, c.id()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        for (long person : List.of(verifier, signers.get(0), signers.get(1))) {
            assertThat(text).contains(parties.requirePerson(fixtures.province(), person).name());
        }
        assertThat(text).contains("检定员", "核验员", "批准人").doesNotContain("eccentricity").contains("称量");
    }

    // ------------------------------------------------ the module's use cases and its neighbours' APIs, called here only

    private DataScope staff() {
        return fixtures.institutionStaff(institute.id());
    }

    /** A price-computing scale of the owner in 长安区, with a unique serial number. */
    private long scale() {
        return instruments.file(fixtures.province(), new InstrumentDraft("PRICE_COMPUTING_SCALE", "测试衡器厂", "ACS-30",
                "VT-" + UUID.randomUUID().toString().substring(0, 12), null, "III", "30 kg", owner.id(),
                ModuleFixtures.COUNTY, null, "TRADE")).id();
    }

    /** A weight standard of the institute, assessed and calibrated. */
    private long standard() {
        return instruments.registerStandard(staff(), new MeasurementStandardDraft(institute.id(), "砝码标准装置（M1级，测试）",
                "[2024]冀量标法证字第" + (int) (Math.random() * 9000 + 1000) + "号", fixtures.today().plusYears(2),
                "JZ-T-" + UUID.randomUUID().toString().substring(0, 6), fixtures.today().plusMonths(6))).id();
    }

    /** Booked by the owner, assigned by the county, readings recorded by the institute's qualified verifier. */
    private long recorded(long instrument, LocalDate day, String readings) {
        return recorded(instrument, day, standard(), readings);
    }

    private long recorded(long instrument, LocalDate day, long standard, String readings) {
        long id = verifications.book(fixtures.enterpriseUser(owner.id()), instrument).id();
        verifications.assign(fixtures.officer(Role.COUNTY_OFFICER, ModuleFixtures.COUNTY), id, institute.id());
        record(id, day, standard, readings);
        return id;
    }

    /** Records (or corrects) the readings, by the qualified verifier with a 30 yuan fee. */
    private void record(long id, LocalDate day, long standard, String readings) {
        recording.record(staff(), id, new RecordingReadings.Recording(day, verifier, List.of(standard),
                json.readValue(readings, Readings.class), new BigDecimal("30.00"), false));
    }

    /** The checker, then the approver (ADR 0020). */
    private void sign(long id) {
        signing.signCheck(staff(), id, signers.get(0));
        signing.signApproval(staff(), id, signers.get(1));
    }

    private Certificate issue(long id, Conclusion conclusion) {
        return issuing.issue(staff(), id, conclusion);
    }

    private Certificate revoke(long certificateId, String reason) {
        return revoking.revoke(staff(), certificateId, reason);
    }
}
