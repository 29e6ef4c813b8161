package org.metrolex.verification.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Detached signatures over the canonical certificate XML ({@link CertificateXml#canonical}). The
 * signature is over the exact bytes; a verifier needs those bytes, the signature and the public key.
 */
public final class CertificateSignature {

    private CertificateSignature() {
    }

    /** A detached signature with what a verifier needs to pick the key and check it. */
    public record Signed(SignatureAlgorithm algorithm, String signatureBase64, String keyId, String publicKeyBase64) {
    }

    public static Signed sign(byte[] canonicalXml, SigningKey key) {
        try {
            Signature s = Signature.getInstance(key.algorithm().jcaName(), SignatureAlgorithm.PROVIDER);
            s.initSign(key.privateKey());
            s.update(canonicalXml);
            return new Signed(key.algorithm(), Base64.getEncoder().encodeToString(s.sign()), key.keyId(),
                    Base64.getEncoder().encodeToString(key.publicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with key " + key.keyId(), e);
        }
    }

    /** The algorithm follows from the key's curve (P-256 → ECDSA/SHA-256, SM2 → SM2/SM3). */
    public static boolean verify(byte[] xml, String signatureBase64, PublicKey publicKey) {
        try {
            SignatureAlgorithm algorithm = algorithmOf(publicKey);
            Signature s = Signature.getInstance(algorithm.jcaName(), SignatureAlgorithm.PROVIDER);
            s.initVerify(publicKey);
            s.update(xml);
            return s.verify(Base64.getDecoder().decode(signatureBase64.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            // A malformed signature or key is a failed verification, not a server error.
            return false;
        }
    }

    public static boolean verify(String xml, String signatureBase64, PublicKey publicKey) {
        return verify(xml.getBytes(StandardCharsets.UTF_8), signatureBase64, publicKey);
    }

    /** For a web endpoint: the public key as base64 DER SubjectPublicKeyInfo, as in {@link Signed}. */
    public static boolean verify(String xml, String signatureBase64, String publicKeyBase64) {
        try {
            return verify(xml, signatureBase64, publicKey(publicKeyBase64));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String base64Der) {
        try {
            return KeyFactory.getInstance("EC", SignatureAlgorithm.PROVIDER)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64Der.trim())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("publicKey is not a base64 DER EC public key", e);
        }
    }

    static SignatureAlgorithm algorithmOf(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        return SignatureAlgorithm.ofCurve(ASN1ObjectIdentifier.getInstance(info.getAlgorithm().getParameters()));
    }
}
