package org.metrolex.verification.domain;

/**
 * The conclusion a certificate states: 合格 (a verification certificate) or 不合格 (a notice of non-conformity);
 * named by {@code label.Conclusion.*}.
 */
public enum Conclusion {
    CONFORMING,
    NON_CONFORMING;

    public static Conclusion of(boolean conforming) {
        return conforming ? CONFORMING : NON_CONFORMING;
    }
}
