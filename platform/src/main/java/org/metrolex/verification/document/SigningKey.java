package org.metrolex.verification.document;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.Objects;

/** A private key for signing certificates, its public key and the key id printed beside signatures. */
public record SigningKey(SignatureAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {

    public SigningKey {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    public static SigningKey generate(SignatureAlgorithm algorithm) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC", SignatureAlgorithm.PROVIDER);
            gen.initialize(new ECGenParameterSpec(algorithm.curve()));
            KeyPair pair = gen.generateKeyPair();
            return new SigningKey(algorithm, pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
        }
    }

    public String keyId() {
        return keyId(publicKey);
    }

    /** First 16 bytes of SHA-256 over the DER SubjectPublicKeyInfo, in hex: stable across encodings of the file. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
