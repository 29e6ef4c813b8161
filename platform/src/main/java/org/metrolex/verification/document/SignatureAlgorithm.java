package org.metrolex.verification.document;

import java.security.Provider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Signature algorithms for certificate XML. ECDSA P-256/SHA-256 is the portable default any
 * verifier can check; SM2 with SM3 (GB/T 32918, GB/T 32905) is what Chinese government systems
 * expect. Both run on one Bouncy Castle provider instance that is not registered JVM-wide.
 */
public enum SignatureAlgorithm {
    ECDSA_P256_SHA256("SHA256withECDSA", "secp256r1", SECObjectIdentifiers.secp256r1),
    SM2_SM3("SM3withSM2", "sm2p256v1", GMObjectIdentifiers.sm2p256v1);

    static final Provider PROVIDER = new BouncyCastleProvider();

    private final String jcaName;
    private final String curve;
    private final ASN1ObjectIdentifier curveOid;

    SignatureAlgorithm(String jcaName, String curve, ASN1ObjectIdentifier curveOid) {
        this.jcaName = jcaName;
        this.curve = curve;
        this.curveOid = curveOid;
    }

    public String jcaName() {
        return jcaName;
    }

    String curve() {
        return curve;
    }

    static SignatureAlgorithm ofCurve(ASN1ObjectIdentifier oid) {
        for (SignatureAlgorithm a : values()) {
            if (a.curveOid.equals(oid)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unsupported key curve " + oid + " (expected P-256 or SM2)");
    }
}
