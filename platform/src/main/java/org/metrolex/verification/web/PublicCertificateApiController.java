package org.metrolex.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.verification.PublicCertificate;
import org.metrolex.verification.SignatureCheck;
import org.metrolex.verification.CertificateChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The public check of a certificate by its number, and signature verification of certificate XML: for anyone. */
@RestController
@Tag(name = "public", description = "公开信息 / public information")
class PublicCertificateApiController {

    private final CertificateChecks checks;

    PublicCertificateApiController(CertificateChecks checks) {
        this.checks = checks;
    }

    record VerifyForm(String xml, String signature, String publicKey) {
    }

    @GetMapping("/api/public/certificates/{number}")
    @Operation(summary = "Public check of a certificate: VALID, EXPIRED, REVOKED or NOT_CONFORMING, with public fields only")
    PublicCertificate check(@PathVariable String number) {
        return checks.publicCheck(number);
    }

    @PostMapping("/api/public/certificates/verify-signature")
    @Operation(summary = "Verify a detached signature over certificate XML (without publicKey: the key stored for the number in the XML)")
    SignatureCheck verify(@RequestBody VerifyForm form) {
        return checks.verifySignature(form.xml(), form.signature(), form.publicKey());
    }
}
