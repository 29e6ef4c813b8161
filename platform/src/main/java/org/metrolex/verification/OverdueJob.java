package org.metrolex.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Records overdue notices to owners once a day (issue 4, due dates and overdue); re-running adds nothing. */
@Component
class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final RecordingOverdueNotices overdueNotices;

    OverdueJob(RecordingOverdueNotices overdueNotices) {
        this.overdueNotices = overdueNotices;
    }

    @Scheduled(cron = "${app.overdue.cron:0 30 1 * * *}")
    void run() {
        log.info("Overdue notices recorded: {}", overdueNotices.recordOverdueNotices());
    }
}
