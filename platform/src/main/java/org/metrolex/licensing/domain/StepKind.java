package org.metrolex.licensing.domain;

/** The steps of a licensing procedure, in order. */
public enum StepKind {
    /** 受理: decide whether to accept (《行政许可法》第三十二条). Counted from submission, before the overall limit. */
    ACCEPTANCE("受理", "Acceptance"),
    /** 审查 (第三十四条). */
    REVIEW("审查", "Review"),
    /** 专家评审/技术审查/考核: time not counted in the limit (第四十五条). */
    ASSESSMENT("专家评审/技术考核", "Expert / technical assessment"),
    /** 决定 (第三十七、四十二条). */
    DECISION("决定", "Decision"),
    /** 颁发、送达证书 (第四十四条). */
    ISSUE("制证送达", "Issue");

    private final String zh;
    private final String en;

    StepKind(String zh, String en) {
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
