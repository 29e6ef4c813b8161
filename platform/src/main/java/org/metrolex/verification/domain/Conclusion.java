package org.metrolex.verification.domain;

/** The conclusion a certificate states: 合格 (a verification certificate) or 不合格 (a notice of non-conformity). */
public enum Conclusion {
    CONFORMING("合格"),
    NON_CONFORMING("不合格");

    private final String zh;

    Conclusion(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static Conclusion of(boolean conforming) {
        return conforming ? CONFORMING : NON_CONFORMING;
    }
}
