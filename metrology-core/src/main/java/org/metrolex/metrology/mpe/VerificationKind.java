package org.metrolex.metrology.mpe;

/** The kind of verification or inspection a set of readings comes from; MPEs differ between them. */
public enum VerificationKind {
    /** 首次检定 */
    INITIAL("首次检定", "initial verification"),
    /** 后续检定 (随后检定, 周期检定) */
    SUBSEQUENT("后续检定", "subsequent verification"),
    /** 使用中检查 */
    IN_SERVICE("使用中检查", "in-service inspection");

    private final String zh;
    private final String en;

    VerificationKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
