package org.metrolex.licensing.domain;

/** The steps of a licensing procedure, in order. */
public enum StepKind {
    /** 受理: decide whether to accept (《行政许可法》第三十二条). Counted from submission, before the overall limit. */
    ACCEPTANCE,
    /** 审查 (第三十四条). */
    REVIEW,
    /** 专家评审/技术审查/考核: time not counted in the limit (第四十五条). */
    ASSESSMENT,
    /** 决定 (第三十七、四十二条). */
    DECISION,
    /** 颁发、送达证书 (第四十四条). */
    ISSUE;
}
