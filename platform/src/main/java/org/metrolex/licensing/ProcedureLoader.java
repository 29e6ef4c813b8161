package org.metrolex.licensing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stores each shipped procedure as version 1 when its code is not in the database yet. A stored code is
 * left alone: from then on an administrator owns the limits and documents (new versions), and a new
 * release does not overwrite them silently.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProcedureLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcedureLoader.class);

    private final RevisingProcedure revising;

    ProcedureLoader(RevisingProcedure revising) {
        this.revising = revising;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stored = revising.seedProcedures(ProcedureFile.shipped());
        log.info("Licensing procedures: {} shipped procedure(s) stored", stored);
    }
}
