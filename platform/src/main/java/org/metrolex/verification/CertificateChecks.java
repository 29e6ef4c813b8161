package org.metrolex.verification;

import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.verification.document.CertificateSignature;
import org.metrolex.verification.document.SigningKey;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public checks of a certificate: its standing by number, and a detached signature over its XML. */
@Service
public class CertificateChecks {

    private static final Pattern NUMBER = Pattern.compile("<number>([^<]*)</number>");

    private final Verifications verifications;
    private final Clock clock;

    CertificateChecks(Verifications verifications, Clock clock) {
        this.verifications = verifications;
        this.clock = clock;
    }

    /**
     * The public check by certificate number: status and public fields only. One statement (see
     * {@link Verifications#publicByNumber}), so no transaction is opened around it: autocommit saves the
     * BEGIN/COMMIT round trips on the busiest anonymous endpoint.
     */
    public PublicCertificate publicCheck(String number) {
        Verifications.PublicFacts c = verifications.publicByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", number));
        LocalDate today = LocalDate.now(clock);
        String status = !c.valid() ? "REVOKED" : c.kind() == CertificateKind.NON_CONFORMITY_NOTICE ? "NOT_CONFORMING"
                : c.validUntil() != null && today.isAfter(c.validUntil()) ? "EXPIRED" : "VALID";
        return new PublicCertificate(c.number(), status, c.kind().name(), c.categoryNameZh(), c.categoryNameEn(),
                c.ownerName() == null ? "" : c.ownerName(),
                c.issuedAt() == null ? null : c.issuedAt().toLocalDate(), c.validUntil(), c.nextDue(),
                c.valid() ? null : c.revokedReason());
    }

    /**
     * Checks a detached signature over certificate XML. Without a public key the key stored with the
     * certificate whose number the XML names is used; an unknown number or a malformed key is "not valid".
     */
    @Transactional(readOnly = true)
    public SignatureCheck verifySignature(String xml, String signature, String publicKey) {
        List<FieldError> errors = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            errors.add(new FieldError("xml", "required", "证书 XML 必填", "the certificate XML is required"));
        }
        if (signature == null || signature.isBlank()) {
            errors.add(new FieldError("signature", "required", "签名必填", "the signature is required"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        String number = numberIn(xml);
        String key = publicKey != null && !publicKey.isBlank() ? publicKey.strip()
                : number == null ? null : verifications.publicKeyOf(number).orElse(null);
        if (key == null) {
            return new SignatureCheck(false, null, number);
        }
        try {
            PublicKey pk = CertificateSignature.publicKey(key);
            return new SignatureCheck(CertificateSignature.verify(xml, signature, pk), SigningKey.keyId(pk), number);
        } catch (IllegalArgumentException e) {
            return new SignatureCheck(false, null, number);
        }
    }

    /** The certificate number the XML names (the first {@code number} element, in {@code core}). */
    static String numberIn(String xml) {
        Matcher m = NUMBER.matcher(xml);
        return m.find() ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip() : null;
    }
}
