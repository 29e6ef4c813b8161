package org.metrolex.licensing.domain;

/** Where a licence application stands. */
public enum ApplicationStatus {
    SUBMITTED("已提交，待受理", "Submitted, awaiting acceptance", StepKind.ACCEPTANCE),
    AWAITING_DOCUMENTS("待补正（计时停止）", "Awaiting missing documents (clock stopped)", null),
    NOT_ACCEPTED("不予受理", "Not accepted", null),
    UNDER_REVIEW("审查中", "Under review", StepKind.REVIEW),
    IN_ASSESSMENT("专家评审/技术考核中（不计时）", "In expert assessment (not counted)", StepKind.ASSESSMENT),
    SUSPENDED("中止（计时停止）", "Suspended (clock stopped)", null),
    AWAITING_DECISION("待决定", "Awaiting decision", StepKind.DECISION),
    GRANTED("准予许可，待制证送达", "Granted, certificate to be issued", StepKind.ISSUE),
    REFUSED("不予许可", "Refused", null),
    ISSUED("已发证", "Licence issued", null),
    REVOKED("已撤销", "Revoked", null);

    private final String zh;
    private final String en;
    private final StepKind step;

    ApplicationStatus(String zh, String en, StepKind step) {
        this.zh = zh;
        this.en = en;
        this.step = step;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The step this status works on; null for stops and final states. */
    public StepKind step() {
        return step;
    }

    /** No clock runs any more: the procedure is completed (办结) or ended. */
    public boolean closed() {
        return this == NOT_ACCEPTED || this == REFUSED || this == ISSUED || this == REVOKED;
    }
}
