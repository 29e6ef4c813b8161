package org.metrolex.licensing;

import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepDefinition;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procedures are versioned configuration: the shipped ones are seeded once, and a province administrator
 * stores new versions; applications already made keep the version they started with.
 */
@Service
public class RevisingProcedure {

    private final LicenceProcedures procedures;
    private final AuditTrail audit;

    RevisingProcedure(LicenceProcedures procedures, AuditTrail audit) {
        this.procedures = procedures;
        this.audit = audit;
    }

    /** What an administrator may change without a code change; null fields stay as they are. */
    public record ProcedureRevision(Integer totalLimitDays, Integer warnDays, Map<StepKind, Integer> stepLimits,
                                    List<RequiredDocument> documents, Boolean byCommitmentAllowed, Integer commitmentCheckDays,
                                    Integer validityYears) {
    }

    @Transactional
    public int seedProcedures(List<Procedure> shipped) {
        int stored = 0;
        for (Procedure p : shipped) {
            if (procedures.history(p.code()).isEmpty()) {
                long id = procedures.store(p.withVersion(1), "system");
                audit.record("licence-procedure.seed", "licence-procedure", id, null, p);
                stored++;
            }
        }
        return stored;
    }

    /** Stores a new version of a procedure; applications already made keep theirs. Province administrators only. */
    @Transactional
    public StoredProcedure reviseProcedure(DataScope scope, String code, ProcedureRevision r) {
        if (scope.role() != Role.PROVINCE_ADMIN) {
            throw Refusals.forbidden("只有省局管理员可以修改许可程序", "only the provincial administrator may change procedures");
        }
        StoredProcedure current = procedures.currentVersion(code).orElseThrow(() -> RuleViolation.notFound("许可程序/procedure", code));
        Procedure p = current.procedure();
        List<StepDefinition> steps = p.steps().stream().map(s -> r.stepLimits() != null && r.stepLimits().get(s.kind()) != null
                ? new StepDefinition(s.kind(), Math.max(1, r.stepLimits().get(s.kind())), s.clockExcluded()) : s).toList();
        int version = procedures.history(code).stream().mapToInt(s -> s.procedure().version()).max().orElse(0) + 1;
        Procedure next = new Procedure(p.code(), version, p.licenceType(), p.nameZh(), p.nameEn(),
                nz(r.totalLimitDays(), p.totalLimitDays()), nz(r.warnDays(), p.warnDays()), steps,
                r.documents() == null ? p.documents() : r.documents(),
                r.byCommitmentAllowed() == null ? p.byCommitmentAllowed() : r.byCommitmentAllowed(),
                nz(r.commitmentCheckDays(), p.commitmentCheckDays()), nz(r.validityYears(), p.validityYears()), p.numberPrefix(),
                "修订自第 " + p.version() + " 版 / revised from version " + p.version() + "; " + p.source());
        List<FieldError> problems = next.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(400, problems);
        }
        long id = procedures.store(next, scope.username());
        audit.record("licence-procedure.revise", "licence-procedure", id, p, next);
        return procedures.versionById(id).orElseThrow();
    }

    private static int nz(Integer v, int dflt) {
        return v == null ? dflt : v;
    }
}
