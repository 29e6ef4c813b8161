package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.DueDates;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBooks;
import org.metrolex.verification.domain.CertificateDraft;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Defect;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.VerificationCase;
import org.metrolex.verification.domain.VerificationRefused;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues the certificate (conforming) or notice of non-conformity of a recorded verification, in one pipeline: the
 * facts of the issue read once ({@link VerificationFactsLoader}), the decision recomputed once from the stored
 * readings with the revision of the rule book that made it, one draft ({@link org.metrolex.verification.domain.IssueFacts#draft}),
 * the {@link LegitimacyCheck} (any blocking defect refuses the issue, every defect listed), then
 * {@link VerificationCase#issue} which guards the state and registers {@link CertificateIssued}. The number is
 * {@link CertificateNumber} per institution and year; the next due date comes from the catalogue by {@link DueDates}
 * (valid until = due − 1 day, as {@link org.metrolex.verification.domain.NextDue}). The document is signed in the
 * issuing transaction: a certificate never exists without its signed XML.
 */
@Service
public class IssuingCertificate {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final CertificateDocuments documents;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final JsonMapper json;
    private final RuleBooks rules;
    private final ApplicationEventPublisher events;
    private final LegitimacyCheck legitimacy;

    IssuingCertificate(Verifications verifications, VerificationFactsLoader facts, CertificateDocuments documents, AuditTrail audit,
                       java.time.Clock clock, JsonMapper json, RuleBooks rules, ApplicationEventPublisher events, Labels labels, RegionCatalogue regions) {
        this.verifications = verifications;
        this.facts = facts;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.rules = rules;
        this.events = events;
        this.legitimacy = new LegitimacyCheck(regions::isWithin, labels);
    }

    /** What the audit trail keeps of an issue: the certificate and the warnings printed with it. */
    record IssuedAudit(Certificate certificate, List<Defect> warnings) {
    }

    @Transactional
    public Certificate issue(DataScope scope, long id, Conclusion conclusion) {
        Verification v = verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
        Refusals.requireInstitutionStaff(scope, v);
        VerificationCase aggregate = new VerificationCase(v.id(), v.instrumentId(), v.institutionId(), v.ownerEnterpriseId(),
                v.regionCode(), v.status());
        try {
            aggregate.requireIssuable();
            VerificationFacts f = facts.load(v);
            ConformityDecision decision = Decisions.requireStored(json, f.category(), v.readingsJson(), v.verificationDate(),
                    rules.at(v.ruleBookRevision()).conformity());
            LocalDate today = LocalDate.now(clock);
            VerificationCase.Issue issue = aggregate.issue(legitimacy.check(draft(f, decision, conclusion)), conclusion, today,
                    () -> DueDates.next(f.category(), v.verificationDate()).date(), () -> slot(v, today));
            return store(v, aggregate, issue, f, decision);
        } catch (VerificationRefused e) {
            throw Refusals.of(e);
        }
    }

    private Certificate store(Verification v, VerificationCase aggregate, VerificationCase.Issue issue, VerificationFacts f,
                              ConformityDecision decision) {
        verifications.insertCertificate(issue.certificateId(), v.id(), issue.number(), v.institutionId(), issue.kind(),
                issue.validUntil(), issue.nextDue());
        verifications.setStatus(v.id(), aggregate.status());
        Certificate issued = verifications.findCertificate(system(), issue.certificateId()).orElseThrow();
        verifications.storeDocument(issued.id(), documents.sign(f, issued, decision, true));
        audit.record("certificate.issue", "certificate", issued.id(), null, new IssuedAudit(issued, issue.warnings()));
        aggregate.events().forEach(events::publishEvent);
        return issued;
    }

    /** The draft of the certificate a verification would print, from its facts and its decision. */
    static CertificateDraft draft(VerificationFacts f, ConformityDecision decision, Conclusion conclusion) {
        return f.issueFacts().draft(f.verification().verificationDate(), decision, conclusion, f.signatures());
    }

    /** The next number of the institution in the year (CertificateNumber) and the certificate's id. */
    private VerificationCase.CertificateSlot slot(Verification v, LocalDate today) {
        long seq = verifications.nextCertificateSequence(v.institutionId(), today.getYear());
        String number = new CertificateNumber(VerificationManagement.institutionCode(v.institutionId()), today.getYear(), seq).format();
        return new VerificationCase.CertificateSlot(verifications.nextCertificateId(), number);
    }
}
