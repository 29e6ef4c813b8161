package org.metrolex.calendar.persistence;

import java.time.Instant;
import java.util.List;

/** Holiday notices loaded at run time. Append-only: a correction is a new version, never an update. */
public interface HolidayNotices {

    record StoredNotice(long id, int year, int version, boolean correction, String content, String sha256,
                        String loadedBy, Instant loadedAt) {
    }

    /** Every loaded notice, oldest first (id order), so that a later version of a year replaces an earlier one. */
    List<StoredNotice> all();

    /** Serialises loaders until the end of the transaction: versions are numbered per year without gaps. */
    void lock();

    long insert(int year, int version, boolean correction, String content, String sha256, String loadedBy);

    /** The highest id stored, 0 when none: tells another instance that its calendar is out of date. */
    long latestId();
}
