package org.metrolex.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day records, by the injected clock, the rectification orders (责令整改) past their deadline and audits
 * each once (issue 6, ADR 0016); re-running flags nothing new. Same pattern as verification's {@code OverdueJob}
 * and licensing's {@code CommitmentCheckJob}; {@code app.supervision.rectification-overdue-cron=-} disables it.
 */
@Component
class RectificationOverdueJob {

    private static final Logger log = LoggerFactory.getLogger(RectificationOverdueJob.class);

    private final FlaggingOverdueRectifications flagging;

    RectificationOverdueJob(FlaggingOverdueRectifications flagging) {
        this.flagging = flagging;
    }

    @Scheduled(cron = "${app.supervision.rectification-overdue-cron:0 55 1 * * *}")
    void run() {
        log.info("Overdue rectification orders flagged: {}", flagging.flag());
    }
}
