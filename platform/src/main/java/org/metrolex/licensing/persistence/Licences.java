package org.metrolex.licensing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.PublicLicence;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Issued licences: officers by region, holders their own; the public register shows public fields only. */
public interface Licences {

    long insert(Licence licence);

    Optional<Licence> findByApplication(DataScope scope, long applicationId);

    List<Licence> findCommitmentChecksDue(DataScope scope, LocalDate by);

    void revoke(long id, String reason);

    /** Records the later check's result (PASSED or FAILED) on the licence; the due date stays. */
    void commitmentChecked(long id, String result, java.time.LocalDate on, String by, String note);

    /** Open commitment checks (or all, with the done ones) in the officer's scope, earliest due first. */
    List<org.metrolex.licensing.domain.CommitmentCheck> findCommitmentChecks(DataScope scope, boolean includeDone);

    /**
     * Flags the open checks of valid licences due before {@code today} that are not flagged yet, and returns the
     * licence ids flagged (system job: all regions).
     */
    List<Long> flagOverdueCommitmentChecks(LocalDate today);

    /** Every open check of a valid licence in the scope's regions, without a limit (recounting due dates under a new holiday notice). */
    List<org.metrolex.licensing.domain.CommitmentCheck> findAllOpenCommitmentChecks(DataScope scope);

    /**
     * Moves an open check's due date (a holiday notice changed the working days it was counted over); an overdue flag
     * set for the former date is cleared when the new date has not passed on {@code today}.
     */
    void moveCommitmentCheckDue(long id, LocalDate due, LocalDate today);

    /** The next serial number for a prefix and year (locks the counter row). */
    int nextSerial(String prefix, int year);

    ResultPage<PublicLicence> publicRegister(String keyword, LicenceType type, int page, int size);
}
