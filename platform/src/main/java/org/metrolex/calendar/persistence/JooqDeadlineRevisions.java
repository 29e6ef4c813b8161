package org.metrolex.calendar.persistence;

import static org.metrolex.platform.jooq.Tables.CALENDAR_DEADLINE_REVISION;
import static org.metrolex.platform.jooq.Tables.CALENDAR_NOTICE;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.metrolex.calendar.DeadlineChange;
import org.metrolex.calendar.DeadlineRevision;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqDeadlineRevisions implements DeadlineRevisions {

    private final DSLContext dsl;

    JooqDeadlineRevisions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(long noticeId, DeadlineChange c) {
        return dsl.insertInto(CALENDAR_DEADLINE_REVISION)
                .set(CALENDAR_DEADLINE_REVISION.NOTICE_ID, noticeId)
                .set(CALENDAR_DEADLINE_REVISION.RECORD_KIND, c.kind())
                .set(CALENDAR_DEADLINE_REVISION.RECORD_ID, c.recordId())
                .set(CALENDAR_DEADLINE_REVISION.CLOCK, c.clock())
                .set(CALENDAR_DEADLINE_REVISION.RECORD_LABEL, c.label().length() > 500 ? c.label().substring(0, 500) : c.label())
                .set(CALENDAR_DEADLINE_REVISION.RECORD_HREF, c.href())
                .set(CALENDAR_DEADLINE_REVISION.REGION_CODE, c.regionCode())
                .set(CALENDAR_DEADLINE_REVISION.OLD_DEADLINE, c.oldDeadline())
                .set(CALENDAR_DEADLINE_REVISION.NEW_DEADLINE, c.newDeadline())
                .set(CALENDAR_DEADLINE_REVISION.OLD_PROVISIONAL, c.oldProvisional())
                .set(CALENDAR_DEADLINE_REVISION.NEW_PROVISIONAL, c.newProvisional())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<DeadlineRevision> find(DataScope scope, Integer year, int page, int size) {
        var r = CALENDAR_DEADLINE_REVISION;
        return dsl.select(r.fields()).select(CALENDAR_NOTICE.YEAR, CALENDAR_NOTICE.VERSION)
                .from(r).join(CALENDAR_NOTICE).on(CALENDAR_NOTICE.ID.eq(r.NOTICE_ID))
                .where(visible(scope, year))
                .orderBy(r.NOTICE_ID.desc(), r.RECORD_KIND, r.NEW_DEADLINE, r.ID)
                .offset((page - 1) * size).limit(size)
                .fetch(x -> new DeadlineRevision(x.get(r.ID), x.get(CALENDAR_NOTICE.YEAR), x.get(CALENDAR_NOTICE.VERSION),
                        x.get(r.RECORD_KIND), x.get(r.RECORD_ID), x.get(r.CLOCK), x.get(r.RECORD_LABEL), x.get(r.RECORD_HREF),
                        x.get(r.REGION_CODE), "", x.get(r.OLD_DEADLINE), x.get(r.NEW_DEADLINE), x.get(r.OLD_PROVISIONAL),
                        x.get(r.NEW_PROVISIONAL), x.get(r.RECORDED_AT).toInstant()));
    }

    @Override
    public long count(DataScope scope, Integer year) {
        return dsl.selectCount().from(CALENDAR_DEADLINE_REVISION).join(CALENDAR_NOTICE)
                .on(CALENDAR_NOTICE.ID.eq(CALENDAR_DEADLINE_REVISION.NOTICE_ID)).where(visible(scope, year)).fetchOne().value1();
    }

    @Override
    public long countForNotice(long noticeId) {
        return dsl.fetchCount(CALENDAR_DEADLINE_REVISION, CALENDAR_DEADLINE_REVISION.NOTICE_ID.eq(noticeId));
    }

    /** The record's region decides: a county officer sees its county's records, a city its counties', the province all. */
    private static Condition visible(DataScope scope, Integer year) {
        Condition c = scope.where(CALENDAR_DEADLINE_REVISION.REGION_CODE, null, null);
        return year == null ? c : c.and(CALENDAR_NOTICE.YEAR.eq(year));
    }
}
