package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.document.CertificateSignature;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issued certificate as documents: signed canonical XML stored at issue, the PDF, the public check by
 * number and signature verification, and who may download them.
 */
@MetrolexIntegrationTest
class CertificateDocumentIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired RevokingCertificate revoking;
    @Autowired CertificateDocuments documents;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    VerificationFixtures fixtures;
    long institutionId;
    long enterpriseId;

    @BeforeEach
    void logins() {
        fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        institutionId = fixtures.institutionId;
        enterpriseId = fixtures.enterpriseId;
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void anIssuedCertificateIsSignedDownloadableAndPubliclyCheckable() throws Exception {
        Certificate c = issued(VerificationFixtures.GOOD_SCALE, Conclusion.CONFORMING);

        // PDF: for the owner enterprise, named by the number, text contains the number; page 1 as PNG to look at
        MockHttpServletResponse pdf = mvc.perform(get("/api/certificates/{id}/pdf", c.id()).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(c.number() + ".pdf")))
                .andReturn().getResponse();
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(c.number()).contains("检定证书");
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Path.of("target/screenshots/issued-certificate.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page1, "PNG", png.toFile());
            assertThat(Files.size(png)).isPositive();
        }

        // XML: exactly the signed bytes, the signature in headers verifies with the stored key
        MockHttpServletResponse xmlResponse = mvc.perform(get("/api/certificates/{id}/xml", c.id())
                        .with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Signature-Algorithm", "ECDSA_P256_SHA256"))
                .andExpect(header().exists("X-Signing-Key-Id"))
                .andReturn().getResponse();
        byte[] xml = xmlResponse.getContentAsByteArray();
        String signature = xmlResponse.getHeader("X-Signature");
        String publicKey = jdbc.queryForObject("select public_key from certificate where id = ?", String.class, c.id());
        assertThat(CertificateSignature.verify(xml, signature, CertificateSignature.publicKey(publicKey))).isTrue();
        String xmlText = new String(xml, StandardCharsets.UTF_8);
        assertThat(xmlText).contains("<number>" + c.number() + "</number>")
                .contains("<checkUrl>http://localhost:8080/public/certificates/" + c.number() + "</checkUrl>")
                .contains("<conformity>CONFORMING</conformity>");

        // verify endpoint: the original is valid (key looked up by number), a tampered copy is not
        // a system outside (no session, no CSRF token) can call it
        mvc.perform(post("/api/public/certificates/verify-signature").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("xml", xmlText, "signature", signature))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.certificateNumber").value(c.number()))
                .andExpect(jsonPath("$.keyId").value(xmlResponse.getHeader("X-Signing-Key-Id")));
        String tampered = xmlText.replace("<conformity>CONFORMING</conformity>", "<conformity>CONFORMING </conformity>");
        mvc.perform(post("/api/public/certificates/verify-signature").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("xml", tampered, "signature", signature, "publicKey", publicKey))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(post("/public/certificates/verify").with(csrf()).param("xml", tampered).param("signature", signature))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger\" data-testid=\"verify-result\"")));
        mvc.perform(post("/public/certificates/verify").with(csrf()).param("xml", xmlText).param("signature", signature))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-success\" data-testid=\"verify-result\"")));

        // public check: VALID, then REVOKED with the reason; public fields only
        mvc.perform(get("/api/public/certificates/{n}", c.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.instrumentTypeZh").value("电子计价秤"))
                .andExpect(jsonPath("$.validUntil").value(c.validUntil().toString()))
                .andExpect(jsonPath("$.readingsJson").doesNotExist());
        mvc.perform(get("/public/certificates/{n}", c.number()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"public-status\">有效")));
        revoking.revoke(scope(Role.INSTITUTION_STAFF), c.id(), "砝码超期使用");
        mvc.perform(get("/api/public/certificates/{n}", c.number()))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedReason").value("砝码超期使用"));
        mvc.perform(get("/public/certificates/{n}", c.number()).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("已撤销"), Matchers.containsString("砝码超期使用"))));
    }

    @Test
    void aNoticeIsSignedTooAndChecksAsNotConforming() throws Exception {
        Certificate notice = issued(VerificationFixtures.BAD_SCALE, Conclusion.NON_CONFORMING);
        String xml = jdbc.queryForObject("select document_xml from certificate where id = ?", String.class, notice.id());
        assertThat(xml).contains("<kind>NOTICE_OF_NON_CONFORMITY</kind>").contains("<conformity>NON_CONFORMING</conformity>").doesNotContain("<nextDue>");
        mvc.perform(get("/api/public/certificates/{n}", notice.number()))
                .andExpect(jsonPath("$.status").value("NOT_CONFORMING"));
    }

    /**
     * The public answer (one query since issue 4, ADR 0010) names exactly the public fields, with the values
     * of the certificate, its instrument's category and its owner, and nothing private: no readings, no
     * people, no institution, no ids, no signature material. Anonymous and stateless: no session is created.
     */
    @Test
    void thePublicAnswerHoldsThePublicFieldsOnlyAndCreatesNoSession() throws Exception {
        Certificate c = issued(VerificationFixtures.GOOD_SCALE, Conclusion.CONFORMING);
        MockHttpServletResponse r = mvc.perform(get("/api/public/certificates/{n}", " " + c.number() + " "))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull())
                .andReturn().getResponse();
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = json.readValue(r.getContentAsString(StandardCharsets.UTF_8), Map.class);
        assertThat(answer.keySet()).containsExactlyInAnyOrder("number", "status", "kind", "instrumentTypeZh", "instrumentTypeEn",
                "ownerName", "issuedOn", "validUntil", "nextDue", "revokedReason");
        String owner = jdbc.queryForObject("select e.name from certificate c join verification v on v.id = c.verification_id"
                + " join enterprise e on e.id = v.owner_enterprise_id where c.id = ?", String.class, c.id());
        assertThat(answer).containsEntry("number", c.number()).containsEntry("status", "VALID").containsEntry("kind", "CERTIFICATE")
                .containsEntry("instrumentTypeZh", "电子计价秤").containsEntry("instrumentTypeEn", "price-computing scale")
                .containsEntry("ownerName", owner).containsEntry("validUntil", c.validUntil().toString())
                .containsEntry("nextDue", c.nextDue().toString()).containsEntry("revokedReason", null);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        String verifier = jdbc.queryForObject("select p.name from verification v join person p on p.id = v.verifier_person_id"
                + " where v.id = ?", String.class, c.verificationId());
        String institution = jdbc.queryForObject("select name from institution where id = ?", String.class, c.institutionId());
        assertThat(body).doesNotContain(verifier).doesNotContain(institution).doesNotContain("readings")
                .doesNotContain("signature").doesNotContain("publicKey").doesNotContain("\"id\"");
    }

    @Test
    void anUnknownNumberIsA404WithABilingualMessage() throws Exception {
        mvc.perform(get("/api/public/certificates/{n}", "I99999-2000-000001"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].messageZh").value(Matchers.containsString("未找到")))
                .andExpect(jsonPath("$.errors[0].messageEn").value(Matchers.containsString("not found")));
        mvc.perform(get("/public/certificates/{n}", "I99999-2000-000001").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/public/certificates/verify-signature").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("xml", "signature")));
    }

    @Test
    void anUnrelatedEnterpriseCannotDownloadTheDocuments() throws Exception {
        Certificate c = issued(VerificationFixtures.GOOD_SCALE, Conclusion.CONFORMING);
        long other = jdbc.queryForObject("select min(id) from enterprise where id <> ?", Long.class, enterpriseId);
        DataScope stranger = new DataScope(Role.ENTERPRISE_USER, "stranger", Set.of(), other);
        assertThatThrownBy(() -> documents.pdf(stranger, c.id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        assertThatThrownBy(() -> documents.signedXml(stranger, c.id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        mvc.perform(get("/api/certificates/{id}/pdf", c.id()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/certificates/{id}/pdf", c.id()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk());
        mvc.perform(get("/verifications/{id}", c.verificationId()).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(content().string(Matchers.containsString("/api/certificates/" + c.id() + "/pdf")));
    }

    @Test
    void thePdfPrintsWhatWasSignedEvenAfterTheRecordsChange() throws Exception {
        Certificate c = issued(VerificationFixtures.GOOD_SCALE, Conclusion.CONFORMING);
        DataScope admin = scope(Role.PROVINCE_ADMIN);
        String before = text(documents.pdf(admin, c.id()));
        long instrument = jdbc.queryForObject("select instrument_id from verification where id = ?", Long.class, c.verificationId());
        assertThat(before).contains("测试衡器厂").contains("ACS-30").contains(c.number());

        // after issue: the instrument re-filed with another maker and model, the readings rewritten to failing ones
        jdbc.update("update instrument set maker = '改名后的衡器厂', model = 'CHANGED-1' where id = ?", instrument);
        jdbc.update("update verification set readings_json = cast(? as jsonb) where id = ?",
                VerificationFixtures.BAD_SCALE, c.verificationId());
        String after = text(documents.pdf(admin, c.id()));
        assertThat(after).isEqualTo(before).doesNotContain("改名后的衡器厂").doesNotContain("CHANGED-1");
        String signed = documents.signedXml(admin, c.id()).xml();
        assertThat(after).contains(org.metrolex.verification.document.CertificateXml.parse(signed).instrument().model());

        // a certificate issued before signed documents were kept is still rendered, from the current records
        jdbc.update("update certificate set document_xml = null where id = ?", c.id());
        assertThat(text(documents.pdf(admin, c.id()))).contains("改名后的衡器厂");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Certificate issued(String readings, Conclusion conclusion) {
        return fixtures.issued(readings, conclusion);
    }

    private DataScope scope(Role role) {
        return fixtures.scope(role);
    }
}
