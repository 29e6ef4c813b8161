package org.metrolex.licensing.domain;

/** What happened to an application; the application's history is the list of these. */
public enum EventKind {
    SUBMITTED("提交申请", "Submitted"),
    ACCEPTED("受理", "Accepted"),
    NOT_ACCEPTED("不予受理", "Not accepted"),
    DOCUMENTS_REQUESTED("一次性告知补正材料（计时停止）", "Missing documents requested at once (clock stopped)"),
    DOCUMENTS_SUPPLIED("补正材料已提交（计时恢复）", "Missing documents supplied (clock resumed)"),
    SUSPENDED("中止（计时停止）", "Suspended (clock stopped)"),
    RESUMED("恢复（计时恢复）", "Resumed (clock resumed)"),
    REVIEW_COMPLETED("审查完成", "Review completed"),
    ASSESSMENT_COMPLETED("专家评审/技术考核完成", "Assessment completed"),
    GRANTED("准予许可", "Granted"),
    REFUSED("不予许可", "Refused"),
    ISSUED("制证送达", "Licence issued"),
    GRANTED_BY_COMMITMENT("告知承诺：当场准予并发证", "Granted and issued at once by commitment"),
    COMMITMENT_CONFIRMED("承诺核查通过", "Commitment check passed"),
    REVOKED("撤销许可", "Licence revoked");

    private final String zh;
    private final String en;

    EventKind(String zh, String en) {
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
