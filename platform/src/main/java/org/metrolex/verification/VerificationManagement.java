package org.metrolex.verification;

import java.util.Collection;
import java.util.List;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.CertificateNumber;
import org.springframework.stereotype.Service;

/**
 * The module's API for other modules (the portal, supervision, the demo loaders): a handful of commands and reads,
 * each delegated to its use case ({@link BookingVerification}, {@link AssigningInstitution},
 * {@link RecordingOverdueNotices}, {@link CertificateAudits}) or to {@link VerificationQueries}. The module's own web
 * controllers call the use cases directly.
 */
@Service
public class VerificationManagement {

    private final BookingVerification booking;
    private final AssigningInstitution assigning;
    private final RecordingOverdueNotices overdueNotices;
    private final VerificationQueries queries;
    private final CertificateDocuments documents;
    private final CertificateAudits certificateAudits;

    VerificationManagement(BookingVerification booking, AssigningInstitution assigning, RecordingOverdueNotices overdueNotices,
                           VerificationQueries queries, CertificateDocuments documents, CertificateAudits certificateAudits) {
        this.booking = booking;
        this.assigning = assigning;
        this.overdueNotices = overdueNotices;
        this.queries = queries;
        this.documents = documents;
        this.certificateAudits = certificateAudits;
    }

    /**
     * The short institution code printed in certificate numbers ({@link CertificateNumber}: 2–12 upper-case
     * letters or digits): "I" and the institution id zero-padded to five digits, e.g. {@code I00002}. Stable
     * and unique without a new registry field; a registered code (e.g. HBJL) can replace it later.
     */
    public static String institutionCode(long institutionId) {
        return "I" + String.format("%05d", institutionId);
    }

    /** Books a verification: the owner enterprise for its own instrument, or an officer for one in scope. */
    public Verification book(DataScope scope, Long instrumentId) {
        return booking.book(scope, instrumentId);
    }

    /** Assigns the verification to an institution authorised for its type and region today. */
    public Verification assign(DataScope scope, long id, Long institutionId) {
        return assigning.assign(scope, id, institutionId);
    }

    /** Records today's overdue notices and publishes {@link InstrumentOverdue} for each new one. */
    public int recordOverdueNotices() {
        return overdueNotices.recordOverdueNotices();
    }

    /** Verifications with the names a list shows. */
    public ResultPage<VerificationSummary> list(DataScope scope, String status, Integer page, Integer size) {
        return queries.list(scope, status, page, size);
    }

    /** Overdue instruments: officers by region, an enterprise its own; others none. */
    public ResultPage<OverdueInstrument> overdue(DataScope scope, Integer page, Integer size) {
        return queries.overdue(scope, page, size);
    }

    /** Overdue instruments of one enterprise within the caller's scope, by due date. */
    public List<OverdueInstrument> overdueOfEnterprise(DataScope scope, long enterpriseId) {
        return queries.overdueOfEnterprise(scope, enterpriseId);
    }

    /** Valid certificates (not notices) the scope may read, of the given institutions (empty: all). */
    public List<ValidCertificate> validCertificates(DataScope scope, Collection<Long> institutions) {
        return queries.validCertificates(scope, institutions);
    }

    /** A certificate the caller may read; 404 otherwise. */
    public Certificate requireCertificate(DataScope scope, long certificateId) {
        return documents.requireCertificate(scope, certificateId);
    }

    /**
     * The certificate audit ({@link CertificateAudits}: the rules of the legitimacy check on each certificate's own
     * verification date) over the certificates and notices with these ids that the officer's scope covers — one call
     * for a supervision certificate spot check.
     */
    public AuditReport auditCertificates(DataScope scope, Collection<Long> certificateIds) {
        return certificateAudits.auditCertificates(scope, certificateIds);
    }
}
