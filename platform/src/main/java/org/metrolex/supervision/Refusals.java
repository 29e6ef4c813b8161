package org.metrolex.supervision;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.DrawRefused;
import org.metrolex.supervision.domain.FormProblem;

/** How the use cases turn the domain's problems into the platform's errors (status and body), in one place. */
final class Refusals {

    private Refusals() {
    }

    static RuleViolation of(FormProblem p) {
        return new RuleViolation(p.field(), p.rule(), p.zh(), p.en());
    }

    static RuleViolation of(List<FormProblem> problems) {
        return new RuleViolation(400, problems.stream().map(p -> new FieldError(p.field(), p.rule(), p.zh(), p.en())).toList());
    }

    static RuleViolation of(DrawRefused refused) {
        return new RuleViolation(refused.field(), refused.rule(), refused.getMessage(), refused.getMessage());
    }

    static RuleViolation forbidden(String field, String rule, String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError(field, rule, zh, en)));
    }

    static void requireOfficer(DataScope scope) {
        if (!scope.isOfficer()) {
            throw forbidden("role", "officer", "只有监管部门工作人员可以执行此操作", "only bureau officers may do this");
        }
    }

    static void requireStatus(Campaign c, CampaignStatus expected) {
        if (c.status() != expected) {
            throw new RuleViolation("status", "state", "计划当前状态为 " + c.status() + "，此操作需要状态 " + expected,
                    "the campaign is " + c.status() + "; this needs " + expected);
        }
    }

    static RuleViolation illegalTransition(Finding f, String zh, String en) {
        return new RuleViolation("status", "state", "问题当前状态为 " + f.status() + "，不能" + zh,
                "the finding is " + f.status() + ": cannot " + en);
    }

    static RuleViolation staleVersion() {
        return new RuleViolation(409, List.of(new FieldError("version", "stale", "记录已被他人修改，请刷新后重试",
                "the record was changed by someone else; reload and try again")));
    }
}
