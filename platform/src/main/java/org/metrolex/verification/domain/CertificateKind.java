package org.metrolex.verification.domain;

/** 检定证书 for a conforming instrument, 检定结果通知书 (notice of non-conformity) otherwise (JJF 1069 usage; clause not verified). */
public enum CertificateKind {
    CERTIFICATE, NON_CONFORMITY_NOTICE;

    public static CertificateKind of(Conclusion conclusion) {
        return conclusion == Conclusion.CONFORMING ? CERTIFICATE : NON_CONFORMITY_NOTICE;
    }
}
