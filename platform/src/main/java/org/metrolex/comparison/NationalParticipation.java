package org.metrolex.comparison;

import org.metrolex.comparison.domain.NationalResult;

/** An institution's participation in a national comparison. */
public record NationalParticipation(long id, int year, String organiser, String project, long institutionId,
                                    String institutionName, String regionCode, NationalResult result, String note) {
}
