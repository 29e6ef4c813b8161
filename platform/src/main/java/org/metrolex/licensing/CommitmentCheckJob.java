package org.metrolex.licensing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day flags the checks after approval by commitment that are past their due date (the in-app notice on
 * the checks list and the applications list), by the injected clock; re-running the same day flags nothing new.
 */
@Component
class CommitmentCheckJob {

    private static final Logger log = LoggerFactory.getLogger(CommitmentCheckJob.class);

    private final CheckingCommitments checking;

    CommitmentCheckJob(CheckingCommitments checking) {
        this.checking = checking;
    }

    @Scheduled(cron = "${app.licensing.commitment-check-cron:0 45 1 * * *}")
    void run() {
        log.info("Overdue commitment checks flagged: {}", checking.flagOverdueCommitmentChecks());
    }
}
