package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.VerificationCase;
import org.metrolex.verification.domain.VerificationRefused;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes a certificate with a reason: staff of the issuing institution or officers in scope. The aggregate refuses a
 * second revocation and registers {@link CertificateRevoked}; from then on the public check answers "revoked".
 */
@Service
public class RevokingCertificate {

    private final Verifications verifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RevokingCertificate(Verifications verifications, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.verifications = verifications;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Certificate revoke(DataScope scope, long certificateId, String reason) {
        Certificate c = verifications.findCertificate(scope, certificateId)
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", certificateId));
        if (!scope.isOfficer() && !scope.isParty(DataScope.PartyKind.INSTITUTION, c.institutionId())) {
            throw Refusals.forbidden("只有发证机构或监管部门可以撤销证书", "only the issuing institution or bureau officers may revoke a certificate");
        }
        Verification v = verifications.find(system(), c.verificationId()).orElseThrow();
        VerificationCase aggregate = new VerificationCase(v.id(), v.instrumentId(), c.institutionId(), v.ownerEnterpriseId(),
                v.regionCode(), v.status()).withCertificate(c.id(), c.number(), c.valid());
        try {
            aggregate.revoke(reason, LocalDate.now(clock));
        } catch (VerificationRefused e) {
            throw Refusals.of(e);
        }
        verifications.revokeCertificate(certificateId, reason.strip());
        Certificate after = verifications.findCertificate(system(), certificateId).orElseThrow();
        audit.record("certificate.revoke", "certificate", certificateId, c, after);
        aggregate.events().forEach(events::publishEvent);
        return after;
    }
}
