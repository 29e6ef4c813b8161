package org.metrolex.verification;

/**
 * Delivers a due-date reminder on one channel (ADR 0021). The reminder itself is always in-app; every sender the
 * configuration selects ({@code app.reminders.channels}) is asked once per reminder, and its outcome is recorded in
 * the delivery outbox. A real SMTP or SMS gateway is plugged in by implementing this interface as a Spring bean
 * with its channel name and turning the logging outbox off ({@code app.reminders.outbox=none}).
 */
public interface ReminderSender {

    /** The channel, upper case: {@code IN_APP}, {@code SMS}, {@code EMAIL}, or a gateway's own name. */
    String channel();

    /**
     * Delivers one reminder to its owner. Returns the outcome to record; an exception is recorded as
     * {@link Status#FAILED} with its message, and the run goes on with the next reminder.
     */
    Outcome send(DueReminder reminder, Recipient recipient);

    /** The owner enterprise and the contact fields its registry entry carries (null where absent). */
    record Recipient(long enterpriseId, String enterpriseName, String phone, String email) {
    }

    enum Status { SENT, FAILED, NO_CONTACT }

    /** What happened: the status, the address used (null without one), and a short detail for the outbox. */
    record Outcome(Status status, String recipient, String detail) {

        public static Outcome sent(String recipient, String detail) {
            return new Outcome(Status.SENT, recipient, detail);
        }

        public static Outcome noContact(String detail) {
            return new Outcome(Status.NO_CONTACT, null, detail);
        }
    }
}
