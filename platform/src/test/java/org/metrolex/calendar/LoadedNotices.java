package org.metrolex.calendar;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test data of the notice tests: the fictitious 2027 notice, and forgetting every loaded notice before a test class. */
public final class LoadedNotices {

    private LoadedNotices() {
    }

    /** The fictitious 2027 notice (test resources; not the State Council's: see its $comment). */
    public static byte[] fictitious2027() {
        return NoticeFileCheckTests.fictitious2027();
    }

    /** Back to the shipped calendar (another class of the same context may have loaded notices). */
    public static void forgetAll(JdbcTemplate jdbc, CalendarManagement calendar) {
        jdbc.update("delete from calendar_deadline_revision");
        jdbc.update("delete from calendar_notice");
        calendar.refresh();
    }
}
