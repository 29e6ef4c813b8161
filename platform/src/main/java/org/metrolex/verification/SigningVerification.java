package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.domain.CertificateDraft;
import org.metrolex.verification.domain.DefectCode;
import org.metrolex.verification.domain.Legitimacy;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.Signatures;
import org.metrolex.verification.domain.VerificationCase;
import org.metrolex.verification.domain.VerificationRefused;
import org.metrolex.verification.domain.VerifierSnapshot;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signatures after the verifier's (ADR 0020): the checker (核验员) signs the recorded readings and decision, then
 * the approver (批准人). Each is a person of the assigned institution, not one who signed before, holding a
 * qualification for the instrument type valid on the verification date. Recorded by the institution's account, audited.
 */
@Service
public class SigningVerification {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final AuditTrail audit;
    private final Clock clock;
    private final LegitimacyCheck legitimacy;

    SigningVerification(Verifications verifications, VerificationFactsLoader facts, AuditTrail audit, Clock clock,
                        Labels labels, RegionCatalogue regions) {
        this.verifications = verifications;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
        this.legitimacy = new LegitimacyCheck(regions::isWithin, labels);
    }

    @Transactional
    public Verification signCheck(DataScope scope, long id, Long checkerPersonId) {
        Verification v = staffVerification(scope, id);
        refusing(() -> aggregate(v).signCheck());
        Person checker = requireSigner(v, checkerPersonId, "checkerId", List.of(v.verifierPersonId()));
        verifications.check(id, checker.id(), OffsetDateTime.now(clock), scope.username());
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.check", "verification", id, v, after);
        return after;
    }

    @Transactional
    public Verification signApproval(DataScope scope, long id, Long approverPersonId) {
        Verification v = staffVerification(scope, id);
        refusing(() -> aggregate(v).signApproval());
        Person approver = requireSigner(v, approverPersonId, "approverId", Arrays.asList(v.verifierPersonId(), v.checkerPersonId()));
        verifications.approve(id, approver.id(), OffsetDateTime.now(clock), scope.username());
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.approve", "verification", id, v, after);
        return after;
    }

    private Verification staffVerification(DataScope scope, long id) {
        Verification v = verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
        Refusals.requireInstitutionStaff(scope, v);
        return v;
    }

    private static VerificationCase aggregate(Verification v) {
        return new VerificationCase(v.id(), v.instrumentId(), v.institutionId(), v.ownerEnterpriseId(), v.regionCode(), v.status());
    }

    private static void refusing(Runnable step) {
        try {
            step.run();
        } catch (VerificationRefused e) {
            throw Refusals.of(e);
        }
    }

    /** A signer: named, of the assigned institution, not one who signed before, qualified for the type on the day. */
    private Person requireSigner(Verification v, Long personId, String field, List<Long> signedBefore) {
        if (personId == null) {
            throw new RuleViolation(field, "required", "签署人必填", "the person signing is required");
        }
        Person p = facts.peopleOf(v.institutionId()).stream().filter(x -> x.id() == personId && x.active()).findFirst()
                .orElseThrow(() -> new RuleViolation(field, "of-institution", "签署人不属于本检定机构", "the person is not of this institution"));
        if (signedBefore.contains(p.id())) {
            throw new RuleViolation(field, "distinct", "检定员、核验员、批准人须为三个不同的人",
                    "the verifier, the checker and the approver must be three different people");
        }
        InstrumentCategory category = facts.category(facts.instrument(v.instrumentId()));
        Signatures.Signer signer = new Signatures.Signer(p.id(), VerifierSnapshot.of(p));
        Legitimacy qualified = legitimacy.check(new CertificateDraft(null, null, List.of(), category.nameZh(), null, null, null,
                v.verificationDate(), null, null, new Signatures(null, signer, signer)));
        if (qualified.blocking().stream().anyMatch(d -> d.code() == DefectCode.SIGNER_NOT_QUALIFIED)) {
            throw new RuleViolation(field, "qualified", p.name() + " 在检定日期 " + v.verificationDate() + " 无覆盖“" + category.nameZh()
                    + "”的有效资格证书", p.name() + " holds no qualification for '" + category.nameZh() + "' valid on the verification date "
                    + v.verificationDate());
        }
        return p;
    }
}
