package org.metrolex.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateSignatureTests {

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signedXmlVerifies(SignatureAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        byte[] xml = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, key);

        assertThat(signed.algorithm()).isEqualTo(algorithm);
        assertThat(signed.keyId()).hasSize(32).isEqualTo(key.keyId());
        assertThat(CertificateSignature.verify(xml, signed.signatureBase64(), key.publicKey())).isTrue();
        assertThat(CertificateSignature.verify(new String(xml, StandardCharsets.UTF_8), signed.signatureBase64(),
                signed.publicKeyBase64())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void tamperedXmlFails(SignatureAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        String xml = CertificateXml.toXml(CertificateDocuments.scaleCertificate(), LABELS);
        CertificateSignature.Signed signed = CertificateSignature.sign(xml.getBytes(StandardCharsets.UTF_8), key);

        String tampered = xml.replace("<nextDue>2027-11-20</nextDue>", "<nextDue>2028-11-20</nextDue>");
        assertThat(tampered).isNotEqualTo(xml);
        assertThat(CertificateSignature.verify(tampered, signed.signatureBase64(), key.publicKey())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void anotherKeyOrGarbageFails(SignatureAlgorithm algorithm) {
        byte[] xml = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, SigningKey.generate(algorithm));

        assertThat(CertificateSignature.verify(xml, signed.signatureBase64(),
                SigningKey.generate(algorithm).publicKey())).isFalse();
        assertThat(CertificateSignature.verify(xml, "not base64!", SigningKey.generate(algorithm).publicKey())).isFalse();
        assertThat(CertificateSignature.verify(new String(xml, StandardCharsets.UTF_8), signed.signatureBase64(),
                "bm90IGEga2V5")).isFalse();
    }
}
