package org.metrolex.verification.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.DueReminder;

/**
 * Due-date reminders ({@code due_reminder}) and their delivery outbox ({@code reminder_delivery}). Reads are
 * scoped: officers by the instrument's region, the owner enterprise its own, others nothing.
 */
public interface DueReminderRecords {

    /**
     * Records today's reminders for one threshold: every certificate in {@code instrument_due} whose next due date
     * lies in (today + {@code after}, today + {@code daysBefore}], once per instrument, due date and threshold.
     * The number of reminders added.
     */
    int record(LocalDate today, int daysBefore, int after);

    /** Reminders (any scope, oldest first) with no delivery row for the channel yet: the outbox's to-do list. */
    List<DueReminder> undelivered(String channel, int limit);

    /** Records a delivery attempt; false when one was already recorded for the reminder and channel. */
    boolean recordDelivery(long reminderId, String channel, String recipient, String status, String detail);

    /** One delivery row as recorded, for the outbox view and tests: channel, recipient, status, detail. */
    record Delivery(long reminderId, String channel, String recipient, String status, String detail) {
    }

    List<Delivery> deliveries(DataScope scope, long reminderId);

    ResultPage<DueReminder> search(DataScope scope, boolean unreadOnly, LocalDate dueFrom, int page, int size);

    long count(DataScope scope, boolean unreadOnly, LocalDate dueFrom);

    Optional<DueReminder> find(DataScope scope, long id);

    /** Marks the reminder read (first reading only); the number of rows changed. */
    int markRead(long id, String by);

    /** An instrument and its next due date as {@code instrument_due} holds it. */
    record Due(long instrumentId, LocalDate nextDue, String certificateNumber) {
    }

    /** The scope's certificates by next due date, soonest first (overdue ones first of all). */
    List<Due> soonestDue(DataScope scope, int limit);
}
