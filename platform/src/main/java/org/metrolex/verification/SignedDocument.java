package org.metrolex.verification;

/**
 * The machine-readable certificate as issued: the canonical XML (UTF-8 text, exactly the signed bytes)
 * and its detached signature with what a verifier needs (algorithm, key id, base64 SubjectPublicKeyInfo).
 */
public record SignedDocument(String number, String xml, String signature, String algorithm, String keyId, String publicKey) {
}
