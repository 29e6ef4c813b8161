package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.domain.Authorization;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.platform.web.PublicBaseUrl;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.verification.document.CertificateDocument;
import org.metrolex.verification.document.CertificatePdf;
import org.metrolex.verification.document.CertificateSignature;
import org.metrolex.verification.document.CertificateXml;
import org.metrolex.verification.document.SigningKeys;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed certificate document (ADR 0011): the canonical XML of everything the certificate prints, from the stored
 * verification and certificate (never recomputed conclusions), signed; the PDF rendered from that XML.
 */
@Service
public class CertificateDocuments {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final SigningKeys signingKeys;
    private final PublicBaseUrl publicBaseUrl;
    private final RuleBooks rules;
    private final Labels labels;

    CertificateDocuments(Verifications verifications, VerificationFactsLoader facts, RegionCatalogue regions, AuditTrail audit,
                         JsonMapper json, SigningKeys signingKeys, PublicBaseUrl publicBaseUrl, RuleBooks rules,
                         Labels labels) {
        this.labels = labels;
        this.verifications = verifications;
        this.facts = facts;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.signingKeys = signingKeys;
        this.publicBaseUrl = publicBaseUrl;
        this.rules = rules;
    }

    /** A certificate the caller may read (issuing institution, owner enterprise, officers by region); 404 otherwise. */
    @Transactional(readOnly = true)
    public Certificate requireCertificate(DataScope scope, long certificateId) {
        return verifications.findCertificate(scope, certificateId)
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", certificateId));
    }

    /**
     * The certificate as PDF, rendered from the signed XML, so the PDF prints exactly what was signed: a later
     * change to the instrument, the owner, the verifier or the standards does not change it (ADR 0011).
     */
    @Transactional
    public byte[] pdf(DataScope scope, long certificateId) {
        String xml = signedXml(scope, certificateId).xml();
        return CertificatePdf.render(CertificateXml.parse(xml), CertificateXml.titles(xml));
    }

    /**
     * The signed XML. A certificate issued one by one was signed in its issuing transaction. One written in
     * bulk (ingestion, ADR 0009; imported histories) is signed on its first request, from the verification
     * record as stored — readings, decision, verifier, standards, dates — and the document is kept from then
     * on, so every later request returns the same bytes and signature (ADR 0011).
     */
    @Transactional
    public SignedDocument signedXml(DataScope scope, long certificateId) {
        Certificate c = requireCertificate(scope, certificateId);
        return verifications.documentOf(scope, certificateId).orElseGet(() -> signNow(c));
    }

    private SignedDocument signNow(Certificate c) {
        Verification v = verifications.find(system(), c.verificationId()).orElseThrow();
        VerificationFacts f = facts.load(v);
        ConformityDecision d = Decisions.requireStored(json, f.category(), v.readingsJson(), v.verificationDate(),
                rules.at(v.ruleBookRevision()).conformity());
        SignedDocument signed = sign(f, c, d, false);
        if (!verifications.storeDocumentIfAbsent(c.id(), signed)) {
            // signed by a concurrent request first: that document is the certificate's
            return verifications.documentOf(system(), c.id()).orElseThrow();
        }
        audit.record("verification.certificate.sign", "certificate", c.id(), null,
                Map.of("number", c.number(), "keyId", signed.keyId(), "reason", "first request of a certificate written in bulk"));
        return signed;
    }

