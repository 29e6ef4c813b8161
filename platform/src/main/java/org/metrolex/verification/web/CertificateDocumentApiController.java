package org.metrolex.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.metrolex.identity.CurrentUser;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.SignedDocument;
import org.metrolex.verification.CertificateDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A certificate as PDF and as signed XML, for the issuing institution, the owner enterprise and officers
 * whose region covers the instrument (the module's scoped read: anyone else gets 404).
 */
@RestController
@RequestMapping("/api/certificates")
@Tag(name = "verifications", description = "检定 / verifications")
class CertificateDocumentApiController {

    private static final String ANY = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF','ENTERPRISE_USER')";

    private final CertificateDocuments documents;
    private final CurrentUser currentUser;

    CertificateDocumentApiController(CertificateDocuments documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/{id:\\d+}/pdf")
    @Operation(summary = "The certificate or notice as PDF (A4, Chinese with English)")
    @PreAuthorize(ANY)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        var scope = currentUser.scope();
        Certificate c = documents.requireCertificate(scope, id);
        byte[] pdf = documents.pdf(scope, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.number() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/{id:\\d+}/xml")
    @Operation(summary = "The canonical certificate XML as signed; the detached signature in X-Signature headers")
    @PreAuthorize(ANY)
    ResponseEntity<byte[]> xml(@PathVariable long id) {
        SignedDocument d = documents.signedXml(currentUser.scope(), id);
        // Bytes, not a String: the body must be exactly the signed UTF-8 bytes, untouched by converters.
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.number() + ".xml").build().toString())
                .header("X-Signature", d.signature())
                .header("X-Signature-Algorithm", d.algorithm())
                .header("X-Signing-Key-Id", d.keyId())
                .header("X-Public-Key", d.publicKey())
                .body(d.xml().getBytes(StandardCharsets.UTF_8));
    }
}
