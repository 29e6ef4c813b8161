package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.metrolex.verification.CertificateIssued;
import org.metrolex.verification.CertificateRevoked;

/**
 * One verification with its certificate, as the aggregate that guards the steps of ADR 0020: readings recorded,
 * checked, approved, then one certificate or notice issued, which may later be revoked once. Every step checks the
 * current state and refuses an illegal one ({@link VerificationRefused}); issue and revocation register the event
 * other modules listen to, published by the use case after the change is stored.
 */
public final class VerificationCase {

    /** The certificate slot the issue fills: its id and number, allocated only once the issue is allowed. */
    public record CertificateSlot(long certificateId, String number) {
    }

    /**
     * What an issue decided: the document's id, number and kind, for a certificate its validity and the next due
     * date, and the warnings of the legitimacy check printed with it.
     */
    public record Issue(long certificateId, String number, CertificateKind kind, LocalDate validUntil, LocalDate nextDue,
                        List<Defect> warnings) {
    }

    private final long id;
    private final long instrumentId;
    private final Long institutionId;
    private final long ownerEnterpriseId;
    private final String regionCode;
    private VerificationStatus status;
    private Long certificateId;
    private String certificateNumber;
    private boolean certificateValid;
    private final List<Object> events = new ArrayList<>();

    public VerificationCase(long id, long instrumentId, Long institutionId, long ownerEnterpriseId, String regionCode,
                            VerificationStatus status) {
        this.id = id;
        this.instrumentId = instrumentId;
        this.institutionId = institutionId;
        this.ownerEnterpriseId = ownerEnterpriseId;
        this.regionCode = regionCode;
        this.status = status;
    }

    /** The case with the certificate or notice issued for it. */
    public VerificationCase withCertificate(long certificateId, String number, boolean valid) {
        this.certificateId = certificateId;
        this.certificateNumber = number;
        this.certificateValid = valid;
        return this;
    }

    public VerificationStatus status() {
        return status;
    }

    /** The events registered since the case was loaded, in order. */
    public List<Object> events() {
        return Collections.unmodifiableList(events);
    }

    public void assign() {
        require(status.mayAssign(), "assign");
        status = VerificationStatus.ASSIGNED;
    }

    /** Readings recorded or corrected: withdraws a check and an approval given before (ADR 0020). */
    public void recordReadings() {
        require(status.mayRecord(), "record");
        status = VerificationStatus.RECORDED;
    }

    public void signCheck() {
        require(status.mayCheck(), "check");
        status = VerificationStatus.CHECKED;
    }

    public void signApproval() {
        require(status.mayApprove(), "approve");
        status = VerificationStatus.APPROVED;
    }

    /**
     * Issues the certificate (conforming) or notice of non-conformity. Refused when the state does not allow it (a
     * second issue included) or when the legitimacy check found a blocking defect, every one listed.
     *
     * @param nextDue the next due date of a conforming instrument (asked only for a certificate)
     * @param slot    the certificate id and number, allocated only once the issue is allowed
     */
    public Issue issue(Legitimacy legitimacy, Conclusion conclusion, LocalDate issuedOn, Supplier<LocalDate> nextDue,
                       Supplier<CertificateSlot> slot) {
        requireIssuable();
        if (!legitimacy.issuable()) {
            throw new VerificationRefused(VerificationRefused.Kind.INVALID, legitimacy.blocking().stream()
                    .map(d -> new VerificationRefused.Reason(d.field(), d.code().name(), d.messageZh(), d.messageEn())).toList());
        }
        CertificateKind kind = CertificateKind.of(conclusion);
        LocalDate due = kind == CertificateKind.CERTIFICATE ? nextDue.get() : null;
        CertificateSlot s = slot.get();
        status = kind == CertificateKind.CERTIFICATE ? VerificationStatus.CERTIFIED : VerificationStatus.NON_CONFORMING;
        withCertificate(s.certificateId(), s.number(), true);
        events.add(new CertificateIssued(s.certificateId(), s.number(), kind, id, instrumentId, institutionId, ownerEnterpriseId,
                regionCode, issuedOn, due));
        return new Issue(s.certificateId(), s.number(), kind, due == null ? null : due.minusDays(1), due, legitimacy.warnings());
    }

    /** Refuses when the state does not allow an issue (before its facts are read): once, from the readings on. */
    public void requireIssuable() {
        require(status.mayIssue() && certificateId == null, "issue");
    }

    /** Revokes the certificate or notice, once, with a reason. */
    public void revoke(String reason, LocalDate revokedOn) {
        if (reason == null || reason.isBlank()) {
            throw VerificationRefused.invalid("reason", "required", "撤销原因必填", "the reason for revocation is required");
        }
        if (certificateId == null || !certificateValid) {
            throw VerificationRefused.conflict("status", "valid", "证书已撤销", "the certificate is already revoked");
        }
        certificateValid = false;
        events.add(new CertificateRevoked(certificateId, certificateNumber, id, instrumentId, institutionId, ownerEnterpriseId,
                regionCode, revokedOn));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw VerificationRefused.conflict("status", "transition", "当前状态 " + status + " 不允许此操作：" + action,
                    "the current status " + status + " does not allow: " + action);
        }
    }
}
