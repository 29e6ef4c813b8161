package org.metrolex.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.verification.CertificateIssued;
import org.metrolex.verification.CertificateRevoked;

/** The verification aggregate guards its steps and registers the events of issue and revocation. */
class VerificationCaseTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Legitimacy CLEAN = new Legitimacy(List.of());

    private static VerificationCase approved() {
        return new VerificationCase(7, 70, 3L, 30, "130102", VerificationStatus.APPROVED);
    }

    @Test
    void anIssueRegistersItsEventAndTheSecondIssueIsRefused() {
        VerificationCase v = approved();
        AtomicInteger numbers = new AtomicInteger();
        VerificationCase.Issue issue = v.issue(CLEAN, Conclusion.CONFORMING, TODAY, () -> LocalDate.of(2027, 3, 15),
                () -> new VerificationCase.CertificateSlot(100 + numbers.incrementAndGet(), "I00003-2026-000001"));
        assertThat(issue.kind()).isEqualTo(CertificateKind.CERTIFICATE);
        assertThat(issue.validUntil()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(v.status()).isEqualTo(VerificationStatus.CERTIFIED);
        assertThat(v.events()).singleElement().isEqualTo(new CertificateIssued(101, "I00003-2026-000001", CertificateKind.CERTIFICATE,
                7, 70, 3, 30, "130102", TODAY, LocalDate.of(2027, 3, 15)));
        assertThatThrownBy(() -> v.issue(CLEAN, Conclusion.CONFORMING, TODAY, () -> TODAY,
                () -> new VerificationCase.CertificateSlot(100 + numbers.incrementAndGet(), "x")))
                .isInstanceOfSatisfying(VerificationRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(VerificationRefused.Kind.CONFLICT);
                    assertThat(e.reasons()).singleElement().extracting(VerificationRefused.Reason::field, VerificationRefused.Reason::rule)
                            .containsExactly("status", "transition");
                });
        assertThat(numbers).as("no number is drawn for a refused issue").hasValue(1);
        assertThat(v.events()).hasSize(1);
    }

    @Test
    void aNoticeHasNoDueDateAndABlockingDefectRefusesWithEveryReason() {
        VerificationCase refused = approved();
        Legitimacy defective = new Legitimacy(List.of(
                new Defect(DefectCode.VERIFIER_NOT_QUALIFIED, "verifier", "检定员无资格", "the verifier is not qualified"),
                new Defect(DefectCode.NO_STANDARD_USED, "standards", "未使用计量标准", "no standard used")));
        assertThatThrownBy(() -> refused.issue(defective, Conclusion.CONFORMING, TODAY, () -> TODAY,
                () -> new VerificationCase.CertificateSlot(1, "x")))
                .isInstanceOfSatisfying(VerificationRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(VerificationRefused.Kind.INVALID);
                    assertThat(e.reasons()).extracting(VerificationRefused.Reason::rule)
                            .containsExactly("VERIFIER_NOT_QUALIFIED", "NO_STANDARD_USED");
                });
        assertThat(refused.status()).isEqualTo(VerificationStatus.APPROVED);
        assertThat(refused.events()).isEmpty();

        VerificationCase notice = approved();
        VerificationCase.Issue issue = notice.issue(CLEAN, Conclusion.NON_CONFORMING, TODAY, () -> {
            throw new AssertionError("a notice has no next due date");
        }, () -> new VerificationCase.CertificateSlot(5, "I00003-2026-000002"));
        assertThat(issue.nextDue()).isNull();
        assertThat(notice.status()).isEqualTo(VerificationStatus.NON_CONFORMING);
    }

    @Test
    void aCertificateIsRevokedOnceWithAReason() {
        VerificationCase v = new VerificationCase(7, 70, 3L, 30, "130102", VerificationStatus.CERTIFIED)
                .withCertificate(101, "I00003-2026-000001", true);
        assertThatThrownBy(() -> v.revoke(" ", TODAY)).isInstanceOfSatisfying(VerificationRefused.class,
                e -> assertThat(e.reasons()).singleElement().extracting(VerificationRefused.Reason::field).isEqualTo("reason"));
        v.revoke("读数抄错", TODAY);
        assertThat(v.events()).singleElement().isEqualTo(new CertificateRevoked(101, "I00003-2026-000001", 7, 70, 3, 30, "130102", TODAY));
        assertThatThrownBy(() -> v.revoke("again", TODAY)).isInstanceOfSatisfying(VerificationRefused.class, e -> {
            assertThat(e.kind()).isEqualTo(VerificationRefused.Kind.CONFLICT);
            assertThat(e.reasons()).singleElement().extracting(VerificationRefused.Reason::messageEn)
                    .isEqualTo("the certificate is already revoked");
        });
        assertThat(v.events()).hasSize(1);
    }

    @Test
    void stepsFollowTheOrderOfSignatures() {
        VerificationCase v = new VerificationCase(7, 70, 3L, 30, "130102", VerificationStatus.RECORDED);
        assertThatThrownBy(v::signApproval).isInstanceOf(VerificationRefused.class).hasMessageContaining("approve");
        v.signCheck();
        v.signApproval();
        assertThat(v.status()).isEqualTo(VerificationStatus.APPROVED);
        v.recordReadings();
        assertThat(v.status()).as("corrected readings withdraw the signatures").isEqualTo(VerificationStatus.RECORDED);
    }

    @Test
    void theRegistryKeepsOnlyTheEndOfAnAssessmentCertificate() {
        StandardUsed used = StandardUsed.of(new MeasurementStandard(1, 3, "砝码", "(冀)量标 001号", LocalDate.of(2027, 1, 1), "C-1",
                LocalDate.of(2026, 6, 1), "130102", 0));
        assertThat(used).isEqualTo(new StandardUsed("砝码", "(冀)量标 001号", StandardUsed.REGISTRY_ASSESSMENT_START,
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 1)));
        assertThat(StandardUsed.of(new MeasurementStandard(1, 3, "砝码", null, null, null, null, "130102", 0)).assessmentValidFrom()).isNull();
    }
}
