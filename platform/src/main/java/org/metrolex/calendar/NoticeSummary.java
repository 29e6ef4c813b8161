package org.metrolex.calendar;

import java.time.Instant;
import java.util.List;

/**
 * One year's notice as the calendar uses it now.
 *
 * @param loaded     loaded at run time (else shipped with the platform)
 * @param version    0 for a shipped file, else the loaded version
 * @param correction a loaded notice for a year that already had a published one
 * @param published  the year has a notice (a shipped file without days is a placeholder)
 * @param earlierVersions earlier loaded versions of the year that this one replaced
 */
public record NoticeSummary(int year, boolean loaded, int version, boolean correction, boolean published,
                            List<String> papers, int restDays, int makeUpDays, String loadedBy, Instant loadedAt,
                            int earlierVersions) {

    public NoticeSummary {
        papers = List.copyOf(papers);
    }
}
