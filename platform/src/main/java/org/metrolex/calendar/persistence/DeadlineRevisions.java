package org.metrolex.calendar.persistence;

import java.util.List;
import org.metrolex.calendar.DeadlineChange;
import org.metrolex.calendar.DeadlineRevision;
import org.metrolex.platform.scope.DataScope;

/** Deadlines moved or confirmed by loaded notices, scoped by the record's region. */
public interface DeadlineRevisions {

    /** Records a change once per notice and record: false when it was already recorded (a repeated event). */
    boolean insert(long noticeId, DeadlineChange change);

    /** Newest notice first; {@code year} null for every notice. Region names are filled in by the caller. */
    List<DeadlineRevision> find(DataScope scope, Integer year, int page, int size);

    long count(DataScope scope, Integer year);

    long countForNotice(long noticeId);
}
