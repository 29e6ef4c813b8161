package org.metrolex.licensing.domain;

/** The three licences the seed's bureau issues (河北省2020年计量工作总结, 二.一). */
public enum LicenceType {
    /** 计量器具型式批准 (计量法 第十三条, 《计量器具新产品管理办法》): applied for by a maker. */
    TYPE_APPROVAL(ApplicantKind.ENTERPRISE),
    /** 承担国家法定计量检定机构任务授权 (计量法 第二十条): applied for by an institution. */
    INSTITUTION_AUTHORIZATION(ApplicantKind.INSTITUTION),
    /** 计量标准器具核准 (计量法 第六—八条, 《计量标准考核办法》): applied for by the institution holding the standard. */
    STANDARD_APPROVAL(ApplicantKind.INSTITUTION);

    private final ApplicantKind applicantKind;

    LicenceType(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public enum ApplicantKind { ENTERPRISE, INSTITUTION }
}
