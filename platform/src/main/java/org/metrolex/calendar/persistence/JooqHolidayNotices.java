package org.metrolex.calendar.persistence;

import static org.metrolex.platform.jooq.Tables.CALENDAR_NOTICE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqHolidayNotices implements HolidayNotices {

    /** Any constant shared by every instance: the advisory lock that serialises notice loading. */
    private static final long LOCK_KEY = 0x6d6c78_19L;

    private final DSLContext dsl;

    JooqHolidayNotices(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredNotice> all() {
        return dsl.selectFrom(CALENDAR_NOTICE).orderBy(CALENDAR_NOTICE.ID).fetch(r -> new StoredNotice(r.getId(), r.getYear(),
                r.getVersion(), r.getCorrection(), r.getContent(), r.getSha256(), r.getLoadedBy(), r.getLoadedAt().toInstant()));
    }

    @Override
    public void lock() {
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(LOCK_KEY))).fetch();
    }

    @Override
    public long insert(int year, int version, boolean correction, String content, String sha256, String loadedBy) {
        return dsl.insertInto(CALENDAR_NOTICE).set(CALENDAR_NOTICE.YEAR, year).set(CALENDAR_NOTICE.VERSION, version)
                .set(CALENDAR_NOTICE.CORRECTION, correction).set(CALENDAR_NOTICE.CONTENT, content)
                .set(CALENDAR_NOTICE.SHA256, sha256).set(CALENDAR_NOTICE.LOADED_BY, loadedBy)
                .returningResult(CALENDAR_NOTICE.ID).fetchOne().value1();
    }

    @Override
    public long latestId() {
        Long max = dsl.select(DSL.max(CALENDAR_NOTICE.ID)).from(CALENDAR_NOTICE).fetchOne().value1();
        return max == null ? 0 : max;
    }
}
