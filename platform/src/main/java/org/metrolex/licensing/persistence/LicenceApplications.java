package org.metrolex.licensing.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/**
 * Applications and their histories. Officers read those of their regions; an enterprise or an
 * institution reads its own applications only; the public none.
 */
public interface LicenceApplications {

    record NewDossier(long procedureId, LicenceType licenceType, LicenceType.ApplicantKind applicantKind, long applicantId,
                      String applicantName, String regionCode, String subject, String instrumentType, String coveredRegionCode,
                      String model, Long standardId, boolean byCommitment, LocalDate submittedOn) {
    }

    long insert(NewDossier d);

    Optional<Dossier> find(DataScope scope, long id);

    ResultPage<Dossier> search(DataScope scope, ApplicationStatus status, LicenceType type, int page, int size);

    /** Applications not yet closed, for the overdue list. */
    List<Dossier> findOpen(DataScope scope);

    /** Applications submitted on or after {@code from}, for statistics. */
    List<Dossier> findSubmittedSince(DataScope scope, LocalDate from);

    /** The histories of applications already read through a scoped method. */
    Map<Long, List<ApplicationEvent>> historiesOf(Collection<Long> applicationIds);

    /**
     * Appends an event; a concurrent append of the same sequence number is refused with HTTP 409
     * ({@link #changedByOthers}) rather than a constraint error.
     */
    void append(long applicationId, int seq, ApplicationEvent event, ApplicationStatus status);

    /**
     * Optimistic lock before a command changes anything: moves the row's version on if it still is
     * {@code expectedVersion} (a concurrent command waits for the row, then finds the version moved), else
     * refuses with HTTP 409 ({@link #changedByOthers}).
     */
    void claim(long applicationId, int expectedVersion);

    static org.metrolex.platform.problem.RuleViolation changedByOthers() {
        return new org.metrolex.platform.problem.RuleViolation(409, List.of(new org.metrolex.platform.problem.Problem.FieldError(
                "version", "concurrent-change", "该申请已被他人修改，请刷新页面后重试",
                "the application was changed by someone else; reload it and try again")));
    }
}
