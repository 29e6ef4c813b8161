package org.metrolex.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

    @TempDir
    Path dir;

    @Test
    void generatesOnFirstUseAndLoadsTheSameKeyLater() throws Exception {
        SigningKey first = new SigningKeys("", dir.toString()).current();
        Path keyFile = dir.resolve(SigningKeys.KEY_FILE);
        assertThat(keyFile).exists();
        assertThat(dir.resolve(SigningKeys.PUBLIC_FILE)).exists();
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        SigningKey again = new SigningKeys("", dir.toString()).current();
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);

        byte[] xml = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, again);
        assertThat(CertificateSignature.verify(xml, signed.signatureBase64(), first.publicKey())).isTrue();
    }

    @Test
    void loadsAConfiguredSm2KeyAndDerivesItsPublicKey() throws Exception {
        SigningKey sm2 = SigningKey.generate(SignatureAlgorithm.SM2_SM3);
        Path pem = dir.resolve("sm2.pem");
        Files.writeString(pem, SigningKeys.pem("PRIVATE KEY", sm2.privateKey().getEncoded()));

        SigningKey loaded = new SigningKeys(pem.toString(), dir.resolve("unused").toString()).current();
        assertThat(loaded.algorithm()).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(loaded.keyId()).isEqualTo(sm2.keyId());
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void aBadKeyFileIsNamedInTheError() throws Exception {
        Path pem = dir.resolve("bad.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> new SigningKeys(pem.toString(), dir.toString()).current())
                .hasMessageContaining("app.certificates.signing-key").hasMessageContaining("bad.pem");
    }
}
