package org.metrolex.prepackaged.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.CMarkDeclaration;
import org.metrolex.prepackaged.domain.CMarkStatus;

/**
 * Stored C-mark declarations. Reads take the caller's {@link DataScope} (officers by region, the
 * enterprise its own); the public list is a separate, explicitly public read of accepted declarations.
 */
public interface CMarks {

    ResultPage<CMarkDeclaration> search(DataScope scope, String status, String keyword, int page, int size);

    Optional<CMarkDeclaration> find(DataScope scope, long id);

    long count(DataScope scope, CMarkStatus status);

    /** Whether the enterprise has a declaration that is DECLARED or ACCEPTED (one at a time), wherever it is. */
    boolean liveForUniqueness(long enterpriseId);

    long insert(long enterpriseId, String enterpriseName, String creditCode, String regionCode, String productScope,
                LocalDate declaredOn, String contact);

    void review(long id, CMarkStatus status, String note, String reviewedBy, LocalDate reviewedOn);

    /** Accepted declarations, public fields only, unscoped by design (the public list); newest first. */
    ResultPage<CMarkDeclaration> publicAccepted(String keyword, int page, int size);
}
