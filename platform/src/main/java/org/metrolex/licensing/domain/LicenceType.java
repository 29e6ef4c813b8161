package org.metrolex.licensing.domain;

/** The three licences the seed's bureau issues (河北省2020年计量工作总结, 二.一). */
public enum LicenceType {
    /** 计量器具型式批准 (计量法 第十三条, 《计量器具新产品管理办法》): applied for by a maker. */
    TYPE_APPROVAL("计量器具型式批准", "Type approval", ApplicantKind.ENTERPRISE),
    /** 承担国家法定计量检定机构任务授权 (计量法 第二十条): applied for by an institution. */
    INSTITUTION_AUTHORIZATION("法定计量检定机构授权", "Authorisation of a legal verification institution", ApplicantKind.INSTITUTION),
    /** 计量标准器具核准 (计量法 第六—八条, 《计量标准考核办法》): applied for by the institution holding the standard. */
    STANDARD_APPROVAL("计量标准器具核准", "Measurement standard approval", ApplicantKind.INSTITUTION);

    private final String zh;
    private final String en;
    private final ApplicantKind applicantKind;

    LicenceType(String zh, String en, ApplicantKind applicantKind) {
        this.zh = zh;
        this.en = en;
        this.applicantKind = applicantKind;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public enum ApplicantKind { ENTERPRISE, INSTITUTION }
}
