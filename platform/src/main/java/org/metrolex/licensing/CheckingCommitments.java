package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.persistence.Licences;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The check after approval by commitment (告知承诺): its result, and the daily flag of overdue checks. */
@Service
public class CheckingCommitments {

    private final ApplicationFiles files;
    private final DecidingApplication deciding;
    private final Licences licences;
    private final AuditTrail audit;
    private final Clock clock;

    CheckingCommitments(ApplicationFiles files, DecidingApplication deciding, Licences licences, AuditTrail audit, Clock clock) {
        this.files = files;
        this.deciding = deciding;
        this.licences = licences;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the result of the check after approval by commitment. Passed: the check is closed (the licence
     * stays). Failed: the reason is required and the licence is revoked (《行政许可法》第六十九条; 告知承诺 不实的
     * 撤销), which ends the write-through to the party or instrument registry. Deciding officers only; audited
     * through the application's event.
     */
    @Transactional
    public ApplicationView recordCommitmentCheck(DataScope scope, long applicationId, boolean passed, String reason) {
        return recordCommitmentCheck(scope, applicationId, passed, reason, LocalDate.now(clock));
    }

    @Transactional
    ApplicationView recordCommitmentCheck(DataScope scope, long applicationId, boolean passed, String reason, LocalDate on) {
        Dossier d = files.require(scope, applicationId);
        if (ApplicationFiles.decides(scope, d) && !files.replay(d, files.procedureOf(d)).commitmentCheckPending()) {
            throw new RuleViolation(409, List.of(new FieldError("status", "commitment-check-open",
                    "该申请没有待核查的告知承诺：" + d.referenceNo(), "there is no open commitment check for " + d.referenceNo())));
        }
        String r = reason == null ? "" : reason.strip();
        if (passed) {
            return deciding.act(scope, applicationId, new StaffAction(StaffAction.Kind.CONFIRM_COMMITMENT, r, List.of(), ""), on);
        }
        if (r.isEmpty()) {
            throw new RuleViolation("reason", "required", "核查不通过须写明理由", "a failed check needs a reason");
        }
        return deciding.act(scope, applicationId, new StaffAction(StaffAction.Kind.REVOKE, "告知承诺核查不通过 / commitment check failed: " + r,
                List.of(), ""), on);
    }

    /**
     * The daily job: flags every open check of a valid licence past its due date (once), as the in-app notice
     * shown on the checks list and the applications list; each flag is audited. Returns how many were flagged.
     */
    @Transactional
    public int flagOverdueCommitmentChecks() {
        LocalDate today = LocalDate.now(clock);
        List<Long> flagged = licences.flagOverdueCommitmentChecks(today);
        for (Long id : flagged) {
            audit.record("licence.commitment-check-overdue", "licence", id, null, Map.of("overdueSince", today.toString()));
        }
        return flagged.size();
    }
}
