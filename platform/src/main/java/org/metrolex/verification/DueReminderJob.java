package org.metrolex.verification;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records due-date reminders once a day, and once at start so that a server that was down at the scheduled time
 * catches up (each threshold is a window, not a single day, so a missed day still gets its reminder). Re-running
 * adds nothing.
 */
@Component
class DueReminderJob {

    private final DueReminders reminders;

    DueReminderJob(DueReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${app.reminders.cron:0 45 1 * * *}")
    void run() {
        reminders.run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        reminders.run();
    }
}
