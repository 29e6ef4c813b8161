package org.metrolex.calendar.domain;

/** Why a statutory clock is stopped: time that the law excludes from the limit. Labels: {@code label.StopReason.*}. */
public enum StopReason {

    /**
     * 补正: the applicant is completing missing or non-conforming documents after the authority's
     * one-time notice (《行政许可法》第三十二条).
     */
    MISSING_DOCUMENTS,

    /** 中止: the procedure is suspended for a cause the applicable rules recognise. */
    SUSPENSION,

    /**
     * 专家评审/技术审查: hearing, testing, inspection, appraisal or expert review, whose time is not
     * counted in the limit (《行政许可法》第四十五条).
     */
    EXPERT_ASSESSMENT
}
