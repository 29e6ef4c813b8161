package org.metrolex.verification.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.SignedDocument;
import org.metrolex.verification.Verification;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.VerificationStatus;

/**
 * Stored verifications and certificates. Every read takes the caller's {@link DataScope}: officers by
 * the instrument's region, the owner enterprise its own, institution staff what is assigned to or
 * issued by their institution.
 */
public interface Verifications {

    ResultPage<Verification> search(DataScope scope, String status, int page, int size);

    /**
     * {@link #search} with the names a list shows, read in the same statement: instrument category and serial
     * number, owner, institution and certificate number ({@code Listed}).
     */
    ResultPage<Listed> searchListed(DataScope scope, String status, int page, int size);

    /** A verification with the names of its instrument, owner and institution and its document number. */
    record Listed(Verification verification, String categoryNameZh, String categoryNameEn, String serialNumber, String ownerName,
                  String institutionName, String documentNumber) {
    }

    Optional<Verification> find(DataScope scope, long id);

    Optional<Certificate> certificateOf(DataScope scope, long verificationId);

    /** Valid certificates in scope, of the given institutions (empty: all), in certificate id order, with their instrument's region. */
    List<org.metrolex.verification.ValidCertificate> findValidCertificates(DataScope scope, java.util.Collection<Long> institutions);

    Optional<Certificate> findCertificate(DataScope scope, long certificateId);

    long insert(long instrumentId, long ownerEnterpriseId, String regionCode);

    void assign(long id, long institutionId);

    void record(long id, LocalDate verificationDate, long verifierPersonId, List<Long> standardIds, String readingsJson,
                boolean conforming, boolean anyUnverified, String editions, BigDecimal feeYuan, boolean feeWaived,
                long ruleBookRevision, String standInEditions);

    /** Replaces the decision summary of a recorded verification (re-decided with a newer rule book). */
    void redecide(long id, boolean conforming, boolean anyUnverified, String editions, long ruleBookRevision, String standInEditions);

    /**
     * Recorded or issued verifications in scope dated from {@code from} to {@code until} (null: open) decided
     * with the edition {@code standInKey} ("rule-id|regulation") in force and another edition's values.
     */
    long countDecidedWithStandIn(DataScope scope, String standInKey, LocalDate from, LocalDate until);

    /** The checker's signature (核验); the status becomes CHECKED. */
    void check(long id, long checkerPersonId, OffsetDateTime at, String by);

    /** The approver's signature (批准); the status becomes APPROVED. */
    void approve(long id, long approverPersonId, OffsetDateTime at, String by);

    void setStatus(long id, VerificationStatus status);

    /** The next sequence value for the institution and year, atomically (gaps after a rollback are allowed). */
    long nextCertificateSequence(long institutionId, int year);

    /** A new certificate id from the table's own sequence, so the issue can name it before the row is written. */
    long nextCertificateId();

    void insertCertificate(long certificateId, long verificationId, String number, long institutionId, CertificateKind kind,
                           LocalDate validUntil, LocalDate nextDue);

    void revokeCertificate(long certificateId, String reason);

    /** Stores the signed canonical XML of an issued certificate (same transaction as the issue). */
    /** Stores the document only if the certificate has none yet; false when one was already there. */
    boolean storeDocumentIfAbsent(long certificateId, SignedDocument d);

    void storeDocument(long certificateId, SignedDocument document);

    /** The signed XML of a certificate the caller may read; empty if not visible or issued before documents were kept. */
    Optional<SignedDocument> documentOf(DataScope scope, long certificateId);

    /**
     * The public facts of any certificate by its number, unscoped by design (the public check): one query
     * joining the certificate, its verification, the instrument, its category and the owner, selecting
     * only the columns the public answer shows. Nothing else (readings, people, institution data) is read.
     */
    Optional<PublicFacts> publicByNumber(String number);

    /** What the public check reads of a certificate: its own public columns, the category's names, the owner's name. */
    record PublicFacts(String number, CertificateKind kind, String status, OffsetDateTime issuedAt, LocalDate validUntil,
                       LocalDate nextDue, String revokedReason, String categoryNameZh, String categoryNameEn, String ownerName) {

        public boolean valid() {
            return "VALID".equals(status);
        }
    }

    /**
     * The latest valid document of each of these instruments that the scope covers (by the instrument's own
     * region and owner), read from {@code instrument_due} (ADR 0010) with its certificate, verification and the
     * overdue notice for its due date; an instrument without one has a row with null document columns.
     */
    List<StandingRow> findStandings(DataScope scope, java.util.Collection<Long> instrumentIds);

    /** The same row for the public QR page, unscoped by design (the caller shows public fields only). */
    Optional<StandingRow> publicStandingOf(long instrumentId);

    /** One instrument's latest valid document; every column after {@code instrumentId} is null when it has none. */
    record StandingRow(long instrumentId, Long verificationId, LocalDate verificationDate, String number, CertificateKind kind,
                       OffsetDateTime issuedAt, LocalDate validUntil, LocalDate nextDue, OffsetDateTime noticedAt,
                       OffsetDateTime noticeReadAt) {
    }

    /** The public key (base64 SubjectPublicKeyInfo) stored with the certificate of that number. */
    Optional<String> publicKeyOf(String number);

    /** Instruments overdue on {@code today} (latest valid document is a certificate due on or before today). */
    ResultPage<OverdueInstrument> overdue(DataScope scope, LocalDate today, int page, int size);

    /**
     * Keyset page: the next {@code size} instruments overdue on {@code today} after ({@code afterDue},
     * {@code afterInstrument}) in the list's order (due date, then instrument id). Costs the same on page 1000 as on page 1.
     */
    List<OverdueInstrument> overdueAfter(DataScope scope, LocalDate today, LocalDate afterDue, long afterInstrument, int size);

    /** The number of instruments overdue on {@code today} per region code (the instrument's county), within the scope. */
    Map<String, Long> countOverdueByRegion(DataScope scope, LocalDate today);

    /** Instruments of one enterprise overdue on {@code today}, within the scope, by due date (all of them). */
    List<OverdueInstrument> overdueOfEnterprise(DataScope scope, LocalDate today, long enterpriseId);

    /** Records a notice for every instrument overdue on {@code today} not yet noticed for that due date; those added. */
    List<org.metrolex.verification.InstrumentOverdue> recordOverdueNotices(LocalDate today);
}
