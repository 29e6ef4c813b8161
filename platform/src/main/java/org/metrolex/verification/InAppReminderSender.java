package org.metrolex.verification;

import org.springframework.stereotype.Component;

/** The reminder is on the owner's home page and reminders page as soon as it is recorded: always delivered. */
@Component
class InAppReminderSender implements ReminderSender {

    static final String CHANNEL = "IN_APP";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Outcome send(DueReminder reminder, Recipient recipient) {
        return Outcome.sent(recipient.enterpriseName(), "/reminders");
    }
}
