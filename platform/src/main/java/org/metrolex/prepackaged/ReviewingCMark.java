package org.metrolex.prepackaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.metrolex.prepackaged.persistence.CMarks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer reviews a C-mark declaration: accepts (publishes) or rejects it, or revokes an accepted one. */
@Service
public class ReviewingCMark {

    private final CMarks cmarks;
    private final PrepackagedQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewingCMark(CMarks cmarks, PrepackagedQueries queries, AuditTrail audit, Clock clock) {
        this.cmarks = cmarks;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Review { ACCEPT, REJECT, REVOKE }

    /** An officer in scope accepts (publishes) or rejects a declaration, or revokes an accepted one; a note is required unless accepting. */
    @Transactional
    public CMarkDeclaration review(DataScope scope, long id, String decision, String note) {
        CMarkDeclaration c = queries.requireCMark(scope, id);
        PrepackagedRefusals.requireOfficer(scope, "只有监管部门工作人员可以审核C标志声明", "only bureau officers may review a C-mark declaration");
        Review r;
        try {
            r = Review.valueOf(decision == null ? "" : decision.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("decision", "known", "审核结论须为 ACCEPT、REJECT 或 REVOKE", "the decision must be ACCEPT, REJECT or REVOKE");
        }
        CMarkStatus next = switch (r) {
            case ACCEPT -> CMarkStatus.ACCEPTED;
            case REJECT -> CMarkStatus.REJECTED;
            case REVOKE -> CMarkStatus.REVOKED;
        };
        boolean allowed = r == Review.REVOKE ? c.status().mayRevoke() : c.status().mayReview();
        if (!allowed) {
            throw new RuleViolation(409, List.of(new FieldError("status", "transition", "当前状态 " + c.status() + " 不允许此操作：" + r,
                    "the current status " + c.status() + " does not allow: " + r)));
        }
        String text = PrepackagedRefusals.trim(note);
        if (r != Review.ACCEPT && text == null) {
            throw new RuleViolation("note", "required", "不予通过或撤销须说明理由", "a reason is required to reject or revoke");
        }
        cmarks.review(id, next, text, scope.username(), LocalDate.now(clock));
        CMarkDeclaration after = cmarks.find(scope, id).orElseThrow();
        audit.record("prepackaged.cmark." + r.name().toLowerCase(), "cmark-declaration", id, c, after);
        return after;
    }
}
