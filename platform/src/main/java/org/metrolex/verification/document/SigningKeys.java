package org.metrolex.verification.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs certificate XML.
 *
 * <ul>
 *   <li>{@code app.certificates.signing-key}: path to an unencrypted PKCS#8 PEM EC private key
 *       ({@code -----BEGIN PRIVATE KEY-----}) on P-256 (signs ECDSA/SHA-256) or sm2p256v1 (signs SM2/SM3),
 *       e.g. {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signing.pem}.
 *       The public key is derived from it.</li>
 *   <li>Otherwise, on first use, a P-256 key pair is generated and kept under
 *       {@code app.certificates.key-dir} (default {@code data/keys}, beside the embedded database's
 *       {@code data/postgres}) as {@code certificate-signing.key.pem} (owner-only permissions) and
 *       {@code certificate-signing.pub.pem}; later starts load it, so signatures stay verifiable.</li>
 * </ul>
 * Nothing happens at startup: the key is read or made on the first {@link #current()}.
 */
@Component
public class SigningKeys {

    static final String KEY_FILE = "certificate-signing.key.pem";
    static final String PUBLIC_FILE = "certificate-signing.pub.pem";

    private final String configuredKey;
    private final Path keyDir;
    private SigningKey current;

    SigningKeys(@Value("${app.certificates.signing-key:}") String configuredKey,
                @Value("${app.certificates.key-dir:data/keys}") String keyDir) {
        this.configuredKey = configuredKey == null ? "" : configuredKey.trim();
        this.keyDir = Path.of(keyDir);
    }

    public synchronized SigningKey current() {
        if (current == null) {
            current = configuredKey.isEmpty() ? loadOrGenerate(keyDir) : load(Path.of(configuredKey));
        }
        return current;
    }

    static SigningKey loadOrGenerate(Path dir) {
        Path keyFile = dir.resolve(KEY_FILE);
        if (Files.exists(keyFile)) {
            return load(keyFile);
        }
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(KEY_FILE + ".tmp");
            Files.writeString(tmp, pem("PRIVATE KEY", key.privateKey().getEncoded()), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            restrictToOwner(tmp);
            Files.writeString(dir.resolve(PUBLIC_FILE), pem("PUBLIC KEY", key.publicKey().getEncoded()),
                    StandardCharsets.US_ASCII);
            // Rename last: a crash half-way leaves no key file that would be loaded as the key.
            Files.move(tmp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the certificate signing key under " + dir, e);
        }
        return key;
    }

    /** Loads a PKCS#8 PEM EC private key and derives its public key (Q = d·G). */
    public static SigningKey load(Path pemFile) {
        String text;
        try {
            text = Files.readString(pemFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("app.certificates.signing-key: cannot read " + pemFile, e);
        }
        try {
            byte[] der = der(text, "PRIVATE KEY");
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
            SignatureAlgorithm algorithm = SignatureAlgorithm.ofCurve(
                    ASN1ObjectIdentifier.getInstance(info.getPrivateKeyAlgorithm().getParameters()));
            KeyFactory kf = KeyFactory.getInstance("EC", SignatureAlgorithm.PROVIDER);
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(der));
            org.bouncycastle.jce.interfaces.ECPrivateKey bcPriv = (org.bouncycastle.jce.interfaces.ECPrivateKey) priv;
            ECParameterSpec params = bcPriv.getParameters();
            BigInteger d = bcPriv.getD();
            PublicKey pub = kf.generatePublic(new ECPublicKeySpec(params.getG().multiply(d).normalize(), params));
            return new SigningKey(algorithm, priv, pub);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("app.certificates.signing-key: " + pemFile
                    + " is not an unencrypted PKCS#8 PEM EC key on P-256 or SM2 (" + e.getMessage() + ")", e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("no " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the directory's ACL applies.
        }
    }
}
