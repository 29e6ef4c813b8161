package org.metrolex.instrument.persistence;

import java.util.Optional;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Stored measurement standards: officers see those of their regions, institution staff their own. */
public interface MeasurementStandards {

    ResultPage<MeasurementStandard> search(DataScope scope, Long institutionId, int page, int size);

    Optional<MeasurementStandard> find(DataScope scope, long id);

    long insert(MeasurementStandardDraft draft, String regionCode);

    void setAssessment(long id, String certificateNo, java.time.LocalDate validUntil);
}