    /**
     * The document of a certificate signed with the current key, from the facts and the decision of its verification.
     *
     * @param issuedHere issued in the platform now, so signed by the checker and approver named on it (ADR 0020)
     */
    SignedDocument sign(VerificationFacts f, Certificate c, ConformityDecision decision, boolean issuedHere) {
        byte[] xml = CertificateXml.canonical(document(f, c, decision, issuedHere), labels);
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, signingKeys.current());
        return new SignedDocument(c.number(), new String(xml, StandardCharsets.UTF_8), signed.signatureBase64(),
                signed.algorithm().name(), signed.keyId(), signed.publicKeyBase64());
    }

    private CertificateDocument document(VerificationFacts f, Certificate c, ConformityDecision d, boolean issuedHere) {
        Verification v = f.verification();
        LocalDate onDay = v.verificationDate() == null ? c.issuedAt().toLocalDate() : v.verificationDate();
        // Certificates written in bulk were checked and approved in the institution's own system (ADR 0020).
        String elsewhere = "发证机构系统内签署 / signed in the institution's system";
        boolean inPlatform = issuedHere || v.checkerPersonId() != null || v.approverPersonId() != null;
        String verifier = v.verifierPersonId() == null ? "—" : f.name(v.verifierPersonId());
        String checker = v.checkerPersonId() != null ? f.name(v.checkerPersonId()) : inPlatform ? null : elsewhere;
        String approver = v.approverPersonId() != null ? f.name(v.approverPersonId()) : inPlatform ? null : elsewhere;
        List<CertificateDocument.Standard> standards = f.standards().stream()
                .map(s -> new CertificateDocument.Standard(s.name(), s.assessmentCertificateNo(), s.assessmentValidUntil())).toList();
        boolean certificate = c.kind() == CertificateKind.CERTIFICATE;
        String[] conclusion = conclusion(certificate, d);
        var i = f.instrument();
        return new CertificateDocument(c.number(),
                certificate ? CertificateDocument.DocumentKind.VERIFICATION_CERTIFICATE : CertificateDocument.DocumentKind.NOTICE_OF_NON_CONFORMITY,
                new CertificateDocument.Institution(f.institution().name(), authorisationNo(f, onDay)),
                f.ownerName() == null ? "—" : f.ownerName(),
                new CertificateDocument.Instrument(f.category().nameZh(), i.maker(), i.model(), i.serialNumber(), i.accuracyClass(),
                        i.measuringRange()),
                onDay, c.validUntil(), c.nextDue(), verifier, checker, approver, standards, readings(d), repeatability(d),
                conclusion[0], conclusion[1], editions(d, rules.at(v.ruleBookRevision())), publicBaseUrl.certificateCheck(c.number()));
    }

    /** The authorisation line printed: one for the type, preferring one valid on the day that covers the region. */
    private String authorisationNo(VerificationFacts f, LocalDate onDay) {
        String region = f.verification().regionCode();
        return f.institution().authorizations().stream()
                .filter(a -> a.instrumentType() != null && a.instrumentType().strip().equals(f.category().nameZh())
                        && a.certificateNo() != null && !a.certificateNo().isBlank())
                .sorted(Comparator.comparing((Authorization a) -> !(a.validFrom() != null && a.validUntil() != null
                        && a.validOn(onDay) && regions.isWithin(region, a.regionCode()))))
                .map(Authorization::certificateNo).findFirst().orElse("—");
    }

    /** The conclusion in Chinese and English; a notice names the reasons of the decision. */
    private static String[] conclusion(boolean certificate, ConformityDecision d) {
        String zh = certificate ? "合格，准予使用" : "不合格，不准使用";
        String en = certificate ? "Conforming; approved for use" : "Not conforming; not to be used";
        if (!certificate && d != null && !d.reasons().isEmpty()) {
            zh += "（" + d.reasons().stream().map(r -> r.zh()).collect(Collectors.joining("；")) + "）";
            en += " (" + d.reasons().stream().map(r -> r.en()).collect(Collectors.joining("; ")) + ")";
        }
        return new String[] {zh, en};
    }

    private static List<CertificateDocument.Reading> readings(ConformityDecision d) {
        List<CertificateDocument.Reading> out = new ArrayList<>();
        if (d != null) {
            for (var p : d.points()) {
                if (p.error() != null && p.mpe() != null) {
                    out.add(new CertificateDocument.Reading(p.label(), p.nominal(), p.error(), p.mpe().upper(), p.mpe().unit(), p.pass()));
                }
            }
        }
        return out;
    }

    private static List<CertificateDocument.RepeatabilityRow> repeatability(ConformityDecision d) {
        List<CertificateDocument.RepeatabilityRow> out = new ArrayList<>();
        if (d != null) {
            for (var r : d.repeatability()) {
                if (r.value() != null && r.limit() != null) {
                    out.add(new CertificateDocument.RepeatabilityRow(r.label(), r.value(), r.limit(), r.unit(), r.pass()));
                }
            }
        }
        return out;
    }

    private static List<CertificateDocument.RuleEdition> editions(ConformityDecision d, RuleBookRevision book) {
        List<CertificateDocument.RuleEdition> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (var e : d.editionsUsed()) {
            // A stand-in (docs/rules.md "Editions not obtained") is named on the certificate in plain words, both
            // languages; a loaded edition with its version, as the stored editions name it.
            int version = book.version(e);
            String title = e.isStandIn() ? e.citationZh() + " / " + e.citation()
                    : version == 0 ? e.clause() : (e.clause() == null ? "" : e.clause() + " ") + "v" + version;
            if (seen.add(e.regulation() + "|" + title + "|" + e.verified())) {
                out.add(new CertificateDocument.RuleEdition(e.regulation(), title, e.verified()));
            }
        }
        return out;
    }
}
