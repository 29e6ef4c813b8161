package org.metrolex.comparison.persistence;

import java.util.List;
import org.metrolex.comparison.NationalParticipation;
import org.metrolex.comparison.domain.NationalResult;
import org.metrolex.platform.scope.DataScope;

/** Participations in national comparisons: officers read their regions', an institution its own. */
public interface NationalComparisons {

    long insert(int year, String organiser, String project, long institutionId, String regionCode,
                NationalResult result, String note, String recordedBy);

    /** @param year null for every year */
    List<NationalParticipation> search(DataScope scope, Integer year);
}
